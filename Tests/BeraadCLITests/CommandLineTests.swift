@testable import BeraadCLI
import BeraadEngine
import Foundation
import BeraadStore
import Testing

/// Whole messages more than one test expects.
enum Said {
    static let noSession =
        "error: no current session; open one with 'beraad new TITLE' or choose one with 'beraad use ID'\n"
    static let geenSessie =
        "fout: geen actuele sessie; open er een met 'beraad nieuw TITEL' of kies er een met 'beraad kies ID'\n"
    static let opened =
        "Session opened with Moral case deliberation and made current. Next: 'beraad join NAME', then 'beraad status'.\n"
}

@Suite struct CommandLineTests {
    @Test func theLocalOffsetIsTheOneFoundationGives() {
        // Around both daylight saving changes of 2026 and far from them, in whatever zone the tests run.
        for seconds: Int64 in [0, 1_774_659_600, 1_774_666_800, 1_792_803_600, 1_792_810_800, 1_800_000_000] {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(CLIEnvironment.localOffset(seconds) == TimeZone.current.secondsFromGMT(for: date))
        }
    }

    @Test func theProcessVariablesAreThoseFoundationReads() {
        #expect(CLIEnvironment.processVariables() == ProcessInfo.processInfo.environment)
        #expect(CLIEnvironment.processVariables()["PATH"] != nil)
    }

    @Test func aClockThatStandsBehindTheLastEntryDoesNotRefuseTheNextOne() throws {
        let h = try Harness.meeting(upTo: "casus")
        h.advance(minutes: -30)
        try h.ok("say", "Bram", "nog een vraag")
        // Only a time given with --at is held to the rule.
        #expect(h.run("say", "Bram", "x", "--at", "2026-03-12T12:34:00Z").code == 1)
    }

