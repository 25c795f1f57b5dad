/// A fact that happened in a session; the journal is a list of these and state is derived from them.
public enum Event: Sendable, Equatable {
    case sessionOpened(SessionOpened)
    case participantJoined(ParticipantJoined)
    case participantLeft(ParticipantLeft)
    case contributionRecorded(ContributionRecorded)
    case dilemmaFramed(DilemmaFramed)
    case positionTaken(PositionTaken)
    case decisionRecorded(DecisionRecorded)
    case actionAgreed(ActionAgreed)
    case signalRaised(SignalRaised)
    case evaluationGiven(EvaluationGiven)
    case roundAdvanced(RoundAdvanced)
    case roundReturned(RoundReturned)
    case entryAmended(EntryAmended)
    case entryRetracted(EntryRetracted)
    case redactionAdded(RedactionAdded)
    case sessionClosed(SessionClosed)
    case minutesApproved(MinutesApproved)
    case sessionConvened(SessionConvened)
}

/// The session began; it carries the whole protocol so that an old session replays unchanged.
public struct SessionOpened: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var protocolDefinition: ProtocolDefinition
    public var facilitator: String?
    public var lang: Language
    /// The session this one was convened from, if any.
    public var parent: SessionLink?

    enum CodingKeys: String, CodingKey {
        case id, title, facilitator, lang, parent
        case protocolDefinition = "protocol"
    }

    public init(
        id: String, title: String, protocolDefinition: ProtocolDefinition, facilitator: String?, lang: Language,
        parent: SessionLink? = nil
    ) {
        self.id = id
        self.title = title
        self.protocolDefinition = protocolDefinition
        self.facilitator = facilitator
        self.lang = lang
        self.parent = parent
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

/// A free contribution: the case, a question, a value, a note and the like.
public struct ContributionRecorded: Codable, Sendable, Equatable {
    public var round: String
    public var kind: ContributionKind
    public var participant: String?
    public var text: String
    public var category: String?
    public var about: String?
    public var option: String?

    public init(
        round: String, kind: ContributionKind, participant: String?, text: String, category: String? = nil,
        about: String? = nil, option: String? = nil
    ) {
        self.round = round
        self.kind = kind
        self.participant = participant
        self.text = text
        self.category = category
        self.about = about
        self.option = option
    }
}

/// One option of a dilemma, labelled `A`, `B`, ….
public struct DilemmaOption: Codable, Sendable, Equatable {
    public var label: String
    public var text: String
    public var harm: String?

    public init(label: String, text: String, harm: String? = nil) {
        self.label = label
        self.text = text
        self.harm = harm
    }
}

/// The dilemma was framed: the question and its options with their harm.
public struct DilemmaFramed: Codable, Sendable, Equatable {
    public var round: String
    public var question: String
    public var options: [DilemmaOption]

    public init(round: String, question: String, options: [DilemmaOption]) {
        self.round = round
        self.question = question
        self.options = options
    }
}

/// A participant's argued choice.
public struct PositionTaken: Codable, Sendable, Equatable {
    public var round: String
    public var participant: String
    public var option: String
    public var because: String?
    public var cannot: String?
    public var mitigate: String?
    public var needs: String?

    public init(
        round: String, participant: String, option: String, because: String? = nil, cannot: String? = nil,
        mitigate: String? = nil, needs: String? = nil
    ) {
        self.round = round
        self.participant = participant
        self.option = option
        self.because = because
        self.cannot = cannot
        self.mitigate = mitigate
        self.needs = needs
    }
}

/// How a decision was reached.
public enum DecisionSupport: String, Codable, Sendable, CaseIterable, Equatable {
    case consensus
    case majority
    case presenter
    case facilitator
}

/// The conclusion of the meeting.
public struct DecisionRecorded: Codable, Sendable, Equatable {
    public var round: String
    public var text: String
    public var option: String?
    public var rationale: String?
    public var support: DecisionSupport?
    public var dissent: [String]

    public init(
        round: String, text: String, option: String? = nil, rationale: String? = nil,
        support: DecisionSupport? = nil, dissent: [String] = []
    ) {
        self.round = round
        self.text = text
        self.option = option
        self.rationale = rationale
        self.support = support
        self.dissent = dissent
    }
}

/// An agreed action with its owner.
public struct ActionAgreed: Codable, Sendable, Equatable {
    public var round: String
    public var text: String
    public var owner: String
    /// A calendar date, `YYYY-MM-DD`.
    public var due: String?

    public init(round: String, text: String, owner: String, due: String? = nil) {
        self.round = round
        self.text = text
        self.owner = owner
        self.due = due
    }
}

/// How far a signal should travel beyond this case.
public enum SignalLevel: String, Codable, Sendable, CaseIterable, Equatable {
    case individual
    case group
    case policy
}

/// A signal to pass on beyond this case.
public struct SignalRaised: Codable, Sendable, Equatable {
    public var round: String
    public var text: String
    public var level: SignalLevel?
    public var participant: String?

    public init(round: String, text: String, level: SignalLevel? = nil, participant: String? = nil) {
        self.round = round
        self.text = text
        self.level = level
        self.participant = participant
    }
}

/// A participant's evaluation of the session.
public struct EvaluationGiven: Codable, Sendable, Equatable {
    public var round: String
    public var participant: String
    public var score: Int?
    public var text: String

    public init(round: String, participant: String, score: Int? = nil, text: String) {
        self.round = round
        self.participant = participant
        self.score = score
        self.text = text
    }
}

/// What was still missing when a round was left.
public struct UnmetRequirement: Codable, Sendable, Equatable {
    public var requirement: Requirement
    /// The participants it was missing from, for requirements that concern each participant.
    public var participants: [String]

    public init(requirement: Requirement, participants: [String] = []) {
        self.requirement = requirement
        self.participants = participants
    }
}

/// The meeting moved to the next round, possibly forced past unmet requirements.
public struct RoundAdvanced: Codable, Sendable, Equatable {
    public var from: String
    public var to: String
    public var forced: Bool
    public var reason: String?
    public var unmet: [UnmetRequirement]

    public init(from: String, to: String, forced: Bool = false, reason: String? = nil, unmet: [UnmetRequirement] = []) {
        self.from = from
        self.to = to
        self.forced = forced
        self.reason = reason
        self.unmet = unmet
    }
}

/// The meeting went back to the previous round.
public struct RoundReturned: Codable, Sendable, Equatable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

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
    public init() {}
}
