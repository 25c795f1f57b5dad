import Foundation
import Testing

@testable import BeraadCLI

@Suite struct BoardTests {
    @Test func theBoardShowsTheRoundTheDilemmaWhoChoseWhatAndTheGrid() throws {
        let h = try Harness.meeting(upTo: "besluit")
        try h.ok("board", "--output", "scherm.html")
        let page = try String(contentsOfFile: h.directory + "/scherm.html", encoding: .utf8)
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"5\">"))
        #expect(page.contains("Round 6/8</span> Decision</h1>"))
        #expect(page.contains("<tr><td>B</td><td>dat</td><td>verdriet</td><td>Anna, Bram</td></tr>"))
        #expect(page.contains("<td>client</td><td>value</td><td>autonomie</td><td>B</td>"))
        #expect(!page.contains("<script") && !page.contains("Made with Beraad"))
        var info = stat()
        stat(h.directory + "/scherm.html", &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func aSocraticBoardIsTheFlipOverOfItsRoundUnderItsOwnHeadings() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Loslaten", "--methode", "socratic", "--gespreksleider", "Mia", "--taal", "nl")
        try h.ok("aansluiten", "Sanne")
        try h.ok("aansluiten", "Bram")
        try h.ok("zeg", "Bram", "wanneer laat je los?", "--soort", "vraag")
        try h.ok("volgende")
        try h.ok("zeg", "Sanne", "de sleutel", "--soort", "perspectief")
        try h.ok("zeg", "Bram", "de nachtdienst", "--soort", "perspectief")
        try h.ok("casus", "Ik gaf haar de sleutel", "--door", "Sanne")
        for _ in 0..<2 { try h.ok("volgende", "--forceer", "--reden", "tijd") }
        try h.ok("zeg", "Sanne", "toen gaf ik de sleutel, want ik vertrouwde haar")
        try h.ok("bord", "--uitvoer", "flap.html")
        let page = try String(contentsOfFile: h.directory + "/flap.html", encoding: .utf8)
        // The starting question stays in view, the core statement stands under the method's heading, and the
        // examples are no values grid with columns the method leaves empty.
        #expect(page.contains("Startvraag") && page.contains("wanneer laat je los?"), "\(page)")
        #expect(page.contains("Kernuitspraak van de voorbeeldgever") && page.contains("want ik vertrouwde haar"))
        #expect(!page.contains("Steunt optie") && !page.contains("Betrokkene") && !page.contains("de nachtdienst"))
    }

    @Test func aPlannedReviewsBoardShowsTheDecisionAndEachActionItReviews() throws {
        let h = Harness(lang: "nl", now: Harness.endOf2026)
        let first = try FollowUpTests.teamSession(h)
        try h.ok("vervolg", first, "Vervolg", "--gepland", "over 2 weken")
        try h.ok("bord", "--uitvoer", "vervolg.html")
        let page = try String(contentsOfFile: h.directory + "/vervolg.html", encoding: .utf8)
        #expect(page.contains("Wat we evalueren"), "\(page)")
        #expect(page.contains("We doen B") && page.contains("Huisarts bellen") && page.contains("Dochter spreken"))
    }

    @Test func theDilemmaTakesTheWholeWidthOfAProjectorsScreen() throws {
        let h = try Harness.meeting(upTo: "besluit")
        try h.ok("board", "--output", "scherm.html")
        let page = try String(contentsOfFile: h.directory + "/scherm.html", encoding: .utf8)
        // Two columns on a wide screen, with the dilemma across both; type sized by the screen's width and height.
        #expect(page.contains("header, #dilemma { column-span: all; }"))
        #expect(page.contains("clamp(14px, min(1.3vw, 2.35vh), 30px)"))
    }

    @Test func theLiveModeWritesTheBoardAgainAfterEveryLine() throws {
        let h = try Harness.meeting(upTo: "besluit")
        h.input = .lines(["/board --output bord.html", "/decide We doen B --option B"])
        #expect(h.run("run").code == 0)
        let page = try String(contentsOfFile: h.directory + "/bord.html", encoding: .utf8)
        #expect(page.contains("<strong>We doen B</strong>"))
    }

    @Test func whatTheGroupSaidIsEscapedOnTheBoard() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("next", "--force", "--reason", "x")
        try h.ok(
            "dilemma", "<script>alert(1)</script>?", "--option", "A: <b>dit</b>", "--option", "B: dat & zo")
        try h.ok("board")
        let page = try String(contentsOfFile: h.home + "/boards/\(h.currentID).html", encoding: .utf8)
        #expect(!page.contains("<script>alert") && page.contains("&lt;script&gt;alert(1)&lt;/script&gt;?"))
        #expect(page.contains("&lt;b&gt;dit&lt;/b&gt;") && page.contains("dat &amp; zo"))
    }

    /// Chromium, where the machine has it; the test that needs it is skipped, saying so, where it has not.
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        .enabled(if: chromium != nil, "Chromium is not installed: the board is not looked at in a browser"),
        arguments: [(1920, 1080), (1280, 720)])
    func theBoardRendersInChromiumOnAScreen(_ width: Int, _ height: Int) throws {
        let h = try Harness.meeting(upTo: "besluit")
        try h.ok("board")
        let page = h.home + "/boards/\(h.currentID).html"
        let shot = h.directory + "/board-\(width).png"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.chromium))
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),\(height)",
            "--screenshot=\(shot)", "file://" + page,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let png = try #require(FileManager.default.contents(atPath: shot))
        // The PNG header holds the width and height of what Chromium drew.
        let bytes = [UInt8](png.prefix(24))
        let drawnWidth = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let drawnHeight = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(drawnWidth == width && drawnHeight == height)
        #expect(png.count > 20_000, "a page with text on it, not an empty screen")
    }
}
