import Foundation

/// Finding and replacing a text to erase: a client's name, an address.
public enum TextErasure {
    /// The mark that stands where erased or redacted text was.
    public static let mark = "[…]"

    /// `text` with every occurrence of `target` replaced by the mark (or the facilitator's stand-in, "meneer J."), compared without regard to case or
    /// diacritics (`Zoë` finds `zoe`), and how many there were. A match inside a longer word is replaced too
    /// (`Kuipersstraat` → `[…]straat`): erasing too much is the safe side.
    public static func erasing(_ target: String, in text: String, as standIn: String = mark) -> (
        text: String, count: Int
    ) {
        guard !target.isEmpty, !text.isEmpty else { return (text, 0) }
        var result = ""
        var count = 0
        var rest = text[...]
        while let found = rest.range(of: target, options: [.caseInsensitive, .diacriticInsensitive]) {
            result += rest[..<found.lowerBound]
            result += standIn
            count += 1
            rest = rest[found.upperBound...]
        }
        guard count > 0 else { return (text, 0) }
        return (result + rest, count)
    }
}
