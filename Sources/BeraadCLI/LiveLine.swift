import BeraadEngine

/// One line typed in the live mode, read as the command it stands for.
enum LiveLine: Equatable, Sendable {
    case empty
    /// The arguments of the ordinary command the line stands for.
    case run([String])
    case who
    case help
    case quit
    case invalid(LocalizedText)

    /// Option names that may follow the text of a contribution line (`Anna: autonomie --about meneer`).
    static let contributionOptions = ["--about", "--option", "--category", "--kind"]

    /// Reads `raw`: `NAME: TEXT`, `/kind NAME: TEXT`, or a `/command`.
    static func parse(_ raw: String) -> LiveLine {
        let line = raw.trimmingWhitespace()
        if line.isEmpty || line.hasPrefix("#") { return .empty }
        guard line.hasPrefix("/") else {
            return contribution(line, kind: nil)
        }
        let body = line.dropFirst()
        let word = String(body.prefix { !$0.isWhitespace }).lowercased()
        let rest = String(body.dropFirst(word.count)).trimmingWhitespace()
        switch word {
        case "quit", "exit", "q", "stop": return .quit
        case "help", "h", "?", "hulp": return .help
        case "who", "wie": return .who
        default: break
        }
        if let (name, syntax) = Commands.live(word) { return read(rest, as: name, syntax) }
        if let kind = kind(named: word) { return contribution(rest, kind: kind) }
        return .invalid(Catalog.localized(.live(.unknownCommand(word: word))))
    }

    /// The rest of a `/word` line as the arguments of the command `name`, by the command's live syntax.
    private static func read(_ rest: String, as name: String, _ syntax: LiveSyntax) -> LiveLine {
        switch syntax {
        case .words: return command(name, options: rest)
        case .reasonToEnd: return withReason(name, rest)
        case .textThenOptions: return textThenOptions(name, rest)
        case .wholeText(let usage): return rest.isEmpty ? missing(usage) : .run([name, rest])
        case .position: return position(rest)
        case .evaluation: return evaluation(rest)
        case .entryThenText(let asReason): return entryThenText(name, rest, asReason: asReason)
        }
    }

    /// The kind a `/word` names, in English or Dutch, if it is one `say` records.
    static func kind(named word: String) -> ContributionKind? {
        let kind =
            ContributionKind(rawValue: word) ?? ContributionKind.allCases.first { $0.label.nl == word }
        guard let kind, !kind.hasOwnCommand else { return nil }
        return kind
    }

    /// `NAME: TEXT [--about WHO] [--option L] [--category C]`.
    private static func contribution(_ text: String, kind: ContributionKind?) -> LiveLine {
        guard let colon = text.firstIndex(of: ":") else {
            return .invalid(
                Catalog.localized(.live(.expectedLineOrCommand)))
        }
        let name = text[..<colon].trimmingWhitespace()
        var content = text[text.index(after: colon)...].trimmingWhitespace()
        var options: [String] = []
        if let split = firstOption(in: content, among: contributionOptions) {
            switch Tokenizer.split(String(content[split...])) {
            case .success(let tokens): options = tokens
            case .failure(let problem): return .invalid(problem.message)
            }
            content = content[..<split].trimmingWhitespace()
        }
        guard !name.isEmpty, !content.isEmpty else {
            return .invalid(Catalog.localized(.live(.expectedLine)))
        }
        var arguments = ["say", name, content]
        if let kind { arguments += ["--kind", kind.rawValue] }
        return .run(arguments + options)
    }

    /// A command whose arguments are written as on the command line.
    private static func command(_ name: String, options: String) -> LiveLine {
        switch Tokenizer.split(options) {
        case .success(let tokens): return .run([name] + tokens)
        case .failure(let problem): return .invalid(problem.message)
        }
    }

    /// A command whose `--reason` takes the rest of the line, quoted or not (`/next --force --reason geen tijd`).
    private static func withReason(_ name: String, _ rest: String) -> LiveLine {
        guard let range = rest.range(of: "--reason") else { return command(name, options: rest) }
        let reason = rest[range.upperBound...].trimmingWhitespace()
        guard case .run(let arguments) = command(name, options: String(rest[..<range.lowerBound])) else {
            return command(name, options: rest)
        }
        let unquoted =
            reason.count >= 2
                && (reason.hasPrefix("\"") && reason.hasSuffix("\"") || reason.hasPrefix("'") && reason.hasSuffix("'"))
            ? String(reason.dropFirst().dropLast()) : reason
        return .run(arguments + ["--reason", unquoted])
    }

