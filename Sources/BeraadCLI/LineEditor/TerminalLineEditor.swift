import Foundation

/// Reads one line at a time on a terminal with the `LineEditor`: the terminal is in raw mode only while a line is
/// typed, and the line is drawn again in place after every key.
final class TerminalLineEditor: @unchecked Sendable {
    /// What completing the word before the cursor offers: where the word starts (in characters) and the candidates.
    struct Completions {
        var start: Int
        var candidates: [String]
    }

    private let input: Int32
    private let output: Int32
    /// The decoder keeps bytes of a key that arrived in part; touched only while `lock` is held.
    private var decoder = KeyDecoder()
    private let lock = NSLock()
    /// Whether Ctrl-C ended the last line.
    private(set) var wasInterrupted = false
    /// The terminal's own settings while raw mode is held for a whole live session.
    private var held: termios?

    init(input: Int32 = 0, output: Int32 = 1) {
        self.input = input
        self.output = output
    }

    /// The next line typed after `prompt`, starting from `initial`; `nil` at the end of input or on Ctrl-C.
    func readLine(
        prompt: String, initial: String = "", history: [String] = [],
        complete: (String) -> Completions = { _ in
            Completions(start: 0, candidates: [])
        }
    ) -> String? {
        lock.withLock {
            // Raw mode is held for the whole session when it can be, so that keys typed while a command runs are
            // kept for the next line instead of being echoed and read as a line by the terminal.
            let saved = held == nil ? enterRawMode() : nil
            guard held != nil || saved != nil else { return nil }
            defer { if let saved { leaveRawMode(saved) } }
            var editor = LineEditor(initial: initial, history: history)
            draw(prompt, editor)
            while true {
                var buffer = [UInt8](repeating: 0, count: 256)
                let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    write("\r\n")
                    return nil
                }
                for key in decoder.keys(from: Array(buffer[0..<count])) {
                    switch editor.handle(key) {
                    case .changed:
                        draw(prompt, editor)
                    case .unchanged:
                        continue
                    case .accepted(let line):
                        write("\r\n")
                        return line
                    case .complete:
                        completeWord(&editor, prompt: prompt, complete)
                    case .interrupted:
                        wasInterrupted = true
                        write("^C\r\n")
                        return nil
                    case .endOfInput:
                        write("\r\n")
                        return nil
                    }
                }
            }
        }
    }

    /// Completes the word before the cursor: the one candidate, or what all candidates share, or else a list of them.
    private func completeWord(_ editor: inout LineEditor, prompt: String, _ complete: (String) -> Completions) {
        let typed = editor.textBeforeCursor
        let completions = complete(typed)
        let word = String(typed.dropFirst(completions.start))
        guard !completions.candidates.isEmpty else {
            write("\u{07}")
            return
        }
        if completions.candidates.count == 1, let only = completions.candidates.first {
            editor.replace(from: completions.start, with: only)
        } else {
            let shared = Self.sharedPrefix(completions.candidates)
            if shared.count > word.count {
                editor.replace(from: completions.start, with: shared)
            } else {
                write("\r\n" + completions.candidates.joined(separator: "   ") + "\r\n")
            }
        }
        draw(prompt, editor)
    }

    /// The longest start all `words` share, compared without case.
    static func sharedPrefix(_ words: [String]) -> String {
        guard var shared = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(shared.count, characters.count),
                shared[length].lowercased() == characters[length].lowercased()
            {
                length += 1
            }
            shared = Array(shared.prefix(length))
        }
        return String(shared)
    }

    /// Holds raw mode until `release` (the live mode holds it while it runs); output still ends lines properly.
    func hold() { lock.withLock { if held == nil { held = enterRawMode() } } }

    /// Gives the terminal its own settings back.
    func release() {
        lock.withLock {
            if let saved = held { leaveRawMode(saved) }
            held = nil
        }
    }

    /// The prompt and the line, the cursor in its place.
    private func draw(_ prompt: String, _ editor: LineEditor) {
        let after = editor.characters[editor.cursor...].reduce(0) { $0 + Self.width(of: $1) }
        write("\r" + prompt + Context.terminalSafe(editor.text) + "\u{1B}[K" + (after > 0 ? "\u{1B}[\(after)D" : ""))
    }

    /// The columns a character takes: two for wide characters and emoji.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    private func write(_ text: String) { FileDescriptorWriter.write(text, to: output) }

    /// Switches the terminal to raw mode; returns the settings to restore, or `nil` when it is no terminal.
    private func enterRawMode() -> termios? {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSADRAIN, &raw) == 0 else { return nil }
        return saved
    }

    private func leaveRawMode(_ saved: termios) {
        var saved = saved
        tcsetattr(input, TCSADRAIN, &saved)
    }
}
