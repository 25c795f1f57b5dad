import BeraadEngine

/// The agreed actions of every session, as `actions` lists them: filtered, soonest due first.
public enum ActionList {
    /// Which actions to list; every filter left out passes all.
    public struct Filter: Sendable {
        public var open = false
        public var overdue = false
        public var done = false
        /// A part of the owner's name, compared without case or accents.
        public var owner: String?
        /// The first day agreed (`YYYY-MM-DD`).
        public var since: String?
        public var team: String?

        public init(
            open: Bool = false, overdue: Bool = false, done: Bool = false, owner: String? = nil, since: String? = nil,
            team: String? = nil
        ) {
            self.open = open
            self.overdue = overdue
            self.done = done
            self.owner = owner
            self.since = since
            self.team = team
        }
    }

    /// One action with the session it was agreed in.
    public struct Item: Sendable, Equatable {
        /// `SESSION/a2`.
        public var id: String
        public var session: String
        public var title: String
        public var action: ActionSummary
        /// Open and past its due date on the day of the listing.
        public var overdue: Bool
    }

    /// The actions of `sessions` that pass `filter` on `today`: soonest due first, those without a due date after
    /// them, then by when they were agreed.
    public static func items(_ sessions: [SessionSummary], today: CalendarDate, filter: Filter) -> [Item] {
        let wantedOwner = filter.owner.map { $0.trimmingWhitespace().searchFolded() }
        var items: [Item] = []
        for session in sessions where filter.team.map({ Agenda.sameTeam(session.team, $0) }) ?? true {
            for action in session.actions {
                let isOverdue = !action.done && action.due.map { $0 < today } == true
                if filter.open && action.done || filter.done && !action.done || filter.overdue && !isOverdue {
                    continue
                }
                if let from = filter.since, action.agreedOn < from { continue }
                if let wantedOwner, !action.owner.searchFolded().contains(wantedOwner) { continue }
                items.append(
                    Item(
                        id: FollowUpID.action(session: session.id, number: action.number), session: session.id,
                        title: session.title, action: action, overdue: isOverdue))
            }
        }
        return items.sorted {
            ($0.action.dueOrLast, $0.action.agreedOn, $0.id) < ($1.action.dueOrLast, $1.action.agreedOn, $1.id)
        }
    }
}

extension ActionSummary {
    /// The due date, or for an action without one a day after every due date: it sorts after them.
    fileprivate var dueOrLast: CalendarDate { due ?? CalendarDate(year: 9999, month: 12, day: 31)! }
}
