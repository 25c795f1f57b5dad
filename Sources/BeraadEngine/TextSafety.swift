/// What recorded text may not carry into any output: control characters (other than newline and tab), which
/// can move a terminal's cursor or change its colours, and the Unicode bidi embeddings, overrides and isolates,
/// which can visually reverse text (an attribution) in a browser or an editor. Each is shown as `�`, so that
/// the text stays readable and the tampering visible.
public enum TextSafety {
    /// `text` with every unsafe character shown as `�`.
    public static func neutralised(_ text: String) -> String {
        guard containsUnsafe(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar) }
        return String(result)
    }

    /// Whether `text` holds a character `isUnsafe` names, found in its UTF-8 bytes: every output passes here, and
    /// going scalar by scalar was most of the cost of a long one.
    public static func containsUnsafe(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A: break
                case 0x00..<0x20, 0x7F: return true
                // U+0080–U+009F are C2 80 – C2 9F.
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return true
                // U+202A–U+202E are E2 80 AA – E2 80 AE; U+2066–U+2069 are E2 81 A6 – E2 81 A9.
                case 0xE2 where index + 2 < bytes.count:
                    let (second, third) = (bytes[index + 1], bytes[index + 2])
                    if second == 0x80 && (0xAA...0xAE).contains(third) { return true }
                    if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
                default: break
                }
                index += 1
            }
            return false
        }
        return found ?? text.unicodeScalars.contains(where: isUnsafe)
    }

    /// Whether `scalar` may not reach an output as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x0A || value == 0x09 { return false }
        // The controls (general category Cc): C0, DEL and C1. Compared by number: a property lookup for every
        // character of a long output is most of its cost.
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI.
        return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
