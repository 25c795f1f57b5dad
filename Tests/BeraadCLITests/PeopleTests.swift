import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// People in the room: a late arrival is the person invited, a mistaken join is taken back, and a participant's
/// function stands beside their name.
@Suite struct PeopleTests {
    @Test func aLateArrivalOfAnInviteeIsThatPerson() throws {
        let h = try Harness.meeting(upTo: "casus", lang: "nl")
        try h.ok("uitnodigen", "Joris van Dam", "--functie", "huisarts")
        let arrived = try h.ok("aansluiten", "joris")
        #expect(arrived.contains("Joris van Dam is er nu (was uitgenodigd)"), "\(arrived)")
        let status = try h.ok("status", "--json")
        #expect(status.components(separatedBy: "\"Joris").count == 2, "\(status)")
        let log = try h.ok("log")
        #expect(
            log.contains("uitgenodigd  Joris van Dam: Deelnemer (huisarts)")
                && log.contains("aangekomen  Joris van Dam"))
        // Someone else with a similar name is added by a name that does not match.
        try h.ok("aansluiten", "Joris Bakker")
        #expect(try h.ok("status", "--json").contains("Joris Bakker"))
        // Two awaited people that a name could both mean: a new person, as before.
        try h.ok("uitnodigen", "Eva de Wit")
        try h.ok("uitnodigen", "Eva Jansen")
        try h.ok("aansluiten", "Eva")
        #expect(try h.ok("status", "--json").components(separatedBy: "\"Eva").count == 4)
    }

    @Test func aMistakenJoinIsUndoneAndUndoSaysWhatItUndid() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("say", "Bram", "Hoe lang al?")
        try h.ok("join", "Jors")
        let undone = try h.ok("undo")
        #expect(undone.contains("Undone: ") && undone.contains("joined  Jors"), "\(undone)")
        #expect(!(try h.ok("status", "--json")).contains("Jors"))
        // The next undo takes back the entry before it.
        #expect(try h.ok("undo").contains("Bram: Hoe lang al?"))
        #expect(h.run("verify").code == 0)
    }

    @Test func aJoinWhoseEntriesStandIsNotTakenBack() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("join", "Dirk")
        let said = try h.ok("say", "Dirk", "Wie belt de dochter?")
        let join = try #require(
            try h.ok("log").split(separator: "\n").first { $0.contains("joined  Dirk") }?.split(separator: " ").first)
        let refused = h.run("retract", String(join))
        #expect(refused.code == 1 && refused.stderr.contains("Dirk still has entries that stand (e"), "\(refused)")
        try h.ok("retract", String(said.split(separator: " ")[0]))
        #expect(try h.ok("retract", String(join)).contains("Retracted: "))
        #expect(!(try h.ok("status", "--json")).contains("Dirk"))
        let minutes = try h.ok("minutes")
        #expect(!minutes.contains("| Dirk"))
        #expect(h.run("verify").code == 0)
    }

    @Test func aDepartureTakenBackLeavesThePersonPresent() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("leave", "Carla")
        try h.ok("undo")
        struct Status: Decodable {
            struct Person: Decodable {
                var name: String
                var present: Bool
            }
            var participants: [Person]
        }
        let status = try JSONDecoder().decode(Status.self, from: Data(try h.ok("status", "--json").utf8))
        #expect(status.participants.first { $0.name == "Carla" }?.present == true)
    }

    @Test func aFunctionStandsBesideTheNameAndStaysInAnonymisedMinutes() throws {
        let h = Harness(lang: "nl")
        try h.ok("new", "Wijkteam", "--facilitator", "Mia")
        let split = h.run("aansluiten", "Peter Hoekstra (huisarts)")
        #expect(split.code == 0 && split.stderr.contains("gelezen als Peter Hoekstra, functie huisarts"), "\(split)")
        try h.ok("aansluiten", "Sanne de Boer", "--rol", "inbrenger", "--functie", "persoonlijk begeleider")
        try h.ok("volgende")
        try h.ok("casus", "De huisarts twijfelt; Peter Hoekstra belt de dochter.")
        let minutes = try h.ok("verslag")
        #expect(minutes.contains("| Functie |") && minutes.contains("| huisarts |"), "\(minutes)")
        #expect(minutes.contains("Peter Hoekstra (huisarts)"))
        let anonymous = try h.ok("verslag", "--anoniem")
        #expect(!anonymous.contains("Peter") && !anonymous.contains("Hoekstra"))
        #expect(anonymous.contains("(huisarts)") && anonymous.contains("De huisarts twijfelt"), "\(anonymous)")
        #expect(!anonymous.contains("(["))
    }

    @Test func aNameWithBracketsThatAreNotAFunctionStaysWhole() {
        #expect(JoinCommand.nameAndFunction("Peter Hoekstra (huisarts)")! == ("Peter Hoekstra", "huisarts"))
        #expect(JoinCommand.nameAndFunction("Peter (x) Hoekstra") == nil)
        #expect(JoinCommand.nameAndFunction("(huisarts)") == nil)
        #expect(JoinCommand.nameAndFunction("Peter ()") == nil)
    }

    @Test func aSignalWithoutByIsTheGroups() throws {
        let h = try Harness.meeting(upTo: "afspraken-signalen", lang: "nl")
        try h.ok("signaal", "Meer zorgmijders in de wijk", "--niveau", "beleid")
        #expect(!(try h.ok("log")).contains("signaal  Anna"))
        #expect(try h.ok("verslag").contains("| Meer zorgmijders in de wijk | beleid | de groep |"))
        try h.ok("signaal", "Wachtlijst", "--door", "Bram")
        #expect(try h.ok("log").contains("signaal  Bram: Wachtlijst"))
    }

    @Test func useTakesTheShortID() throws {
        let h = Harness()
        let first = try h.ok("new", "Eerste").trimmingCharacters(in: .whitespacesAndNewlines)
        try h.ok("new", "Tweede")
        let short = String(first.split(separator: "-").last!)
        #expect(try h.ok("use", short).contains(first))
        #expect(h.currentID == first)
        #expect(h.run("use", "zzzz").code == 66)
        #expect(h.run("use", "").code != 0)
    }
}

