@testable import BeraadCLI
import Foundation
import BeraadTestSupport
import Testing

@Suite struct DemoTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    /// Compares with the golden file in Examples/ (BERAAD_RECORD=1 re-records).
    static func golden(_ name: String, _ actual: String) throws {
        try Golden.check(examples.appendingPathComponent(name), actual)
    }

    @Test func theExampleScriptIsTheDemoScenario() throws {
        try Self.golden("wijkteam-demo.sh", DemoScenario.shellScript())
    }

    @Test func theDemoWritesTheSameMinutesEveryTime() throws {
        let h = Harness()
        let result = h.run("demo", "--dir", "out")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stdout.contains("all eight rounds"))
        let minutes = try String(contentsOfFile: h.directory + "/out/minutes.md", encoding: .utf8)
        // The count it announces is the one the minutes show present.
        let present = minutes.split(separator: "\n").first { $0.hasPrefix("- **Aanwezig:**") } ?? ""
        let count = present.split(separator: ",").count
        #expect(count == DemoScenario.participantCount && result.stdout.contains("a wijkteam, \(count) participants"))
        try Self.golden("wijkteam-demo.md", minutes)
        try Self.golden(
            "wijkteam-demo.html", try String(contentsOfFile: h.directory + "/out/minutes.html", encoding: .utf8))
        // Five participants, every round, and what the issue asks the minutes to hold.
        for text in [
            "Marleen Visser", "Sanne de Boer", "Bram Jansen", "Fatima El Amrani", "Joost Verhoef", "## Besluit",
            "## Acties",
        ] {
            #expect(minutes.contains(text))
        }
        #expect(!minutes.contains("Kuipers"), "the demo's redaction holds")
        // The throw-away home is gone and the user's home untouched.
        #expect(!FileManager.default.fileExists(atPath: h.home))
    }

    @Test func theDemoSpeaksTheUsersLanguage() {
        let h = Harness(lang: "nl_NL.UTF-8")
        let result = h.run("demo", "--dir", "uit")
        #expect(result.stdout.contains("alle acht rondes"))
        #expect(result.stdout.contains("beraad aansluiten Anna --rol inbrenger"), "Dutch text names Dutch commands")
    }
}
