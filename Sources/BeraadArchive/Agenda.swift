import BeraadEngine

/// What is due across the sessions of a home (or of one team), in the order a team goes through it: decisions to
/// evaluate, overdue actions, actions due soon, then the sessions planned.
public struct AgendaItem: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A decision whose review date has come (or comes within the horizon) and that has no review session yet.
        case review
        /// An open action past its due date.
        case overdueAction
        /// An open action due within the horizon.
        case actionDue
        /// A session planned within the horizon.
        case planned

        /// Its place in the order a team goes through the agenda.
        var rank: Int {
            switch self {
            case .review: 0
            case .overdueAction: 1
            case .actionDue: 2
            case .planned: 3
            }
        }
    }

    public var kind: Kind
    /// The day that puts it on the agenda: the review date, the due date, the planned day (`YYYY-MM-DD`).
    public var date: String
    public var session: String
    public var title: String
    public var team: String?
    /// The decision to evaluate, or the action's text.
    public var text: String?
    /// The action, for action items.
    public var action: ActionSummary?
}

public enum Agenda {
    /// The items due by `today` plus `days`, from `sessions`, for `team` if one is given.
    public static func items(
        _ sessions: [SessionSummary], today: CalendarDate, days: Int, team: String? = nil
    ) -> [AgendaItem] {
        let horizon = today.adding(days: days)
        let chosen = sessions.filter { session in team.map { Self.sameTeam(session.team, $0) } ?? true }
        var items: [AgendaItem] = []
        for session in chosen {
            func item(_ kind: AgendaItem.Kind, _ date: String, _ text: String?, _ action: ActionSummary? = nil)
                -> AgendaItem
            {
                AgendaItem(
                    kind: kind, date: date, session: session.id, title: session.title, team: session.team,
                    text: text, action: action)
            }
            if let review = session.review, review <= horizon, !session.reviewed {
                items.append(item(.review, review.description, session.decision))
            }
            for action in session.actions where !action.done {
                guard let due = action.due else { continue }
                if due < today {
                    items.append(item(.overdueAction, due.description, action.text, action))
                } else if due <= horizon {
                    items.append(item(.actionDue, due.description, action.text, action))
                }
            }
            if session.state == .planned, let day = session.planned, day >= today.description,
                day <= horizon.description
            {
                items.append(item(.planned, day, nil))
            }
        }
        return items.sorted { ($0.kind.rank, $0.date, $0.session) < ($1.kind.rank, $1.date, $1.session) }
    }

    /// What `team` still has open from its sessions besides `session` on `today`: decisions to review and overdue
    /// actions, as `status` reminds a team when its new session starts.
    public static func stillOpen(
        _ sessions: [SessionSummary], team: String, besides session: String, today: CalendarDate
    ) -> [AgendaItem] {
        items(sessions.filter { $0.id != session }, today: today, days: 0, team: team).filter {
            $0.kind == .review || $0.kind == .overdueAction
        }
    }

    /// Whether two team names are the same team: compared without case, accents or surrounding space.
    public static func sameTeam(_ a: String?, _ b: String) -> Bool {
        guard let a else { return false }
        return a.trimmingWhitespace().searchFolded() == b.trimmingWhitespace().searchFolded()
    }
}
