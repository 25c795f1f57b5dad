import BeraadEngine

/// One line typed in the live mode, read as the command it stands for.
///
/// Lines are written as people talk, so they need no quotes: a command's last argument takes the rest of the text
/// before its first option, and every option's value runs to the next option (`/position Yasmina B omdat ik dan de
/// enige blijf --cannot Milan nu beschermen`). Quotes still group text that holds something like an option. A
/// `--word` that is no option of the command is refused, with a suggestion, rather than stored inside a text.
enum LiveLine: Equatable, Sendable {
    case empty
    /// The arguments of the ordinary command the line stands for.
    case run([String])
    case who
    case help
    case quit
    case invalid(LocalizedText)

    /// Reads `raw`: `NAME: TEXT`, `/kind NAME: TEXT`, or a `/command`.
    static func parse(_ raw: String) -> LiveLine {
        let line = raw.trimmingWhitespace()
        if line.isEmpty || line.hasPrefix("#") { return .empty }
        guard line.hasPrefix("/") else { return contribution(line, kind: nil) }
        let body = line.dropFirst()
        let word = String(body.prefix { !$0.isWhitespace }).lowercased()
        let rest = String(body.dropFirst(word.count)).trimmingWhitespace()
        switch word {
        case "quit", "exit", "q", "stop": return .quit
        case "help", "h", "?", "hulp": return .help
        case "who", "wie": return .who
        default: break
        }
        if let (command, syntax) = Commands.live(word) { return read(rest, as: command, syntax) }
        if let kind = kind(named: word) { return contribution(rest, kind: kind) }
        return .invalid(unknownCommand(word))
    }

    /// Every `/word` the live mode knows, in English and Dutch: its commands, the kinds `say` records, and its own.
    static var knownWords: [String] {
        Commands.all.filter { $0.declaration.live != nil }.flatMap { [$0.declaration.name] + $0.declaration.aliases }
            + ContributionKind.allCases.filter { !$0.hasOwnCommand }.flatMap { [$0.rawValue, $0.label.nl] }
            + ["quit", "exit", "stop", "help", "hulp", "who", "wie"]
    }

    /// The refusal of an unknown `/word`, with the known word nearest to it, if one is near: a typo in the room
    /// (`/volgnde`) is mended by typing the line again, so the line should say how.
    private static func unknownCommand(_ word: String) -> LocalizedText {
        let unknown = CLIText.localized(.live(.unknownCommand(word: word)))
        guard let suggestion = EditDistance.suggestion(for: word, among: knownWords) else { return unknown }
        return LocalizedText(
            nl: unknown.nl + CLIText.text(.live(.didYouMean(suggestion: "/" + suggestion)), .nl),
            en: unknown.en + CLIText.text(.live(.didYouMean(suggestion: "/" + suggestion)), .en))
    }

    /// The kind a `/word` names, in English or Dutch, if it is one `say` records.
    static func kind(named word: String) -> ContributionKind? {
        let kind = ContributionKind(rawValue: word) ?? ContributionKind.allCases.first { $0.label.nl == word }
        guard let kind, !kind.hasOwnCommand else { return nil }
        return kind
    }

    /// `NAME: TEXT [--about WHO] [--option L] …`, as `say`.
    private static func contribution(_ text: String, kind: ContributionKind?) -> LiveLine {
        guard let colon = text.firstIndex(of: ":") else {
            return .invalid(CLIText.localized(.live(kind == nil ? .expectedLineOrCommand : .expectedLine)))
        }
        let name = text[..<colon].trimmingWhitespace()
        let split: Split
        switch Split.read(String(text[text.index(after: colon)...]), options: SayCommand.declaration.options) {
        case .success(let value): split = value
        case .failure(let problem): return .invalid(problem.message)
        }
        guard !name.isEmpty, let content = split.head else { return .invalid(CLIText.localized(.live(.expectedLine))) }
        return .run(["say", name, content] + (kind.map { ["--kind", $0.rawValue] } ?? []) + split.options)
    }

