import BeraadEngine
import Foundation

/// The framing of one journal line: `{"crc":"<8 hex>","rec":{…}}` and a newline, the CRC over the exact bytes of
/// `rec`.
public enum JournalLine {
    private static let prefix = Array(#"{"crc":""#.utf8)
    private static let middle = Array(#"","rec":"#.utf8)

    /// The framed line for `record`, newline included.
    public static func frame(_ record: Record) throws -> [UInt8] {
        let rec = Array(try record.encoded())
        return prefix + Array(CRC32C.hex(rec).utf8) + middle + rec + [UInt8(ascii: "}"), UInt8(ascii: "\n")]
    }

    /// Why a line's bytes are not a framed record.
    public enum Problem: Error, Equatable, Sendable {
        /// Not framed, or the checksum does not match: damage or a torn write.
        case damaged(LocalizedText)
        /// Framed and intact, but written by a newer beraad.
        case newer(RecordDecodingError)
    }

    /// Reads one line (without its newline), checking the frame and the checksum.
    public static func parse(_ line: ArraySlice<UInt8>) throws(Problem) -> Record {
        let bytes = Array(line)
        let headerLength = prefix.count + 8 + middle.count
        guard bytes.count > headerLength + 1, bytes.starts(with: prefix),
            Array(bytes[(prefix.count + 8)..<headerLength]) == middle, bytes.last == UInt8(ascii: "}")
        else { throw .damaged(Catalog.localized(.journal(.notFramed))) }
        let crc = String(decoding: bytes[prefix.count..<(prefix.count + 8)], as: UTF8.self)
        let rec = bytes[headerLength..<(bytes.count - 1)]
        guard CRC32C.hex(rec) == crc else { throw .damaged(Catalog.localized(.journal(.checksumMismatch))) }
        do {
            return try Record.decoded(from: Data(rec))
        } catch {
            switch error {
            case .unknownType, .unsupportedVersion: throw .newer(error)
            case .malformed: throw .damaged(LocalizedText(nl: error.message(.nl), en: error.message(.en)))
            }
        }
    }

    /// The `type` of a framed line without decoding it, for listings that need only a few kinds of event.
    public static func peekType(_ line: ArraySlice<UInt8>) -> String? {
        let key = Array(#""type":""#.utf8)
        let bytes = Array(line)
        guard bytes.count > key.count else { return nil }
        var index = bytes.count - key.count
        while index >= 0 {
            if bytes[index] == key[0], Array(bytes[index..<(index + key.count)]) == key {
                let start = index + key.count
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            index -= 1
        }
        return nil
    }
}