    @Test func usageErrorsEndWithTheUsageLineAndAHelpPointer() throws {
        let h = try Harness.meeting()
        let result = h.run("say", "Bram")
        #expect(
            result.stderr
                == "error: missing argument <text>\n"
                + "Usage: beraad say <name> <text> [--kind KIND] [--category CAT] [--about WHO] [--option LABEL] [--level LEVEL] [--serves CAT] [--influence HOW] [--answers NUMBER]\n"
                + "See 'beraad say --help' for more information.\n")
    }

    @Test func withoutASessionEveryCommandSaysHowToStartOne() {
        let h = Harness()
        let result = h.run("status")
        #expect(result.code == 66)
        #expect(result.stderr == Said.noSession)
    }

    @Test func nextInThePerspectivesRoundNamesWhoHasNoPosition() throws {
        let h = try Harness.meeting(upTo: "perspectieven")
        try h.ok("dilemma", "--help")
        let before = h.journal()
        try h.ok("position", "Anna", "B")
        let result = h.run("next")
        #expect(result.code == 1)
        #expect(
            result.stderr
                == "error: round 'Perspectives' is not finished: no position yet from: Bram, Carla. "
                + "To move on anyway: 'beraad next --force --reason TEXT'.\n")
        #expect(h.journal().count > before.count)
    }

    @Test func forcingPastARoundIsRecordedWithItsReason() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("next", "--force", "--reason", "casus staat op papier")
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("casus staat op papier"))
        #expect(minutes.contains("Moved on before a round was finished"))
    }

    @Test func globalOptionsWorkBeforeAndAfterTheCommand() throws {
        let h = try Harness.meeting()
        let id = try h.ok("status", "--json")
        let before = h.run("--json", "status")
        #expect(before.stdout == id)
        #expect(try h.ok("--lang", "nl", "status").contains("Ronde 1/8"))
        #expect(try h.ok("status", "--lang=nl").contains("Ronde 1/8"))
    }

    @Test func doubleDashEndsTheOptions() throws {
        let h = try Harness.meeting()
        try h.ok("say", "Mia", "--", "--niet een optie--")
        #expect(try h.ok("log").contains("--niet een optie--"))
    }

    @Test func helpIsTheSameForEveryWayOfAsking() throws {
        let h = Harness()
        let a = try h.ok("help", "position")
        #expect(try a == h.ok("position", "--help"))
        #expect(try a == h.ok("position", "-h"))
        #expect(a.hasPrefix("OVERVIEW: records someone's argued choice\n\nUSAGE: beraad position <name> <option>"))
        #expect(a.contains("ARGUMENTS:") && a.contains("OPTIONS:"))
        let overview = try h.ok()
        #expect(overview.contains("DURING THE MEETING:") && overview.contains("AFTERWARDS:"))
        #expect(try h.ok("--version") == "0.1.0\n")
    }

    @Test func theLanguageComesFromTheFlagTheVariablesOrTheLocale() {
        let dutch = Harness(lang: "nl_NL.UTF-8")
        #expect(dutch.run("status").stderr == Said.geenSessie)
        dutch.variables["BERAAD_LANG"] = "en"
        #expect(dutch.run("status").stderr == Said.noSession)
        #expect(dutch.run("--lang", "nl", "status").stderr == Said.geenSessie)
        let english = Harness(lang: "C")
        #expect(english.run("status").stderr == Said.noSession)
    }

    @Test func aMeetingSpeaksItsSessionsLanguageWhateverTheLocale() throws {
        let h = Harness(lang: "en_US.UTF-8")
        try h.ok("new", "Buurt", "--lang", "nl")
        #expect(try h.ok("case", "--help").contains("--door NAAM"))
        #expect(try h.ok("help", "case").contains("--vraag VRAAG"))
        let refused = h.run("say", "Niemand", "tekst")
        #expect(refused.code == 66)
        #expect(
            refused.stderr
                == "fout: geen deelnemer 'Niemand' (nog niemand is aangesloten: gebruik 'beraad aansluiten')\n")
        let misspelt = h.run("case", "tekst", "--wrong")
        #expect(misspelt.code == 64)
        #expect(
            misspelt.stderr == """
                fout: onbekende optie '--wrong'
                Bedoel je '--vraag'?
                Gebruik: beraad casus <tekst> [--door NAAM] [--vraag VRAAG]
                Zie 'beraad casus --help' voor meer informatie.

                """)
        // Outside the meeting the locale decides; asked for, the other language wins.
        #expect(try h.ok("sessions").contains("TITLE"))
        #expect(try h.ok("--lang", "en", "case", "--help").contains("--by NAME"))
        h.variables["BERAAD_LANG"] = "en"
        #expect(
            h.run("say", "Niemand", "x").stderr
                == "error: no participant 'Niemand' (nobody has joined yet: use 'beraad join')\n")
    }

    @Test func controlCharactersInRecordedTextCannotReachTheTerminal() throws {
        let h = try Harness.meeting()
        try h.ok("say", "Mia", "schoon\u{1B}[2Jscherm")
        let log = try h.ok("log")
        #expect(!log.contains("\u{1B}"))
        #expect(log.contains("schoon\u{FFFD}[2Jscherm"))
    }

    @Test func aParticipantIsNamedByAnyCaseOrAUniquePrefix() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("say", "BRAM", "vraag één")
        try h.ok("say", "car", "vraag twee")
        let log = try h.ok("log")
        #expect(log.contains("Bram: vraag één") && log.contains("Carla: vraag twee"))
    }
}

@Suite struct UserProtocolTests {
    static let protocolText = """
        {"id":"kort","version":1,"title":{"nl":"Kort beraad","en":"Short deliberation"},
         "summary":{"nl":"Twee rondes.","en":"Two rounds."},"source":{"citation":"eigen"},
         "roles":[{"id":"deelnemer","title":{"nl":"Deelnemer","en":"Participant"},"default":true}],
         "rounds":[
          {"id":"vraag","title":{"nl":"Vraag","en":"Question"},"purpose":{"nl":"p","en":"p"},"accepts":["question"],
           "timeboxMinutes":5,"requirements":[{"type":"count","kind":"question","min":1}]},
          {"id":"besluit","title":{"nl":"Besluit","en":"Decision"},"purpose":{"nl":"p","en":"p"},"accepts":["decision"],
           "timeboxMinutes":5}]}
        """

