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

    /// The order of the minutes when a protocol names none.
    public static let standardOrder: [MinutesSection] = allCases
}