/// The header of the minutes, set after the start.
@Suite struct DetailsTests {
    @Test func theHeaderIsSetAfterTheStartUntilApproval() throws {
        let h = try Harness.meeting(upTo: "evaluatie", lang: "nl")
        let said = try h.ok(
            "gegevens", "--plaats", "Wijkpost Noord", "--verspreiding", "Team Noord; teamleider", "--team",
            "Team Noord",
            "--notulist", "Eva Smit", "--titel", "Zorgmijding")
        #expect(said.contains("plaats: Wijkpost Noord") && said.contains("notulist: Eva Smit"), "\(said)")
        let minutes = try h.ok("verslag")
        #expect(minutes.contains("# Verslag: Zorgmijding"), "\(minutes)")
        #expect(minutes.contains("Wijkpost Noord") && minutes.contains("Team Noord; teamleider"))
        #expect(minutes.contains("Eva Smit"))
        // The team's actions now show under the team.
        #expect(try h.ok("acties", "--team", "team noord").contains("Bellen"))
        #expect(try h.ok("sessies", "--team", "Team Noord").contains("Zorgmijding"))
        // Nothing to set is a usage error; after close the place can still be set, a note-taker no longer joins.
        #expect(h.run("gegevens").code == 64)
        try h.ok("afsluiten")
        try h.ok("gegevens", "--plaats", "Wijkpost Zuid")
        #expect(h.run("gegevens", "--notulist", "Piet").code == 1)
        try h.ok("vaststellen")
        let before = h.journal()
        #expect(h.run("gegevens", "--plaats", "Elders").code == 1)
        #expect(h.journal() == before)
        #expect(try h.ok("verslag").contains("Wijkpost Zuid"))
        #expect(h.run("controleer").code == 0)
    }
}

/// `forget` resolves the name as everywhere, shows what it would erase, and asks on a terminal.
@Suite struct ForgetResolutionTests {
    /// Two sessions in which Sevda Yilmaz took part, and one in which Anna Jansen did.
    static func home() throws -> Harness {
        let h = Harness(lang: "nl")
        for title in ["Eerste", "Tweede"] {
            try h.ok("new", title, "--facilitator", "Mia")
            try h.ok("aansluiten", "Sevda Yilmaz", "--rol", "inbrenger")
            try h.ok("volgende")
            try h.ok("casus", "Sevda vertelt; Sevda Yilmaz belt de dochter. Yilmaz twijfelt.")
        }
        try h.ok("new", "Derde", "--facilitator", "Mia")
        try h.ok("aansluiten", "Anna Jansen")
        try h.ok("aansluiten", "Anna Bakker")
        return h
    }

    @Test func aFirstNameMeansTheParticipantAndADryRunWritesNothing() throws {
        let h = try Self.home()
        let before = try FileManager.default.contentsOfDirectory(atPath: h.home + "/sessions").sorted().map {
            FileManager.default.contents(atPath: h.home + "/sessions/" + $0)
        }
        let dry = try h.ok("vergeet", "sevda", "--proef")
        #expect(dry.components(separatedBy: "zou 'Inbrenger' worden").count == 3, "\(dry)")
        let after = try FileManager.default.contentsOfDirectory(atPath: h.home + "/sessions").sorted().map {
            FileManager.default.contents(atPath: h.home + "/sessions/" + $0)
        }
        #expect(before == after)
        let done = try h.ok("vergeet", "sevda")
        #expect(done.contains("Vergeten in 2 sessies"), "\(done)")
        for id in try FileManager.default.contentsOfDirectory(atPath: h.home + "/sessions") {
            let text = String(
                decoding: FileManager.default.contents(atPath: h.home + "/sessions/" + id)!, as: UTF8.self)
            #expect(!text.contains("Sevda") && !text.contains("Yilmaz"))
        }
        #expect(h.run("controleer", "--alle").code == 0)
    }

    @Test func aNameThatCouldBeTwoPeopleIsRefused() throws {
        let h = try Self.home()
        let refused = h.run("vergeet", "Anna")
        #expect(refused.code == 66 && refused.stderr.contains("Anna Bakker") && refused.stderr.contains("Anna Jansen"))
    }

    @Test func onATerminalForgetAsksFirst() throws {
        let h = try Self.home()
        h.input = CLIInput.lines(["n"])
        h.input.isTerminal = true
        let declined = try h.ok("vergeet", "Sevda")
        #expect(declined.contains("wissen in 2 sessies?") && declined.contains("Niets gewist."), "\(declined)")
        #expect(try h.ok("sessies", "--alle", "--zoek", "Sevda").contains("Eerste"))
        h.input = CLIInput.lines(["ja"])
        h.input.isTerminal = true
        #expect(try h.ok("vergeet", "Sevda").contains("Vergeten in 2 sessies"))
    }
}
