// Events of moving between rounds.

/// What was still missing when a round was left.
public struct UnmetRequirement: Codable, Sendable, Equatable {
    public var requirement: Requirement
    /// The participants it was missing from, for requirements that concern each participant.
    public var participants: [String]
    /// What the round calls the kind it asks for ("eerste reactie" in CURA's step U), for the message; not
    /// journaled, as the protocol in the journal says it.
    public var kindName: LocalizedText?

    enum CodingKeys: String, CodingKey { case requirement, participants }

    public init(requirement: Requirement, participants: [String] = [], kindName: LocalizedText? = nil) {
        self.requirement = requirement
        self.participants = participants
        self.kindName = kindName
    }
}

/// The meeting moved to the next round, possibly forced past unmet requirements.
public struct RoundAdvanced: Codable, Sendable, Equatable {
    public var from: String
    public var to: String
    public var forced: Bool
    public var reason: String?
    public var unmet: [UnmetRequirement]

    public init(from: String, to: String, forced: Bool = false, reason: String? = nil, unmet: [UnmetRequirement] = []) {
        self.from = from
        self.to = to
        self.forced = forced
        self.reason = reason
        self.unmet = unmet
    }
}

/// The meeting went back to the previous round.
public struct RoundReturned: Codable, Sendable, Equatable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
