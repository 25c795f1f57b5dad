import BeraadArchive
import BeraadEngine
import BeraadStore

/// `agenda [--weeks N] [--team NAME]`: what is due — decisions to evaluate, overdue actions, actions due soon,
/// planned sessions — for the coming weeks (from today, or from `--at`), in the order a team goes through them.
struct AgendaCommand: BeraadCommand {
    static let weeks = Option(
        number: "weeks", nl: "weken", value: .number, .agendaWeeks, invalid: { .notAWeekCount(text: $0) })
    static let team = Option("team", value: .name, .listTeam)
    static let declaration = CommandDeclaration(
        "agenda", group: .followUp, summary: .agenda, options: [weeks.declaration, team.declaration])

    var weeks: Int
    var team: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        let weeks = try arguments.value(Self.weeks) ?? 4
        guard (0...104).contains(weeks) else { throw .invalidValue(String(weeks), option: Self.weeks.declaration) }
        self.weeks = weeks
        team = try arguments.value(Self.team)
    }

    /// What `agenda --json` prints for each item.
    struct Row: Encodable {
        var kind: String
        var date: String
        var session: String
        var title: String
        var team: String?
        var text: String?
        var action: String?
        var owner: String?
    }

    func run(_ context: Context) throws(CLIError) {
        let today = CalendarDate(try context.time())
        let (sessions, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let items = Agenda.items(sessions, today: today, days: weeks * 7, team: team)
        if context.globals.json {
            try context.printJSON([
                "items": items.map { item in
                    Row(
                        kind: item.kind.rawValue, date: item.date, session: item.session, title: item.title,
                        team: item.team, text: item.text,
                        action: item.action.map { FollowUpID.action(session: item.session, number: $0.number) },
                        owner: item.action?.owner)
                }
            ])
            return
        }
        let until = today.adding(days: weeks * 7).spelledOut(context.lang)
        guard !items.isEmpty else {
            context.print(context.t(.message(.agendaEmpty(until: until))))
            return
        }
        context.print(context.t(.message(.agendaHeading(until: until))))
        var shown: AgendaItem.Kind?
        for item in items {
            if item.kind != shown {
                let heading: Catalog.MessageText
                switch item.kind {
                case .review: heading = .agendaReviews
                case .overdueAction: heading = .agendaOverdue
                case .actionDue: heading = .agendaDueSoon
                case .planned: heading = .agendaPlanned
                }
                context.print("\n" + context.t(.message(heading)))
                shown = item.kind
            }
            context.print("  • " + TeamFollowUp.line(item, context))
        }
    }
}
