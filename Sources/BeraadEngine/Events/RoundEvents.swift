// Events of moving between rounds.

/// What was still missing when a round was left.
public struct UnmetRequirement: Codable, Sendable, Equatable {
    public var requirement: Requirement
    /// The participants it was missing from, for requirements that concern each participant.
    public var participants: [String]

    public init(requirement: Requirement, participants: [String] = []) {
        self.requirement = requirement
        self.participants = participants
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
