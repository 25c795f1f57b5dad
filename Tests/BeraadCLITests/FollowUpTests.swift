import BeraadArchive
import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// After the meeting: planned sessions, the follow-up of actions, the agenda, and what a team still has open.
@Suite struct FollowUpTests {
    struct Actions: Decodable {
        struct Row: Decodable, Equatable {
            var id: String
            var session: String
            var title: String
            var text: String
            var owner: String
            var due: String?
            var state: String
        }
        var actions: [Row]
    }

    /// A closed and approved session of team Noord on 1 October with two actions, a review date and a signal.
    static func teamSession(_ h: Harness) throws -> String {
        let id = try h.ok("new", "Eerste", "--facilitator", "Mia", "--team", "Team Noord", "--at", "2026-10-01T10:00")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        func at(_ minute: Int) -> [String] { ["--at", String(format: "2026-10-01T10:%02d", minute)] }
        try h.ok(["join", "Sanne", "--role", "inbrenger"] + at(1))
        try h.ok(["next"] + at(2))
        try h.ok(["case", "Meneer K weigert zorg"] + at(3))
        try h.ok(["next", "--force", "--reason", "x"] + at(4))
        try h.ok(["dilemma", "A of B?", "--option", "A: x", "--option", "B: y"] + at(5))
        for minute in 6...8 { try h.ok(["next", "--force", "--reason", "x"] + at(minute)) }
        try h.ok(["decide", "We doen B", "--option", "B", "--review", "2026-11-01"] + at(10))
        try h.ok(["next"] + at(11))
        try h.ok(["action", "Huisarts bellen", "--owner", "Sanne", "--due", "2026-10-15"] + at(12))
        try h.ok(["action", "Dochter spreken", "--owner", "Mia", "--due", "2026-12-20"] + at(13))
        try h.ok(["signal", "Eenzaamheid onder ouderen", "--level", "policy", "--theme", "eenzaamheid"] + at(14))
        try h.ok(["close", "--abandon", "--reason", "proef"] + at(20))
        try h.ok(["approve", "--by", "Teamoverleg"] + at(30))
        return id
    }

