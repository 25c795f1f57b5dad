// Events of people joining and leaving.

/// A participant joined (or came back) with a role.
public struct ParticipantJoined: Codable, Sendable, Equatable {
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
