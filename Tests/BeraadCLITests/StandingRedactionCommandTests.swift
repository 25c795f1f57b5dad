@testable import BeraadCLI
import BeraadEngine
import BeraadStore
import Foundation
import Testing

/// `redact` stands for the rest of the session: what is recorded later has the text replaced before it reaches the
/// disk, by every command and in the live mode, and the command says so.
@Suite struct StandingRedactionCommandTests {
    static func meeting() throws -> Harness {
        let h = try Harness.meeting(upTo: "casus", lang: "en")
        try h.ok("case", "Mrs Bakker will not go home", "--by", "Anna")
        return h
    }

    @Test func textRecordedAfterARedactionHasItReplacedBeforeItIsWritten() throws {
        let h = try Self.meeting()
        let redacted = try h.ok("redact", "Bakker")
        #expect(
            redacted
                == "Erased: replaced 1× by […] in the journal on disk, with a record of the erasure (without the text).\n"
                + "From now on it is replaced by […] in whatever is recorded in this session too.\n")
        try h.ok("next")
        let dilemma = h.run(
            "dilemma", "Call Bakker's daughter?", "--option", "A: call BAKKER's daughter", "--option",
            "B: wait for mrs bakker", "--harm", "A: Bakker feels betrayed", "--harm", "B: a wound")
        #expect(dilemma.code == 0)
        #expect(dilemma.stderr == "4 × […]: a standing redaction replaced it before it was written\n")
        try h.ok("next")
        let said = h.run("say", "Bram", "autonomy of Bakker", "--kind", "value", "--about", "mrs Bakker")
        #expect(said.stderr == "2 × […]: a standing redaction replaced it before it was written\n")
        let last = try #require(try h.ok("log").split(separator: "\n").last?.split(separator: " ").first)
        #expect(try h.ok("amend", String(last), "Bakkers autonomy").contains("[…] autonomy"))
        #expect(PrivacyTests.mentions("bakker", in: h).isEmpty, "\(PrivacyTests.mentions("bakker", in: h))")
        // What holds no such text is recorded without a word said about it.
        #expect(h.run("say", "Carla", "dignity", "--kind", "value").stderr == "")
    }

    @Test func theLiveModeAndItsHistoryKeepItOutToo() throws {
        let h = try Self.meeting()
        try h.ok("redact", "Bakker")
        h.input = .lines(["Bram: does mrs Bakker know?", "Carla: and Bakkers son?"])
        let live = h.run("run")
        #expect(live.code == 0)
        #expect(PrivacyTests.mentions("bakker", in: h).isEmpty, "\(PrivacyTests.mentions("bakker", in: h))")
        #expect(try h.ok("log").contains("Bram: does mrs […] know?"))
    }

    @Test func theListSaysHowManyTermsStandAndNeverWhich() throws {
        let h = try Self.meeting()
        #expect(
            try h.ok("redact", "--list")
                == "0 redactions stand in this session, 0 of them in every session of this home.\n")
        try h.ok("redact", "Bakker")
        let again = try h.ok("redact", "bakker")
        #expect(
            again
                == "That text does not occur in this session; nothing was erased.\nIt stood redacted in this session already.\n"
        )
        try h.ok("redact", "Kuipersstraat 12")
        #expect(
            try h.ok("redact", "--list")
                == "2 redactions stand in this session, 0 of them in every session of this home.\n")
        #expect(try h.ok("redact", "--list", "--json") == "{\n  \"everySession\" : 0,\n  \"standing\" : 2\n}\n")
        let mixed = h.run("redact", "--list", "Bakker")
        #expect(mixed.code == 64)
        #expect(mixed.stderr.hasPrefix("error: --list stands alone: without TEXT, --all, --as or --by\n"))
    }

    @Test func withAllItIsErasedEverywhereAndStandsInSessionsOpenedLater() throws {
        let h = try Self.meeting()
        let first = h.currentID
        try h.ok("new", "Jansen again", "--facilitator", "Mia")
        try h.ok("join", "Bram")
        try h.ok("redact", "Bakker", "--session", first)
        let everywhere = try h.ok("redact", "--all", "Jansen")
        #expect(everywhere.hasPrefix("Erased: 1× replaced by […] in 1 session on disk"))
        let later = h.run("new", "Jansen's neighbour")
        #expect(later.code == 0)
        #expect(later.stderr.hasPrefix("1 × […]: a standing redaction replaced it before it was written\n"))
        try h.ok("join", "Anna")
        try h.ok("say", "Anna", "Jansen and Bakker", "--session", first)
        #expect(PrivacyTests.mentions("jansen", in: h).isEmpty)
        #expect(PrivacyTests.mentions("bakker", in: h).isEmpty)
        #expect(
            try h.ok("redact", "--list", "--session", first)
                == "2 redactions stand in this session, 1 of them in every session of this home.\n")
    }

    @Test func aConvenedSessionKeepsWhatStoodInItsParent() throws {
        let h = try ConveneTests.afweging()
        try h.ok("redact", "Bakker")
        let convened = h.run("convene", "Bakker: a moreel beraad")
        #expect(convened.code == 0, "\(convened.stderr)")
        #expect(
            convened.stderr.hasPrefix("2 × […]: a standing redaction replaced it before it was written\n"),
            "\(convened.stderr)")
        try h.ok("say", "Bram", "about Bakker")
        #expect(PrivacyTests.mentions("bakker", in: h).isEmpty, "\(PrivacyTests.mentions("bakker", in: h))")
    }
}
