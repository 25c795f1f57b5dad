/// The label of a dilemma's option: `A`, `B`, … `Z`, in the order the options were framed.
public struct OptionLabel: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// 0 for `A` … 25 for `Z`.
    public var index: Int

    /// The label at `index`, 0 for `A`; nil past `Z`.
    public init?(index: Int) {
        guard (0..<26).contains(index) else { return nil }
        self.index = index
    }

    /// The option a facilitator names: one letter, either case, spaces around it allowed; nil for anything else.
    public init?(_ text: String) {
        let letter = text.trimmingWhitespace().uppercased()
        guard letter.count == 1, let scalar = letter.unicodeScalars.first, ("A"..."Z").contains(scalar) else {
            return nil
        }
        index = Int(scalar.value) - 65
    }

    /// The label as the journal writes it: one capital letter; nil for anything else.
    public init?(journal text: String) {
        guard let label = OptionLabel(text), label.description == text else { return nil }
        self = label
    }

    /// The labels options have, in order: `A`, `B`, … at most to `Z`.
    public static func first(_ count: Int) -> [OptionLabel] {
        (0..<min(max(count, 0), 26)).compactMap { OptionLabel(index: $0) }
    }

    public var description: String { String(UnicodeScalar(UInt8(65 + index))) }

    public static func < (lhs: OptionLabel, rhs: OptionLabel) -> Bool { lhs.index < rhs.index }

    /// A label is coded as its letter, `A`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let label = OptionLabel(journal: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an option label: \(text)")
        }
        self = label
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
