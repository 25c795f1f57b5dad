import BeraadEngine

/// The minutes of one session as plain data, in one language, with every user text already redacted (and
/// anonymised when asked); renderers only lay it out.
public struct MinutesDocument: Codable, Sendable, Equatable {
    public var language: Language
    public var session: SessionInfo
    public var agreements: [Contribution]
    public var participants: [ParticipantInfo]
    public var `case`: CaseInfo?
    public var dilemma: DilemmaInfo?
    public var grid: [Contribution]
    public var alternatives: [Contribution]
    public var positions: [ParticipantPositions]
    public var tally: [OptionTally]
    public var decision: DecisionInfo?
    public var actions: [ActionInfo]
    public var signals: [SignalInfo]
    public var evaluations: [EvaluationInfo]
    public var averageScore: Double?
    public var rounds: [RoundInfo]
    public var forcedAdvances: [ForcedAdvance]
    public var corrections: [Correction]
    /// Sessions this one was convened from or convened itself.
    public var links: [SessionLinkInfo]
    /// How many texts the redaction list replaced; the texts themselves never appear.
    public var redactionCount: Int
    public var anonymized: Bool
    /// The sections to lay out, in the protocol's order.
    public var sections: [MinutesSection]
}

/// The header facts of the session.
public struct SessionInfo: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// `YYYY-MM-DD`, local to where the session was held.
    public var date: String
    public var start: String
    public var end: String?
    public var protocolID: String
    public var protocolTitle: String
    public var protocolVersion: Int
    public var protocolSource: String
    public var protocolURL: String?
    public var facilitator: String?
    /// `open`, `closed` or `abandoned`.
    public var state: String
    public var abandonReason: String?
    /// Whether these are draft minutes (not yet approved).
    public var concept: Bool
    public var approvedAt: String?
}

/// A participant with their role and when they were there.
public struct ParticipantInfo: Codable, Sendable, Equatable {
    public var name: String
    public var role: String
    public var roleTitle: String
    public var joinedAt: String
    public var leftAt: String?
}

/// Any recorded contribution, as it stands after corrections.
public struct Contribution: Codable, Sendable, Equatable {
    public var id: String
    public var at: String
    public var round: String
    public var kind: String
    public var kindLabel: String
    public var participant: String?
    public var text: String
    public var category: String?
    public var categoryTitle: String?
    public var about: String?
    public var option: String?
    /// Whether the text was corrected after it was recorded (the appendix has the history).
    public var amended: Bool
}

/// The case as the inbrenger described it.
public struct CaseInfo: Codable, Sendable, Equatable {
    public var text: String
    public var by: String?
    /// Questions and facts raised to understand the case.
    public var clarifications: [Contribution]
}

/// The dilemma and its options.
public struct DilemmaInfo: Codable, Sendable, Equatable {
    public var question: String
    public var options: [OptionInfo]
}

/// One option of the dilemma with its harm.
public struct OptionInfo: Codable, Sendable, Equatable {
    public var label: String
    public var text: String
    public var harm: String?
}

/// Every position one participant took, in order; the last is where they ended.
public struct ParticipantPositions: Codable, Sendable, Equatable {
    public var participant: String
    public var role: String
    public var positions: [PositionInfo]
}

/// One argued choice.
public struct PositionInfo: Codable, Sendable, Equatable {
    public var id: String
    public var at: String
    public var option: String
    public var optionText: String?
    public var because: String?
    public var cannot: String?
    public var mitigate: String?
    public var needs: String?
}

/// How many participants ended on an option.
public struct OptionTally: Codable, Sendable, Equatable {
    public var label: String
    public var text: String
    public var count: Int
    public var participants: [String]
}

/// The conclusion.
public struct DecisionInfo: Codable, Sendable, Equatable {
    public var text: String
    public var option: String?
    public var optionText: String?
    public var rationale: String?
    public var support: String?
    public var supportLabel: String?
    public var dissent: [String]
}

/// An agreed action.
public struct ActionInfo: Codable, Sendable, Equatable {
    public var text: String
    public var owner: String
    public var due: String?
}

/// A signal to pass on.
public struct SignalInfo: Codable, Sendable, Equatable {
    public var text: String
    public var level: String?
    public var levelLabel: String?
    public var by: String?
}

/// A participant's evaluation.
public struct EvaluationInfo: Codable, Sendable, Equatable {
    public var participant: String
    public var score: Int?
    public var text: String
}

/// One round: its time against its time box, and what was said in it that no other section shows.
public struct RoundInfo: Codable, Sendable, Equatable {
    public var index: Int
    public var id: String
    public var title: String
    public var timeboxMinutes: Int
    public var minutesSpent: Int?
    public var visited: Bool
    public var contributions: [Contribution]
}

/// A move past unmet requirements, with its reason.
public struct ForcedAdvance: Codable, Sendable, Equatable {
    public var at: String
    public var from: String
    public var to: String
    public var reason: String
    public var unmet: [String]
}

/// An entry that was corrected or withdrawn, with its history.
public struct Correction: Codable, Sendable, Equatable {
    public var entry: String
    public var kindLabel: String
    public var participant: String?
    public var original: String
    public var amendments: [AmendmentInfo]
    public var retractedAt: String?
    public var retractReason: String?
    public var undone: Bool
}

/// One amended text.
public struct AmendmentInfo: Codable, Sendable, Equatable {
    public var at: String
    public var text: String
}

/// Another session linked to this one: the one it was convened from, or one it convened.
public struct SessionLinkInfo: Codable, Sendable, Equatable {
    /// `parent` (this session was convened from it) or `convened` (this session convened it).
    public var relation: String
    public var id: String
    public var title: String
    /// The title of the round the link concerns.
    public var round: String
    /// `open`, `closed` or `abandoned`; `nil` when the other journal could not be read.
    public var state: String?
    /// The other session's decision, once it has one.
    public var decision: String?

    public init(relation: String, id: String, title: String, round: String, state: String?, decision: String?) {
        self.relation = relation
        self.id = id
        self.title = title
        self.round = round
        self.state = state
        self.decision = decision
    }
}
