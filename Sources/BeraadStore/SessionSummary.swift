import BeraadEngine
import Foundation

/// One line of `beraad sessions`: what the listing needs, read without replaying whole journals.
public struct SessionSummary: Sendable, Equatable {
    public var id: String
    public var title: String
    public var protocolID: String
    public var openedAt: Timestamp
    public var state: State
    /// The index of the current round, counted from 0.
    public var roundIndex: Int
    public var roundTitle: LocalizedText?

    public enum State: String, Sendable, Equatable {
        case open, closed, abandoned
    }
}

extension SessionStore {
    /// Summaries of every session in the home, newest first; journals that do not read are reported in
    /// `problems` rather than stopping the listing.
    public func summaries() -> (sessions: [SessionSummary], problems: [StoreError]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: sessionsDirectory) else {
            return ([], [])
        }
        var sessions: [SessionSummary] = []
        var problems: [StoreError] = []
        for name in names.sorted() where name.hasSuffix(".jsonl") {
            let id = String(name.dropLast(6))
            do {
                sessions.append(try summary(id))
            } catch {
                problems.append(error)
            }
        }
        sessions.sort { ($0.openedAt.seconds, $0.id) > ($1.openedAt.seconds, $1.id) }
        return (sessions, problems)
    }

    /// The summary of one session: the opening record decoded, and of the rest only the round moves and the
    /// close.
    public func summary(_ id: String) throws(StoreError) -> SessionSummary {
        let path = try journalPath(id)
        let fd = try POSIXFile.open(path, O_RDONLY)
        defer { close(fd) }
        try POSIXFile.lock(fd, exclusive: false, timeout: lockTimeout, path: path)
        let bytes = try POSIXFile.readAll(fd, path: path)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if bytes.last == UInt8(ascii: "\n") { lines.removeLast() } else if !lines.isEmpty { lines.removeLast() }
        guard let first = lines.first else {
            throw .damaged(path: path, line: 1, detail: Catalog.localized(.journalEmpty))
        }
        let opening: Record
        do { opening = try JournalLine.parse(first) } catch {
            throw .damaged(path: path, line: 1, detail: Catalog.localized(.journalOpeningUnreadable))
        }
        guard case .sessionOpened(let opened) = opening.event else {
            throw .damaged(path: path, line: 1, detail: Catalog.localized(.journalFirstNotOpening))
        }
        var summary = SessionSummary(
            id: opened.id, title: opened.title, protocolID: opened.protocolDefinition.id, openedAt: opening.at,
            state: .open, roundIndex: 0, roundTitle: opened.protocolDefinition.rounds.first?.title)
        for (offset, line) in lines.enumerated().dropFirst() {
            guard let type = JournalLine.peekType(line),
                ["roundAdvanced", "roundReturned", "sessionClosed"].contains(type)
            else { continue }
            guard let record = try? JournalLine.parse(line) else {
                if offset == lines.count - 1 { break }
                throw .damaged(path: path, line: offset + 1, detail: Catalog.localized(.journalRecordUnreadable))
            }
            switch record.event {
            case .roundAdvanced(let move): summary.move(to: move.to, in: opened.protocolDefinition)
            case .roundReturned(let move): summary.move(to: move.to, in: opened.protocolDefinition)
            case .sessionClosed(let close): summary.state = close.abandoned ? .abandoned : .closed
            default: break
            }
        }
        return summary
    }
}

extension SessionSummary {
    mutating func move(to round: String, in definition: ProtocolDefinition) {
        guard let index = definition.roundIndex(round) else { return }
        roundIndex = index
        roundTitle = definition.rounds[index].title
    }
}
