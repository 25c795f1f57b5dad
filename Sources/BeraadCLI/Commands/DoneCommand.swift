import BeraadArchive
import BeraadEngine
import BeraadStore

/// The follow-up of an agreed action, recorded in its session's journal; allowed after close and approval, and
/// never part of the approved minutes. `done` and `reopen` differ only in which way the action goes.
protocol ActionFollowUpCommand: BeraadCommand {
    /// Whether the command marks the action done (or open again).
    static var marksDone: Bool { get }
    var action: String { get }
    var note: String? { get }
    init(action: String, note: String?)
}

extension ActionFollowUpCommand {
    static var actionArgument: Argument<String> { Argument(.action, .doneAction) }
    static var noteOption: Option<String> { Option("note", nl: "notitie", value: .text, .doneNote) }

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        self.init(action: try arguments.argument(Self.actionArgument), note: try arguments.value(Self.noteOption))
    }

    func run(_ context: Context) throws(CLIError) {
        let done = Self.marksDone
        let target = try FollowUpReference.resolve(action, context)
        // `decide` finds the action (`a2` or `e23`) in the session it reads under the lock.
        let result = try context.perform(
            .followUpAction(entry: target.entry, done: done, note: note), session: target.session)
        guard case .actionFollowedUp(let recorded)? = result.records.first?.event,
            let entry = result.state.entry(recorded.action)
        else { return }
        let number = (result.state.actionEntries.firstIndex { $0.id == entry.id } ?? 0) + 1
        let id = FollowUpID.action(session: target.session, number: number)
        try context.confirm(
            result.records,
            context.t(
                .message(done ? .actionMarkedDone(id: id, text: entry.text) : .actionReopened(id: id, text: entry.text))
            ))
    }
}

/// `done ACTION [--note TEXT]`: an agreed action is done.
struct DoneCommand: ActionFollowUpCommand {
    static let marksDone = true
    static let declaration = CommandDeclaration(
        "done", aliases: ["gedaan"], group: .followUp, summary: .done, arguments: [actionArgument.declaration],
        options: [noteOption.declaration], live: .standard)

    var action: String
    var note: String?
}

/// `reopen ACTION [--note TEXT]`: an action marked done is open again.
struct ReopenCommand: ActionFollowUpCommand {
    static let marksDone = false
    static let declaration = CommandDeclaration(
        "reopen", aliases: ["heropen"], group: .followUp, summary: .reopen, arguments: [actionArgument.declaration],
        options: [noteOption.declaration], live: .standard)

    var action: String
    var note: String?
}
