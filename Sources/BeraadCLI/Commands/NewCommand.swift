import BeraadEngine
import BeraadStore

/// `new TITLE [--protocol ID|FILE] [--facilitator NAME] [--note-taker NAME] [--place TEXT] [--distribute TEXT]
/// [--team NAME] [--planned DATE]`: opens a session and makes it current; a planned one starts with `start`.
struct NewCommand: BeraadCommand {
    static let title = Argument(.title, .newTitle)
    static let protocolReference = Option(
        "protocol", nl: "methode", value: .idOrFile, .newProtocol, kind: .protocolReference)
    static let facilitator = Option("facilitator", nl: "gespreksleider", value: .name, .newFacilitator)
    static let noteTaker = Option("note-taker", nl: "notulist", value: .name, .newNoteTaker)
    static let place = Option("place", nl: "plaats", value: .text, .newPlace)
    static let distribute = Option("distribute", nl: "verspreiding", value: .text, .newDistribute)
    static let team = Option("team", value: .name, .newTeam)
    static let planned = Option("planned", nl: "gepland", value: .date, .newPlanned)
    static let declaration = CommandDeclaration(
        "new", aliases: ["nieuw"], group: .session, summary: .new, arguments: [title.declaration],
        options: [
            protocolReference.declaration, facilitator.declaration, noteTaker.declaration, place.declaration,
            distribute.declaration, team.declaration, planned.declaration,
        ])

    var title: String
    var protocolReference: String?
    var facilitator: String?
    var details: SessionDetails
    var planned: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        planned = try arguments.value(Self.planned)
        title = try arguments.argument(Self.title)
        protocolReference = try arguments.value(Self.protocolReference)
        facilitator = try arguments.value(Self.facilitator)
        details = SessionDetails(
            place: try arguments.value(Self.place),
            distribution: (try arguments.value(Self.distribute))?.split(separator: ";").map(String.init) ?? [],
            noteTaker: try arguments.value(Self.noteTaker), team: try arguments.value(Self.team))
    }

    func run(_ context: Context) throws(CLIError) {
        let catalog = ProtocolCatalog.of(context.store)
        let definition: ProtocolDefinition
        do {
            var reference = self.protocolReference ?? BuiltinProtocols.defaultID
            if ProtocolCatalog.isPath(reference) && !reference.hasPrefix("/") {
                reference = context.environment.currentDirectory + "/" + reference
            }
            definition = try catalog.resolve(reference)
        } catch { throw error.cliError(context.lang) }
        let given = try context.recordingTime()
        let at = given ?? context.environment.now()
        var details = self.details
        details.planned = try context.day(planned)
        do { try context.store.prepareHome() } catch { throw error.cliError(context.lang) }
        while true {
            let id = Identifier.session(on: at, random: context.environment.random())
            let command = Command.open(
                id: id, title: title, protocolDefinition: definition,
                facilitator: facilitator, lang: context.lang, details: details)
            let records: [Record]
            do throws(RuleViolation) {
                records = Session.unopened.records(
                    for: try Session.unopened.decide(command, at: at), at: at, given: given != nil)
            } catch { throw error.cliError(context.lang) }
            // What stands redacted in every session of the home stands in this one from its first line.
            let redacted = try context.standing(records)
            do {
                try context.store.create(id, records: redacted)
            } catch StoreError.sessionExists {
                continue
            } catch { throw error.cliError(context.lang) }
            do { try context.store.setCurrent(id) } catch { throw error.cliError(context.lang) }
            if context.globals.json {
                try context.printJSON(["id": id])
            } else {
                context.print(id)
                let method = definition.title(context.lang)
                context.environment.output.err(
                    context.t(
                        .message(
                            details.planned.flatMap(CalendarDate.init(iso:)).map {
                                .sessionPlanned(method: method, date: $0.spelledOut(context.lang))
                            } ?? .sessionOpened(method: method))))
            }
            return
        }
    }
}
