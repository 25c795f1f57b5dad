import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// The afwegingskader's moral-dilemma round convenes a moreel beraad; both sessions name each other.
@Suite struct ConveneTests {
    struct Convened: Decodable {
        var id: String
        var parent: String
    }

    static func afweging() throws -> Harness {
        let h = Harness()
        try h.ok("new", "Buurtcasus", "--protocol", "afwegingskader", "--facilitator", "Mia", "--json")
        try h.ok("join", "Sanne", "--role", "inbrenger")
        try h.ok("join", "Bram")
        try h.ok("say", "Bram", "kinderen van de buren", "--category", "sociale-inclusie", "--kind", "consideration")
        try h.ok("next")
        try h.ok("say", "Sanne", "wij kennen de familie", "--category", "kennis", "--kind", "consideration")
        try h.ok("next")
        return h
    }

    @Test func conveningOpensALinkedSessionWithTheSameParticipants() throws {
        let h = try Self.afweging()
        let before = h.journal()
        let parent = h.currentID
        let convened = try JSONDecoder().decode(Convened.self, from: Data(try h.ok("convene", "--json").utf8))
        #expect(convened.parent == parent && convened.id == h.currentID && convened.id != parent)
        // The new session is current, with the facilitator and the participants.
        let status = try h.ok("status")
        #expect(status.contains("Round 1/8: Opening"))
        #expect(status.contains("Convened from: Buurtcasus (\(convened.parent)), in the round 'Moral dilemma'"))
        #expect(status.contains("Mia (facilitator), Sanne (case presenter), Bram (participant)"))
        // The parent's journal grew by exactly the link.
        let parentJournal = FileManager.default.contents(atPath: h.home + "/sessions/\(convened.parent).jsonl")!
        #expect(parentJournal.count > before.count)
        #expect(String(decoding: parentJournal, as: UTF8.self).contains("\"type\":\"sessionConvened\""))
    }

    @Test func bothMinutesNameEachOtherAndTheParentSeesTheDecision() throws {
        let h = try Self.afweging()
        let parent = h.currentID
        let child = try h.ok("convene", "Mag de buurman meebeslissen?", "--protocol", "dilemmamethode")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for _ in 0..<8 { try h.ok("next", "--force", "--reason", "proef") }
        try h.ok("decide", "We betrekken de buurman niet")
        try h.ok("close")
        let childMinutes = try h.ok("minutes")
        #expect(childMinutes.contains("Convened from: Buurtcasus (\(parent))"))
        try h.ok("use", parent)
        let status = try h.ok("status")
        #expect(status.contains("Convened from this session: Mag de buurman meebeslissen? (\(child))"))
        #expect(status.contains("Its decision: We betrekken de buurman niet"))
        for format in ["markdown", "html", "json"] {
            let minutes = try h.ok("minutes", "--format", format)
            #expect(minutes.contains(child) && minutes.contains("We betrekken de buurman niet"), "\(format)")
        }
    }

    @Test func conveningOutsideTheRoundThatCallsForItIsRefused() throws {
        let h = Harness()
        try h.ok("new", "Buurtcasus", "--protocol", "afwegingskader")
        let before = h.journal()
        let result = h.run("convene")
        #expect(result.code == 1)
        #expect(result.stderr.contains("that is done in: 'Moral dilemma'"))
        #expect(h.journal() == before)
        #expect(h.run("sessions", "--all").stdout.components(separatedBy: "\n").count == 3)
        let moreel = Harness()
        try moreel.ok("new", "Gewoon")
        #expect(moreel.run("convene").stderr.contains("this method has no such round"))
    }
}

@Suite struct ConveneCarriesTests {
    @Test func theDilemmaAndTheCaseComeAlongMarkedAsCarriedOver() throws {
        let h = try ConveneTests.afweging()
        try h.ok(
            "dilemma", "Betrekken we de buurman?", "--option", "A: ja", "--option", "B: nee", "--harm", "A: privacy",
            "--harm", "B: geen steun")
        try h.ok("convene", "--protocol", "dilemmamethode")
        let log = try h.ok("log", "--json")
        #expect(log.contains("\"kind\" : \"dilemma\"") && log.contains("Betrekken we de buurman?"))
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("**Betrekken we de buurman?**"))
        #expect(minutes.contains("_Carried over from “Buurtcasus”._"))
        #expect(minutes.contains("| B | nee | geen steun |"))
    }

    @Test func theLiveModeConvenesAndGoesOnInTheNewSession() throws {
        let h = try ConveneTests.afweging()
        h.input = .lines(["/convene --protocol dilemmamethode", "/status"])
        let result = h.run("run")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Round 1/10: Introduction"))
        #expect(try h.ok("status").contains("Convened from: Buurtcasus"))
    }
}

