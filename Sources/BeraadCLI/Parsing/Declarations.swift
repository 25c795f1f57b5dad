import BeraadEngine

/// What the value of an option or argument is: how it is checked, shown in help and completed.
enum ValueKind: Sendable {
    /// Free text.
    case text
    /// A participant's name.
    case participant
    /// An option letter of the dilemma (`A`, `B`, …).
    case optionLetter
    /// An option letter with its text, `'A: TEXT'`.
    case labeledText
    /// A calendar date.
    case date
    /// A whole number.
    case number
    /// One of a closed set of values, each with its English and Dutch spelling.
    case choice([Choice])
    /// A role of the session's protocol.
    case role
    /// A category of the current round.
    case category
    /// A protocol id or a protocol file.
    case protocolReference
    /// A session id.
    case session
    /// An entry id from `beraad log`.
    case entry
    /// A file path.
    case file
    /// A folder path.
    case directory
    /// A command's name (for `help`); it may be followed by a sub-command's.
    case commandPath
}

/// One value of a closed set, as written in English and, where it differs, in Dutch.
struct Choice: Sendable, Equatable {
    var english: String
    var dutch: String?

    /// The spelling shown to someone reading `lang`.
    func spelling(_ lang: Language) -> String {
        switch lang {
        case .nl: return dutch ?? english
        case .en: return english
        }
    }

    /// Whether `written` is this value in either language.
    func matches(_ written: String) -> Bool { written == english || written == dutch }
}

/// A closed set of values an option takes, declared with their spellings in both languages.
protocol ChoiceValue: Sendable, CaseIterable {
    /// The value as written on the command line.
    var choice: Choice { get }
}

extension ChoiceValue {
    /// The value `written` names, in either language.
    static func named(_ written: String, among values: [Self]) -> Self? {
        values.first { $0.choice.matches(written) }
    }
}

/// An option; with `valueName` it takes a value, without it is a flag.
struct OptionDeclaration: Sendable {
    /// The English spelling, without `--`; also the key its values are kept under.
    var name: String
    /// The Dutch spelling, where it differs.
    var dutchName: String?
    /// What the value stands for in help (`NAME`, `NAAM`); `nil` for a flag.
    var valueName: Catalog.PlaceholderText?
    var kind: ValueKind
    var summary: LocalizedText
    var isRepeatable = false
    var isRequired = false
    /// The message for a value of the wrong shape, when the kind's own is not clear enough.
    var invalidValue: (@Sendable (_ value: String) -> Catalog.ParseText)?

    var takesValue: Bool { valueName != nil }

    /// The spelling shown to someone reading `lang`.
    func name(_ lang: Language) -> String {
        switch lang {
        case .nl: return dutchName ?? name
        case .en: return name
        }
    }

    /// The value's placeholder as help shows it to someone reading `lang`.
    func valueName(_ lang: Language) -> String? { valueName.map { CLIText.text(.placeholder($0), lang) } }

    /// Whether `--written` is this option in either language.
    func answers(to written: String) -> Bool { written == name || written == dutchName }

    /// The values it accepts, when they are a closed set, in `lang`.
    func values(_ lang: Language) -> [String] {
        guard case .choice(let choices) = kind else { return [] }
        return choices.map { $0.spelling(lang) }
    }
}

/// A positional argument.
struct ArgumentDeclaration: Sendable {
    /// The key its values are kept under: the English placeholder.
    var name: String
    /// What it stands for in help and usage lines.
    var placeholder: Catalog.PlaceholderText
    var kind: ValueKind
    var summary: LocalizedText
    var isOptional = false
    /// Takes all remaining positionals.
    var isVariadic = false
    /// The message for a value of the wrong shape.
    var invalidValue: (@Sendable (_ value: String) -> Catalog.ParseText)?
}

extension ValueKind {
    /// Whether the value names a file, or a protocol that may be one.
    var isFileLike: Bool {
        switch self {
        case .file, .protocolReference: return true
        case .text, .participant, .optionLetter, .labeledText, .date, .number, .choice, .role, .category, .session,
            .entry, .directory, .commandPath:
            return false
        }
    }
}

extension ArgumentDeclaration {
    /// `<name>` as help shows it to someone reading `lang`.
    func usageName(_ lang: Language) -> String {
        "<" + CLIText.text(.placeholder(placeholder), lang).lowercased() + ">"
    }
}
