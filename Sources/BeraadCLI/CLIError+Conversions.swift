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
        func t(_ nl: String, _ en: String) -> String { LocalizedText(nl: nl, en: en)(lang) }
        switch self {
        case .io(let path, let operation, let message):
            return CLIError(
                .ioError,
                t("\(operation) van \(path) mislukt: \(message)", "\(operation) of \(path) failed: \(message)"))
        case .damaged(let path, let line, let detail):
            return CLIError(
                .ioError,
                t(
                    "\(path) is beschadigd op regel \(line) (\(detail)); er is niets geschreven. Maak een kopie en zie README, 'Herstel'",
                    "\(path) is damaged at line \(line) (\(detail)); nothing was written. Make a copy and see README, 'Recovery'"
                ))
        case .newerFormat(let path, let line, let detail):
            return CLIError(.invalidData, "\(path):\(line): \(detail)")
        case .locked(let path, let seconds):
            return CLIError(
                .locked,
                t(
                    "\(path) is na \(Int(seconds)) s nog steeds vergrendeld door een ander beraad-proces; probeer het opnieuw",
                    "\(path) is still locked by another beraad process after \(Int(seconds)) s; try again"))
        case .sessionNotFound(let id):
            return CLIError(
                .notFound,
                t("geen sessie '\(id)'; zie 'beraad sessions --all'", "no session '\(id)'; see 'beraad sessions --all'")
            )
        case .sessionExists(let id):
            return CLIError(.refused, t("sessie '\(id)' bestaat al", "session '\(id)' already exists"))
        case .invalidSessionID(let id):
            return CLIError(
                .usage,
                t(
                    "'\(id)' is geen sessie-id (alleen a-z, 0-9 en '-')",
                    "'\(id)' is not a session id (only a-z, 0-9 and '-')"))
        case .noCurrentSession:
            return CLIError(
                .notFound,
                t(
                    "geen actuele sessie; open er een met 'beraad new TITEL' of kies er een met 'beraad use ID'",
                    "no current session; open one with 'beraad new TITLE' or choose one with 'beraad use ID'"))
        }
    }
}

extension ProtocolCatalog.Failure {
    func cliError(_ lang: Language) -> CLIError {
        func t(_ nl: String, _ en: String) -> String { LocalizedText(nl: nl, en: en)(lang) }
        switch self {
        case .notFound(let reference, let known):
            let list = known.isEmpty ? "" : t("; beschikbaar: ", "; available: ") + known.joined(separator: ", ")
            return CLIError(
                .notFound, t("geen protocol '\(reference)'", "no protocol '\(reference)'") + list,
                suggestion: EditDistance.suggestion(for: reference, among: known))
        case .invalid(let error):
            return CLIError(.invalidData, error.description)
        case .unreadable(let path, let message):
            return CLIError(.ioError, "\(path): \(message)")
        }
    }
}
