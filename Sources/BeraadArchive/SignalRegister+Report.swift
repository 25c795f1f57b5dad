import BeraadEngine
import BeraadMinutes
import BeraadStore

// The signal register as a report for a policy meeting: anonymised across sessions, as a page or as CSV.

extension SignalRegister {
    /// How a report writes a signal's level and state, as the command line spells them in its language.
    public struct Spelling {
        public var level: (SignalLevel) -> String
        public var state: (SignalState) -> String

        public init(level: @escaping (SignalLevel) -> String, state: @escaping (SignalState) -> String) {
            self.level = level
            self.state = state
        }
    }

    /// `themes` with every text scrubbed of its session's participants (role and number, in `language`) and
    /// redactions; a session that does not read keeps its texts as the listing had them.
    public static func anonymised(_ themes: [Theme], store: SessionStore, language: Language) -> [Theme] {
        var scrubbers: [String: TextScrubber] = [:]
        func scrubber(_ id: String) -> TextScrubber {
            if let known = scrubbers[id] { return known }
            let made: TextScrubber
            if let state = try? store.head(id).session() {
                made = TextScrubber(
                    redactions: state.redactions, anonymize: MinutesDocument.replacements(for: state, language))
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

    /// A theme's line: its word, how many signals from how many sessions, first and last seen.
    public static func heading(_ theme: Theme, _ language: Language) -> String {
        func t(_ key: Catalog.ArchiveText) -> String { key.text(language) }
        return t(
            .signalTheme(
                theme: theme.theme ?? t(.noTheme), count: theme.entries.count, sessions: theme.sessions,
                first: theme.firstSeen, last: theme.lastSeen))
    }

    /// The register as a page: per theme, its signals in a table; `made` is the day it is made, `since` the first
    /// day it covers.
    public static func page(
        _ themes: [Theme], since: String?, made: CalendarDate, language: Language, spelling: Spelling
    ) -> Page {
        func t(_ key: Catalog.ArchiveText) -> String { key.text(language) }
        var header: [Block] = [.title(kicker: t(.registerKicker), text: t(.registerTitle))]
        var facts = [
            Fact(t(.registerMade), made.spelledOut(language)),
            Fact(t(.registerSignals), String(themes.reduce(0) { $0 + $1.entries.count })),
        ]
        if let since, let day = CalendarDate(iso: since) {
            facts.append(Fact(t(.registerSince), day.spelledOut(language)))
        }
        header.append(.facts(facts))
        header.append(.note(t(.registerAnonymised)))
        if themes.isEmpty { header.append(.note(t(.noSignals))) }
        let body = themes.map { theme -> Block in
            .section(
                id: "thema-" + (theme.theme ?? "zonder"), title: theme.theme ?? t(.noTheme),
                blocks: [
                    .paragraph([Span(heading(theme, language))]),
                    .table(
                        Table(
                            header: [
                                t(.dateColumn), t(.levelColumn), t(.stateColumn), t(.signalColumn), t(.toColumn),
                                t(.answerColumn),
                            ],
                            rows: theme.entries.map { e in
                                [
                                    e.signal.raisedOn, e.signal.level.map(spelling.level) ?? "",
                                    e.signal.state.label(language), e.signal.text, e.signal.to ?? "",
                                    e.signal.answer ?? "",
                                ]
                            }, unbroken: [0])),
                ])
        }
        return Page(
            language: language, title: t(.registerTitle), header: header, body: body,
            colophon: Catalog.MinutesText.generatedBy.text(language))
    }

    /// The register as CSV (RFC 4180): one row per signal, its theme first.
    public static func csv(_ themes: [Theme], language: Language, spelling: Spelling) -> String {
        func field(_ text: String) -> String {
            let safe = TextSafety.neutralised(text)
            // A cell that begins like a formula is quoted with a leading apostrophe, so no spreadsheet runs it.
            let guarded = ["=", "+", "-", "@"].contains { safe.hasPrefix($0) } ? "'" + safe : safe
            let needsQuotes = guarded.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            return needsQuotes ? "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : guarded
        }
        // Headers and values in the session's language (CSV is read by people, in a spreadsheet).
        var lines = [Catalog.ArchiveText.csvHeader.text(language)]
        for theme in themes {
            for e in theme.entries {
                lines.append(
                    [
                        theme.theme ?? "", e.signal.raisedOn, e.signal.level.map(spelling.level) ?? "",
                        spelling.state(e.signal.state), e.signal.text, e.signal.to ?? "", e.signal.answer ?? "",
                        String(theme.sessions),
                    ].map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
