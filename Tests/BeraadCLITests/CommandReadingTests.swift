import BeraadEngine
import BeraadStore
import Foundation
import Testing

/// Every command reports a journal the store refuses in the same words and with the same code (the store's own
/// readers are held to one another in `BeraadStoreTests/JournalReaderTests`).
@Suite struct CommandReadingTests {
    /// A session whose journal was replaced by one whose first record does not open it.
    static func sessionThatDoesNotOpen() throws -> (Harness, String) {
        let h = Harness()
        let id = try h.ok("new", "Test").trimmingCharacters(in: .whitespacesAndNewlines)
        let record = Record(
            seq: 1, at: Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600),
            event: .participantJoined(ParticipantJoined(name: "Anna", role: "deelnemer")))
        let path = h.home + "/sessions/" + id + ".jsonl"
        try Data(try JournalLine.frame(record, previous: JournalLine.noPrevious)).write(to: URL(fileURLWithPath: path))
        return (h, path)
    }

    @Test(arguments: [["status"], ["log"], ["minutes"], ["log", "--json"], ["say", "Anna", "x"], ["run"]])
    func everyCommandRefusesAJournalThatDoesNotOpenTheSession(_ command: [String]) throws {
        let (h, path) = try Self.sessionThatDoesNotOpen()
        let result = h.run(command)
        #expect(result.code == 65, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                path + ":1: no beraad could have written this journal: the first record does not open a session"),
            "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func theListingWarnsAboutTheSameJournalAndGoesOn() throws {
        let (h, path) = try Self.sessionThatDoesNotOpen()
        try h.ok("new", "Another")
        let result = h.run("sessions")
        #expect(result.code == 0)
        #expect(
            result.stderr.contains(
                path + ":1: no beraad could have written this journal: the first record does not open a session"))
        #expect(result.stdout.contains("Another") && !result.stdout.contains("Test "))
    }
}

/// Numbers in a protocol have sane ranges in `lint`, `new` and replay alike, so nothing downstream can overflow.
@Suite struct ProtocolNumberTests {
    static let protocolsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Protocols").path

    static func protocolWithTimebox(_ minutes: Int) throws -> ProtocolDefinition {
        var definition = try #require(try BuiltinProtocols.named("cura"))
        definition.rounds[0].timeboxMinutes = minutes
        return definition
    }

    @Test func aHugeTimeBoxIsRefusedByLintAndNew() throws {
        let h = Harness()
        let file = h.directory + "/groot.json"
        let data = try JSONEncoder().encode(try Self.protocolWithTimebox(153_722_867_280_912_931))
        try data.write(to: URL(fileURLWithPath: file))
        let lint = h.run("protocols", "lint", file)
        #expect(lint.code == 65 && lint.stderr.contains("timeboxMinutes: must be a number from 1 to 600"), "\(lint)")
        let opened = h.run("new", "Proef", "--protocol", file)
        #expect(opened.code == 65 && opened.stderr.contains("must be a number from 1 to 600"), "\(opened.stderr)")
    }

    @Test(arguments: [["status"], ["run"], ["minutes"], ["board"]])
    func aJournalWhoseProtocolBreaksARangeIsRefusedNotTrapped(_ command: [String]) throws {
        let h = Harness()
        let id = try h.ok("new", "Proef").trimmingCharacters(in: .whitespacesAndNewlines)
        let opened = Record(
            seq: 1, at: Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600),
            event: .sessionOpened(
                SessionOpened(
                    id: id, title: "Proef", protocolDefinition: try Self.protocolWithTimebox(153_722_867_280_912_931),
                    facilitator: nil, lang: .en)))
        let path = h.home + "/sessions/" + id + ".jsonl"
        try Data(try JournalLine.frame(opened, previous: JournalLine.noPrevious)).write(to: URL(fileURLWithPath: path))
        let result = h.run(command)
        #expect(result.code == 65, "\(result.stderr)")
        #expect(result.stderr.contains(path + ":1: no beraad could have written this journal"), "\(result.stderr)")
        #expect(result.stderr.contains("timeboxMinutes: must be a number from 1 to 600"))
    }
}

/// `protocols lint` and `new` read a protocol file through one reader, and agree on every file.
@Suite struct ProtocolReaderTests {
    static func file(_ h: Harness, _ bytes: [UInt8]) throws -> String {
        let path = h.directory + "/methode.json"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let valid: [UInt8] = Array(
        ((try? String(contentsOfFile: ProtocolNumberTests.protocolsFolder + "/cura.json", encoding: .utf8)) ?? "").utf8)

    @Test(arguments: ["bom", "utf8", "duplicate"])
    func lintAndNewRefuseTheSameFileAtTheSamePlace(_ defect: String) throws {
        let h = Harness()
        var bytes = Self.valid
        let expected: String
        switch defect {
        case "bom":
            bytes = [0xEF, 0xBB, 0xBF] + bytes
            expected = "$: the file starts with a byte order mark"
        case "utf8":
            let title = try #require(bytes.firstRange(of: Array("CURA".utf8)))
            bytes.replaceSubrange(title, with: [0x43, 0xFF, 0x52, 0x41])
            expected = "these bytes are not valid UTF-8"
        default:
            let id = try #require(bytes.firstRange(of: Array("\"id\": \"cura\",".utf8)))
            bytes.insert(contentsOf: Array("\"id\": \"cura\", ".utf8), at: id.lowerBound)
            expected = "'id' stands here a second time; the first time at"
        }
        let path = try Self.file(h, bytes)
        let lint = h.run("protocols", "lint", path)
        let opened = h.run("new", "Proef", "--protocol", path)
        #expect(lint.code == 65 && opened.code == 65)
        #expect(lint.stderr.contains(expected), "\(lint.stderr)")
        #expect(opened.stderr.contains(expected), "\(opened.stderr)")
        // Both name the same place.
        let place = lint.stderr.split(separator: " ").first.map { String($0.dropLast()) } ?? "?"
        #expect(opened.stderr.contains(place + ":"), "\(place) in \(opened.stderr)")
    }
}
