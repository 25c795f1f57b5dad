import BeraadEngine

// The header facts of the session, and the sessions linked to it.

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
    /// What the method calls the one who leads (Gespreksleider, Voorzitter / Chair), as its role table does.
    public var facilitatorTitle: String?
    /// `open`, `closed` or `abandoned`.
    public var state: String
    public var abandonReason: String?
    /// Whether these are draft minutes (not yet approved).
    public var concept: Bool
    public var approvedAt: String?
    /// The rounds of the method the session ended without reaching, in order.
    public var roundsNotReached: [String]
    /// Who approved the minutes, when given.
    public var approvedBy: String?
    public var place: String?
    /// Who receives the minutes.
    public var distribution: [String]
    public var noteTaker: String?
    /// What the method calls the note-taker (Notulist / Minute-taker).
    public var noteTakerTitle: String?
    /// Who was at the meeting at some point, in the order they joined.
    public var present: [String]
    /// Who was invited but not there.
    public var absent: [String]
    /// The marking the minutes carry ("Vertrouwelijk — niet in het cliëntdossier"), if any.
    public var confidentiality: String?
}

/// The method's own words for what the minutes show: its outcome, and the question its case carries.
public struct MinutesTerms: Codable, Sendable, Equatable {
    /// Besluit, Advies / Recommendation, Antwoord op de startvraag (voorlopig), Wat ik/wij gaan doen.
    public var outcome: String
    /// Whether the minutes say how the outcome was reached and who dissented.
    public var outcomeSupport: Bool
    /// What the case's question is called ("Waar twijfel ik?"); `nil` for the standard label.
    public var caseQuestion: String?
}

/// What the group chose in a round that asks for a choice: "Startvraag: …".
public struct ChoiceInfo: Codable, Sendable, Equatable {
    /// What the round calls the kind ("Startvraag").
    public var label: String
    public var text: String
}

/// How another session is linked to this one; its raw value is what the minutes' JSON says.
public enum LinkRelation: String, Codable, Sendable, Equatable {
    /// This session was convened from it.
    case parent
    /// This session convened it.
    case convened
    /// This session follows it up.
    case reviews
    /// A review session follows this one up.
    case reviewedBy
}

/// Another session linked to this one: the one it was convened from, or one it convened.
public struct SessionLinkInfo: Codable, Sendable, Equatable {
    /// `parent` (this session was convened from it), `convened` (this session convened it), `reviews` (this session
    /// follows it up) or `reviewedBy` (a review session follows this one up).
    public var relation: LinkRelation
    public var id: String
    public var title: String
    /// The title of the round the link concerns.
    public var round: String
    /// `open`, `closed` or `abandoned`; `nil` when the other journal could not be read.
    public var state: String?
    /// The other session's decision, once it has one.
    public var decision: String?

    public init(relation: LinkRelation, id: String, title: String, round: String, state: String?, decision: String?) {
        self.relation = relation
        self.id = id
        self.title = title
        self.round = round
        self.state = state
        self.decision = decision
    }
}
