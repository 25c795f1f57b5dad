import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `signals [--level L] [--state S] [--since DATE] [--team NAME] [--report --format markdown|html|csv]`: the
/// signal register across sessions, grouped by theme; `signals pass|answer|close` move a signal on.
struct SignalsCommand: BeraadCommand {
    /// How the report is written.
    enum Format: String, ChoiceValue {
        case markdown, html, csv

        var choice: Choice { Choice(english: rawValue, dutch: nil) }
    }

    static let level = Option<SignalLevel>(choice: "level", nl: "niveau", value: .level, .signalsLevel)
    static let state = Option<SignalState>(choice: "state", nl: "status", value: .state, .signalsState)
    static let since = Option("since", nl: "sinds", value: .date, .signalsSince)
    static let team = Option("team", value: .name, .listTeam)
    static let report = Flag("report", nl: "rapport", .signalsReport)
    static let format = Option<Format>(choice: "format", nl: "formaat", value: .format, .signalsFormat)
    static let output = Option("output", nl: "uitvoer", value: .file, .signalsOutput, kind: .file)
    static let declaration = CommandDeclaration(
        "signals", aliases: ["signalen"], group: .followUp, summary: .signals,
        options: [
            level.declaration, state.declaration, since.declaration, team.declaration, report.declaration,
            format.declaration, output.declaration,
        ],
        subcommands: [SignalPassCommand.self, SignalAnswerCommand.self, SignalCloseCommand.self])

