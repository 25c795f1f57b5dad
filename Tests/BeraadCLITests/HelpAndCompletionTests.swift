import BeraadEngine
import Foundation
import BeraadTestSupport
import Testing

@testable import BeraadCLI

@Suite struct HelpAndCompletionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static func golden(_ url: URL, _ actual: String) throws { try Golden.check(url, actual) }

    @Test(arguments: [Language.nl, Language.en])
    func theHelpOfEveryCommandMatchesItsGoldenFile(_ lang: Language) throws {
        var all = Help.overview(lang)
        for (path, command) in Commands.withPaths {
            all += "\n======== " + path + "\n" + Help.command(command, path: path, lang)
        }
        try Self.golden(Self.goldenFolder.appendingPathComponent("help.\(lang.rawValue).txt"), all)
        for line in all.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func theCompletionScriptsMatchTheirGoldenFiles(_ shell: String) throws {
        let h = Harness()
        try Self.golden(
            Self.goldenFolder.appendingPathComponent("completions.\(shell)"), try h.ok("completions", shell))
    }

    @Test func theManPageInTheRepositoryIsCurrent() throws {
        try Self.golden(Self.root.appendingPathComponent("beraad.1"), ManPage.render())
        let page = ManPage.render()
        // roff writes a hyphen as \-.
        for command in Commands.all {
            #expect(page.contains(".B beraad " + command.declaration.name.replacingOccurrences(of: "-", with: "\\-")))
        }
    }

    @Test func helpWrapsToTheTerminalWidth() {
        let text = Help.command(SayCommand.self, path: "say", .en, width: 50)
        for line in text.split(separator: "\n") { #expect(line.count <= 50, "\(line)") }
        #expect(text.contains("kind (default the round's\n                        first)"))
    }

    @Test func completionOffersCommandsOptionsValuesAndParticipants() throws {
        let h = try Harness.meeting(upTo: "opening")
        #expect(try h.ok("__complete", "--", "pos") == "position\n")
        #expect(try h.ok("__complete", "--", "say", "") == "Mia\nAnna\nBram\nCarla\n")
        #expect(try h.ok("__complete", "--", "say", "b") == "Bram\n")
        #expect(try h.ok("__complete", "--", "say", "Bram", "x", "--kind", "v") == "value\n")
        #expect(try h.ok("__complete", "--", "say", "Bram", "x", "--category", "") == "confidentiality\nminutes\n")
        #expect(try h.ok("__complete", "--", "join", "Dirk", "--role", "pr") == "presenter\n")
        #expect(try h.ok("__complete", "--", "minutes", "--format", "") == "markdown\nhtml\njson\ntext\n")
        #expect(try h.ok("__complete", "--", "next", "--f") == "--force\n")
        #expect(try h.ok("__complete", "--", "protocols", "s") == "show\n")
        #expect(
            try h.ok("__complete", "--", "new", "x", "--protocol", "") == ShippedProtocolTests.ids.joined(
                separator: "\n")
                + "\n")
        #expect(try h.ok("__complete", "--", "completions", "") == "bash\nzsh\nfish\n")
    }

    @Test func aDutchSessionCompletesDutchCommandNames() throws {
        let h = try Harness.meeting(upTo: "opening", lang: "nl")
        #expect(try h.ok("__complete", "--", "volg") == "volgende\n")
        #expect(try h.ok("__complete", "--", "stand") == "standpunt\n")
        #expect(try h.ok("__complete", "--", "").contains("aansluiten\n"))
        // Asked for, the other language.
        #expect(try h.ok("__complete", "--", "--lang", "en", "pos") == "position\n")
    }

    @Test func completionWithoutASessionOffersNoNamesAndDoesNotFail() {
        let h = Harness()
        let result = h.run("__complete", "--", "say", "")
        #expect(result.code == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test func anUnknownShellIsAUsageError() {
        let result = Harness().run("completions", "bsh")
        #expect(result.code == 64 && result.stderr.contains("Did you mean 'bash'?"))
    }
}
