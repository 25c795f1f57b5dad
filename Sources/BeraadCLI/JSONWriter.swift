/// JSON written by hand for the outputs that can be long (`log --json`), byte for byte as `Context.printJSON`
/// (JSONEncoder, pretty-printed, sorted keys, slashes unescaped) writes it, without building an encoder's tree.
enum JSONWriter {
    /// `text` as a JSON string literal, escaped as JSONEncoder escapes it.
    static func string(_ text: String, into out: inout String) {
        // Most text needs no escape: then it is copied whole.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        if plain == true {
            out.append("\"")
            out.append(text)
            out.append("\"")
            return
        }
        out.append("\"")
        var plainStart = text.utf8.startIndex
        var index = plainStart
        let utf8 = text.utf8
        func flush(upTo end: String.UTF8View.Index) {
            if plainStart < end { out.append(contentsOf: text[plainStart..<end]) }
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            let escape: String?
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x09: escape = "\\t"
            case 0x0D: escape = "\\r"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0x00..<0x20:
                let hex = String(byte, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                flush(upTo: index)
                out.append(escape)
                index = utf8.index(after: index)
                plainStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        flush(upTo: utf8.endIndex)
        out.append("\"")
    }
}
