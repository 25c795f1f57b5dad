/// What every record of a journal must meet, given the session before it: what `decide` guarantees for a
/// journal that `beraad` wrote. A record that breaks it is impossible; replay refuses the journal rather than
/// make minutes of it.
extension SessionState {
    /// Why `record` could not follow this state, or `nil` when it could.
    func impossibility(of record: Record) -> Catalog.JournalText? {
        if record.at < meetingAt { return .timeGoesBack(at: record.at.description, last: meetingAt.description) }
        func round(_ id: String) -> Catalog.JournalText? {
            protocolDefinition.rounds.contains { $0.id == id } ? nil : .noSuchRound(round: id)
        }
        func joined(_ name: String?) -> Catalog.JournalText? {
            guard let name else { return nil }
            return participant(named: name) == nil ? .neverJoined(name: name) : nil
        }
        func open() -> Catalog.JournalText? { isEnded ? .afterClose : nil }
        // A move leaves the round the meeting is in for the next one (or, back, the one before): no round is jumped.
        func step(_ from: String, _ to: String, by offset: Int) -> Catalog.JournalText? {
            let rounds = protocolDefinition.rounds
            guard isPlanned || (rounds[safe: roundIndex]?.id == from && rounds[safe: roundIndex + offset]?.id == to)
            else { return .roundSkipped(from: from, to: to) }
            return nil
        }
        func option(_ label: OptionLabel?) -> Catalog.JournalText? {
            guard let label else { return nil }
            return dilemmaOptions.contains { $0.label == label } ? nil : .noSuchOption(option: label.description)
        }
        func entryOf(_ kind: ContributionKind, _ id: EntryID) -> Catalog.JournalText? {
            entry(id)?.kind == kind ? nil : .noSuchEntry(entry: id.description)
        }
        if isPlanned {
            switch record.event {
            case .participantJoined, .participantLeft, .roleChanged, .dilemmaFramed, .entryAmended, .entryRetracted,
                .textErased,
                .detailsChanged,
                .redactionAdded, .sessionClosed, .sessionStarted:
                break
            case .contributionRecorded(let data) where data.kind == .case:
                break
            // What a planned follow-up carries over from the session it reviews (its decision, its actions).
            case .contributionRecorded(let data) where data.carriedOver != nil:
                break
            default:
                return .beforeStart
            }
        }
        func correctable(_ id: EntryID) -> Catalog.JournalText? {
            if approvedAt != nil { return .afterApproval }
            return entry(id) == nil && personEntry(id) == nil ? .noSuchEntry(entry: id.description) : nil
        }
        switch record.event {
        case .sessionOpened:
            return .openedAgainAt
        case .participantJoined:
            return open()
        case .participantLeft(let data):
            return open() ?? joined(data.name)
        case .roleChanged(let data):
            return open() ?? joined(data.name)
        case .contributionRecorded(let data):
            return open() ?? round(data.round) ?? joined(data.participant)
        case .dilemmaFramed(let data):
            return open() ?? round(data.round)
        case .positionTaken(let data):
            return open() ?? round(data.round) ?? joined(data.participant) ?? option(data.option)
        case .decisionRecorded(let data):
            return open() ?? round(data.round) ?? option(data.option)
                ?? data.dissent.lazy.compactMap { joined($0) }.first
        case .actionAgreed(let data):
            return open() ?? round(data.round)
        case .signalRaised(let data):
            return open() ?? round(data.round) ?? joined(data.participant)
        case .evaluationGiven(let data):
            if let score = data.score, !(1...5).contains(score) { return .scoreOutOfRange(score: String(score)) }
            // After the close too, until approval.
            return (approvedAt != nil ? .afterApproval : nil) ?? round(data.round) ?? joined(data.participant)
        case .roundAdvanced(let data):
            return open() ?? round(data.from) ?? round(data.to) ?? step(data.from, data.to, by: 1)
        case .roundReturned(let data):
            return open() ?? round(data.from) ?? round(data.to) ?? step(data.from, data.to, by: -1)
        case .entryAmended(let data):
            if data.undo == true, entry(data.entry)?.amendments.isEmpty ?? true {
                return .noSuchEntry(entry: data.entry.description)
            }
            return correctable(data.entry)
        case .entryRetracted(let data):
            return correctable(data.entry)
        case .redactionAdded, .textErased:
            // Redaction is allowed at any time, approval included: nothing stops a name from leaving.
            return nil
        case .sessionClosed:
            return isEnded ? .closedTwice : nil
        case .minutesApproved:
            if !isEnded { return .approvedWhileOpen }
            return approvedAt != nil ? .approvedTwice : nil
        case .sessionConvened(let data):
            return open() ?? round(data.round)
        case .sessionStarted:
            return isPlanned ? nil : .notPlanned
        case .actionFollowedUp(let data):
            return entryOf(.action, data.action)
        case .signalUpdated(let data):
            return entryOf(.signal, data.signal)
        case .sessionShared:
            if approvedAt == nil { return .sharedBeforeApproval }
            return sharedAt != nil ? .sharedTwice : nil
        case .followUpOpened:
            return nil
        case .detailsChanged:
            return approvedAt != nil ? .afterApproval : nil
        }
    }

    /// Applies `record` unless it could not have been written after the records before it, and then says why.
    /// One mutating call, so that a state held in an optional is checked and changed where it is, not copied.
    mutating func evolveUnlessImpossible(_ record: Record) -> Catalog.JournalText? {
        if let reason = impossibility(of: record) { return reason }
        evolve(record)
        return nil
    }
}
