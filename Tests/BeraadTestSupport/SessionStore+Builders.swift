import BeraadEngine
import BeraadStore

// Sessions written into a home as the command line writes them, for the tests of the store and the archive.

extension SessionStore {
    /// Writes `builder`'s session into the home as a new session; returns its id.
    @discardableResult
    public func add(_ builder: SessionBuilder) throws -> String {
        try create(builder.state.id, records: builder.records)
        return builder.state.id
    }

    /// Why a recording or an erasure was refused.
    public enum Refusal: Error {
        case store(StoreError)
        case rule(RuleViolation)
    }

    /// Records `command` in session `id` through the engine under the session's lock, a minute after its last
    /// record, as the command line does.
    public func record(_ command: Command, in id: String) throws {
        try append(id) { (head) throws(Refusal) -> [Record] in
            let state: SessionState
            do throws(StoreError) { state = try head.session() } catch { throw .store(error) }
            let at = Timestamp(seconds: state.lastAt.seconds + 60, offsetSeconds: 3600)
            do throws(RuleViolation) {
                return state.records(for: try state.decide(command, at: at), at: at)
            } catch {
                throw .rule(error)
            }
        }
    }

    /// Erases `text` from session `id` under its lock, as `redact` does; false when there was nothing to erase.
    @discardableResult
    public func redact(_ text: String, in id: String) throws -> Bool {
        let erasing = { (value: String) in TextErasure.erasing(text, in: value) }
        var erased = false
        try erase(id) { (contents) throws(Refusal) -> SessionStore.Rewrite? in
            do throws(RuleViolation) {
                guard let erasure = try JournalErasure(contents.records, text: erasing, names: erasing) else {
                    return nil
                }
                let last = contents.records.last?.at ?? Timestamp(seconds: 0, offsetSeconds: 3600)
                let at = Timestamp(seconds: last.seconds + 60, offsetSeconds: 3600)
                let (records, _) = try erasure.recorded(
                    reason: .redacted, by: nil, headHash: contents.headHash, fingerprint: contents.fingerprint, at: at,
                    given: false)
                erased = true
                return SessionStore.Rewrite(records: records, scrub: { erasing($0).text })
            } catch {
                throw .rule(error)
            }
        }
        return erased
    }
}