    var level: SignalLevel?
    var state: SignalState?
    var since: String?
    var team: String?
    var report: Bool
    var format: Format?
    var output: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        level = try arguments.value(Self.level)
        state = try arguments.value(Self.state)
        since = try arguments.value(Self.since)
        team = try arguments.value(Self.team)
        report = arguments.flag(Self.report)
        format = try arguments.value(Self.format)
        output = try arguments.value(Self.output)
        if !report && (format != nil || output != nil) { throw .formatWithoutReport }
    }

    /// What `signals --json` prints for each theme.
    struct ThemeRow: Encodable {
        var theme: String?
        var count: Int
        var sessions: Int
        var firstSeen: String
        var lastSeen: String
        var signals: [SignalRow]
    }

    struct SignalRow: Encodable {
        var id: String
        var session: String
        var title: String
        var text: String
        var level: String?
        var state: String
        var to: String?
        var answer: String?
        var raised: String
    }

    func run(_ context: Context) throws(CLIError) {
        let from = try context.day(since)
        let (sessions, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let themes = SignalRegister.themes(sessions, level: level, state: state, since: from, team: team)
        if report {
            try writeReport(themes, since: from, context)
            return
        }
        if context.globals.json {
            try context.printJSON(["themes": themes.map(Self.row)])
            return
        }
        guard !themes.isEmpty else {
            context.print(context.t(.message(.noSignals)))
            return
        }
        for theme in themes {
            context.print(Self.heading(theme, context))
            for entry in theme.entries {
                let s = entry.signal
                var line = "  " + entry.id + "  " + s.raisedOn + "  " + s.state.label(context.lang)
                if let level = s.level { line += " · " + level.choice.spelling(context.lang) }
                line += "  " + s.text
                if let to = s.to { line += "  → " + to }
                if let answer = s.answer { line += "  ⇐ " + answer }
                context.print(line)
            }
        }
    }

    static func row(_ theme: SignalRegister.Theme) -> ThemeRow {
        ThemeRow(
            theme: theme.theme, count: theme.entries.count, sessions: theme.sessions, firstSeen: theme.firstSeen,
            lastSeen: theme.lastSeen,
            signals: theme.entries.map { e in
                SignalRow(
                    id: e.id, session: e.session, title: e.title, text: e.signal.text, level: e.signal.level?.rawValue,
                    state: e.signal.state.rawValue, to: e.signal.to, answer: e.signal.answer, raised: e.signal.raisedOn)
            })
    }

    /// A theme's line: its word, how many signals from how many sessions, first and last seen.
    static func heading(_ theme: SignalRegister.Theme, _ context: Context) -> String {
        context.t(
            .message(
                .signalTheme(
                    theme: theme.theme ?? context.t(.message(.noTheme)), count: theme.entries.count,
                    sessions: theme.sessions, first: theme.firstSeen, last: theme.lastSeen)))
    }

    // MARK: - The report

    /// The register for a policy meeting, anonymised: no participant's or client's name, redactions applied.
    private func writeReport(_ themes: [SignalRegister.Theme], since: String?, _ context: Context) throws(CLIError) {
        let scrubbed = try Self.anonymised(themes, context)
        let text: String
        switch format ?? .markdown {
        case .csv: text = Self.csv(scrubbed, context)
        case .markdown: text = MarkdownWriter.write(Self.page(scrubbed, since: since, context))
        case .html: text = HTMLWriter.write(Self.page(scrubbed, since: since, context))
        }
        guard let output else {
            context.environment.output.out(text)
            return
        }
        let path = context.absolutePath(output)
        do { try PrivateFile.write(text, to: path) } catch { throw error.cliError(context.lang) }
        context.environment.output.err(context.t(.message(.reportWritten(path: path))))
    }

    /// `themes` with every text scrubbed of its session's participants (role and number) and redactions.
    static func anonymised(_ themes: [SignalRegister.Theme], _ context: Context) throws(CLIError)
        -> [SignalRegister.Theme]
    {
        var scrubbers: [String: TextScrubber] = [:]
        func scrubber(_ id: String) -> TextScrubber {
            if let known = scrubbers[id] { return known }
            let made: TextScrubber
            if let state = try? context.readSession(id, quietly: true) {
                made = TextScrubber(
                    redactions: state.redactions,
                    anonymize: MinutesDocument.replacements(for: state, context.lang))
            } else {
                made = TextScrubber(redactions: [])
            }
            scrubbers[id] = made
            return made
        }
        return themes.map { theme in
            var theme = theme
            theme.entries = theme.entries.map { entry in
                var entry = entry
                let scrub = scrubber(entry.session)
                entry.title = scrub(entry.title)
                entry.signal.text = scrub(entry.signal.text)
                entry.signal.to = scrub(entry.signal.to)
                entry.signal.answer = scrub(entry.signal.answer)
                return entry
            }
            return theme
        }
    }

    /// The register as a page: per theme, its signals in a table.
    static func page(_ themes: [SignalRegister.Theme], since: String?, _ context: Context) -> Page {
        func t(_ key: Catalog.MessageText) -> String { context.t(.message(key)) }
        var header: [Block] = [.title(kicker: t(.registerKicker), text: t(.registerTitle))]
        var facts = [
            Fact(t(.registerMade), CalendarDate(context.environment.now()).spelledOut(context.lang)),
            Fact(t(.registerSignals), String(themes.reduce(0) { $0 + $1.entries.count })),
        ]
        if let since, let day = CalendarDate(iso: since) {
            facts.append(Fact(t(.registerSince), day.spelledOut(context.lang)))
        }
        header.append(.facts(facts))
        header.append(.note(t(.registerAnonymised)))
        if themes.isEmpty { header.append(.note(t(.noSignals))) }
        let body = themes.map { theme -> Block in
            .section(
                id: "thema-" + (theme.theme ?? "zonder"), title: theme.theme ?? t(.noTheme),
                blocks: [
                    .paragraph([Span(heading(theme, context))]),
                    .table(
                        Table(
                            header: [
                                t(.dateColumn), t(.levelColumn), t(.stateColumn), t(.signalColumn), t(.toColumn),
                                t(.answerColumn),
                            ],
                            rows: theme.entries.map { e in
                                [
                                    e.signal.raisedOn, e.signal.level.map { $0.choice.spelling(context.lang) } ?? "",
                                    e.signal.state.label(context.lang), e.signal.text, e.signal.to ?? "",
                                    e.signal.answer ?? "",
                                ]
                            }, unbroken: [0])),
                ])
        }
        return Page(
            language: context.lang, title: t(.registerTitle), header: header, body: body,
            colophon: Catalog.text(.minutes(.generatedBy), context.lang))
    }

    /// The register as CSV (RFC 4180): one row per signal, its theme first.
    static func csv(_ themes: [SignalRegister.Theme], _ context: Context) -> String {
        func field(_ text: String) -> String {
            let safe = TextSafety.neutralised(text)
            // A cell that begins like a formula is quoted with a leading apostrophe, so no spreadsheet runs it.
            let guarded = ["=", "+", "-", "@"].contains { safe.hasPrefix($0) } ? "'" + safe : safe
            let needsQuotes = guarded.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            return needsQuotes ? "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : guarded
        }
        // Headers and values in the session's language (CSV is read by people, in a spreadsheet).
        var lines = [context.t(.message(.csvHeader))]
        for theme in themes {
            for e in theme.entries {
                lines.append(
                    [
                        theme.theme ?? "", e.signal.raisedOn, e.signal.level?.choice.spelling(context.lang) ?? "",
                        e.signal.state.choice.spelling(context.lang), e.signal.text, e.signal.to ?? "",
                        e.signal.answer ?? "",
                        String(theme.sessions),
                    ].map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
