import BeraadEngine
import BeraadStore

/// Why a command that changes a journal did not: the meeting's rules refused it, or the store failed.
enum CommandFailure: Error {
    case rule(RuleViolation)
    case store(StoreError)

    /// The result of `body`, with a rule violation wrapped.
    static func rule<T>(_ body: () throws(RuleViolation) -> T) throws(CommandFailure) -> T {
        do { return try body() } catch { throw .rule(error) }
    }

    /// The result of `body`, with a store failure wrapped.
    static func store<T>(_ body: () throws(StoreError) -> T) throws(CommandFailure) -> T {
        do { return try body() } catch { throw .store(error) }
    }

    func cliError(_ lang: Language) -> CLIError {
        switch self {
        case .rule(let violation): return violation.cliError(lang)
        case .store(let failure): return failure.cliError(lang)
        }
    }
}

extension SessionStore.AppendError where Failure == CommandFailure {
    func cliError(_ lang: Language) -> CLIError {
        switch self {
        case .store(let failure): return failure.cliError(lang)
        case .rejected(let failure): return failure.cliError(lang)
        }
    }
}
