import Foundation

/// One journal entry: an event with its sequence number and the time it happened.
public struct Record: Sendable, Equatable {
    /// The envelope version this build writes and reads.
    public static let currentVersion = 1

    public var seq: Int
    public var at: Timestamp
    public var event: Event
    /// Whether the time was given (`--at`, a meeting entered afterwards from notes) rather than read from the clock.
    /// Written only when true (`"given":true`), so older journals read as before.
    public var given: Bool

    public init(seq: Int, at: Timestamp, event: Event, given: Bool = false) {
        self.seq = seq
        self.at = at
        self.event = event
        self.given = given
    }

    /// The id of the entry this record creates, if it creates one: `e` and the sequence number.
    public var entryID: EntryID { EntryID(seq: seq) }
}

/// Why a record's bytes could not be read as an event.
public enum RecordDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Written by a newer beraad: a later envelope version.
    case unsupportedVersion(Int)
    /// Written by a newer beraad: an event type this build does not know.
    case unknownType(String)
    /// Not a record at all.
    case malformed(String)

    public var description: String { message(.en) }

    /// What went wrong, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .unsupportedVersion(let v):
            return Catalog.text(
                .journal(.newerVersion(version: String(v), current: String(Record.currentVersion))), language)
        case .unknownType(let type):
            return Catalog.text(.journal(.unknownType(type: type)), language)
        case .malformed(let detail):
            return Catalog.text(.journal(.malformed(detail: detail)), language)
        }
    }
}

extension Event {
    /// The `type` name in the journal.
    public var typeName: String { type.rawValue }

    /// Decodes the `data` of an event of type `type`.
    static func decode(type: String, from container: KeyedDecodingContainer<RecordKeys>) throws -> Event {
        func data<T: Decodable>(_: T.Type) throws -> T { try container.decode(T.self, forKey: .data) }
        guard let known = EventType(rawValue: type) else { throw RecordDecodingError.unknownType(type) }
        switch known {
        case .sessionOpened: return .sessionOpened(try data(SessionOpened.self))
        case .participantJoined: return .participantJoined(try data(ParticipantJoined.self))
        case .participantLeft: return .participantLeft(try data(ParticipantLeft.self))
        case .roleChanged: return .roleChanged(try data(RoleChanged.self))
        case .contributionRecorded: return .contributionRecorded(try data(ContributionRecorded.self))
        case .dilemmaFramed: return .dilemmaFramed(try data(DilemmaFramed.self))
        case .positionTaken: return .positionTaken(try data(PositionTaken.self))
        case .decisionRecorded: return .decisionRecorded(try data(DecisionRecorded.self))
        case .actionAgreed: return .actionAgreed(try data(ActionAgreed.self))
        case .signalRaised: return .signalRaised(try data(SignalRaised.self))
        case .evaluationGiven: return .evaluationGiven(try data(EvaluationGiven.self))
        case .roundAdvanced: return .roundAdvanced(try data(RoundAdvanced.self))
        case .roundReturned: return .roundReturned(try data(RoundReturned.self))
        case .entryAmended: return .entryAmended(try data(EntryAmended.self))
        case .entryRetracted: return .entryRetracted(try data(EntryRetracted.self))
        case .redactionAdded: return .redactionAdded(try data(RedactionAdded.self))
        case .textErased: return .textErased(try data(TextErased.self))
        case .sessionClosed: return .sessionClosed(try data(SessionClosed.self))
        case .minutesApproved: return .minutesApproved(try data(MinutesApproved.self))
        case .sessionConvened: return .sessionConvened(try data(SessionConvened.self))
        case .sessionStarted: return .sessionStarted(try data(SessionStarted.self))
        case .actionFollowedUp: return .actionFollowedUp(try data(ActionFollowedUp.self))
        case .signalUpdated: return .signalUpdated(try data(SignalUpdated.self))
        case .sessionShared: return .sessionShared(try data(SessionShared.self))
        case .followUpOpened: return .followUpOpened(try data(FollowUpOpened.self))
        case .detailsChanged: return .detailsChanged(try data(DetailsChanged.self))
        }
    }

    fileprivate func encodeData(into container: inout KeyedEncodingContainer<RecordKeys>) throws {
        switch self {
        case .sessionOpened(let d): try container.encode(d, forKey: .data)
        case .participantJoined(let d): try container.encode(d, forKey: .data)
        case .participantLeft(let d): try container.encode(d, forKey: .data)
        case .roleChanged(let d): try container.encode(d, forKey: .data)
        case .contributionRecorded(let d): try container.encode(d, forKey: .data)
        case .dilemmaFramed(let d): try container.encode(d, forKey: .data)
        case .positionTaken(let d): try container.encode(d, forKey: .data)
        case .decisionRecorded(let d): try container.encode(d, forKey: .data)
        case .actionAgreed(let d): try container.encode(d, forKey: .data)
        case .signalRaised(let d): try container.encode(d, forKey: .data)
        case .evaluationGiven(let d): try container.encode(d, forKey: .data)
        case .roundAdvanced(let d): try container.encode(d, forKey: .data)
        case .roundReturned(let d): try container.encode(d, forKey: .data)
        case .entryAmended(let d): try container.encode(d, forKey: .data)
        case .entryRetracted(let d): try container.encode(d, forKey: .data)
        case .redactionAdded(let d): try container.encode(d, forKey: .data)
        case .textErased(let d): try container.encode(d, forKey: .data)
        case .sessionClosed(let d): try container.encode(d, forKey: .data)
        case .minutesApproved(let d): try container.encode(d, forKey: .data)
        case .sessionConvened(let d): try container.encode(d, forKey: .data)
        case .sessionStarted(let d): try container.encode(d, forKey: .data)
        case .actionFollowedUp(let d): try container.encode(d, forKey: .data)
        case .signalUpdated(let d): try container.encode(d, forKey: .data)
        case .sessionShared(let d): try container.encode(d, forKey: .data)
        case .followUpOpened(let d): try container.encode(d, forKey: .data)
        case .detailsChanged(let d): try container.encode(d, forKey: .data)
        }
    }
}

enum RecordKeys: String, CodingKey { case v, seq, at, type, data, given }

extension Record: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: RecordKeys.self)
        let version = try c.decode(Int.self, forKey: .v)
        guard version == Record.currentVersion else { throw RecordDecodingError.unsupportedVersion(version) }
        seq = try c.decode(Int.self, forKey: .seq)
        at = try c.decode(Timestamp.self, forKey: .at)
        event = try Event.decode(type: try c.decode(String.self, forKey: .type), from: c)
        given = try c.decodeIfPresent(Bool.self, forKey: .given) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: RecordKeys.self)
        try c.encode(Record.currentVersion, forKey: .v)
        try c.encode(seq, forKey: .seq)
        try c.encode(at, forKey: .at)
        try c.encode(event.typeName, forKey: .type)
        try event.encodeData(into: &c)
        if given { try c.encode(true, forKey: .given) }
    }

    /// The record as compact JSON with sorted keys: the exact bytes the journal checksums.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a record from its JSON bytes, telling a newer writer from damage.
    public static func decoded(from data: Data) throws(RecordDecodingError) -> Record {
        do {
            return try JSONDecoder().decode(Record.self, from: data)
        } catch let error as RecordDecodingError {
            throw error
        } catch let DecodingError.dataCorrupted(context) {
            if let inner = context.underlyingError as? RecordDecodingError { throw inner }
            throw .malformed(context.debugDescription)
        } catch {
            throw .malformed("\(error)")
        }
    }
}
