/// A section of the minutes; a protocol may list the ones it wants, in its own order.
public enum MinutesSection: String, Codable, Sendable, CaseIterable, Equatable {
    case links
    case agreements
    case participants
    case `case`
    case dilemma
    case grid
    case alternatives
    case positions
    case tally
    case decision
    case actions
    case signals
    case contributions
    case evaluation
    case time
    case forced
    case corrections

    /// Whether the section is accountability rather than minutes: it goes to the Verantwoording appendix,
    /// which an organisation can leave out of what it files.
    public var isAccountability: Bool {
        switch self {
        case .time, .forced, .corrections: return true
        case .links, .agreements, .participants, .case, .dilemma, .grid, .alternatives, .positions, .tally,
            .decision, .actions, .signals, .contributions, .evaluation:
            return false
        }
    }

    /// The order of the minutes when a protocol names none.
    public static let standardOrder: [MinutesSection] = allCases
}
