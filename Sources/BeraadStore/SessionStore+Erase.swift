import BeraadEngine
import Foundation

/// Erasing text from a session on disk: the journal's one sanctioned rewrite, and the files beside it that may
/// hold the same text.
extension SessionStore {
    /// What an erasure makes of a journal: every record (rewritten, with the record of the erasure after them), and
    /// how any other text of the session is to be scrubbed.
    public struct Rewrite {
        public var records: [Record]
        public var scrub: (String) -> String
        /// The group's screen of the session after the erasure, written over the board kept in the home if there
        /// is one.
        public var board: (() -> String)?

        public init(records: [Record], scrub: @escaping (String) -> String, board: (() -> String)? = nil) {
            self.records = records
            self.scrub = scrub
            self.board = board
        }
    }

    /// The live mode's history of session `id`: the lines typed at its prompt.
    public func historyPath(_ id: String) -> String { home + "/history/" + id + ".txt" }

    /// The group's screen of session `id` when written to its default place.
    public func boardPath(_ id: String) -> String { home + "/boards/" + id + ".html" }

    /// Rewrites session `id` under its exclusive lock with what `body` makes of it: lines before the first change
    /// keep their bytes, the rest are framed again on a new chain. The new journal is written beside the old one,
    /// fsynced and renamed over it, then the folder is fsynced, so a crash leaves the old journal or the new one,
    /// whole. The quarantined tails, the live mode's history and the group's screen of the session are scrubbed or
    /// written anew after it, under the same lock. Returns the records the rewrite added; `body` returning nil
    /// writes nothing. `standing`, when given, is put on the session's list of standing redactions once the rest
    /// has succeeded (whether or not `body` found anything to erase), still under the lock: no recording can come
    /// between the erasure and the list.
    @discardableResult
    public func erase<Failure: Error>(
        _ id: String, standing: String? = nil, _ body: (JournalContents) throws(Failure) -> Rewrite?
    ) throws(AppendError<Failure>) -> [Record] {
        let (fd, path, contents): (Int32, String, JournalContents)
        do { (fd, path, contents) = try openForWriting(id) } catch { throw .store(error) }
        defer { close(fd) }
        let rewrite: Rewrite?
        do { rewrite = try body(contents) } catch { throw .rejected(error) }
        guard let rewrite else {
            if let standing {
                do throws(StoreError) { try addStanding(standing, to: id) } catch { throw .store(error) }
            }
            return []
        }
        do throws(StoreError) {
            try Self.checkReplays(rewrite.records, path: path)
            if !contents.tornTail.isEmpty {
                try cutTornTail(
                    fd, tornTail: contents.tornTail, validLength: contents.validLength,
                    records: contents.records.count, id: id, path: path)
            }
            let bytes = try rewrittenBytes(contents, rewrite.records, path: path)
            try replaceJournal(id, with: bytes, path: path)
            removeSnapshots(id)
            dropFromIndex(id)
            try scrubQuarantine(id, rewrite.scrub)
            try scrubHistory(id, rewrite.scrub)
            try rewriteBoard(id, rewrite.board)
            if let standing { try addStanding(standing, to: id) }
        } catch { throw .store(error) }
        return Array(rewrite.records.dropFirst(contents.records.count))
    }

    /// The journal's new bytes: the old lines up to the first record that changed, then every record from there
    /// framed on a chain that continues from the last line kept.
    private func rewrittenBytes(_ contents: JournalContents, _ records: [Record], path: String) throws(StoreError)
        -> [UInt8]
    {
        let old = contents.records
        var first = 0
        while first < old.count, first < records.count, old[first] == records[first] { first += 1 }
        let keep = first == 0 ? 0 : contents.lineRanges[first - 1].upperBound + 1
        let previous = first == 0 ? JournalLine.noPrevious : contents.lineHash(first - 1)
        return Array(contents.bytes[0..<keep])
            + (try frame(Array(records[first...]), after: previous, path: path).bytes)
    }

    /// Writes `bytes` to a new file in the sessions folder, fsyncs it, renames it over the journal of `id` and
    /// fsyncs the folder.
    private func replaceJournal(_ id: String, with bytes: [UInt8], path: String) throws(StoreError) {
        let directory = try POSIXFile.openDirectory(beneath: home, ["sessions"], path: path)
        defer { close(directory) }
        // A rewrite cut short by a crash leaves its new file behind; it holds no erased text, and goes now.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: sessionsDirectory)) ?? []
        where name.hasPrefix(".\(id).") && name.hasSuffix(".erasing") {
            unlinkat(directory, name, 0)
        }
        let temporary = ".\(id).\(getpid()).erasing"
        try POSIXFile.writeNew(bytes, in: directory, named: temporary, path: path)
        guard renameat(directory, temporary, directory, id + ".jsonl") == 0 else {
            let failure = POSIXFile.error(path, "rename")
            unlinkat(directory, temporary, 0)
            throw failure
        }
        try POSIXFile.sync(directory, path: sessionsDirectory)
    }

    /// The quarantined tails of session `id` with `scrub` applied.
    private func scrubQuarantine(_ id: String, _ scrub: (String) -> String) throws(StoreError) {
        for name in quarantinedTails(of: id) {
            try scrubFile(quarantineDirectory + "/" + name, relative: "quarantine/" + name, scrub)
        }
    }

    /// The names of the torn lines of session `id` kept in the quarantine folder (`ID.N.PID.torn`).
    func quarantinedTails(of id: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: quarantineDirectory)) ?? []
        return names.filter { $0.hasPrefix(id + ".") && $0.hasSuffix(".torn") }
    }

    /// The board kept in the home for session `id`, if there is one, written anew with `board`; removed when it
    /// cannot be (it is derived, and `beraad board` writes it again), so that it never keeps erased text.
    private func rewriteBoard(_ id: String, _ board: (() -> String)?) throws(StoreError) {
        let path = boardPath(id)
        guard access(path, F_OK) == 0 else { return }
        if let board, (try? PrivateFile.write(board(), to: path)) != nil { return }
        guard unlink(path) == 0 || errno == ENOENT else { throw POSIXFile.error(path, "unlink") }
    }

    /// The live mode's history of session `id` with `scrub` applied.
    private func scrubHistory(_ id: String, _ scrub: (String) -> String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: historyPath(id)) else { return }
        try scrubFile(historyPath(id), relative: "history/" + id + ".txt", scrub)
    }

    /// Replaces the file at `relative` beneath the home with its text scrubbed, if that changes it.
    private func scrubFile(_ path: String, relative: String, _ scrub: (String) -> String) throws(StoreError) {
        let fd = try POSIXFile.open(beneath: home, relative, O_RDONLY)
        let bytes: [UInt8]
        do { bytes = try POSIXFile.readAll(fd, path: path) } catch {
            close(fd)
            throw error
        }
        close(fd)
        let text = String(decoding: bytes, as: UTF8.self)
        let scrubbed = scrub(text)
        guard scrubbed != text else { return }
        try POSIXFile.writeAtomically(Array(scrubbed.utf8), to: path)
    }
}
