extension SessionState {
    /// Applies one recorded event. Total: it accepts every event `decide` ever produced and never fails;
    /// an event that refers to something unknown changes nothing it cannot apply.
    public mutating func evolve(_ record: Record) {
        let at = record.at
        lastSeq = max(lastSeq, record.seq)
        lastAt = max(lastAt, at)
        if record.event.isMeetingRecord {
            meetingAt = max(meetingAt, at)
            timesGiven = record.given
        }
        switch record.event {
        case .sessionOpened:
            // A session is opened once, by its first record (`Session`); replay refuses a second opening.
            break
        case .participantJoined(let data):
            let existing = participantIndex[data.name.lowercased()].map { participants[$0] }
            let change: PersonEntry.Change =
                data.absent == true ? .invited : existing?.absent == true ? .arrived : .joined
            people.append(
                PersonEntry(
                    id: record.entryID, seq: record.seq, at: at, round: isPlanned ? nil : currentRound?.id,
                    change: change, name: data.name, role: data.role, function: data.function))
            applyJoin(data, at: at)
        case .participantLeft(let data):
            people.append(
                PersonEntry(
                    id: record.entryID, seq: record.seq, at: at, round: currentRound?.id, change: .left,
                    name: data.name))
            applyLeave(data, at: at)
        case .roleChanged(let data):
            people.append(
                PersonEntry(
                    id: record.entryID, seq: record.seq, at: at, round: isPlanned ? nil : currentRound?.id,
                    change: .roleChanged, name: data.name, role: data.role))
            applyRole(data)
        case .contributionRecorded(let data):
            append(
                record, round: data.round, kind: data.kind, participant: data.participant, text: data.text,
                details: .contribution(
                    ContributionDetails(
                        category: data.category, about: data.about, option: data.option, serves: data.serves,
                        influence: data.influence, answers: data.answers)),
                carriedOver: data.carriedOver, question: data.question)
        case .dilemmaFramed(let data):
            append(
                record, round: data.round, kind: .dilemma, participant: nil, text: data.question,
                details: .dilemma(options: data.options), carriedOver: data.carriedOver)
        case .positionTaken(let data):
            append(
                record, round: data.round, kind: .position, participant: data.participant, text: data.because ?? "",
                details: .position(option: data.option, cannot: data.cannot, mitigate: data.mitigate, needs: data.needs)
            )
        case .decisionRecorded(let data):
            append(
                record, round: data.round, kind: .decision, participant: nil, text: data.text,
                details: .decision(
                    option: data.option, rationale: data.rationale, support: data.support, dissent: data.dissent,
                    review: data.review))
        case .actionAgreed(let data):
            append(
                record, round: data.round, kind: .action, participant: nil, text: data.text,
                details: .action(owner: data.owner, due: data.due))
        case .signalRaised(let data):
            append(
                record, round: data.round, kind: .signal, participant: data.participant, text: data.text,
                details: .signal(level: data.level, to: data.to, theme: data.theme))
        case .evaluationGiven(let data):
            append(
                record, round: data.round, kind: .evaluation, participant: data.participant, text: data.text,
                details: .evaluation(score: data.score))
        case .roundAdvanced(let data):
            advances.append(RecordedAdvance(at: at, advance: data))
            move(to: data.to, at: at)
        case .roundReturned(let data):
            move(to: data.to, at: at)
        case .entryAmended(let data):
            if let index = entries.firstIndex(where: { $0.id == data.entry }) {
                if data.undo == true {
                    // The last correction is taken back: it no longer shows, and what it changed is as before.
                    if let last = entries[index].amendments.popLast() {
                        entries[index].text = last.oldText
                        if let kind = last.oldKind { entries[index].kind = kind }
                    }
                } else {
                    let moved = data.kind.flatMap { $0 == entries[index].kind ? nil : $0 }
                    entries[index].amendments.append(
                        Amendment(
                            at: at, oldText: entries[index].text, newText: data.text, seq: record.seq,
                            oldKind: moved == nil ? nil : entries[index].kind, newKind: moved))
                    entries[index].text = data.text
                    if let moved { entries[index].kind = moved }
                }
            }
        case .entryRetracted(let data):
            let retraction = Retraction(at: at, reason: data.reason, undo: data.undo)
            if let index = entries.firstIndex(where: { $0.id == data.entry }) {
                entries[index].retraction = retraction
                if entries[index].at == meetingAt { recountMeetingAt() }
            } else if let index = people.firstIndex(where: { $0.id == data.entry }) {
                people[index].retraction = retraction
                rebuildParticipants()
                if people[index].at == meetingAt { recountMeetingAt() }
            }
        case .textErased(let data):
            erasures.append(
                Erasure(
                    at: record.at, reason: data.reason, count: data.count, afterApproval: approvedAt != nil,
                    previousFingerprint: data.previousFingerprint))
        case .redactionAdded(let data):
            if !redactions.contains(data.text) { redactions.append(data.text) }
        case .sessionClosed(let data):
            closeVisit(at: at)
            // Ending an ended session is refused before it is applied (the replay's invariants).
            if case .ended = lifecycle { break }
            let ending: Lifecycle.Ending =
                data.abandoned ? .abandoned(at: at, reason: data.reason ?? "") : .closed(at: at)
            lifecycle = .ended(ending, startedAt: lifecycle.startedAt, approval: nil)
        case .minutesApproved(let data):
            // Only an ended session's minutes are approved, once (the replay's invariants refuse anything else).
            if case .ended(let ending, let started, nil) = lifecycle {
                lifecycle = .ended(ending, startedAt: started, approval: Lifecycle.Approval(at: at, by: data.by))
            }
        case .sessionConvened(let data):
            convened.append(data)
        case .sessionStarted:
            if case .ended = lifecycle {} else { lifecycle = .running(startedAt: at) }
            if let first = protocolDefinition.rounds.first {
                roundIndex = 0
                roundVisits = [RoundVisit(round: first.id, enteredAt: at)]
            }
        case .actionFollowedUp(let data):
            actionFollowUps[data.action, default: []].append(ActionFollowUp(at: at, done: data.done, note: data.note))
        case .signalUpdated(let data):
            signalUpdates[data.signal, default: []].append(
                SignalUpdate(at: at, state: data.state, to: data.to, text: data.text))
        case .sessionShared(let data):
            if case .ended(let ending, let started, var approval?) = lifecycle {
                approval.sharing = Lifecycle.Sharing(at: at, by: data.by)
                lifecycle = .ended(ending, startedAt: started, approval: approval)
            }
        case .followUpOpened(let data):
            followUps.append(data)
        case .detailsChanged(let data):
            if let title = data.title { opened.title = title }
            if let place = data.place { opened.place = place }
            if let distribution = data.distribution { opened.distribution = distribution }
            if let team = data.team { opened.team = team }
        }
    }

