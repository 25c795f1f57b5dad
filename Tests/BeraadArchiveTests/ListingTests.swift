import BeraadArchive
import BeraadEngine
import BeraadTestSupport
import Testing

/// The listings across sessions: a session's summary as the index keeps it, the agenda and the signal register, as
/// pure functions over summaries.
@Suite struct ListingTests {
    /// A moreel beraad up to its actions: a decision to review on 2026-04-09, two actions and two signals.
    static func decided(id: String = "2026-03-12-aaaa", team: String? = "Team Noord") throws -> SessionBuilder {
        var s = try SessionBuilder.opened(id: id, title: "Thuis of opname", details: SessionDetails(team: team))
        for _ in 0..<5 { try s.next() }
        try s.run(.decide(text: "Thuis, met steun", option: nil, rationale: nil, support: .consensus, dissent: []))
        try s.next()
        try s.run(.agreeAction(text: "Dochter bellen", owner: "Anna", due: CalendarDate(iso: "2026-03-10")))
        try s.run(.agreeAction(text: "Alarm regelen", owner: "Bram", due: CalendarDate(iso: "2026-03-20")))
        try s.run(.raiseSignal(text: "Wachtlijst voor thuiszorg", level: .policy, by: nil, theme: "wachtlijst"))
        try s.run(.raiseSignal(text: "Geen traplift", level: .group, by: "Bram"))
        return s
    }

    @Test func aSummaryComesBackWhole() throws {
        let summary = SessionSummary(try Self.decided().state)
        #expect(summary.actions.count == 2 && summary.signals.count == 2 && summary.decision == "Thuis, met steun")
        #expect(SessionSummary(id: summary.id, indexLines: summary.indexLines) == summary)
        // Lines of another shape are not a summary: the index makes it anew from the journal.
        #expect(SessionSummary(id: summary.id, indexLines: [["x"]]) == nil)
        #expect(SessionSummary(id: summary.id, indexLines: summary.indexLines + [["Z", "1"]]) == nil)
    }

    @Test func theAgendaListsWhatIsDueInTheOrderATeamGoesThroughIt() throws {
        var s = try Self.decided()
        try s.run(.close(abandon: false, reason: nil))
        let summary = SessionSummary(s.state)
        let today = try #require(CalendarDate(iso: "2026-03-12"))
        let items = Agenda.items([summary], today: today, days: 14, team: " team noord ")
        #expect(items.map(\.kind) == [.overdueAction, .actionDue])
        #expect(items.map(\.text) == ["Dochter bellen", "Alarm regelen"])
        // Another team sees none of it.
        #expect(Agenda.items([summary], today: today, days: 14, team: "Team Zuid").isEmpty)
    }

    @Test func theRegisterGathersSignalsByThemeAcrossSessions() throws {
        let first = SessionSummary(try Self.decided().state)
        let second = SessionSummary(try Self.decided(id: "2026-03-12-bbbb").state)
        let themes = SignalRegister.themes([first, second])
        #expect(themes.map(\.theme) == ["wachtlijst", nil])
        #expect(themes[0].sessions == 2 && themes[0].entries.map(\.id).contains("2026-03-12-bbbb/s1"))
        #expect(SignalRegister.themes([first, second], level: .group).map(\.entries.count) == [2])
        #expect(FollowUpID.action(session: first.id, number: 2) == "2026-03-12-aaaa/a2")
    }

    @Test func theActionListFiltersAndPutsTheSoonestDueFirst() throws {
        let summary = SessionSummary(try Self.decided().state)
        let today = try #require(CalendarDate(iso: "2026-03-12"))
        let all = ActionList.items([summary], today: today, filter: ActionList.Filter())
        #expect(all.map(\.action.text) == ["Dochter bellen", "Alarm regelen"])
        #expect(all.map(\.overdue) == [true, false] && all[0].id == "2026-03-12-aaaa/a1")
        let overdue = ActionList.items([summary], today: today, filter: ActionList.Filter(overdue: true))
        #expect(overdue.map(\.action.owner) == ["Anna"])
        let bram = ActionList.items([summary], today: today, filter: ActionList.Filter(owner: " BRAM"))
        #expect(bram.map(\.action.text) == ["Alarm regelen"])
        #expect(ActionList.items([summary], today: today, filter: ActionList.Filter(done: true)).isEmpty)
    }
}
