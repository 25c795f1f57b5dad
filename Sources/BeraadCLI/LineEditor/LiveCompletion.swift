import BeraadEngine

/// What Tab offers in the live mode: `/commands`, participants' names, the options of the line's command and their
/// values, as the session's language spells them. Derived from the command declarations, like the shell completion.
struct LiveCompletion {
    let state: SessionState
    let lang: Language

    /// The candidates for the word before the cursor (`typed` is the line up to the cursor).
    func complete(_ typed: String) -> TerminalLineEditor.Completions {
        // A line that starts with a name: the name may hold spaces, so all of it is the word.
        if !typed.hasPrefix("/") && !typed.contains(":") {
            return TerminalLineEditor.Completions(start: 0, candidates: matching(names, typed).map { $0 + ": " })
        }
        let wordStart = typed.lastIndex(where: \.isWhitespace).map { typed.index(after: $0) } ?? typed.startIndex
        let word = String(typed[wordStart...])
        let start = typed.distance(from: typed.startIndex, to: wordStart)
        let earlier = typed[..<wordStart].split(whereSeparator: \.isWhitespace).map(String.init)
        func offer(_ candidates: [String], then suffix: String = " ") -> TerminalLineEditor.Completions {
            TerminalLineEditor.Completions(start: start, candidates: matching(candidates, word).map { $0 + suffix })
        }
        if typed.hasPrefix("/") && earlier.isEmpty { return offer(commandWords) }
        // `/feit Lo`: the name after a kind's word, completed with its colon as at the start of a line.
        if let kindWord = earlier.first, earlier.count >= 1, LiveLine.kind(named: String(kindWord.dropFirst())) != nil {
            let nameStart = typed.index(typed.startIndex, offsetBy: kindWord.count)
            let rest = typed[nameStart...].drop { $0.isWhitespace }
            if !rest.contains(":") && !rest.contains("--") {
                return TerminalLineEditor.Completions(
                    start: typed.distance(from: typed.startIndex, to: rest.startIndex),
                    candidates: matching(names, String(rest)).map { $0 + ": " })
            }
        }
        // A `/command` line, or else a contribution (`NAME: text`), which `say` records.
        let command = earlier.first.flatMap { first in
            first.hasPrefix("/") ? Commands.live(String(first.dropFirst()).lowercased())?.command : nil
        }
        let options = command?.declaration.options ?? SayCommand.declaration.options
        if word.hasPrefix("--") {
            return offer(options.map { "--" + $0.name(lang) })
        }
        if let previous = earlier.last, previous.hasPrefix("--"),
            let option = options.first(where: { $0.answers(to: String(previous.dropFirst(2))) }), option.takesValue
        {
            // The kinds a contribution can be here: those the round accepts that `say` records.
            if option.answers(to: SayCommand.kind.declaration.name) {
                let kinds = state.currentRound?.accepts.filter { !$0.hasOwnCommand } ?? []
                return offer((kinds + [.note]).map { $0.choice.spelling(lang) })
            }
            return offer(values(option.kind))
        }
        // The first argument of a command that names a participant, and the option letter after it.
        guard let command, command.declaration.live != nil else { return offer([]) }
        let index = earlier.count - 1
        let arguments = command.declaration.arguments
        guard index < arguments.count else { return offer([]) }
        // A name with a space is quoted, so that it stays one argument.
        let candidates = matching(values(arguments[index].kind), word.replacingOccurrences(of: "\"", with: ""))
        return TerminalLineEditor.Completions(
            start: start, candidates: candidates.map { ($0.contains(" ") ? "\"" + $0 + "\"" : $0) + " " })
    }

    private var names: [String] { state.participants.map(\.name) }

    /// `/next`, `/volgende`, `/waarde`, … in the session's language first, then the other.
    private var commandWords: [String] {
        var words: [String] = []
        for command in Commands.all where command.declaration.live != nil {
            let declaration = command.declaration
            words += lang == .nl ? declaration.aliases + [declaration.name] : [declaration.name] + declaration.aliases
        }
        for kind in ContributionKind.allCases where !kind.hasOwnCommand {
            words += lang == .nl ? [kind.label(.nl), kind.rawValue] : [kind.rawValue, kind.label(.nl)]
        }
        words += lang == .nl ? ["wie", "hulp", "who", "help", "quit"] : ["who", "help", "quit", "wie", "hulp"]
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }.map { "/" + $0 }
    }

    private func values(_ kind: ValueKind) -> [String] {
        switch kind {
        case .participant: return names
        case .optionLetter: return state.dilemmaOptions.map(\.label.description)
        case .choice(let choices): return choices.map { $0.spelling(lang) }
        case .category: return state.currentRound?.categories.map { $0.name(lang) } ?? []
        case .role: return state.protocolDefinition.roles.map { $0.name(lang) }
        case .entry: return state.liveEntries.map(\.id.description)
        case .text, .labeledText, .date, .number, .protocolReference, .session, .file, .directory, .commandPath:
            return []
        }
    }

    /// The `candidates` that start with `prefix`, in any case.
    private func matching(_ candidates: [String], _ prefix: String) -> [String] {
        let lower = prefix.lowercased()
        return candidates.filter { $0.lowercased().hasPrefix(lower) }
    }
}
