/// Erasing text from a session's records: the one rewrite of a journal that `redact` and `forget` make, as a pure
/// function of the records. The store writes what it returns, under the session's lock.
public struct JournalErasure: Sendable {
    /// The records with the text replaced, before the erasure is recorded.
    public var rewritten: [Record]
    /// How many occurrences were replaced.
    public var count: Int
    /// The session as the rewritten records make it.
    public var state: SessionState
    /// The index of the first record the rewrite changed.
    public var firstChanged: Int

    /// The rewrite of `records` with every text passed through `text` and every participant's name through `names`
    /// (each returning the new text and how many occurrences it replaced); `nil` when there is nothing to erase.
    /// Refused when the rewritten records no longer make a session, or make one of fewer people: two names must not
    /// become one by losing the part that told them apart.
    public init?(
        _ records: [Record], text: (String) -> (text: String, count: Int),
        names: (String) -> (text: String, count: Int)
    ) throws(RuleViolation) {
        var count = 0
        let rewritten = records.map { record in
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
        let before: SessionState
        let state: SessionState
        do {
            before = try SessionState(replaying: records)
            state = try SessionState(replaying: rewritten)
        } catch { throw .erasureBreaksSession }
        guard state.participants.count == before.participants.count else { throw .erasureBreaksSession }
        self.rewritten = rewritten
        self.count = count
        self.state = state
        self.firstChanged = records.indices.first { records[$0] != rewritten[$0] } ?? rewritten.count
    }

    /// The rewritten records with the erasure's own record after them, and the session they make: `headHash` and
    /// `fingerprint` are those of the journal before the rewrite, so that the record says what it replaced.
    public func recorded(
        reason: TextErased.Reason, by: String?, headHash: String, fingerprint: String?, at: Timestamp, given: Bool
    ) throws(RuleViolation) -> (records: [Record], state: SessionState) {
        let erasure = TextErased(
            reason: reason, by: by, count: count, previousHead: headHash, firstChangedLine: firstChanged + 1,
            previousFingerprint: fingerprint)
        let added = state.records(for: try state.decide(.recordErasure(erasure), at: at), at: at, given: given)
        var after = state
        for record in added { after.evolve(record) }
        return (rewritten + added, after)
    }
}
