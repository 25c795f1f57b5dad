import BeraadEngine
import Foundation

/// The folder of session journals: one append-only JSON Lines file per session, locked per session.
public struct SessionStore: Sendable {
    /// The home folder (`--home`, `BERAAD_HOME`, …).
    public let home: String
    /// How long to wait for another process's lock before giving up.
    public let lockTimeout: Double

    /// Failures to make happen on purpose, for the tests of what a failed write leaves behind.
    public var injected: InjectedFailures = InjectedFailures()

    public init(home: String, lockTimeout: Double = 10) {
        self.home = home
        self.lockTimeout = lockTimeout
    }

    public var sessionsDirectory: String { home + "/sessions" }
    public var protocolsDirectory: String { home + "/protocols" }
    var quarantineDirectory: String { home + "/quarantine" }
    var currentPointer: String { home + "/current" }

    /// The journal file of session `id`, once the id is known to be safe.
    public func journalPath(_ id: String) throws(StoreError) -> String {
        guard Identifier.isValid(id) else { throw .invalidSessionID(id: id) }
        return sessionsDirectory + "/" + id + ".jsonl"
    }

    public func exists(_ id: String) -> Bool {
        guard let path = try? journalPath(id) else { return false }
        return access(path, F_OK) == 0
    }

    // MARK: - Creating

    /// Creates session `id` with its first records, whole or not at all: written to a private temporary file,
    /// fsynced, then linked into place (which fails if the id is taken).
    public func create(_ id: String, records: [Record]) throws(StoreError) {
        let path = try journalPath(id)
        try ownDirectory(sessionsDirectory)
        // Everything happens in the sessions folder as opened beneath the home, never through a link.
        let directory = try POSIXFile.openDirectory(beneath: home, ["sessions"], path: path)
        defer { close(directory) }
        let temporary = ".\(id).\(getpid()).creating"
        try Self.checkReplays(records, path: path)
        let bytes = try frame(records, after: JournalLine.noPrevious, path: path).bytes
        try POSIXFile.writeNew(bytes, in: directory, named: temporary, path: path)
        // The temporary name goes whether or not the link succeeded; the journal keeps its own name.
        defer { unlinkat(directory, temporary, 0) }
        guard linkat(directory, temporary, directory, id + ".jsonl", 0) == 0 else {
            if errno == EEXIST { throw .sessionExists(id: id) }
            throw POSIXFile.error(path, "link")
        }
        try POSIXFile.sync(directory, path: sessionsDirectory)
    }

    // MARK: - Reading

    /// Reads session `id` under a shared lock.
    public func read(_ id: String) throws(StoreError) -> JournalContents {
        let path = try journalPath(id)
        let fd = try openLocked(id, path: path, flags: O_RDONLY, exclusive: false)
        defer { close(fd) }
        return try JournalContents.parse(try POSIXFile.readAll(fd, path: path), path: path).belonging(to: id)
    }

    /// Opens the journal and takes its lock. An erasure replaces the file under its lock, so a process that was
    /// waiting may hold the lock of a file that is no longer the journal: then it opens the new one and waits again.
    func openLocked(_ id: String, path: String, flags: Int32, exclusive: Bool) throws(StoreError) -> Int32 {
        while true {
            let fd = try openExisting(id, path: path, flags: flags)
            do {
                try POSIXFile.lock(fd, exclusive: exclusive, timeout: lockTimeout, path: path)
            } catch {
                close(fd)
                throw error
            }
            if POSIXFile.isNamed(fd, path) { return fd }
            close(fd)
        }
    }

