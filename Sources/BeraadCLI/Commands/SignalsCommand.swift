import BeraadArchive
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
            context.print(context.t(.archive(.noSignals)))
            return
        }
        for theme in themes {
            context.print(SignalRegister.heading(theme, context.lang))
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

    // MARK: - The report

    /// The register for a policy meeting, anonymised: no participant's or client's name, redactions applied.
    private func writeReport(_ themes: [SignalRegister.Theme], since: String?, _ context: Context) throws(CLIError) {
        let lang = context.lang
        let scrubbed = SignalRegister.anonymised(themes, store: context.store, language: lang)
        let spelling = SignalRegister.Spelling(
            level: { $0.choice.spelling(lang) }, state: { $0.choice.spelling(lang) })
        let made = CalendarDate(context.environment.now())
        let text: String
        switch format ?? .markdown {
        case .csv: text = SignalRegister.csv(scrubbed, language: lang, spelling: spelling)
        case .markdown:
            text = MarkdownWriter.write(
                SignalRegister.page(scrubbed, since: since, made: made, language: lang, spelling: spelling))
        case .html:
            text = HTMLWriter.write(
                SignalRegister.page(scrubbed, since: since, made: made, language: lang, spelling: spelling))
        }
        guard let output else {
            context.environment.output.out(text)
            return
        }
        let path = context.absolutePath(output)
        do { try PrivateFile.write(text, to: path) } catch { throw error.cliError(context.lang) }
        context.environment.output.err(context.t(.message(.reportWritten(path: path))))
    }
}
