@testable import BeraadCLI
import BeraadEngine
import Foundation
import Testing

/// Each method as its trained facilitator knows it: its own roles given during the session, its requirements of
/// the example-giver, and the values an English session types.
@Suite struct MethodTermsTests {
    @Test func roleGivesAParticipantAnotherRoleJournaledAndUndoable() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Loslaten", "--methode", "socratisch-gesprek", "--gespreksleider", "Mia", "--taal", "nl")
        try h.ok("aansluiten", "Sanne")
        try h.ok("aansluiten", "Bram")
        let given = try h.ok("rol", "San", "inbrenger")
        #expect(given.contains("Sanne is nu voorbeeldgever"), "\(given)")
        #expect(try h.ok("log").contains("nieuwe rol  Sanne: Voorbeeldgever"))
        #expect(String(decoding: h.journal(), as: UTF8.self).contains(#""type":"roleChanged""#))
        // The role holds one: a second example-giver is refused, as the same role twice is.
        #expect(h.run("rol", "Bram", "inbrenger").code == 1)
        let again = h.run("rol", "Sanne", "inbrenger")
        #expect(again.code == 1 && again.stderr.contains("Sanne heeft de rol 'inbrenger' al"))
        #expect(h.run("rol", "Niemand", "inbrenger").code == 66)
        #expect(h.run("rol", "Sanne", "koning").code == 64)
        // Undo takes the role back; the participant is a participant again.
        try h.ok("ongedaan")
        #expect(try h.ok("status").contains("Sanne (deelnemer)"))
    }

    @Test func choosingTheExampleMakesItsGiverTheExampleGiverAndTheOneBeforeAParticipant() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Loslaten", "--methode", "socratic", "--gespreksleider", "Mia", "--taal", "nl")
        try h.ok("aansluiten", "Sanne", "--rol", "inbrenger")
        try h.ok("aansluiten", "Bram")
        try h.ok("zeg", "Bram", "wanneer laat je los?", "--soort", "vraag")
        try h.ok("volgende")
        try h.ok("zeg", "Sanne", "de sleutel", "--soort", "perspectief")
        try h.ok("zeg", "Bram", "de nachtdienst", "--soort", "perspectief")
        let recorded = try h.ok("casus", "In de nachtdienst bleef ik", "--door", "Bram", "--json")
        // The case's id is what `--json` gives, whatever else the command recorded.
        #expect(recorded.contains(#""id" : "e"#), "\(recorded)")
        #expect(try h.ok("casus", "In de nachtdienst bleef ik echt", "--door", "Bram").contains("is nu") == false)
        try h.ok("ongedaan")
        let status = try h.ok("status")
        #expect(status.contains("Bram (voorbeeldgever)") && status.contains("Sanne (deelnemer)"), "\(status)")
        // Round 4 asks the example-giver's core statement, round 6 everyone else's and not the example-giver again.
        try h.ok("volgende")
        try h.ok("zeg", "Sanne", "was het donker?", "--soort", "vraag")
        try h.ok("volgende")
        let missing = h.run("volgende")
        #expect(missing.code == 1 && missing.stderr.contains("nog geen kernuitspraak van: Bram"), "\(missing.stderr)")
        // The echo names the kind as the round calls it.
        #expect(try h.ok("zeg", "Bram", "toen bleef ik, want ze was bang").contains("kernuitspraak  Bram: toen bleef"))
        try h.ok("volgende")
        try h.ok("zeg", "Bram", "omdat je iemand niet alleen laat")
        try h.ok("volgende")
        let others = h.run("volgende")
        #expect(others.code == 1 && others.stderr.contains("nog geen kernuitspraak van: Sanne"), "\(others.stderr)")
        #expect(!others.stderr.contains("Bram"))
        try h.ok("zeg", "Sanne", "ik was ook gebleven")
        try h.ok("volgende")
    }

    @Test func anEnglishSessionTypesRolesCategoriesAndMethodsInEnglish() throws {
        let h = Harness()
        try h.ok("new", "Dialysis", "--protocol", "nijmegen", "--facilitator", "Helen")
        #expect(try h.ok("status").contains("Nijmegen method"))
        try h.ok("join", "Amir", "--role", "presenter")
        try h.ok("join", "Tom", "--role", "minute-taker")
        try h.ok("join", "Grace", "--role", "participant")
        let status = try h.ok("status")
        #expect(status.contains("Amir (case presenter)") && status.contains("Helen (chair)"), "\(status)")
        try h.ok("case", "Mr H. wants to stop dialysis")
        try h.ok("next")
        try h.ok("say", "Amir", "kidney function 8%", "--category", "medical")
        #expect(try h.ok("status").contains("(--category medical)"))
        // The Dutch id is still understood.
        let legal = try h.ok("say", "Grace", "the son holds a power of attorney", "--category", "juridisch")
        #expect(legal.contains("[legal] the son holds"), "\(legal)")
        #expect(String(decoding: h.journal(), as: UTF8.self).contains(#""category":"juridisch""#))
        // A method named nearly: "Did you mean".
        let wrong = h.run("new", "x", "--protocol", "nijmgen")
        #expect(wrong.code == 66 && wrong.stderr.contains("nijmegen"), "\(wrong.stderr)")
        try h.ok("new", "y", "--protocol", "DILEMMA")
        #expect(try h.ok("status").contains("Dilemma method"))
    }

    @Test func theRunPromptTakesAnAliasInAnyCaseAndAUniqueStart() {
        let methods = ["moreel-beraad", "dilemmamethode", "nijmeegse-methode", "socratisch-gesprek"]
        let aliases = ["nijmegen": "nijmeegse-methode", "socratic": "socratisch-gesprek", "dilemma": "dilemmamethode"]
        #expect(LiveMode.method("Socratic", among: methods, aliases: aliases) == "socratisch-gesprek")
        #expect(LiveMode.method("nijm", among: methods, aliases: aliases) == "nijmeegse-methode")
        #expect(LiveMode.method("dilemma", among: methods, aliases: aliases) == "dilemmamethode")
        #expect(LiveMode.method("so", among: methods, aliases: aliases) == "socratisch-gesprek")
    }

    @Test func theLiveBannerNamesLiveCommandsNotShellCommands() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Loslaten", "--methode", "socratisch-gesprek", "--gespreksleider", "Mia", "--taal", "nl")
        try h.ok("volgende", "--forceer", "--reden", "x")
        h.input = .lines([])
        let banner = h.run("run").stdout
        #expect(banner.contains("('/casus TEKST --door NAAM')"), "\(banner)")
        #expect(!banner.contains("'beraad casus"))
    }
}
