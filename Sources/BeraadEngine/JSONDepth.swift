/// How deeply JSON nests, found without recursion: a hostile record nested a hundred thousand levels deep must be
/// refused before any recursive reader (the fast scanner, Foundation's decoder) walks into it and runs out of stack.
public enum JSONDepth {
    /// The deepest any record Beraad writes goes (the opening record's protocol is about six deep), with room.
    public static let limit = 64

    /// Whether `bytes` nest no deeper than `limit` arrays and objects; brackets inside strings do not count.
    public static func isWithin<Bytes: Collection>(_ bytes: Bytes, limit: Int = limit) -> Bool
    where Bytes.Element == UInt8 {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth > limit { return false }
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return true
    }
}
