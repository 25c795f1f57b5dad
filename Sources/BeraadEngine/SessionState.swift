/// Everything known about an opened session, derived from its events by `evolve`; never stored.
public struct SessionState: Sendable, Equatable {
    /// Whether the session is still running.
    public enum Phase: Sendable, Equatable {
        case open
        case closed(at: Timestamp)
        case abandoned(at: Timestamp, reason: String)
    }

    /// The opening event: the id, the title, the language and the whole protocol.
    public internal(set) var opened: SessionOpened {
        _read { yield openedBox.value }
        set { openedBox = Boxed(newValue) }
    }
    /// Kept in a box: inline, the opening (with its protocol) is most of a state's size, and a state is passed to
    /// each method that reads it as a copy of its inline part, several times for every record replayed.
    private var openedBox: Boxed<SessionOpened>
    public let openedAt: Timestamp
    /// The time of the last event.
    public internal(set) var lastAt: Timestamp
    /// The time of the last record of the meeting itself that stands (who came and went, what was said, the rounds,
    /// not corrections or what happened after it): no later record may be earlier. A record taken back no longer
    /// counts, so a record given the wrong time is mended by taking it back.
    public internal(set) var meetingAt: Timestamp
    /// Whether the last record of the meeting had its time given (`--at`): the meeting is being entered afterwards.
    public internal(set) var timesGiven = false
    public internal(set) var lastSeq: Int
    public internal(set) var participants: [Participant] = []
    /// The index in `participants` of each lower-cased name, so that replay stays linear in participants.
    var participantIndex: [String: Int] = [:]
    public internal(set) var roundIndex: Int = 0
    public internal(set) var roundVisits: [RoundVisit] = []
    public internal(set) var advances: [RecordedAdvance] = []
    /// Every entry, in order; those a snapshot holds may be read only when something needs them (`EntryLog`).
    public internal(set) var entries: EntryLog = []
    /// Every join, invitation and departure, in order, each an entry of the log that can be taken back.
    public internal(set) var people: [PersonEntry] = []
    /// Texts an older beraad kept on a redaction list, replaced when the minutes are rendered.
    public internal(set) var redactions: [String] = []
    /// Erasures made in the journal itself, in order.
    public internal(set) var erasures: [Erasure] = []
    /// Planned, running, or ended (and approved, and shared): one value with what each stage carries.
    public internal(set) var lifecycle: Lifecycle
    /// Sessions convened from this one, in order.
    public internal(set) var convened: [SessionConvened] = []
    /// The follow-up of each action, by its entry id, in order.
    public internal(set) var actionFollowUps: [EntryID: [ActionFollowUp]] = [:]
    /// The updates of each signal, by its entry id, in order.
    public internal(set) var signalUpdates: [EntryID: [SignalUpdate]] = [:]
    /// Review sessions opened to follow this one up, in order.
    public internal(set) var followUps: [FollowUpOpened] = []

    /// The state right after `opened`, recorded as record `seq` at `at`.
    init(opened: SessionOpened, seq: Int, at: Timestamp) {
        openedBox = Boxed(opened)
        openedAt = at
        lastAt = at
        meetingAt = at
        lastSeq = seq
        lifecycle = opened.planned == nil ? .running(startedAt: nil) : .planned
        // A planned session's first round begins when it starts.
        if let first = opened.protocolDefinition.rounds.first, opened.planned == nil {
            roundVisits = [RoundVisit(round: first.id, enteredAt: at)]
        }
    }

    /// A state with every stored property given, as the snapshot's reader restores it; nil when it could not be a
    /// state (two participants by one name).
    public init?(
        restoring opened: SessionOpened, openedAt: Timestamp, lastAt: Timestamp, meetingAt: Timestamp,
        timesGiven: Bool, lastSeq: Int, participants: [Participant], roundIndex: Int, roundVisits: [RoundVisit],
        advances: [RecordedAdvance], entries: EntryLog, people: [PersonEntry], redactions: [String],
        erasures: [Erasure], lifecycle: Lifecycle, convened: [SessionConvened],
        actionFollowUps: [EntryID: [ActionFollowUp]], signalUpdates: [EntryID: [SignalUpdate]],
        followUps: [FollowUpOpened]
    ) {
        openedBox = Boxed(opened)
        self.openedAt = openedAt
        self.lastAt = lastAt
        self.meetingAt = meetingAt
        self.timesGiven = timesGiven
        self.lastSeq = lastSeq
        self.participants = participants
        for (index, participant) in participants.enumerated() {
            guard participantIndex.updateValue(index, forKey: participant.name.lowercased()) == nil else { return nil }
        }
        self.roundIndex = roundIndex
        self.roundVisits = roundVisits
        self.advances = advances
        self.entries = entries
        self.people = people
        self.redactions = redactions
        self.erasures = erasures
        self.lifecycle = lifecycle
        self.convened = convened
        self.actionFollowUps = actionFollowUps
        self.signalUpdates = signalUpdates
        self.followUps = followUps
    }

