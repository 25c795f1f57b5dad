/// Replays a journal's records one at a time, as they are read, so that a reader need not keep them all:
/// `SessionState(replaying:)` is this over an array. The first failure stays; later records are ignored.
public struct Replayer: Sendable {
    private var state: SessionState?
    private var failure: ReplayError?

    public init() {}

    /// Goes on from `state`, replayed from the records before (a snapshot's). Pass the only reference to it, so
    /// that applying records does not copy it.
    public init(continuing state: consuming SessionState) { self.state = state }

    /// Applies the next record.
    public mutating func apply(_ record: Record) {
        guard failure == nil else { return }
        guard state != nil else {
            guard case .sessionOpened(let opened) = record.event else {
                failure = .firstRecordDoesNotOpen(seq: record.seq)
                return
            }
            if let issue = opened.protocolDefinition.validationIssues().first {
                failure = .invalidProtocol(seq: record.seq, issue: issue)
                return
            }
            state = SessionState(opened: opened, seq: record.seq, at: record.at)
            return
        }
        if case .sessionOpened = record.event {
            failure = .openedAgain(seq: record.seq)
        } else if let reason = state?.impossibility(of: record) {
            failure = .impossible(seq: record.seq, reason: reason)
        } else {
            // In place: the state is not copied for each record.
            state?.evolve(record)
        }
    }

    /// The state the records replay to, or the first reason they do not.
    public func result() throws(ReplayError) -> SessionState {
        if let failure { throw failure }
        guard let state else { throw .empty }
        return state
    }
}
