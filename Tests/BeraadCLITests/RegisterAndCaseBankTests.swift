import BeraadArchive
import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// The signal register, the case bank and review sessions: what is built across sessions after the meeting.
@Suite struct RegisterAndCaseBankTests {
    struct Register: Decodable {
        struct Theme: Decodable {
            struct Signal: Decodable {
                var id: String
                var state: String
                var to: String?
                var answer: String?
            }
            var theme: String?
            var count: Int
            var sessions: Int
            var firstSeen: String
            var lastSeen: String
            var signals: [Signal]
        }
        var themes: [Theme]
    }

    /// A session up to its signals round with the given signals, closed, approved.
    static func session(
        _ h: Harness, _ title: String, day: String, signals: [[String]], share: Bool = false
    ) throws -> String {
        let id = try h.ok("new", title, "--facilitator", "Mia de Wit", "--team", "Noord", "--at", day + "T10:00")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        func at(_ minute: Int) -> [String] { ["--at", day + String(format: "T10:%02d", minute)] }
        try h.ok(["join", "Sanne Bakker", "--role", "inbrenger"] + at(1))
        try h.ok(["join", "Bram"] + at(1))
        try h.ok(["next"] + at(2))
        try h.ok(["case", "Sanne Bakker vertelt: meneer Kuipers weigert hulp"] + at(3))
        try h.ok(["next", "--force", "--reason", "x"] + at(4))
        try h.ok(
            [
                "dilemma", "Huisarts bellen of niet?", "--option", "A: bellen", "--option", "B: niet bellen",
                "--harm", "A: vertrouwen weg", "--harm", "B: wond verergert",
            ] + at(5))
        try h.ok(["next"] + at(6))
        try h.ok(["say", "Bram", "autonomie van meneer", "--kind", "value", "--about", "meneer"] + at(7))
        try h.ok(["say", "Sanne Bakker", "zorgplicht", "--kind", "norm", "--about", "Sanne Bakker"] + at(8))
        for minute in 9...10 { try h.ok(["next", "--force", "--reason", "x"] + at(minute)) }
        try h.ok(
            [
                "decide", "We bellen niet, Bram vraagt het meneer zelf", "--option", "B", "--rationale",
                "Vertrouwen eerst", "--support", "consensus",
            ] + at(11))
        try h.ok(["next"] + at(12))
        try h.ok(["action", "Meneer spreken", "--owner", "Bram"] + at(12))
        for (index, signal) in signals.enumerated() { try h.ok(["signal"] + signal + at(13 + index)) }
        try h.ok(["next"] + at(20))
        try h.ok(["evaluate", "Bram", "Sanne Bakker hielp ons goed op weg", "--score", "4"] + at(21))
        try h.ok(["close"] + at(22))
        try h.ok(["approve"] + at(30))
        if share { try h.ok(["share", "--by", "Mia de Wit"] + at(31)) }
        return id
    }

    @Test func theRegisterGroupsSignalsByThemeAndFollowsTheirState() throws {
        let h = Harness(now: Harness.endOf2026)
        let first = try Self.session(
            h, "Een", day: "2026-10-01",
            signals: [["Eenzaamheid bij ouderen", "--theme", "eenzaamheid", "--level", "policy"]])
        _ = try Self.session(
            h, "Twee", day: "2026-10-22",
            signals: [
                ["Weer eenzaamheid: Sanne Bakker ziet het vaak", "--level", "group"], ["Wachtlijst dagbesteding"],
            ])
        _ = try Self.session(
            h, "Drie", day: "2026-11-12",
            signals: [["Eenzame mannen na verlies", "--theme", "Eenzaamheid"]])
        let register = try JSONDecoder().decode(Register.self, from: Data(try h.ok("signals", "--json").utf8))
        let themes = register.themes
        #expect(themes.map(\.theme) == ["eenzaamheid", nil])
        #expect(themes[0].count == 3 && themes[0].sessions == 3)
        #expect(themes[0].firstSeen == "2026-10-01" && themes[0].lastSeen == "2026-11-12")
        // Passed on, answered, closed: later entries in the signal's own journal, after approval.
        try h.ok("signals", "pass", first + "/s1", "--to", "MT wijkzorg")
        #expect(h.run("signals", "pass", first + "/s9", "--to", "x").code == 66)
        try h.ok("signals", "answer", first + "/s1", "Komt op de MT-agenda")
        #expect(h.run("signals", "pass", first + "/s1", "--to", "x").code == 1)
        let moved = try JSONDecoder().decode(
            Register.self, from: Data(try h.ok("signals", "--state", "answered", "--json").utf8))
        #expect(moved.themes.flatMap(\.signals).map(\.id) == [first + "/s1"])
        #expect(moved.themes.first?.signals.first?.to == "MT wijkzorg")
        #expect(moved.themes.first?.signals.first?.answer == "Komt op de MT-agenda")
        try h.ok("signals", "close", first + "/s1")
        #expect(try h.ok("signals", "--level", "policy").contains("closed"))
        #expect(h.run("signals", "--format", "csv").code == 64)
    }