    /// The state after replaying a journal's `records` in order; fails unless the first opens the session and no
    /// other does.
    public init(replaying records: [Record]) throws(ReplayError) {
        var replayer = Replayer()
        for record in records { replayer.apply(record) }
        self = try replayer.result()
    }

    /// Reads the entries a snapshot still holds, once, for a command that goes over them many times (each read of a
    /// deferred entry takes a lock).
    public mutating func loadEntries() { entries.materialize() }

    public var id: String { opened.id }
    public var title: String { opened.title }
    public var protocolDefinition: ProtocolDefinition { opened.protocolDefinition }
    public var language: Language { opened.lang }

    /// The current round, or `nil` once the session has ended.
    public var currentRound: Round? {
        guard phase == .open, protocolDefinition.rounds.indices.contains(roundIndex) else { return nil }
        return protocolDefinition.rounds[roundIndex]
    }

    /// Whether the session is planned and has not started: only preparation (people, the case, the dilemma) is
    /// recorded until `start`.
    public var isPlanned: Bool { lifecycle == .planned }

    /// Whether the meeting is on or still to come, or how it ended.
    public var phase: Phase {
        switch lifecycle {
        case .planned, .running: return .open
        case .ended(.closed(let at), _, _): return .closed(at: at)
        case .ended(.abandoned(let at, let reason), _, _): return .abandoned(at: at, reason: reason)
        }
    }

    /// When a planned session started; nil while it waits (and for a session that was never planned).
    public var startedAt: Timestamp? { lifecycle.startedAt }

    /// When the minutes were approved, and by whom when given.
    public var approvedAt: Timestamp? { lifecycle.approval?.at }
    public var approvedBy: String? { lifecycle.approval?.by }

    /// When the approved session was marked for the case bank, and who agreed.
    public var sharedAt: Timestamp? { lifecycle.approval?.sharing?.at }
    public var sharedBy: String? { lifecycle.approval?.sharing?.by }

    /// When the meeting began: its start if it was planned, else its opening.
    public var beganAt: Timestamp { startedAt ?? openedAt }

    /// Every action agreed, retracted ones included, in order: an action's number (`a2`) is its place here.
    public var actionEntries: [Entry] { entries.filter { $0.kind == .action } }

    /// Every signal raised, retracted ones included, in order: a signal's number (`s2`) is its place here.
    public var signalEntries: [Entry] { entries.filter { $0.kind == .signal } }

    /// Whether the action with entry id `id` is done now.
    public func isDone(action id: EntryID) -> Bool { actionFollowUps[id]?.last?.done ?? false }

    /// Where the signal with entry id `id` stands now.
    public func state(ofSignal id: EntryID) -> SignalState { signalUpdates[id]?.last?.state ?? .raised }

    public var isEnded: Bool {
        switch phase {
        case .open: return false
        case .closed, .abandoned: return true
        }
    }

    /// The rounds the session never came to: after the current one, not visited. Closing now would leave them out.
    public var roundsNotReached: [Round] {
        let visited = Set(roundVisits.map(\.round))
        return protocolDefinition.rounds.enumerated().filter {
            $0.offset > roundIndex && !visited.contains($0.element.id)
        }
        .map(\.element)
    }

    /// Participants who are here now.
    public var presentParticipants: [Participant] { participants.filter(\.present) }

    /// Present participants whose role counts for "from every participant".
    public var contributingParticipants: [Participant] {
        presentParticipants.filter { protocolDefinition.role($0.role)?.contributes ?? true }
    }