    /// `TEXT [--option …]`: the text needs no quotes; options start at the first ` --`.
    private static func textThenOptions(_ name: String, _ rest: String) -> LiveLine {
        if rest.hasPrefix("\"") || rest.hasPrefix("'") { return command(name, options: rest) }
        guard let split = firstOption(in: rest, among: nil) else {
            return rest.isEmpty ? command(name, options: "") : .run([name, rest])
        }
        let text = rest[..<split].trimmingWhitespace()
        switch Tokenizer.split(String(rest[split...])) {
        case .success(let tokens): return .run([name] + (text.isEmpty ? [] : [text]) + tokens)
        case .failure(let problem): return .invalid(problem.message)
        }
    }

    /// `/position NAME OPTION [because|omdat TEXT] [--cannot …]`.
    private static func position(_ rest: String) -> LiveLine {
        let words = rest.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else {
            return missing(.usagePosition)
        }
        var arguments = ["position", words[0], words[1]]
        guard words.count == 3 else { return .run(arguments) }
        var tail = words[2]
        for keyword in ["because ", "omdat ", "want "] where tail.lowercased().hasPrefix(keyword) {
            tail = String(tail.dropFirst(keyword.count))
            if let split = firstOption(in: tail, among: nil) {
                arguments += ["--because", tail[..<split].trimmingWhitespace()]
                tail = String(tail[split...])
            } else {
                return .run(arguments + ["--because", tail.trimmingWhitespace()])
            }
        }
        switch Tokenizer.split(tail) {
        case .success(let tokens): return .run(arguments + tokens)
        case .failure(let problem): return .invalid(problem.message)
        }
    }

    /// `/evaluate NAME [SCORE] TEXT`.
    private static func evaluation(_ rest: String) -> LiveLine {
        let words = rest.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else { return missing(.usageEvaluate) }
        if words.count == 3, let score = Int(words[1]) {
            return .run(["evaluate", words[0], words[2], "--score", String(score)])
        }
        return .run(["evaluate", words[0], words.dropFirst().joined(separator: " ")])
    }

    /// `/amend ENTRY TEXT` and `/retract ENTRY [REASON]`.
    private static func entryThenText(_ name: String, _ rest: String, asReason: Bool) -> LiveLine {
        let words = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).map(String.init)
        guard let entry = words.first else { return missing(.usageEntry(command: name)) }
        guard words.count == 2 else { return .run([name, entry]) }
        return .run(asReason ? [name, entry, "--reason", words[1]] : [name, entry, words[1]])
    }

    /// A line that lacks what its command needs, answered with the command's live usage.
    private static func missing(_ usage: Catalog.LiveText) -> LiveLine {
        .invalid(
            LocalizedText(
                nl: Catalog.text(.live(.usage(usage: Catalog.text(.live(usage), .nl))), .nl),
                en: Catalog.text(.live(.usage(usage: Catalog.text(.live(usage), .en))), .en)))
    }

    /// Where the first ` --name` option begins (one of `names`, or any when `nil`).
    private static func firstOption(in text: String, among names: [String]?) -> String.Index? {
        var search = text.startIndex
        while let range = text.range(of: " --", range: search..<text.endIndex) {
            let start = text.index(after: range.lowerBound)
            let word = text[start...].prefix { !$0.isWhitespace && $0 != "=" }
            if word.count > 2, names?.contains(String(word)) ?? true { return start }
            search = range.upperBound
        }
        return nil
    }
}

/// Splits a line into words as a shell would: spaces separate, quotes group, a backslash escapes.
enum Tokenizer {
    struct Problem: Error {
        var message: LocalizedText
    }

    static func split(_ text: String) -> Result<[String], Problem> {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
                continue
            }
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil || escaped {
            return .failure(
                Problem(message: Catalog.localized(.live(.quoteNotClosed)))
            )
        }
        if inWord { words.append(current) }
        return .success(words)
    }
}
