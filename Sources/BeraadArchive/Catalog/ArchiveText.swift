import BeraadEngine

extension Catalog {
    /// The words of the listings and the signal register across sessions.
    public enum ArchiveText: Sendable, Equatable {
        case answerColumn
        case dateColumn
        case levelColumn
        case noSignals
        case noTheme
        case registerAnonymised
        case registerKicker
        case registerMade
        case registerSignals
        case registerSince
        case registerTitle
        case signalColumn
        case stateColumn
        case toColumn
        case signalTheme(theme: String, count: Int, sessions: Int, first: String, last: String)
        case csvHeader
    }
}

// In Dutch and English side by side: one exhaustive switch, so a text missing in either language does not compile.

extension Catalog.ArchiveText {
    /// The text in both languages.
    public var text: LocalizedText {
        switch self {
        case .answerColumn:
            return LocalizedText(nl: "ANTWOORD", en: "ANSWER")
        case .dateColumn:
            return LocalizedText(nl: "DATUM", en: "DATE")
        case .levelColumn:
            return LocalizedText(nl: "NIVEAU", en: "LEVEL")
        case .noSignals:
            return LocalizedText(nl: "Geen signalen die hierbij passen.", en: "No signals match.")
        case .noTheme:
            return LocalizedText(nl: "zonder thema", en: "no theme")
        case .registerAnonymised:
            return LocalizedText(
                nl: "Zonder namen: deelnemers staan er met hun rol in, weggelaten tekst als […].",
                en: "Without names: participants appear by their role, erased text as […].")
        case .registerKicker:
            return LocalizedText(nl: "Signaleren", en: "Signals")
        case .registerMade:
            return LocalizedText(nl: "Gemaakt op", en: "Made on")
        case .registerSignals:
            return LocalizedText(nl: "Signalen", en: "Signals")
        case .registerSince:
            return LocalizedText(nl: "Sinds", en: "Since")
        case .registerTitle:
            return LocalizedText(nl: "Signalenregister", en: "Signal register")
        case .signalColumn:
            return LocalizedText(nl: "SIGNAAL", en: "SIGNAL")
        case .stateColumn:
            return LocalizedText(nl: "STATUS", en: "STATE")
        case .toColumn:
            return LocalizedText(nl: "AAN", en: "TO")
        case .signalTheme(let theme, let count, let sessions, let first, let last):
            return LocalizedText(
                nl:
                    "\(theme): \(count) \(count == 1 ? "signaal" : "signalen") uit \(sessions) \(sessions == 1 ? "sessie" : "sessies"), \(first) – \(last)",
                en:
                    "\(theme): \(count) \(count == 1 ? "signal" : "signals") from \(sessions) \(sessions == 1 ? "session" : "sessions"), \(first) – \(last)"
            )
        case .csvHeader:
            return LocalizedText(
                nl: "thema,gemeld,niveau,stand,signaal,aan,antwoord,sessies in thema",
                en: "theme,raised,level,state,signal,to,answer,sessions in theme")
        }
    }
}