    @Test func aProtocolInTheHomeIsListedAndUsable() throws {
        let h = Harness()
        try FileManager.default.createDirectory(atPath: h.home + "/protocols", withIntermediateDirectories: true)
        try Self.protocolText.write(toFile: h.home + "/protocols/kort.json", atomically: true, encoding: .utf8)
        #expect(try h.ok("protocols").contains("kort — Short deliberation, 2 rounds"))
        try h.ok("new", "Snel", "--protocol", "kort")
        try h.ok("join", "Anna")
        #expect(h.run("next").code == 1)
        try h.ok("say", "Anna", "Wat nu?")
        try h.ok("next")
        try h.ok("decide", "Zo")
        try h.ok("close")
        #expect(try h.ok("minutes").contains("Short deliberation (kort, v1)"))
    }

    @Test func aProtocolFileCanBeNamedDirectly() throws {
        let h = Harness()
        try Self.protocolText.write(toFile: h.directory + "/kort.json", atomically: true, encoding: .utf8)
        try h.ok("new", "Snel", "--protocol", "kort.json")
        #expect(try h.ok("status").contains("Round 1/2: Question"))
        // The session keeps its own copy: removing the file changes nothing.
        try FileManager.default.removeItem(atPath: h.directory + "/kort.json")
        #expect(try h.ok("status").contains("Round 1/2: Question"))
    }
}

@Suite struct ProtocolCommandTests {
    @Test func lintPrintsEveryProblemWithItsPlace() throws {
        let h = Harness()
        let text = ProtocolFixtures.threeMistakes
        try text.write(toFile: h.directory + "/mijn.json", atomically: true, encoding: .utf8)
        try ProtocolFixtures.valid.write(toFile: h.directory + "/goed.json", atomically: true, encoding: .utf8)
        let result = h.run("protocols", "lint", "goed.json", "mijn.json")
        #expect(result.code == 65)
        #expect(result.stdout == "goed.json: ok\n")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("mijn.json:") }.count == 3)
        #expect(lines.contains("mijn.json:3:3: error: $.titel: unknown field 'titel'; did you mean 'title'?"))
        #expect(lines.last == "error: 1 file with errors")
    }

    @Test func lintSpeaksTheFacilitatorsLanguage() throws {
        let h = Harness(lang: "nl_NL.UTF-8")
        try ProtocolFixtures.threeMistakes.write(toFile: h.directory + "/mijn.json", atomically: true, encoding: .utf8)
        let result = h.run("protocols", "lint", "mijn.json")
        #expect(
            result.stderr == """
                mijn.json:3:3: fout: $.titel: onbekend veld 'titel'; bedoel je 'title'?
                mijn.json:4:57: fout: $.roles[0].defualt: onbekend veld 'defualt'; bedoel je 'default'?
                mijn.json:5:91: fout: $.rounds[0].accepts[0]: onbekende soort 'qeustion'; bedoel je 'question'?
                fout: 1 bestand met fouten

                """)
    }

    @Test func showPrintsAHandoutInMarkdown() throws {
        let h = Harness()
        let handout = try h.ok("protocols", "show", "dilemmamethode", "--format", "markdown")
        #expect(handout.hasPrefix("# Dilemma method\n"))
        #expect(handout.contains("\n## 7\\. Individual weighing — 15 min (suggested)\n"))
        #expect(handout.components(separatedBy: "\n## ").count == 11)
        let text = try h.ok("protocols", "show", "cura")
        #expect(text.contains("1. C — Concentrate") && text.contains("Source: Metselaar"))
    }
}