    /// The participant with exactly this name (any case).
    public func participant(named name: String) -> Participant? {
        participantIndex[name.lowercased()].map { participants[$0] }
    }

    /// Entries that still stand.
    public var liveEntries: [Entry] { entries.filter { $0.retraction == nil } }

    /// The entries that still stand and meet `predicate`, without a copy of every standing entry first.
    public func liveEntries(where predicate: (Entry) -> Bool) -> [Entry] {
        // By index: an entry passed over is looked at where it is, not copied.
        entries.indices.compactMap { place in
            entries[place].retraction == nil && predicate(entries[place]) ? entries[place] : nil
        }
    }

    /// The entry a facilitator names (`e12` or `12`).
    public func entry(_ text: String) -> Entry? { EntryID(text).flatMap(entry) }

    /// The entry with `id`. Entries are kept in the order of their records, so found by halving: a lookup costs the
    /// same in a long session as in a short one.
    public func entry(_ id: EntryID) -> Entry? { entries.entry(id) }

    /// The join, invitation or departure a facilitator names (`e3` or `3`).
    public func personEntry(_ text: String) -> PersonEntry? { EntryID(text).flatMap(personEntry) }

    /// The join, invitation or departure with `id`.
    public func personEntry(_ id: EntryID) -> PersonEntry? { people.first { $0.id == id } }

    /// The case description that stands (the latest, if more were given).
    public var caseEntry: Entry? { entries.last { $0.kind == .case && $0.retraction == nil } }

    /// The standing contributions `round` holds on its category `category` (a card of the afwegingskader).
    public func entries(onCard category: String, inRound round: String) -> [Entry] {
        liveEntries { $0.round == round && $0.contribution?.category == category }
    }

    /// Whether an entry clarifies the case recorded in `round` (none: nothing clarifies it): a question or fact of
    /// the case's round that is on no card (one on a card belongs to the card).
    public static func clarifications(ofTheCaseIn round: String?) -> (Entry) -> Bool {
        { entry in
            [.question, .fact].contains(entry.kind) && entry.round == round && entry.contribution?.category == nil
        }
    }

    /// The dilemma that stands.
    public var dilemmaEntry: Entry? { entries.last { $0.kind == .dilemma && $0.retraction == nil } }

    /// The options of the dilemma that stands, then each alternative that stands as the next option (C, D, …), so
    /// that positions and the decision can choose it.
    public var dilemmaOptions: [DilemmaOption] {
        Self.options(of: dilemmaEntry, alternatives: liveEntries(where: { $0.kind == .alternative }))
    }

    /// The options of `dilemma` (none without one), then each of `alternatives` as the next option: `dilemmaOptions`
    /// for a caller that has found the dilemma and the alternatives that stand already.
    public static func options(of dilemma: Entry?, alternatives: [Entry]) -> [DilemmaOption] {
        // Without a dilemma the alternatives are the options themselves (the afwegingskader's interventions).
        var options: [DilemmaOption] = []
        if case .dilemma(let framed)? = dilemma?.details { options = framed }
        let labels = OptionLabel.first(26)
        for alternative in alternatives where options.count < labels.count {
            options.append(
                DilemmaOption(label: labels[options.count], text: alternative.text, alternative: alternative.id))
        }
        return options
    }

    /// The decision that stands.
    public var decisionEntry: Entry? { entries.last { $0.kind == .decision && $0.retraction == nil } }

    /// Every standing position of `name`, oldest first; the last is the current one.
    public func positions(of name: String) -> [Entry] { positionsByParticipant[name.lowercased()] ?? [] }

    /// Every standing position, by the lower-cased name of who took it, each's oldest first: one pass, for work done
    /// participant by participant over a long session.
    public var positionsByParticipant: [String: [Entry]] {
        var positions: [String: [Entry]] = [:]
        for place in entries.indices where entries[place].kind == .position && entries[place].retraction == nil {
            if let name = entries[place].participant {
                positions[name.lowercased(), default: []].append(entries[place])
            }
        }
        return positions
    }

    /// Seconds spent in the round at `index` up to `now`, over every visit.
    public func secondsSpent(inRound index: Int, now: Timestamp) -> Int64 {
        guard let id = protocolDefinition.rounds[safe: index]?.id else { return 0 }
        return roundVisits.filter { $0.round == id }.reduce(0) { total, visit in
            total + max(0, (visit.leftAt ?? now).seconds - visit.enteredAt.seconds)
        }
    }
}

