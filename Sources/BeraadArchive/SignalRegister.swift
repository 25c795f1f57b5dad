import BeraadEngine

/// The signals of every session, gathered by theme for a policy meeting (the card set's *Signaleren*: spot,
/// collect, bundle, analyse, report).
public enum SignalRegister {
    /// One signal with the session it was raised in.
    public struct Entry: Sendable, Equatable {
        /// `SESSION/s2`.
        public var id: String
        public var session: String
        public var title: String
        public var team: String?
        public var signal: SignalSummary
    }

    /// Signals that share a theme: the same `--theme`, or a signal without one whose text holds a theme's word.
    public struct Theme: Sendable, Equatable {
        /// The theme word; nil for signals that share none.
        public var theme: String?
        public var entries: [Entry]
        /// From how many sessions.
        public var sessions: Int { Set(entries.map(\.session)).count }
        public var firstSeen: String { entries.map(\.signal.raisedOn).min() ?? "" }
        public var lastSeen: String { entries.map(\.signal.raisedOn).max() ?? "" }
    }

    /// The signals of `sessions` that pass the filters, grouped by theme: the largest group first, signals without
    /// a theme last; within a group, oldest first.
    public static func themes(
        _ sessions: [SessionSummary], level: SignalLevel? = nil, state: SignalState? = nil, since: String? = nil,
        team: String? = nil
    ) -> [Theme] {
        var entries: [Entry] = []
        for session in sessions where team.map({ Agenda.sameTeam(session.team, $0) }) ?? true {
            for signal in session.signals {
                if let level, signal.level != level { continue }
                if let state, signal.state != state { continue }
                if let since, signal.raisedOn < since { continue }
                entries.append(
                    Entry(
                        id: FollowUpID.signal(session: session.id, number: signal.number), session: session.id,
                        title: session.title,
                        team: session.team, signal: signal))
            }
        }
        let vocabulary = Set(entries.compactMap { $0.signal.theme?.searchFolded() }).sorted()
        var groups: [String?: [Entry]] = [:]
        for entry in entries {
            groups[theme(of: entry.signal, among: vocabulary), default: []].append(entry)
        }
        return groups.map { theme, entries in
            Theme(theme: theme, entries: entries.sorted { ($0.signal.raisedOn, $0.id) < ($1.signal.raisedOn, $1.id) })
        }
        .sorted { a, b in
            if (a.theme == nil) != (b.theme == nil) { return b.theme == nil }
            return (-a.entries.count, a.theme ?? "") < (-b.entries.count, b.theme ?? "")
        }
    }

    /// The theme a signal belongs to: its own, else the first theme word that begins a word of its text.
    static func theme(of signal: SignalSummary, among vocabulary: [String]) -> String? {
        if let own = signal.theme { return own.searchFolded() }
        let words = signal.text.searchFolded().split { !$0.isLetter && !$0.isNumber }
        return vocabulary.first { theme in words.contains { $0.hasPrefix(theme) } }
    }
}