/// Protocol files for the command tests.
enum ProtocolFixtures {
    static let valid = UserProtocolTests.protocolText
    static let threeMistakes = """
        {"id":"mijn","version":1,
         "summary":{"nl":"S","en":"S"},"source":{"citation":"c"},
          "titel":{"nl":"T","en":"T"},
         "roles":[{"id":"deelnemer","title":{"nl":"D","en":"P"},"defualt":true}],
         "rounds":[{"id":"r","title":{"nl":"R","en":"R"},"purpose":{"nl":"p","en":"p"},"accepts":["qeustion"],"timeboxMinutes":5}]}
        """
}

@Suite struct DutchSpellingTests {
    /// The same meeting with options and values spelled in Dutch and in English.
    static let steps: [(dutch: [String], english: [String])] = [
        (
            [
                "dilemma", "A of B?", "--optie", "A: dit", "--optie", "B: dat", "--schade", "A: pijn", "--schade",
                "B: last",
            ],
            [
                "dilemma", "A of B?", "--option", "A: dit", "--option", "B: dat", "--harm", "A: pijn", "--harm",
                "B: last",
            ]
        ),
        (["next"], ["next"]),
        (
            ["say", "Bram", "autonomie", "--soort", "waarde", "--over", "cliënt", "--optie", "B"],
            ["say", "Bram", "autonomie", "--kind", "value", "--about", "cliënt", "--option", "B"]
        ),
        (
            ["say", "Carla", "zorgplicht", "--soort", "norm", "--over", "team", "--optie", "A"],
            ["say", "Carla", "zorgplicht", "--kind", "norm", "--about", "team", "--option", "A"]
        ),
        (["next"], ["next"]),
        (
            [
                "position", "Anna", "B", "--omdat", "vertrouwen", "--kan-niet", "dwingen", "--beperk", "vaker gaan",
                "--nodig", "steun",
            ],
            [
                "position", "Anna", "B", "--because", "vertrouwen", "--cannot", "dwingen", "--mitigate", "vaker gaan",
                "--needs", "steun",
            ]
        ),
        (["position", "Bram", "B"], ["position", "Bram", "B"]),
        (["position", "Carla", "A", "--omdat", "veiligheid"], ["position", "Carla", "A", "--because", "veiligheid"]),
        (["next"], ["next"]),
        (
            [
                "decide", "We doen B", "--optie", "B", "--steun", "meerderheid", "--oneens", "Carla", "--onderbouwing",
                "x",
            ],
            ["decide", "We doen B", "--option", "B", "--support", "majority", "--dissent", "Carla", "--rationale", "x"]
        ),
        (["next"], ["next"]),
        (
            ["action", "Bellen", "--eigenaar", "Anna", "--uiterlijk", "2026-03-20"],
            ["action", "Bellen", "--owner", "Anna", "--due", "2026-03-20"]
        ),
        (["signal", "meer zorgmijders", "--niveau", "beleid"], ["signal", "meer zorgmijders", "--level", "policy"]),
        (["next"], ["next"]),
        (["evaluate", "Anna", "goed", "--score", "4"], ["evaluate", "Anna", "goed", "--score", "4"]),
        (["close"], ["close"]),
    ]

    @Test func optionsAndValuesSpelledInDutchRecordTheSameMeeting() throws {
        // Both spellings are accepted whatever the user's language.
        let dutch = try Harness.meeting(upTo: "dilemma", lang: "en")
        let english = try Harness.meeting(upTo: "dilemma", lang: "en")
        for step in Self.steps {
            dutch.advance(minutes: 1)
            english.advance(minutes: 1)
            try dutch.ok(step.dutch)
            try english.ok(step.english)
        }
        #expect(dutch.journal() == english.journal())
        #expect(
            try dutch.ok("minutes", "--formaat", "tekst", "--taal", "en") == english.ok("minutes", "--format", "text"))
    }

    @Test func helpShowsTheSpellingOfTheReadersLanguage() throws {
        let h = Harness(lang: "nl")
        let help = try h.ok("help", "decide")
        #expect(help.contains("--steun HOE") && help.contains("meerderheid, inbrenger, gespreksleider)"))
        #expect(help.contains("GEBRUIK: beraad besluit <tekst> [--optie LETTER]"))
        #expect(try Harness(lang: "en").ok("help", "decide").contains("--support HOW"))
    }
}

