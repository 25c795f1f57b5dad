import BeraadEngine

// Who took part, and every position each of them took.

/// A participant with their role and when they were there.
public struct ParticipantInfo: Codable, Sendable, Equatable {
    public var name: String
    public var role: String
    public var roleTitle: String
    /// Their function or discipline (huisarts, teamleider); kept in anonymised minutes.
    public var function: String?
    public var joinedAt: String
    public var leftAt: String?
}

/// Every position one participant took, in order; the last is where they ended.
public struct ParticipantPositions: Codable, Sendable, Equatable {
    public var participant: String
    public var role: String
    public var positions: [PositionInfo]
}

/// One argued choice.
public struct PositionInfo: Codable, Sendable, Equatable {
    public var id: EntryID
    /// The round it was taken in.
    public var round: String
    public var at: String
    public var option: OptionLabel
    public var optionText: String?
    public var because: String?
    public var cannot: String?
    public var mitigate: String?
    public var needs: String?
}

/// How many participants ended on an option.
public struct OptionTally: Codable, Sendable, Equatable {
    public var label: OptionLabel
    public var text: String
    public var count: Int
    public var participants: [String]
}
