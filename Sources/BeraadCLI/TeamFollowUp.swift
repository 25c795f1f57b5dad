import BeraadArchive
import BeraadEngine
import BeraadStore

/// What a team still has open from its earlier sessions, for `status` when a new session of the team starts and
/// for `agenda`.
enum TeamFollowUp {
    /// The team's overdue actions and due reviews from its other sessions, as lines for `status`; empty when the
    /// session has no team or nothing is due.
    static func reminder(for state: SessionState, _ context: Context) -> String {
        guard let team = state.opened.team else { return "" }
        let today = CalendarDate((try? context.time()) ?? context.environment.now())
        let due = Agenda.stillOpen(context.store.summaries().sessions, team: team, besides: state.id, today: today)
        guard !due.isEmpty else { return "" }
        var out = "\n" + context.t(.status(.teamStillOpen(team: team))) + "\n"
        for item in due { out += "  • " + line(item, context) + "\n" }
        return out
    }

    /// One agenda item as a line: what, from which session, and its id or date.
    static func line(_ item: AgendaItem, _ context: Context) -> String {
        let day = CalendarDate(iso: item.date)?.spelledOut(context.lang) ?? item.date
        switch item.kind {
        case .review:
            return context.t(.status(.reviewDue(decision: item.text ?? "", title: item.title, date: day)))
        case .overdueAction, .actionDue:
            let id = item.action.map { FollowUpID.action(session: item.session, number: $0.number) } ?? ""
            return context.t(
                .status(
                    (item.kind == .overdueAction ? Catalog.StatusText.actionOverdue : Catalog.StatusText.actionDue)(
                        item.text ?? "", item.action?.owner ?? "", day, id)))
        case .planned:
            return context.t(.status(.plannedSession(title: item.title, date: day, id: item.session)))
        }
    }
}
