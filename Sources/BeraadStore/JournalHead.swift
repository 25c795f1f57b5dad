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

    /// Reads the entries the snapshot still holds (`SessionState.loadEntries`).
    mutating func loadEntries() { state?.loadEntries() }

    /// The state, taken out so that the caller holds the only reference and can change it without a copy.
    mutating func takeState() -> SessionState? {
        defer { state = nil }
        return state
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

    /// The head of the journal open at `fd`, read a megabyte at a time and replayed as it is read: neither
    /// its bytes nor its records are kept, only the state. The same head as reading and replaying the whole file
    /// gives, damage and torn lines alike (`SnapshotTests`).
    static func replaying(
        _ fd: Int32, path: String, pieceSize: Int = JournalStream.pieceSize, workers: Int = JournalPieces.workers
    ) throws(StoreError) -> JournalHead {
        var replayer = Replayer()
        let read = try JournalStream.read(fd, path: path, pieceSize: pieceSize, workers: workers) { record, _ in
            replayer.apply(record)
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
            path: path, tornTail: read.tornTail, validLength: read.validLength, recordCount: read.count,
            headHash: read.count == 0 ? JournalLine.noPrevious : JournalLine.hash(read.lastLine),
            firstLineHash: read.firstLineHash, replayedRecords: read.count, state: state, failure: failure,
            snapshot: nil)
    }
}
