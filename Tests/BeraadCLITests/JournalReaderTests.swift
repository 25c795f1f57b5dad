import BeraadEngine
import BeraadStore
import Foundation
import Testing

/// Every command reads a journal through the same reader, so they agree on what is damaged.
@Suite struct JournalReaderTests {
    /// A session whose journal was replaced by one whose first record does not open it.
    static func sessionThatDoesNotOpen() throws -> (Harness, String) {
        let h = Harness()
        let id = try h.ok("new", "Test").trimmingCharacters(in: .whitespacesAndNewlines)
        let record = Record(
            seq: 1, at: Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600),
            event: .participantJoined(ParticipantJoined(name: "Anna", role: "deelnemer")))
        let path = h.home + "/sessions/" + id + ".jsonl"
        try Data(try JournalLine.frame(record)).write(to: URL(fileURLWithPath: path))
        return (h, path)
    }

    @Test(arguments: [["status"], ["log"], ["minutes"], ["log", "--json"], ["say", "Anna", "x"], ["run"]])
    func everyCommandRefusesAJournalThatDoesNotOpenTheSession(_ command: [String]) throws {
        let (h, path) = try Self.sessionThatDoesNotOpen()
        let result = h.run(command)
        #expect(result.code == 74, "\(result.stderr)")
        #expect(
            result.stderr.contains(path + " is damaged at line 1 (the first record does not open a session)"),
            "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func theListingWarnsAboutTheSameJournalAndGoesOn() throws {
        let (h, path) = try Self.sessionThatDoesNotOpen()
        try h.ok("new", "Another")
        let result = h.run("sessions")
        #expect(result.code == 0)
        #expect(result.stderr.contains(path + " is damaged at line 1 (the first record does not open a session)"))
        #expect(result.stdout.contains("Another") && !result.stdout.contains("Test "))
    }
}