    private mutating func applyJoin(_ data: ParticipantJoined, at: Timestamp) {
        let absent = data.absent ?? false
        if let index = participantIndex[data.name.lowercased()] {
            participants[index].present = !absent
            participants[index].role = data.role
            participants[index].leftAt = nil
            if let function = data.function { participants[index].function = function }
            if participants[index].absent && !absent {
                participants[index].absent = false
                participants[index].joinedAt = at
            }
        } else {
            participantIndex[data.name.lowercased()] = participants.count
            participants.append(
                Participant(
                    name: data.name, role: data.role, present: !absent, joinedAt: at, absent: absent,
                    function: data.function))
        }
    }

    private mutating func applyRole(_ data: RoleChanged) {
        if let index = participantIndex[data.name.lowercased()] { participants[index].role = data.role }
    }

    private mutating func applyLeave(_ data: ParticipantLeft, at: Timestamp) {
        if let index = participantIndex[data.name.lowercased()] {
            participants[index].present = false
            participants[index].leftAt = at
        }
    }

    /// `meetingAt` again, after the record it came from was taken back. The meeting's standing records never go
    /// back in time, so the latest of each kind is the last one that stands.
    private mutating func recountMeetingAt() {
        var latest = startedAt ?? openedAt
        if let entry = entries.last(where: { $0.retraction == nil && $0.carriedOver == nil }) {
            latest = max(latest, entry.at)
        }
        if let person = people.last(where: { $0.retraction == nil }) { latest = max(latest, person.at) }
        if let advance = advances.last { latest = max(latest, advance.at) }
        if let visit = roundVisits.last { latest = max(latest, visit.enteredAt) }
        switch phase {
        case .open: break
        case .closed(let at), .abandoned(let at, _): latest = max(latest, at)
        }
        meetingAt = latest
    }

    /// The participants as the joins, invitations and departures that still stand make them: after one of them was
    /// taken back.
    mutating func rebuildParticipants() {
        participants = []
        participantIndex = [:]
        for person in people where person.retraction == nil {
            switch person.change {
            case .joined, .arrived, .invited:
                applyJoin(
                    ParticipantJoined(
                        name: person.name, role: person.role ?? "", absent: person.change == .invited ? true : nil,
                        function: person.function), at: person.at)
            case .left:
                applyLeave(ParticipantLeft(name: person.name), at: person.at)
            case .roleChanged:
                applyRole(RoleChanged(name: person.name, role: person.role ?? ""))
            }
        }
    }

    private mutating func append(
        _ record: Record, round: String, kind: ContributionKind, participant: String?, text: String,
        details: EntryDetails, carriedOver: String? = nil, question: String? = nil
    ) {
        entries.append(
            Entry(
                id: record.entryID, seq: record.seq, at: record.at, round: round, kind: kind, participant: participant,
                text: text, details: details, amendments: [], retraction: nil, carriedOver: carriedOver,
                question: question))
    }

    private mutating func move(to round: String, at: Timestamp) {
        guard let index = protocolDefinition.roundIndex(round) else { return }
        closeVisit(at: at)
        roundIndex = index
        roundVisits.append(RoundVisit(round: round, enteredAt: at))
    }

    private mutating func closeVisit(at: Timestamp) {
        if let last = roundVisits.indices.last, roundVisits[last].leftAt == nil { roundVisits[last].leftAt = at }
    }
}
