import BeraadEngine
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

    public init(
        variables: [String: String], clock: @escaping @Sendable () -> Int64,
        offset: @escaping @Sendable (Int64) -> Int, currentDirectory: String, output: CLIOutput
    ) {
        self.variables = variables
        self.clock = clock
        self.offset = offset
        self.currentDirectory = currentDirectory
        self.output = output
    }

    /// The real process's environment: its variables, the system clock and time zone, standard output and error.
    public static func process() -> CLIEnvironment {
        CLIEnvironment(
            variables: ProcessInfo.processInfo.environment,
            clock: { Int64(Date().timeIntervalSince1970.rounded(.down)) },
            offset: { TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval($0))) },
            currentDirectory: FileManager.default.currentDirectoryPath,
            output: .standard)
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

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's own standard output and error, written unbuffered so that nothing is lost on a crash.
    public static let standard = CLIOutput(
        out: { text in FileDescriptorWriter.write(text, to: 1) },
        err: { text in FileDescriptorWriter.write(text, to: 2) })
}

/// Writes text straight to a file descriptor.
enum FileDescriptorWriter {
    static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
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
