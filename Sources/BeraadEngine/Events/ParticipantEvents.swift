// Events of people joining and leaving.

/// A participant joined (or came back) with a role.
public struct ParticipantJoined: Codable, Sendable, Equatable {
    public var name: String
    public var role: String
    /// Invited, but not at the meeting: named in the minutes as absent, never counted or heard.
    public var absent: Bool?
    /// Their function or discipline (huisarts, teamleider), shown beside their name.
    public var function: String?

    public init(name: String, role: String, absent: Bool? = nil, function: String? = nil) {
        self.name = name
        self.role = role
        self.absent = absent
        self.function = function
    }
}

/// A participant was given another role during the session (the Socratic example-giver, chosen in round 2).
public struct RoleChanged: Codable, Sendable, Equatable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// A participant left the meeting from this moment on.
public struct ParticipantLeft: Codable, Sendable, Equatable {
    public var name: String

    public init(name: String) { self.name = name }
}
