import BeraadEngine
import BeraadStore
import BeraadMinutes
import Foundation

/// What a command runs with: the global options, the language, the store and the environment.
struct Context {
    let globals: GlobalOptions
    /// The command's words, such as `protocols show`, for usage lines.
    let commandPath: String
    let environment: CLIEnvironment
    let lang: Language
    /// Whether the language was asked for explicitly (`--lang` or `BERAAD_LANG`), overriding a session's own.
    let langIsExplicit: Bool
    let store: SessionStore

    func t(_ key: CLIText) -> String { CLIText.text(key, lang) }

    func print(_ text: String) {
        // Written in two parts: joining them would copy a long output (a whole log) once more.
        write(text)
        environment.output.out("\n")
    }

    /// `text` on standard output as it is, made terminal-safe, without a line break: a long output in pieces.
    func write(_ text: String) { environment.output.out(Self.terminalSafe(text)) }

    /// `text` with control characters other than newline and tab, and bidi overrides, shown as `�`, so that
    /// recorded text cannot move the cursor, change the terminal or reverse what it shows.
    static func terminalSafe(_ text: String) -> String { TextSafety.neutralised(text) }

    func warn(_ text: String) {
        environment.output.err(Self.terminalSafe(t(.message(.warning(text: text)))) + "\n")
    }

    /// Prints `value` as one JSON document.
    func printJSON<Value: Encodable>(_ value: Value) throws(CLIError) {
        environment.output.out(try jsonText(value))
    }

    /// `value` as the JSON document `printJSON` prints (pretty, sorted keys, terminal-safe), newline included.
    func jsonText<Value: Encodable>(_ value: Value) throws(CLIError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return Self.terminalSafe(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
        } catch {
            throw CLIError(.ioError, "\(error)")
        }
    }

    // MARK: - Sessions

    /// The session to act on: `--session`, `BERAAD_SESSION`, else the current one.
    func sessionID() throws(CLIError) -> String {
        let id: String
        // An empty --session or BERAAD_SESSION is a mistake, not a wish for the current session.
        if globals.session?.isEmpty == true || (globals.session == nil && environment.variables["BERAAD_SESSION"] == "")
        {
            throw CLIError(.usage, t(.message(.emptySessionOption)))
        }
        if let given = globals.session ?? environment.variables["BERAAD_SESSION"], !given.isEmpty {
            id = given
        } else {
            do { id = try store.currentSession() } catch { throw error.cliError(lang) }
        }
        guard Identifier.isValid(id) else { throw StoreError.invalidSessionID(id: id).cliError(lang) }
        return id
    }

    /// The session's journal, read and replayed; a torn last line is reported as a warning.
    func readSession() throws(CLIError) -> (id: String, state: SessionState) {
        let id = try sessionID()
        return (id, try readSession(id))
    }

    /// Session `id`'s state, from the one reader every command uses (through the session's snapshot when it still
    /// describes the journal); a torn last line is reported unless `quietly`.
    func readSession(_ id: String, quietly: Bool = false) throws(CLIError) -> SessionState {
        do throws(StoreError) {
            let head = try store.head(id)
            if !quietly { reportTornTail(head.tornTail, id: id) }
            return try head.session()
        } catch { throw error.cliError(lang) }
    }

    /// A new session id for `date` that no journal of the home has yet (a session made next to another one).
    func unusedSessionID(on date: Timestamp) -> String {
        var id: String
        repeat { id = Identifier.session(on: date, random: environment.random()) } while store.exists(id)
        return id
    }

    func reportTornTail(_ tornTail: [UInt8], id: String) {
        if !tornTail.isEmpty {
            warn(
                t(.message(.tornTail(id: id))))
        }
    }

    /// Runs `command` against the session (`session`, else the one `sessionID()` names) under its lock and
    /// appends the events `decide` returns.
    @discardableResult
    func perform(_ command: Command, session: String? = nil) throws(CLIError) -> (
        records: [Record], state: SessionState
    ) {
        let id: String
        if let session { id = session } else { id = try sessionID() }
        // "Now" is read under the lock: read before it, a process that waited for another could record an
        // earlier time than the one just written, and be refused for going back in time.
        let explicit = try recordingTime()
        let appended: SessionStore.Appended
        var replaced = 0
        do {
            appended = try store.append(id, held: environment.held) { (contents) throws(CommandFailure) -> [Record] in
                reportTornTail(contents.tornTail, id: id)
                let state = try CommandFailure.store { () throws(StoreError) in try contents.session() }
                // Read under the lock, so that a redaction given a moment ago holds for this text.
                let standing = try CommandFailure.store { () throws(StoreError) in try store.standingRedaction(id) }
                let now = environment.now()
                if explicit == nil && !globals.now {
                    try CommandFailure.rule { () throws(RuleViolation) in
                        try state.checkEnteredAfterwards(command, now: now)
                    }
                }
                let at = explicit ?? Self.notBefore(state, now)
                let stamp = at.at(offset: state.openedAt.offsetSeconds)
                let decided = try CommandFailure.rule { () throws(RuleViolation) in
                    try state.decide(command, at: stamp)
                }
                let (events, count) = standing.apply(to: decided)
                replaced = count
                return state.records(for: events, at: stamp, given: explicit != nil)
            }
        } catch { throw error.cliError(lang) }
        reportStanding(replaced)
        // The closure read the state whenever append returns.
        guard let after = appended.state else { throw StoreError.sessionNotFound(id: id).cliError(lang) }
        return (appended.records, after)
    }

    /// Says on standard error that standing redactions replaced `count` texts before they were written ("1 × […]").
    func reportStanding(_ count: Int) {
        guard count > 0 else { return }
        environment.output.err(t(.message(.standingReplaced(count: String(count)))) + "\n")
    }

