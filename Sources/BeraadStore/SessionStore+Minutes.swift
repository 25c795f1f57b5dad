import BeraadEngine
import Glibc

extension SessionStore {
    /// What the minutes of a session are made from.
    public struct MinutesSource: Sendable {
        /// The session as its minutes show it (`MinutesReplayer`).
        public var state: SessionState
        /// The SHA-256 of the line that approved the minutes, once approved.
        public var fingerprint: String?
        /// A torn last line, if a write was cut short.
        public var tornTail: [UInt8]
    }

    /// Session `id` as its minutes show it, read under a shared lock line by line from the journal itself —
    /// never from the snapshot: what is shared and approved comes from the journal, and stops on any damage.
    /// The same as reading the whole journal and replaying it up to the last approval gives, with its `fingerprint`
    /// (`SnapshotTests`), without keeping the file's bytes or its records.
    public func minutes(_ id: String) throws(StoreError) -> MinutesSource {
        let path = try journalPath(id)
        let fd = try openLocked(id, path: path, flags: O_RDONLY, exclusive: false)
        defer { close(fd) }
        return try Self.minutes(fd, path: path)
    }

    static func minutes(
        _ fd: Int32, path: String, pieceSize: Int = JournalStream.pieceSize, workers: Int = JournalPieces.workers
    ) throws(StoreError) -> MinutesSource {
        var replayer = MinutesReplayer()
        var fingerprint: String?
        let read = try JournalStream.read(fd, path: path, pieceSize: pieceSize, workers: workers) { record, line in
            replayer.apply(record)
            if case .minutesApproved = record.event { fingerprint = JournalLine.hash(line) }
        }
        do throws(ReplayError) {
            return MinutesSource(state: try replayer.result(), fingerprint: fingerprint, tornTail: read.tornTail)
        } catch { throw JournalContents.storeError(error, path: path) }
    }
}
