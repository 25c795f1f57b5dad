import BeraadArchive
import BeraadEngine
import BeraadStore

/// `follow-up ID [TITLE] [--planned DATE]`: opens a review session (the `vervolg` method) linked to session ID,
/// carrying over its case, dilemma, decision and actions; its goals round asks, for each goal the original named in
/// its first round (the afwegingskader's fase 1), whether the interventions achieve it, or else whether the
/// decision brought what was expected. Both sessions name each other.
struct FollowUpCommand: BeraadCommand {
    static let id = Argument(.id, .followUpID, kind: .session)
    static let title = Argument(.title, .newTitle, optional: true)
    static let planned = Option("planned", nl: "gepland", value: .date, .newPlanned)
    static let declaration = CommandDeclaration(
        "follow-up", aliases: ["vervolg"], group: .followUp, summary: .followUp,
        arguments: [id.declaration, title.declaration], options: [planned.declaration])

    /// The method a review session follows.
    static let protocolID = "vervolg"

    var id: String
    var title: String?
    var planned: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        id = try arguments.argument(Self.id)
        title = try arguments.optional(Self.title)
        planned = try arguments.value(Self.planned)
    }

    func run(_ context: Context) throws(CLIError) {
        guard Identifier.isValid(id) else { throw StoreError.invalidSessionID(id: id).cliError(context.lang) }
        let explicit = try context.recordingTime()
        let day = try context.day(planned)
        // The home's own `protocols/vervolg.json` may replace the built-in review method.
        let base: ProtocolDefinition
        do { base = try ProtocolCatalog.of(context.store).resolve(Self.protocolID) } catch {
            throw error.cliError(context.lang)
        }
        var childID = ""
        var replaced = 0
        do throws(SessionStore.AppendError<CommandFailure>) {
            try context.store.append(id) { (contents) throws(CommandFailure) -> [Record] in
                context.reportTornTail(contents.tornTail, id: id)
                let original = try CommandFailure.store { () throws(StoreError) in try contents.session() }
                let at = explicit ?? Context.notBefore(original, context.environment.now())
                let stamp = at.at(offset: original.openedAt.offsetSeconds)
                let lang = original.language
                let title =
                    self.title ?? original.title + " — " + CLIText.text(.message(.followUpTitle), lang)
                let definition = Self.definition(base, for: original)
                childID = context.unusedSessionID(on: stamp)
                let events = try CommandFailure.rule { () throws(RuleViolation) in
                    try original.decide(.recordFollowUp(session: childID, title: title), at: stamp)
                }
                let records = try CommandFailure.rule { () throws(RuleViolation) in
                    try ConveneCommand.openingRecords(
                        id: childID, title: title, definition: definition, parent: original, link: nil,
                        details: SessionDetails(team: original.opened.team, planned: day, followUpOf: original.id),
                        carrying: Self.lookBack(original, in: definition, context), at: stamp)
                }
                let originalEvents: [Event]
                (originalEvents, replaced) = try context.createChild(
                    childID, records: records, of: id, recording: events)
                return original.records(for: originalEvents, at: stamp, given: explicit != nil)
            }
        } catch { throw error.cliError(context.lang) }
        context.reportStanding(replaced)
        do { try context.store.setCurrent(childID) } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            try context.printJSON(["id": childID, "parent": id])
        } else {
            context.print(childID)
            context.environment.output.err(context.t(.message(.followUpOpened(original: id))))
        }
    }

    /// The review method with its goals round asking after each of `original`'s goals: the entries on the cards of
    /// its first round (the afwegingskader's fase 1), or, without them, its decision.
    static func definition(_ base: ProtocolDefinition, for original: SessionState) -> ProtocolDefinition {
        var definition = base
        guard let index = definition.rounds.firstIndex(where: { $0.id == "doelen" }) else { return definition }
        let first = original.protocolDefinition.rounds.first
        let goals = original.liveEntries { entry in
            entry.round == first?.id && entry.contribution?.category != nil
                && [.consideration, .value].contains(entry.kind)
        }
        var questions: [LocalizedText] = goals.enumerated().map { number, goal in
            let card = goal.contribution?.category.flatMap { first?.category($0)?.title }
            func question(_ lang: Language) -> String {
                CLIText.text(
                    .message(
                        .goalQuestion(
                            number: String(number + 1), goal: goal.text, card: card?(lang) ?? "")), lang)
            }
            return LocalizedText(nl: question(.nl), en: question(.en))
        }
        if questions.isEmpty, let decision = original.decisionEntry {
            func question(_ lang: Language) -> String {
                CLIText.text(.message(.decisionQuestion(decision: decision.text)), lang)
            }
            questions = [LocalizedText(nl: question(.nl), en: question(.en))]
        }
        definition.rounds[index].questions = questions
        return definition
    }

    /// What the review starts from, as facts in its first round: the decision, and each action with where it stands.
    static func lookBack(_ original: SessionState, in definition: ProtocolDefinition, _ context: Context) -> [Event] {
        guard let round = definition.rounds.first else { return [] }
        let lang = original.language
        func fact(_ text: String) -> Event {
            .contributionRecorded(
                ContributionRecorded(
                    round: round.id, kind: .fact, participant: nil, text: text, carriedOver: original.id))
        }
        var facts: [Event] = []
        if let decision = original.decisionEntry {
            let day = CalendarDate(decision.at).spelledOut(lang)
            facts.append(fact(CLIText.text(.message(.carriedDecision(date: day, decision: decision.text)), lang)))
        }
        for (index, action) in original.actionEntries.enumerated() where action.retraction == nil {
            guard case .action(let owner, let due) = action.details else { continue }
            let id = FollowUpID.action(session: original.id, number: index + 1)
            let dueText = due?.spelledOut(lang) ?? "–"
            let done = original.actionFollowUps[action.id]?.last.flatMap { $0.done ? $0 : nil }
            let state =
                done.map {
                    CLIText.text(.message(.carriedActionDone(date: CalendarDate($0.at).spelledOut(lang))), lang)
                }
                ?? CLIText.text(.message(.carriedActionOpen), lang)
            facts.append(
                fact(
                    CLIText.text(
                        .message(
                            .carriedAction(id: id, text: action.text, owner: owner, due: dueText, state: state)),
                        lang)))
        }
        return facts
    }
}
