import BeraadArchive
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
        var due: CalendarDate?
        var state: String
    }

    func run(_ context: Context) throws(CLIError) {
        let today = CalendarDate(try context.time())
        let from = try context.day(since)
        let (sessions, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let filter = ActionList.Filter(
            open: open, overdue: overdue, done: done, owner: owner, since: from, team: team)
        let rows = ActionList.items(sessions, today: today, filter: filter).map { item in
            (
                row: Row(
                    id: item.id, session: item.session, title: item.title, text: item.action.text,
                    owner: item.action.owner, due: item.action.due, state: item.action.done ? "done" : "open"),
                overdue: item.overdue
            )
        }
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
                context.t(.archive(.stateColumn)), context.t(.message(.actionColumn)),
                context.t(.message(.titleColumn)),
            ],
            rows: rows.map { entry in
                let r = entry.row
                let state =
                    r.state == "done"
                    ? context.t(.message(.actionDoneState))
                    : entry.overdue ? context.t(.message(.actionOverdueState)) : context.t(.message(.actionOpenState))
                return [r.id, r.owner, r.due?.description ?? "", state, r.text, r.title]
            })
        context.print(table, terminator: "")
    }
}
