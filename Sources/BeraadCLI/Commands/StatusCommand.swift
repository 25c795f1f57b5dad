import BeraadEngine
import BeraadMinutes

/// `status`: where the meeting is and what it still needs.
struct StatusCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "status", group: .meeting, summary: .status, live: .standard)

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    struct SessionPart: Encodable {
        var id, title, `protocol`, state, lang: String
    }

    struct RoundPart: Encodable {
        var index, count: Int
        var id, title: String
        var timeboxMinutes: Int
        var elapsedSeconds: Int64
    }

    struct ParticipantPart: Encodable {
        var name, role: String
        var present: Bool
    }

    struct MissingPart: Encodable {
        var requirement: String
        var participants: [String]
    }

    struct Output: Encodable {
        var session: SessionPart
        var round: RoundPart?
        var participants: [ParticipantPart]
        var missing: [MissingPart]

        enum CodingKeys: String, CodingKey { case session, round, participants, missing }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(session, forKey: .session)
            if let round { try c.encode(round, forKey: .round) } else { try c.encodeNil(forKey: .round) }
            try c.encode(participants, forKey: .participants)
            try c.encode(missing, forKey: .missing)
        }
    }

    func run(_ context: Context) throws(CLIError) {
        let (_, state) = try context.readSession()
        let lang = context.lang
        let definition = state.protocolDefinition
        // A meeting entered afterwards took the time up to its last record, not up to now.
        let now = state.timesGiven ? state.meetingAt : context.environment.now()
        let unmet = state.currentRound == nil ? [] : state.unmetRequirements(ofRound: state.roundIndex)
        let elapsed = state.secondsSpent(inRound: state.roundIndex, now: now)
        let output = Output(
            session: SessionPart(
                id: state.id, title: state.title, protocol: definition.id,
                state: state.lifecycle.name, lang: state.language.rawValue),
            round: state.isPlanned
                ? nil
                : state.currentRound.map { round in
                    RoundPart(
                        index: state.roundIndex + 1, count: definition.rounds.count, id: round.id,
                        title: round.title(lang),
                        timeboxMinutes: round.timeboxMinutes, elapsedSeconds: elapsed)
                },
            participants: state.participants.map { ParticipantPart(name: $0.name, role: $0.role, present: $0.present) },
            missing: unmet.map {
                MissingPart(requirement: $0.requirement.describe(lang), participants: $0.participants)
            })
        if context.globals.json {
            try context.printJSON(output)
            return
        }
        context.print(
            Self.human(state, definition: definition, unmet: unmet, elapsed: elapsed, context: context), terminator: "")
    }

    static func human(
        _ state: SessionState, definition: ProtocolDefinition, unmet: [UnmetRequirement], elapsed: Int64,
        context: Context
    ) -> String {
        let lang = context.lang
        var out = state.title + "  (" + state.id + ", " + definition.title(lang) + ")\n"
        for link in context.links(of: state) { out += "↔ " + link.sentence(lang) + "\n" }
        if state.roundIndex == 0 && !state.isEnded { out += TeamFollowUp.reminder(for: state, context) }
        if state.isPlanned { return out + planned(state, context) }
        guard let round = state.currentRound else {
            switch state.phase {
            case .open: break
            case .closed(let at):
                out += context.t(.status(.closedAt(time: context.clock(at, in: state))))
            case .abandoned(let at, let reason):
                out += context.t(.status(.abandonedAt(time: context.clock(at, in: state), reason: reason)))
            }
            if state.approvedAt != nil {
                out += context.t(.status(.minutesApproved))
            } else {
                out += context.t(.status(.minutesToApprove))
            }
            return out + "\n"
        }
        let minutes = elapsed / 60
        out +=
            "\n" + context.t(.status(.round)) + " \(state.roundIndex + 1)/\(definition.rounds.count): "
            + round.unnumberedTitle(lang) + "\n"
        out += context.t(.minutes(.elapsed(minutes: String(minutes), timebox: String(round.timeboxMinutes))))
        if elapsed > Int64(round.timeboxMinutes) * 60 {
            out += context.t(.status(.timeIsUp))
        }
        out += "\n\n" + round.purpose(lang) + "\n"
        for part in RoundGuide.parts(of: round, lang) {
            out += "\n" + part.heading + "\n" + part.items.map { "  • " + $0 + "\n" }.joined()
        }
        // What another session brought into this round (convene, follow-up): the group starts from it.
        let carried = state.liveEntries { $0.round == round.id && $0.carriedOver != nil }
        if let source = carried.first?.carriedOver {
            out += "\n" + context.t(.status(.carriedOver(session: source))) + "\n"
            for entry in carried { out += "  • " + entry.text + "\n" }
        }
        let recalled = RecalledCards.lines(state, round, lang)
        if !recalled.isEmpty { out += "\n" + recalled.joined(separator: "\n") + "\n" }
        // Each card with how much it holds, so that the group sees which one is still untouched.
        let option = "--" + SayCommand.category.declaration.name(lang)
        for category in round.categories {
            let count = state.entries(onCard: category.id, inRound: round.id).count
            out +=
                "\n" + category.title(lang) + " (" + option + " " + category.name(lang) + "): "
                + context.t(.status(.cardCount(count: count))) + "\n"
            if let basis = category.basis { out += "  " + context.t(.minutes(.basedOn(value: basis(lang)))) + "\n" }
            for prompt in category.prompts { out += "  • " + prompt(lang) + "\n" }
            if !category.hints.isEmpty {
                out += "  " + context.t(.status(.thinkOfHeading)) + "\n"
                for hint in category.hints { out += "    – " + hint(lang) + "\n" }
            }
        }
        let kinds = round.accepts.map { kind in
            let command = Commands.all.first { $0.declaration.name == kind.commandName }?.declaration.name(lang)
            return kind.label(lang) + (kind.hasOwnCommand ? " ('beraad \(command ?? kind.commandName)')" : "")
        }
        out += "\n" + context.t(.status(.recordedHere(kinds: kinds.joined(separator: ", ")))) + "\n"
        if !state.participants.isEmpty {
            let people = state.participants.map { p in
                let role = definition.role(p.role)?.title(lang) ?? p.role
                return p.name + " (" + role.lowercased()
                    + (p.present ? "" : context.t(.status(p.absent ? .absent : .left))) + ")"
            }
            out += context.t(.status(.participants(people: people.joined(separator: ", ")))) + "\n"
        } else {
            out +=
                context.t(.status(.noParticipants)) + "\n"
        }
        if unmet.isEmpty {
            if state.roundIndex + 1 < definition.rounds.count {
                out +=
                    "\n" + context.t(.status(.roundFinished))
                    + "\n"
            } else {
                out +=
                    "\n"
                    + context.t(.status(.lastRound))
                    + "\n"
            }
        } else {
            out += "\n" + context.t(.status(.stillNeeded)) + "\n"
            for item in unmet { out += "  • " + item.describe(lang) + "\n" }
        }
        return out
    }

    /// A planned session: its day, what is prepared, who is coming, and how to begin.
    static func planned(_ state: SessionState, _ context: Context) -> String {
        let day = state.opened.planned.flatMap(CalendarDate.init(iso:))?.spelledOut(context.lang) ?? ""
        var out = "\n" + context.t(.status(.plannedFor(date: day))) + "\n"
        out += context.t(.status(state.caseEntry == nil ? .caseNotPrepared : .casePrepared)) + "\n"
        if state.dilemmaEntry != nil { out += context.t(.status(.dilemmaPrepared)) + "\n" }
        let people = state.participants.map(\.name).joined(separator: ", ")
        if !people.isEmpty { out += context.t(.status(.invited(people: people))) + "\n" }
        return out + "\n" + context.t(.status(.startWith)) + "\n"
    }
}
