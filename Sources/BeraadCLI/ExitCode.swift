/// The exit codes of CLI.md.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case refused = 1
    case usage = 64
    case invalidData = 65
    case notFound = 66
    case ioError = 74
    case locked = 75
}
