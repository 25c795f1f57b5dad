import BeraadEngine
import BeraadStore
import Foundation

/// Everything `beraad` takes from the world: variables, the clock, the time zone, the working folder and where
/// output goes. Tests pass their own so that runs are deterministic.
public struct CLIEnvironment: Sendable {
    public var variables: [String: String]
    /// The current instant.
    public var clock: @Sendable () -> Int64
    /// The local UTC offset, in seconds, at an instant.
    public var offset: @Sendable (Int64) -> Int
    public var currentDirectory: String
    public var output: CLIOutput
    public var input: CLIInput
    /// Random numbers, for the random part of session ids; tests and the demo pass a seeded sequence.
    public var random: @Sendable () -> UInt64
    /// The home was checked and warned about already: a command the live mode runs for a line does not warn again.
    var homeChecked = false
    /// The live mode's session head, held between its lines: a line's command records from it and leaves the head
    /// after it there, so that a line costs what it records, not what the session holds.
    var held: HeldHead?

    public init(
        variables: [String: String], clock: @escaping @Sendable () -> Int64,
        offset: @escaping @Sendable (Int64) -> Int, currentDirectory: String, output: CLIOutput,
        input: CLIInput = .none, random: @escaping @Sendable () -> UInt64 = { UInt64.random(in: .min ... .max) }
    ) {
        self.random = random
        self.variables = variables
        self.clock = clock
        self.offset = offset
        self.currentDirectory = currentDirectory
        self.output = output
        self.input = input
    }

    /// The real process's environment: its variables, the system clock and time zone, standard output and error.
    public static func process() -> CLIEnvironment {
        CLIEnvironment(
            variables: processVariables(),
            clock: { Int64(Date().timeIntervalSince1970.rounded(.down)) },
            offset: localOffset,
            currentDirectory: FileManager.default.currentDirectoryPath,
            output: .standard, input: .standard)
    }

    /// The local time zone's offset from UTC at `seconds`, from the C library (`TZ`, else `/etc/localtime`), which
    /// reads the zone once per process; Foundation's `TimeZone.current` costs a short command more.
    static func localOffset(_ seconds: Int64) -> Int {
        var time = time_t(seconds)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return 0 }
        return parts.tm_gmtoff
    }

    /// The process's environment variables, read from `environ` as `getenv` would (the first of a name wins):
    /// `ProcessInfo` sets up more than a command needs, at a cost a short command notices.
    static func processVariables() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "="), variables[String(text[..<equals])] == nil {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }

    /// Now, at the local offset.
    public func now() -> Timestamp {
        let seconds = clock()
        return Timestamp(seconds: seconds, offsetSeconds: offset(seconds))
    }
}

/// Where `beraad` writes: standard output and standard error, or buffers in tests.
public struct CLIOutput: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Whether standard output is a terminal (colour and prompts only then).
    public var isTerminal: Bool
    /// The terminal's width in columns, when it is one.
    public var width: Int?

    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, isTerminal: Bool = false,
        width: Int? = nil
    ) {
        self.out = out
        self.err = err
        self.isTerminal = isTerminal
        self.width = width
    }

    /// The process's own standard output and error, written unbuffered so that nothing is lost on a crash.
    public static var standard: CLIOutput {
        CLIOutput(
            out: { text in FileDescriptorWriter.write(text, to: 1) },
            err: { text in FileDescriptorWriter.write(text, to: 2) },
            isTerminal: isatty(1) == 1, width: Terminal.width())
    }
}

/// Where the live mode reads lines from.
public struct CLIInput: Sendable {
    /// The next line without its newline; `nil` at the end of input or on an interrupt.
    public var readLine: @Sendable () -> String?
    /// Whether standard input is a terminal (then the live mode prompts and asks for confirmation).
    public var isTerminal: Bool
    /// Whether Ctrl-C was pressed.
    public var wasInterrupted: @Sendable () -> Bool
    /// Whether the line read last was longer than a line may be (it was cut short, and is refused).
    public var lastLineWasTooLong: @Sendable () -> Bool = { false }
    /// The line editor, when both standard input and output are a terminal.
    var editor: TerminalLineEditor?

    public init(
        readLine: @escaping @Sendable () -> String?, isTerminal: Bool,
        wasInterrupted: @escaping @Sendable () -> Bool = { false }
    ) {
        self.readLine = readLine
        self.isTerminal = isTerminal
        self.wasInterrupted = wasInterrupted
    }

    /// No input at all.
    public static let none = CLIInput(readLine: { nil }, isTerminal: false)

