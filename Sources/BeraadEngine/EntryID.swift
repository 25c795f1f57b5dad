/// The id of an entry: `e` and the sequence number of the record that made it (`e12`), as the journal, the log and
/// the minutes write it.
public struct EntryID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var seq: Int

    public init(seq: Int) { self.seq = seq }

    /// The id as the journal writes it: `e` and a number without leading zeros; nil for anything else.
    public init?(journal text: String) {
        guard text.hasPrefix("e"), let id = EntryID(text), id.description == text else { return nil }
        self = id
    }

    /// The entry a facilitator names: `e12`, `E12` or `12`; nil for anything else.
    public init?(_ text: String) {
        let digits = text.first == "e" || text.first == "E" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let seq = Int(digits), seq > 0
        else { return nil }
        self.seq = seq
    }

    public var description: String { "e\(seq)" }

    public static func < (lhs: EntryID, rhs: EntryID) -> Bool { lhs.seq < rhs.seq }

    /// An id is coded as its text, `e12`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = EntryID(journal: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an entry id: \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
