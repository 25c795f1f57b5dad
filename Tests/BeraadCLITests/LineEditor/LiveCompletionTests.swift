import BeraadEngine
import BeraadStore
import Foundation
import Testing

@testable import BeraadCLI

@Suite struct LiveCompletionTests {
    /// The state of the harness's current session.
    static func state(_ h: Harness) throws -> SessionState {
        let id = try String(contentsOfFile: h.home + "/current", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return try SessionStore(home: h.home, lockTimeout: 1).read(id).session()
    }

    static func candidates(_ typed: String, _ completion: LiveCompletion) -> [String] {
        completion.complete(typed).candidates
    }

    @Test func tabOffersNamesCommandsOptionsAndValues() throws {
        let h = try Harness.meeting(upTo: "besluit")
        try h.ok("join", "Sanne de Boer")
        let english = LiveCompletion(state: try Self.state(h), lang: .en)
        #expect(Self.candidates("Br", english) == ["Bram: "])
        #expect(Self.candidates("sanne d", english) == ["Sanne de Boer: "])
        #expect(english.complete("sanne d").start == 0)
        #expect(Self.candidates("/pos", english) == ["/position "])
        #expect(Self.candidates("/position C", english) == ["Carla "])
        #expect(Self.candidates("/position S", english) == ["\"Sanne de Boer\" "])
        #expect(Self.candidates("/position Carla ", english) == ["A ", "B "])
        #expect(Self.candidates("/decide B --su", english) == ["--support "])
        #expect(Self.candidates("/decide B --support ma", english) == ["majority "])
        #expect(Self.candidates("Bram: autonomie --ab", english) == ["--about "])
        #expect(Self.candidates("Bram: autonomie --option ", english) == ["A ", "B "])
        let dutch = LiveCompletion(state: try Self.state(h), lang: .nl)
        #expect(Self.candidates("/stand", dutch) == ["/standpunt "])
        #expect(Self.candidates("/besluit B --st", dutch) == ["--steun "])
        #expect(Self.candidates("/besluit B --steun m", dutch) == ["meerderheid "])
        #expect(Self.candidates("/wa", dutch) == ["/waarde "])
        #expect(Self.candidates("/besluit B --xyz ", dutch).isEmpty)
    }

    @Test func tabAfterAKindWordCompletesTheNameWithItsColon() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("join", "Sanne de Boer")
        let dutch = LiveCompletion(state: try Self.state(h), lang: .nl)
        #expect(Self.candidates("/feit Br", dutch) == ["Bram: "])
        #expect(dutch.complete("/feit Br").start == "/feit ".count)
        #expect(Self.candidates("/vraag sanne d", dutch) == ["Sanne de Boer: "])
        #expect(Self.candidates("/feit Bram: hij", dutch).isEmpty)
    }

    @Test func tabAfterTheKindOptionOffersOnlyWhatTheRoundAccepts() throws {
        let h = try Harness.meeting(upTo: "casus")
        let english = LiveCompletion(state: try Self.state(h), lang: .en)
        let offered = Self.candidates("Bram: hoe oud? --kind ", english)
        #expect(offered.contains("question ") && offered.contains("fact ") && offered.contains("note "), "\(offered)")
        #expect(!offered.contains("value ") && !offered.contains("norm "), "\(offered)")
        let dutch = LiveCompletion(state: try Self.state(h), lang: .nl)
        #expect(Self.candidates("Bram: hoe oud? --soort v", dutch) == ["vraag "])
    }
}