    /// The given lines, then the end of input.
    public static func lines(_ lines: [String]) -> CLIInput {
        let queue = LineQueue(lines)
        return CLIInput(readLine: { queue.next() }, isTerminal: false)
    }

    /// The process's standard input; Ctrl-C ends a read instead of killing the process.
    public static var standard: CLIInput {
        Terminal.catchInterrupt()
        let reader = LineReader(fd: 0)
        let editor = isatty(0) == 1 && isatty(1) == 1 ? TerminalLineEditor() : nil
        var input = CLIInput(
            readLine: { reader.next() }, isTerminal: isatty(0) == 1,
            wasInterrupted: { Terminal.interrupted || editor?.wasInterrupted == true })
        input.lastLineWasTooLong = { reader.lastWasTooLong }
        input.editor = editor
        return input
    }
}

/// A repeatable sequence of random numbers (SplitMix64), for session ids that are the same on every run.
public final class SeededRandom: @unchecked Sendable {
    private let lock = NSLock()
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next number of the sequence.
    public func next() -> UInt64 {
        lock.withLock {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

/// Lines handed out one at a time, for `CLIInput.lines`.
final class LineQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String]

    init(_ lines: [String]) { self.lines = lines }

    func next() -> String? { lock.withLock { lines.isEmpty ? nil : lines.removeFirst() } }
}

/// Writes text straight to a file descriptor.
enum FileDescriptorWriter {
    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, buffer.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            offset += count
        }
    }
}

/// Collects what a command writes, for tests.
public final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    public init() {}

    public var output: CLIOutput {
        CLIOutput(
            out: { [self] text in lock.withLock { outText += text } },
            err: { [self] text in lock.withLock { errText += text } })
    }

    public var stdout: String { lock.withLock { outText } }
    public var stderr: String { lock.withLock { errText } }
}

/// Reads lines from a file descriptor with `read(2)`, so that Ctrl-C (EINTR) ends the read instead of being
/// retried; invalid UTF-8 is repaired rather than refused.
///
/// `@unchecked Sendable` honestly: its only mutable state, the buffer, is touched under `lock` alone, so two
/// callers never read into it at once.
final class LineReader: @unchecked Sendable {
    /// The longest line taken: a longer one (a paste gone wrong, a file that is no transcript) is refused, and the
    /// input after it is read on.
    static let maximumLine = 64 * 1024

    private let fd: Int32
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var atEnd = false
    private var atStart = true
    private var tooLong = false

    init(fd: Int32) { self.fd = fd }

    /// The next line without its end (`\n`, `\r\n` or a bare `\r`); `nil` at the end or on an interrupt.
    func next() -> String? { lock.withLock { nextLocked() } }

    /// Whether the line `next` returned last was cut short because it was longer than `maximumLine`.
    var lastWasTooLong: Bool { lock.withLock { tooLong } }

    private func nextLocked() -> String? {
        tooLong = false
        var skipping = false
        while true {
            if atStart && buffer.count >= 3 {
                // A byte-order mark, as some editors save text, is no part of the first line.
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
                atStart = false
            }
            if let end = buffer.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                // A `\r` last in what was read may be the first half of `\r\n`: read on to tell.
                if buffer[end] == 0x0D && end == buffer.count - 1 && !atEnd && !Terminal.interrupted {
                    if !readMore() { continue }
                    continue
                }
                let line = Array(buffer[..<end])
                let length = buffer[end] == 0x0D && end + 1 < buffer.count && buffer[end + 1] == 0x0A ? 2 : 1
                buffer.removeFirst(end + length)
                if skipping || line.count > Self.maximumLine {
                    tooLong = true
                    return String(decoding: line.prefix(80), as: UTF8.self)
                }
                return String(decoding: line, as: UTF8.self)
            }
            if buffer.count > Self.maximumLine {
                // Too long already: keep its start for the message, drop the rest up to its end.
                if !skipping { skipping = true }
                buffer = Array(buffer.prefix(80))
            }
            if atEnd || Terminal.interrupted {
                guard !buffer.isEmpty, !Terminal.interrupted else { return nil }
                defer { buffer.removeAll() }
                if skipping { tooLong = true }
                return String(decoding: buffer, as: UTF8.self)
            }
            _ = readMore()
        }
    }

    /// Reads what is there into the buffer; false at the end of input.
    private func readMore() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer += chunk[0..<count]
            return true
        }
        if count == 0 || errno != EINTR { atEnd = true }
        return false
    }
}
