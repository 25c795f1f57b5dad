import BeraadArchive
import BeraadEngine
import BeraadMinutes

/// Every text the command line speaks, by key: its own kinds, and the words it shares with the minutes and the
/// listings across sessions. Each kind gives its key both languages in one exhaustive `switch`.
enum CLIText: Sendable, Equatable {
    case help(Catalog.HelpText)
    case message(Catalog.MessageText)
    case parse(Catalog.ParseText)
    case live(Catalog.LiveText)
    case status(Catalog.StatusText)
    case handout(Catalog.HandoutText)
    case placeholder(Catalog.PlaceholderText)
    case minutes(Catalog.MinutesText)
    case archive(Catalog.ArchiveText)

    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .help(let key): return key.text
        case .message(let key): return key.text
        case .parse(let key): return key.text
        case .live(let key): return key.text
        case .status(let key): return key.text
        case .handout(let key): return key.text
        case .placeholder(let key): return key.text
        case .minutes(let key): return key.text
        case .archive(let key): return key.text
        }
    }

    /// The text of `key` in `language`.
    static func text(_ key: CLIText, _ language: Language) -> String { key.text(language) }

    /// The text of `key` in both languages.
    static func localized(_ key: CLIText) -> LocalizedText { key.text }
}
