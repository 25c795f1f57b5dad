import BeraadEngine
import BeraadStore

/// `convene [TITLE] [--protocol ID] [--planned DATE]`: from a round that calls for it, opens a linked session (or
/// plans it for a later day); each journal names the other.
struct ConveneCommand: BeraadCommand {
    static let title = Argument(.title, .newTitle, optional: true)
    static let protocolReference = Option(
        "protocol", nl: "methode", value: .id, .newProtocol, kind: .protocolReference)
    static let planned = Option("planned", nl: "gepland", value: .date, .newPlanned)
    static let declaration = CommandDeclaration(
        "convene", aliases: ["beleg"], group: .meeting, summary: .convene, arguments: [title.declaration],
        options: [protocolReference.declaration, planned.declaration], live: .standard)

    var title: String?
    var protocolReference: String?
    var planned: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        planned = try arguments.value(Self.planned)
        title = try arguments.optional(Self.title)
        protocolReference = try arguments.value(Self.protocolReference)
    }

    func run(_ context: Context) throws(CLIError) {
        let parentID = try context.sessionID()
        let definition: ProtocolDefinition
        do {
            definition = try ProtocolCatalog.of(context.store).resolve(
                protocolReference ?? BuiltinProtocols.defaultID)
        } catch { throw error.cliError(context.lang) }
        // As in Context.perform, "now" is read under the parent's lock.
        let explicit = try context.recordingTime()
        let day = try context.day(planned)
        var childID = ""
        var parentTitle = ""
        var replaced = 0
        do throws(SessionStore.AppendError<CommandFailure>) {
            try context.store.append(parentID) { (contents) throws(CommandFailure) -> [Record] in
                context.reportTornTail(contents.tornTail, id: parentID)
                let parent = try CommandFailure.store { () throws(StoreError) in try contents.session() }
                let at = explicit ?? Context.notBefore(parent, context.environment.now())
                parentTitle = parent.title
                let stamp = at.at(offset: parent.openedAt.offsetSeconds)
                let title =
                    self.title
                    ?? parent.title + " — " + definition.title(parent.language)
                childID = context.unusedSessionID(on: stamp)
                let events: [Event]
                do throws(RuleViolation) {
                    events = try parent.decide(
                        .convene(session: childID, title: title, protocolID: definition.id), at: stamp)
                } catch { throw .rule(error) }
                guard let round = parent.currentRound else { throw .rule(.sessionEnded) }
                let childRecords: [Record]
                do throws(RuleViolation) {
                    childRecords = try Self.openingRecords(
                        id: childID, title: title, definition: definition, parent: parent,
                        link: SessionLink(session: parentID, round: round.id),
                        details: SessionDetails(team: parent.opened.team, planned: day), at: stamp)
                } catch { throw .rule(error) }
                let parentEvents: [Event]
                (parentEvents, replaced) = try context.createChild(
                    childID, records: childRecords, of: parentID, recording: events)
                return parent.records(for: parentEvents, at: stamp, given: explicit != nil)
            }
        } catch { throw error.cliError(context.lang) }
        context.reportStanding(replaced)
        do { try context.store.setCurrent(childID) } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            try context.printJSON(["id": childID, "parent": parentID])
        } else {
            context.print(childID)
            context.environment.output.err(
                context.t(.message(.convened(parentTitle: parentTitle, parentID: parentID))))
        }
    }

    /// The new session's first records: the opening (with its link back) and the parent's participants, in the
    /// roles they had where the new method has them.
    static func openingRecords(
        id: String, title: String, definition: ProtocolDefinition, parent: SessionState, link: SessionLink?,
        details: SessionDetails, carrying more: [Event] = [], at: Timestamp
    ) throws(RuleViolation) -> [Record] {
        var state = Session.unopened
        var records: [Record] = []
        func apply(_ command: Command) throws(RuleViolation) {
            let new = state.records(for: try state.decide(command, at: at), at: at)
            for record in new { state.evolve(record) }
            records += new
        }
        let facilitator = parent.opened.facilitator
        try apply(
            .open(
                id: id, title: title, protocolDefinition: definition, facilitator: facilitator, lang: parent.language,
                parent: link, details: details))
        for participant in parent.presentParticipants where participant.name != facilitator {
            let role = definition.role(participant.role) != nil ? participant.role : nil
            try apply(.join(name: participant.name, role: role))
        }
        // The case and the dilemma come along, marked as carried over, in the rounds of the new method that take
        // them, so the group does not have to tell them again.
        var carried: [Event] = []
        if let caseEntry = parent.caseEntry {
            let round = definition.rounds.first { $0.accepts(.case) } ?? definition.rounds.first
            let author = caseEntry.participant.flatMap { name in state.state?.participant(named: name)?.name }
            if let round {
                carried.append(
                    .contributionRecorded(
                        ContributionRecorded(
                            round: round.id, kind: .case, participant: author, text: caseEntry.text,
                            carriedOver: parent.id, question: caseEntry.question)))
            }
        }
        if let dilemma = parent.dilemmaEntry, case .dilemma(let options) = dilemma.details,
            let round = definition.rounds.first(where: { $0.accepts(.dilemma) }) ?? definition.rounds.first
        {
            carried.append(
                .dilemmaFramed(
                    DilemmaFramed(
                        round: round.id, question: dilemma.text, options: options, carriedOver: parent.id)))
        }
        carried += more
        if !carried.isEmpty {
            let new = state.records(for: carried, at: at)
            for record in new { state.evolve(record) }
            records += new
        }
        return records
    }
}
