import BeraadEngine
import Glibc

/// What a journal file holds: its acknowledged records, and a torn last line if a write was cut short.
public struct JournalContents: Sendable, Equatable {
    public var records: [Record]
    /// The byte length of the acknowledged part; a torn tail starts here.
    public var validLength: Int
    /// The bytes of a torn last line, if any: not an acknowledged entry.
    public var tornTail: [UInt8]
    /// The journal's file, for messages.
    public var path: String = ""
    /// The file's bytes (a torn tail included, after `validLength`), for the hashes of the chain.
    public var bytes: [UInt8] = []
    /// Where each record's line lies in `bytes`, newline not included.
    public var lineRanges: [Range<Int>] = []
    /// Where in `bytes` each record's line names its predecessor's hash; nil for a line written before the chain.
    public var previousHashes: [Range<Int>?] = []

    /// The SHA-256 of record `index`'s line (counting from 0): what the next line chains to.
    public func lineHash(_ index: Int) -> String { JournalLine.hash(bytes[lineRanges[index]]) }

    /// What the next record chains to: the hash of the last acknowledged line, or zeros when there is none.
    public var headHash: String { records.isEmpty ? JournalLine.noPrevious : lineHash(records.count - 1) }

    /// What the hash chain says about these records.
    public struct Chain: Sendable, Equatable {
        /// Records written before the chain, which nothing proves unchanged.
        public var unchained: Int
        /// The first line whose `prev` does not name the line before it, if any.
        public var brokenAt: Int?
    }

    /// Checks every chained line against the line before it, the first against `previous` (the hash of the line
    /// before these, when they are the end of a journal). A chain, once begun, never stops: an unchained line after
    /// a chained one is a break.
    public func chain(after previous: String = JournalLine.noPrevious) -> Chain {
        var unchained = 0
        var started = false
        for index in records.indices {
            guard let range = previousHashes[index] else {
                if started { return Chain(unchained: unchained, brokenAt: index + 1) }
                unchained += 1
                continue
            }
            started = true
            let expected = index == 0 ? previous : lineHash(index - 1)
            if !bytes[range].elementsEqual(expected.utf8) { return Chain(unchained: unchained, brokenAt: index + 1) }
        }
        return Chain(unchained: unchained, brokenAt: nil)
    }

    /// The contents, refused when their opening names another session than `id`, the journal's file name: no
    /// beraad writes a session's records under another's name.
    func belonging(to id: String) throws(StoreError) -> JournalContents {
        guard case .sessionOpened(let opened)? = records.first?.event, opened.id != id else { return self }
        throw .otherSession(path: path, other: opened.id)
    }

    /// The session the records replay to: the one reader every command uses, so that all agree on what a journal
    /// holds and on what is damaged.
    public func session() throws(StoreError) -> SessionState {
        try replayed { () throws(ReplayError) in try SessionState(replaying: records) }
    }

    /// What `replay` gives, with a journal that cannot replay named by its file and line.
    private func replayed(_ replay: () throws(ReplayError) -> SessionState) throws(StoreError) -> SessionState {
        do throws(ReplayError) { return try replay() } catch { throw Self.storeError(error, path: path) }
    }

    /// Why the journal at `path` cannot be a session, as the store tells it: named by file and line.
    static func storeError(_ error: ReplayError, path: String) -> StoreError {
        switch error {
        case .empty: return .impossible(path: path, line: 1, detail: Catalog.localized(.journal(.empty)))
        case .firstRecordDoesNotOpen(let seq):
            return .impossible(path: path, line: seq, detail: Catalog.localized(.journal(.firstNotOpening)))
        case .openedAgain(let seq):
            return .impossible(path: path, line: seq, detail: Catalog.localized(.journal(.openedAgain)))
        case .impossible(let seq, let reason):
            return .impossible(path: path, line: seq, detail: Catalog.localized(.journal(reason)))
        case .invalidProtocol(let seq, let issue):
            func text(_ lang: Language) -> String {
                Catalog.text(.journal(.protocolInvalid(issue: issue.path + ": " + issue.text(lang))), lang)
            }
            return .impossible(path: path, line: seq, detail: LocalizedText(nl: text(.nl), en: text(.en)))
        }
    }

