import BeraadEngine
import Foundation

/// The framing of one journal line: `{"crc":"<8 hex>","prev":"<64 hex>","rec":{…}}` and a newline. `prev` is the
/// SHA-256 of the previous line's bytes (newline not included; 64 zeros before the first line), which chains every
/// record to all before it; the CRC is over the exact bytes of `prev`'s hex and of `rec`, so that a torn write is
/// told from a complete one. Lines written before the chain (`{"crc":"…","rec":{…}}`, CRC over `rec` alone) still
/// read, as unchained.
public enum JournalLine {
    // The frame's fixed parts: as static strings for reading (compared as memory, with no global looked up for
    // each line), as bytes for writing.
    private static let prefixText: StaticString = #"{"crc":""#
    private static let middleText: StaticString = #"","rec":"#
    private static let chainMiddleText: StaticString = #"","prev":""#
    private static let prefix = bytes(prefixText)
    private static let chainMiddle = bytes(chainMiddleText)
    private static let afterPrevious = bytes(middleText)

    private static func bytes(_ text: StaticString) -> [UInt8] { text.withUTF8Buffer { Array($0) } }

    /// Whether `line` holds `text` from its byte `offset` (counted from its start) on.
    private static func holds(_ line: ArraySlice<UInt8>, _ text: StaticString, at offset: Int) -> Bool {
        text.withUTF8Buffer { expected in
            line.withUnsafeBufferPointer { bytes in
                offset >= 0 && offset + expected.count <= bytes.count
                    && memcmp(bytes.baseAddress! + offset, expected.baseAddress!, expected.count) == 0
            }
        }
    }

    /// What stands in `prev` on a journal's first line: there is nothing before it.
    public static let noPrevious = String(repeating: "0", count: 64)

    /// The framed line for `record`, chained to the line whose hash is `previous`, newline included.
    public static func frame(_ record: Record, previous: String) throws -> [UInt8] {
        frame(rec: Array(try record.encoded()), previous: Array(previous.utf8))
    }

    /// The framed line for the record bytes `rec`, chained to the line whose hash (hex) is `previous`.
    static func frame(rec: [UInt8], previous: [UInt8]) -> [UInt8] {
        var crc = CRC32C.Running()
        crc.update(previous)
        crc.update(rec)
        return prefix + Array(crc.hex.utf8) + chainMiddle + previous + afterPrevious + rec
            + [UInt8(ascii: "}"), UInt8(ascii: "\n")]
    }

    /// The hash the next line carries in `prev`: the SHA-256 of this line's bytes, newline not included.
    public static func hash<Line: Collection>(_ line: Line) -> String where Line.Element == UInt8 {
        SHA256.hex(line)
    }

    /// A framed, intact line: its record and, when it is chained, where in the line the hash it names as its
    /// predecessor's stands (64 hex digits; kept as a place, not a string, since a journal has many lines).
    public struct Parsed: Sendable {
        public var record: Record
        public var previous: Range<Int>?
    }

    /// Why a line's bytes are not a framed record.
    public enum Problem: Error, Equatable, Sendable {
        /// Not framed, or the checksum does not match: damage or a torn write.
        case damaged(LocalizedText)
        /// Framed and intact, but written by a newer beraad.
        case newer(RecordDecodingError)
        /// Framed and intact, but no record Beraad could have written (nested too deeply to read safely).
        case invalid(LocalizedText)
    }

    /// Reads one line (without its newline), checking the frame and the checksum.
    public static func parse(_ line: ArraySlice<UInt8>) throws(Problem) -> Record {
        try parseFrame(line).record
    }

    /// Reads line `seq` of a journal: `parseFrame`, and a record numbered otherwise is damage.
    static func parseFrame(_ line: ArraySlice<UInt8>, seq: Int) throws(Problem) -> Parsed {
        try numbered(try parseFrame(line), seq: seq)
    }

    /// `parsed`, read from line `seq` of a journal: a record numbered otherwise is damage.
    static func numbered(_ parsed: Parsed, seq: Int) throws(Problem) -> Parsed {
        guard parsed.record.seq == seq else {
            throw .damaged(
                Catalog.localized(.journal(.sequenceGap(seq: String(parsed.record.seq), expected: String(seq)))))
        }
        return parsed
    }

    /// Reads one line (without its newline), checking the frame and the checksum, with the hash it chains to.
    public static func parseFrame(_ line: ArraySlice<UInt8>) throws(Problem) -> Parsed {
        // Offsets into the line as given, without copying it: a journal has hundreds of thousands of lines.
        let bytes = line
        let base = line.startIndex
        let prefixCount = prefixText.utf8CodeUnitCount
        let middleCount = middleText.utf8CodeUnitCount
        let chainMiddleCount = chainMiddleText.utf8CodeUnitCount
        let crcEnd = base + prefixCount + 8
        guard bytes.count > prefixCount + 8 + middleCount + 1, holds(bytes, prefixText, at: 0),
            bytes.last == UInt8(ascii: "}")
        else { throw .damaged(Catalog.localized(.journal(.notFramed))) }
        let crc = bytes[(base + prefixCount)..<crcEnd]
        var previous: ArraySlice<UInt8>?
        let rec: ArraySlice<UInt8>
        if holds(bytes, middleText, at: crcEnd - base) {
            rec = bytes[(crcEnd + middleCount)..<(bytes.endIndex - 1)]
        } else {
            let hashStart = crcEnd + chainMiddleCount
            let hashEnd = hashStart + 64
            guard bytes.endIndex > hashEnd + middleCount + 1, holds(bytes, chainMiddleText, at: crcEnd - base),
                holds(bytes, middleText, at: hashEnd - base)
            else { throw .damaged(Catalog.localized(.journal(.notFramed))) }
            previous = bytes[hashStart..<hashEnd]
            rec = bytes[(hashEnd + middleCount)..<(bytes.endIndex - 1)]
        }
        var running = CRC32C.Running()
        if let previous { running.update(previous) }
        running.update(rec)
        guard running.isWritten(as: crc) else { throw .damaged(Catalog.localized(.journal(.checksumMismatch))) }
        // The fast reader first (it reads no deeper than JSONDepth.limit); whatever it does not read exactly, the
        // reference reads (or names as damaged).
        if let record = RecordScanner.record(rec) {
            return Parsed(record: record, previous: previous?.indices)
        }
        // The reference recurses: a record nested deeper than any Beraad writes is refused before it is read.
        guard JSONDepth.isWithin(rec) else { throw .invalid(Catalog.localized(.json(.tooDeep))) }
        do {
            return Parsed(
                record: try Record.decoded(from: Data(rec)),
                previous: previous?.indices)
        } catch {
            switch error {
            case .unknownType, .unsupportedVersion: throw .newer(error)
            case .malformed: throw .damaged(LocalizedText(nl: error.message(.nl), en: error.message(.en)))
            }
        }
    }

    /// The string value of the first key `key` in a line, without decoding it: in JSON every quote inside a string
    /// is escaped, so `"key":"` can only be a key. For a value read before the record is (the session's language).
    public static func peek(_ key: String, in line: ArraySlice<UInt8>) -> String? {
        let marker = Array(("\"" + key + "\":\"").utf8)
        guard let found = line.firstRange(of: marker),
            let end = line[found.upperBound...].firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return String(decoding: line[found.upperBound..<end], as: UTF8.self)
    }
}
