/// The texts of an event, rewritten: what an erasure changes in the journal.
extension Event {
    /// This event with every text a person typed passed through `text`, and every participant's name (who joined,
    /// who spoke, who dissents, who approved) through `name`. Ids, round and option labels, kinds and dates are
    /// never touched, so the rewritten journal replays as the original did.
    public func rewritingText(_ text: (String) -> String, names name: (String) -> String) -> Event {
        func optional(_ value: String?) -> String? { value.map(text) }
        func optionalName(_ value: String?) -> String? { value.map(name) }
        switch self {
        case .sessionOpened(var d):
            d.title = text(d.title)
            d.facilitator = optionalName(d.facilitator)
            d.place = optional(d.place)
            d.distribution = d.distribution?.map(text)
            d.team = optional(d.team)
            return .sessionOpened(d)
        case .participantJoined(var d):
            d.name = name(d.name)
            d.function = optional(d.function)
            return .participantJoined(d)
        case .participantLeft(var d):
            d.name = name(d.name)
            return .participantLeft(d)
        case .roleChanged(var d):
            d.name = name(d.name)
            return .roleChanged(d)
        case .contributionRecorded(var d):
            d.participant = optionalName(d.participant)
            d.text = text(d.text)
            d.about = optional(d.about)
            d.question = optional(d.question)
            return .contributionRecorded(d)
        case .dilemmaFramed(var d):
            d.question = text(d.question)
            d.options = d.options.map { option in
                var option = option
                option.text = text(option.text)
                option.harm = optional(option.harm)
                return option
            }
            return .dilemmaFramed(d)
        case .positionTaken(var d):
            d.participant = name(d.participant)
            d.because = optional(d.because)
            d.cannot = optional(d.cannot)
            d.mitigate = optional(d.mitigate)
            d.needs = optional(d.needs)
            return .positionTaken(d)
        case .decisionRecorded(var d):
            d.text = text(d.text)
            d.rationale = optional(d.rationale)
            d.dissent = d.dissent.map(name)
            return .decisionRecorded(d)
        case .actionAgreed(var d):
            d.text = text(d.text)
            // The owner need not be a participant: a name when it is one, text otherwise.
            d.owner = text(name(d.owner))
            return .actionAgreed(d)
        case .signalRaised(var d):
            d.text = text(d.text)
            d.participant = optionalName(d.participant)
            d.to = optional(d.to)
            d.theme = optional(d.theme)
            return .signalRaised(d)
        case .evaluationGiven(var d):
            d.participant = name(d.participant)
            d.text = text(d.text)
            return .evaluationGiven(d)
        case .roundAdvanced(var d):
            d.reason = optional(d.reason)
            d.unmet = d.unmet.map { unmet in
                var unmet = unmet
                unmet.participants = unmet.participants.map(name)
                return unmet
            }
            return .roundAdvanced(d)
        case .roundReturned:
            return self
        case .entryAmended(var d):
            d.text = text(d.text)
            return .entryAmended(d)
        case .entryRetracted(var d):
            d.reason = optional(d.reason)
            return .entryRetracted(d)
        case .redactionAdded(var d):
            d.text = text(d.text)
            return .redactionAdded(d)
        case .textErased(var d):
            d.by = optional(optionalName(d.by))
            return .textErased(d)
        case .sessionClosed(var d):
            d.reason = optional(d.reason)
            return .sessionClosed(d)
        case .minutesApproved(var d):
            d.by = optional(optionalName(d.by))
            return .minutesApproved(d)
        case .sessionConvened(var d):
            d.title = text(d.title)
            return .sessionConvened(d)
        case .sessionStarted:
            return self
        case .actionFollowedUp(var d):
            d.note = optional(d.note)
            return .actionFollowedUp(d)
        case .signalUpdated(var d):
            d.to = optional(d.to)
            d.text = optional(d.text)
            return .signalUpdated(d)
        case .sessionShared(var d):
            d.by = optional(optionalName(d.by))
            return .sessionShared(d)
        case .followUpOpened(var d):
            d.title = text(d.title)
            return .followUpOpened(d)
        case .detailsChanged(var d):
            d.title = optional(d.title)
            d.place = optional(d.place)
            d.distribution = d.distribution?.map(text)
            d.team = optional(d.team)
            return .detailsChanged(d)
        }
    }
}
