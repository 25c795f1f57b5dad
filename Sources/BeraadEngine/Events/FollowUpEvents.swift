// Events of what happens to a session before it starts and after it ends: starting a planned session, the
// follow-up of actions and signals, sharing for the case bank, and a review session opened from it. Follow-up is
// allowed after close and approval; it never changes the approved minutes.

/// A planned session starts: its first round begins now.
public struct SessionStarted: Codable, Sendable, Equatable {
    public init() {}
}

/// An agreed action is done, or open again.
public struct ActionFollowedUp: Codable, Sendable, Equatable {
    /// The entry id of the action (`e23`).
    public var action: EntryID
    /// Done (true) or reopened (false).
    public var done: Bool
    public var note: String?

    public init(action: EntryID, done: Bool, note: String? = nil) {
        self.action = action
        self.done = done
        self.note = note
    }
}

/// Where a signal stands: raised in a meeting, passed on to someone, answered, closed.
public enum SignalState: String, Codable, Sendable, CaseIterable, Equatable, Comparable {
    case raised
    case passedOn
    case answered
    case closed

    private var rank: Int {
        switch self {
        case .raised: 0
        case .passedOn: 1
        case .answered: 2
        case .closed: 3
        }
    }

    public static func < (lhs: SignalState, rhs: SignalState) -> Bool { lhs.rank < rhs.rank }
}

/// A signal moves on: passed on (to whom), answered (what came back), closed.
public struct SignalUpdated: Codable, Sendable, Equatable {
    /// The entry id of the signal.
    public var signal: EntryID
    public var state: SignalState
    /// Whom it was passed on to.
    public var to: String?
    /// What came back, or a note.
    public var text: String?

    public init(signal: EntryID, state: SignalState, to: String? = nil, text: String? = nil) {
        self.signal = signal
        self.state = state
        self.to = to
        self.text = text
    }
}

/// The approved session may go into the case bank (moresprudentie), anonymised; `by` is who agreed.
public struct SessionShared: Codable, Sendable, Equatable {
    public var by: String?

    public init(by: String? = nil) { self.by = by }
}

/// A review session was opened to follow this one up.
public struct FollowUpOpened: Codable, Sendable, Equatable {
    public var session: String
    public var title: String

    public init(session: String, title: String) {
        self.session = session
        self.title = title
    }
}

extension SignalState {
    /// The state as a facilitator says it.
    public func label(_ language: Language) -> String { Catalog.text(.kind(.signalState(self)), language) }
}
