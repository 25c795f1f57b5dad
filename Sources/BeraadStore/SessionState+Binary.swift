import BeraadEngine

/// The replayed state as bytes, for the snapshot the store keeps beside a journal so that a command need not replay
/// it all. Every stored property (the opening in `SessionOpened+Binary`); `participantIndex` is rebuilt.
/// Field by field and in declaration order: `SessionStateBinaryTests` fails when a stored property is added without
/// being written here.
extension SessionState {
    /// The version of this encoding. Raise it whenever what is written changes: a snapshot of another version is
    /// never read.
    public static let binaryVersion = 6

    /// What the numbers written for an entry's kind mean: bytes written with another order of kinds do not read.
    static let binaryLayout = ContributionKind.allCases.map(\.rawValue).joined(separator: " ")

    /// Every stored property, in the order they are written: a test holds this list to the type. (`openedBox` is
    /// the box `opened` is kept in; the opening is written, not the box.)
    public static let binaryFields = [
        "openedBox", "openedAt", "lastAt", "meetingAt", "timesGiven", "lastSeq", "participants", "participantIndex",
        "roundIndex", "roundVisits",
        "advances", "entries", "people", "redactions", "erasures", "lifecycle", "convened",
        "actionFollowUps", "signalUpdates", "followUps",
    ]

    /// The state as bytes: its core, then its entries, each preceded by its length in bytes (the snapshot keeps the
    /// two apart: `SessionSnapshot`).
    public func binaryEncoded() -> [UInt8] {
        let core = binaryCore()
        let entries = Self.binaryEntries(self.entries)
        var w = BinaryWriter(capacity: core.count + entries.count + 30)
        w.unsigned(UInt64(core.count))
        w.append(core)
        w.int(self.entries.count)
        w.unsigned(UInt64(entries.count))
        w.append(entries)
        return w.bytes
    }

    /// The state `binaryEncoded()` wrote; fails on bytes it did not write rather than trapping.
    public init(binary bytes: ArraySlice<UInt8>) throws(BinaryReader.Malformed) {
        let (core, count, entries) = try bytes.withUnsafeBufferPointer {
            (buffer) throws(BinaryReader.Malformed) -> (Range<Int>, Int, Range<Int>) in
            var r = BinaryReader(buffer)
            let core = try r.count()
            let coreStart = r.position
            r.skip(core)
            let count = try r.int()
            let length = try r.count()
            guard r.position + length == buffer.count else { throw BinaryReader.Malformed() }
            return (coreStart..<(coreStart + core), count, r.position..<buffer.count)
        }
        let start = bytes.startIndex
        self = try SessionState(
            binaryCore: bytes[(start + core.lowerBound)..<(start + core.upperBound)],
            entries: EntryLog(
                try Self.entries(
                    binary: bytes[(start + entries.lowerBound)..<(start + entries.upperBound)], count: count)))
    }

    /// Entries as bytes, one after another: a snapshot's entries section, to which later entries are appended.
    public static func binaryEntries(_ entries: some Sequence<Entry>) -> [UInt8] {
        var w = BinaryWriter(capacity: entries.underestimatedCount * 96)
        for entry in entries { w.entry(entry) }
        return w.bytes
    }