/// Someone taking part in the meeting.
public struct Participant: Sendable, Equatable {
    public var name: String
    public var role: String
    public var present: Bool
    /// When they joined (or, while absent, when they were invited).
    public var joinedAt: Timestamp
    public var leftAt: Timestamp?
    /// Invited but not (yet) at the meeting.
    public var absent: Bool = false
    /// Their function or discipline (huisarts, teamleider).
    public var function: String? = nil

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        name: String, role: String, present: Bool, joinedAt: Timestamp, leftAt: Timestamp? = nil, absent: Bool = false,
        function: String? = nil
    ) {
        self.name = name
        self.role = role
        self.present = present
        self.joinedAt = joinedAt
        self.leftAt = leftAt
        self.absent = absent
        self.function = function
    }
}

/// A join, an invitation or a departure, as the log lists it: an entry with an id (`e3`), so that a mistake is
/// taken back like any other.
public struct PersonEntry: Sendable, Equatable {
    public enum Change: String, Sendable, CaseIterable {
        /// Joined the meeting (or came back after leaving).
        case joined
        /// Invited, not at the meeting.
        case invited
        /// The invited person arrived.
        case arrived
        case left
        /// Given another role.
        case roleChanged
    }

    public var id: EntryID
    public var seq: Int
    public var at: Timestamp
    /// The round the meeting was in; nil before a planned session starts.
    public var round: String?
    public var change: Change
    public var name: String
    /// The role they joined or were invited with; nil for a departure.
    public var role: String?
    public var function: String?
    public var retraction: Retraction?

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        id: EntryID, seq: Int, at: Timestamp, round: String? = nil, change: Change, name: String, role: String? = nil,
        function: String? = nil, retraction: Retraction? = nil
    ) {
        self.id = id
        self.seq = seq
        self.at = at
        self.round = round
        self.change = change
        self.name = name
        self.role = role
        self.function = function
        self.retraction = retraction
    }
}

/// A stretch of time the meeting spent in one round.
public struct RoundVisit: Sendable, Equatable {
    public var round: String
    public var enteredAt: Timestamp
    public var leftAt: Timestamp?

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        round: String, enteredAt: Timestamp, leftAt: Timestamp? = nil
    ) {
        self.round = round
        self.enteredAt = enteredAt
        self.leftAt = leftAt
    }
}

/// A move to the next round, as it happened.
public struct RecordedAdvance: Sendable, Equatable {
    public var at: Timestamp
    public var advance: RoundAdvanced

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        at: Timestamp, advance: RoundAdvanced
    ) {
        self.at = at
        self.advance = advance
    }
}

/// What a contribution carries besides its text.
public struct ContributionDetails: Sendable, Equatable {
    public var category: String?
    public var about: String?
    /// The option it supports.
    public var option: OptionLabel?
    /// The category of another round it serves.
    public var serves: String?
    public var influence: Influence?
    /// The round's hulpvraag it answers, counted from 1.
    public var answers: Int?

    public init(
        category: String? = nil, about: String? = nil, option: OptionLabel? = nil, serves: String? = nil,
        influence: Influence? = nil, answers: Int? = nil
    ) {
        self.category = category
        self.about = about
        self.option = option
        self.serves = serves
        self.influence = influence
        self.answers = answers
    }
}

public struct Entry: Sendable, Equatable {
    public var id: EntryID
    public var seq: Int
    public var at: Timestamp
    public var round: String
    public var kind: ContributionKind
    public var participant: String?
    /// The text as it stands now, after amendments.
    public var text: String
    public var details: EntryDetails
    /// What few entries carry, kept apart (`Seldom`): a long session holds a hundred thousand entries, and these
    /// would make each a third larger.
    private var rare: Seldom<RareParts>

    public var amendments: [Amendment] {
        get { rare.parts.amendments }
        set { rare.parts.amendments = newValue }
    }
    public var retraction: Retraction? {
        get { rare.parts.retraction }
        set { rare.parts.retraction = newValue }
    }
    /// The session it was carried over from, if `convene` opened this one with it.
    public var carriedOver: String? {
        get { rare.parts.carriedOver }
        set { rare.parts.carriedOver = newValue }
    }
    /// For the case: the inbrenger's own question to the group.
    public var question: String? {
        get { rare.parts.question }
        set { rare.parts.question = newValue }
    }

