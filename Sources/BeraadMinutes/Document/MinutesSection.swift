import BeraadEngine

/// A section of the minutes; a protocol may list the ones it wants, in its own order, by name. The minutes alone
/// know the sections: the engine keeps a protocol's list as names, and the protocol catalog and `protocols lint`
/// check them against `names`.
public enum MinutesSection: String, Codable, Sendable, CaseIterable, Equatable {
    /// What the reader reads first: the inbrenger's question, the dilemma, the decision with its support and
    /// dissent, the actions and the review date.
    case summary
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
    /// The method's rounds one by one, each with its cards and what they hold, and the outcomes recorded in it;
    /// for a method that is its cards (the afwegingskader).
    case steps

    /// Whether the section is accountability rather than minutes: it goes to the Verantwoording appendix,
    /// which an organisation can leave out of what it files.
    public var isAccountability: Bool {
        switch self {
        case .time, .forced, .corrections: return true
        case .summary, .links, .agreements, .participants, .case, .dilemma, .grid, .alternatives, .positions,
            .tally, .decision, .actions, .signals, .contributions, .evaluation, .steps:
            return false
        }
    }

    /// The order of the minutes when a protocol names none; `steps` is for a method that asks for it.
    public static let standardOrder: [MinutesSection] = allCases.filter { $0 != .steps }
}

extension MinutesSection {
    /// The name of every section, as a protocol lists them.
    public static let names: [String] = allCases.map(\.rawValue)

    /// The sections the minutes of `definition` show, in order: the protocol's own list (a name this beraad does
    /// not know, from a newer one, is left out), or the standard order.
    public static func sections(of definition: ProtocolDefinition) -> [MinutesSection] {
        definition.minutes.map { $0.compactMap(MinutesSection.init(rawValue:)) } ?? standardOrder
    }
}
