import BeraadEngine
import Foundation

/// The snapshot of each session's replayed state (`SessionSnapshot`), so that recording and reading a session's
/// state cost the records written since the snapshot, not the whole journal. It is used only while the journal is
/// the file Beraad last wrote: the same device and inode, and the length and modification time the snapshot's stamp
/// recorded at the last append; and only if the first and last lines it covers are still there with the same
/// SHA-256 and every line after them continues the chain. Otherwise the journal is replayed from the start and a
/// new snapshot written. Whatever the snapshot holds, a command sees the state a full replay gives
/// (`SnapshotTests`); `verify`, the minutes, the case bank and `export` always read every line of the journal.
extension SessionStore {
    /// The state is written again once this many records lie beyond it; in between, they are replayed.
    static let snapshotInterval = 32

    var snapshotsDirectory: String { home + "/snapshots" }

    /// The snapshot of session `id`.
    public func snapshotPath(_ id: String) -> String { snapshotsDirectory + "/" + id + ".state" }

    /// Session `id`'s state under a shared lock, through its snapshot when one is usable, with every entry read; a
    /// snapshot is written when there was none or it lags behind.
    public func head(_ id: String) throws(StoreError) -> JournalHead {
        let path = try journalPath(id)
        let fd = try openLocked(id, path: path, flags: O_RDONLY, exclusive: false)
        defer { close(fd) }
        var head = try head(fd, id: id, path: path)
        // A command that reads a session goes over its entries: read them once, not a lock at a time.
        head.loadEntries()
        if let state = head.state, head.recordCount > 0,
            head.snapshot == nil || head.replayedRecords >= Self.snapshotInterval
        {
            saveSnapshot(
                id, fd: fd, state: state, records: head.recordCount, firstLineHash: head.firstLineHash, lastLine: nil,
                length: head.validLength)
        }
        return head
    }

