import BeraadTestSupport
import Foundation

/// The built `beraad` on a pseudo-terminal: what a person types goes in as key bytes, what they see comes out.
final class PseudoTerminal: @unchecked Sendable {
    let process = Process()
    private let master: Int32
    private(set) var screen = ""
    /// What a person sees: the output as a terminal of this size shows it.
    private(set) var display: TerminalScreen

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts `beraad arguments` with a new terminal as its standard input, output and error.
    init(
        _ beraad: BeraadProcess, _ arguments: [String], extra: [String: String] = [:], columns: Int = 120,
        rows: Int = 40
    ) throws {
        display = TerminalScreen(columns: columns, rows: rows)
        // Linux's pseudo-terminal multiplexer: unlock the new terminal and ask its number (TIOCSPTLCK, TIOCGPTN).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw Failure(description: "no pseudo-terminal")
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure(description: "cannot open the terminal's other side") }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: BeraadProcess.executable)
        process.arguments = arguments
        process.environment = beraad.environment.merging(extra) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: beraad.directory)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Types `text` (and escape sequences) as key presses.
    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads what the program shows until `text` has appeared `count` times, or the time is up.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, seconds: Double = 10) throws -> String {
        try waitUntil("'\(text)' \(count)×", seconds: seconds) { _ in
            self.screen.components(separatedBy: text).count - 1 >= count
        }
    }

    /// Reads what the program shows until the screen, as a person sees it, meets `condition`, or the time is up.
    @discardableResult
    func waitUntil(
        _ what: String, seconds: Double = 10, _ condition: (TerminalScreen) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition(display) {
            guard Date() < deadline else {
                throw Failure(description: "\(what) did not appear; the screen shows:\n\(screen)")
            }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let read = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            guard read > 0 else { continue }
            screen += String(decoding: buffer[0..<read], as: UTF8.self)
            display.feed(Array(buffer[0..<read]))
        }
        return screen
    }

    /// Makes the terminal `columns` wide, as a person dragging the window does: the program is told with SIGWINCH
    /// (sent here, as the terminal is not the program's controlling one). What it showed is flowed into the new
    /// width, as terminals do.
    func resize(columns: Int) {
        var size = winsize(ws_row: UInt16(display.rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var flowed = TerminalScreen(columns: columns, rows: display.rows)
        flowed.feed(Array(display.text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        display = flowed
        kill(process.processIdentifier, SIGWINCH)
    }

    /// Waits for the program to end and returns its exit code.
    func exitCode(seconds: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            guard Date() < deadline else {
                throw Failure(description: "beraad did not end; the screen shows:\n\(screen)")
            }
            // Keep reading, so that a full terminal buffer cannot hold the program up.
            _ = try? waitFor("\u{0}", seconds: 0.1)
        }
        return process.terminationStatus
    }
}
