/// Where a session is in its life, with what each stage carries: one value, so that no impossible combination (an
/// approval while the meeting runs, a session shared before it was approved) can be represented.
public enum Lifecycle: Sendable, Equatable {
    /// Planned for a day (`SessionOpened.planned`); not started yet.
    case planned
    /// The meeting is on; `startedAt` is when a planned session started.
    case running(startedAt: Timestamp?)
    /// The meeting is over: closed or abandoned, and its minutes approved or not.
    case ended(Ending, startedAt: Timestamp?, approval: Approval?)

    /// How a meeting ended.
    public enum Ending: Sendable, Equatable {
        case closed(at: Timestamp)
        case abandoned(at: Timestamp, reason: String)
    }

    /// The approval of the minutes (vaststellen), and their sharing for the case bank after it.
    public struct Approval: Sendable, Equatable {
        public var at: Timestamp
        public var by: String?
        public var sharing: Sharing?

        public init(at: Timestamp, by: String?, sharing: Sharing? = nil) {
            self.at = at
            self.by = by
            self.sharing = sharing
        }
    }

    /// When the approved session was marked for the case bank, and who agreed.
    public struct Sharing: Sendable, Equatable {
        public var at: Timestamp
        public var by: String?

        public init(at: Timestamp, by: String?) {
            self.at = at
            self.by = by
        }
    }

    /// The state's one public name, as status, the listings, the minutes and the links give it: `planned`, `open`,
    /// `closed` or `abandoned`.
    public var name: String {
        switch self {
        case .planned: return "planned"
        case .running: return "open"
        case .ended(.closed, _, _): return "closed"
        case .ended(.abandoned, _, _): return "abandoned"
        }
    }

    /// When a planned session started.
    public var startedAt: Timestamp? {
        switch self {
        case .planned: return nil
        case .running(let startedAt), .ended(_, let startedAt, _): return startedAt
        }
    }

    /// The approval of the minutes, once they are approved.
    public var approval: Approval? {
        switch self {
        case .planned, .running: return nil
        case .ended(_, _, let approval): return approval
        }
    }
}
