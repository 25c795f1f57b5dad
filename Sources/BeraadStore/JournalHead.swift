import BeraadEngine
import Glibc

/// A journal as a command that needs only its state sees it: what its records replay to (through the snapshot
/// when one is usable, `SessionStore+Snapshot`), and what an append must know about the file's end.
public struct JournalHead: Sendable {
    /// The journal's file, for messages.
    public var path: String
    /// The bytes of a torn last line, if a write was cut short: not an acknowledged entry.
    public var tornTail: [UInt8]
    /// The byte length of the acknowledged part; a torn tail starts here.
    var validLength: Int
    var recordCount: Int
    /// What the next line chains to: the hash of the last acknowledged line.
    var headHash: String
    var firstLineHash: String
    /// How many records were replayed from the journal's own lines: those after the snapshot, or all of them.
    public var replayedRecords: Int
    /// Whether the state came from a snapshot.
    public var fromSnapshot: Bool { snapshot != nil }
    /// The header of the snapshot the state came from.
    var snapshot: SessionSnapshot.Header?
    /// What the records replay to, or why they do not.
    private(set) var state: SessionState?
    let failure: StoreError?

    /// The session the records replay to, or why they do not.
    public func session() throws(StoreError) -> SessionState {
        guard let state else { throw failure ?? .sessionNotFound(id: "") }
        return state
    }

    /// The state, taken out so that the caller holds the only reference and can change it without a copy.
    mutating func takeState() -> SessionState? {
        defer { state = nil }
        return state
    }

    /// The head of a journal read and replayed whole.
    init(contents: JournalContents) {
        path = contents.path
        tornTail = contents.tornTail
        validLength = contents.validLength
        recordCount = contents.records.count
        headHash = contents.headHash
        firstLineHash = contents.records.isEmpty ? JournalLine.noPrevious : contents.lineHash(0)
        replayedRecords = contents.records.count
        snapshot = nil
        do throws(StoreError) {
            state = try contents.session()
            failure = nil
        } catch {
            state = nil
            failure = error
        }
    }

    init(
        path: String, tornTail: [UInt8], validLength: Int, recordCount: Int, headHash: String, firstLineHash: String,
        replayedRecords: Int, state: SessionState?, failure: StoreError? = nil, snapshot: SessionSnapshot.Header?
    ) {
        self.path = path
        self.tornTail = tornTail
        self.validLength = validLength
        self.recordCount = recordCount
        self.headHash = headHash
        self.firstLineHash = firstLineHash
        self.replayedRecords = replayedRecords
        self.snapshot = snapshot
        self.state = state
        self.failure = failure
    }

    /// The head of the journal open at `fd`, read a few megabytes at a time and replayed as it is read: neither
    /// its bytes nor its records are kept, only the state. The same head as `init(contents:)` of the whole file
    /// gives, damage and torn lines alike (`SnapshotTests`).
    static func replaying(_ fd: Int32, path: String, pieceSize: Int = 1 << 22) throws(StoreError) -> JournalHead {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw POSIXFile.error(path, "fstat") }
        let size = Int(info.st_size)
        var replayer = Replayer()
        var count = 0
        var validLength = 0
        var firstLineHash = JournalLine.noPrevious
        var lastLine: [UInt8] = []
        var tornTail: [UInt8] = []
        // `pending` holds the file's bytes from `pendingStart` that no complete line has used yet.
        var pending: [UInt8] = []
        var pendingStart = 0
        reading: while true {
            let piece = try POSIXFile.read(fd, at: pendingStart + pending.count, count: pieceSize, path: path)
            if piece.isEmpty {
                // An unterminated rest is a write cut short.
                tornTail = pending
                break
            }
            pending += piece
            var lastRange: Range<Int>?
            let (lines, lineStart) = JournalContents.lines(in: pending)
            for line in lines {
                do throws(JournalLine.Problem) {
                    let parsed = try JournalLine.parseFrame(pending[line], seq: count + 1)
                    replayer.apply(parsed.record)
                    count += 1
                    if count == 1 { firstLineHash = JournalLine.hash(pending[line]) }
                    lastRange = line
                    validLength = pendingStart + line.upperBound + 1
                } catch {
                    let isLast = pendingStart + line.upperBound + 1 == size
                    try JournalContents.refuse(error, line: count + 1, isLast: isLast, path: path)
                    tornTail = Array(pending[line.lowerBound...])
                    if let lastRange { lastLine = Array(pending[lastRange]) }
                    break reading
                }
            }
            if let lastRange { lastLine = Array(pending[lastRange]) }
            pending.removeFirst(lineStart)
            pendingStart += lineStart
        }
        let state: SessionState?
        let failure: StoreError?
        do throws(ReplayError) {
            state = try replayer.result()
            failure = nil
        } catch {
            state = nil
            failure = JournalContents.storeError(error, path: path)
        }
        return JournalHead(
            path: path, tornTail: tornTail, validLength: validLength, recordCount: count,
            headHash: count == 0 ? JournalLine.noPrevious : JournalLine.hash(lastLine), firstLineHash: firstLineHash,
            replayedRecords: count, state: state, failure: failure, snapshot: nil)
    }
}
