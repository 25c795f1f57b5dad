import BeraadEngine
import BeraadStore

/// `new`, `sessions` and `use`.
enum SessionCommands {
    static func new(_ context: Context) throws(CLIError) {
        let title = context.invocation.positionals[0]
        let catalog = ProtocolCatalog(store: context.store)
        let definition: ProtocolDefinition
        do {
            var reference = context.invocation.value("protocol") ?? BuiltinProtocols.defaultID
            if ProtocolCatalog.isPath(reference) && !reference.hasPrefix("/") {
                reference = context.environment.currentDirectory + "/" + reference
            }
            definition = try catalog.resolve(reference)
        } catch { throw error.cliError(context.lang) }
        let at = try context.time()
        let base = Identifier.session(title: title, on: at)
        do { try context.store.prepareHome() } catch { throw error.cliError(context.lang) }
        var attempt = 1
        while true {
            let id = attempt == 1 ? base : base + "-\(attempt)"
            let command = Command.open(
                id: id, title: title, protocolDefinition: definition,
                facilitator: context.invocation.value("facilitator"), lang: context.lang)
            let state = SessionState()
            let records: [Record]
            do { records = state.records(for: try state.decide(command, at: at), at: at) } catch {
                throw error.cliError(context.lang)
            }
            do {
                try context.store.create(id, records: records)
            } catch StoreError.sessionExists {
                attempt += 1
                continue
            } catch { throw error.cliError(context.lang) }
            do { try context.store.setCurrent(id) } catch { throw error.cliError(context.lang) }
            if context.invocation.json {
                try context.printJSON(["id": id])
            } else {
                context.print(id)
                context.environment.output.err(
                    context.t(.sessionOpenedWithAndMadeCurrent, definition.title(context.lang)))
            }
            return
        }
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

    static func sessions(_ context: Context) throws(CLIError) {
        let (summaries, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let shown = context.invocation.has("all") ? summaries : summaries.filter { $0.state == .open }
        let current = try? context.store.currentSession()
        let rows = shown.map { s in
            Row(
                id: s.id, date: s.openedAt.civil.dateString, title: s.title, protocol: s.protocolID,
                state: s.state.rawValue, round: s.state == .open ? s.roundTitle?(context.lang) : nil,
                roundIndex: s.state == .open ? s.roundIndex + 1 : nil)
        }
        if context.invocation.json {
            try context.printJSON(["sessions": rows])
            return
        }
        if rows.isEmpty {
            context.print(
                context.invocation.has("all")
                    ? context.t(.noSessionsYetStartWithBeraad)
                    : context.t(.noOpenSessionsBeraadSessionsAll))
            return
        }
        let stateNames: [String: String] = [
            "open": context.t(.open), "closed": context.t(.closed),
            "abandoned": context.t(.abandoned),
        ]
        let table = TextTable(
            header: [
                "", "ID", context.t(.date), context.t(.title), "PROTOCOL",
                context.t(.state), context.t(.roundColumn),
            ],
            rows: rows.map { r in
                [
                    r.id == current ? "*" : " ", r.id, r.date, r.title, r.protocol, stateNames[r.state] ?? r.state,
                    r.round.map { "\(r.roundIndex ?? 0). \($0)" } ?? "",
                ]
            })
        context.print(table.render(), terminator: "")
    }

    static func use(_ context: Context) throws(CLIError) {
        let id = context.invocation.positionals[0]
        guard Identifier.isValid(id) else { throw StoreError.invalidSessionID(id: id).cliError(context.lang) }
        guard context.store.exists(id) else {
            let known = context.store.summaries().sessions.map(\.id)
            var error = StoreError.sessionNotFound(id: id).cliError(context.lang)
            error.suggestion = EditDistance.suggestion(for: id, among: known)
            throw error
        }
        do { try context.store.setCurrent(id) } catch { throw error.cliError(context.lang) }
        if context.invocation.json {
            try context.printJSON(["id": id])
        } else {
            context.print(context.t(.currentSession, id))
        }
    }
}