    /// The rest of a `/word` line as the arguments of `command`.
    private static func read(_ rest: String, as command: any BeraadCommand.Type, _ syntax: LiveSyntax) -> LiveLine {
        let declaration = command.declaration
        let split: Split
        switch Split.read(rest, options: declaration.options) {
        case .success(let value): split = value
        case .failure(let problem): return .invalid(problem.message)
        }
        var words = [declaration.name]
        var options = split.options
        switch syntax {
        case .standard:
            words += positionals(split.head, count: declaration.arguments.count)
        case .position:
            // `NAME OPTION because|omdat|want TEXT`: the reason may be written as a word rather than an option.
            let parts = positionals(split.head, count: 3)
            guard parts.count >= 2 else { return missing { _ in .usagePosition } }
            words += parts.prefix(2)
            if parts.count == 3 {
                var reason = parts[2]
                for keyword in ["because ", "omdat ", "want "] where reason.lowercased().hasPrefix(keyword) {
                    reason = String(reason.dropFirst(keyword.count)).trimmingWhitespace()
                }
                options = ["--because", reason] + options
            }
        case .evaluation:
            // `NAME [SCORE] TEXT`, or as on the command line, `NAME TEXT --score N` (`NAME --score N TEXT` too: the
            // option's value then runs on into the text).
            var parts = positionals(split.head, count: 3)
            if let at = options.firstIndex(of: "--score"), at + 1 < options.count {
                let (score, text) = Split.firstWord(options[at + 1])
                let rest = text.trimmingWhitespace()
                if !rest.isEmpty, Int(score) != nil, parts.count == 1 {
                    options[at + 1] = score
                    parts.append(rest)
                }
            }
            guard parts.count >= 2 else { return missing { _ in .usageEvaluate } }
            if parts.count == 3, Int(parts[1]) != nil {
                words += [parts[0], parts[2]]
                options = ["--score", parts[1]] + options
            } else {
                words += [parts[0], parts.dropFirst().joined(separator: " ")]
            }
        case .entryThenReason:
            // `ENTRY [REASON]`: the rest of the line is why.
            let parts = positionals(split.head, count: 2)
            guard let entry = parts.first else { return missing { .usageEntry(command: declaration.name($0)) } }
            words.append(entry)
            if parts.count == 2 { options = ["--reason", parts[1]] + options }
        }
        return .run(words + options)
    }

    /// `head` as at most `count` arguments: single words (or quoted texts) first, the last taking the rest.
    private static func positionals(_ head: String?, count: Int) -> [String] {
        guard var rest = head?.trimmingWhitespace(), !rest.isEmpty, count > 0 else { return head.map { [$0] } ?? [] }
        var result: [String] = []
        while result.count < count - 1, !rest.isEmpty {
            let (word, remainder) = Split.firstWord(rest)
            result.append(word)
            rest = remainder.trimmingWhitespace()
        }
        if !rest.isEmpty { result.append(Split.unquoted(rest)) }
        return result
    }

    private static func missing(_ usage: (Language) -> Catalog.LiveText) -> LiveLine {
        .invalid(
            LocalizedText(
                nl: CLIText.text(.live(.usage(usage: CLIText.text(.live(usage(.nl)), .nl))), .nl),
                en: CLIText.text(.live(.usage(usage: CLIText.text(.live(usage(.en)), .en))), .en)))
    }
}

/// A line's text split at its options: the text before the first option, and the options with their values as
/// command-line words (in their English spelling, which the parser reads in any language).
struct Split: Equatable {
    var head: String?
    var options: [String]

    /// Why a line cannot be split.
    struct Problem: Error {
        var message: LocalizedText
    }

