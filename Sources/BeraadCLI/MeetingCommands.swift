import BeraadEngine

/// The commands that record the meeting as it happens.
enum MeetingCommands {
    static func join(_ context: Context) throws(CLIError) {
        let result = try context.perform(
            .join(name: context.invocation.positionals[0], role: context.invocation.value("role")))
        guard case .participantJoined(let joined)? = result.records.first?.event else { return }
        let role = result.state.protocolDefinition?.role(joined.role)?.title(context.lang) ?? joined.role
        try confirm(
            context, result.records,
            context.t(.joinedAs, joined.name, role))
    }

    static func leave(_ context: Context) throws(CLIError) {
        let result = try context.perform(.leave(name: context.invocation.positionals[0]))
        guard case .participantLeft(let left)? = result.records.first?.event else { return }
        try confirm(context, result.records, context.t(.hasLeft, left.name))
    }

    static func recordCase(_ context: Context) throws(CLIError) {
        let result = try context.perform(
            .recordCase(text: context.invocation.positionals[0], by: context.invocation.value("by")))
        try confirmEntry(context, result)
    }

    static func dilemma(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        let options = try labeled(invocation.all("option"), option: "option", context)
        let harms = try labeled(invocation.all("harm"), option: "harm", context)
        let result = try context.perform(
            .frameDilemma(question: invocation.positionals[0], options: options, harms: harms))
        try confirmEntry(context, result)
    }

    static func say(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        let kind = invocation.value("kind").flatMap(ContributionKind.init(rawValue:))
        let result = try context.perform(
            .say(
                name: invocation.positionals[0], text: invocation.positionals[1], kind: kind,
                category: invocation.value("category"), about: invocation.value("about"),
                option: invocation.value("option")))
        try confirmEntry(context, result)
    }

    static func position(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        let result = try context.perform(
            .takePosition(
                name: invocation.positionals[0], option: invocation.positionals[1],
                because: invocation.value("because"),
                cannot: invocation.value("cannot"), mitigate: invocation.value("mitigate"),
                needs: invocation.value("needs")))
        try confirmEntry(context, result)
    }

    static func decide(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        let result = try context.perform(
            .decide(
                text: invocation.positionals[0], option: invocation.value("option"),
                rationale: invocation.value("rationale"),
                support: invocation.value("support").flatMap(DecisionSupport.init(rawValue:)),
                dissent: invocation.all("dissent")))
        try confirmEntry(context, result)
    }

    static func action(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        let result = try context.perform(
            .agreeAction(
                text: invocation.positionals[0], owner: invocation.value("owner") ?? "", due: invocation.value("due")))
        try confirmEntry(context, result)
    }

    static func signal(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        let result = try context.perform(
            .raiseSignal(
                text: invocation.positionals[0], level: invocation.value("level").flatMap(SignalLevel.init(rawValue:)),
                by: nil))
        try confirmEntry(context, result)
    }

    static func evaluate(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        var score: Int?
        if let text = invocation.value("score") {
            guard let value = Int(text) else {
                throw .usage(
                    context.t(.isNotAScoreFrom1, text),
                    command: "evaluate")
            }
            score = value
        }
        let result = try context.perform(
            .evaluate(name: invocation.positionals[0], score: score, text: invocation.positionals[1]))
        try confirmEntry(context, result)
    }

    static func next(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        if invocation.value("reason") != nil && !invocation.has("force") {
            throw .usage(context.t(.reasonGoesWithForce), command: "next")
        }
        let result = try context.perform(.advance(force: invocation.has("force"), reason: invocation.value("reason")))
        try announceRound(context, result)
    }

    static func back(_ context: Context) throws(CLIError) {
        try announceRound(context, try context.perform(.back))
    }

    // MARK: - Helpers

    /// `A: text` values of a repeated option, as labelled texts.
    private static func labeled(_ values: [String], option: String, _ context: Context) throws(CLIError)
        -> [LabeledText]
    {
        var result: [LabeledText] = []
        for value in values {
            guard let parsed = LabeledText.parse(value) else {
                throw .usage(
                    context.t(.startWithTheOptionSLetter, option, value),
                    command: context.invocation.commandName)
            }
            result.append(parsed)
        }
        return result
    }

    private static func announceRound(_ context: Context, _ result: (records: [Record], state: SessionState))
        throws(CLIError)
    {
        let state = result.state
        guard let round = state.currentRound, let count = state.protocolDefinition?.rounds.count else { return }
        var text = context.t(.round) + " \(state.roundIndex + 1)/\(count): " + round.title(context.lang)
        if case .roundAdvanced(let move)? = result.records.first?.event, move.forced {
            text += context.t(.forced) + (move.reason ?? "") + ")"
        }
        try confirm(context, result.records, text + "\n" + round.purpose(context.lang))
    }

    /// Prints what an entry-creating command recorded, or `{"id": …}` with `--json`.
    static func confirmEntry(_ context: Context, _ result: (records: [Record], state: SessionState)) throws(CLIError) {
        guard let record = result.records.first, let entry = result.state.entry(record.entryID) else { return }
        try confirm(context, result.records, EntryFormatter.line(entry, state: result.state, context: context))
    }

    static func confirm(_ context: Context, _ records: [Record], _ text: String) throws(CLIError) {
        if context.invocation.json {
            struct Recorded: Encodable {
                var seq: Int
                var id: String?
            }
            let first = records.first
            let createsEntry: Bool
            switch first?.event {
            case .contributionRecorded, .dilemmaFramed, .positionTaken, .decisionRecorded, .actionAgreed, .signalRaised,
                .evaluationGiven:
                createsEntry = true
            default:
                createsEntry = false
            }
            try context.printJSON(Recorded(seq: first?.seq ?? 0, id: createsEntry ? first?.entryID : nil))
        } else {
            context.print(text)
        }
    }
}
