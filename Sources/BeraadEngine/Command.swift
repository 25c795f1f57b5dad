/// What the facilitator asks of a session; `decide` turns it into events or refuses it.
public enum Command: Sendable, Equatable {
    case open(
        id: String, title: String, protocolDefinition: ProtocolDefinition, facilitator: String?, lang: Language,
        parent: SessionLink? = nil)
    case convene(session: String, title: String, protocolID: String)
    case join(name: String, role: String?)
    case leave(name: String)
    /// Records the case; `question` is what the inbrenger asks of the group ("Wat wil je van de groep?").
    case recordCase(text: String, by: String?, question: String? = nil)
    /// Frames the dilemma, or corrects the one that stands: a missing question or option list keeps the standing
    /// one, and each harm given replaces that option's harm.
    case frameDilemma(question: String?, options: [LabeledText], harms: [LabeledText])
    case say(name: String, text: String, kind: ContributionKind?, category: String?, about: String?, option: String?)
    case takePosition(
        name: String, option: String, because: String?, cannot: String?, mitigate: String?, needs: String?)
    case decide(text: String, option: String?, rationale: String?, support: DecisionSupport?, dissent: [String])
    case agreeAction(text: String, owner: String, due: String?)
    /// Raises a signal; `by` defaults to the inbrenger, `to` is whom it goes to.
    case raiseSignal(text: String, level: SignalLevel?, by: String?, to: String? = nil)
    case evaluate(name: String, score: Int?, text: String)
    case advance(force: Bool, reason: String?)
    case back
    case amend(entry: String, text: String)
    case retract(entry: String, reason: String?)
    case undo
    case close(abandon: Bool, reason: String?)
    case redact(text: String)
    case approve
}
