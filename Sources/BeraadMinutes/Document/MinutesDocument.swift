import BeraadEngine

/// The minutes of one session as plain data, in one language, with every user text already redacted (and
/// anonymised when asked); renderers only lay it out.
public struct MinutesDocument: Codable, Sendable, Equatable {
    public var language: Language
    public var session: SessionInfo
    /// The method's own words for its outcome and its case's question.
    public var terms: MinutesTerms
    /// What the group chose where a round asks it to choose (the starting question), for the summary.
    public var choices: [ChoiceInfo]
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
    /// Erasures made in the journal itself, in order.
    public var erasures: [ErasureInfo]
    /// The fingerprint of the approved journal (the SHA-256 of its approval's line); nil before approval.
    public var fingerprint: String?
    public var anonymized: Bool
    /// The method's rounds one by one, for the `steps` section.
    public var steps: [StepInfo]
    /// The sections to lay out, in the protocol's order.
    public var sections: [MinutesSection]
    /// Whether the Verantwoording appendix is laid out (`minutes --no-appendix` leaves it out).
    public var appendix: Bool
}
