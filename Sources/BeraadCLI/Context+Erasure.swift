import BeraadEngine
import BeraadMinutes
import BeraadStore
import Foundation

/// Erasing text from a session on disk: what `redact` and `forget` share.
extension Context {
    /// What an erasure did to one session.
    struct ErasureOutcome {
        /// How many occurrences were replaced.
        var count: Int
        /// The session after the erasure.
        var state: SessionState
        /// Whether the text went on the session's list of standing redactions now (false: it stood already, or
        /// none was asked for).
        var standingAdded = false
    }

    /// Rewrites session `id` under its lock with every text passed through `text` and every participant's name
    /// through `names` (each returning the new text and how many occurrences it replaced), records the erasure, and
    /// scrubs the session's other files with `scrub`. Nil when there was nothing to erase: then nothing is written.
    /// A dry run counts what would be erased and writes nothing. `standing`, when given, is put on the session's
    /// list of standing redactions under the same lock, so that no text recorded after the erasure holds it; the
    /// outcome is then given even when there was nothing to erase.
    func erase(
        _ id: String, reason: TextErased.Reason, by: String?,
        text: @escaping (String) -> (text: String, count: Int),
        names: @escaping (String) -> (text: String, count: Int),
        scrub: @escaping (String) -> String, dryRun: Bool = false, standing: String? = nil
    ) throws(CLIError) -> ErasureOutcome? {
        let explicit = try recordingTime()
        var outcome: ErasureOutcome?
        let standing = dryRun ? nil : standing
        do {
            try store.erase(id, standing: standing) { (contents) throws(CommandFailure) -> SessionStore.Rewrite? in
                reportTornTail(contents.tornTail, id: id)
                let before = try CommandFailure.store { () throws(StoreError) in try contents.session() }
                var added = false
                if let standing {
                    let list = try CommandFailure.store { () throws(StoreError) in try store.standingRedaction(id) }
                    added = list.term(for: standing).map { !list.terms.contains($0) } ?? false
                }
                guard
                    let erasure = try CommandFailure.rule({ () throws(RuleViolation) in
                        try JournalErasure(contents.records, text: text, names: names)
                    })
                else {
                    if standing != nil { outcome = ErasureOutcome(count: 0, state: before, standingAdded: added) }
                    return nil
                }
                if dryRun {
                    outcome = ErasureOutcome(count: erasure.count, state: before)
                    return nil
                }
                let at = explicit ?? Self.notBefore(before, environment.now())
                let stamp = at.at(offset: erasure.state.openedAt.offsetSeconds)
                let (records, after) = try CommandFailure.rule { () throws(RuleViolation) in
                    try erasure.recorded(
                        reason: reason, by: by, headHash: contents.headHash, fingerprint: contents.fingerprint,
                        at: stamp, given: explicit != nil)
                }
                outcome = ErasureOutcome(count: erasure.count, state: after, standingAdded: added)
                // The group's screen, if one was written, is written again under the same lock: it must not keep
                // the erased text for a moment longer than the journal.
                return SessionStore.Rewrite(records: records, scrub: scrub, board: { board(after) })
            }
        } catch { throw error.cliError(lang) }
        return outcome
    }

    /// The group's screen of `state` as `board` writes it.
    private func board(_ state: SessionState) -> String {
        state.board(langIsExplicit ? lang : state.language, now: environment.now()).html()
    }
}