    /// The `count` entries `binaryEntries` wrote; fails on anything else.
    public static func entries(binary bytes: ArraySlice<UInt8>, count: Int) throws(BinaryReader.Malformed) -> [Entry] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(BinaryReader.Malformed) -> [Entry] in
            var r = BinaryReader(buffer)
            // Each entry takes a dozen bytes at least: a count beyond that is not what was written.
            guard count >= 0, count <= buffer.count else { throw BinaryReader.Malformed() }
            var entries: [Entry] = []
            entries.reserveCapacity(count + 256)
            for _ in 0..<count { entries.append(try r.entry()) }
            guard r.isAtEnd else { throw BinaryReader.Malformed() }
            return entries
        }
    }

    /// Every stored property but the entries, as bytes.
    public func binaryCore() -> [UInt8] {
        var w = BinaryWriter(capacity: 1024 + people.count * 64)
        w.string(Self.binaryLayout)
        w.opened(opened)
        w.timestamp(openedAt)
        w.timestamp(lastAt)
        w.timestamp(meetingAt)
        w.bool(timesGiven)
        w.int(lastSeq)
        w.array(participants) { w, p in
            w.string(p.name)
            w.string(p.role)
            w.bool(p.present)
            w.timestamp(p.joinedAt)
            w.optional(p.leftAt) { $0.timestamp($1) }
            w.bool(p.absent)
            w.optional(p.function) { $0.string($1) }
        }
        w.int(roundIndex)
        w.array(roundVisits) { w, visit in
            w.string(visit.round)
            w.timestamp(visit.enteredAt)
            w.optional(visit.leftAt) { $0.timestamp($1) }
        }
        w.array(advances) { w, advance in
            w.timestamp(advance.at)
            w.roundAdvanced(advance.advance)
        }
        w.array(people) { w, person in
            w.entryID(person.id)
            w.int(person.seq)
            w.timestamp(person.at)
            w.optional(person.round) { $0.string($1) }
            w.raw(person.change)
            w.string(person.name)
            w.optional(person.role) { $0.string($1) }
            w.optional(person.function) { $0.string($1) }
            w.optional(person.retraction) { $0.retraction($1) }
        }
        w.array(redactions) { $0.string($1) }
        w.array(erasures) { w, erasure in
            w.timestamp(erasure.at)
            w.raw(erasure.reason)
            w.int(erasure.count)
            w.bool(erasure.afterApproval)
            w.optional(erasure.previousFingerprint) { $0.string($1) }
        }
        switch lifecycle {
        case .planned:
            w.unsigned(0)
        case .running(let startedAt):
            w.unsigned(1)
            w.optional(startedAt) { $0.timestamp($1) }
        case .ended(let ending, let startedAt, let approval):
            switch ending {
            case .closed(let at):
                w.unsigned(2)
                w.timestamp(at)
            case .abandoned(let at, let reason):
                w.unsigned(3)
                w.timestamp(at)
                w.string(reason)
            }
            w.optional(startedAt) { $0.timestamp($1) }
            w.optional(approval) { w, approval in
                w.timestamp(approval.at)
                w.optional(approval.by) { $0.string($1) }
                w.optional(approval.sharing) { w, sharing in
                    w.timestamp(sharing.at)
                    w.optional(sharing.by) { $0.string($1) }
                }
            }
        }
        w.array(convened) { w, convened in
            w.string(convened.session)
            w.string(convened.title)
            w.string(convened.protocol)
            w.string(convened.round)
        }
        // Dictionaries in the order of their keys, so that the same state always gives the same bytes.
        w.array(actionFollowUps.sorted { $0.key < $1.key }) { w, pair in
            w.entryID(pair.key)
            w.array(pair.value) { w, followUp in
                w.timestamp(followUp.at)
                w.bool(followUp.done)
                w.optional(followUp.note) { $0.string($1) }
            }
        }
        w.array(signalUpdates.sorted { $0.key < $1.key }) { w, pair in
            w.entryID(pair.key)
            w.array(pair.value) { w, update in
                w.timestamp(update.at)
                w.raw(update.state)
                w.optional(update.to) { $0.string($1) }
                w.optional(update.text) { $0.string($1) }
            }
        }
        w.array(followUps) { w, followUp in
            w.string(followUp.session)
            w.string(followUp.title)
        }
        return w.bytes
    }

    /// The state whose core `binaryCore()` wrote, with `entries`; fails on bytes it did not write rather than
    /// trapping.
    public init(binaryCore bytes: ArraySlice<UInt8>, entries: EntryLog) throws(BinaryReader.Malformed) {
        self = try bytes.withUnsafeBufferPointer { (buffer) throws(BinaryReader.Malformed) -> SessionState in
            var r = BinaryReader(buffer)
            guard try r.string() == Self.binaryLayout else { throw BinaryReader.Malformed() }
            let opened = try r.opened()
            let openedAt = try r.timestamp()
            let state = try Self.read(&r, opened: opened, openedAt: openedAt, entries: entries)
            guard r.isAtEnd else { throw BinaryReader.Malformed() }
            return state
        }
    }

    /// The rest of a state's core after its opening, as `binaryCore()` wrote it.
    private static func read(
        _ r: inout BinaryReader, opened: SessionOpened, openedAt: Timestamp, entries: EntryLog
    ) throws(BinaryReader.Malformed) -> SessionState {
        let lastAt = try r.timestamp()
        let meetingAt = try r.timestamp()
        let timesGiven = try r.bool()
        let lastSeq = try r.int()
        let participants = try r.array { (r) throws(BinaryReader.Malformed) in
            Participant(
                name: try r.string(), role: try r.string(), present: try r.bool(), joinedAt: try r.timestamp(),
                leftAt: try r.optional { (r) throws(BinaryReader.Malformed) in try r.timestamp() },
                absent: try r.bool(), function: try r.optionalString())
        }
        let roundIndex = try r.int()
        let roundVisits = try r.array { (r) throws(BinaryReader.Malformed) in
            RoundVisit(
                round: try r.string(), enteredAt: try r.timestamp(),
                leftAt: try r.optional { (r) throws(BinaryReader.Malformed) in try r.timestamp() })
        }
        let advances = try r.array { (r) throws(BinaryReader.Malformed) in
            RecordedAdvance(at: try r.timestamp(), advance: try r.roundAdvanced())
        }
        let people = try r.array { (r) throws(BinaryReader.Malformed) in
            PersonEntry(
                id: try r.entryID(), seq: try r.int(), at: try r.timestamp(), round: try r.optionalString(),
                change: try r.raw(PersonEntry.Change.self), name: try r.string(), role: try r.optionalString(),
                function: try r.optionalString(),
                retraction: try r.optional { (r) throws(BinaryReader.Malformed) in try r.retraction() })
        }
        let redactions = try r.array { (r) throws(BinaryReader.Malformed) in try r.string() }
        let erasures = try r.array { (r) throws(BinaryReader.Malformed) in
            Erasure(
                at: try r.timestamp(), reason: try r.raw(TextErased.Reason.self), count: try r.int(),
                afterApproval: try r.bool(), previousFingerprint: try r.optionalString())
        }
        func started(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> Timestamp? {
            try r.optional { (r) throws(BinaryReader.Malformed) in try r.timestamp() }
        }
        let lifecycle: Lifecycle
        let tag = try r.unsigned()
        switch tag {
        case 0: lifecycle = .planned
        case 1: lifecycle = .running(startedAt: try started(&r))
        case 2, 3:
            let ending: Lifecycle.Ending =
                tag == 2
                ? .closed(at: try r.timestamp()) : .abandoned(at: try r.timestamp(), reason: try r.string())
            lifecycle = .ended(
                ending, startedAt: try started(&r),
                approval: try r.optional { (r) throws(BinaryReader.Malformed) in
                    Lifecycle.Approval(
                        at: try r.timestamp(), by: try r.optionalString(),
                        sharing: try r.optional { (r) throws(BinaryReader.Malformed) in
                            Lifecycle.Sharing(at: try r.timestamp(), by: try r.optionalString())
                        })
                })
        default: throw BinaryReader.Malformed()
        }
        let convened = try r.array { (r) throws(BinaryReader.Malformed) in
            SessionConvened(
                session: try r.string(), title: try r.string(), protocol: try r.string(), round: try r.string())
        }
        let actionFollowUps = try r.dictionary { (r) throws(BinaryReader.Malformed) in
            ActionFollowUp(at: try r.timestamp(), done: try r.bool(), note: try r.optionalString())
        }
        let signalUpdates = try r.dictionary { (r) throws(BinaryReader.Malformed) in
            SignalUpdate(
                at: try r.timestamp(), state: try r.raw(SignalState.self), to: try r.optionalString(),
                text: try r.optionalString())
        }
        let followUps = try r.array { (r) throws(BinaryReader.Malformed) in
            FollowUpOpened(session: try r.string(), title: try r.string())
        }
        guard
            let state = SessionState(
                restoring: opened, openedAt: openedAt, lastAt: lastAt, meetingAt: meetingAt, timesGiven: timesGiven,
                lastSeq: lastSeq, participants: participants, roundIndex: roundIndex, roundVisits: roundVisits,
                advances: advances, entries: entries, people: people, redactions: redactions, erasures: erasures,
                lifecycle: lifecycle, convened: convened, actionFollowUps: actionFollowUps,
                signalUpdates: signalUpdates, followUps: followUps)
        else { throw BinaryReader.Malformed() }
        return state
    }
}

