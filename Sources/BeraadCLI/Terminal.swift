import Foundation

/// What `beraad` asks of the terminal: its width, colour, and Ctrl-C.
enum Terminal {
    /// The number of columns of the terminal `fd` writes to (standard output unless said), or `COLUMNS`; `nil`
    /// when it is no terminal.
    static func width(of fd: Int32 = 1) -> Int? {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns), value > 0 {
            return value
        }
        return nil
    }

    nonisolated(unsafe) private static var interruptFlag: sig_atomic_t = 0

    /// Whether SIGINT arrived since `catchInterrupt`.
    static var interrupted: Bool { interruptFlag != 0 }

    /// Makes Ctrl-C set a flag and interrupt a blocking read, so that the live mode can end cleanly; a command
    /// that is writing finishes its write first.
    static func catchInterrupt() {
        interruptRead(on: SIGINT) { _ in Terminal.interruptFlag = 1 }
    }

    /// Runs `handler` when `signal` arrives, and lets the signal end a blocking read (EINTR) instead of the read
    /// being resumed, so that the caller sees it at once.
    static func interruptRead(on signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        // Without SA_RESTART, a blocking read returns EINTR instead of being resumed.
        action.sa_flags = 0
        sigaction(signal, &action, nil)
        // A parent may have started us with the signal blocked (threads of a test runner do); unblock it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }
}

/// ANSI emphasis, used only on a terminal and never with `NO_COLOR` set.
struct Style {
    let enabled: Bool

    init(output: CLIOutput, variables: [String: String]) {
        enabled = output.isTerminal && (variables["NO_COLOR"] ?? "").isEmpty && variables["TERM"] != "dumb"
    }

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func warning(_ text: String) -> String { wrap("33", text) }
    func alert(_ text: String) -> String { wrap("1;31", text) }
    func good(_ text: String) -> String { wrap("32", text) }
}
