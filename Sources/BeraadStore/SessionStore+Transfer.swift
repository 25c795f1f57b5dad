import BeraadEngine
import Foundation

/// Moving a session between homes (`export`, `import`) and removing one for good (`purge`).
extension SessionStore {
    /// What `importJournal` did.
    public enum ImportOutcome: Sendable, Equatable {
        /// The session was new here.
        case created
        /// The same journal was here already.
        case unchanged
        /// The journal here was the start of the imported one, which went on from it (erasures included).
        case extended
    }

    /// Adds the journal `bytes` (already verified, of session `id`) to the home. A session of the same id here must
    /// be the same journal, its beginning, or the journal an erasure in `bytes` rewrote (the erasure names the
    /// head it replaced); a session another process holds the lock of is never written.
    public func importJournal(_ bytes: [UInt8], id: String) throws(StoreError) -> ImportOutcome {
        let path = try journalPath(id)
        try ownDirectory(sessionsDirectory)
        let directory = try POSIXFile.openDirectory(beneath: home, ["sessions"], path: path)
        defer { close(directory) }
        let existing: Int32
        do { existing = try openExisting(id, path: path, flags: O_RDWR) } catch {
            guard case .sessionNotFound = error else { throw error }
            try placeJournal(bytes, id: id, directory: directory, path: path, replacing: false)
            return .created
        }
        defer { close(existing) }
        // Importing never waits for a session in use: someone is recording in it.
        try POSIXFile.lock(existing, exclusive: true, timeout: 0, path: path)
        let current = try POSIXFile.readAll(existing, path: path)
        if current == bytes { return .unchanged }
        var follows = bytes.count > current.count && bytes.starts(with: current)
        if !follows { follows = try Self.erased(current, into: bytes, path) }
        guard follows else { throw .sessionDiffers(id: id) }
        try placeJournal(bytes, id: id, directory: directory, path: path, replacing: true)
        return .extended
    }

    /// Whether `later` is the journal `earlier` became through an erasure: one of its erasures was recorded right
    /// after the records `earlier` holds, and names `earlier`'s last line as the head it replaced.
    private static func erased(_ earlier: [UInt8], into later: [UInt8], _ path: String) throws(StoreError) -> Bool {
        let before = try JournalContents.parse(earlier, path: path)
        guard before.tornTail.isEmpty else { return false }
        let after = try JournalContents.parse(later, path: path)
        return after.records.contains { record in
            guard case .textErased(let erasure) = record.event else { return false }
            return record.seq == before.records.count + 1 && erasure.previousHead == before.headHash
        }
    }

    /// Writes `bytes` to a private new file in the sessions folder, fsyncs it, and links it in as the journal of
    /// `id` (or renames it over the journal when `replacing`), then fsyncs the folder.
    private func placeJournal(_ bytes: [UInt8], id: String, directory: Int32, path: String, replacing: Bool)
        throws(StoreError)
    {
        let temporary = ".\(id).\(getpid()).importing"
        try POSIXFile.writeNew(bytes, in: directory, named: temporary, path: path)
        defer { unlinkat(directory, temporary, 0) }
        if replacing {
            guard renameat(directory, temporary, directory, id + ".jsonl") == 0 else {
                throw POSIXFile.error(path, "rename")
            }
            // The old journal's snapshot describes another file now; the new one's is made when it is next read.
            removeSnapshots(id)
        } else {
            guard linkat(directory, temporary, directory, id + ".jsonl", 0) == 0 else {
                if errno == EEXIST { throw .sessionDiffers(id: id) }
                throw POSIXFile.error(path, "link")
            }
        }
        try POSIXFile.sync(directory, path: sessionsDirectory)
    }

    /// Removes session `id` and everything kept of it in the home: the journal (under its exclusive lock, so no
    /// write is lost into a removed file), the live mode's history, the board, quarantined tails, the snapshot and
    /// the current pointer if it names the session.
    public func remove(_ id: String) throws(StoreError) {
        let path = try journalPath(id)
        let fd = try openLocked(id, path: path, flags: O_RDONLY, exclusive: true)
        defer { close(fd) }
        let directory = try POSIXFile.openDirectory(beneath: home, ["sessions"], path: path)
        defer { close(directory) }
        guard unlinkat(directory, id + ".jsonl", 0) == 0 else { throw POSIXFile.error(path, "unlink") }
        try POSIXFile.sync(directory, path: sessionsDirectory)
        dropFromIndex(id)
        for path in [historyPath(id), boardPath(id), unsurePath(id), standingPath(id)] { unlink(path) }
        for name in quarantinedTails(of: id) { unlink(quarantineDirectory + "/" + name) }
        removeSnapshots(id)
        if (try? currentSession()) == id { unlink(currentPointer) }
    }
}
