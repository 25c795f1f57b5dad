import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `actions [--open|--overdue|--done] [--owner NAME] [--since DATE]`: the agreed actions of every session, with the
/// ids `done` and `reopen` take.
struct ActionsCommand: BeraadCommand {
    static let open = Flag("open", .actionsOpen)
    static let overdue = Flag("overdue", nl: "over-tijd", .actionsOverdue)
    static let done = Flag("done", nl: "gedaan", .actionsDone)
    static let owner = Option("owner", nl: "eigenaar", value: .name, .actionsOwner)
    static let since = Option("since", nl: "sinds", value: .date, .actionsSince)
    static let team = Option("team", value: .name, .listTeam)
    static let declaration = CommandDeclaration(
        "actions", aliases: ["afspraken", "acties"], group: .followUp, summary: .actions,
        options: [
            open.declaration, overdue.declaration, done.declaration, owner.declaration, since.declaration,
            team.declaration,
        ])

    var open: Bool
    var overdue: Bool
    var done: Bool
    var owner: String?
    var since: String?
    var team: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        open = arguments.flag(Self.open)
        overdue = arguments.flag(Self.overdue)
        done = arguments.flag(Self.done)
        owner = try arguments.value(Self.owner)
        since = try arguments.value(Self.since)
        team = try arguments.value(Self.team)
    }

    /// What `actions --json` prints for each action.
    struct Row: Encodable {
        var id: String
        var session: String
        var title: String
        var text: String
        var owner: String
        var due: String?
        var state: String
    }

    func run(_ context: Context) throws(CLIError) {
        let today = CalendarDate(try context.time())
        let from = try context.day(since)
        let (sessions, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let wantedOwner = owner.map { $0.trimmingWhitespace().searchFolded() }
        var rows: [(row: Row, overdue: Bool, day: String)] = []
        for session in sessions where team.map({ Agenda.sameTeam(session.team, $0) }) ?? true {
            for action in session.actions {
                let isOverdue = !action.done && action.due.map { $0 < today.description } == true
                if open && action.done || done && !action.done || overdue && !isOverdue { continue }
                if let from, action.agreedOn < from { continue }
                if let wantedOwner, !action.owner.searchFolded().contains(wantedOwner) { continue }
                rows.append(
                    (
                        Row(
                            id: FollowUpID.action(session: session.id, number: action.number),
                            session: session.id, title: session.title, text: action.text, owner: action.owner,
                            due: action.due, state: action.done ? "done" : "open"),
                        isOverdue, action.agreedOn
                    ))
            }
        }
        // Soonest due first, actions without a due date after them, then by when they were agreed.
        rows.sort { ($0.row.due ?? "9999", $0.day, $0.row.id) < ($1.row.due ?? "9999", $1.day, $1.row.id) }
        if context.globals.json {
            try context.printJSON(["actions": rows.map(\.row)])
            return
        }
        guard !rows.isEmpty else {
            context.print(context.t(.message(.noActions)))
            return
        }
        let table = TextLayout.table(
            header: [
                "ID", context.t(.message(.ownerColumn)), context.t(.message(.dueColumn)),
                context.t(.message(.stateColumn)), context.t(.message(.actionColumn)),
                context.t(.message(.titleColumn)),
            ],
            rows: rows.map { entry in
                let r = entry.row
                let state =
                    r.state == "done"
                    ? context.t(.message(.actionDoneState))
                    : entry.overdue ? context.t(.message(.actionOverdueState)) : context.t(.message(.actionOpenState))
                return [r.id, r.owner, r.due ?? "", state, r.text, r.title]
            })
        context.print(table, terminator: "")
    }
}
