import BeraadEngine

/// What a recording command appended, and the session after it.
typealias Performed = (records: [Record], state: SessionState)

extension Context {
    /// Prints what an entry-creating command recorded, or `{"seq": …, "id": …}` with `--json`.
    func confirmEntry(_ result: Performed) throws(CLIError) {
        guard let record = result.records.first, let entry = result.state.entry(record.entryID) else { return }
        try confirm(result.records, EntryFormatter.line(entry, state: result.state, context: self))
    }

    /// Prints `text`, or with `--json` the first record's sequence number and the entry it made, if any.
    func confirm(_ records: [Record], _ text: String) throws(CLIError) {
        guard globals.json else {
            print(text)
            return
        }
        struct Recorded: Encodable {
            var seq: Int
            var id: String?
        }
        let first = records.first
        let createsEntry: Bool
        switch first?.event {
        case .contributionRecorded, .dilemmaFramed, .positionTaken, .decisionRecorded, .actionAgreed, .signalRaised,
            .evaluationGiven:
            createsEntry = true
        case .sessionOpened, .participantJoined, .participantLeft, .roleChanged, .roundAdvanced, .roundReturned,
            .entryAmended,
            .entryRetracted, .redactionAdded, .textErased, .sessionClosed, .minutesApproved, .sessionConvened,
            .sessionStarted, .actionFollowedUp, .signalUpdated, .sessionShared, .followUpOpened, .detailsChanged, nil:
            createsEntry = false
        }
        try printJSON(Recorded(seq: first?.seq ?? 0, id: createsEntry ? first?.entryID.description : nil))
    }

    /// Announces the round the meeting moved to, and why when it was forced.
    func announceRound(_ result: Performed) throws(CLIError) {
        let state = result.state
        guard let round = state.currentRound else { return }
        let count = state.protocolDefinition.rounds.count
        var text = t(.status(.round)) + " \(state.roundIndex + 1)/\(count): " + round.unnumberedTitle(lang)
        if case .roundAdvanced(let move)? = result.records.first?.event, move.forced {
            text += t(.message(.forcedBecause(reason: move.reason ?? "")))
        }
        try confirm(result.records, text + "\n" + round.purpose(lang))
    }

    /// A retraction's confirmation: the entry as it now stands.
    func confirmRetraction(_ result: Performed) throws(CLIError) {
        guard case .entryRetracted(let retraction)? = result.records.first?.event else { return }
        let line: String
        if let entry = result.state.entry(retraction.entry) {
            line = EntryFormatter.line(entry, state: result.state, context: self)
        } else if let person = result.state.personEntry(retraction.entry) {
            line = EntryFormatter.line(person, state: result.state, context: self)
        } else {
            return
        }
        try confirm(result.records, t(.message(retraction.undo ? .undid(entry: line) : .retracted(entry: line))))
    }
}
