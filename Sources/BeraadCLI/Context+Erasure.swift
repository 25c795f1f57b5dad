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
    }

    /// Rewrites session `id` under its lock with every text passed through `text` and every participant's name
    /// through `names` (each returning the new text and how many occurrences it replaced), records the erasure, and
    /// scrubs the session's other files with `scrub`. Nil when there was nothing to erase: then nothing is written.
    /// A dry run counts what would be erased and writes nothing.
    func erase(
        _ id: String, reason: TextErased.Reason, by: String?,
        text: @escaping (String) -> (text: String, count: Int),
        names: @escaping (String) -> (text: String, count: Int),
        scrub: @escaping (String) -> String, dryRun: Bool = false
    ) throws(CLIError) -> ErasureOutcome? {
        let explicit = try recordingTime()
        var outcome: ErasureOutcome?
        do {
            try store.erase(id) { (contents) throws(CommandFailure) -> SessionStore.Rewrite? in
                reportTornTail(contents.tornTail, id: id)
                let before = try CommandFailure.store { () throws(StoreError) in try contents.session() }
                var count = 0
                let rewritten = contents.records.map { record in
                    var record = record
                    record.event = record.event.rewritingText(
                        { value in
                            let result = text(value)
                            count += result.count
                            return result.text
                        },
                        names: { value in
                            let result = names(value)
                            count += result.count
                            return result.text
                        })
                    return record
                }
                guard count > 0 else { return nil }
                // Two people must not become one: a name that loses the part that told it from another's.
                let state: SessionState
                do { state = try SessionState(replaying: rewritten) } catch {
                    throw .rule(.erasureBreaksSession)
                }
                guard state.participants.count == before.participants.count else {
                    throw .rule(.erasureBreaksSession)
                }
                if dryRun {
                    outcome = ErasureOutcome(count: count, state: before)
                    return nil
                }
                let firstChanged =
                    contents.records.indices.first { contents.records[$0] != rewritten[$0] } ?? rewritten.count
                let at = explicit ?? Self.notBefore(before, environment.now())
                let stamp = at.at(offset: state.openedAt.offsetSeconds)
                let erasure = TextErased(
                    reason: reason, by: by, count: count, previousHead: contents.headHash,
                    firstChangedLine: firstChanged + 1, previousFingerprint: contents.fingerprint)
                let events = try CommandFailure.rule { () throws(RuleViolation) in
                    try state.decide(.recordErasure(erasure), at: stamp)
                }
                let added = state.records(for: events, at: stamp, given: explicit != nil)
                var after = state
                for record in added { after.evolve(record) }
                outcome = ErasureOutcome(count: count, state: after)
                return SessionStore.Rewrite(records: rewritten + added, scrub: scrub)
            }
        } catch { throw error.cliError(lang) }
        if let outcome, !dryRun { refreshBoard(id, outcome.state) }
        return outcome
    }

    /// Writes the board kept in the home for session `id` again, if there is one, so that it loses erased text.
    func refreshBoard(_ id: String, _ state: SessionState) {
        let path = store.boardPath(id)
        guard access(path, F_OK) == 0 else { return }
        do throws(CLIError) { try BoardCommand.write(state, to: path, self) } catch {
            warn(error.message)
        }
    }
}