@Suite struct DateOptionTests {
    @Test func aDueDateIsReadAsWrittenAndEchoedInFull() throws {
        // The harness's clock stands on Thursday 12 March 2026.
        let h = try Harness.meeting(upTo: "evaluatie", lang: "nl")
        let before = try h.ok("log", "--json")
        try h.ok("back")
        let said = try h.ok("action", "Bellen", "--eigenaar", "Anna", "--uiterlijk", "vrijdag", "--lang", "nl")
        #expect(said.contains("uiterlijk vrijdag 13 maart 2026"), "\(said)")
        try h.ok("action", "Mailen", "--owner", "Bram", "--due", "in 2 weeks")
        let log = try h.ok("log", "--json")
        #expect(log.contains("\"text\" : \"Bellen\"") && log != before)
        let minutes = try h.ok("minutes", "--format", "json")
        #expect(minutes.contains("\"due\" : \"2026-03-13\"") && minutes.contains("\"due\" : \"2026-03-26\""))
    }

    @Test func somethingThatIsNoDateIsAUsageError() throws {
        let h = try Harness.meeting(upTo: "evaluatie")
        try h.ok("back")
        let result = h.run("action", "Bellen", "--owner", "Anna", "--due", "binnenkort")
        #expect(result.code == 64)
        #expect(
            result.stderr == """
                error: 'binnenkort' is not a date; write, for example, 2026-12-04, 4-12-2026, 4 December, friday or in 2 weeks
                Usage: beraad action <text> --owner NAME [--due DATE]
                See 'beraad action --help' for more information.

                """)
    }
}

/// What a care organisation's verslag needs from the command line: its header, approval, review and appendix.
@Suite struct VerslagCommandTests {
    @Test func newRecordsPlaceDistributionAndNoteTakerAndInviteListsTheAbsent() throws {
        let h = Harness(lang: "nl_NL.UTF-8")
        try h.ok(
            "nieuw", "Buurt", "--gespreksleider", "Mia", "--notulist", "Eva", "--plaats", "Wijkpost Noord",
            "--verspreiding", "Team Noord; teamleider")
        let invited = h.run("uitnodigen", "Ilse")
        #expect(invited.code == 0 && invited.stdout.contains("Ilse is uitgenodigd als Deelnemer"))
        try h.ok("join", "Dirk", "--absent")
        let md = try h.ok("minutes")
        for line in [
            "- **Plaats:** Wijkpost Noord", "- **Notulist:** Eva", "- **Afwezig:** Ilse, Dirk",
            "- **Verspreiding:** Team Noord; teamleider", "- **Aanwezig:** Mia, Eva",
        ] {
            #expect(md.contains(line), "missing \(line)")
        }
        #expect(try h.ok("status").contains("Ilse (deelnemer, afwezig)"))
        let refused = h.run("say", "Ilse", "ik ben er niet")
        #expect(refused.code == 1)
        #expect(refused.stderr == "fout: Ilse is niet (meer) aanwezig\n")
    }

    @Test func decideTakesAReviewDateInTheLanguagesOwnFormsAndApproveWhoApproved() throws {
        let h = try Harness.meeting(upTo: "besluit")
        let decided = h.run("decide", "We doen B", "--option", "B", "--review", "in 2 weeks")
        #expect(decided.code == 0 && decided.stdout.contains("to be evaluated on Thursday 26 March 2026"))
        #expect(h.run("decide", "x", "--review", "someday").code == 64)
        try h.ok("close")
        try h.ok("approve", "--by", "Teamoverleg Noord")
        let md = try h.ok("minutes")
        #expect(md.contains("- **Review date:** Thursday 26 March 2026"))
        // The moreel beraad's decision step carries its review date; no actions were agreed, so no table.
        #expect(md.components(separatedBy: "- **Review date:** Thursday 26 March 2026").count == 3)
        #expect(md.contains("- **Status:** Approved on Thursday 12 March 2026 by Teamoverleg Noord"))
    }