@Suite struct RunWithoutSessionTests {
    @Test func runAtATerminalWithoutASessionAsksForOneAndStartsIt() throws {
        let h = Harness()
        // A wrong method is asked for again at once; a unique start of one is that method.
        h.input = CLIInput.lines(["Zorgmijding", "dilemmametode", "dil", "Mia", "Wijkpost Noord", "/status", "/quit"])
        h.input.isTerminal = true
        let result = h.run("run")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("There is no session yet") && result.stdout.contains("Title of the meeting: "))
        #expect(result.stderr.contains("'dilemmametode' is not one method"))
        #expect(result.stdout.components(separatedBy: "Method (").count == 3)
        // No session of the home has a team yet: the team is not asked.
        #expect(result.stdout.contains("Place (") && !result.stdout.contains("Team ("))
        let status = try h.ok("status")
        #expect(
            status.contains("Zorgmijding") && status.contains("Dilemma method") && status.contains("Mia (facilitator)"))
        #expect(try h.ok("minutes").contains("Wijkpost Noord"))
    }

    @Test func runAtATerminalAsksForATeamWhenTheHomeHasOne() throws {
        let h = Harness()
        try h.ok("new", "Eerder", "--team", "Team Noord")
        try? FileManager.default.removeItem(atPath: h.home + "/current")
        h.input = CLIInput.lines(["Zorgmijding", "", "", "", "team noord", "/quit"])
        h.input.isTerminal = true
        let result = h.run("run")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Team (Team Noord, another, or leave empty): "))
        #expect(try h.ok("status", "--json").contains("Zorgmijding"))
        #expect(try h.ok("sessions", "--team", "Team Noord").contains("Zorgmijding"))
    }

    @Test func aMethodIsAnIdOrAUniqueStartOfOne() {
        let methods = ["moreel-beraad", "dilemmamethode", "nijmeegse-methode", "socratisch-gesprek"]
        #expect(LiveMode.method("dil", among: methods) == "dilemmamethode")
        #expect(LiveMode.method("DILEMMAMETHODE", among: methods) == "dilemmamethode")
        #expect(LiveMode.method("", among: methods) == "moreel-beraad")
        #expect(LiveMode.method("m", among: methods) == "moreel-beraad")
        #expect(LiveMode.method("x", among: methods) == nil)
        #expect(LiveMode.method("s", among: methods + ["stappenplan"]) == nil)
    }

    @Test func runOnAPipeWithoutASessionSaysSoAsBefore() {
        let h = Harness()
        h.input = .lines(["Zorgmijding"])
        let result = h.run("run")
        #expect(result.code == 66 && result.stderr.contains("no current session"))
    }
}

@Suite struct ConveneOpeningTests {
    /// The dilemmamethode session `convene` would open from `parent`.
    static func convened(from parent: SessionState) throws -> SessionState {
        let definition = try #require(try BuiltinProtocols.named("dilemmamethode"))
        return try SessionState(
            replaying: try ConveneCommand.openingRecords(
                id: "kind", title: "Kind", definition: definition, parent: parent,
                link: SessionLink(session: parent.id, round: "x"), details: SessionDetails(), at: parent.lastAt))
    }

    @Test func theCaseComesAlongInTheRoundThatTakesItWithItsAuthor() throws {
        let h = try Harness.meeting(upTo: "normen-waarden-rechten")
        let parent = try LiveCompletionTests.state(h)
        let child = try Self.convened(from: parent)
        #expect(child.caseEntry?.text == "Er was eens" && child.caseEntry?.carriedOver == parent.id)
        #expect(child.caseEntry?.participant == "Anna" && child.caseEntry?.round == "casus")
        #expect(child.dilemmaOptions.map(\.label) == ["A", "B"] && child.dilemmaEntry?.carriedOver == parent.id)
    }

    @Test func theInbrengersQuestionComesAlongWithTheCase() throws {
        let h = try Harness.meeting(upTo: "casus", lang: "nl")
        try h.ok("casus", "De zoon tolkt voor zijn moeder", "--vraag", "Mag hij blijven tolken?")
        let parent = try LiveCompletionTests.state(h)
        #expect(parent.caseEntry?.question == "Mag hij blijven tolken?")
        let child = try Self.convened(from: parent)
        #expect(child.caseEntry?.question == "Mag hij blijven tolken?" && child.caseEntry?.carriedOver == parent.id)
    }
}