    /// The language session `id` was opened in, from its first record alone (written once, when the session was
    /// created, and never changed), so that every command can speak it without replaying the journal; nil when
    /// that record cannot be read.
    public func language(of id: String) -> Language? {
        guard let path = try? journalPath(id),
            let fd = try? POSIXFile.open(beneath: home, "sessions/" + id + ".jsonl", O_RDONLY)
        else { return nil }
        defer { close(fd) }
        // The language alone, without decoding the whole protocol the opening carries (its keys are written in
        // order, so the opening's `lang` comes before the protocol's, in the line's first few hundred bytes); the
        // full read for a line the peek does not read.
        if let start = try? POSIXFile.read(fd, at: 0, count: 4096, path: path),
            let peeked = JournalLine.peek(
                "lang", in: start[..<(start.firstIndex(of: UInt8(ascii: "\n")) ?? start.endIndex)]),
            let lang = Language(rawValue: peeked)
        {
            return lang
        }
        guard let line = try? POSIXFile.readFirstLine(fd, path: path) else { return nil }
        guard let record = try? JournalLine.parse(line[...]), case .sessionOpened(let opened) = record.event else {
            return nil
        }
        return opened.lang
    }

    // MARK: - Appending

    /// Runs `body` on the session's state under an exclusive lock and appends what it returns, in one write,
    /// fsynced before this returns. A torn tail is cut off first (kept in the quarantine folder). If `body`
    /// throws, nothing is written. The state comes through the session's snapshot when one is usable, and the
    /// snapshot is brought up to date after the write (`SessionStore+Snapshot`). With `held`, the state comes from
    /// it while the journal is the file it was held for, and the head after the write is held there again.
    @discardableResult
    public func append<Failure: Error>(
        _ id: String, held: HeldHead? = nil, _ body: (JournalHead) throws(Failure) -> [Record]
    ) throws(AppendError<Failure>) -> Appended {
        let (fd, path): (Int32, String)
        var head: JournalHead
        do throws(StoreError) {
            (fd, path) = try lockForWriting(id)
            do throws(StoreError) {
                if let taken = held?.take(id, fd: fd) {
                    head = taken
                } else {
                    head = try self.head(fd, id: id, path: path)
                }
            } catch {
                close(fd)
                throw error
            }
        } catch { throw .store(error) }
        defer { close(fd) }
        let records: [Record]
        do { records = try body(head) } catch {
            // Nothing was written: the head is still the journal's, and stays held.
            held?.keep(head, of: id, fd: fd)
            throw .rejected(error)
        }
        guard !records.isEmpty else {
            held?.keep(head, of: id, fd: fd)
            return Appended(records: [], state: head.state)
        }
        // The state leaves the head, so that applying the new records does not copy it; they must replay from it
        // before anything is written.
        var state = head.takeState()
        let framed: Framed
        do {
            // Taken out of `state` first: a copy left there would make the replay copy the whole state.
            if state != nil {
                var replayer = Replayer(taking: &state)
                for record in records { replayer.apply(record) }
                state = try Self.replayed(replayer, path: path)
            }
            framed = try frame(records, after: head.headHash, path: path)
            if !head.tornTail.isEmpty {
                try cutTornTail(
                    fd, tornTail: head.tornTail, validLength: head.validLength, records: head.recordCount, id: id,
                    path: path)
            }
        } catch { throw .store(error) }
        do throws(StoreError) {
            if injected.write { throw POSIXFile.error(path, "write", EIO) }
            try POSIXFile.writeAll(fd, framed.bytes, path: path)
            if injected.sync { throw POSIXFile.error(path, "fsync", EIO) }
            try POSIXFile.sync(fd, path: path)
        } catch {
            // What failed to reach the disk must not stay in the file either, or a retry would record it twice:
            // cut back to the length before this append. If even that fails, nobody can say whether the entry
            // is there, and the session takes no more writes until someone has looked.
            do throws(StoreError) {
                if injected.truncate { throw POSIXFile.error(path, "ftruncate", EIO) }
                guard ftruncate(fd, off_t(head.validLength)) == 0 else { throw POSIXFile.error(path, "ftruncate") }
                try POSIXFile.sync(fd, path: path)
            } catch {
                // Said as it is: the marker that stops further writes, else the journal made read-only (a write
                // then fails on opening), else nothing could be done, and the message says that.
                do throws(StoreError) {
                    if injected.marker { throw POSIXFile.error(unsurePath(id), "fsync", EIO) }
                    try ownDirectory(quarantineDirectory)
                    try POSIXFile.writeAtomically(Array((path + "\n").utf8), to: unsurePath(id))
                } catch {
                    let guarded = !injected.readOnly && fchmod(fd, S_IRUSR) == 0 && fsync(fd) == 0
                    throw .store(.unsureUnmarked(path: path, guarded: guarded))
                }
                throw .store(.unsure(path: path, marker: unsurePath(id)))
            }
            throw .store(error)
        }
        guard var state else { return Appended(records: records, state: nil) }
        // The live mode shows the session after each line: its entries are read once, at its first line.
        if held != nil { state.loadEntries() }
        let interval = held == nil ? Self.snapshotInterval : HeldHead.snapshotInterval
        let header = updateSnapshot(
            id, fd: fd, head: head, after: state, appended: records, framed: framed, interval: interval)
        if let held {
            let after = JournalHead(
                path: path, tornTail: [], validLength: head.validLength + framed.bytes.count,
                recordCount: head.recordCount + records.count, headHash: framed.headHash,
                firstLineHash: head.firstLineHash,
                replayedRecords: header?.records == head.recordCount + records.count
                    ? 0 : head.replayedRecords + records.count,
                state: state, snapshot: header)
            held.keep(after, of: id, fd: fd)
        }
        // Held as well, the state is shared with the caller until the caller lets go of it, before its next append.
        return Appended(records: records, state: state)
    }

