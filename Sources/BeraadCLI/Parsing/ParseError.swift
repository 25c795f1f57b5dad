import BeraadEngine

/// Everything that can be wrong with a command line before a command runs; `message(_:)` is the one place these
/// become text, in Dutch or English.
enum ParseError: Error, Sendable {
    case unknownCommand(String, known: [String])
    case unknownSubcommand(String, of: String, known: [String])
    /// `--name` that is no option of the command; `known` are the options it has.
    case unknownOption(String, known: [OptionDeclaration])
    /// A word that starts with `-` but is no option and no number.
    case unknownShortOption(String)
    case missingValue(option: String)
    case flagWithValue(option: String)
    case repeatedOption(String)
    case invalidValue(String, option: OptionDeclaration)
    case invalidArgument(String, argument: ArgumentDeclaration)
    case unexpectedArgument(String)
    case missingArgument(ArgumentDeclaration)
    case missingOption(OptionDeclaration)
    /// `next --reason` without `--force`.
    case reasonWithoutForce
    case formatWithoutReport
    /// Two options that name the same thing, both given.
    case eitherOption(OptionDeclaration, OptionDeclaration)
    /// `--option`/`--harm` whose value does not start with an option letter.
    case unlabeled(option: String, value: String)

    /// The message in `lang`.
    func message(_ lang: Language) -> String {
        func t(_ key: Catalog.ParseText) -> String { CLIText.text(.parse(key), lang) }
        switch self {
        case .unknownCommand(let word, _): return t(.unknownCommand(word: word))
        case .unknownSubcommand(let word, let command, _): return t(.unknownSubcommand(word: word, command: command))
        case .unknownOption(let name, _): return t(.unknownOption(name: name))
        case .unknownShortOption(let word): return t(.unknownShortOption(word: word))
        case .missingValue(let option): return t(.missingValue(name: option))
        case .flagWithValue(let option): return t(.flagWithValue(name: option))
        case .repeatedOption(let option): return t(.repeatedOption(name: option))
        case .invalidValue(let value, let option):
            if let invalid = option.invalidValue { return t(invalid(value)) }
            return t(
                .invalidValue(
                    value: value, name: option.name(lang), choices: option.values(lang).joined(separator: ", ")))
        case .invalidArgument(let value, let argument):
            return t(argument.invalidValue?(value) ?? .unexpectedArgument(word: value))
        case .unexpectedArgument(let word): return t(.unexpectedArgument(word: word))
        case .missingArgument(let argument): return t(.missingArgument(name: argument.usageName(lang)))
        case .missingOption(let option): return t(.missingOption(name: option.name(lang)))
        case .reasonWithoutForce: return t(.reasonWithoutForce)
        case .formatWithoutReport: return t(.formatWithoutReport)
        case .eitherOption(let first, let second):
            return t(.eitherOption(first: "--" + first.name(lang), second: "--" + second.name(lang)))
        case .unlabeled(let option, let value): return t(.unlabeled(option: option, value: value))
        }
    }

    /// A `Did you mean …?` for a word within a small edit distance of one that exists, spelled as someone reading
    /// `lang` types it.
    func suggestion(_ lang: Language) -> String? {
        switch self {
        case .unknownCommand(let word, let known), .unknownSubcommand(let word, _, let known):
            return EditDistance.suggestion(for: word, among: known)
        case .unknownOption(let name, let known):
            // Near either spelling, offered in the session's.
            let spellings = known.flatMap { [$0.name] + ($0.dutchName.map { [$0] } ?? []) }
            guard let near = EditDistance.suggestion(for: name, among: spellings),
                let option = known.first(where: { $0.answers(to: near) })
            else { return nil }
            return "--" + option.name(lang)
        case .invalidValue(let value, let option):
            guard case .choice(let choices) = option.kind else { return nil }
            return EditDistance.suggestion(
                for: value, among: choices.flatMap { [$0.english] + ($0.dutch.map { [$0] } ?? []) })
        case .invalidArgument(let value, let argument):
            guard case .choice(let choices) = argument.kind else { return nil }
            return EditDistance.suggestion(for: value, among: choices.map(\.english))
        case .unknownShortOption, .missingValue, .flagWithValue, .repeatedOption, .unexpectedArgument,
            .missingArgument, .missingOption, .reasonWithoutForce, .formatWithoutReport, .unlabeled, .eitherOption:
            return nil
        }
    }

    /// The usage error (exit 64) that reports this for `command` (a path such as `protocols show`).
    func cliError(_ lang: Language, command: String?) -> CLIError {
        .usage(message(lang), command: command, suggestion: suggestion(lang))
    }
}
