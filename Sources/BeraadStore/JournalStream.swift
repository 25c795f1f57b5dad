import BeraadEngine
import Glibc

/// A journal read a megabyte at a time, each record handed on as its line is read: for readers that need
/// only what the records replay to (a state, the minutes), not the records or the file's bytes. A line that does
/// not read is refused as `JournalContents.parse` refuses it (torn if it ends the file, else damage).
struct JournalStream {
    /// How much of the file is read at a time: a megabyte (four held a long session's replay above twice its
    /// journal, with no time gained).
    static let pieceSize = 1 << 20

    /// The acknowledged records, and the byte length they take.
    var count = 0
    var validLength = 0
    var firstLineHash = JournalLine.noPrevious
    /// The last acknowledged line, newline not included.
    var lastLine: [UInt8] = []
    /// A torn last line, if a write was cut short.
    var tornTail: [UInt8] = []
    /// Whether the chain has begun (`JournalContents.keepChain`).
    private var chained = false

    /// Reads the journal open at `fd`, handing `each` every record with its line (newline not included). A journal
    /// of more than four pieces is read and checked on `workers` other threads (`JournalPieces`), up to the size it
    /// had when the read began; a shorter one, or with no workers, on this thread, to its end.
    static func read(
        _ fd: Int32, path: String, pieceSize: Int = JournalStream.pieceSize,
        workers: Int = JournalPieces.workers, _ each: (Record, ArraySlice<UInt8>) -> Void
    ) throws(StoreError) -> JournalStream {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw POSIXFile.error(path, "fstat") }
        let size = Int(info.st_size)
        if workers > 0, size > 4 * pieceSize {
            return try readInPieces(
                fd, size: size, path: path, pieceSize: max(pieceSize / 16, 1), workers: workers, each)
        }
        var stream = JournalStream()
        // `pending` holds the file's bytes from `pendingStart` that no complete line has used yet.
        var pending: [UInt8] = []
        var pendingStart = 0
        while true {
            let piece = try POSIXFile.read(fd, at: pendingStart + pending.count, count: pieceSize, path: path)
            if piece.isEmpty {
                // An unterminated rest is a write cut short.
                stream.tornTail = pending
                break
            }
            pending += piece
            var lastRange: Range<Int>?
            var ended = false
            let (lines, lineStart) = JournalContents.lines(in: pending)
            for line in lines {
                let parsed = Result { () throws(JournalLine.Problem) in try JournalLine.parseFrame(pending[line]) }
                guard
                    try stream.take(
                        parsed, line: line, of: pending, at: pendingStart, after: lastRange,
                        tail: line.lowerBound..<pending.count, size: size, path: path, each)
                else {
                    ended = true
                    break
                }
                lastRange = line
            }
            if let lastRange { stream.lastLine = Array(pending[lastRange]) }
            if ended { break }
            pending.removeFirst(lineStart)
            pendingStart += lineStart
        }
        return stream
    }

    /// `read` with the lines read and checked on other threads: the same records, in order, and the same refusal.
    private static func readInPieces(
        _ fd: Int32, size: Int, path: String, pieceSize: Int, workers: Int, _ each: (Record, ArraySlice<UInt8>) -> Void
    ) throws(StoreError) -> JournalStream {
        var stream = JournalStream()
        try JournalPieces.read(fd, size: size, pieceSize: pieceSize, workers: workers, path: path) {
            (piece) throws(StoreError) -> Bool in
            if let failure = piece.failure { throw failure }
            var lastRange: Range<Int>?
            defer { if let lastRange { stream.lastLine = Array(piece.bytes[lastRange]) } }
            for (line, parsed) in zip(piece.lines, piece.parsed) {
                guard
                    try stream.take(
                        parsed, line: line, of: piece.bytes, at: piece.offset, after: lastRange,
                        tail: line.lowerBound..<min(line.upperBound + 1, piece.bytes.count), size: size, path: path,
                        each)
                else { return false }
                lastRange = line
            }
            if let rest = piece.rest {
                // An unterminated rest is a write cut short: the journal's end.
                stream.tornTail = Array(piece.bytes[rest])
                return false
            }
            return true
        }
        return stream
    }

    /// Takes the next line of the journal, `bytes[line]` (`bytes` begin at file offset `offset`), read as `parsed`,
    /// after the line `bytes[previous]` (nil: the last line taken, kept apart). False when the read ends at it: a
    /// line that does not read is refused, unless it is the journal's last, a write cut short whose bytes
    /// `bytes[tail]` are kept as the torn tail.
    private mutating func take(
        _ parsed: Result<JournalLine.Parsed, JournalLine.Problem>, line: Range<Int>, of bytes: [UInt8], at offset: Int,
        after previous: Range<Int>?, tail: Range<Int>, size: Int, path: String,
        _ each: (Record, ArraySlice<UInt8>) -> Void
    ) throws(StoreError) -> Bool {
        do throws(JournalLine.Problem) {
            let parsed = try JournalLine.numbered(try parsed.get(), seq: count + 1)
            try JournalContents.keepChain(
                parsed, in: bytes[line], after: previous.map { bytes[$0] } ?? lastLine[...], isFirst: count == 0,
                &chained)
            each(parsed.record, bytes[line])
            count += 1
            if count == 1 { firstLineHash = JournalLine.hash(bytes[line]) }
            validLength = offset + line.upperBound + 1
            return true
        } catch {
            try JournalContents.refuse(error, line: count + 1, isLast: offset + line.upperBound + 1 == size, path: path)
            tornTail = Array(bytes[tail])
            return false
        }
    }
}
