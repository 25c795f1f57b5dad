/// The line being typed at the live mode's prompt, with its cursor and history: a value that takes keys and says
/// what happened, with no terminal in it, so every key is tested in-process.
struct LineEditor {
    /// What a key did.
    enum Outcome: Equatable {
        /// The line or cursor changed: draw it again.
        case changed
        /// Nothing to do (a key that does not apply, such as Left at the start).
        case unchanged
        /// Enter: the line is done.
        case accepted(String)
        /// Tab: complete the word before the cursor.
        case complete
        /// Ctrl-L: clear the screen and show the round again.
        case clearScreen
        case interrupted
        /// Ctrl-D on an empty line.
        case endOfInput
    }

    /// The characters of the line; a character is what a person sees as one (é, 👍🏽).
    private(set) var characters: [Character]
    /// The cursor's place, in characters.
    private(set) var cursor: Int
    private var history: [String]
    /// Which history line is shown; `history.count` is the line being typed.
    private var historyIndex: Int
    /// The line being typed, kept while browsing the history.
    private var draft: [Character] = []

    init(initial: String = "", history: [String] = []) {
        characters = Array(initial)
        cursor = characters.count
        self.history = history
        historyIndex = history.count
    }

    var text: String { String(characters) }

    /// The text before the cursor, for completion.
    var textBeforeCursor: String { String(characters[..<cursor]) }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .left:
            guard cursor > 0 else { return .unchanged }
            cursor -= 1
        case .right:
            guard cursor < characters.count else { return .unchanged }
            cursor += 1
        case .home, .lineStart:
            cursor = 0
        case .end, .lineEnd:
            cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return .unchanged }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return .unchanged }
            characters.remove(at: cursor)
        case .killToEnd:
            characters.removeSubrange(cursor...)
        case .killToStart:
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .killWord:
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .up:
            guard historyIndex > 0 else { return .unchanged }
            if historyIndex == history.count { draft = characters }
            historyIndex -= 1
            show(Array(history[historyIndex]))
        case .down:
            guard historyIndex < history.count else { return .unchanged }
            historyIndex += 1
            show(historyIndex == history.count ? draft : Array(history[historyIndex]))
        case .tab:
            return .complete
        case .enter:
            return .accepted(text)
        case .clearScreen:
            return .clearScreen
        case .interrupt:
            return .interrupted
        case .endOfInput:
            if characters.isEmpty { return .endOfInput }
            return handle(.delete)
        case .ignored:
            return .unchanged
        }
        return .changed
    }

    /// Replaces the text before the cursor from `start` (a character offset) with `replacement`.
    mutating func replace(from start: Int, with replacement: String) {
        let start = max(0, min(start, cursor))
        characters.replaceSubrange(start..<cursor, with: Array(replacement))
        cursor = start + replacement.count
    }

    private mutating func show(_ line: [Character]) {
        characters = line
        cursor = line.count
    }
}
