/// Replays a journal's records one at a time, as they are read, so that a reader need not keep them all:
/// `SessionState(replaying:)` is this over an array. The first failure stays; later records are ignored.
public struct Replayer: Sendable {
    private var state: SessionState?
    private var failure: ReplayError?
    /// Whether `state` and `failure` are set (a record is applied in place only after a look at these).
    private var opened = false
    private var failed = false

    public init() {}

    /// Goes on from `state`, replayed from the records before (a snapshot's). Pass the only reference to it, so
    /// that applying records does not copy it.
    public init(continuing state: consuming SessionState) {
        self.state = state
        opened = true
    }

    /// Goes on from the state `state` holds, taken out of it (it is nil after): the replayer then holds the only
    /// reference, and applying records changes the state in place.
    public init(taking state: inout SessionState?) {
        swap(&self.state, &state)
        opened = self.state != nil
    }

    /// Applies the next record.
    public mutating func apply(_ record: Record) {
        // The flags, not the optionals, are asked, and the state is checked and changed by one mutating call:
        // matching an optional state, or calling a method that does not mutate on it, copies it, and this is a
        // whole state, once per record.
        guard !failed else { return }
        guard opened else {
            guard case .sessionOpened(let opened) = record.event else {
                fail(.firstRecordDoesNotOpen(seq: record.seq))
                return
            }
            if let issue = opened.protocolDefinition.validationIssues().first {
                fail(.invalidProtocol(seq: record.seq, issue: issue))
                return
            }
            state = SessionState(opened: opened, seq: record.seq, at: record.at)
            state!.timesGiven = record.given
            self.opened = true
            return
        }
        if case .sessionOpened = record.event {
            fail(.openedAgain(seq: record.seq))
        } else if let reason = state!.evolveUnlessImpossible(record) {
            fail(.impossible(seq: record.seq, reason: reason))
        }
    }

    private mutating func fail(_ error: ReplayError) {
        failure = error
        failed = true
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
