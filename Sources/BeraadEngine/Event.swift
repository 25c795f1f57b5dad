/// A fact that happened in a session; the journal is a list of these and state is derived from them.
public enum Event: Sendable, Equatable {
    case sessionOpened(SessionOpened)
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
