import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// What the team leader files: every method takes an evaluation, a card shows what was put on it, the goal check says
/// what it means, and a date on a day off is pointed out.
@Suite struct VerslagTests {
    @Test func everyMethodTakesAnEvaluationInItsLastRoundAndAfterTheClose() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Schuld", "--methode", "afwegingskader", "--gespreksleider", "Mia")
        try h.ok("aansluiten", "Bram")
        let early = h.run("evaluatie", "Bram", "te vroeg", "--score", "3")
        #expect(early.code == 1, "\(early)")
        while h.run("volgende", "--forceer", "--reden", "tijd").code == 0 {}
        try h.ok("evaluatie", "Bram", "helder", "--score", "4")
        try h.ok("afsluiten", "--afbreken", "--reden", "proef")
        try h.ok("evaluatie", "Mia", "goed", "--score", "5")
        let minutes = try h.ok("verslag")
        #expect(minutes.contains("| Bram | 4 | helder |") && minutes.contains("| Mia | 5 | goed |"), "\(minutes)")
        try h.ok("vaststellen")
        #expect(h.run("evaluatie", "Bram", "later", "--score", "2").code == 1)
        #expect(h.run("controleer").code == 0)
    }

    @Test func aContributionOnTheProfessionalCardStandsOnThatCard() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Schuld", "--methode", "afwegingskader", "--gespreksleider", "Mia")
        try h.ok("aansluiten", "Bram")
        try h.ok("volgende", "--forceer", "--reden", "tijd")
        try h.ok("zeg", "Bram", "ik ken deze familie al jaren", "--categorie", "professional", "--beantwoordt", "1")
        let minutes = try h.ok("verslag")
        // What the round records by default (an overweging here) goes on the card without a label.
        #expect(minutes.contains("### De professional(s)\n\n- ik ken deze familie al jaren"), "\(minutes)")
        #expect(minutes.components(separatedBy: "ik ken deze familie al jaren").count == 2)
    }

    @Test func aDueDateOnADayOffIsPointedOutAndStands() throws {
        let h = try Harness.meeting(upTo: "afspraken-signalen", lang: "nl")
        let christmas = h.run("actie", "Bellen", "--eigenaar", "Anna", "--uiterlijk", "2026-12-25")
        #expect(christmas.code == 0 && christmas.stderr.contains("Let op: dat is eerste kerstdag."), "\(christmas)")
        let saturday = h.run("actie", "Mailen", "--eigenaar", "Anna", "--uiterlijk", "2026-12-19")
        #expect(saturday.stderr.contains("een zaterdag"))
        let monday = h.run("actie", "Schrijven", "--eigenaar", "Anna", "--uiterlijk", "2026-12-21")
        #expect(monday.code == 0 && monday.stderr.isEmpty)
    }
}