    /// An entry's rarely given parts.
    struct RareParts: SeldomParts {
        var amendments: [Amendment] = []
        var retraction: Retraction?
        var carriedOver: String?
        var question: String?
    }

    /// The text as first recorded.
    public var originalText: String { amendments.first?.oldText ?? text }

    /// What the entry carries as a contribution, if it is one.
    public var contribution: ContributionDetails? {
        guard case .contribution(let details) = details else { return nil }
        return details
    }

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        id: EntryID, seq: Int, at: Timestamp, round: String, kind: ContributionKind, participant: String? = nil,
        text: String, details: EntryDetails, amendments: [Amendment], retraction: Retraction? = nil,
        carriedOver: String? = nil, question: String? = nil
    ) {
        self.id = id
        self.seq = seq
        self.at = at
        self.round = round
        self.kind = kind
        self.participant = participant
        self.text = text
        self.details = details
        rare = Seldom(
            RareParts(amendments: amendments, retraction: retraction, carriedOver: carriedOver, question: question))
    }
}

/// What an entry carries beyond its text, by kind.
public enum EntryDetails: Sendable, Equatable {
    case contribution(ContributionDetails)
    case dilemma(options: [DilemmaOption])
    case position(option: OptionLabel, cannot: String?, mitigate: String?, needs: String?)
    case decision(
        option: OptionLabel?, rationale: String?, support: DecisionSupport?, dissent: [String], review: CalendarDate?)
    case action(owner: String, due: CalendarDate?)
    case signal(level: SignalLevel?, to: String?, theme: String?)
    case evaluation(score: Int?)
}

/// One correction of an entry's text (and kind).
public struct Amendment: Sendable, Equatable {
    public var at: Timestamp
    public var oldText: String
    public var newText: String
    /// The record that made it, so that `undo` right after it takes it back.
    public var seq: Int = 0
    /// The kind before and after, when the correction moved the entry to another kind.
    public var oldKind: ContributionKind? = nil
    public var newKind: ContributionKind? = nil

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        at: Timestamp, oldText: String, newText: String, seq: Int = 0, oldKind: ContributionKind? = nil,
        newKind: ContributionKind? = nil
    ) {
        self.at = at
        self.oldText = oldText
        self.newText = newText
        self.seq = seq
        self.oldKind = oldKind
        self.newKind = newKind
    }
}

/// The withdrawal of an entry.
public struct Retraction: Sendable, Equatable {
    public var at: Timestamp
    public var reason: String?
    public var undo: Bool

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        at: Timestamp, reason: String? = nil, undo: Bool
    ) {
        self.at = at
        self.reason = reason
        self.undo = undo
    }
}

extension Array {
    public subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// An erasure as the minutes tell it: when, why, how much, and whether the minutes were approved by then.
public struct Erasure: Sendable, Equatable {
    public var at: Timestamp
    public var reason: TextErased.Reason
    public var count: Int
    public var afterApproval: Bool
    /// The fingerprint the approved minutes carried before this erasure, if they were approved.
    public var previousFingerprint: String?

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        at: Timestamp, reason: TextErased.Reason, count: Int, afterApproval: Bool, previousFingerprint: String? = nil
    ) {
        self.at = at
        self.reason = reason
        self.count = count
        self.afterApproval = afterApproval
        self.previousFingerprint = previousFingerprint
    }
}

/// An action marked done or open again, when, and with what note.
public struct ActionFollowUp: Sendable, Equatable {
    public var at: Timestamp
    public var done: Bool
    public var note: String?

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        at: Timestamp, done: Bool, note: String? = nil
    ) {
        self.at = at
        self.done = done
        self.note = note
    }
}

/// A signal's move to a new state, when, to whom and with what text.
public struct SignalUpdate: Sendable, Equatable {
    public var at: Timestamp
    public var state: SignalState
    public var to: String?
    public var text: String?

    /// A value with every stored property given, as the snapshot's reader restores it.
    public init(
        at: Timestamp, state: SignalState, to: String? = nil, text: String? = nil
    ) {
        self.at = at
        self.state = state
        self.to = to
        self.text = text
    }
}