    /// What an append wrote, and the session's state after it (nil only when the journal did not replay, in which
    /// case nothing was written).
    public struct Appended: Sendable {
        public var records: [Record]
        public var state: SessionState?
    }

    /// Brings the snapshot up to date after `records` (`framed`) were appended to what `head` read, giving `state`:
    /// the state written again when there was none or `interval` records lie beyond it, else only its stamp; the
    /// snapshot's header after it, nil when none could be written. (`head` replayed, so the journal held its opening
    /// already: its first line is the one `head` names.)
    @discardableResult
    private func updateSnapshot(
        _ id: String, fd: Int32, head: JournalHead, after state: SessionState, appended records: [Record],
        framed: Framed, interval: Int
    ) -> SessionSnapshot.Header? {
        if let header = head.snapshot, head.replayedRecords + records.count < interval {
            return restamp(id, fd: fd, header: header)
        }
        return saveSnapshot(
            id, fd: fd, state: state, records: head.recordCount + records.count, firstLineHash: head.firstLineHash,
            lastLine: (head.validLength + framed.lastLineStart, framed.headHash),
            length: head.validLength + framed.bytes.count)
    }

    /// Opens session `id`'s journal for writing under its exclusive lock and reads it; a session marked unsure
    /// takes no writes. The caller closes the descriptor.
    func openForWriting(_ id: String) throws(StoreError) -> (fd: Int32, path: String, contents: JournalContents) {
        let (fd, path) = try lockForWriting(id)
        do throws(StoreError) {
            return (
                fd, path, try JournalContents.parse(try POSIXFile.readAll(fd, path: path), path: path).belonging(to: id)
            )
        } catch {
            close(fd)
            throw error
        }
    }

    /// Opens session `id`'s journal for writing and takes its exclusive lock; a session marked unsure takes no
    /// writes. The caller closes the descriptor.
    func lockForWriting(_ id: String) throws(StoreError) -> (fd: Int32, path: String) {
        let path = try journalPath(id)
        // A journal made read-only after a write that could not be undone nor marked takes no writes (as root too,
        // whom the file's mode alone would not stop) until someone has looked and made it writable again.
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IWUSR == 0 {
            throw .unsureUnmarked(path: path, guarded: true)
        }
        let fd = try openLocked(id, path: path, flags: O_RDWR | O_APPEND, exclusive: true)
        if access(unsurePath(id), F_OK) == 0 {
            close(fd)
            throw .unsure(path: path, marker: unsurePath(id))
        }
        return (fd, path)
    }

