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
    /// Keys typed after the Enter that ended the last line, read with it: the next line begins with them, so that
    /// a fast typist's next words are never lost.
    private var typedAhead: ArraySlice<Key> = []
    private let lock = NSLock()
    /// Whether Ctrl-C ended the last line.
    private(set) var wasInterrupted = false
    /// The terminal's own settings while raw mode is held for a whole live session.
    private var held: termios?

    init(input: Int32 = 0, output: Int32 = 1) {
        self.input = input
        self.output = output
    }

    /// The next line typed after `prompt`, starting from `initial`; `nil` at the end of input or on Ctrl-C. Ctrl-L
    /// clears the screen and shows `header` above the prompt again.
    func readLine(
        prompt: String, initial: String = "", history: [String] = [],
        header: () -> String = { "" },
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
            Self.watchResizes()
            // Only the prompt's last line is drawn again; the lines above it are shown once.
            let lines = prompt.split(separator: "\n", omittingEmptySubsequences: false)
            let head = lines.dropLast().map { $0 + "\r\n" }.joined()
            let last = String(lines.last ?? "")
            var editor = LineEditor(initial: initial, history: history)
            var line = WrappedLine(columns: columns())
            write(head)
            draw(last, editor, &line)
            while true {
                if typedAhead.isEmpty {
                    var buffer = [UInt8](repeating: 0, count: 256)
                    let count = buffer.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
                    if Self.resized != 0 { draw(last, editor, &line) }
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else {
                        write(line.leave())
                        return nil
                    }
                    // A slice, so that taking keys from its front costs nothing however much was pasted.
                    typedAhead = decoder.keys(from: Array(buffer[0..<count]))[...]
                }
                while !typedAhead.isEmpty {
                    let key = typedAhead.removeFirst()
                    switch editor.handle(key) {
                    case .changed:
                        draw(last, editor, &line)
                    case .unchanged:
                        continue
                    case .accepted(let text):
                        write(line.leave())
                        return text
                    case .complete:
                        completeWord(&editor, prompt: last, &line, complete)
                    case .clearScreen:
                        let shown = header().drop { $0 == "\n" }
                        write("\u{1B}[H\u{1B}[2J" + Self.rows(String(shown)) + head)
                        line.reset()
                        draw(last, editor, &line)
                    case .interrupted:
                        wasInterrupted = true
                        write("^C" + line.leave())
                        return nil
                    case .endOfInput:
                        write(line.leave())
                        return nil
                    }
                }
            }
        }
    }

    /// `text` with each line ending as raw mode wants it.
    private static func rows(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }

    /// Completes the word before the cursor: the one candidate, or what all candidates share, or else a list of them.
    private func completeWord(
        _ editor: inout LineEditor, prompt: String, _ line: inout WrappedLine, _ complete: (String) -> Completions
    ) {
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
                write(line.leave() + completions.candidates.joined(separator: "   ") + "\r\n")
            }
        }
        draw(prompt, editor, &line)
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

    /// The prompt and the line, over as many rows as they take, the cursor in its place.
    private func draw(_ prompt: String, _ editor: LineEditor, _ line: inout WrappedLine) {
        // A resize that arrived while keys were being handled: draw at the new width.
        if Self.resized != 0 {
            Self.resized = 0
            line.resize(to: columns())
        }
        let text = Context.terminalSafe(editor.text)
        let before = Context.terminalSafe(editor.textBeforeCursor)
        write(
            line.draw(
                prompt: prompt, promptWidth: WrappedLine.width(of: prompt), text: text,
                textWidth: WrappedLine.width(of: text), cursorWidth: WrappedLine.width(of: before)))
    }

    /// The terminal's width now; 80 where it does not say.
    private func columns() -> Int { Terminal.width(of: output) ?? 80 }

    nonisolated(unsafe) private static var resized: sig_atomic_t = 0

    /// Makes a change of the terminal's size (SIGWINCH) set a flag and interrupt the read, so that the line is
    /// drawn again at the new width.
    private static func watchResizes() {
        Terminal.interruptRead(on: SIGWINCH) { _ in TerminalLineEditor.resized = 1 }
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
