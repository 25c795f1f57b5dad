import BeraadEngine
import Glibc

/// Checking that a journal is whole and unchanged: every line's frame and checksum, the hash chain, and replay.
public struct Verification: Sendable, Equatable {
    /// The session, as its file is named.
    public var id: String
    /// The acknowledged records read.
    public var records: Int
    /// Records written before the hash chain, which nothing proves unchanged.
    public var unchained: Int
    /// The first thing wrong, naming the file and line; nil when the journal verifies.
    public var problem: StoreError?
    /// The session's title and its erasures, when it replays (not the whole state: `verify --all` keeps a result
    /// for every session of the archive).
    public var title: String?
    public var erasures: [Erasure] = []
    /// The byte length of the acknowledged lines (a torn last line starts here).
    public var acknowledgedLength = 0
    /// The fingerprint of the approved minutes: the hash of the approval's line, when the session is approved.
    public var fingerprint: String?

    public var ok: Bool { problem == nil }
}

extension SessionStore {
    /// Verifies session `id` as it is on disk, under a shared lock.
    public func verify(_ id: String) -> Verification {
        do throws(StoreError) { return try readAndVerify(id, ignoringTornTail: false).verification } catch {
            return Verification(id: id, records: 0, unchained: 0, problem: error)
        }
    }

    /// The acknowledged bytes of session `id`'s journal as read under a shared lock (a torn last line, which is no
    /// entry, left out), and what verifying them found: what `export` hands over, read and checked once.
    public func verifiedJournal(_ id: String) throws(StoreError) -> (bytes: [UInt8], verification: Verification) {
        let (bytes, verification) = try readAndVerify(id, ignoringTornTail: true)
        return (Array(bytes[0..<verification.acknowledgedLength]), verification)
    }

    /// Reads session `id` under a shared lock and verifies what it read.
    private func readAndVerify(_ id: String, ignoringTornTail: Bool) throws(StoreError) -> (
        bytes: [UInt8], verification: Verification
    ) {
        let path = try journalPath(id)
        let fd = try openLocked(id, path: path, flags: O_RDONLY, exclusive: false)
        defer { close(fd) }
        let bytes = try POSIXFile.readAll(fd, path: path)
        return (bytes, Self.verify(bytes, path: path, id: id, ignoringTornTail: ignoringTornTail))
    }

    /// Verifies the bytes of a journal read from `path`; `id` is the session it must be (nil: whichever it opens).
    /// A torn last line is a broken line, unless `ignoringTornTail` (then only the lines before it are checked).
    public static func verify(_ bytes: [UInt8], path: String, id: String?, ignoringTornTail: Bool = false)
        -> Verification
    {
        var result = Verification(id: id ?? "", records: 0, unchained: 0)
        let contents: JournalContents
        do { contents = try JournalContents.parse(bytes, path: path) } catch {
            result.problem = error
            return result
        }
        result.records = contents.records.count
        result.acknowledgedLength = contents.validLength
        let chain = contents.chain()
        result.unchained = chain.unchained
        // A last line that does not read is no acknowledged entry to a reader; to a check it is a broken line.
        if !contents.tornTail.isEmpty && !ignoringTornTail {
            let line = contents.records.count + 1
            var tail = contents.tornTail[...]
            let terminated = tail.last == UInt8(ascii: "\n")
            if terminated { tail = tail.dropLast() }
            var detail = Catalog.localized(.journal(.unterminated))
            do throws(JournalLine.Problem) { _ = try JournalLine.parseFrame(tail) } catch {
                switch error {
                case .damaged(let why), .invalid(let why): detail = why
                case .newer(let why): detail = LocalizedText(nl: why.message(.nl), en: why.message(.en))
                }
            }
            result.problem = .damaged(path: path, line: line, detail: detail)
            return result
        }
        if let broken = chain.brokenAt {
            result.problem = .damaged(path: path, line: broken, detail: Catalog.localized(.journal(.chainBroken)))
            return result
        }
        let state: SessionState
        do { state = try contents.session() } catch {
            result.problem = error
            return result
        }
        if let id, state.id != id {
            result.problem = .otherSession(path: path, other: state.id)
            return result
        }
        result.id = state.id
        result.title = state.title
        result.erasures = state.erasures
        result.fingerprint = contents.fingerprint
        return result
    }
}

extension JournalContents {
    /// The fingerprint of the approved minutes: the SHA-256 of the line that approved them, which the chain ties
    /// to every line before it. Nil while the session is not approved.
    public var fingerprint: String? {
        guard let index = records.lastIndex(where: { if case .minutesApproved = $0.event { true } else { false } })
        else { return nil }
        return lineHash(index)
    }
}
