// Events that open, link, close and approve a session.

/// The session began; it carries the whole protocol so that an old session replays unchanged.
public struct SessionOpened: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var protocolDefinition: ProtocolDefinition
    public var facilitator: String?
    public var lang: Language
    /// The session this one was convened from, if any.
    public var parent: SessionLink?
    /// Where the meeting is held.
    public var place: String?
    /// Who receives the minutes, each as given ("Team Noord", "teamleider").
    public var distribution: [String]?
    /// The team whose session this is, to find its follow-up across sessions.
    public var team: String?
    /// The day a planned session is to be held (`YYYY-MM-DD`); it starts with `start`.
    public var planned: String?
    /// The session this one reviews (`follow-up`).
    public var followUpOf: String?

    enum CodingKeys: String, CodingKey {
        case id, title, facilitator, lang, parent, place, distribution, team, planned, followUpOf
        case protocolDefinition = "protocol"
    }

    public init(
        id: String, title: String, protocolDefinition: ProtocolDefinition, facilitator: String?, lang: Language,
        parent: SessionLink? = nil, place: String? = nil, distribution: [String]? = nil, team: String? = nil,
        planned: String? = nil, followUpOf: String? = nil
    ) {
        self.team = team
        self.planned = planned
        self.followUpOf = followUpOf
        self.id = id
        self.title = title
        self.protocolDefinition = protocolDefinition
        self.facilitator = facilitator
        self.lang = lang
        self.parent = parent
        self.place = place
        self.distribution = distribution
    }
}

/// What `new` records besides the title and the method, for the minutes' header.
public struct SessionDetails: Sendable, Equatable {
    public var place: String?
    /// Who receives the minutes.
    public var distribution: [String]
    /// The note-taker (notulist), who joins in the protocol's note-taker role.
    public var noteTaker: String?
    /// The team whose session this is.
    public var team: String?
    /// The day a planned session is to be held (`YYYY-MM-DD`): it does not start until `start`.
    public var planned: String?
    /// The session a review session follows up.
    public var followUpOf: String?

    public init(
        place: String? = nil, distribution: [String] = [], noteTaker: String? = nil, team: String? = nil,
        planned: String? = nil, followUpOf: String? = nil
    ) {
        self.place = place
        self.distribution = distribution
        self.noteTaker = noteTaker
        self.team = team
        self.planned = planned
        self.followUpOf = followUpOf
    }
}

/// A reference from one session to another: its id, and the round of the convening session it concerns.
public struct SessionLink: Codable, Sendable, Equatable {
    public var session: String
    public var round: String

    public init(session: String, round: String) {
        self.session = session
        self.round = round
    }
}

/// A linked session was convened from this one (the afwegingskader's moral dilemma calls a moreel beraad).
public struct SessionConvened: Codable, Sendable, Equatable {
    public var session: String
    public var title: String
    public var `protocol`: String
    public var round: String

    public init(session: String, title: String, protocol: String, round: String) {
        self.session = session
        self.title = title
        self.protocol = `protocol`
        self.round = round
    }
}

/// The session ended, with a decision or abandoned.
public struct SessionClosed: Codable, Sendable, Equatable {
    public var abandoned: Bool
    public var reason: String?

    public init(abandoned: Bool = false, reason: String? = nil) {
        self.abandoned = abandoned
        self.reason = reason
    }
}

/// The minutes were approved (vastgesteld); the session takes no more corrections.
public struct MinutesApproved: Codable, Sendable, Equatable {
    /// Who approved them (a team meeting's chair, a team leader): need not have been at the meeting.
    public var by: String?

    public init(by: String? = nil) { self.by = by }
}

/// Fields of the minutes' header set after the start (`details`): each one given replaces what stood.
public struct DetailsChanged: Codable, Sendable, Equatable {
    public var title: String?
    public var place: String?
    public var distribution: [String]?
    public var team: String?

    public init(title: String? = nil, place: String? = nil, distribution: [String]? = nil, team: String? = nil) {
        self.title = title
        self.place = place
        self.distribution = distribution
        self.team = team
    }
}
