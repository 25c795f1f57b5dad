import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `sessions [--all]`: lists the open sessions, or all of them.
struct SessionsCommand: BeraadCommand {
    static let all = Flag("all", nl: "alle", .sessionsAll)
    static let declaration = CommandDeclaration(
        "sessions", aliases: ["sessies"], group: .session, summary: .sessions, options: [all.declaration])

    var all: Bool

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        all = arguments.flag(Self.all)
    }

    /// What `sessions --json` prints for each session.
    struct Row: Encodable {
        var id: String
        var date: String
        var title: String
        var `protocol`: String
        var state: String
        var round: String?
        var roundIndex: Int?
    }

    func run(_ context: Context) throws(CLIError) {
        let (summaries, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let shown = all ? summaries : summaries.filter { $0.state == .open }
        let current = try? context.store.currentSession()
        let rows = shown.map { s in
            Row(
                id: s.id, date: s.openedAt.civil.dateString, title: s.title, protocol: s.protocolID,
                state: s.state.rawValue, round: s.state == .open ? s.roundTitle?(context.lang) : nil,
                roundIndex: s.state == .open ? s.roundIndex + 1 : nil)
        }
        if context.globals.json {
            try context.printJSON(["sessions": rows])
            return
        }
        if rows.isEmpty {
            context.print(
                all
                    ? context.t(.message(.noSessions))
                    : context.t(.message(.noOpenSessions)))
            return
        }
        let stateNames: [String: String] = [
            "open": context.t(.message(.stateOpen)), "closed": context.t(.message(.stateClosed)),
            "abandoned": context.t(.message(.stateAbandoned)),
        ]
        let table = TextLayout.table(
            header: [
                "", "ID", context.t(.message(.dateColumn)), context.t(.message(.titleColumn)), "PROTOCOL",
                context.t(.message(.stateColumn)), context.t(.message(.roundColumn)),
            ],
            rows: rows.map { r in
                [
                    r.id == current ? "*" : " ", r.id, r.date, r.title, r.protocol, stateNames[r.state] ?? r.state,
                    r.round.map { "\(r.roundIndex ?? 0). \($0)" } ?? "",
                ]
            })
        context.print(table, terminator: "")
    }
}
