/// Replays a journal's records one at a time, as they are read, so that a reader need not keep them all:
/// `SessionState(replaying:)` is this over an array. The first failure stays; later records are ignored.
public struct Replayer: Sendable {
    private var state: SessionState?
    private var failure: ReplayError?

    public init() {}

    /// Goes on from `state`, replayed from the records before (a snapshot's). Pass the only reference to it, so
    /// that applying records does not copy it.
    public init(continuing state: consuming SessionState) { self.state = state }

    /// Goes on from the state `state` holds, taken out of it (it is nil after): the replayer then holds the only
    /// reference, and applying records changes the state in place.
    public init(taking state: inout SessionState?) { swap(&self.state, &state) }

    /// Applies the next record.
    public mutating func apply(_ record: Record) {
        // `if case` and `take()` rather than `== nil` and `state?.`: those copy the optional, and this is a whole
        // state, once per record. Taken out, the state is changed in place and put back.
        if case .some = failure { return }
        guard case .some = state else {
            guard case .sessionOpened(let opened) = record.event else {
                failure = .firstRecordDoesNotOpen(seq: record.seq)
                return
            }
            if let issue = opened.protocolDefinition.validationIssues().first {
                failure = .invalidProtocol(seq: record.seq, issue: issue)
                return
            }
            state = SessionState(opened: opened, seq: record.seq, at: record.at)
            state?.timesGiven = record.given
            return
        }
        if case .sessionOpened = record.event {
            failure = .openedAgain(seq: record.seq)
        } else if let reason = state?.impossibility(of: record) {
            failure = .impossible(seq: record.seq, reason: reason)
        } else {
            state?.evolve(record)
        }
    }

    /// The state so far; nil before the opening and after a failure.
    public var current: SessionState? { failure == nil ? state : nil }

    /// The first reason the records do not replay, if one was met.
    public var firstFailure: ReplayError? { failure }

    /// The state the records replay to, or the first reason they do not.
    public func result() throws(ReplayError) -> SessionState {
        if let failure { throw failure }
        guard let state else { throw .empty }
        return state
    }
}

/// The session as its minutes show it, replayed record by record: once approved, as it stood at the last approval,
/// with the erasures made since. Follow-up after approval (actions done, signals passed on, sharing, a review
/// opened) never changes the approved minutes.
public struct MinutesReplayer: Sendable {
    private var replayer = Replayer()
    private var atApproval: SessionState?
    private var approvalSeq: Int?

    public init() {}

    /// Applies the next record.
    public mutating func apply(_ record: Record) {
        replayer.apply(record)
        switch record.event {
        case .minutesApproved:
            approvalSeq = record.seq
            atApproval = replayer.current
        case .textErased:
            // After the approval the erasure goes into the approved state too (before it, it is in it already).
            if approvalSeq != nil { atApproval?.evolve(record) }
        default:
            break
        }
    }

    /// The state the minutes show, or why the records up to the last approval do not replay.
    public func result() throws(ReplayError) -> SessionState {
        guard let approvalSeq else { return try replayer.result() }
        // What comes after the approval is not replayed for the minutes; a record before it that cannot be is
        // still refused.
        if let failure = replayer.firstFailure, failure.seq <= approvalSeq { throw failure }
        guard let atApproval else { throw .empty }
        return atApproval
    }
}
