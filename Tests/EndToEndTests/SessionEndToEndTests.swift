import Foundation
import Testing

@Suite(.serialized) struct SessionEndToEndTests {
    @Test func aWholeSessionThroughEveryRoundEndsInCompleteMinutes() throws {
        let b = BeraadProcess()
        let id = try b.ok("new", "Zorgmijding", "--facilitator", "Marleen").trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(id.wholeMatch(of: /\d{4}-\d{2}-\d{2}-[a-z0-9]{4}/) != nil && !id.contains("zorg"))
        for (name, role) in [
            ("Sanne", "inbrenger"), ("Bram", "deelnemer"), ("Fatima", "deelnemer"), ("Joost", "deelnemer"),
            ("Ilse", "deelnemer"),
        ] {
            try b.ok("join", name, "--role", role)
        }
        try b.ok("say", "Marleen", "Alles blijft in de groep", "--category", "vertrouwelijkheid")
        try b.ok("next")
        try b.ok("case", "Meneer K. weigert zorg")
        try b.ok("say", "Bram", "Hoe lang al?")
        try b.ok("next")
        try b.ok(
            "dilemma", "Ingrijpen of niet?", "--option", "A: ingrijpen", "--option", "B: afwachten", "--harm",
            "A: vertrouwen weg", "--harm", "B: gezondheid")
        try b.ok("next")
        try b.ok("say", "Fatima", "autonomie", "--kind", "value", "--about", "meneer K.", "--option", "B")
        try b.ok("say", "Joost", "zorgplicht", "--kind", "norm", "--about", "team", "--option", "A")
        try b.ok("next")
        let people = ["Sanne": "B", "Bram": "A", "Fatima": "B", "Joost": "A"]
        for (name, option) in people.sorted(by: { $0.key < $1.key }) {
            try b.ok(
                "position", name, option, "--because", "argument van \(name)", "--cannot", "x", "--mitigate", "y",
                "--needs", "z")
        }
        let refused = try b.run("next")
        #expect(refused.code == 1)
        #expect(refused.stderr.contains("no position yet from: Ilse"))
        try b.ok("position", "Ilse", "B", "--because", "argument van Ilse")
        try b.ok("next")
        try b.ok("position", "Joost", "B", "--because", "Joost is om")
        try b.ok(
            "decide", "We wachten af met een grens", "--option", "B", "--rationale", "autonomie", "--support",
            "majority", "--dissent", "Bram")
        try b.ok("next")
        try b.ok("action", "Grens bespreken", "--owner", "Sanne", "--due", "2026-03-20")
        try b.ok("signal", "Meer zorgmijders", "--level", "policy")
        try b.ok("next")
        try b.ok("evaluate", "Sanne", "--score", "5", "Goed")
        try b.ok("close")
        let minutes = try b.ok("minutes")
        for name in people.keys.sorted() + ["Ilse"] {
            #expect(minutes.contains("argument van \(name)") || name == "Joost")
        }
        #expect(minutes.contains("Joost is om") && minutes.contains("argument van Joost"))
        #expect(minutes.contains("We wachten af met een grens") && minutes.contains("Grens bespreken"))
        #expect(minutes.contains("Meer zorgmijders") && minutes.contains("Bram"))
        try b.ok("approve")
        #expect(try b.run("amend", "e12", "x").code == 1)
        #expect(try b.ok("minutes").contains("Approved on"))
        // The file written with --output is private.
        try b.ok("minutes", "--output", "verslag.md")
        let attributes = try FileManager.default.attributesOfItem(atPath: b.directory + "/verslag.md")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func theExampleScriptProducesTheExampleMinutes() throws {
        let b = BeraadProcess()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [root.appendingPathComponent("Examples/wijkteam-demo.sh").path, BeraadProcess.executable]
        process.environment = b.environment.merging(["TMPDIR": b.directory]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: b.directory)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let expected = try String(contentsOf: root.appendingPathComponent("Examples/wijkteam-demo.md"), encoding: .utf8)
        // The script's session has a random id of its own; the minutes are otherwise the demo's to the byte.
        let sessionID = /\d{4}-\d{2}-\d{2}-[2-9b-df-hj-np-tv-xz]{4}/
        let exampleID = String(try #require(expected.firstMatch(of: sessionID)).output)
        func sameSession(_ text: String) -> String { text.replacing(sessionID, with: exampleID) }
        let produced = try String(contentsOfFile: b.directory + "/minutes.md", encoding: .utf8)
        #expect(sameSession(produced) == expected)
        let html = try String(contentsOfFile: b.directory + "/minutes.html", encoding: .utf8)
        #expect(
            sameSession(html)
                == (try String(contentsOf: root.appendingPathComponent("Examples/wijkteam-demo.html"), encoding: .utf8))
        )
    }

    @Test func theLiveExampleScriptRunsToAnApprovedAndVerifiedMeeting() throws {
        let b = BeraadProcess()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            root.appendingPathComponent("Examples/dilemmamethode-live.sh").path, BeraadProcess.executable,
        ]
        process.environment = b.environment.merging(["TMPDIR": b.directory]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: b.directory)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // Both journals, the meeting and its planned review, verify.
        #expect(printed.components(separatedBy: ": in orde").count == 3, "\(printed)")
        let minutes = try String(contentsOfFile: b.directory + "/verslag.md", encoding: .utf8)
        #expect(minutes.contains("- **Status:** Vastgesteld op") && minutes.contains("| Joris van Dam | Deelnemer |"))
    }
}
