/// A fast reader for the records beraad itself writes, for the hot path of every command (replaying a journal).
///
/// `Record.decoded(from:)` (Foundation's JSONDecoder and the events' Codable conformances) stays the reference: this
/// reader returns a record only when it read exactly what the reference would, and nil for anything else — an
/// opening record with its protocol, a forced move with its unmet requirements, a number that is no plain integer,
/// a duplicate key, bytes that are not UTF-8 — so that the caller asks the reference, which then decides or names
/// the problem. A test reads every golden and fuzzed journal both ways and requires the same records.
///
/// It reads a string or a number as its place in the bytes (`Token`), checked but not yet made into a value, and
/// makes a value only of a field an event takes; an object's fields and an array's elements are kept as they were
/// read, once. No string is made and thrown away for a record.
public enum RecordScanner {
    /// The record in `bytes` (the `rec` object of a journal line), or nil when the reference must read it.
    public static func record(_ bytes: ArraySlice<UInt8>) -> Record? {
        bytes.withUnsafeBufferPointer { buffer -> Record? in
            var parser = Parser(bytes: buffer, index: 0)
            do throws(Miss) {
                let envelope = try parser.document()
                return try map(envelope)
            } catch { return nil }
        }
    }

    // MARK: - A small JSON reader

    /// A JSON value, as read: a string as where it is in the bytes (checked, not yet made a string), an array or
    /// an object as what it holds. Numbers other than plain integers are kept apart, since no field this reader
    /// maps takes one.
    enum Token {
        /// A string's contents (quotes not included): ASCII without escapes, other UTF-8 (checked) without escapes,
        /// or with escapes (checked, read when asked for).
        case string(Range<Int>, StringForm)
        case integer(Int)
        case otherNumber
        case bool(Bool)
        case null
        case array([Token])
        case object(Fields)
    }

    enum StringForm { case ascii, unicode, escaped }

    struct Miss: Error {}

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        /// How many arrays and objects the reader is inside now.
        private var depth = 0

        init(bytes: UnsafeBufferPointer<UInt8>, index: Int) {
            self.bytes = bytes
            self.index = index
        }

        /// The whole input: one object, and nothing after it but space.
        mutating func document() throws(Miss) -> Fields {
            skipSpace()
            let fields = try object()
            skipSpace()
            guard index == bytes.count else { throw Miss() }
            return fields
        }

