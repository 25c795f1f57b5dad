/// The records and events `RecordScanner` reads, field by field as their Codable conformances do: a required field
/// must be there with its type, an optional one may be missing or null, unknown fields are passed over.
extension RecordScanner {
    /// The fields of one JSON object, each a token over `bytes`.
    struct Fields {
        let bytes: UnsafeBufferPointer<UInt8>
        var members: [(key: Range<Int>, value: Token)] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // A record's envelope has six fields, its data rarely more than eight.
            members.reserveCapacity(8)
        }

        /// Whether a field has the key at `key` already.
        func has(_ key: Range<Int>) -> Bool {
            members.contains { Self.equal(bytes, $0.key, key) }
        }

        private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
            a.count == b.count && same(bytes, from: a.lowerBound, as: UnsafeBufferPointer(rebasing: bytes[b]))
        }

        /// Whether `bytes` from `start` on begin with `wanted` (compared byte by byte: keys are short, and this is
        /// asked a dozen times for every record).
        private static func same(
            _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, as wanted: UnsafeBufferPointer<UInt8>
        ) -> Bool {
            var offset = 0
            while offset < wanted.count {
                guard bytes[start + offset] == wanted[offset] else { return false }
                offset += 1
            }
            return true
        }

        /// The value of `key`, if the object has it.
        subscript(_ key: StaticString) -> Token? {
            key.withUTF8Buffer { wanted in
                for member in members where member.key.count == wanted.count {
                    if Self.same(bytes, from: member.key.lowerBound, as: wanted) { return member.value }
                }
                return nil
            }
        }

        /// The text of a string token.
        func text(_ range: Range<Int>, _ form: StringForm) throws(Miss) -> String {
            switch form {
            case .ascii, .unicode:
                // Checked as UTF-8 when it was read.
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            case .escaped:
                var parser = Parser(bytes: bytes, index: range.lowerBound - 1)
                return try parser.unescapedString()
            }
        }

        func string(_ key: StaticString) throws(Miss) -> String {
            guard case .string(let range, let form)? = self[key] else { throw Miss() }
            return try text(range, form)
        }

        func optionalString(_ key: StaticString) throws(Miss) -> String? {
            switch self[key] {
            case nil, .null?: return nil
            case .string(let range, let form)?: return try text(range, form)
            default: throw Miss()
            }
        }

        /// An entry id as the journal writes it (`e12`); any other text is a miss.
        func entryID(_ key: StaticString) throws(Miss) -> EntryID {
            guard let id = EntryID(journal: try string(key)) else { throw Miss() }
            return id
        }

        func optionalEntryID(_ key: StaticString) throws(Miss) -> EntryID? {
            guard let text = try optionalString(key) else { return nil }
            guard let id = EntryID(journal: text) else { throw Miss() }
            return id
        }

        /// An option's label as the journal writes it (`A`); any other text is a miss.
        func label(_ key: StaticString) throws(Miss) -> OptionLabel {
            guard let label = OptionLabel(journal: try string(key)) else { throw Miss() }
            return label
        }

        func optionalLabel(_ key: StaticString) throws(Miss) -> OptionLabel? {
            guard let text = try optionalString(key) else { return nil }
            guard let label = OptionLabel(journal: text) else { throw Miss() }
            return label
        }

        /// A calendar date `YYYY-MM-DD`; any other text is a miss.
        func optionalDate(_ key: StaticString) throws(Miss) -> CalendarDate? {
            guard let text = try optionalString(key) else { return nil }
            guard let date = CalendarDate(iso: text) else { throw Miss() }
            return date
        }

        func int(_ key: StaticString) throws(Miss) -> Int {
            guard case .integer(let number)? = self[key] else { throw Miss() }
            return number
        }

        func optionalInt(_ key: StaticString) throws(Miss) -> Int? {
            switch self[key] {
            case nil, .null?: return nil
            case .integer(let number)?: return number
            default: throw Miss()
            }
        }

        func bool(_ key: StaticString) throws(Miss) -> Bool {
            guard case .bool(let flag)? = self[key] else { throw Miss() }
            return flag
        }

        func optionalBool(_ key: StaticString) throws(Miss) -> Bool? {
            switch self[key] {
            case nil, .null?: return nil
            case .bool(let flag)?: return flag
            default: throw Miss()
            }
        }

        func strings(_ key: StaticString) throws(Miss) -> [String] {
            guard case .array(let items)? = self[key] else { throw Miss() }
            var result: [String] = []
            result.reserveCapacity(items.count)
            for item in items {
                guard case .string(let range, let form) = item else { throw Miss() }
                result.append(try text(range, form))
            }
            return result
        }

        func raw<T: RawRepresentable>(_ key: StaticString, as type: T.Type) throws(Miss) -> T
        where T.RawValue == String {
            guard let value = T(rawValue: try string(key)) else { throw Miss() }
            return value
        }

        func optionalRaw<T: RawRepresentable>(_ key: StaticString, as type: T.Type) throws(Miss) -> T?
        where T.RawValue == String {
            guard let text = try optionalString(key) else { return nil }
            guard let value = T(rawValue: text) else { throw Miss() }
            return value
        }
    }

    /// The record an envelope holds.
    static func map(_ fields: Fields) throws(Miss) -> Record {
        guard try fields.int("v") == Record.currentVersion else { throw Miss() }
        let seq = try fields.int("seq")
        guard case .string(let range, let form)? = fields["at"] else { throw Miss() }
        // A time as Beraad writes it is ASCII: read from the bytes, without a string made first.
        let time =
            form == .ascii
            ? Timestamp.parse(utf8: UnsafeBufferPointer(rebasing: fields.bytes[range]))
            : Timestamp.parse(try fields.text(range, form))
        guard let at = time else { throw Miss() }
        guard case .object(let data)? = fields["data"] else { throw Miss() }
        return Record(
            seq: seq, at: at, event: try event(try fields.string("type"), data),
            given: try fields.optionalBool("given") ?? false)
    }

    /// The event of `type` from its `data`.
    static func event(_ type: String, _ d: Fields) throws(Miss) -> Event {
        guard let known = EventType(rawValue: type) else { throw Miss() }
        switch known {
        case .participantJoined:
            return .participantJoined(
                ParticipantJoined(
                    name: try d.string("name"), role: try d.string("role"), absent: try d.optionalBool("absent"),
                    function: try d.optionalString("function")))
        case .participantLeft:
            return .participantLeft(ParticipantLeft(name: try d.string("name")))
        case .roleChanged:
            return .roleChanged(RoleChanged(name: try d.string("name"), role: try d.string("role")))
        case .contributionRecorded:
            return .contributionRecorded(
                ContributionRecorded(
                    round: try d.string("round"), kind: try d.raw("kind", as: ContributionKind.self),
                    participant: try d.optionalString("participant"), text: try d.string("text"),
                    category: try d.optionalString("category"), about: try d.optionalString("about"),
                    option: try d.optionalLabel("option"), carriedOver: try d.optionalString("carriedOver"),
                    question: try d.optionalString("question"), serves: try d.optionalString("serves"),
                    influence: try d.optionalRaw("influence", as: Influence.self), answers: try d.optionalInt("answers")
                ))
        case .dilemmaFramed:
            guard case .array(let items)? = d["options"] else { throw Miss() }
            var options: [DilemmaOption] = []
            for item in items {
                guard case .object(let o) = item else { throw Miss() }
                options.append(
                    DilemmaOption(
                        label: try o.label("label"), text: try o.string("text"), harm: try o.optionalString("harm"),
                        alternative: try o.optionalEntryID("alternative")))
            }
            return .dilemmaFramed(
                DilemmaFramed(
                    round: try d.string("round"), question: try d.string("question"), options: options,
                    carriedOver: try d.optionalString("carriedOver")))
        case .positionTaken:
            return .positionTaken(
                PositionTaken(
                    round: try d.string("round"), participant: try d.string("participant"),
                    option: try d.label("option"),
                    because: try d.optionalString("because"), cannot: try d.optionalString("cannot"),
                    mitigate: try d.optionalString("mitigate"), needs: try d.optionalString("needs")))
        case .decisionRecorded:
            return .decisionRecorded(
                DecisionRecorded(
                    round: try d.string("round"), text: try d.string("text"), option: try d.optionalLabel("option"),
                    rationale: try d.optionalString("rationale"),
                    support: try d.optionalRaw("support", as: DecisionSupport.self), dissent: try d.strings("dissent"),
                    review: try d.optionalDate("review")))
        case .actionAgreed:
            return .actionAgreed(
                ActionAgreed(
                    round: try d.string("round"), text: try d.string("text"), owner: try d.string("owner"),
                    due: try d.optionalDate("due")))
        case .signalRaised:
            return .signalRaised(
                SignalRaised(
                    round: try d.string("round"), text: try d.string("text"),
                    level: try d.optionalRaw("level", as: SignalLevel.self),
                    participant: try d.optionalString("participant"), to: try d.optionalString("to"),
                    theme: try d.optionalString("theme")))
        case .evaluationGiven:
            return .evaluationGiven(
                EvaluationGiven(
                    round: try d.string("round"), participant: try d.string("participant"),
                    score: try d.optionalInt("score"), text: try d.string("text")))
        case .roundAdvanced:
            // Unmet requirements are read by the reference, with the protocols' own Codable.
            guard case .array(let unmet)? = d["unmet"], unmet.isEmpty else { throw Miss() }
            return .roundAdvanced(
                RoundAdvanced(
                    from: try d.string("from"), to: try d.string("to"), forced: try d.bool("forced"),
                    reason: try d.optionalString("reason"), unmet: []))
        case .roundReturned:
            return .roundReturned(RoundReturned(from: try d.string("from"), to: try d.string("to")))
        case .entryAmended:
            return .entryAmended(
                EntryAmended(
                    entry: try d.entryID("entry"), text: try d.string("text"),
                    kind: try d.optionalRaw("kind", as: ContributionKind.self), undo: try d.optionalBool("undo")))
        case .entryRetracted:
            return .entryRetracted(
                EntryRetracted(
                    entry: try d.entryID("entry"), reason: try d.optionalString("reason"), undo: try d.bool("undo")))
        case .redactionAdded:
            return .redactionAdded(RedactionAdded(text: try d.string("text")))
        case .textErased:
            return .textErased(
                TextErased(
                    reason: try d.raw("reason", as: TextErased.Reason.self), by: try d.optionalString("by"),
                    count: try d.int("count"), previousHead: try d.string("previousHead"),
                    firstChangedLine: try d.int("firstChangedLine"),
                    previousFingerprint: try d.optionalString("previousFingerprint")))
        case .sessionClosed:
            return .sessionClosed(
                SessionClosed(abandoned: try d.bool("abandoned"), reason: try d.optionalString("reason")))
        case .minutesApproved:
            return .minutesApproved(MinutesApproved(by: try d.optionalString("by")))
        case .sessionConvened:
            return .sessionConvened(
                SessionConvened(
                    session: try d.string("session"), title: try d.string("title"), protocol: try d.string("protocol"),
                    round: try d.string("round")))
        case .sessionStarted:
            return .sessionStarted(SessionStarted())
        case .actionFollowedUp:
            return .actionFollowedUp(
                ActionFollowedUp(
                    action: try d.entryID("action"), done: try d.bool("done"), note: try d.optionalString("note")))
        case .signalUpdated:
            return .signalUpdated(
                SignalUpdated(
                    signal: try d.entryID("signal"), state: try d.raw("state", as: SignalState.self),
                    to: try d.optionalString("to"), text: try d.optionalString("text")))
        case .sessionShared:
            return .sessionShared(SessionShared(by: try d.optionalString("by")))
        case .followUpOpened:
            return .followUpOpened(FollowUpOpened(session: try d.string("session"), title: try d.string("title")))
        case .sessionOpened, .detailsChanged:
            // The opening record (with its whole protocol) and the header's details go to the reference decoder,
            // as do types of a newer beraad (above).
            throw Miss()
        }
    }
}
