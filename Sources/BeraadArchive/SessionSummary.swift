import BeraadEngine
import BeraadStore
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
    public var review: CalendarDate?
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
    /// The day it is due, if one was agreed.
    public var due: CalendarDate?
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
        switch state.lifecycle {
        case .planned: phase = .planned
        case .running: phase = .open
        case .ended(.closed, _, _): phase = .closed
        case .ended(.abandoned, _, _): phase = .abandoned
        }
        let decision = state.decisionEntry
        var review: CalendarDate?
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
    /// Summaries of every session in the home, newest first; journals that do not read are reported in
    /// `problems` rather than stopping the listing. A summary comes from the archive's index while its journal is
    /// unchanged, and is made anew from the journal (and the index brought up to date) when it is not.
    public func summaries() -> (sessions: [SessionSummary], problems: [StoreError]) {
        var (sessions, problems) = indexedSummaries(SessionSummary.self)
        sessions.sort { ($0.openedAt.seconds, $0.id) > ($1.openedAt.seconds, $1.id) }
        return (sessions, problems)
    }

    /// The summary of one session, read and replayed as every other command reads it.
    public func summary(_ id: String) throws(StoreError) -> SessionSummary {
        SessionSummary(try read(id).session())
    }
}

extension SessionSummary: IndexedSummary {
    /// The summary as the index keeps it: its own fields, an `A` line per action and a `G` line per signal.
    public var indexLines: [[String?]] {
        let own: [String?] = [
            title, protocolID, lang.rawValue, String(openedAt.seconds), String(openedAt.offsetSeconds),
            String(lastAt.seconds), String(lastAt.offsetSeconds), state.rawValue, approved ? "1" : "0",
            String(roundIndex), roundTitle?.nl, roundTitle?.en, team, planned, followUpOf, decision,
            review?.description,
            reviewed ? "1" : "0", shared ? "1" : "0", searchText,
        ]
        return [own]
            + actions.map { a in
                [
                    "A", String(a.number), a.text, a.owner, a.due?.description, a.done ? "1" : "0", a.doneOn, a.note,
                    a.agreedOn,
                ]
            }
            + signals.map { g in
                [
                    "G", String(g.number), g.text, g.level?.rawValue, g.theme, g.state.rawValue, g.to, g.answer,
                    g.raisedOn, g.updatedOn,
                ]
            }
    }

    /// The summary the index's lines hold; nil for lines of another shape.
    public init?(id: String, indexLines lines: [[String?]]) {
        guard let f = lines.first, f.count == 20, let title = f[0], let protocolID = f[1],
            let lang = f[2].flatMap(Language.init(rawValue:)), let opened = Self.stamp(f[3], f[4]),
            let last = Self.stamp(f[5], f[6]), let state = f[7].flatMap(State.init(rawValue:)),
            let roundIndex = f[9].flatMap({ Int($0) }), let search = f[19], let review = Self.date(f[16])
        else { return nil }
        let roundTitle = f[10].flatMap { nl in f[11].map { LocalizedText(nl: nl, en: $0) } }
        var actions: [ActionSummary] = []
        var signals: [SignalSummary] = []
        for line in lines.dropFirst() {
            switch line.first ?? nil {
            case "A":
                guard line.count == 9, let number = line[1].flatMap({ Int($0) }), let text = line[2],
                    let owner = line[3], let agreedOn = line[8], let due = Self.date(line[4])
                else { return nil }
                actions.append(
                    ActionSummary(
                        number: number, text: text, owner: owner, due: due, done: line[5] == "1",
                        doneOn: line[6], note: line[7], agreedOn: agreedOn))
            case "G":
                guard line.count == 10, let number = line[1].flatMap({ Int($0) }), let text = line[2],
                    let state = line[5].flatMap(SignalState.init(rawValue:)), let raisedOn = line[8],
                    let updatedOn = line[9]
                else { return nil }
                signals.append(
                    SignalSummary(
                        number: number, text: text, level: line[3].flatMap(SignalLevel.init(rawValue:)),
                        theme: line[4], state: state, to: line[6], answer: line[7], raisedOn: raisedOn,
                        updatedOn: updatedOn))
            default:
                return nil
            }
        }
        self.init(
            id: id, title: title, protocolID: protocolID, lang: lang, openedAt: opened, lastAt: last, state: state,
            approved: f[8] == "1", roundIndex: roundIndex, roundTitle: roundTitle, team: f[12], planned: f[13],
            followUpOf: f[14], decision: f[15], review: review, reviewed: f[17] == "1", actions: actions,
            signals: signals, shared: f[18] == "1", searchText: search)
    }

    /// The date of an index field: `.some(nil)` for none, nil for a text that is no date.
    private static func date(_ field: String?) -> CalendarDate?? {
        guard let field else { return .some(nil) }
        return CalendarDate(iso: field).map { .some($0) }
    }

    private static func stamp(_ seconds: String?, _ offset: String?) -> Timestamp? {
        guard let seconds = seconds.flatMap({ Int64($0) }), let offset = offset.flatMap({ Int($0) }) else { return nil }
        return Timestamp(seconds: seconds, offsetSeconds: offset)
    }
}