    /// Each newline-terminated line of `bytes` (the newline not included), and where the unterminated rest begins.
    static func lines(in bytes: [UInt8]) -> (lines: [Range<Int>], rest: Int) {
        var lines: [Range<Int>] = []
        var start = 0
        while let end = newline(in: bytes, from: start) {
            lines.append(start..<end)
            start = end + 1
        }
        return (lines, start)
    }

    /// The position of the first newline in `bytes` from `start`, if any (memchr finds it many bytes at a time).
    static func newline(in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base + start, 0x0A, raw.count - start) else {
                return nil
            }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Refuses a line that breaks the order of the chain. Lines written before the chain began come first, if at
    /// all: an unchained line after a chained one is a line made to look old (its checksum made to fit), which no
    /// beraad writes; and the line where the chain begins names the line before it (`previous`; none on the file's
    /// first line), so that no line before it was changed. Within the chain every line names the one before it,
    /// which `verify` checks by hashing every line. `chained` says whether the chain has begun, and is kept up to
    /// date; `previous` is nil where the line before is not at hand (a read that starts after a snapshot).
    static func keepChain(
        _ parsed: JournalLine.Parsed, in line: ArraySlice<UInt8>, after previous: ArraySlice<UInt8>?, isFirst: Bool,
        _ chained: inout Bool
    ) throws(JournalLine.Problem) {
        guard let named = parsed.previous else {
            if chained { throw .invalid(Catalog.localized(.journal(.unchainedAfterChained))) }
            return
        }
        if !chained {
            let expected = isFirst ? JournalLine.noPrevious : previous.map { JournalLine.hash($0) }
            if let expected, !line[named].elementsEqual(expected.utf8) {
                throw .invalid(Catalog.localized(.journal(.chainBroken)))
            }
        }
        chained = true
    }

    /// Throws what a line that does not read means, unless it is the journal's last line and merely damaged: a
    /// write cut short (torn), which the caller sets aside.
    static func refuse(_ problem: JournalLine.Problem, line: Int, isLast: Bool, path: String) throws(StoreError) {
        switch problem {
        case .newer(let detail): throw .newerFormat(path: path, line: line, error: detail)
        case .damaged(let detail): if !isLast { throw .damaged(path: path, line: line, detail: detail) }
        case .invalid(let detail): throw .impossible(path: path, line: line, detail: detail)
        }
    }

    /// Splits a journal's bytes into records, telling a torn last line from damage anywhere else. `bytes` may be the
    /// end of a journal whose first `recordsBefore` records lie before it (the part a snapshot does not cover):
    /// its records are numbered, and its damage named, from there.
    public static func parse(_ bytes: [UInt8], path: String, recordsBefore: Int = 0) throws(StoreError)
        -> JournalContents
    {
        var records: [Record] = []
        var ranges: [Range<Int>] = []
        var previousHashes: [Range<Int>?] = []
        var lineNumber = 0
        // The terminated lines; an unterminated rest is torn by definition.
        let (lines, rest) = Self.lines(in: bytes)
        let hasUnterminatedRest = rest < bytes.count
        var validLength = 0
        var chained = false
        for (position, line) in lines.enumerated() {
            lineNumber = recordsBefore + position + 1
            let isLast = position == lines.count - 1 && !hasUnterminatedRest
            do throws(JournalLine.Problem) {
                let parsed = try JournalLine.parseFrame(bytes[line], seq: recordsBefore + records.count + 1)
                try Self.keepChain(
                    parsed, in: bytes[line], after: position > 0 ? bytes[lines[position - 1]] : nil,
                    isFirst: recordsBefore == 0 && position == 0, &chained)
                records.append(parsed.record)
                ranges.append(line)
                previousHashes.append(parsed.previous)
                validLength = line.upperBound + 1
            } catch {
                // A bad final line is a write cut short (torn); anywhere else it is damage.
                try Self.refuse(error, line: lineNumber, isLast: isLast, path: path)
                return JournalContents(
                    records: records, validLength: validLength, tornTail: Array(bytes[line.lowerBound...]),
                    path: path, bytes: bytes, lineRanges: ranges,
                    previousHashes: previousHashes)
            }
        }
        return JournalContents(
            records: records, validLength: validLength, tornTail: Array(bytes[validLength...]), path: path,
            bytes: bytes, lineRanges: ranges, previousHashes: previousHashes)
    }
}