    /// `records` of a session being opened with the standing redactions of the home applied, said on standard error
    /// when they replaced something. (A session opened from another has that one's too: `createChild`.)
    func standing(_ records: [Record]) throws(CLIError) -> [Record] {
        let standing: StandingRedaction
        do throws(StoreError) { standing = try store.homeStandingRedaction() } catch { throw error.cliError(lang) }
        let (redacted, count) = standing.apply(to: records)
        reportStanding(count)
        return redacted
    }

    /// Creates session `child` (convened from `parent`, or its review) with `records`, and gives the `events` the
    /// parent records about it: what stands redacted in the parent stands in both, and in the child from now on;
    /// how many texts that replaced. Runs under the parent's lock.
    func createChild(_ child: String, records: [Record], of parent: String, recording events: [Event])
        throws(CommandFailure) -> (events: [Event], replaced: Int)
    {
        do throws(StoreError) {
            let standing = try store.standingRedaction(parent)
            let (redacted, inChild) = standing.apply(to: records)
            let (parentEvents, inParent) = standing.apply(to: events)
            try store.create(child, records: redacted)
            try store.inheritStanding(from: parent, to: child)
            return (parentEvents, inChild + inParent)
        } catch { throw .store(error) }
    }

    /// The bytes of the file named on the command line: 66 when there is none, 64 when it is a folder or a device
    /// (`/dev/null` is no minutes file).
    func readNamedFile(_ file: String) throws(CLIError) -> (path: String, data: Data) {
        let path = absolutePath(file)
        var info = stat()
        guard stat(path, &info) == 0 else { throw CLIError(.notFound, t(.message(.noFile(path: path)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw CLIError(.usage, t(.message(.notARegularFile(path: path))), usageOf: commandPath)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(.notFound, t(.message(.noFile(path: path))))
        }
        return (path, data)
    }

    /// `file` as given on the command line, made absolute against the working folder.
    func absolutePath(_ file: String) -> String {
        file.hasPrefix("/") ? file : environment.currentDirectory + "/" + file
    }

    // MARK: - Time

    /// The time to record: `--at` (ISO 8601, or `HH:MM` today), else now.
    func time() throws(CLIError) -> Timestamp {
        let now = environment.now()
        guard let text = globals.at else { return now }
        if let stamp = Timestamp.parse(text, defaultOffset: now.offsetSeconds) { return stamp }
        let parts = text.split(separator: ":")
        if parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...23).contains(hour), (0...59).contains(minute),
            let stamp = Timestamp.parse(
                now.civil.dateString + "T" + text + ":00", defaultOffset: now.offsetSeconds)
        {
            return stamp.at(offset: environment.offset(stamp.seconds))
        }
        throw .usage(
            t(.parse(.notATime(text: text))),
            command: commandPath)
    }

    /// The day `text` names (ISO 8601, `4-12-2026`, `4 december`, `vrijdag`, `over 2 weken`), read from today (or the
    /// day of `--at`).
    func date(_ text: String) throws(CLIError) -> CalendarDate {
        let today = CalendarDate(try time())
        guard let date = CalendarDate.parse(text, today: today) else {
            throw .usage(CLIText.text(.parse(.notADate(text: text)), lang), command: commandPath)
        }
        return date
    }

    /// Points out, on standard error, that `date` falls on a weekend or a public holiday
    /// ("Let op: dat is eerste kerstdag."); the date stands, a team decides when it works.
    func noteDayOff(_ date: CalendarDate?) {
        guard !globals.json, let day = date?.dayOff(lang) else { return }
        environment.output.err(Self.terminalSafe(t(.message(.dayOffNote(day: day)))) + "\n")
    }

    /// The day a date option names; nil when the option was not given.
    func date(_ text: String?) throws(CLIError) -> CalendarDate? {
        guard let text else { return nil }
        return try date(text)
    }

    /// The day a date option names, as the journal keeps it (`YYYY-MM-DD`); nil when the option was not given.
    func day(_ text: String?) throws(CLIError) -> String? { try date(text)?.description }

    /// How far `--at` may lie ahead of this machine's clock when recording: a clock a little behind the room's, not
    /// a date mistyped into the future.
    static let recordingLeeway: Int64 = 5 * 60

    /// The time `--at` gives a command that records, or nil without `--at`. A time more than a few minutes ahead
    /// of now is refused: it would stand in the journal as a meeting that has not happened, and every later record
    /// would have to follow it.
    func recordingTime() throws(CLIError) -> Timestamp? {
        guard let text = globals.at else { return nil }
        let stamp = try time()
        let now = environment.now()
        guard stamp.seconds <= now.seconds + Self.recordingLeeway else {
            throw .usage(
                t(.parse(.timeAhead(text: text, now: now.civil.dateString + " " + now.civil.timeString()))),
                command: commandPath)
        }
        return stamp
    }

    /// Now, or the session's last time if the clock stands behind it (a clock set back, a waiting process):
    /// only times given with `--at` are refused for going backwards.
    static func notBefore(_ state: SessionState, _ now: Timestamp) -> Timestamp {
        guard now < state.lastAt else { return now }
        return state.lastAt.at(offset: now.offsetSeconds)
    }

    /// `HH:MM` of a time, at the session's offset.
    func clock(_ stamp: Timestamp, in state: SessionState) -> String {
        stamp.at(offset: state.openedAt.offsetSeconds).civil.timeString()
    }
}

extension ProtocolCatalog {
    /// The protocols of `store`'s home as the command line reads them: a file's minutes' sections are checked
    /// against the sections the minutes know.
    static func of(_ store: SessionStore) -> ProtocolCatalog {
        ProtocolCatalog(store: store, minutesSections: MinutesSection.names)
    }
}