    @Test func aPlannedSessionTakesItsPreparationAndNothingElseUntilItStarts() throws {
        let h = Harness()
        try h.ok("new", "Gepland", "--facilitator", "Mia", "--planned", "2026-03-19", "--place", "Wijkpost")
        try h.ok("join", "Sanne", "--role", "inbrenger")
        try h.ok("case", "Mevrouw L wil geen hulp", "--question", "Mogen we de buren vragen?")
        try h.ok("dilemma", "Buren vragen of niet?", "--option", "A: wel", "--option", "B: niet")
        let status = try h.ok("status")
        #expect(status.contains("Planned for Thursday 19 March 2026; not started."))
        #expect(status.contains("Case: prepared.") && status.contains("Dilemma: prepared."))
        #expect(try h.ok("status", "--json").contains(#""state" : "planned""#))
        let refused = h.run("say", "Sanne", "hallo")
        #expect(refused.code == 1 && refused.stderr.contains("beraad start"))
        #expect(h.run("next").code == 1)
        // On the day: the first round begins, and the prepared case stands where the case belongs.
        h.advance(minutes: 7 * 24 * 60)
        #expect(try h.ok("start").contains("Round 1/8: Opening"))
        #expect(h.run("start").code == 1)
        try h.ok("next")
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("Mevrouw L wil geen hulp") && minutes.contains("Mogen we de buren vragen?"))
        #expect(minutes.contains("Thursday 19 March 2026"))
        // Sessions lists the planned first.
        try h.ok("new", "Later", "--facilitator", "Mia", "--planned", "2026-04-02")
        let listed = try h.ok("sessions", "--all")
        #expect(listed.range(of: "Later")!.lowerBound < listed.range(of: "Gepland")!.lowerBound)
    }

    @Test func runStartsAPlannedSession() throws {
        let h = Harness()
        try h.ok("new", "Gepland", "--facilitator", "Mia", "--planned", "2026-03-12")
        h.input = .lines(["/status"])
        #expect(h.run("run").code == 0)
        #expect(try h.ok("status").contains("Round 1/8: Opening"))
    }

    @Test func actionsAreListedAcrossSessionsWithStableIDsAndFollowedUpAfterApproval() throws {
        let h = Harness(lang: "nl", now: Harness.endOf2026)
        let first = try Self.teamSession(h)
        try h.ok("minutes", "--output", "vastgesteld.md")
        let all = try JSONDecoder().decode(Actions.self, from: Data(try h.ok("actions", "--json").utf8)).actions
        #expect(all.map(\.id) == [first + "/a1", first + "/a2"])
        #expect(all.map(\.state) == ["open", "open"] && all[0].due == "2026-10-15" && all[0].title == "Eerste")
        let overdue = try h.ok("actions", "--overdue", "--at", "2026-11-05T09:00")
        #expect(overdue.contains("Huisarts bellen") && !overdue.contains("Dochter spreken"))
        // Done after approval, by the short id; the approved minutes do not change.
        let short = String(first.split(separator: "-").last!) + "/a1"
        #expect(try h.ok("gedaan", short, "--notitie", "gebeld").contains("Gedaan: Huisarts bellen"))
        #expect(h.run("done", short).code == 1)
        let done = try JSONDecoder().decode(Actions.self, from: Data(try h.ok("actions", "--done", "--json").utf8))
        #expect(done.actions.map(\.id) == [first + "/a1"])
        #expect(try h.ok("actions", "--owner", "mia", "--json").contains("Dochter spreken"))
        #expect(!(try h.ok("actions", "--owner", "mia")).contains("Huisarts"))
        #expect(h.run("verify", "--minutes", "vastgesteld.md").code == 0)
        try h.ok("reopen", first + "/a1")
        #expect(try h.ok("actions", "--open", "--json").contains("Huisarts bellen"))
        // Unknown actions and sessions.
        #expect(h.run("done", first + "/a9").code == 66)
        #expect(h.run("done", "zzzz/a1").code == 66)
        #expect(h.run("done", first + "/e3").code == 66)
    }

    @Test func theAgendaShowsWhatIsDueInTheOrderATeamDiscussesIt() throws {
        let h = Harness(lang: "nl", now: Harness.endOf2026)
        let first = try Self.teamSession(h)
        try h.ok(
            "new", "Tweede", "--facilitator", "Mia", "--team", "team noord", "--planned", "2026-11-12", "--at",
            "2026-11-05T09:00")
        let agenda = try h.ok("agenda", "--at", "2026-11-05T09:00")
        let order = [
            "Besluiten om te evalueren", "We doen B", "Afspraken over tijd", "Huisarts bellen",
            "Geplande sessies", "Tweede",
        ]
        let positions = order.map { agenda.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(agenda)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(agenda)")
        #expect(!agenda.contains("Dochter spreken"))
        #expect(try h.ok("agenda", "--at", "2026-11-05T09:00", "--weeks", "8").contains("Dochter spreken"))
        struct Agenda: Decodable {
            struct Item: Decodable {
                var kind: String
                var action: String?
            }
            var items: [Item]
        }
        let items = try JSONDecoder().decode(
            Agenda.self, from: Data(try h.ok("agenda", "--at", "2026-11-05T09:00", "--json").utf8)
        ).items
        #expect(items.map(\.kind) == ["review", "overdueAction", "planned"])
        #expect(items[1].action == first + "/a1")
        // The new session of the team mentions what is still open, when it starts.
        let status = try h.ok("status", "--at", "2026-11-05T09:00")
        #expect(status.contains("Nog open uit eerdere sessies van team noord"))
        #expect(status.contains("Huisarts bellen — Sanne [\(first)/a1]"))
        #expect(h.run("agenda", "--weeks", "200").code == 64)
    }
}

