// Events that correct or withdraw an entry, or keep a text out of the minutes.

/// An entry's text was corrected; the original stays in the journal.
public struct EntryAmended: Codable, Sendable, Equatable {
    public var entry: String
    public var text: String

    public init(entry: String, text: String) {
        self.entry = entry
        self.text = text
    }
}

/// An entry was withdrawn.
public struct EntryRetracted: Codable, Sendable, Equatable {
    public var entry: String
    public var reason: String?
    /// Whether it was withdrawn by `undo`.
    public var undo: Bool

    public init(entry: String, reason: String? = nil, undo: Bool = false) {
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
