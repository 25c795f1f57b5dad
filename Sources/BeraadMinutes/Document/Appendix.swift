import BeraadEngine

// What the appendix shows: time per round, rounds left unfinished, and corrections.

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
    public var entry: EntryID
    public var kindLabel: String
    public var participant: String?
    /// When it was corrected; the minutes show the final text, and the words it replaced stay in the journal and
    /// in `log`, for the audit.
    public var amendments: [AmendmentInfo]
    public var retractedAt: String?
    public var retractReason: String?
    public var undone: Bool
    /// The entry that replaced this one (a case, dilemma or decision recorded anew).
    public var replacedBy: EntryID?
    /// When it was replaced.
    public var replacedAt: String?
}

/// One correction of a text: when (never what it said before).
public struct AmendmentInfo: Codable, Sendable, Equatable {
    public var at: String
}

/// Text erased from the journal (`redact`, `forget`): when, why and how much, never what.
public struct ErasureInfo: Codable, Sendable, Equatable {
    /// Date and time, `2026-11-29 14:05`.
    public var at: String
    /// `redacted` or `forgotten`.
    public var reason: String
    public var count: Int
    /// Whether the minutes had been approved by then.
    public var afterApproval: Bool
}
