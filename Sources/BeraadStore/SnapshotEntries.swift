import BeraadEngine
import Glibc

/// A snapshot's entries, left in its file until something reads them: what the store defers a state's entries to
/// (`EntryLog`). It holds the snapshot open, so that its bytes are those of the file whose header and core were
/// read, whatever another process renames into place meanwhile; they are checked against their checksum when read.
final class SnapshotEntries: Sendable {
    private let fd: Int32
    private let path: String
    private let offset: Int
    private let length: Int
    private let count: Int
    private let checksum: UInt64
    private let lastEntry: EntryID?
    /// Where to replay them from should the snapshot's no longer be what was written: session `id`'s first
    /// `records` records in `store`.
    private let store: SessionStore
    private let id: String
    private let records: Int

    /// The entries of the snapshot of session `id` in `store`, open at `fd` (which this now owns), that `header`
    /// describes.
    init(fd: Int32, path: String, header: SessionSnapshot.Header, store: SessionStore, id: String) {
        self.fd = fd
        self.path = path
        offset = header.entriesOffset
        length = header.entriesLength
        count = header.entryCount
        checksum = header.entriesChecksum
        lastEntry = header.lastEntry > 0 ? EntryID(seq: header.lastEntry) : nil
        self.store = store
        self.id = id
        records = header.records
    }

    deinit { close(fd) }

    /// The entries deferred to this snapshot.
    func deferred() -> DeferredEntries {
        DeferredEntries(count: count, lastID: lastEntry, origin: self) { [self] in entries() }
    }

    /// The entries' bytes as they were written, or nil when they are not (then the caller encodes the entries).
    func bytes() -> [UInt8]? {
        guard let bytes = try? POSIXFile.read(fd, at: offset, count: length, path: path), bytes.count == length,
            Checksum64.of(bytes) == checksum
        else { return nil }
        return bytes
    }

    /// The entries: from the snapshot; else, should it have changed since its header was read, replayed from the
    /// journal's first records; else, with neither readable, the command stops here (`unreadable`).
    private func entries() -> [Entry] {
        if let bytes = bytes(), let entries = try? SessionState.entries(binary: bytes[...], count: count),
            entries.last?.id == lastEntry
        {
            return entries
        }
        if let entries = replayed(), entries.count == count, entries.last?.id == lastEntry {
            discard()
            return entries
        }
        unreadable()
    }

    /// The entries of the journal's first records, as a full replay gives them; nil when they do not replay.
    private func replayed() -> [Entry]? {
        guard let journalPath = try? store.journalPath(id),
            let fd = try? store.openExisting(id, path: journalPath, flags: O_RDONLY)
        else { return nil }
        defer { close(fd) }
        var replayer = Replayer()
        let stream = try? JournalStream.read(fd, path: journalPath) { record, _ in
            if record.seq <= records { replayer.apply(record) }
        }
        guard stream != nil, let state = replayer.current, state.lastSeq == records else { return nil }
        return Array(state.entries)
    }

    /// Takes the snapshot away, if it is still the file these entries came from: its entries do not read, so the
    /// next command replays the journal and writes it again.
    private func discard() {
        if POSIXFile.isNamed(fd, path) { unlink(path) }
    }

    /// Neither the snapshot nor the journal reads as it did a moment ago: something changed both files while this
    /// command ran. Nothing can be shown or decided without the entries, so the command ends, saying so, with the
    /// exit code of a failed read. (A state cannot throw from where its entries are read.)
    private func unreadable() -> Never {
        let language = store.language(of: id) ?? .nl
        let message = Catalog.StoreText.entriesUnreadable(snapshot: path, id: id).text(language)
        let bytes = Array(("beraad: " + message + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        exit(74)
    }
}
