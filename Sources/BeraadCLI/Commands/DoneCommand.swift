import BeraadEngine

/// `done ACTION [--note TEXT]` and `reopen ACTION [--note TEXT]`: the follow-up of an agreed action, recorded in
/// its session's journal; allowed after close and approval, and never part of the approved minutes.
struct DoneCommand: BeraadCommand {
    static let action = Argument(.action, .doneAction)
    static let note = Option("note", nl: "notitie", value: .text, .doneNote)
    static let declaration = CommandDeclaration(
        "done", aliases: ["gedaan"], group: .followUp, summary: .done, arguments: [action.declaration],
        options: [note.declaration], live: .standard)

    var action: String
    var note: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        action = try arguments.argument(Self.action)
        note = try arguments.value(Self.note)
    }

    func run(_ context: Context) throws(CLIError) {
        try Self.followUp(action, done: true, note: note, context)
    }

    /// Marks the action `reference` names done or open again, and says so.
    static func followUp(_ reference: String, done: Bool, note: String?, _ context: Context) throws(CLIError) {
        let target = try FollowUpReference.resolve(reference, context)
        let state = try context.readSession(target.session, quietly: true)
        let entry: Entry
        do throws(RuleViolation) { entry = try state.followedUpEntry(target.entry, kind: .action) } catch {
            throw error.cliError(context.lang)
        }
        let result = try context.perform(
            .followUpAction(entry: entry.id, done: done, note: note), session: target.session)
        let number = (result.state.actionEntries.firstIndex { $0.id == entry.id } ?? 0) + 1
        let id = FollowUpReference.id(session: target.session, action: number)
        try context.confirm(
            result.records,
            context.t(
                .message(done ? .actionMarkedDone(id: id, text: entry.text) : .actionReopened(id: id, text: entry.text))
            ))
    }
}

/// `reopen ACTION [--note TEXT]`: an action marked done is open again.
struct ReopenCommand: BeraadCommand {
    static let action = Argument(.action, .doneAction)
    static let note = Option("note", nl: "notitie", value: .text, .doneNote)
    static let declaration = CommandDeclaration(
        "reopen", aliases: ["heropen"], group: .followUp, summary: .reopen, arguments: [action.declaration],
        options: [note.declaration], live: .standard)

    var action: String
    var note: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        action = try arguments.argument(Self.action)
        note = try arguments.value(Self.note)
    }

    func run(_ context: Context) throws(CLIError) {
        try DoneCommand.followUp(action, done: false, note: note, context)
    }
}