extension BinaryWriter {
    fileprivate mutating func timestamp(_ stamp: Timestamp) {
        int64(stamp.seconds)
        int(stamp.offsetSeconds)
    }

    fileprivate mutating func roundAdvanced(_ advance: RoundAdvanced) {
        string(advance.from)
        string(advance.to)
        bool(advance.forced)
        optional(advance.reason) { $0.string($1) }
        array(advance.unmet) { w, unmet in
            w.requirement(unmet.requirement)
            w.array(unmet.participants) { $0.string($1) }
        }
    }

    mutating func requirement(_ requirement: Requirement) {
        switch requirement {
        case .caseRecorded: unsigned(0)
        case .dilemmaFramed(let minOptions):
            unsigned(1)
            int(minOptions)
        case .harmForEachOption: unsigned(2)
        case .decisionRecorded: unsigned(3)
        case .count(let kind, let min, let scope):
            unsigned(4)
            raw(kind)
            int(min)
            raw(scope)
        case .each(let kind, let scope):
            unsigned(5)
            raw(kind)
            raw(scope)
        case .fromPresenter(let kind):
            unsigned(6)
            raw(kind)
        case .eachOther(let kind):
            unsigned(7)
            raw(kind)
        }
    }

    fileprivate mutating func retraction(_ retraction: Retraction) {
        timestamp(retraction.at)
        optional(retraction.reason) { $0.string($1) }
        bool(retraction.undo)
    }

