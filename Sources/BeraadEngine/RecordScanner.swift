/// A fast reader for the records beraad itself writes, for the hot path of every command (replaying a journal).
///
/// `Record.decoded(from:)` (Foundation's JSONDecoder and the events' Codable conformances) stays the reference: this
/// reader returns a record only when it read exactly what the reference would, and nil for anything else — an
/// opening record with its protocol, a forced move with its unmet requirements, a number that is no plain integer,
/// a duplicate key, bytes that are not UTF-8 — so that the caller asks the reference, which then decides or names
/// the problem. A test reads every golden and fuzzed journal both ways and requires the same records.
public enum RecordScanner {
    /// The record in `bytes` (the `rec` object of a journal line), or nil when the reference must read it.
    public static func record(_ bytes: ArraySlice<UInt8>) -> Record? {
        var parser = Parser(bytes: bytes)
        guard case .object(let envelope)? = try? parser.document() else { return nil }
        do throws(Miss) { return try map(envelope) } catch { return nil }
    }

    // MARK: - A small JSON reader

    /// A JSON value; numbers other than plain integers are kept apart, since no field this reader maps takes one.
    /// Not `indirect`: an array or an object holds its values in its own storage already, and a boxed leaf would
    /// cost an allocation for every string and number of every record.
    enum Value {
        case string(String)
        case integer(Int)
        case otherNumber
        case bool(Bool)
        case null
        case array([Value])
        /// Keys as their bytes, in order: objects here have a handful of keys, found faster by a look along them
        /// than by hashing.
        case object([(key: ArraySlice<UInt8>, value: Value)])
    }

    struct Miss: Error {}

    struct Parser {
        let bytes: ArraySlice<UInt8>
        var index: Int
        /// How many arrays and objects the reader is inside now.
        private var depth = 0

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            index = bytes.startIndex
        }

        mutating func document() throws(Miss) -> Value {
            let value = try parseValue()
            skipSpace()
            guard index == bytes.endIndex else { throw Miss() }
            return value
        }

        private mutating func skipSpace() {
            while index < bytes.endIndex {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        private mutating func parseValue() throws(Miss) -> Value {
            skipSpace()
            guard index < bytes.endIndex else { throw Miss() }
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                // This reader recurses: past the deepest Beraad writes, the caller decides (and refuses it).
                depth += 1
                defer { depth -= 1 }
                guard depth <= JSONDepth.limit else { throw Miss() }
                return bytes[index] == UInt8(ascii: "{") ? try parseObject() : try parseArray()
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try parseNumber()
            }
        }

        private mutating func literal(_ word: StaticString, _ value: Value) throws(Miss) -> Value {
            let count = word.utf8CodeUnitCount
            guard bytes.endIndex - index >= count else { throw Miss() }
            let matches = word.withUTF8Buffer { expected in
                (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
            }
            guard matches else { throw Miss() }
            index += count
            return value
        }

        private mutating func parseObject() throws(Miss) -> Value {
            index += 1
            var result: [(key: ArraySlice<UInt8>, value: Value)] = []
            // A record's envelope has six keys, its data rarely more than eight.
            result.reserveCapacity(8)
            skipSpace()
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(result)
            }
            while true {
                skipSpace()
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { throw Miss() }
                let key = try parseKey()
                skipSpace()
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ":") else { throw Miss() }
                index += 1
                let value = try parseValue()
                // A key given twice is read one way by one reader and another way by another: leave it to the reference.
                guard !result.contains(where: { $0.key.elementsEqual(key) }) else { throw Miss() }
                result.append((key, value))
                skipSpace()
                guard index < bytes.endIndex else { throw Miss() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return .object(result)
                } else {
                    throw Miss()
                }
            }
        }

        private mutating func parseArray() throws(Miss) -> Value {
            index += 1
            var result: [Value] = []
            skipSpace()
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(result)
            }
            while true {
                result.append(try parseValue())
                skipSpace()
                guard index < bytes.endIndex else { throw Miss() }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array(result)
                } else {
                    throw Miss()
                }
            }
        }

        private mutating func parseNumber() throws(Miss) -> Value {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            var integral = true
            while index < bytes.endIndex {
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
            let digits = bytes[start..<index]
            // "-", a leading zero ("01") or an integer that does not fit: the reference decides.
            let body = digits.first == UInt8(ascii: "-") ? digits.dropFirst() : digits[...]
            guard let first = body.first, !(first == UInt8(ascii: "0") && body.count > 1),
                let value = Int(String(decoding: digits, as: UTF8.self))
            else { throw Miss() }
            return .integer(value)
        }

        /// A key: plain ASCII without escapes, as every key beraad writes; anything else goes to the reference.
        private mutating func parseKey() throws(Miss) -> ArraySlice<UInt8> {
            index += 1
            let start = index
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return bytes[start..<(index - 1)]
                }
                guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw Miss() }
                index += 1
            }
            throw Miss()
        }

        private mutating func parseString() throws(Miss) -> String {
            index += 1
            let start = index
            // The common case: no escapes, and most often ASCII only, which needs no check as UTF-8 (the check is
            // a tenth of reading a journal).
            var ascii = true
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text: String
                    if ascii {
                        text = String(decoding: bytes[start..<index], as: UTF8.self)
                    } else {
                        guard let valid = String(validating: bytes[start..<index], as: UTF8.self) else { throw Miss() }
                        text = valid
                    }
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                guard byte >= 0x20 else { throw Miss() }
                ascii = ascii && byte < 0x80
                index += 1
            }
            var out = Array(bytes[start..<index])
            while index < bytes.endIndex {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard let text = String(validating: out, as: UTF8.self) else { throw Miss() }
                    return text
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.endIndex else { throw Miss() }
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
                            guard bytes.endIndex - index >= 6, bytes[index] == UInt8(ascii: "\\"),
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
            guard bytes.endIndex - index >= 4 else { throw Miss() }
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
