import BeraadEngine
import Dispatch
import Foundation
import Glibc

/// A long journal's lines read and checked on other threads, a piece at a time, and handed back in order: reading
/// and checking a line (its checksum, its record) is most of a replay's work and needs nothing from the lines
/// before it, so on a machine with more than one core it is done beside the replay instead of before it.
///
/// Piece `i` is the lines that *begin* in the file's bytes `i * pieceSize ..< (i + 1) * pieceSize` (a line begins at
/// offset 0 or after a newline); a line that runs on past its piece is read to its end by the same worker. So every
/// line is in exactly one piece, whatever the piece size, and a piece can be read without the one before it.
struct JournalPieces {
    /// One piece's lines, read and checked.
    struct Piece: Sendable {
        /// The bytes read: from the byte before the piece (or the file's start) to the end of its last line.
        var bytes: [UInt8] = []
        /// The file offset of `bytes[0]`.
        var offset = 0
        /// Each complete line (newline not included), as positions in `bytes`.
        var lines: [Range<Int>] = []
        /// Each line's record, or why it does not read, up to and including the first that does not.
        var parsed: [Result<JournalLine.Parsed, JournalLine.Problem>] = []
        /// An unterminated rest that begins in the piece: the journal's torn end.
        var rest: Range<Int>?
        /// The file could not be read.
        var failure: StoreError?
    }

    /// How many threads read pieces: one for each core, the replay's beside them, up to four (past that the
    /// replay, on one thread, is what the reading waits for); none on one core, where the replay reads alone.
    static let workers: Int = {
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        return cores > 1 ? min(cores, 4) : 0
    }()

    /// Reads the pieces of the file open at `fd` (`size` bytes) on `workers` threads, handing each to `each` in
    /// order on the calling thread, until `each` returns false. No thread outlives the call.
    static func read(
        _ fd: Int32, size: Int, pieceSize: Int, workers: Int, path: String,
        _ each: (consuming Piece) throws(StoreError) -> Bool
    ) throws(StoreError) {
        let count = (size + pieceSize - 1) / pieceSize
        // Pieces read ahead of the replay are held: a few, so that memory stays flat however long the journal.
        let queue = Queue(count: count, window: workers)
        let group = DispatchGroup()
        // Threads of their own, not Dispatch's shared pool: a caller that is itself on that pool (a test, a task)
        // must not wait for work queued behind it.
        for _ in 0..<workers {
            group.enter()
            Thread {
                while let index = queue.claim() {
                    queue.finish(index, piece(index, of: fd, size: size, pieceSize: pieceSize, path: path))
                }
                group.leave()
            }.start()
        }
        defer {
            queue.stop()
            group.wait()
        }
        for index in 0..<count {
            guard try each(queue.take(index)) else { return }
        }
    }

    /// Reads piece `index` and checks its lines.
    static func piece(_ index: Int, of fd: Int32, size: Int, pieceSize: Int, path: String) -> Piece {
        var piece = Piece()
        let begin = index * pieceSize
        let end = min(begin + pieceSize, size)
        piece.offset = max(begin - 1, 0)
        do throws(StoreError) {
            piece.bytes = try POSIXFile.read(fd, at: piece.offset, count: end - piece.offset, path: path)
            // The first line that begins in the piece: at the file's start, or after the first newline read (the
            // byte before the piece is read for that).
            var start: Int
            if index == 0 {
                start = 0
            } else if let newline = JournalContents.newline(in: piece.bytes, from: 0) {
                start = newline + 1
            } else {
                return piece
            }
            var searched = start
            while piece.offset + start < end {
                guard let newline = JournalContents.newline(in: piece.bytes, from: searched) else {
                    // The line runs on past what was read: read on, to its end or the file's.
                    let read = piece.offset + piece.bytes.count
                    let more =
                        read < size
                        ? try POSIXFile.read(fd, at: read, count: min(max(pieceSize, 1 << 12), size - read), path: path)
                        : []
                    if more.isEmpty {
                        if start < piece.bytes.count { piece.rest = start..<piece.bytes.count }
                        break
                    }
                    searched = piece.bytes.count
                    piece.bytes += more
                    continue
                }
                piece.lines.append(start..<newline)
                start = newline + 1
                searched = start
            }
        } catch {
            piece.failure = error
            return piece
        }
        piece.parsed.reserveCapacity(piece.lines.count)
        for line in piece.lines {
            do throws(JournalLine.Problem) {
                piece.parsed.append(.success(try JournalLine.parseFrame(piece.bytes[line])))
            } catch {
                piece.parsed.append(.failure(error))
                break
            }
        }
        return piece
    }

    /// The pieces claimed by the workers and finished by them, taken by the reader in order; a worker waits while
    /// `window` pieces are ahead of the reader.
    final class Queue: @unchecked Sendable {
        // Every property below is read and written with `condition` locked.
        private let condition = NSCondition()
        private let count: Int
        private let window: Int
        private var claimed = 0
        private var taken = 0
        private var stopped = false
        private var finished: [Int: Piece] = [:]

        init(count: Int, window: Int) {
            self.count = count
            self.window = max(window, 1)
        }

        /// The next piece for a worker to read, or nil when there is none or the reader stopped.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !stopped, claimed < count, claimed >= taken + window { condition.wait() }
            guard !stopped, claimed < count else { return nil }
            claimed += 1
            return claimed - 1
        }

        func finish(_ index: Int, _ piece: consuming Piece) {
            condition.lock()
            finished[index] = piece
            condition.broadcast()
            condition.unlock()
        }

        /// Piece `index`, once read; the reader takes them in order.
        func take(_ index: Int) -> Piece {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let piece = finished.removeValue(forKey: index) {
                    taken = index + 1
                    condition.broadcast()
                    return piece
                }
                condition.wait()
            }
        }

        /// The reader is done: no more pieces are claimed.
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