    @Test(arguments: ["markdown", "html", "csv"])
    func theReportForPolicyCarriesNoName(_ format: String) throws {
        let h = Harness(now: Harness.endOf2026)
        _ = try Self.session(
            h, "Een", day: "2026-10-01", signals: [["Sanne Bakker ziet eenzaamheid", "--theme", "eenzaamheid"]])
        _ = try Self.session(h, "Twee", day: "2026-10-22", signals: [["Bram merkt eenzaamheid op"]])
        let report = try h.ok("signals", "--report", "--format", format)
        #expect(report.contains("eenzaamheid") && report.contains("2"))
        for name in ["Sanne", "Bakker", "Bram", "Mia"] { #expect(!report.contains(name), "\(name) in \(format)") }
        if format == "csv" { #expect(report.hasPrefix("theme,raised,level,state,signal,to,answer")) }
        if format == "html" { #expect(report.hasPrefix("<!DOCTYPE html>")) }
    }

    @Test func theCaseBankHoldsOnlySharedApprovedSessionsAndNoName() throws {
        let h = Harness(now: Harness.endOf2026)
        _ = try Self.session(h, "Gedeeld", day: "2026-10-01", signals: [], share: true)
        _ = try Self.session(h, "Niet gedeeld", day: "2026-10-22", signals: [])
        try h.ok("new", "Open", "--facilitator", "Mia")
        #expect(h.run("share").code == 1)
        for format in ["markdown", "html", "json"] {
            let bank = try h.ok("casebank", "--format", format)
            #expect(bank.contains("Gedeeld") && !bank.contains("Niet gedeeld"), "\(format)")
            #expect(bank.contains("autonomie van meneer") && bank.contains("wond verergert"))
            #expect(bank.contains("Vertrouwen eerst"))
            for name in ["Sanne", "Bakker", "Bram", "Mia"] { #expect(!bank.contains(name), "\(name) in \(format)") }
        }
        #expect(try h.ok("casebank", "--value", "autonomie").contains("Gedeeld"))
        // The page claims no more than it does: the client is covered only where something was redacted.
        let page = try h.ok("casebank")
        #expect(!page.contains("without names") && page.contains("such as the client's"), "\(page)")
        #expect(!(try h.ok("casebank", "--value", "rechtvaardigheid")).contains("Gedeeld"))
        #expect(try h.ok("casebank", "--search", "Kuipers").contains("Gedeeld"))
        #expect(!(try h.ok("casebank", "--method", "cura")).contains("Gedeeld"))
    }

    @Test func aReviewSessionCarriesTheDecisionActionsAndFaseOneGoalsAndBothNameEachOther() throws {
        let h = Harness(lang: "nl", now: Harness.endOf2026)
        try h.ok("new", "Buurtcasus", "--protocol", "afwegingskader", "--facilitator", "Mia", "--team", "Noord")
        try h.ok("join", "Sanne", "--role", "inbrenger")
        try h.ok("case", "Gezin met schulden")
        try h.ok(
            "say", "Mia", "Kinderen gaan weer naar school", "--category", "sociale-inclusie", "--kind",
            "consideration")
        try h.ok(
            "say", "Sanne", "Stabiel inkomen", "--category", "sociaal-economische-zekerheid", "--kind",
            "consideration")
        for _ in 0..<3 { try h.ok("next", "--force", "--reason", "x") }
        try h.ok("decide", "Schuldhulp inschakelen")
        try h.ok("action", "Schuldhulp bellen", "--owner", "Sanne", "--due", "2026-04-01")
        try h.ok("close", "--abandon", "--reason", "proef")
        try h.ok("approve")
        let original = h.currentID
        try h.ok("done", "a1")
        struct Opened: Decodable {
            var id: String
            var parent: String
        }
        let opened = try JSONDecoder().decode(Opened.self, from: Data(try h.ok("follow-up", original, "--json").utf8))
        #expect(opened.parent == original && opened.id == h.currentID)
        let look = try h.ok("status")
        #expect(look.contains("Vervolg op: Buurtcasus (\(original))"))
        #expect(look.contains("Besluit van") && look.contains("Schuldhulp inschakelen"))
        #expect(look.contains("Afspraak \(original)/a1: Schuldhulp bellen — Sanne") && look.contains("gedaan op"))
        try h.ok("next")
        let goals = try h.ok("status")
        #expect(goals.contains("Doel 1 (Sociale inclusie): Kinderen gaan weer naar school — bereiken we dit"))
        #expect(goals.contains("Doel 2 (Sociaal-economische zekerheid): Stabiel inkomen"))
        try h.ok("say", "Sanne", "Ja, ze gaan weer", "--beantwoordt", "1")
        try h.ok("say", "Sanne", "Nog niet", "--beantwoordt", "2")
        #expect(h.run("say", "Sanne", "?", "--beantwoordt", "3").code == 64)
        try h.ok("next")
        try h.ok("decide", "We gaan door")
        try h.ok("close")
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("Kinderen gaan weer naar school") && minutes.contains("Ja, ze gaan weer"))
        // The original names its review; its approved minutes stay as they were.
        let back = try h.ok("status", "--session", original)
        #expect(back.contains("Vervolgd in: Buurtcasus — vervolg (\(opened.id))"))
        #expect(back.contains("We gaan door"))
        #expect(!(try h.ok("minutes", "--session", original)).contains("Vervolgd in"))
        // A review of a session without fase-1 goals asks after its decision.
        try h.ok("new", "Gewoon", "--protocol", "cura", "--facilitator", "Mia")
        try h.ok("case", "Een twijfel")
        for _ in 0..<3 { try h.ok("next", "--force", "--reason", "x") }
        try h.ok("decide", "We vragen het hem")
        try h.ok("follow-up", h.currentID)
        try h.ok("next")
        #expect(
            try h.ok("status").contains("Besluit: We vragen het hem — heeft het gebracht wat we ervan verwachtten?"))
        #expect(h.run("follow-up", "2026-01-01-zzzz").code == 66)
    }
}
