import BeraadEngine
import Foundation

/// What a listing across sessions keeps of one session in the archive's index: made from the session's state, and
/// written as lines of the index file. BeraadArchive's `SessionSummary` is one; the store keeps the file, not its
/// meaning.
public protocol IndexedSummary: Sendable {
    /// The summary of `state`.
    init(_ state: SessionState)
    /// The summary as lines of the index: the fields of its session's line, then lines of their own, each led by a
    /// tag other than `S`.
    var indexLines: [[String?]] { get }
    /// The summary of session `id` that `lines` hold; nil when they are not one (then it is made anew from the
    /// journal).
    init?(id: String, indexLines lines: [[String?]])
}

/// The archive's index: every session's summary, kept beside the journals (`index/sessions.txt`) so that listings
/// across thousands of sessions need not replay each journal. Like git's index it is derived and never trusted over
/// the journals: an entry is used only while its journal's size, modification time and inode are those it was made
/// from, and made anew from the journal otherwise. It is private, written whole or not at all, safe to delete, and
/// an erasure or a purge takes its session out at once, so erased text does not linger in it.
struct SessionIndex {
    /// The shape of the file; an index of another version is made anew.
    static let currentVersion = 1

    var entries: [String: Entry] = [:]

    /// One session's entry: the stamp of the journal it was made from, and the summary's lines.
    struct Entry: Equatable {
        var stamp: JournalStamp
        var lines: [[String?]]
    }
}

/// What identifies the state of a journal file on disk.
struct JournalStamp: Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64
}

extension SessionStore {
    var indexDirectory: String { home + "/index" }
    var indexPath: String { indexDirectory + "/sessions.txt" }

    /// The index as it is on disk; an empty one when it is missing, unreadable or of another version.
    func loadIndex() -> SessionIndex {
        guard let fd = try? POSIXFile.open(beneath: home, "index/sessions.txt", O_RDONLY) else { return SessionIndex() }
        defer { close(fd) }
        guard let bytes = try? POSIXFile.readAll(fd, path: indexPath), let index = SessionIndex.decoded(bytes) else {
            return SessionIndex()
        }
        return index
    }

    /// The summary of every session in the home, in the order of their ids, each from the index while its journal
    /// is unchanged, and made anew from the journal (and the index brought up to date) when it is not; journals
    /// that do not read are reported in `problems` rather than stopping the listing.
    public func indexedSummaries<Summary: IndexedSummary>(
        _: Summary.Type
    ) -> (summaries: [Summary], problems: [StoreError]) {
        var summaries: [Summary] = []
        var problems: [StoreError] = []
        let index = loadIndex()
        var made: [String: SessionIndex.Entry] = [:]
        var gone: Set<String> = []
        let ids = sessionIDs()
        for id in ids {
            let before = stamp(id)
            if let before, let entry = index.entries[id], entry.stamp == before,
                let summary = Summary(id: id, indexLines: entry.lines)
            {
                summaries.append(summary)
                continue
            }
            do {
                let summary = Summary(try read(id).session())
                summaries.append(summary)
                if let before { made[id] = SessionIndex.Entry(stamp: before, lines: summary.indexLines) }
            } catch {
                problems.append(error)
                if index.entries[id] != nil { gone.insert(id) }
            }
        }
        let present = Set(ids)
        for id in index.entries.keys where !present.contains(id) { gone.insert(id) }
        if !made.isEmpty || !gone.isEmpty { updateIndex(made, removing: gone) }
        return (summaries, problems)
    }

