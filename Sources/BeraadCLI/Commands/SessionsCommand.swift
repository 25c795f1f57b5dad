import BeraadArchive
import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `sessions [--all] [--search TEXT] [--protocol ID] [--since DATE] [--until DATE] [--state STATE] [--team NAME]`:
/// lists the sessions still to be held or running (or, with `--all` or any filter, every session that matches),
/// planned ones first.
struct SessionsCommand: BeraadCommand {
    /// The states `--state` filters on: the phase, and approval.
    enum StateFilter: String, ChoiceValue {
        case planned, open, closed, approved

        var choice: Choice {
            switch self {
            case .planned: return Choice(english: "planned", dutch: "gepland")
            case .open: return Choice(english: "open", dutch: "lopend")
            case .closed: return Choice(english: "closed", dutch: "afgesloten")
            case .approved: return Choice(english: "approved", dutch: "vastgesteld")
            }
        }
    }

    static let all = Flag("all", nl: "alle", .sessionsAll)
    static let search = Option("search", nl: "zoek", value: .text, .sessionsSearch)
    static let protocolID = Option("protocol", nl: "methode", value: .id, .sessionsProtocol, kind: .protocolReference)
    static let since = Option("since", nl: "sinds", value: .date, .sessionsSince)
    static let until = Option("until", nl: "tot", value: .date, .sessionsUntil)
    static let state = Option<StateFilter>(choice: "state", nl: "status", value: .state, .sessionsState)
    static let team = Option("team", value: .name, .listTeam)
    static let declaration = CommandDeclaration(
        "sessions", aliases: ["sessies"], group: .session, summary: .sessions,
        options: [
            all.declaration, search.declaration, protocolID.declaration, since.declaration, until.declaration,
            state.declaration, team.declaration,
        ])

    var all: Bool
    var search: String?
    var protocolID: String?
    var since: String?
    var until: String?
    var state: StateFilter?
    var team: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        all = arguments.flag(Self.all)
        search = try arguments.value(Self.search)
        protocolID = try arguments.value(Self.protocolID)
        since = try arguments.value(Self.since)
        until = try arguments.value(Self.until)
        state = try arguments.value(Self.state)
        team = try arguments.value(Self.team)
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
        var team: String?
        var approved: Bool
    }

    /// Whether any filter was given: then every session is looked at, as with `--all`.
    var filters: Bool {
        search != nil || protocolID != nil || since != nil || until != nil || state != nil || team != nil
    }

    /// Whether `session` passes the filters.
    func matches(_ session: SessionSummary, from: String?, to: String?) -> Bool {
        if let search, !session.searchText.contains(search.trimmingWhitespace().searchFolded()) {
            return false
        }
        if let protocolID, session.protocolID != protocolID.lowercased() { return false }
        if let from, session.day < from { return false }
        if let to, session.day > to { return false }
        if let team, !Agenda.sameTeam(session.team, team) { return false }
        switch state {
        case nil: return true
        case .planned: return session.state == .planned
        case .open: return session.state == .open
        case .closed: return (session.state == .closed || session.state == .abandoned) && !session.approved
        case .approved: return session.approved
        }
    }

    func run(_ context: Context) throws(CLIError) {
        let from = try context.day(since)
        let to = try context.day(until)
        let (summaries, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let everything = all || filters
        // Planned sessions first, the soonest at the top; then the rest, newest first.
        let planned = summaries.filter { $0.state == .planned }.sorted { ($0.day, $0.id) < ($1.day, $1.id) }
        let others = summaries.filter { $0.state != .planned }
        let shown = (planned + others).filter { session in
            (everything || session.state == .open || session.state == .planned) && matches(session, from: from, to: to)
        }
        let current = try? context.store.currentSession()
        let rows = shown.map { s in
            Row(
                id: s.id, date: s.day, title: s.title, protocol: s.protocolID,
                state: s.state.rawValue, round: s.state == .open ? s.roundTitle?(context.lang) : nil,
                roundIndex: s.state == .open ? s.roundIndex + 1 : nil, team: s.team, approved: s.approved)
        }
        if context.globals.json {
            try context.printJSON(["sessions": rows])
            return
        }
        if rows.isEmpty {
            context.print(
                everything
                    ? context.t(.message(filters ? .noSessionsMatch : .noSessions))
                    : context.t(.message(.noOpenSessions)))
            return
        }
        let stateNames: [String: String] = [
            "planned": context.t(.message(.statePlanned)), "open": context.t(.message(.stateOpen)),
            "closed": context.t(.message(.stateClosed)), "abandoned": context.t(.message(.stateAbandoned)),
        ]
        let table = TextLayout.table(
            header: [
                "", "ID", context.t(.archive(.dateColumn)), context.t(.message(.titleColumn)), "PROTOCOL",
                context.t(.archive(.stateColumn)), context.t(.message(.roundColumn)),
            ],
            rows: rows.map { r in
                [
                    r.id == current ? "*" : " ", r.id, r.date, r.title, r.protocol,
                    (stateNames[r.state] ?? r.state) + (r.approved ? " ✓" : ""),
                    r.round.map { "\(r.roundIndex ?? 0). \($0)" } ?? "",
                ]
            })
        context.print(table, terminator: "")
    }
}
