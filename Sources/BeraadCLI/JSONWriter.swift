/// JSON written by hand for the outputs that can be long (`log --json`), byte for byte as `Context.printJSON`
/// (JSONEncoder, pretty-printed, sorted keys, slashes unescaped) writes it, without building an encoder's tree.
/// It writes UTF-8 bytes: appending many short pieces to a `String` was most of the cost of a long log.
enum JSONWriter {
    /// `text` as a JSON string literal, escaped as JSONEncoder escapes it.
    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var plainStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
                plainStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"", into: &out)
                case UInt8(ascii: "\\"): raw("\\\\", into: &out)
                case 0x0A: raw("\\n", into: &out)
                case 0x09: raw("\\t", into: &out)
                case 0x0D: raw("\\r", into: &out)
                case 0x08: raw("\\b", into: &out)
                case 0x0C: raw("\\f", into: &out)
                default:
                    let hex = String(byte, radix: 16)
                    raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, into: &out)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `text` as it is (JSON punctuation, numbers, `null`).
    static func raw(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }
}