    @Test func noAppendixLeavesTheAccountabilityOut() throws {
        let h = try Harness.meeting(upTo: "dilemma")
        #expect(try h.ok("minutes").contains("## Record of proceedings"))
        let filed = try h.ok("minutes", "--no-appendix")
        #expect(
            !filed.contains("Record of proceedings") && !filed.contains("Time per round") && !filed.contains("Source"))
        #expect(try h.ok("verslag", "--zonder-verantwoording", "--lang", "nl").contains("## Casus"))
    }

    @Test func theHomesConfigSetsTheMarkingPerLanguageOrTurnsItOff() throws {
        let h = try Harness.meeting(upTo: "dilemma")
        #expect(try h.ok("minutes").contains("_Confidential — not to be filed in the patient's record_"))
        let config = h.home + "/config"
        try "# ours\nconfidentiality = Alleen voor Team Noord\nconfidentiality.en = Team Noord only\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        #expect(try h.ok("minutes").contains("_Team Noord only_"))
        #expect(try h.ok("minutes", "--lang", "nl").contains("_Alleen voor Team Noord_"))
        try "confidentiality =\n".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(!(try h.ok("minutes")).contains("_Confidential"))
        try "confidentialty = x\n".write(toFile: config, atomically: true, encoding: .utf8)
        let bad = h.run("minutes")
        #expect(bad.code == 65)
        #expect(
            bad.stderr
                == "error: \(h.home)/config:1: unknown key 'confidentialty'; known are: confidentiality, "
                + "confidentiality.nl, confidentiality.en, retention\n")
    }
}

/// The environment and the global options are read strictly: nothing odd is quietly taken or quietly ignored.
@Suite struct StrictEnvironmentTests {
    @Test(arguments: ["1e400", "abc", "-5", "nan", "inf", "1e3", "7200"])
    func aLockTimeoutThatIsNoPlainBoundedNumberIsIgnoredAndSaysSo(_ value: String) throws {
        let h = Harness()
        h.variables["BERAAD_LOCK_TIMEOUT"] = value
        let result = h.run("new", "Proef")
        #expect(result.code == 0)
        #expect(
            result.stderr
                == "warning: BERAAD_LOCK_TIMEOUT '\(value)' is not a number of seconds from 0 to 3600; waiting 10 s\n"
                + Said.opened)
    }

    @Test func aFractionalLockTimeoutIsTakenAndReportedAsIs() {
        let h = Harness()
        h.variables["BERAAD_LOCK_TIMEOUT"] = "0.5"
        #expect(h.run("new", "Proef").stderr == Said.opened)
        #expect(StoreError.locked(path: "j", seconds: 0.5).message(.en).contains("after 0.5 s"))
        #expect(StoreError.locked(path: "j", seconds: 10).message(.en).contains("after 10 s"))
    }

    @Test func anEmptySessionOptionIsRefusedNotTheCurrentSession() throws {
        let h = Harness()
        try h.ok("new", "Proef")
        let result = h.run("--session", "", "status")
        #expect(result.code == 64)
        #expect(
            result.stderr == """
                error: --session (or BERAAD_SESSION) needs a session id, not empty text
                Usage: beraad status
                See 'beraad status --help' for more information.

                """)
        // An empty variable is the same mistake (issue 24): refused, not taken for the current session.
        h.variables["BERAAD_SESSION"] = ""
        #expect(h.run("status").code == 64)
    }

    @Test func anEchoedNameCannotReachTheTerminalRaw() throws {
        let h = Harness()
        try h.ok("new", "Proef")
        for name in ["Ann\u{1B}[31ma", "Zo\u{202E}ë"] {
            let result = h.run("say", name, "x")
            #expect(result.code != 0)
            #expect(!result.stderr.unicodeScalars.contains { TextSafety.isUnsafe($0) }, "\(result.stderr)")
        }
    }

    @Test func aFailedPointerWriteNamesThePointerNotItsTemporaryFile() throws {
        let h = Harness()
        try h.ok("new", "Proef")
        let temporary = h.home + "/.current.\(getpid()).tmp"
        try FileManager.default.createSymbolicLink(atPath: temporary, withDestinationPath: h.directory + "/elders")
        let result = h.run("new", "Tweede")
        #expect(result.code == 74)
        #expect(result.stderr == "error: open of \(h.home)/current failed: Too many levels of symbolic links\n")
        #expect(!FileManager.default.fileExists(atPath: h.directory + "/elders"), "a symlink is never followed")
    }
}