    /// An entry id, as its number.
    fileprivate mutating func entryID(_ id: EntryID) { int(id.seq) }

    fileprivate mutating func entry(_ entry: Entry) {
        entryID(entry.id)
        int(entry.seq)
        timestamp(entry.at)
        string(entry.round)
        unsigned(UInt64(ContributionKind.number[entry.kind] ?? 0))
        optional(entry.participant) { $0.string($1) }
        string(entry.text)
        switch entry.details {
        case .contribution(let details):
            unsigned(0)
            optional(details.category) { $0.string($1) }
            optional(details.about) { $0.string($1) }
            optional(details.option) { $0.string($1.description) }
            optional(details.serves) { $0.string($1) }
            optional(details.influence) { $0.raw($1) }
            optional(details.answers) { $0.int($1) }
        case .dilemma(let options):
            unsigned(1)
            array(options) { w, option in
                w.string(option.label.description)
                w.string(option.text)
                w.optional(option.harm) { $0.string($1) }
                w.optional(option.alternative) { $0.entryID($1) }
            }
        case .position(let option, let cannot, let mitigate, let needs):
            unsigned(2)
            string(option.description)
            optional(cannot) { $0.string($1) }
            optional(mitigate) { $0.string($1) }
            optional(needs) { $0.string($1) }
        case .decision(let option, let rationale, let support, let dissent, let review):
            unsigned(3)
            optional(option) { $0.string($1.description) }
            optional(rationale) { $0.string($1) }
            optional(support) { $0.raw($1) }
            array(dissent) { $0.string($1) }
            optional(review) { $0.string($1.description) }
        case .action(let owner, let due):
            unsigned(4)
            string(owner)
            optional(due) { $0.string($1.description) }
        case .signal(let level, let to, let theme):
            unsigned(5)
            optional(level) { $0.raw($1) }
            optional(to) { $0.string($1) }
            optional(theme) { $0.string($1) }
        case .evaluation(let score):
            unsigned(6)
            optional(score) { $0.int($1) }
        }
        array(entry.amendments) { w, amendment in
            w.timestamp(amendment.at)
            w.string(amendment.oldText)
            w.string(amendment.newText)
            w.int(amendment.seq)
            w.optional(amendment.oldKind) { $0.unsigned(UInt64(ContributionKind.number[$1] ?? 0)) }
            w.optional(amendment.newKind) { $0.unsigned(UInt64(ContributionKind.number[$1] ?? 0)) }
        }
        optional(entry.retraction) { $0.retraction($1) }
        optional(entry.carriedOver) { $0.string($1) }
        optional(entry.question) { $0.string($1) }
    }
}

extension BinaryReader {
    fileprivate mutating func timestamp() throws(Malformed) -> Timestamp {
        Timestamp(seconds: try int64(), offsetSeconds: try int())
    }

    fileprivate mutating func optionalString() throws(Malformed) -> String? {
        try optional { (r) throws(Malformed) in try r.string() }
    }

    fileprivate mutating func optionalDate() throws(Malformed) -> CalendarDate? {
        try optional { (r) throws(Malformed) in
            guard let date = CalendarDate(iso: try r.string()) else { throw Malformed() }
            return date
        }
    }

    fileprivate mutating func dictionary<Value>(
        _ read: (inout BinaryReader) throws(Malformed) -> Value
    ) throws(Malformed) -> [EntryID: [Value]] {
        var result: [EntryID: [Value]] = [:]
        for _ in 0..<(try count()) {
            let key = try entryID()
            guard result.updateValue(try array(read), forKey: key) == nil else { throw Malformed() }
        }
        return result
    }

    /// An option's label, written as its letter (`A`).
    fileprivate mutating func label() throws(Malformed) -> OptionLabel {
        guard let label = OptionLabel(journal: try string()) else { throw Malformed() }
        return label
    }