    /// The head of the journal open at `fd` (locked by the caller).
    func head(_ fd: Int32, id: String, path: String) throws(StoreError) -> JournalHead {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw POSIXFile.error(path, "fstat") }
        if let head = headFromSnapshot(fd, info, id: id, path: path) { return head }
        let head = try JournalHead.replaying(fd, path: path)
        // No beraad writes a session's records under another's name.
        if let other = head.state?.id, other != id {
            throw .otherSession(path: path, other: other)
        }
        return head
    }

    /// The head through the snapshot, or nil when there is none, it does not read, or it does not describe this
    /// journal: then the caller replays the whole journal, which also names any damage. Only the snapshot's header
    /// and core are read; its entries are left where they are until something reads them (`SnapshotEntries`).
    private func headFromSnapshot(_ fd: Int32, _ info: stat, id: String, path: String) -> JournalHead? {
        guard let (header, core, snapshot) = openSnapshot(id) else { return nil }
        // From here the snapshot's descriptor is the entries' to close.
        let entries = SnapshotEntries(fd: snapshot, path: snapshotPath(id), header: header, store: self, id: id)
        // The journal as Beraad left it: anything else (another file, an edit, a write cut short, an append by a
        // process that could not update the stamp) is replayed whole.
        let size = Int(info.st_size)
        guard header.device == UInt64(info.st_dev), header.inode == UInt64(info.st_ino), header.stampLength == size,
            header.stampModified == Self.modified(info), header.records > 0, header.lastLineStart < header.length,
            header.length <= size
        else { return nil }
        guard
            let last = try? POSIXFile.read(
                fd, at: header.lastLineStart, count: header.length - header.lastLineStart, path: path),
            last.last == UInt8(ascii: "\n"), JournalLine.hash(last.dropLast()) == header.lastLineHash,
            let first = try? POSIXFile.readFirstLine(fd, path: path), JournalLine.hash(first) == header.firstLineHash,
            let rest = try? POSIXFile.read(fd, at: header.length, count: size - header.length, path: path),
            let tail = try? JournalContents.parse(rest, path: path, recordsBefore: header.records)
        else { return nil }
        // Every line after the snapshot must continue its chain, none of them unchained.
        guard tail.chain(after: header.lastLineHash) == JournalContents.Chain(unchained: 0, brokenAt: nil) else {
            return nil
        }
        guard
            let decoded = try? SessionState(
                binaryCore: core[...], entries: EntryLog(deferred: entries.deferred())),
            decoded.lastSeq == header.records
        else { return nil }
        var replayer = Replayer(continuing: decoded)
        for record in tail.records { replayer.apply(record) }
        guard let state = try? replayer.result() else { return nil }
        return JournalHead(
            path: path, tornTail: tail.tornTail, validLength: header.length + tail.validLength,
            recordCount: header.records + tail.records.count,
            headHash: tail.records.isEmpty ? header.lastLineHash : tail.headHash, firstLineHash: header.firstLineHash,
            replayedRecords: tail.records.count, state: state, snapshot: header)
    }

    /// Session `id`'s snapshot, open: its header, its core (checked), and the descriptor, which the caller closes;
    /// nil when there is none or it is not one this version wrote whole.
    private func openSnapshot(_ id: String) -> (header: SessionSnapshot.Header, core: [UInt8], fd: Int32)? {
        let path = snapshotPath(id)
        guard let fd = try? POSIXFile.open(beneath: home, "snapshots/" + id + ".state", O_RDONLY) else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0,
            let start = try? POSIXFile.read(fd, at: 0, count: SessionSnapshot.headerSize, path: path),
            let header = SessionSnapshot.Header(decoding: start[...]), Int(info.st_size) == header.fileLength,
            let core = try? POSIXFile.read(fd, at: SessionSnapshot.headerSize, count: header.coreLength, path: path),
            core.count == header.coreLength, Checksum64.of(core) == header.coreChecksum
        else {
            close(fd)
            return nil
        }
        return (header, core, fd)
    }

    /// Writes the snapshot of `state`, which the journal open at `fd` holds in its first `length` bytes, in
    /// `records` records, the last of them the line `lastLine` (start, hash; read from the file when nil), stamped
    /// with the journal's length and time now. Best effort: a snapshot that cannot be written is simply not there.
    /// Written beside and renamed into place, so a reader sees a whole snapshot or none; not fsynced, as nothing is
    /// lost with it. The header written, or nil when none was.
    @discardableResult
    func saveSnapshot(
        _ id: String, fd: Int32, state: SessionState, records: Int, firstLineHash: String,
        lastLine: (start: Int, hash: String)?, length: Int
    ) -> SessionSnapshot.Header? {
        let path = snapshotPath(id)
        var info = stat()
        guard fstat(fd, &info) == 0, let lastLine = lastLine ?? lastLineOf(fd, length: length, path: path) else {
            return nil
        }
        let core = state.binaryCore()
        // Entries still deferred to the snapshot being replaced are copied as they were, not read and written again.
        var entries: [UInt8]
        if let deferred = state.entries.deferred, let source = deferred.origin as? SnapshotEntries,
            let bytes = source.bytes()
        {
            entries = bytes
            entries += SessionState.binaryEntries(state.entries.recentEntries)
        } else {
            entries = SessionState.binaryEntries(state.entries)
        }
        let header = SessionSnapshot.Header(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), stampLength: Int(info.st_size),
            stampModified: Self.modified(info), length: length, records: records, firstLineHash: firstLineHash,
            lastLineStart: lastLine.start, lastLineHash: lastLine.hash, coreLength: core.count,
            coreChecksum: Checksum64.of(core), entryCount: state.entries.count,
            lastEntry: state.entries.lastID?.seq ?? 0, entriesLength: entries.count,
            entriesChecksum: Checksum64.of(entries))
        // The header, the core and the entries are written one after the other, not joined: the entries can be
        // megabytes.
        guard let encoded = header.encoded(),
            (try? ownDirectory(snapshotsDirectory)) != nil,
            let directory = try? POSIXFile.openDirectory(beneath: home, ["snapshots"], path: path)
        else { return nil }
        defer { close(directory) }
        // One temporary name per session, locked while it is written: two readers never write into one file, and
        // a process killed halfway leaves one file behind, which the next write reuses.
        let temporary = "." + id + ".state.tmp"
        let fd = openat(directory, temporary, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let flockCall: (Int32, Int32) -> Int32 = flock
        // The lock must be on the file that still has the temporary name: one renamed into place meanwhile is
        // another writer's finished snapshot.
        var held = stat()
        var named = stat()
        guard flockCall(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &held) == 0,
            fstatat(directory, temporary, &named, AT_SYMLINK_NOFOLLOW) == 0, held.st_ino == named.st_ino,
            ftruncate(fd, 0) == 0,
            (try? POSIXFile.writeAll(fd, encoded, path: path)) != nil,
            (try? POSIXFile.writeAll(fd, core, path: path)) != nil,
            (try? POSIXFile.writeAll(fd, entries, path: path)) != nil
        else { return nil }
        return renameat(directory, temporary, directory, id + ".state") == 0 ? header : nil
    }

    /// Records in the snapshot's header that the journal open at `fd` is as Beraad just left it (after an append
    /// that did not write the state again): one write of the header, in place. A header cut short by a crash no
    /// longer reads, and the next command replays the journal whole. The header as written, or nil.
    @discardableResult
    func restamp(_ id: String, fd: Int32, header: SessionSnapshot.Header) -> SessionSnapshot.Header? {
        var header = header
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        header.stampLength = Int(info.st_size)
        header.stampModified = Self.modified(info)
        guard let bytes = header.encoded(),
            let snapshot = try? POSIXFile.open(beneath: home, "snapshots/" + id + ".state", O_WRONLY)
        else { return nil }
        defer { close(snapshot) }
        let written = bytes.withUnsafeBytes { pwrite(snapshot, $0.baseAddress, $0.count, 0) }
        return written == bytes.count ? header : nil
    }

    /// The start and hash of the journal's last line, which ends at `length`.
    private func lastLineOf(_ fd: Int32, length: Int, path: String) -> (start: Int, hash: String)? {
        // Read backwards in growing pieces until the newline before the last line is found.
        var window = 4096
        while true {
            let start = max(0, length - window)
            guard let bytes = try? POSIXFile.read(fd, at: start, count: length - start, path: path),
                bytes.count == length - start, bytes.last == UInt8(ascii: "\n")
            else { return nil }
            if let newline = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")) {
                return (start + newline + 1, JournalLine.hash(bytes[(newline + 1)..<(bytes.count - 1)]))
            }
            if start == 0 { return (0, JournalLine.hash(bytes.dropLast())) }
            window *= 4
        }
    }

    /// Removes session `id`'s snapshot and any a process left half-written: after an erasure they hold text that
    /// is gone from the journal.
    func removeSnapshots(_ id: String) {
        for name in [id + ".state", "." + id + ".state.tmp"] { unlink(snapshotsDirectory + "/" + name) }
    }

    /// A file's modification time in nanoseconds.
    static func modified(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}