/// The home is not trusted blindly: others' write access and links inside it are said, and never written through.
@Suite struct HomeSafetyTests {
    @Test func aSymlinkedQuarantineIsNeverWrittenThrough() throws {
        let h = Harness()
        try h.ok("new", "Proef")
        try h.ok("join", "Anna")
        // A torn last line makes the next write cut it off into quarantine/ — which is a link to elsewhere.
        let elsewhere = h.directory + "/elders"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: h.home + "/quarantine", withDestinationPath: elsewhere)
        let journal = try #require(
            try FileManager.default.contentsOfDirectory(atPath: h.home + "/sessions").first { $0.hasSuffix(".jsonl") })
        let handle = try #require(FileHandle(forWritingAtPath: h.home + "/sessions/" + journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"crc":"00000000","rec":{"half"#.utf8))
        try handle.close()
        let result = h.run("join", "Bram")
        #expect(result.code == 74, "\(result.stderr)")
        let id = String(journal.dropLast(6))
        #expect(
            result.stderr == """
                warning: \(h.home)/quarantine is a symbolic link; Beraad does not write through it and refuses to write
                warning: the last line of session \(id) is incomplete (a write was cut short); it is ignored and will be removed at the next change
                error: mkdir of \(h.home)/quarantine failed: Too many levels of symbolic links

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty, "nothing was written there")
    }

    @Test func aHomeOthersCanWriteToIsWarnedAbout() throws {
        let h = Harness()
        try h.ok("new", "Proef")
        #expect(h.run("status").stderr == (""))
        chmod(h.home + "/sessions", 0o777)
        let result = h.run("status")
        #expect(result.code == 0)
        #expect(result.stderr == "warning: others can write to \(h.home)/sessions; make it private (chmod go-w)\n")
    }
}

/// A folder of the home swapped for a link is never read or written through.
@Suite struct HomeLinkTests {
    @Test func aSymlinkedSessionsFolderIsNeitherReadNorWrittenThrough() throws {
        let h = Harness()
        try h.ok("new", "Proef")
        let elsewhere = h.directory + "/elders"
        try FileManager.default.moveItem(atPath: h.home + "/sessions", toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: h.home + "/sessions", withDestinationPath: elsewhere)
        let before = try FileManager.default.contentsOfDirectory(atPath: elsewhere).sorted()
        let id = h.currentID
        let link =
            "warning: \(h.home)/sessions is a symbolic link; Beraad does not write through it and refuses to write\n"
        let opening = "error: open of \(h.home)/sessions/\(id).jsonl failed: Not a directory\n"
        for (command, error) in [
            (["join", "Anna"], opening), (["status"], opening),
            (["new", "Tweede"], "error: mkdir of \(h.home)/sessions failed: Too many levels of symbolic links\n"),
        ] {
            let result = h.run(command)
            #expect(result.code == 74, "\(command): \(result.stderr)")
            #expect(result.stderr == link + error, "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).sorted() == before)
    }

    @Test func aHomeReachedThroughALinkIsTheRealFolderForEveryCommand() throws {
        let h = Harness()
        let real = h.directory + "/echt"
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
        chmod(real, 0o700)
        try FileManager.default.createSymbolicLink(atPath: h.home, withDestinationPath: real)
        // `new` and `use` do their work and say so, once: no retry opens another session, and no warning about
        // the link's own mode.
        let opened = h.run("new", "Proef")
        #expect(opened.code == 0)
        #expect(opened.stderr == Said.opened)
        let id = opened.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try FileManager.default.contentsOfDirectory(atPath: real + "/sessions") == [id + ".jsonl"])
        let used = h.run("use", id)
        #expect(used.code == 0 && used.stderr.isEmpty, "\(used.stderr)")
        #expect(try h.ok("status").contains("Proef"))
        // The derived folders are folders of the home too: a link there is warned about.
        try FileManager.default.removeItem(atPath: real + "/snapshots")
        try FileManager.default.createSymbolicLink(atPath: real + "/snapshots", withDestinationPath: h.directory)
        #expect(
            h.run("status").stderr
                == "warning: \(real.replacingOccurrences(of: "//", with: "/"))/snapshots is a symbolic link; Beraad does not write through it and refuses to write\n"
        )
    }
}

/// A Dutch session speaks Dutch throughout: option names in errors and suggestions, the error prefix, plurals, and
/// a warning about the home once.
@Suite struct DutchThroughoutTests {
    @Test func errorsNameOptionsAndSuggestionsInDutch() throws {
        let h = try Harness.meeting(upTo: "afspraken-signalen", lang: "nl")
        let missing = h.run("actie", "Bellen")
        #expect(missing.code == 64)
        #expect(
            missing.stderr == """
                fout: '--eigenaar' is verplicht
                Gebruik: beraad actie <tekst> --eigenaar NAAM [--uiterlijk DATUM]
                Zie 'beraad actie --help' voor meer informatie.

                """)
        let misspelt = h.run("say", "Bram", "x", "--categori", "y")
        #expect(misspelt.code == 64)
        #expect(
            misspelt.stderr == """
                fout: onbekende optie '--categori'
                Bedoel je '--categorie'?
                Gebruik: beraad zeg <naam> <tekst> [--soort SOORT] [--categorie CAT] [--over WIE] [--optie LETTER] [--niveau NIVEAU] [--dient CAT] [--invloed HOE] [--beantwoordt NUMMER]
                Zie 'beraad zeg --help' voor meer informatie.

                """)
    }

    @Test func theLiveModeWarnsAboutAnUnsafeHomeOnce() throws {
        let h = try Harness.meeting(upTo: "casus", lang: "nl")
        chmod(h.home, 0o777)
        h.input = .lines(["Bram: een", "Carla: twee", "Bram: drie"])
        let result = h.run("run")
        #expect(result.stderr == "waarschuwing: anderen kunnen schrijven in \(h.home); maak het privé (chmod go-w)\n")
        chmod(h.home, 0o700)
    }
}

/// The signal register's CSV in a Dutch session: Dutch headers and values, singular where there is one.
@Suite struct DutchRegisterTests {
    @Test func theRegistersCSVAndItsHeadingsSpeakDutch() throws {
        let h = try Harness.meeting(upTo: "afspraken-signalen", lang: "nl")
        try h.ok("signaal", "Wachtlijsten", "--niveau", "beleid", "--thema", "wachtlijst")
        let csv = try h.ok("signalen", "--rapport", "--formaat", "csv")
        #expect(csv.hasPrefix("thema,gemeld,niveau,stand,signaal,aan,antwoord,sessies in thema\r\n"), "\(csv)")
        #expect(csv.contains(",beleid,gesignaleerd,Wachtlijsten,"), "\(csv)")
        #expect(try h.ok("signalen").contains("wachtlijst: 1 signaal uit 1 sessie"))
    }
}

/// `--taal` is `--lang`: the language a session is opened in, written either way.
@Suite struct LanguageOptionTests {
    @Test func aSessionOpenedWithTaalSpeaksDutch() throws {
        let h = Harness(lang: "C")
        try h.ok("nieuw", "Buurt", "--taal", "nl")
        #expect(try h.ok("status").contains("Ronde 1/8"))
        try h.ok("nieuw", "Wijk", "--taal=nl")
        #expect(try h.ok("status").contains("Ronde 1/8"))
    }
}
