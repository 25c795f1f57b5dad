import BeraadEngine

/// A failed command: what to tell the facilitator, and the exit code.
public struct CLIError: Error, Sendable {
    public var code: ExitCode
    public var message: String
    /// For usage errors: the command whose usage line and help pointer follow the message.
    public var usageOf: String?
    /// A `Did you mean …?` suggestion.
    public var suggestion: String?

    public init(_ code: ExitCode, _ message: String, usageOf: String? = nil, suggestion: String? = nil) {
        self.code = code
        self.message = message
        self.usageOf = usageOf
        self.suggestion = suggestion
    }

    /// A usage error (exit 64) for `command`.
    static func usage(_ message: String, command: String?, suggestion: String? = nil) -> CLIError {
        CLIError(.usage, message, usageOf: command ?? "", suggestion: suggestion)
    }
}
