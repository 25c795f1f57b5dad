import BeraadEngine
@testable import BeraadCLI
import BeraadStore
import Foundation
import Testing

/// Privacy by design: what `redact`, `forget` and `purge` leave on disk, and what session ids reveal.
@Suite struct PrivacyTests {
    /// Every file under `folder`, with its text.
    static func files(under folder: String) -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var result: [(String, String)] = []
        while let name = enumerator?.nextObject() as? String {
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            result.append((path, String(decoding: data, as: UTF8.self)))
        }
        return result
    }

    /// The files of the home that contain `word`, compared as `grep -ri` would, diacritics folded too.
    static func mentions(_ word: String, in h: Harness) -> [String] {
        files(under: h.home).filter {
            $0.text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }.map(\.path)
    }

    /// A meeting in which a client's name is said in the title, the case, a question, the history, a board and a
    /// quarantined torn line.
    static func meetingAboutMilan() throws -> Harness {
        let h = Harness(lang: "nl")
        try h.ok("new", "Zoon Milan vertelt over drinkende moeder", "--facilitator", "Mia")
        try h.ok("join", "Sanne", "--role", "inbrenger")
        try h.ok("join", "Bram")
        try h.ok("next")
        try h.ok("case", "Milan (12) vertelt dat zijn moeder drinkt; Miláns juf maakt zich zorgen")
        try h.ok("say", "Bram", "Hoe gaat het nu met MILAN?")
        try h.ok("board")
        let history = h.home + "/history/" + h.currentID + ".txt"
        try FileManager.default.createDirectory(atPath: h.home + "/history", withIntermediateDirectories: true)
        try Data("Bram: Wat zegt Milan zelf?\n".utf8).write(to: URL(fileURLWithPath: history))
        // A write cut short: the next command moves the torn line to the quarantine.
        let journal = URL(fileURLWithPath: h.home + "/sessions/" + h.currentID + ".jsonl")
        let handle = try FileHandle(forWritingTo: journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"crc":"00000000","prev":"x","rec":{"text":"Milan huilde"#.utf8))
        try handle.close()
        try h.ok("say", "Sanne", "Hij wil niet dat school het weet")
        return h
    }

    @Test func aStandInTakesTheClientsPlaceAndOnlyTheTextIsErased() throws {
        let h = try Harness.meeting(upTo: "normen-waarden-rechten", lang: "nl")
        try h.ok("say", "Bram", "eigen regie", "--kind", "value", "--about", "meneer Jansen", "--option", "A")
        try h.ok("say", "Carla", "Meneer Jansen wil thuis blijven", "--kind", "perspective", "--about", "meneer Jansen")
        let refused = h.run("redact", "Jansen", "--als", "meneer Jansen J.")
        #expect(refused.code == 64 && refused.stderr.contains("--als"), "\(refused)")
        #expect(try h.ok("redact", "meneer Jansen", "--als", "meneer J.").contains("3× vervangen door meneer J."))
        #expect(Self.mentions("jansen", in: h) == [])
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("| meneer J. | waarde | eigen regie |"), "\(minutes)")
        #expect(minutes.contains("Meneer J. wil thuis blijven") || minutes.contains("meneer J. wil thuis blijven"))
        // The anonymised header says what was hidden: the names of the participants, and here the client's too.
        let anonymous = try h.ok("minutes", "--anonymize")
        #expect(anonymous.contains("Geanonimiseerd: de namen van de deelnemers") && anonymous.contains("weggelaten"))
        #expect(!anonymous.contains("zijn niet weggelaten"))
    }

    @Test func anonymisedMinutesSayThatTheClientIsNotCoveredWhenNothingWasRedacted() throws {
        let h = try Harness.meeting(upTo: "casus", lang: "nl")
        let anonymous = try h.ok("minutes", "--anonymize")
        #expect(anonymous.contains("zoals die van de cliënt, zijn niet weggelaten"), "\(anonymous)")
    }

    @Test func redactErasesTheTextFromEveryFileOfTheHomeAndTheMinutesStillRead() throws {
        let h = try Self.meetingAboutMilan()
        // The journal, its snapshot, the history, the board and the quarantined line.
        #expect(Self.mentions("milan", in: h).count == 5)
        #expect(Self.mentions("milan", in: h).contains { $0.hasSuffix(".state") })
        let result = try h.ok("redact", "Milan", "--by", "Mia")
        #expect(result.contains("4×"))
        #expect(Self.mentions("milan", in: h) == [])
        // The journal still verifies, records who erased how much and when, and the minutes read well.
        #expect(try h.ok("verify").contains("gewist op"))
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("[…] (12) vertelt dat zijn moeder drinkt; […]s juf maakt zich zorgen"))
        #expect(minutes.contains("Vertrouwelijke gegevens zijn weggelaten"))
        #expect(minutes.contains("4× weggelaten tekst"))
        // The board in the home was written again, and the session works on.
        let board = try String(contentsOfFile: h.home + "/boards/" + h.currentID + ".html", encoding: .utf8)
        #expect(board.contains("Zoon […] vertelt"))
        try h.ok("say", "Bram", "Verder")
    }

    @Test func redactOfTextThatIsNotThereWritesNothing() throws {
        let h = try Harness.meeting(upTo: "casus")
        let before = h.journal()
        #expect(try h.ok("redact", "Kuipers").contains("does not occur"))
        #expect(h.journal() == before)
        #expect(h.run("redact", "  ").code == 64)
    }

    @Test func redactThatWouldMergeTwoParticipantsIsRefusedAndWritesNothing() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("join", "Anna Bakker")
        try h.ok("join", "Anna Jansen")
        // "Anna […]" and "Anna Jansen" stay two people.
        try h.ok("redact", "Bakker")
        let before = h.journal()
        // Erasing "Jansen" would make them one.
        let refused = h.run("redact", "Jansen")
        #expect(refused.code == 1 && refused.stderr.contains("forget"), "\(refused.stderr)")
        #expect(h.journal() == before)
    }

    @Test func anErasureAfterApprovalIsNotedInTheMinutesWithItsDate() throws {
        let h = try Harness.meeting(upTo: "evaluatie")
        try h.ok("close", "--abandon", "--reason", "proef met Kuipers")
        try h.ok("approve", "--by", "Mia")
        h.advance(minutes: 60)
        try h.ok("redact", "Kuipers")
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("After approval, text was erased from the journal on Thursday 12 March 2026"))
        #expect(!minutes.contains("Kuipers"))
    }

    @Test func sessionIDsAndFileNamesCarryNoWordOfTheTitle() throws {
        let h = Harness()
        let titles = ["Zoon vertelt over drinkende moeder", "Meneer Kuipers weigert zorg", "Dwang bij Anouk"]
        for title in titles {
            try h.ok("new", title, "--facilitator", "Mia")
            try h.ok("join", "Anna", "--role", "inbrenger")
            try h.ok("board")
        }
        let names = Self.files(under: h.home).map { ($0.path as NSString).lastPathComponent }
        #expect(names.count >= 7)
        let words = titles.flatMap { $0.lowercased().split(separator: " ") }.filter { $0.count > 2 }
        for name in names {
            for word in words { #expect(!name.lowercased().contains(word), "\(name) contains \(word)") }
        }
        #expect(try h.ok("sessions").components(separatedBy: "2026-03-12-").count == 4)
    }

    @Test func aHomeOthersCanReadIsWarnedAboutOnEveryCommand() throws {
        let h = try Harness.meeting()
        chmod(h.home, 0o755)
        #expect(h.run("status").stderr.contains("others can read \(h.home)"))
        chmod(h.home, 0o700)
        #expect(!h.run("status").stderr.contains("others can read"))
    }

    // MARK: - Forget

    @Test func forgetReplacesAPersonByRoleAndNumberInEverySessionAndKeepsOthersNames() throws {
        let h = Harness()
        for title in ["Eerste", "Tweede", "Derde"] {
            try h.ok("new", title, "--facilitator", "Mia", "--lang", "nl")
            try h.ok("join", "Anna Jansen")
            if title != "Derde" { try h.ok("join", "Jurre de Vries") }
            try h.ok("next")
            try h.ok("case", "Jurre's cliënt belde Anna Jansen; Jurretje weet ervan")
        }
        let result = try h.ok("forget", "jurre de vries", "--json")
        struct Forgotten: Decodable {
            struct Row: Decodable {
                var id: String
                var count: Int
                var replacement: String
            }
            var sessions: [Row]
        }
        let rows = try JSONDecoder().decode(Forgotten.self, from: Data(result.utf8)).sessions
        // Where Jurre took part, he is "Deelnemer 2" (his join, "Jurre's", "Jurretje"); where he was only
        // mentioned, "[…]".
        let byReplacement = Dictionary(grouping: rows, by: \.replacement).mapValues { $0.map(\.count) }
        #expect(byReplacement == ["Deelnemer 2": [3, 3], "[…]": [2]], "\(rows)")
        #expect(Self.mentions("jurre", in: h) == [])
        // Anna Jansen is still Anna Jansen, everywhere.
        #expect(Self.mentions("anna jansen", in: h).count == 3)
        let took = try #require(rows.first { $0.replacement == "Deelnemer 2" })
        let log = try h.ok("log", "--session", took.id)
        #expect(log.contains("Deelnemer 2 cliënt belde Anna Jansen; Deelnemer 2 weet ervan"))
        #expect(h.run("verify", "--all").code == 0)
        #expect(try h.ok("forget", "Jurre de Vries").contains("No session in this home names Jurre de Vries"))
    }

    // MARK: - Purge

    @Test func purgeRemovesExactlyTheClosedSessionsPastThePeriodAndNeverAnOpenOne() throws {
        let h = Harness()
        var ids: [String: String] = [:]
        // Closed long ago, closed recently, open long ago, abandoned long ago.
        for (name, at, ending) in [
            ("oud", "2024-01-10T10:00:00+01:00", ["close", "--abandon", "--reason", "x"]),
            ("recent", "2026-01-10T10:00:00+01:00", ["close", "--abandon", "--reason", "x"]),
            ("open", "2023-05-01T10:00:00+01:00", []),
            ("ook-oud", "2024-03-11T10:00:00+01:00", ["close", "--abandon", "--reason", "x"]),
        ] {
            ids[name] = try h.ok("new", name, "--facilitator", "Mia", "--at", at).trimmingCharacters(
                in: .whitespacesAndNewlines)
            try h.ok("board")
            if !ending.isEmpty { try h.ok(ending + ["--at", at]) }
        }
        // The clock stands at 2026-03-12: two years back is 2024-03-12.
        let dry = try h.ok("purge", "--older-than", "2y", "--dry-run", "--json")
        struct Purged: Decodable {
            struct Row: Decodable { var id: String }
            var dryRun: Bool
            var before: String
            var sessions: [Row]
        }
        let listed = try JSONDecoder().decode(Purged.self, from: Data(dry.utf8))
        #expect(listed.dryRun && listed.before == "2024-03-12")
        #expect(listed.sessions.map(\.id) == [ids["oud"]!, ids["ook-oud"]!])
        #expect(Self.files(under: h.home + "/sessions").count == 4)
        // Settled once in the home's config, the period needs no option.
        try Data("retention = 2y\n".utf8).write(to: URL(fileURLWithPath: h.home + "/config"))
        let text = try h.ok("purge")
        #expect(text.contains("Removed 2 closed sessions older than 2y"))
        let left = Self.files(under: h.home).map(\.path)
        for gone in [ids["oud"]!, ids["ook-oud"]!] { #expect(!left.contains { $0.contains(gone) }) }
        for kept in [ids["recent"]!, ids["open"]!] { #expect(left.contains { $0.hasSuffix(kept + ".jsonl") }) }
        #expect(try h.ok("purge").contains("No closed session is older than 2y"))
    }

    @Test func purgeWithoutAPeriodOrWithABadOneIsAUsageError() throws {
        let h = try Harness.meeting()
        #expect(h.run("purge").code == 64)
        #expect(h.run("purge", "--older-than", "2").code == 64)
        #expect(h.run("purge", "--older-than", "twee jaar").code == 64)
        try Data("retention = soms\n".utf8).write(to: URL(fileURLWithPath: h.home + "/config"))
        #expect(h.run("purge").code == 65)
    }
}
