/// What recorded text may not carry into any output: control characters (other than newline and tab), which
/// can move a terminal's cursor or change its colours, and the Unicode bidi embeddings, overrides and isolates,
/// which can visually reverse text (an attribution) in a browser or an editor. Each is shown as `�`, so that
/// the text stays readable and the tampering visible.
public enum TextSafety {
    /// `text` with every unsafe character shown as `�`.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar) }
        return String(result)
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
