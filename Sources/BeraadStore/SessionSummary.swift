import BeraadEngine
import Foundation

/// What listings across sessions need of one session: `sessions`, `actions`, `agenda`, `signals`, `purge`. It is
/// derived from the journal (and kept in the archive's index), never the only copy of anything.
public struct SessionSummary: Sendable, Equatable {
    public var id: String
    public var title: String
    public var protocolID: String
    public var lang: Language
    public var openedAt: Timestamp
    /// The time of the session's last entry.
    public var lastAt: Timestamp
    public var state: State
    public var approved: Bool
    /// The index of the current round, counted from 0.
    public var roundIndex: Int
    public var roundTitle: LocalizedText?
    public var team: String?
    /// The day a planned session is to be held.
    public var planned: String?
    /// The session this one reviews, if it is a follow-up.
    public var followUpOf: String?
    /// The decision, and the day it is to be evaluated.
    public var decision: String?
    public var review: String?
    /// Whether a review session was opened for it.
    public var reviewed: Bool
    public var actions: [ActionSummary]
    public var signals: [SignalSummary]
    /// Whether the approved session is shared for the case bank.
    public var shared: Bool
    /// The title, case, question, dilemma and decision, folded (lower case, no diacritics) for `--search`.
    public var searchText: String

    /// Where a session stands, as listings filter it.
    public enum State: String, Sendable, Equatable, CaseIterable {
        case planned, open, closed, abandoned
    }
}

/// An agreed action as follow-up lists it.
public struct ActionSummary: Sendable, Equatable {
    /// Its number in the session (`a2`).
    public var number: Int
    public var text: String
    public var owner: String
    /// `YYYY-MM-DD`, if a due date was agreed.
    public var due: String?
    public var done: Bool
    /// When it was marked done, `YYYY-MM-DD`.
    public var doneOn: String?
    public var note: String?
    /// The day it was agreed.
    public var agreedOn: String
}

/// A signal as the register lists it.
public struct SignalSummary: Sendable, Equatable {
    /// Its number in the session (`s2`).
    public var number: Int
    public var text: String
    public var level: SignalLevel?
    public var theme: String?
    public var state: SignalState
    /// Whom it was passed on to, or is to go to.
    public var to: String?
    /// What came back.
    public var answer: String?
    /// The day it was raised, and the day it last moved.
    public var raisedOn: String
    public var updatedOn: String
}

/// The ids actions and signals are listed under and named by: their session and their number.
public enum FollowUpID {
    /// `2026-11-29-k7m2/a2`.
    public static func action(session: String, number: Int) -> String { session + "/a\(number)" }
    /// `2026-11-29-k7m2/s2`.
    public static func signal(session: String, number: Int) -> String { session + "/s\(number)" }
}

extension SessionSummary {
    /// The listing's view of `state`.
    public init(_ state: SessionState) {
        let phase: State
        switch state.phase {
        case .open: phase = state.isPlanned ? .planned : .open
        case .closed: phase = .closed
        case .abandoned: phase = .abandoned
        }
        let decision = state.decisionEntry
        var review: String?
        if let decision, case .decision(_, _, _, _, let date) = decision.details { review = date }
        let actions = state.actionEntries.enumerated().compactMap { index, entry -> ActionSummary? in
            guard entry.retraction == nil, case .action(let owner, let due) = entry.details else { return nil }
            let last = state.actionFollowUps[entry.id]?.last
            return ActionSummary(
                number: index + 1, text: entry.text, owner: owner, due: due, done: last?.done ?? false,
                doneOn: last.flatMap { $0.done ? CalendarDate($0.at).description : nil }, note: last?.note,
                agreedOn: CalendarDate(entry.at).description)
        }
        let signals = state.signalEntries.enumerated().compactMap { index, entry -> SignalSummary? in
            guard entry.retraction == nil, case .signal(let level, let to, let theme) = entry.details else {
                return nil
            }
            let updates = state.signalUpdates[entry.id] ?? []
            return SignalSummary(
                number: index + 1, text: entry.text, level: level, theme: theme,
                state: updates.last?.state ?? .raised,
                to: updates.last(where: { $0.to != nil })?.to ?? to,
                answer: updates.last(where: { $0.state == .answered })?.text,
                raisedOn: CalendarDate(entry.at).description,
                updatedOn: CalendarDate(updates.last?.at ?? entry.at).description)
        }
        let searchable = [
            state.title, state.caseEntry?.text, state.caseEntry?.question, state.dilemmaEntry?.text, decision?.text,
        ]
        self.init(
            id: state.id, title: state.title, protocolID: state.protocolDefinition.id, lang: state.language,
            openedAt: state.openedAt, lastAt: state.lastAt, state: phase, approved: state.approvedAt != nil,
            roundIndex: state.roundIndex, roundTitle: state.protocolDefinition.rounds[safe: state.roundIndex]?.title,
            team: state.opened.team, planned: state.opened.planned, followUpOf: state.opened.followUpOf,
            decision: decision?.text, review: review, reviewed: !state.followUps.isEmpty, actions: actions,
            signals: signals, shared: state.sharedAt != nil,
            searchText: searchable.compactMap { $0 }.joined(separator: "\n").searchFolded())
    }

    /// The day the meeting is (or was) held: the planned day, else the day it opened.
    public var day: String { planned ?? openedAt.civil.dateString }
}

extension SessionStore {
    /// The id of every journal in the home, in order, whether or not it reads.
    public func sessionIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsDirectory)) ?? []
        return names.sorted().filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { String($0.dropLast(6)) }
            .filter(Identifier.isValid)
    }

    /// Summaries of every session in the home, newest first; journals that do not read are reported in
    /// `problems` rather than stopping the listing. A summary comes from the index while its journal is unchanged,
    /// and is made anew from the journal (and the index brought up to date) when it is not.
    public func summaries() -> (sessions: [SessionSummary], problems: [StoreError]) {
        var sessions: [SessionSummary] = []
        var problems: [StoreError] = []
        let index = loadIndex()
        var made: [String: SessionIndex.Entry] = [:]
        var gone: Set<String> = []
        let ids = sessionIDs()
        for id in ids {
            let before = stamp(id)
            if let before, let entry = index.entries[id], entry.size == before.size,
                entry.modified == before.modified, entry.inode == before.inode
            {
                sessions.append(entry.summary)
                continue
            }
            do {
                let summary = try self.summary(id)
                sessions.append(summary)
                if let before {
                    made[id] = SessionIndex.Entry(
                        size: before.size, modified: before.modified, inode: before.inode, summary: summary)
                }
            } catch {
                problems.append(error)
                if index.entries[id] != nil { gone.insert(id) }
            }
        }
        let present = Set(ids)
        for id in index.entries.keys where !present.contains(id) { gone.insert(id) }
        if !made.isEmpty || !gone.isEmpty { updateIndex(made, removing: gone) }
        sessions.sort { ($0.openedAt.seconds, $0.id) > ($1.openedAt.seconds, $1.id) }
        return (sessions, problems)
    }

    /// The summary of one session, read and replayed as every other command reads it.
    public func summary(_ id: String) throws(StoreError) -> SessionSummary {
        SessionSummary(try read(id).session())
    }
}
