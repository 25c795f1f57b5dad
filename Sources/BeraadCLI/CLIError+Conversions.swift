import BeraadEngine
import BeraadStore

extension RuleViolation {
    func cliError(_ lang: Language) -> CLIError {
        var suggestion: String?
        if case .unknownParticipant(let name, let known) = self {
            suggestion = EditDistance.suggestion(for: name, among: known)
        }
        switch category {
        case .rule: return CLIError(.refused, message(lang))
        case .usage: return CLIError(.usage, message(lang))
        case .notFound: return CLIError(.notFound, message(lang), suggestion: suggestion)
        }
    }
}

extension StoreError {
    func cliError(_ lang: Language) -> CLIError { CLIError(exitCode, message(lang)) }

    /// The documented exit code of the error.
    var exitCode: ExitCode {
        switch self {
        case .io, .damaged, .unsure, .unsureUnmarked: return .ioError
        case .newerFormat, .impossible, .invalidConfig: return .invalidData
        case .locked: return .locked
        case .sessionNotFound, .noCurrentSession: return .notFound
        case .sessionExists, .wouldNotReplay, .sessionDiffers: return .refused
        case .invalidSessionID: return .usage
        }
    }
}

extension ProtocolCatalog.Failure {
    func cliError(_ lang: Language) -> CLIError {
        func t(_ key: CLIText) -> String { CLIText.text(key, lang) }
        switch self {
        case .notFound(let reference, let known, let aliases):
            let message =
                known.isEmpty
                ? t(.message(.noProtocol(reference: reference)))
                : t(.message(.noProtocolAmong(reference: reference, available: known.joined(separator: ", "))))
            return CLIError(
                .notFound, message,
                suggestion: EditDistance.suggestion(for: reference, among: known + aliases))
        case .invalid(let error):
            return CLIError(.invalidData, error.describe(lang))
        case .unreadable(let path, let message):
            return CLIError(.ioError, "\(path): \(message)")
        }
    }
}
