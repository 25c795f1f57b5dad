/// A fact that happened in a session; the journal is a list of these and state is derived from them.
public enum Event: Sendable, Equatable {
    // `indirect`: inline, the opening with its whole protocol would make every event (and every record) as large
    // as it, and a record is copied several times on its way from the journal into the state.
    indirect case sessionOpened(SessionOpened)
    case participantJoined(ParticipantJoined)
    case participantLeft(ParticipantLeft)
    case roleChanged(RoleChanged)
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
    case textErased(TextErased)
    case sessionClosed(SessionClosed)
    case minutesApproved(MinutesApproved)
    case sessionConvened(SessionConvened)
    case sessionStarted(SessionStarted)
    case actionFollowedUp(ActionFollowedUp)
    case signalUpdated(SignalUpdated)
    case sessionShared(SessionShared)
    case followUpOpened(FollowUpOpened)
    case detailsChanged(DetailsChanged)
}

extension Event {
    /// Whether the event is part of the meeting itself (who came and went, what was said, the rounds, the close),
    /// whose records keep to the order of time; corrections, erasures, approval, follow-up and the header's
    /// details are not, and may be recorded later at any time after the meeting's last record.
    public var isMeetingRecord: Bool {
        switch self {
        case .sessionOpened, .participantJoined, .participantLeft, .roleChanged, .contributionRecorded, .dilemmaFramed,
            .positionTaken, .decisionRecorded, .actionAgreed, .signalRaised, .evaluationGiven, .roundAdvanced,
            .roundReturned, .sessionClosed, .sessionStarted, .sessionConvened:
            return true
        case .entryAmended, .entryRetracted, .redactionAdded, .textErased, .minutesApproved, .actionFollowedUp,
            .signalUpdated, .sessionShared, .followUpOpened, .detailsChanged:
            return false
        }
    }
}

/// The kind of an event, by the name the journal gives it: one case per case of `Event`. Every reader of the
/// journal switches over it, so a new event that one of them forgets does not compile.
public enum EventType: String, CaseIterable, Sendable {
    case sessionOpened
    case participantJoined
    case participantLeft
    case roleChanged
    case contributionRecorded
    case dilemmaFramed
    case positionTaken
    case decisionRecorded
    case actionAgreed
    case signalRaised
    case evaluationGiven
    case roundAdvanced
    case roundReturned
    case entryAmended
    case entryRetracted
    case redactionAdded
    case textErased
    case sessionClosed
    case minutesApproved
    case sessionConvened
    case sessionStarted
    case actionFollowedUp
    case signalUpdated
    case sessionShared
    case followUpOpened
    case detailsChanged
}

extension Event {
    /// The event's kind, as the journal names it.
    public var type: EventType {
        switch self {
        case .sessionOpened: return .sessionOpened
        case .participantJoined: return .participantJoined
        case .participantLeft: return .participantLeft
        case .roleChanged: return .roleChanged
        case .contributionRecorded: return .contributionRecorded
        case .dilemmaFramed: return .dilemmaFramed
        case .positionTaken: return .positionTaken
        case .decisionRecorded: return .decisionRecorded
        case .actionAgreed: return .actionAgreed
        case .signalRaised: return .signalRaised
        case .evaluationGiven: return .evaluationGiven
        case .roundAdvanced: return .roundAdvanced
        case .roundReturned: return .roundReturned
        case .entryAmended: return .entryAmended
        case .entryRetracted: return .entryRetracted
        case .redactionAdded: return .redactionAdded
        case .textErased: return .textErased
        case .sessionClosed: return .sessionClosed
        case .minutesApproved: return .minutesApproved
        case .sessionConvened: return .sessionConvened
        case .sessionStarted: return .sessionStarted
        case .actionFollowedUp: return .actionFollowedUp
        case .signalUpdated: return .signalUpdated
        case .sessionShared: return .sessionShared
        case .followUpOpened: return .followUpOpened
        case .detailsChanged: return .detailsChanged
        }
    }
}
