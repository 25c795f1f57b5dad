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
        var chained = false
        reading: while true {
            let piece = try POSIXFile.read(fd, at: pendingStart + pending.count, count: pieceSize, path: path)
            if piece.isEmpty {
                // An unterminated rest is a write cut short.
                stream.tornTail = pending
                break
            }
            pending += piece
            var lastRange: Range<Int>?
            let (lines, lineStart) = JournalContents.lines(in: pending)
            for line in lines {
                do throws(JournalLine.Problem) {
                    let parsed = try JournalLine.parseFrame(pending[line], seq: stream.count + 1)
                    try JournalContents.keepChain(
                        parsed, in: pending[line], after: lastRange.map { pending[$0] } ?? stream.lastLine[...],
                        isFirst: stream.count == 0, &chained)
                    each(parsed.record, pending[line])
                    stream.count += 1
                    if stream.count == 1 { stream.firstLineHash = JournalLine.hash(pending[line]) }
                    lastRange = line
                    stream.validLength = pendingStart + line.upperBound + 1
                } catch {
                    let isLast = pendingStart + line.upperBound + 1 == size
                    try JournalContents.refuse(error, line: stream.count + 1, isLast: isLast, path: path)
                    stream.tornTail = Array(pending[line.lowerBound...])
                    if let lastRange { stream.lastLine = Array(pending[lastRange]) }
                    break reading
                }
            }
            if let lastRange { stream.lastLine = Array(pending[lastRange]) }
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
        var chained = false
        try JournalPieces.read(fd, size: size, pieceSize: pieceSize, workers: workers, path: path) {
            (piece) throws(StoreError) -> Bool in
            if let failure = piece.failure { throw failure }
            var lastRange: Range<Int>?
            defer { if let lastRange { stream.lastLine = Array(piece.bytes[lastRange]) } }
            for (line, result) in zip(piece.lines, piece.parsed) {
                do throws(JournalLine.Problem) {
                    let parsed = try JournalLine.numbered(try result.get(), seq: stream.count + 1)
                    try JournalContents.keepChain(
                        parsed, in: piece.bytes[line],
                        after: lastRange.map { piece.bytes[$0] } ?? stream.lastLine[...],
                        isFirst: stream.count == 0, &chained)
                    each(parsed.record, piece.bytes[line])
                    stream.count += 1
                    if stream.count == 1 { stream.firstLineHash = JournalLine.hash(piece.bytes[line]) }
                    lastRange = line
                    stream.validLength = piece.offset + line.upperBound + 1
                } catch {
                    let isLast = piece.offset + line.upperBound + 1 == size
                    try JournalContents.refuse(error, line: stream.count + 1, isLast: isLast, path: path)
                    stream.tornTail = Array(piece.bytes[line.lowerBound..<min(line.upperBound + 1, piece.bytes.count)])
                    return false
                }
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
}
