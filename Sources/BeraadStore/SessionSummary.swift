import BeraadEngine
import Foundation

/// One line of `beraad sessions`: what the listing needs of a session.
public struct SessionSummary: Sendable, Equatable {
    public var id: String
    public var title: String
    public var protocolID: String
    public var openedAt: Timestamp
    /// The time of the session's last entry.
    public var lastAt: Timestamp
    public var state: State
    /// The index of the current round, counted from 0.
    public var roundIndex: Int
    public var roundTitle: LocalizedText?

    public enum State: String, Sendable, Equatable {
        case open, closed, abandoned
    }
}

extension SessionStore {
    /// The id of every journal in the home, in order, whether or not it reads.
    public func sessionIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsDirectory)) ?? []
        return names.sorted().filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { String($0.dropLast(6)) }
            .filter(Identifier.isValid)
    }

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

    /// The summary of one session, read and replayed as every other command reads it.
    public func summary(_ id: String) throws(StoreError) -> SessionSummary {
        SessionSummary(try read(id).session())
    }
}

extension SessionSummary {
    /// The listing's line of `state`.
    init(_ state: SessionState) {
        let phase: State
        switch state.phase {
        case .open: phase = .open
        case .closed: phase = .closed
        case .abandoned: phase = .abandoned
        }
        self.init(
            id: state.id, title: state.title, protocolID: state.protocolDefinition.id, openedAt: state.openedAt,
            lastAt: state.lastAt, state: phase, roundIndex: state.roundIndex,
            roundTitle: state.protocolDefinition.rounds[safe: state.roundIndex]?.title)
    }
}
