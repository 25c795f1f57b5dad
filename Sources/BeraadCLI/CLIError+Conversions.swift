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
    /// Seconds as a person reads them: `10`, `0.5`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    func cliError(_ lang: Language) -> CLIError {
        func t(_ key: Catalog.Key) -> String { Catalog.text(key, lang) }
        switch self {
        case .io(let path, let operation, let message):
            return CLIError(
                .ioError,
                t(.message(.ioFailed(operation: operation, path: path, reason: message))))
        case .damaged(let path, let line, let detail):
            return CLIError(
                .ioError,
                t(.message(.journalDamaged(path: path, line: String(line), detail: detail(lang)))))
        case .newerFormat(let path, let line, let error):
            return CLIError(.invalidData, "\(path):\(line): " + error.message(lang))
        case .locked(let path, let seconds):
            return CLIError(
                .locked,
                t(.message(.sessionLocked(path: "\(path)", seconds: Self.seconds(seconds)))))
        case .sessionNotFound(let id):
            return CLIError(
                .notFound,
                t(.message(.noSession(id: id)))
            )
        case .sessionExists(let id):
            return CLIError(.refused, t(.message(.sessionExists(id: id))))
        case .invalidSessionID(let id):
            return CLIError(
                .usage,
                t(.message(.notASessionID(id: id))))
        case .noCurrentSession:
            return CLIError(
                .notFound,
                t(.message(.noCurrentSession)))
        case .unsureUnmarked(let path, let guarded):
            return CLIError(
                .ioError, t(.message(guarded ? .writeUnsureReadOnly(path: path) : .writeUnsureUnguarded(path: path))))
        case .unsure(let path, let marker):
            return CLIError(.ioError, t(.message(.writeUnsure(path: path, marker: marker))))
        case .impossible(let path, let line, let detail):
            return CLIError(
                .invalidData, t(.message(.journalImpossible(path: path, line: String(line), detail: detail(lang)))))
        case .wouldNotReplay(let path, let line, let detail):
            return CLIError(
                .refused, t(.message(.wouldNotReplay(path: path, line: String(line), detail: detail(lang)))))
        case .sessionDiffers(let id):
            return CLIError(.refused, t(.message(.sessionDiffers(id: id))))
        case .invalidConfig(let path, let line, let detail):
            return CLIError(.invalidData, "\(path):\(line): " + detail(lang))
        }
    }
}

extension ProtocolCatalog.Failure {
    func cliError(_ lang: Language) -> CLIError {
        func t(_ key: Catalog.Key) -> String { Catalog.text(key, lang) }
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