    /// Splits `text` at every ` --name` that is one of `options` or a global option; any other `--word` is refused.
    static func read(_ text: String, options declared: [OptionDeclaration]) -> Result<Split, Problem> {
        let known = declared + GlobalOptions.declarations
        var split = Split(head: nil, options: [])
        var current: (option: OptionDeclaration, written: String)?
        var value = ""
        var index = text.startIndex
        func finish() -> Problem? {
            let trimmed = value.trimmingWhitespace()
            defer { value = "" }
            guard let (option, written) = current else {
                split.head = trimmed.isEmpty ? nil : trimmed
                return nil
            }
            if option.takesValue {
                guard !trimmed.isEmpty else {
                    return Problem(message: parseMessage(.missingValue(name: written)))
                }
                split.options += ["--" + option.name, unquoted(trimmed)]
            } else {
                guard trimmed.isEmpty else { return Problem(message: parseMessage(.flagWithValue(name: written))) }
                split.options.append("--" + option.name)
            }
            return nil
        }
        while index < text.endIndex {
            let character = text[index]
            let atWordStart = index == text.startIndex || text[text.index(before: index)].isWhitespace
            // A quoted text at the start of a value or a word goes in whole, options and all.
            if atWordStart, character == "\"" || character == "'",
                let close = closingQuote(character, in: text, after: index)
            {
                value += text[index...close]
                index = text.index(after: close)
                continue
            }
            if atWordStart, let (name, end) = optionToken(in: text, at: index) {
                if let problem = finish() { return .failure(problem) }
                guard let option = known.first(where: { $0.answers(to: name) }) else {
                    return .failure(Problem(message: unknown(name, among: known)))
                }
                current = (option, name)
                index = end
                continue
            }
            value.append(character)
            index = text.index(after: index)
        }
        if let problem = finish() { return .failure(problem) }
        return .success(split)
    }

    /// `--name` (letters, digits and `-`) starting at `index`, and where it ends; `--` alone or `--5` is text.
    private static func optionToken(in text: String, at index: String.Index) -> (String, String.Index)? {
        guard text[index...].hasPrefix("--") else { return nil }
        let start = text.index(index, offsetBy: 2)
        let name = text[start...].prefix { $0.isLetter || $0.isNumber || $0 == "-" }
        guard let first = name.first, first.isLetter else { return nil }
        let end = name.endIndex
        guard end == text.endIndex || text[end].isWhitespace || text[end] == "=" else { return nil }
        return (String(name), end < text.endIndex && text[end] == "=" ? text.index(after: end) : end)
    }

    /// The index of the quote that closes the one at `open`: the next same quote followed by a space or the end.
    private static func closingQuote(_ quote: Character, in text: String, after open: String.Index) -> String.Index? {
        var index = text.index(after: open)
        while index < text.endIndex {
            if text[index] == quote {
                let next = text.index(after: index)
                if next == text.endIndex || text[next].isWhitespace { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The first word of `text` (a quoted text counts as one), and the rest.
    static func firstWord(_ text: String) -> (String, String) {
        if let first = text.first, first == "\"" || first == "'",
            let close = closingQuote(first, in: text, after: text.startIndex)
        {
            return (String(text[text.index(after: text.startIndex)..<close]), String(text[text.index(after: close)...]))
        }
        let word = text.prefix { !$0.isWhitespace }
        return (String(word), String(text[word.endIndex...]))
    }

    /// `text` without the quotes around it, if it is quoted as a whole.
    static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first,
            closingQuote(first, in: text, after: text.startIndex) == text.index(before: text.endIndex)
        else { return text }
        return String(text.dropFirst().dropLast())
    }

    private static func unknown(_ name: String, among options: [OptionDeclaration]) -> LocalizedText {
        let names = options.flatMap { [$0.name] + ($0.dutchName.map { [$0] } ?? []) }
        let suggestion = EditDistance.suggestion(for: name, among: names)
        return LocalizedText(
            nl: CLIText.text(.parse(.unknownOption(name: name)), .nl)
                + (suggestion.map { CLIText.text(.live(.didYouMean(suggestion: "--" + $0)), .nl) } ?? ""),
            en: CLIText.text(.parse(.unknownOption(name: name)), .en)
                + (suggestion.map { CLIText.text(.live(.didYouMean(suggestion: "--" + $0)), .en) } ?? ""))
    }

    private static func parseMessage(_ key: Catalog.ParseText) -> LocalizedText { CLIText.localized(.parse(key)) }
}
