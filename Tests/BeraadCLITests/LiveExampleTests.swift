@testable import BeraadCLI
import Foundation
import BeraadTestSupport
import Testing

/// Examples/dilemmamethode-live: a whole dilemmamethode meeting typed in the live mode, with everything the room
/// brings (a late arrival, a departure, a mistaken join undone, a refused line and the next speaker right after it,
/// a correction, a forced move). Its minutes are made here with a clock that moves a minute a line, so that they are
/// the same on every run, and kept in Examples/ beside the script.
@Suite struct LiveExampleTests {
    static let transcript = DemoTests.examples.appendingPathComponent("dilemmamethode-live.txt")

    /// The meeting of the example script, in this process: opened, typed, closed, approved.
    static func meeting() throws -> Harness { try MethodExampleTests.meeting("dilemmamethode-live") }

    @Test func theLiveMeetingYieldsTheExampleMinutesWithNoPhantomAndNoGluedLine() throws {
        let h = try Self.meeting()
        let minutes = try h.ok("verslag")
        try DemoTests.golden("dilemmamethode-live.nl.md", minutes)
        try DemoTests.golden("dilemmamethode-live.html", try h.ok("verslag", "--formaat", "html"))
        // No phantom person: the mistaken join is gone, the late arrival is the invitee, nobody else is present.
        #expect(!minutes.contains("Jors") && !minutes.contains("Niemand"))
        #expect(minutes.components(separatedBy: "| Joris van Dam | Deelnemer |").count == 2)
        // No glued line: every line is its own entry, by its own speaker.
        let log = try h.ok("log")
        #expect(!log.contains("Sanne:") && !log.contains("/feit") && !log.contains("/stop"))
        #expect(log.contains("feit  Sanne de Boer: De dochter weet alleen van de eerste val."))
        #expect(log.contains("vraag  Joris van Dam: Is zijn wilsbekwaamheid"))
        #expect(minutes.contains("Fatima El Amrani | Deelnemer | teamleider |"))
        // A planned follow-up, and every journal verifies.
        try h.ok("vervolg", h.currentID, "Evaluatie: woont meneer nog veilig thuis?", "--gepland", "over 6 weken")
        #expect(h.run("controleer", "--alle").code == 0)
    }
}
