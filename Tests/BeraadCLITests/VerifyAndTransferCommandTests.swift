import BeraadEngine
@testable import BeraadCLI
import BeraadStore
import Foundation
import Testing

/// `verify`, the fingerprint in approved minutes, and `export`/`import` as commands: their output, `--json` shape and
/// exit codes (what the store does is held in `BeraadStoreTests/VerifyAndTransferTests`).
@Suite struct VerifyAndTransferCommandTests {
    struct Verified: Decodable {
        struct Row: Decodable {
            var id: String
            var ok: Bool
            var records: Int
            var problem: String?
        }
        struct Minutes: Decodable {
            var file: String
            var verdict: String
        }
        var sessions: [Row]
        var minutes: Minutes?
    }

    static func approved() throws -> Harness {
        let h = try Harness.meeting(upTo: "evaluatie")
        try h.ok("evaluate", "Anna", "Goed", "--score", "4")
        try h.ok("close")
        try h.ok("approve", "--by", "Mia")
        return h
    }

    static func verified(_ h: Harness, _ arguments: String...) throws -> (code: Int32, output: Verified) {
        let result = h.run(["verify", "--json"] + arguments)
        return (result.code, try JSONDecoder().decode(Verified.self, from: Data(result.stdout.utf8)))
    }

    @Test func verifyHasTheDocumentedShapeAndFindsAFlippedByteByItsLine() throws {
        let h = try Self.approved()
        var (code, output) = try Self.verified(h)
        #expect(code == 0 && output.sessions.count == 1)
        let row = try #require(output.sessions.first)
        #expect(row.id == h.currentID && row.ok && row.records > 20 && row.problem == nil)
        // One byte of line 7 flipped.
        var bytes = [UInt8](h.journal())
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        bytes[lineStarts[6] + 40] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: h.home + "/sessions/" + h.currentID + ".jsonl"))
        (code, output) = try Self.verified(h)
        #expect(code == 74 && output.sessions.first?.ok == false)
        #expect(output.sessions.first?.problem?.contains("damaged at line 7") == true, "\(output.sessions)")
        // Without --json: a line per session, and the exit code.
        let plain = h.run("verify")
        #expect(plain.code == 74 && plain.stdout.contains("BROKEN") && plain.stderr.contains("1 of 1 sessions"))
    }

    @Test func verifyAllChecksEverySessionAndTakesNoIDWithIt() throws {
        let h = try Self.approved()
        try h.ok("new", "Tweede", "--facilitator", "Mia")
        let (code, output) = try Self.verified(h, "--all")
        #expect(code == 0 && output.sessions.count == 2 && output.sessions.allSatisfy(\.ok))
        #expect(h.run("verify", "--all", h.currentID).code == 64)
        #expect(h.run("verify", "2026-01-01-zzzz").code == 66)
        #expect(h.run("verify", "../x").code == 64)
    }

    @Test func approvedMinutesInEveryFormatEndWithTheFingerprintAndVerifyAsMadeFromTheJournal() throws {
        let h = try Self.approved()
        for (format, file) in [("markdown", "v.md"), ("html", "v.html"), ("json", "v.json"), ("text", "v.txt")] {
            try h.ok("minutes", "--format", format, "--output", file, "--anonymize")
            let text = try String(contentsOfFile: h.directory + "/" + file, encoding: .utf8)
            #expect(text.contains("Fingerprint of the approved journal (SHA-256)") || format == "json")
            let (code, output) = try Self.verified(h, "--minutes", file)
            #expect(code == 0 && output.minutes?.verdict == "matches", "\(format)")
        }
        // One word changed in the HTML.
        let path = h.directory + "/v.html"
        let html = try String(contentsOfFile: path, encoding: .utf8)
        try Data(html.replacingOccurrences(of: "We doen B", with: "We doen A").utf8).write(
            to: URL(fileURLWithPath: path))
        let changed = h.run("verify", "--minutes", "v.html")
        #expect(changed.code == 74 && changed.stdout.contains("its text was changed"))
        // A concept has no fingerprint to check.
        try h.ok("new", "Concept", "--facilitator", "Mia")
        try h.ok("minutes", "--output", "concept.md")
        #expect(!(try String(contentsOfFile: h.directory + "/concept.md", encoding: .utf8)).contains("Fingerprint"))
        #expect(h.run("verify", "--minutes", "concept.md").stdout.contains("not approved"))
    }

    @Test func minutesMadeBeforeAnErasureSaySoAndNewOnesVerify() throws {
        let h = try Self.approved()
        try h.ok("minutes", "--output", "before.md")
        try h.ok("redact", "Er was eens")
        let before = h.run("verify", "--minutes", "before.md")
        #expect(before.code == 74 && before.stdout.contains("before text was erased from it"))
        try h.ok("minutes", "--output", "after.md")
        #expect(h.run("verify", "--minutes", "after.md").code == 0)
        let after = try String(contentsOfFile: h.directory + "/after.md", encoding: .utf8)
        #expect(after.contains("After approval, text was erased"))
        // Minutes of another session, or no minutes at all.
        try Data("# Just notes\n".utf8).write(to: URL(fileURLWithPath: h.directory + "/notes.md"))
        #expect(h.run("verify", "--minutes", "notes.md").stdout.contains("carries no fingerprint"))
        try Data(("x " + String(repeating: "ab", count: 32) + "\n").utf8).write(
            to: URL(fileURLWithPath: h.directory + "/other.md"))
        #expect(h.run("verify", "--minutes", "other.md").stdout.contains("was not made from this journal"))
        #expect(h.run("verify", "--minutes", "missing.md").code == 66)
    }

    // MARK: - Export and import

    @Test func aSessionExportedFromOneHomeAndImportedIntoAnotherReplaysToTheSameMinutes() throws {
        let source = try Self.approved()
        let id = source.currentID
        try source.ok("export", id, "--output", "handover.jsonl")
        let file = source.directory + "/handover.jsonl"
        let target = Harness()
        #expect(try target.ok("import", file).contains("Session \(id) imported"))
        #expect(try target.ok("minutes", "--session", id) == (try source.ok("minutes")))
        #expect(try target.ok("import", file).contains("exactly the same"))
        #expect(target.run("verify", id).code == 0)
        // The colleague carries on; the first home takes the longer journal back.
        try target.ok("use", id)
        try target.ok("redact", "Er was eens")
        try target.ok("export", "--output", "back.jsonl")
        #expect(try source.ok("import", target.directory + "/back.jsonl").contains("1 new"))
        #expect(try source.ok("minutes") == (try target.ok("minutes")))
    }

    @Test func importRefusesADamagedFileADifferentSessionOfTheSameIDAndALockedOne() throws {
        let source = try Self.approved()
        let id = source.currentID
        try source.ok("export", "--output", "a.jsonl")
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: source.directory + "/a.jsonl")))
        let target = Harness()
        // A flipped byte anywhere: nothing is written.
        var damaged = good
        damaged[good.count / 2] ^= 0x02
        try Data(damaged).write(to: URL(fileURLWithPath: target.directory + "/bad.jsonl"))
        #expect(target.run("import", "bad.jsonl").code == 74)
        #expect(!FileManager.default.fileExists(atPath: target.home + "/sessions/\(id).jsonl"))
        #expect(target.run("import", "nothing.jsonl").code == 66)
        // The same id with another history: each home erased something else.
        try target.ok("import", source.directory + "/a.jsonl")
        try target.ok("redact", "Carla", "--session", id)
        try source.ok("redact", "Bram")
        try source.ok("export", "--output", "b.jsonl")
        let refused = target.run("import", source.directory + "/b.jsonl")
        #expect(refused.code == 1 && refused.stderr.contains("different journal"))
        #expect(target.run("verify", id).code == 0)
        // A session someone is writing in is never imported into, even when the import would be a good one.
        let third = Harness()
        try third.ok("import", source.directory + "/a.jsonl")
        let journal = third.home + "/sessions/\(id).jsonl"
        let fd = open(journal, O_RDONLY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(third.run("import", source.directory + "/b.jsonl").code == 75)
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == before)
        flock(fd, LOCK_UN)
        #expect(try third.ok("import", source.directory + "/b.jsonl").contains("1 new"))
    }
}
