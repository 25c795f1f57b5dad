// Events that correct or withdraw an entry, or keep a text out of the minutes.

/// An entry's text was corrected; the original stays in the journal.
public struct EntryAmended: Codable, Sendable, Equatable {
    public var entry: EntryID
    public var text: String
    /// The kind the entry moves to (a question that was recorded as a fact), if it moves.
    public var kind: ContributionKind?
    /// This takes back the entry's last amendment (`undo` right after it): text and kind return to what they were.
    public var undo: Bool?

    public init(entry: EntryID, text: String, kind: ContributionKind? = nil, undo: Bool? = nil) {
        self.entry = entry
        self.text = text
        self.kind = kind
        self.undo = undo
    }
}

/// An entry was withdrawn.
public struct EntryRetracted: Codable, Sendable, Equatable {
    public var entry: EntryID
    public var reason: String?
    /// Whether it was withdrawn by `undo`.
    public var undo: Bool

    public init(entry: EntryID, reason: String? = nil, undo: Bool = false) {
        self.entry = entry
        self.reason = reason
        self.undo = undo
    }
}

/// A text to be replaced by `[…]` in every rendering of the minutes.
public struct RedactionAdded: Codable, Sendable, Equatable {
    public var text: String

    public init(text: String) { self.text = text }
}

/// Text erased from the journal itself (`redact`, `forget`): the one sanctioned rewrite. It records what an
/// auditor needs, never the text.
public struct TextErased: Codable, Sendable, Equatable {
    /// Why the text went.
    public enum Reason: String, Codable, Sendable, CaseIterable, Equatable {
        /// `redact TEXT`: a client's name, an address.
        case redacted
        /// `forget NAME`: a participant's right to erasure.
        case forgotten
    }

    public var reason: Reason
    /// Who erased it, when given.
    public var by: String?
    /// How many occurrences were replaced.
    public var count: Int
    /// The hash of the journal's last line before the rewrite: the head of the chain it replaced.
    public var previousHead: String
    /// The first line the rewrite changed; every line before it is as it was.
    public var firstChangedLine: Int
    /// The fingerprint the approved minutes carried before the rewrite, when the session was approved.
    public var previousFingerprint: String?

    public init(
        reason: Reason, by: String? = nil, count: Int, previousHead: String, firstChangedLine: Int,
        previousFingerprint: String? = nil
    ) {
        self.reason = reason
        self.by = by
        self.count = count
        self.previousHead = previousHead
        self.firstChangedLine = firstChangedLine
        self.previousFingerprint = previousFingerprint
    }
}