/// Issue 13's acceptance, tried as a new user would: one team's six weeks.
@Suite struct TeamSixWeeksTests {
    @Test func aTeamsSixWeeksFromAgendaToCaseBank() throws {
        let h = Harness(lang: "nl", now: Harness.endOf2026)
        func at(_ day: String, _ time: String) -> [String] { ["--at", "2026-\(day)T\(time)"] }
        // Week 1: an afwegingskader session with fase-1 goals, a dilemma, a decision to review, an action, a signal.
        let first = try h.ok(
            [
                "new", "Gezin in de schulden", "--protocol", "afwegingskader", "--facilitator", "Marleen Visser",
                "--team", "Team Noord",
            ] + at("10-01", "14:00")
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        try h.ok(["join", "Sanne de Boer", "--role", "inbrenger"] + at("10-01", "14:01"))
        try h.ok(["join", "Bram Jansen"] + at("10-01", "14:01"))
        try h.ok(["case", "Sanne de Boer vertelt over een gezin met schulden"] + at("10-01", "14:02"))
        try h.ok(
            [
                "say", "Bram Jansen", "De kinderen gaan weer naar school", "--category", "sociale-inclusie", "--kind",
                "consideration",
            ] + at("10-01", "14:03"))
        try h.ok(["next", "--force", "--reason", "tijd"] + at("10-01", "14:10"))
        try h.ok(["next", "--force", "--reason", "tijd"] + at("10-01", "14:20"))
        try h.ok(
            ["say", "Bram Jansen", "autonomie van de ouders", "--kind", "value", "--about", "de ouders"]
                + at("10-01", "14:21"))
        try h.ok(
            [
                "dilemma", "Melden of niet?", "--option", "A: melden", "--option", "B: niet melden", "--harm",
                "A: vertrouwen weg", "--harm", "B: kinderen lopen risico",
            ] + at("10-01", "14:22"))
        try h.ok(["next", "--force", "--reason", "tijd"] + at("10-01", "14:30"))
        try h.ok(
            [
                "decide", "Niet melden, wel schuldhulp", "--option", "B", "--rationale", "vertrouwen eerst",
                "--review", "2026-10-29",
            ] + at("10-01", "14:40"))
        try h.ok(
            ["action", "Schuldhulp bellen", "--owner", "Sanne de Boer", "--due", "2026-10-15"]
                + at("10-01", "14:41"))
        try h.ok(["next", "--force", "--reason", "tijd"] + at("10-01", "14:50"))
        try h.ok(["signal", "Eenzaamheid bij alleenstaande ouders", "--theme", "eenzaamheid"] + at("10-01", "14:51"))
        try h.ok(["close"] + at("10-01", "15:00"))
        try h.ok(["approve", "--by", "Teamoverleg"] + at("10-08", "10:00"))
        try h.ok(["share", "--by", "Marleen Visser"] + at("10-08", "10:01"))
        try h.ok(["minutes", "--format", "html", "--output", "vastgesteld.html"] + at("10-08", "10:02"))
        let approved = try Data(contentsOf: URL(fileURLWithPath: h.directory + "/vastgesteld.html"))
        // Week 3: a second session of the team, a signal on the same theme.
        _ = try h.ok(
            ["new", "Oudere man alleen", "--facilitator", "Marleen Visser", "--team", "Team Noord"]
                + at("10-15", "14:00"))
        try h.ok(["join", "Bram Jansen", "--role", "inbrenger"] + at("10-15", "14:01"))
        for minute in 2...7 { try h.ok(["next", "--force", "--reason", "tijd"] + at("10-15", "14:0\(minute)")) }
        try h.ok(["signal", "Weer eenzaamheid, nu bij een oudere man"] + at("10-15", "14:10"))
        try h.ok(["close", "--abandon", "--reason", "tijd op"] + at("10-15", "14:30"))
        // Week 5: the next meeting is planned.
        _ = try h.ok(
            [
                "new", "Derde beraad", "--facilitator", "Marleen Visser", "--team", "Team Noord", "--planned",
                "2026-11-05",
            ] + at("10-29", "09:00"))
        // The agenda on 30 October: the review due, the overdue action, the planned session, in that order.
        let agenda = try h.ok(["agenda"] + at("10-30", "09:00"))
        let review = try #require(agenda.range(of: "Niet melden, wel schuldhulp"))
        let overdue = try #require(agenda.range(of: "over tijd sinds donderdag 15 oktober 2026: Schuldhulp bellen"))
        let planned = try #require(agenda.range(of: "Derde beraad"))
        #expect(review.lowerBound < overdue.lowerBound && overdue.lowerBound < planned.lowerBound)
        // The action is done, after approval; the approved minutes still verify as they were.
        try h.ok(["done", first + "/a1", "--note", "gebeld"] + at("10-30", "10:00"))
        #expect(!(try h.ok(["agenda"] + at("10-30", "10:01"))).contains("Schuldhulp bellen"))
        try h.ok(
            ["minutes", "--format", "html", "--output", "opnieuw.html", "--session", first] + at("10-30", "10:02"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: h.directory + "/opnieuw.html")) == approved)
        #expect(h.run("verify", first, "--minutes", "vastgesteld.html").code == 0)
        // The review session asks after the fase-1 goal.
        let review2 = try h.ok(["follow-up", first] + at("10-30", "10:05")).trimmingCharacters(
            in: .whitespacesAndNewlines)
        try h.ok(["next"] + at("10-30", "10:06"))
        #expect(
            try h.ok("status", "--session", review2).contains(
                "Doel 1 (Sociale inclusie): De kinderen gaan weer naar school"))
        #expect(try h.ok("status", "--session", first).contains("Vervolgd in"))
        // The signal register groups the theme, counted, with no name in it.
        let report = try h.ok("signals", "--report")
        #expect(report.contains("eenzaamheid: 2 signalen uit 2 sessies"))
        // The case bank finds the shared session by a value word, with no name in it.
        let bank = try h.ok("casebank", "--value", "autonomie", "--format", "html")
        #expect(bank.contains("Gezin in de schulden") && bank.contains("kinderen lopen risico"))
        for name in ["Sanne", "Boer", "Bram", "Jansen", "Marleen", "Visser"] {
            #expect(!report.contains(name) && !bank.contains(name), "\(name)")
        }
    }
}
