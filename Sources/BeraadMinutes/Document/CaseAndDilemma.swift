import BeraadEngine

// The case as it was brought in, and the dilemma with its options.

/// The case as the inbrenger described it.
public struct CaseInfo: Codable, Sendable, Equatable {
    public var text: String
    public var by: String?
    /// The inbrenger's own question to the group.
    public var question: String?
    /// Questions and facts raised to understand the case.
    public var clarifications: [Contribution]
    /// Whether the case was carried over from the session this one was convened from.
    public var carriedOver: Bool
}

/// The dilemma and its options.
public struct DilemmaInfo: Codable, Sendable, Equatable {
    public var question: String
    public var options: [OptionInfo]
    /// Whether the dilemma was carried over from the session this one was convened from.
    public var carriedOver: Bool
}

/// One option of the dilemma with its harm.
public struct OptionInfo: Codable, Sendable, Equatable {
    public var label: OptionLabel
    public var text: String
    public var harm: String?
    /// Whether the option is an alternative the group found, added after the dilemma's own options.
    public var alternative: Bool
}
