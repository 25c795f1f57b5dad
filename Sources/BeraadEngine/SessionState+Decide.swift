extension SessionState {
    /// Checks `command` against the session and its protocol, and returns the events that record it; every rule
    /// of the meeting lives here.
    public func decide(_ command: Command, at: Timestamp) throws(RuleViolation) -> [Event] {
        if at < meetingAt { throw .timeWentBackwards(last: meetingAt, given: at) }
        try checkPhase(allows: command)

        switch command {
        case .open:
            throw .alreadyOpened
        case .join(let name, let role, let absent, let function):
            return try decideJoin(name: name, role: role, absent: absent, function: function)
        case .leave(let name):
            let participant = try resolve(name)
            guard participant.present else { throw .participantAbsent(name: participant.name) }
            return [.participantLeft(ParticipantLeft(name: participant.name))]
        case .changeRole(let name, let roleID):
            let participant = try present(name)
            guard let role = protocolDefinition.role(named: roleID) else {
                throw .unknownRole(role: roleID, known: protocolDefinition.roles.map(\.localizedName))
            }
            if participant.role == role.id {
                throw .roleUnchanged(name: participant.name, role: role.localizedName)
            }
            if let max = role.max {
                let holders = presentParticipants.filter { $0.role == role.id }.map(\.name)
                if holders.count >= max { throw .roleFull(role: role.localizedName, holders: holders) }
            }
            return [.roleChanged(RoleChanged(name: participant.name, role: role.id))]
        case .recordCase(let text, let by, let question):
            let round = try preparedRound(accepting: .case)
            let author: String?
            if let by {
                author = try present(by).name
            } else {
                author = presenter?.name
            }
            let recorded = Event.contributionRecorded(
                ContributionRecorded(
                    round: round.id, kind: .case, participant: author, text: try Self.nonEmpty(text),
                    question: Self.optional(question)))
            return [recorded] + presenterChange(to: author, in: round)
        case .frameDilemma(let question, let options, let harms):
            return try decideDilemma(question: question, options: options, harms: harms)
        case .say(
            let name, let text, let kind, let category, let about, let option, let serves, let influence, let answers):
            return try decideSay(
                name: name, text: text, kind: kind, option: option,
                details: ContributionDetails(
                    category: category, about: about, serves: serves, influence: influence, answers: answers))
        case .takePosition(let name, let option, let because, let cannot, let mitigate, let needs):
            let round = try currentRound(accepting: .position)
            let participant = try present(name)
            return [
                .positionTaken(
                    PositionTaken(
                        round: round.id, participant: participant.name, option: try existingOption(option),
                        because: Self.optional(because), cannot: Self.optional(cannot),
                        mitigate: Self.optional(mitigate),
                        needs: Self.optional(needs)))
            ]
        case .decide(let text, let option, let rationale, let support, let dissent, let review):
            let round = try currentRound(accepting: .decision)
            var dissenters: [String] = []
            for name in dissent {
                let participant = try resolve(name).name
                if !dissenters.contains(participant) { dissenters.append(participant) }
            }
            return [
                .decisionRecorded(
                    DecisionRecorded(
                        round: round.id, text: try Self.nonEmpty(text), option: try Self.mapped(option, existingOption),
                        rationale: Self.optional(rationale), support: support, dissent: dissenters, review: review))
            ]
        case .agreeAction(let text, let owner, let due):
            let round = try currentRound(accepting: .action)
            return [
                .actionAgreed(
                    ActionAgreed(
                        round: round.id, text: try Self.nonEmpty(text), owner: try ownerName(owner), due: due))
            ]
        case .raiseSignal(let text, let level, let by, let to, let theme):
            let round = try currentRound(accepting: .signal)
            // Without `--by` the signal is the group's: nobody is credited with what the group raised.
            let raiser = try Self.mapped(by) { (name) throws(RuleViolation) in try resolve(name).name }
            return [
                .signalRaised(
                    SignalRaised(
                        round: round.id, text: try Self.nonEmpty(text), level: level, participant: raiser,
                        to: Self.optional(to), theme: Self.optional(theme)?.lowercased()))
            ]
        case .evaluate(let name, let score, let text):
            let round = try evaluationRound()
            if let score, !(1...5).contains(score) { throw .scoreOutOfRange(score: score) }
            return [
                .evaluationGiven(
                    EvaluationGiven(
                        round: round.id, participant: try resolve(name).name, score: score,
                        text: try Self.nonEmpty(text)))
            ]
        case .advance(let force, let reason):
            return try decideAdvance(force: force, reason: reason)
        case .back:
            let rounds = protocolDefinition.rounds
            guard roundIndex > 0 else { throw .firstRound }
            return [.roundReturned(RoundReturned(from: rounds[roundIndex].id, to: rounds[roundIndex - 1].id))]
        case .amend(let id, let text, let kind):
            let entry = try liveEntry(id)
            var moved: ContributionKind?
            if let kind, kind != entry.kind {
                // Only what `say` records moves, and only to a kind its round accepts.
                guard entry.contribution != nil, !kind.hasOwnCommand, !entry.kind.hasOwnCommand else {
                    throw .kindHasOwnCommand(kind: entry.kind.hasOwnCommand ? entry.kind : kind)
                }
                if let round = protocolDefinition.rounds.first(where: { $0.id == entry.round }), !round.accepts(kind) {
                    let acceptedIn = protocolDefinition.rounds.filter { $0.accepts(kind) }.map(\.title)
                    throw .kindNotAccepted(kind: kind, round: round.title, acceptedIn: acceptedIn)
                }
                moved = kind
            }
            guard text != nil || moved != nil else { throw .emptyText }
            let newText = try text.map { (text) throws(RuleViolation) in try Self.nonEmpty(text) } ?? entry.text
            return [.entryAmended(EntryAmended(entry: entry.id, text: newText, kind: moved))]
        case .retract(let id, let reason):
            if let person = personEntry(id) {
                try checkTakingBack(person)
                return [.entryRetracted(EntryRetracted(entry: person.id, reason: Self.optional(reason)))]
            }
            let entry = try liveEntry(id)
            return [.entryRetracted(EntryRetracted(entry: entry.id, reason: Self.optional(reason)))]
        case .undo:
            let entry = entries.lazy.filter({ $0.retraction == nil }).max(by: { $0.seq < $1.seq })
            // A correction made after everything else is what `undo` takes back, not the entry it corrected.
            let amended = entries.lazy.filter { $0.retraction == nil }
                .compactMap { entry in entry.amendments.last.map { (entry: entry, amendment: $0) } }
                .max { $0.amendment.seq < $1.amendment.seq }
            let person = people.dropFirst(openingPeople).last { $0.retraction == nil }
            if let amended, amended.amendment.seq > max(entry?.seq ?? 0, person?.seq ?? 0) {
                return [
                    .entryAmended(
                        EntryAmended(
                            entry: amended.entry.id, text: amended.amendment.oldText,
                            kind: amended.amendment.oldKind, undo: true))
                ]
            }
            // A join, invitation or departure made after the last entry is what `undo` takes back.
            if let person, person.seq > entry?.seq ?? 0 {
                try checkTakingBack(person)
                return [.entryRetracted(EntryRetracted(entry: person.id, undo: true))]
            }
            guard let entry else { throw .nothingToUndo }
            return [.entryRetracted(EntryRetracted(entry: entry.id, undo: true))]
        case .close(let abandon, let reason):
            if abandon {
                return [
                    .sessionClosed(SessionClosed(abandoned: true, reason: try reasonText(reason, .abandonNeedsReason)))
                ]
            }
            guard decisionEntry != nil || !protocolDefinition.requiresDecision else { throw .noDecision }
            return [.sessionClosed(SessionClosed(abandoned: false, reason: Self.optional(reason)))]
        case .start:
            guard isPlanned else { throw startedAt == nil ? .notPlanned : .alreadyStarted }
            return [.sessionStarted(SessionStarted())]
        case .followUpAction(let id, let done, let note):
            let action = try followedUpEntry(id, kind: .action)
            guard isDone(action: action.id) != done else {
                throw done ? .actionAlreadyDone(id: action.id) : .actionNotDone(id: action.id)
            }
            return [.actionFollowedUp(ActionFollowedUp(action: action.id, done: done, note: Self.optional(note)))]
        case .updateSignal(let id, let state, let to, let text):
            let signal = try followedUpEntry(id, kind: .signal)
            let current = self.state(ofSignal: signal.id)
            // A signal moves on, never back; it may be passed on again, to someone else.
            guard state > current || (state == .passedOn && current == .passedOn) else {
                throw .signalCannotMove(from: current, to: state)
            }
            var recipient = Self.optional(to)
            if state == .passedOn, recipient == nil, case .signal(_, let planned, _) = signal.details {
                recipient = planned
            }
            if state == .passedOn, recipient == nil { throw .passedOnToNobody }
            if state == .answered, Self.optional(text) == nil { throw .emptyText }
            return [
                .signalUpdated(
                    SignalUpdated(signal: signal.id, state: state, to: recipient, text: Self.optional(text)))
            ]
        case .share(let by):
            guard approvedAt != nil else { throw .notApproved }
            guard sharedAt == nil else { throw .alreadyShared }
            return [.sessionShared(SessionShared(by: try Self.mapped(by, Self.validName)))]
        case .changeDetails(let title, let place, let distribution, let team, let noteTaker):
            var events: [Event] = []
            let change = DetailsChanged(
                title: try Self.mapped(title, Self.nonEmpty), place: try Self.mapped(place, Self.nonEmpty),
                distribution: distribution.map { $0.compactMap(Self.optional) },
                team: try Self.mapped(team, Self.nonEmpty))
            if change != DetailsChanged() { events.append(.detailsChanged(change)) }
            if let noteTaker {
                // Someone joins: that belongs to the meeting, not to its minutes after close.
                if isEnded { throw .sessionEnded }
                guard let role = protocolDefinition.noteTakerRole else { throw .noNoteTakerRole }
                events += try decideJoin(name: noteTaker, role: role.id, absent: false, function: nil)
            }
            guard !events.isEmpty else { throw .emptyText }
            return events
        case .recordFollowUp(let session, let title):
            return [.followUpOpened(FollowUpOpened(session: session, title: try Self.nonEmpty(title)))]
        case .recordErasure(var erasure):
            erasure.by = try Self.mapped(erasure.by, Self.validName)
            return [.textErased(erasure)]
        case .approve(let by):
            guard isEnded else { throw .notEnded }
            return [.minutesApproved(MinutesApproved(by: try Self.mapped(by, Self.validName)))]
        case .convene(let session, let title, let protocolID):
            guard let round = currentRound else { throw .sessionEnded }
            guard round.convenes else {
                throw .cannotConveneHere(
                    round: round.title,
                    roundsThatCan: protocolDefinition.rounds.filter(\.convenes).map(\.title))
            }
            return [
                .sessionConvened(
                    SessionConvened(
                        session: session, title: try Self.nonEmpty(title), protocol: protocolID, round: round.id)
                )
            ]
        }
    }

    /// How long a meeting entered afterwards may have been still before a command without `--at` is refused.
    public static let afterwardsGap: Int64 = 60 * 60

    /// Refuses `command` without a given time, now, in a meeting being entered afterwards whose last record is more
    /// than an hour ago: one forgotten `--at` would put now in the middle of that meeting, and every later time of it
    /// would be refused as going back.
    public func checkEnteredAfterwards(_ command: Command, now: Timestamp) throws(RuleViolation) {
        guard command.recordsInTheMeeting, timesGiven, !isPlanned,
            now.seconds - meetingAt.seconds > Self.afterwardsGap
        else { return }
        throw .enteredAfterwards(last: meetingAt.at(offset: openedAt.offsetSeconds))
    }

    /// The records that `events` become when appended to this session at `at`.
    public func records(for events: [Event], at: Timestamp, given: Bool = false) -> [Record] {
        events.enumerated().map { Record(seq: lastSeq + 1 + $0.offset, at: at, event: $0.element, given: given) }
    }

    // MARK: - The phase of the session

    private func checkPhase(allows command: Command) throws(RuleViolation) {
        // Before a planned session starts, only its preparation is recorded.
        if isPlanned {
            switch command {
            case .join, .leave, .changeRole, .recordCase, .frameDilemma, .start, .amend, .retract, .undo,
                .recordErasure, .changeDetails:
                break
            case .close(let abandon, _) where abandon:
                break
            // A session that has not met has nothing yet to review.
            case .open, .say, .takePosition, .decide, .agreeAction, .raiseSignal, .evaluate, .advance, .back, .close,
                .approve, .followUpAction, .updateSignal, .share, .convene, .recordFollowUp:
                throw .notStarted
            }
        }
        let isCorrection: Bool
        switch command {
        // The header can be set until approval, as corrections can.
        case .amend, .retract, .undo, .changeDetails: isCorrection = true
        // Follow-up and erasure go on after close and approval.
        case .recordErasure, .followUpAction, .updateSignal, .share, .recordFollowUp: return
        // An evaluation is often given after the close, until the minutes are approved.
        case .evaluate where isEnded:
            if approvedAt != nil { throw .sessionApproved }
            return
        case .approve:
            if approvedAt != nil { throw .alreadyApproved }
            return
        case .open, .join, .leave, .changeRole, .recordCase, .frameDilemma, .say, .takePosition, .decide,
            .agreeAction, .raiseSignal, .evaluate, .advance, .back, .close, .convene, .start:
            isCorrection = false
        }
        if isCorrection {
            if approvedAt != nil { throw .sessionApproved }
        } else if isEnded {
            throw .sessionEnded
        }
    }

    // MARK: - Commands with more to check

    /// The events that open a session (`Session.unopened` decides the opening).
    static func decideOpen(
        id: String, title: String, definition: ProtocolDefinition, facilitator: String?, lang: Language,
        parent: SessionLink?, details: SessionDetails
    ) throws(RuleViolation) -> [Event] {
        let distribution = details.distribution.compactMap(Self.optional)
        var events: [Event] = [
            .sessionOpened(
                SessionOpened(
                    id: id, title: try Self.nonEmpty(title), protocolDefinition: definition,
                    facilitator: try Self.mapped(facilitator, Self.validName), lang: lang, parent: parent,
                    place: Self.optional(details.place), distribution: distribution.isEmpty ? nil : distribution,
                    team: Self.optional(details.team), planned: details.planned, followUpOf: details.followUpOf))
        ]
        if let facilitator {
            let role = definition.facilitatorRole ?? definition.defaultRole
            events.append(
                .participantJoined(ParticipantJoined(name: try Self.validName(facilitator), role: role?.id ?? "")))
        }
        if let noteTaker = details.noteTaker {
            guard let role = definition.noteTakerRole else { throw .noNoteTakerRole }
            let name = try Self.validName(noteTaker)
            if let facilitator, name.lowercased() == facilitator.lowercased() {
                throw .participantAlreadyPresent(name: name)
            }
            events.append(.participantJoined(ParticipantJoined(name: name, role: role.id)))
        }
        return events
    }

    private func decideJoin(
        name: String, role roleID: String?, absent: Bool, function: String?
    ) throws(RuleViolation) -> [Event] {
        let name = try Self.validName(name)
        let definition = protocolDefinition
        // A late arrival is the person who was invited (or who left): a name that matches exactly one of them, as
        // names match everywhere, is that person; another name adds someone new.
        let existing = participant(named: name) ?? (absent ? nil : awaited(name))
        if let existing, existing.present { throw .participantAlreadyPresent(name: existing.name) }
        if absent, let existing { throw .participantAlreadyKnown(name: existing.name) }
        let role: Role
        if let roleID {
            guard let found = definition.role(named: roleID) else {
                throw .unknownRole(role: roleID, known: definition.roles.map(\.localizedName))
            }
            role = found
        } else if let existing, let previous = definition.role(existing.role) {
            role = previous
        } else if let fallback = definition.defaultRole {
            role = fallback
        } else {
            throw .unknownRole(role: "", known: [])
        }
        if let max = role.max, !absent {
            let holders = presentParticipants.filter { $0.role == role.id }.map(\.name)
            if holders.count >= max { throw .roleFull(role: role.localizedName, holders: holders) }
        }
        return [
            .participantJoined(
                ParticipantJoined(
                    name: existing?.name ?? name, role: role.id, absent: absent ? true : nil,
                    function: try Self.mapped(function, Self.nonEmpty)))
        ]
    }

    /// The one participant who is not here (invited, or gone) whose name `name` starts, if exactly one is.
    private func awaited(_ name: String) -> Participant? {
        let wanted = name.lowercased()
        let matches = participants.filter { !$0.present && $0.name.lowercased().hasPrefix(wanted) }
        return matches.count == 1 ? matches[0] : nil
    }

    private func decideDilemma(
        question: String?, options: [LabeledText], harms: [LabeledText]
    ) throws(RuleViolation) -> [Event] {
        let standing: (entry: Entry, options: [DilemmaOption])?
        if let entry = dilemmaEntry, case .dilemma(let options) = entry.details {
            standing = (entry, options)
        } else {
            standing = nil
        }
        // Correcting the standing dilemma's harms (or its question) is allowed in any round, and stays with the
        // round the dilemma was framed in; framing it anew belongs to a round that takes the dilemma.
        let round: String
        if let standing, options.isEmpty {
            guard currentRound != nil else { throw .sessionEnded }
            round = standing.entry.round
        } else {
            round = try preparedRound(accepting: .dilemma).id
        }
        guard let text = question ?? standing?.entry.text else { throw .emptyText }
        let question = try Self.nonEmpty(text)
        var result: [DilemmaOption] = []
        if options.isEmpty, let standing {
            result = standing.options
        } else {
            guard options.count >= 2 else { throw .tooFewOptions }
            let expected = OptionLabel.first(options.count)
            guard options.map(\.label) == expected, options.count <= 26 else {
                throw .badOptionLabels(expected: expected.map(\.description))
            }
            for option in options {
                result.append(DilemmaOption(label: option.label, text: try Self.nonEmpty(option.text)))
            }
        }
        for harm in harms {
            guard let index = result.firstIndex(where: { $0.label == harm.label }) else {
                throw .harmForUnknownOption(label: harm.label.description)
            }
            result[index].harm = try Self.nonEmpty(harm.text)
        }
        return [.dilemmaFramed(DilemmaFramed(round: round, question: question, options: result))]
    }

    /// `option` is the option as typed; `details` carry the rest as typed.
    private func decideSay(
        name: String, text: String, kind: ContributionKind?, option: String?, details: ContributionDetails
    ) throws(RuleViolation) -> [Event] {
        guard let round = currentRound else { throw .sessionEnded }
        let kind = kind ?? round.defaultSayKind
        if kind.hasOwnCommand { throw .kindHasOwnCommand(kind: kind) }
        _ = try currentRound(accepting: kind)
        let participant = try present(name)
        let text = try Self.nonEmpty(text)
        let categoryID = try details.category.map { (text) throws(RuleViolation) in
            try categoryNamed(text, in: round).id
        }
        let servesID = try details.serves.map { (text) throws(RuleViolation) in
            try servedCategory(text, from: round).id
        }
        if let answers = details.answers, !round.questions.indices.contains(answers - 1) {
            throw .unknownQuestion(number: answers, count: round.questions.count)
        }
        if kind == .signal {
            return [.signalRaised(SignalRaised(round: round.id, text: text, level: nil, participant: participant.name))]
        }
        return [
            .contributionRecorded(
                ContributionRecorded(
                    round: round.id, kind: kind, participant: participant.name, text: text, category: categoryID,
                    about: Self.optional(details.about), option: try Self.mapped(option, existingOption),
                    serves: servesID, influence: details.influence, answers: details.answers))
        ]
    }

    /// The category of `round` that `text` names; a category of another round is refused naming the rounds that
    /// take it, as a kind of another round is.
    private func categoryNamed(_ text: String, in round: Round) throws(RuleViolation) -> Category {
        let found = CategoryName.matches(text, in: round.categories)
        if found.count == 1, let category = found.first { return category }
        if found.count > 1 { throw .ambiguousCategory(category: text, candidates: found.map(\.id)) }
        let elsewhere = protocolDefinition.rounds.filter { other in
            other.id != round.id && !CategoryName.matches(text, in: other.categories).isEmpty
        }
        if !elsewhere.isEmpty {
            throw .categoryNotInRound(category: text, round: round.title, takenIn: elsewhere.map(\.title))
        }
        throw .unknownCategory(category: text, known: round.categories.map(\.id))
    }

    /// The category of another round that `text` names, for `say --serves`: the goals an intervention serves are
    /// the cards of the rounds this one recalls (fase 1 for fase 3), or of any other round if it recalls none.
    private func servedCategory(_ text: String, from round: Round) throws(RuleViolation) -> Category {
        let rounds = protocolDefinition.rounds.filter {
            round.recalls.isEmpty ? $0.id != round.id : round.recalls.contains($0.id)
        }
        let others = rounds.flatMap(\.categories)
        let found = CategoryName.matches(text, in: others)
        if found.count == 1, let category = found.first { return category }
        if found.count > 1 { throw .ambiguousCategory(category: text, candidates: found.map(\.id)) }
        throw .unknownCategory(category: text, known: others.map(\.id))
    }

    private func decideAdvance(force: Bool, reason: String?) throws(RuleViolation) -> [Event] {
        let rounds = protocolDefinition.rounds
        guard let round = currentRound else { throw .sessionEnded }
        guard roundIndex + 1 < rounds.count else { throw .lastRound }
        let unmet = unmetRequirements(ofRound: roundIndex)
        let next = rounds[roundIndex + 1].id
        if force {
            let reason = try reasonText(reason, .forceNeedsReason)
            return [
                .roundAdvanced(
                    RoundAdvanced(from: round.id, to: next, forced: !unmet.isEmpty, reason: reason, unmet: unmet))
            ]
        }
        guard unmet.isEmpty else { throw .requirementsUnmet(round: round.title, unmet: unmet) }
        return [.roundAdvanced(RoundAdvanced(from: round.id, to: next))]
    }

    // MARK: - Lookups that refuse

    /// The current round, if it accepts `kind`; otherwise a refusal naming the rounds that do.
    /// The round that takes `kind`: the current one, or, before a planned session starts, the first that takes it
    /// (the case and the dilemma are prepared beforehand).
    private func preparedRound(accepting kind: ContributionKind) throws(RuleViolation) -> Round {
        if isPlanned, let round = protocolDefinition.rounds.first(where: { $0.accepts(kind) }) { return round }
        return try currentRound(accepting: kind)
    }

    /// The entry `id` names (`e12`, `12`, or an action's or signal's number `a2`/`s2`), which must be a standing
    /// entry of `kind`.
    func followedUpEntry(_ id: String, kind: ContributionKind) throws(RuleViolation) -> Entry {
        let numbered = kind == .action ? actionEntries : signalEntries
        let prefix = kind == .action ? "a" : "s"
        var found: Entry?
        if id.lowercased().hasPrefix(prefix), let number = Int(id.dropFirst()), numbered.indices.contains(number - 1) {
            found = numbered[number - 1]
        } else {
            found = entry(id)
        }
        guard let entry = found, entry.kind == kind, entry.retraction == nil else {
            throw kind == .action ? .notAnAction(id: id) : .notASignal(id: id)
        }
        return entry
    }

    /// Where an evaluation goes: the current round when it takes evaluations; else, in the last round or after
    /// the close, the method's evaluation round, or its last round when it has none. Every method can take one.
    private func evaluationRound() throws(RuleViolation) -> Round {
        let rounds = protocolDefinition.rounds
        if let round = currentRound, round.accepts(.evaluation) { return round }
        let isLast = currentRound == nil || roundIndex == rounds.count - 1
        guard isLast, let round = rounds.last(where: { $0.accepts(.evaluation) }) ?? rounds.last else {
            return try currentRound(accepting: .evaluation)
        }
        return round
    }

    private func currentRound(accepting kind: ContributionKind) throws(RuleViolation) -> Round {
        guard let round = currentRound else { throw .sessionEnded }
        guard round.accepts(kind) else {
            let acceptedIn = protocolDefinition.rounds.filter { $0.accepts(kind) }.map(\.title)
            throw .kindNotAccepted(kind: kind, round: round.title, acceptedIn: acceptedIn)
        }
        return round
    }

    /// The participant `name` names: the exact name in any case, else a unique prefix.
    public func resolve(_ name: String) throws(RuleViolation) -> Participant {
        let wanted = name.trimmingWhitespace().lowercased()
        if let exact = participant(named: wanted) { return exact }
        let matches = wanted.isEmpty ? [] : participants.filter { $0.name.lowercased().hasPrefix(wanted) }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw .unknownParticipant(name: name, known: participants.map(\.name))
        default: throw .ambiguousParticipant(name: name, candidates: matches.map(\.name))
        }
    }

    private func present(_ name: String) throws(RuleViolation) -> Participant {
        let participant = try resolve(name)
        guard participant.present else { throw .participantAbsent(name: participant.name) }
        return participant
    }

    /// In a round where the one whose case it is becomes the presenter (the Socratic example-giver), the role
    /// changes that make `author` the presenter: whoever held the role goes back to the default role.
    private func presenterChange(to author: String?, in round: Round) -> [Event] {
        guard round.casePresenter, let author, let role = protocolDefinition.presenterRole,
            let person = participant(named: author), person.role != role.id
        else { return [] }
        let fallback = protocolDefinition.defaultRole?.id ?? person.role
        let holders = presentParticipants.filter { $0.role == role.id && $0.name != person.name }
        let stepDown = role.max.map { holders.count >= $0 } ?? false ? holders : []
        return stepDown.map { .roleChanged(RoleChanged(name: $0.name, role: fallback)) }
            + [.roleChanged(RoleChanged(name: person.name, role: role.id))]
    }

    /// The inbrenger who is here, if the method has one.
    private var presenter: Participant? {
        guard let role = protocolDefinition.presenterRole else { return nil }
        return presentParticipants.first { $0.role == role.id }
    }

    /// An action's owner: a participant (by name or unique prefix), or someone outside the meeting, named as given.
    private func ownerName(_ name: String) throws(RuleViolation) -> String {
        do throws(RuleViolation) { return try resolve(name).name } catch {
            guard case .unknownParticipant = error else { throw error }
            return try Self.validName(name)
        }
    }

    private func existingOption(_ label: String) throws(RuleViolation) -> OptionLabel {
        let options = dilemmaOptions
        guard !options.isEmpty else { throw .noDilemma }
        guard let wanted = OptionLabel(label), options.contains(where: { $0.label == wanted }) else {
            throw .unknownOption(label: label, known: options.map(\.label.description))
        }
        return wanted
    }

    /// How many of `people` the opening recorded (the facilitator, the note-taker, right after it): `undo` never
    /// reaches them.
    private var openingPeople: Int {
        var count = 0
        while count < people.count, people[count].seq == count + 2, people[count].at == openedAt {
            let person = people[count]
            let isFacilitator = person.name == opened.facilitator
            let isNoteTaker = person.role.flatMap { protocolDefinition.role($0) }?.isNoteTaker == true
            guard isFacilitator || isNoteTaker else { break }
            count += 1
        }
        return count
    }

    /// Refuses to take back `person` (a join, an invitation, a departure) when it stands no more, or when someone
    /// would then be gone whose entries still stand.
    private func checkTakingBack(_ person: PersonEntry) throws(RuleViolation) {
        if person.retraction != nil { throw .alreadyRetracted(id: person.id) }
        var after = self
        after.people[after.people.firstIndex { $0.id == person.id } ?? 0].retraction = Retraction(
            at: lastAt, reason: nil, undo: false)
        after.rebuildParticipants()
        let wanted = person.name.lowercased()
        guard after.participant(named: wanted) == nil else { return }
        let standing = liveEntries { entry in
            if entry.participant?.lowercased() == wanted { return true }
            if case .decision(_, _, _, let dissent, _) = entry.details {
                return dissent.contains { $0.lowercased() == wanted }
            }
            return false
        }
        if !standing.isEmpty {
            throw .participantHasEntries(name: person.name, entries: standing.map(\.id))
        }
    }

    private func liveEntry(_ id: String) throws(RuleViolation) -> Entry {
        guard let entry = entry(id) else { throw .unknownEntry(id: id) }
        if entry.retraction != nil { throw .alreadyRetracted(id: entry.id) }
        return entry
    }

    // MARK: - Text checks

    /// `Optional.map` for a transform that throws a `RuleViolation` (the standard one loses the error type).
    private static func mapped<T>(
        _ value: String?, _ transform: (String) throws(RuleViolation) -> T
    ) throws(RuleViolation) -> T? {
        guard let value else { return nil }
        return try transform(value)
    }

    private static func nonEmpty(_ text: String) throws(RuleViolation) -> String {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .emptyText }
        return trimmed
    }

    private static func optional(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private func reasonText(_ text: String?, _ violation: RuleViolation) throws(RuleViolation) -> String {
        guard let reason = Self.optional(text) else { throw violation }
        return reason
    }

    /// A participant's name as it may be stored: trimmed, without ':' or control characters, not an option.
    static func validName(_ name: String) throws(RuleViolation) -> String {
        let trimmed = name.trimmingWhitespace()
        let forbidden = trimmed.unicodeScalars.contains {
            $0 == ":" || $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format
                    && $0 != "\u{200D}"
        }
        guard !trimmed.isEmpty, trimmed.count <= 100, !forbidden, !trimmed.hasPrefix("-"), !trimmed.hasPrefix("/")
        else { throw .invalidName(name: name) }
        return trimmed
    }
}
