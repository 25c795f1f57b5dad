/// A session as its journal stands: not yet opened, or opened with everything its events tell. Commands and
/// events are applied to whichever it is, as a state machine whose cases carry their data.
public enum Session: Sendable, Equatable {
    /// No record yet: only opening is possible.
    case unopened
    case opened(SessionState)

    /// The session after replaying `records`; fails unless the first opens it and no other does.
    public init(replaying records: [Record]) throws(ReplayError) {
        self = records.isEmpty ? .unopened : .opened(try SessionState(replaying: records))
    }

    /// The opened state, if the session is opened.
    public var state: SessionState? {
        switch self {
        case .unopened: return nil
        case .opened(let state): return state
        }
    }

    /// Checks `command` against the session: before opening only `open` is allowed.
    public func decide(_ command: Command, at: Timestamp) throws(RuleViolation) -> [Event] {
        switch self {
        case .opened(let state):
            return try state.decide(command, at: at)
        case .unopened:
            guard
                case .open(let id, let title, let definition, let facilitator, let lang, let parent, let details) =
                    command
            else { throw .notOpened }
            return try SessionState.decideOpen(
                id: id, title: title, definition: definition, facilitator: facilitator, lang: lang, parent: parent,
                details: details)
        }
    }

    /// Applies one record. Total: a record other than an opening does nothing before the session is opened.
    public mutating func evolve(_ record: Record) {
        switch self {
        case .unopened:
            if case .sessionOpened(let opened) = record.event {
                self = .opened(SessionState(opened: opened, seq: record.seq, at: record.at))
            }
        case .opened(var state):
            state.evolve(record)
            self = .opened(state)
        }
    }

    /// `events` as records numbered after the last one.
    public func records(for events: [Event], at: Timestamp, given: Bool = false) -> [Record] {
        let last = state?.lastSeq ?? 0
        return events.enumerated().map { Record(seq: last + 1 + $0.offset, at: at, event: $0.element, given: given) }
    }
}

/// Why a journal's records cannot be a session.
public enum ReplayError: Error, Sendable, Equatable {
    /// There are no records at all.
    case empty
    /// The first record is not the opening of a session.
    case firstRecordDoesNotOpen(seq: Int)
    /// A session is opened a second time.
    case openedAgain(seq: Int)
    /// The protocol the opening carries breaks a rule every protocol must meet (a number out of range, …): a
    /// journal no `beraad new` could have written.
    case invalidProtocol(seq: Int, issue: ProtocolIssue)
    /// A record that could not follow the ones before it (see `SessionState.impossibility(of:)`).
    case impossible(seq: Int, reason: Catalog.JournalText)

    /// The number of the record that is wrong, counting from 1.
    public var seq: Int {
        switch self {
        case .empty: return 1
        case .firstRecordDoesNotOpen(let seq), .openedAgain(let seq), .invalidProtocol(let seq, _),
            .impossible(let seq, _):
            return seq
        }
    }
}