    /// The id of every journal in the home, in order, whether or not it reads.
    public func sessionIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsDirectory)) ?? []
        return names.sorted().filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { String($0.dropLast(6)) }
            .filter(Identifier.isValid)
    }

    /// Brings the index on disk up to date, under the index's lock: the entries a listing made (each kept only
    /// while its journal is still as it was read) and the sessions it found gone, applied to the index as it is on
    /// disk then — so that a listing that read a journal just before an erasure never writes its old text back
    /// after the erasure took it out. A failure only costs the next listing some time, so it is not reported.
    func updateIndex(_ made: [String: SessionIndex.Entry], removing gone: Set<String>) {
        withIndexLock {
            var index = loadIndex()
            for (id, entry) in made {
                if stamp(id) == entry.stamp {
                    index.entries[id] = entry
                } else {
                    index.entries.removeValue(forKey: id)
                }
            }
            for id in gone { index.entries.removeValue(forKey: id) }
            try? POSIXFile.writeAtomically(index.encoded(), to: indexPath)
        }
    }

    /// Takes session `id` out of the index, if it is there: after an erasure or a purge, the index must not keep
    /// what the journal no longer has.
    func dropFromIndex(_ id: String) {
        withIndexLock {
            dropDerived(id)
            var index = loadIndex()
            guard index.entries.removeValue(forKey: id) != nil else { return }
            try? POSIXFile.writeAtomically(index.encoded(), to: indexPath)
        }
    }

    /// Runs `body` holding the index folder's lock (`index/.lock`), so that a listing writing the index and an
    /// erasure taking a session out of it never cross. Without the folder or the lock, `body` does not run: the
    /// index is only ever a speed-up.
    func withIndexLock(_ body: () -> Void) {
        guard (try? ownDirectory(indexDirectory)) != nil,
            let fd = try? POSIXFile.open(beneath: home, "index/.lock", O_RDWR | O_CREAT)
        else { return }
        defer { close(fd) }
        guard (try? POSIXFile.lock(fd, exclusive: true, timeout: lockTimeout, path: indexDirectory + "/.lock")) != nil
        else { return }
        body()
    }

    /// The journal's size, modification time and inode, as the index compares them.
    func stamp(_ id: String) -> JournalStamp? {
        guard let path = try? journalPath(id) else { return nil }
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return JournalStamp(
            size: Int64(info.st_size),
            modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}

/// A value derived from one session's journal, kept in `index/KIND/ID.json` with the journal's stamp.
private struct DerivedValue<Value: Codable>: Codable {
    var size: Int64
    var modified: Int64
    var inode: UInt64
    var value: Value
}

extension SessionStore {
    /// What `make` derives from session `id`, kept in the index folder under `kind` (`cases-nl`) and used again while
    /// the journal is unchanged, as the index is: derived, private, safe to delete, dropped by erasure and purge.
    public func derived<Value: Codable>(
        _ kind: String, of id: String, make: () throws(StoreError) -> Value
    ) throws(StoreError) -> Value {
        guard Identifier.isValid(kind), Identifier.isValid(id) else { return try make() }
        let relative = "index/" + kind + "/" + id + ".json"
        let path = home + "/" + relative
        let before = stamp(id)
        if let before, let fd = try? POSIXFile.open(beneath: home, relative, O_RDONLY) {
            defer { close(fd) }
            if let bytes = try? POSIXFile.readAll(fd, path: path),
                let cached = try? JSONDecoder().decode(DerivedValue<Value>.self, from: Data(bytes)),
                cached.size == before.size, cached.modified == before.modified, cached.inode == before.inode
            {
                return cached.value
            }
        }
        let value = try make()
        if let before,
            let data = try? JSONEncoder().encode(
                DerivedValue(size: before.size, modified: before.modified, inode: before.inode, value: value))
        {
            // Written only while the journal is still as it was read, under the lock an erasure takes too.
            withIndexLock {
                guard stamp(id) == before, (try? ownDirectory(indexDirectory + "/" + kind)) != nil else { return }
                try? POSIXFile.writeAtomically(Array(data), to: path)
            }
        }
        return value
    }

    /// Removes every value derived from session `id` in the index folder's sub-folders.
    func dropDerived(_ id: String) {
        let kinds = (try? FileManager.default.contentsOfDirectory(atPath: indexDirectory)) ?? []
        for kind in kinds where Identifier.isValid(kind) {
            unlink(indexDirectory + "/" + kind + "/" + id + ".json")
        }
    }
}
