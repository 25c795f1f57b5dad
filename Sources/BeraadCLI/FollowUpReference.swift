import BeraadEngine
import BeraadStore

/// An action or a signal named on the command line: `2026-11-29-k7m2/a2` (its session and number), `k7m2/a2` (the
/// end of the session id, when only one session ends so), or `a2`/`e23` in the current session.
struct FollowUpReference: Equatable {
    var session: String
    var entry: String

    /// The reference `text` makes, its session found in the home.
    static func resolve(_ text: String, _ context: Context) throws(CLIError) -> FollowUpReference {
        let trimmed = text.trimmingWhitespace()
        guard let slash = trimmed.lastIndex(of: "/") else {
            return FollowUpReference(session: try context.sessionID(), entry: trimmed)
        }
        let entry = String(trimmed[trimmed.index(after: slash)...])
        return FollowUpReference(session: try context.session(named: String(trimmed[..<slash])), entry: entry)
    }
}

extension Context {
    /// The session `text` names: its whole id, or the end of it (`k7m2`, the part after the date) when only one
    /// session of the home ends so.
    func session(named text: String) throws(CLIError) -> String {
        let wanted = text.trimmingWhitespace().lowercased()
        let ids = store.sessionIDs()
        if ids.contains(wanted) { return wanted }
        let matches = wanted.isEmpty ? [] : ids.filter { $0.hasSuffix("-" + wanted) }
        guard matches.count == 1, let id = matches.first else {
            var error = StoreError.sessionNotFound(id: wanted).cliError(lang)
            error.suggestion = EditDistance.suggestion(for: wanted, among: ids)
            throw error
        }
        return id
    }
}