        /// The object at `index`: its fields, each a token; a field given twice is a miss (one reader keeps the
        /// first, another the last: the reference decides).
        mutating func object() throws(Miss) -> Fields {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw Miss() }
            try enter()
            defer { depth -= 1 }
            index += 1
            var fields = Fields(bytes: bytes)
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return fields
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Miss() }
                let key = try parseKey()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw Miss() }
                index += 1
                let value = try token()
                guard !fields.has(key) else { throw Miss() }
                fields.members.append((key, value))
                skipSpace()
                guard index < bytes.count else { throw Miss() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return fields
                } else {
                    throw Miss()
                }
            }
        }

        /// The elements of the array at `index`, each a token.
        mutating func array() throws(Miss) -> [Token] {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw Miss() }
            try enter()
            defer { depth -= 1 }
            index += 1
            var result: [Token] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return result
            }
            while true {
                result.append(try token())
                skipSpace()
                guard index < bytes.count else { throw Miss() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return result
                } else {
                    throw Miss()
                }
            }
        }

        /// One more array or object deep; past the deepest Beraad writes, the caller decides (and refuses it).
        private mutating func enter() throws(Miss) {
            depth += 1
            guard depth <= JSONDepth.limit else { throw Miss() }
        }

        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// The value at `index` as a token.
        private mutating func token() throws(Miss) -> Token {
            skipSpace()
            guard index < bytes.count else { throw Miss() }
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "{"): return .object(try object())
            case UInt8(ascii: "["): return .array(try array())
            case UInt8(ascii: "\""):
                let form = try skipString()
                return .string((start + 1)..<(index - 1), form)
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try parseNumber()
            }
        }

        private mutating func literal(_ word: StaticString, _ value: Token) throws(Miss) -> Token {
            let count = word.utf8CodeUnitCount
            guard bytes.count - index >= count else { throw Miss() }
            let matches = word.withUTF8Buffer { expected in
                (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
            }
            guard matches else { throw Miss() }
            index += count
            return value
        }

        private mutating func parseNumber() throws(Miss) -> Token {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            var integral = true
            while index < bytes.count {
                let byte = bytes[index]
                if (0x30...0x39).contains(byte) {
                    index += 1
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                    || byte == UInt8(ascii: "+") || (byte == UInt8(ascii: "-") && index > start)
                {
                    integral = false
                    index += 1
                } else {
                    break
                }
            }
            guard index > start else { throw Miss() }
            guard integral else { return .otherNumber }
            let digits = UnsafeBufferPointer(rebasing: bytes[start..<index])
            // "-", a leading zero ("01") or an integer that does not fit: the reference decides.
            let body = digits.first == UInt8(ascii: "-") ? digits.dropFirst() : digits[...]
            guard let first = body.first, !(first == UInt8(ascii: "0") && body.count > 1),
                let value = Int(String(decoding: digits, as: UTF8.self))
            else { throw Miss() }
            return .integer(value)
        }

        /// A key: plain ASCII without escapes, as every key beraad writes; anything else goes to the reference.
        private mutating func parseKey() throws(Miss) -> Range<Int> {
            index += 1
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return start..<(index - 1)
                }
                guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw Miss() }
                index += 1
            }
            throw Miss()
        }

        /// Reads through the string at `index` (its opening quote), checking it as the reference would: its escapes
        /// and, unless it is ASCII, its UTF-8 (a string that is neither goes to the reference, which refuses it).
        private mutating func skipString() throws(Miss) -> StringForm {
            index += 1
            let start = index
            var ascii = true
            // Eight bytes at a time while none of them is a quote, a backslash, a control character or past ASCII:
            // most of a journal's bytes are plain text inside strings.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count, !Self.mayEnd(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                {
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    if ascii { return .ascii }
                    guard Self.isUTF8(UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])) else { throw Miss() }
                    return .unicode
                }
                if byte == UInt8(ascii: "\\") {
                    // Read (and so checked) whole; read again when the field is asked for, which is seldom.
                    index = start - 1
                    _ = try unescapedString()
                    return .escaped
                }
                guard byte >= 0x20 else { throw Miss() }
                ascii = ascii && byte < 0x80
                index += 1
            }
            throw Miss()
        }

        /// Whether any of the eight bytes of `word` is a quote, a backslash, below a space or past ASCII (the
        /// usual tests for a byte in a word: a byte below `n` sets its top bit in `word - n × 0x01…01`).
        private static func mayEnd(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
            let belowSpace = (word &- 0x20 &* ones) & ~word & highs != 0
            return word & highs != 0 || belowSpace || hasZero(word ^ (0x22 &* ones)) || hasZero(word ^ (0x5C &* ones))
        }

        /// Whether `bytes` are well-formed UTF-8.
        private static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }

        /// The string at `index` (its opening quote) with its escapes read.
        mutating func unescapedString() throws(Miss) -> String {
            index += 1
            var out: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard let text = String(validating: out, as: UTF8.self) else { throw Miss() }
                    return text
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { throw Miss() }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar) {
                            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
                                bytes[index + 1] == UInt8(ascii: "u")
                            else { throw Miss() }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw Miss() }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(scalar) {
                            throw Miss()
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { throw Miss() }
                        out += Array(String(Character(unicode)).utf8)
                    default:
                        throw Miss()
                    }
                default:
                    guard byte >= 0x20 else { throw Miss() }
                    out.append(byte)
                    index += 1
                }
            }
            throw Miss()
        }

        private mutating func hex4() throws(Miss) -> UInt32 {
            guard bytes.count - index >= 4 else { throw Miss() }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw Miss()
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }
    }
}