    fileprivate mutating func optionalLabel() throws(Malformed) -> OptionLabel? {
        try optional { (r) throws(Malformed) in try r.label() }
    }

    /// An entry id, written as its number (the seq of the record that made it).
    fileprivate mutating func entryID() throws(Malformed) -> EntryID {
        let seq = try int()
        guard seq > 0 else { throw Malformed() }
        return EntryID(seq: seq)
    }

    fileprivate mutating func roundAdvanced() throws(Malformed) -> RoundAdvanced {
        RoundAdvanced(
            from: try string(), to: try string(), forced: try bool(), reason: try optionalString(),
            unmet: try array { (r) throws(Malformed) in
                UnmetRequirement(
                    requirement: try r.requirement(),
                    participants: try r.array { (r) throws(Malformed) in try r.string() })
            })
    }

    mutating func requirement() throws(Malformed) -> Requirement {
        switch try unsigned() {
        case 0: return .caseRecorded
        case 1: return .dilemmaFramed(minOptions: try int())
        case 2: return .harmForEachOption
        case 3: return .decisionRecorded
        case 4:
            return .count(
                kind: try raw(ContributionKind.self), min: try int(), scope: try raw(RequirementScope.self))
        case 5: return .each(kind: try raw(ContributionKind.self), scope: try raw(RequirementScope.self))
        case 6: return .fromPresenter(kind: try raw(ContributionKind.self))
        case 7: return .eachOther(kind: try raw(ContributionKind.self))
        default: throw Malformed()
        }
    }

    fileprivate mutating func retraction() throws(Malformed) -> Retraction {
        Retraction(at: try timestamp(), reason: try optionalString(), undo: try bool())
    }

    /// A contribution kind by its number.
    fileprivate mutating func kind() throws(Malformed) -> ContributionKind {
        let number = try unsigned()
        guard number < ContributionKind.ordered.count else { throw Malformed() }
        return ContributionKind.ordered[Int(number)]
    }

    fileprivate mutating func entry() throws(Malformed) -> Entry {
        let id = try entryID()
        let seq = try int()
        let at = try timestamp()
        let round = try string()
        let kind = try self.kind()
        let participant = try optionalString()
        let text = try string()
        let details: EntryDetails
        switch try unsigned() {
        case 0:
            details = .contribution(
                ContributionDetails(
                    category: try optionalString(), about: try optionalString(), option: try optionalLabel(),
                    serves: try optionalString(),
                    influence: try optional { (r) throws(Malformed) in try r.raw(Influence.self) },
                    answers: try optional { (r) throws(Malformed) in try r.int() }))
        case 1:
            details = .dilemma(
                options: try array { (r) throws(Malformed) in
                    DilemmaOption(
                        label: try r.label(), text: try r.string(), harm: try r.optionalString(),
                        alternative: try r.optional { (r) throws(Malformed) in try r.entryID() })
                })
        case 2:
            details = .position(
                option: try label(), cannot: try optionalString(), mitigate: try optionalString(),
                needs: try optionalString())
        case 3:
            details = .decision(
                option: try optionalLabel(), rationale: try optionalString(),
                support: try optional { (r) throws(Malformed) in try r.raw(DecisionSupport.self) },
                dissent: try array { (r) throws(Malformed) in try r.string() }, review: try optionalDate())
        case 4: details = .action(owner: try string(), due: try optionalDate())
        case 5:
            details = .signal(
                level: try optional { (r) throws(Malformed) in try r.raw(SignalLevel.self) }, to: try optionalString(),
                theme: try optionalString())
        case 6: details = .evaluation(score: try optional { (r) throws(Malformed) in try r.int() })
        default: throw Malformed()
        }
        let amendments = try array { (r) throws(Malformed) in
            Amendment(
                at: try r.timestamp(), oldText: try r.string(), newText: try r.string(), seq: try r.int(),
                oldKind: try r.optional { (r) throws(Malformed) in try r.kind() },
                newKind: try r.optional { (r) throws(Malformed) in try r.kind() })
        }
        let retraction = try optional { (r) throws(Malformed) in try r.retraction() }
        return Entry(
            id: id, seq: seq, at: at, round: round, kind: kind, participant: participant, text: text,
            details: details, amendments: amendments, retraction: retraction, carriedOver: try optionalString(),
            question: try optionalString())
    }
}

extension ContributionKind {
    /// The kinds in the order of their numbers in the binary state (`binaryLayout` names that order).
    fileprivate static let ordered = Array(allCases)
    fileprivate static let number = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
}
