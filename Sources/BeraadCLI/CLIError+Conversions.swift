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
    func cliError(_ lang: Language) -> CLIError {
        func t(_ key: Catalog.Key, _ args: String...) -> String { Catalog.text(key, lang, args) }
        switch self {
        case .io(let path, let operation, let message):
            return CLIError(
                .ioError,
                t(.ofFailed, operation, path, message))
        case .damaged(let path, let line, let detail):
            return CLIError(
                .ioError,
                t(.isDamagedAtLineNothingWas, path, String(line), detail(lang)))
        case .newerFormat(let path, let line, let error):
            return CLIError(.invalidData, "\(path):\(line): " + error.message(lang))
        case .locked(let path, let seconds):
            return CLIError(
                .locked,
                t(.isStillLockedByAnotherBeraad, "\(path)", "\(Int(seconds))"))
        case .sessionNotFound(let id):
            return CLIError(
                .notFound,
                t(.noSessionSeeBeraadSessionsAll, id)
            )
        case .sessionExists(let id):
            return CLIError(.refused, t(.sessionAlreadyExists, id))
        case .invalidSessionID(let id):
            return CLIError(
                .usage,
                t(.isNotASessionIdOnly, id))
        case .noCurrentSession:
            return CLIError(
                .notFound,
                t(.noCurrentSessionOpenOneWith))
        }
    }
}

extension ProtocolCatalog.Failure {
    func cliError(_ lang: Language) -> CLIError {
        func t(_ key: Catalog.Key, _ args: String...) -> String { Catalog.text(key, lang, args) }
        switch self {
        case .notFound(let reference, let known):
            let list = known.isEmpty ? "" : t(.available) + known.joined(separator: ", ")
            return CLIError(
                .notFound, t(.noProtocol, reference) + list,
                suggestion: EditDistance.suggestion(for: reference, among: known))
        case .invalid(let error):
            return CLIError(.invalidData, error.describe(lang))
        case .unreadable(let path, let message):
            return CLIError(.ioError, "\(path): \(message)")
        }
    }
}
