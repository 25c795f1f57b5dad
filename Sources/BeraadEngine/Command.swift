/// What the facilitator asks of a session; `decide` turns it into events or refuses it.
public enum Command: Sendable, Equatable {
    /// Opens the session; `details` are what the minutes' header names besides (place, note-taker, …).
    case open(
        id: String, title: String, protocolDefinition: ProtocolDefinition, facilitator: String?, lang: Language,
        parent: SessionLink? = nil, details: SessionDetails = SessionDetails())
    case convene(session: String, title: String, protocolID: String)
    /// Adds a participant; `absent` records someone invited who is not at the meeting.
    case join(name: String, role: String?, absent: Bool = false, function: String? = nil)
    case leave(name: String)
    /// Gives a present participant another role (the Socratic example-giver, chosen during the session).
    case changeRole(name: String, role: String)
    /// Records the case; `question` is what the inbrenger asks of the group ("Wat wil je van de groep?").
    case recordCase(text: String, by: String?, question: String? = nil)
    /// Frames the dilemma, or corrects the one that stands: a missing question or option list keeps the standing
    /// one, and each harm given replaces that option's harm.
    case frameDilemma(question: String?, options: [LabeledText], harms: [LabeledText])
    /// Records a contribution; `serves` names a category of another round it serves (the fase-1 condition an
    /// intervention of the afwegingskader serves).
    case say(
        name: String, text: String, kind: ContributionKind?, category: String?, about: String?, option: String?,
        serves: String? = nil, influence: Influence? = nil, answers: Int? = nil)
    case takePosition(
        name: String, option: String, because: String?, cannot: String?, mitigate: String?, needs: String?)
    /// Records the decision; `review` is the day on which to evaluate it.
    case decide(
        text: String, option: String?, rationale: String?, support: DecisionSupport?, dissent: [String],
        review: CalendarDate? = nil)
    case agreeAction(text: String, owner: String, due: CalendarDate?)
    /// Raises a signal; without `by` it is the group's, `to` is whom it goes to.
    case raiseSignal(text: String, level: SignalLevel?, by: String?, to: String? = nil, theme: String? = nil)
    case evaluate(name: String, score: Int?, text: String)
    case advance(force: Bool, reason: String?)
    case back
    /// Corrects an entry's text, or moves it to another kind its round accepts (`kind`), or both.
    case amend(entry: String, text: String?, kind: ContributionKind? = nil)
    case retract(entry: String, reason: String?)
    case undo
    case close(abandon: Bool, reason: String?)
    /// Records an erasure that `redact` or `forget` has just made in the journal.
    case recordErasure(TextErased)
    /// Approves the minutes (vaststellen), by whom if given.
    case approve(by: String? = nil)
    /// Starts a planned session: its first round begins.
    case start
    /// Marks an action (by its number `a2` or entry id `e23`) done, or open again.
    case followUpAction(entry: String, done: Bool, note: String?)
    /// Moves a signal (by its number `s2` or entry id) on: passed on to someone, answered, closed.
    case updateSignal(entry: String, state: SignalState, to: String?, text: String?)
    /// Marks the approved session for the case bank, with who agreed.
    case share(by: String?)
    /// Records that a review session was opened to follow this one up.
    case recordFollowUp(session: String, title: String)
    /// Sets the minutes' header after the start: each field given replaces what stood; `noteTaker` joins in the
    /// method's note-taker role.
    case changeDetails(
        title: String? = nil, place: String? = nil, distribution: [String]? = nil, team: String? = nil,
        noteTaker: String? = nil)
}

extension Command {
    /// Whether the command records something in the meeting itself, at the time it happened; corrections, erasures,
    /// approval, the start of a planned session, follow-up and the header's details are recorded when they are done.
    public var recordsInTheMeeting: Bool {
        switch self {
        case .open, .join, .leave, .changeRole, .recordCase, .frameDilemma, .say, .takePosition, .decide, .agreeAction,
            .raiseSignal,
            .evaluate, .advance, .back, .close, .convene:
            return true
        case .amend, .retract, .undo, .recordErasure, .approve, .start, .followUpAction, .updateSignal, .share,
            .recordFollowUp, .changeDetails:
            return false
        }
    }
}