    /// The marker of a session whose last write may or may not be on disk.
    func unsurePath(_ id: String) -> String { quarantineDirectory + "/\(id).unsure" }

    /// Why an append did not happen: the store failed, or `body` refused.
    public enum AppendError<Failure: Error>: Error {
        case store(StoreError)
        case rejected(Failure)
    }

    func cutTornTail(
        _ fd: Int32, tornTail: [UInt8], validLength: Int, records: Int, id: String, path: String
    ) throws(StoreError) {
        try ownDirectory(quarantineDirectory)
        let name = "\(id).\(records + 1).\(getpid()).torn"
        let keep = quarantineDirectory + "/" + name
        let qfd = try POSIXFile.open(beneath: home, "quarantine/" + name, O_WRONLY | O_CREAT | O_TRUNC)
        defer { close(qfd) }
        try POSIXFile.writeAll(qfd, tornTail, path: keep)
        try POSIXFile.sync(qfd, path: keep)
        guard ftruncate(fd, off_t(validLength)) == 0 else { throw POSIXFile.error(path, "ftruncate") }
        try POSIXFile.sync(fd, path: path)
    }

    func openExisting(_ id: String, path: String, flags: Int32) throws(StoreError) -> Int32 {
        do {
            return try POSIXFile.open(beneath: home, "sessions/" + id + ".jsonl", flags)
        } catch {
            if case .io = error, errno == ENOENT { throw .sessionNotFound(id: id) }
            throw error
        }
    }

    /// The lines of `records`, each chained to the one before, the first to the line whose hash is `previous`.
    func frame(_ records: [Record], after previous: String, path: String) throws(StoreError) -> Framed {
        var framed = Framed(bytes: [], lastLineStart: 0, headHash: previous)
        for record in records {
            let line: [UInt8]
            do { line = try JournalLine.frame(record, previous: framed.headHash) } catch {
                throw .io(path: path, operation: "encode", message: "\(error)")
            }
            framed.headHash = JournalLine.hash(line.dropLast())
            framed.lastLineStart = framed.bytes.count
            framed.bytes += line
        }
        return framed
    }

    /// Framed lines: their bytes, where the last of them begins, and its hash (what the next line chains to).
    struct Framed {
        var bytes: [UInt8]
        var lastLineStart: Int
        var headHash: String
    }

    // MARK: - The current session

    /// The session `new` and `use` made current, if it still exists.
    public func currentSession() throws(StoreError) -> String {
        // Read with the C library: Foundation's file manager costs a short command more than the read.
        let fd = Glibc.open(currentPointer, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .noCurrentSession }
        defer { close(fd) }
        guard let bytes = try? POSIXFile.read(fd, at: 0, count: 4096, path: currentPointer) else {
            throw .noCurrentSession
        }
        let id = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        guard Identifier.isValid(id) else { throw .noCurrentSession }
        return id
    }

    /// Makes `id` the current session.
    public func setCurrent(_ id: String) throws(StoreError) {
        _ = try journalPath(id)
        try POSIXFile.makeDirectory(home)
        try POSIXFile.writeAtomically(Array((id + "\n").utf8), to: currentPointer)
    }

    /// Makes sure the home folder exists, private.
    public func prepareHome() throws(StoreError) {
        try ownDirectory(sessionsDirectory)
    }
}

/// Failures a test can make happen in `SessionStore.append`, as a disk that fails would (EIO).
public struct InjectedFailures: Sendable, Equatable {
    public var write = false
    public var sync = false
    /// The undo of a failed write fails too.
    public var truncate = false
    /// Writing the marker of an unsure write fails too.
    public var marker = false
    /// Making the journal read-only fails too.
    public var readOnly = false

    public init(
        write: Bool = false, sync: Bool = false, truncate: Bool = false, marker: Bool = false, readOnly: Bool = false
    ) {
        self.write = write
        self.sync = sync
        self.truncate = truncate
        self.marker = marker
        self.readOnly = readOnly
    }
}
