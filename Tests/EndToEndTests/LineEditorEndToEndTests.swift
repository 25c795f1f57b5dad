import Foundation
import Testing

/// `beraad run` on a terminal: typing as a note-taker does, with the arrow keys, Tab, history and typos.
@Suite struct LineEditorEndToEndTests {
    static let left = "\u{1B}[D"
    static let up = "\u{1B}[A"
    static let ctrlU = "\u{15}"
    static let ctrlW = "\u{17}"
    static let right = "\u{1B}[C"
    static let home = "\u{1B}[H"
    static let end = "\u{1B}[F"

    @Test func typingFixingRecallingAndCompletingOnATerminal() throws {
        let (b, terminal) = try Self.liveMeeting()
        // A typo fixed with the arrow keys.
        terminal.type("Bram: Hoe oud is hj?" + Self.left + Self.left + "i" + "\r")
        try terminal.waitFor("question  Bram: Hoe oud is hij?")
        // A name completed with Tab.
        terminal.type("Br\t")
        try terminal.waitFor("Bram: ")
        terminal.type("wie woont er bij hem? 👍🏽\r")
        try terminal.waitFor("question  Bram: wie woont er bij hem? 👍🏽")
        // A refused line leaves the prompt; Up brings it back to be fixed, and a forced move with its reason is
        // not asked about again.
        terminal.type("/volgende --forceer\r")
        try terminal.waitFor("--force needs --reason")
        try terminal.waitFor("↑ brings the line back to fix it")
        terminal.type(Self.up + " --reden geen tijd\r")
        try terminal.waitFor("Round 3/8")
        // Up recalls an earlier line; Ctrl-U clears it.
        terminal.type(Self.up + Self.up + Self.up + Self.up)
        try terminal.waitFor("wie woont er bij hem? 👍🏽", count: 2)
        terminal.type(Self.ctrlU + "/quit\r")
        #expect(try terminal.exitCode() == 0)
        let log = try b.ok("log")
        #expect(log.contains("Bram: Hoe oud is hij?"))
        #expect(log.contains("Bram: wie woont er bij hem? 👍🏽"))
        #expect(try b.ok("status").contains("Round 3/8"))
        let history = try String(contentsOfFile: b.home + "/history/" + b.currentID() + ".txt", encoding: .utf8)
        #expect(history.contains("/volgende --forceer --reden geen tijd\n"))
        var info = stat()
        stat(b.home + "/history/" + (try b.currentID()) + ".txt", &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func aRedactionInTheLiveModeLeavesNothingForUpToRecall() throws {
        let (b, terminal) = try Self.liveMeeting()
        terminal.type("Bram: Woont Milan nog thuis?\r")
        try terminal.waitFor("question  Bram: Woont Milan nog thuis?")
        terminal.type("/redact Milan\r")
        try terminal.waitFor("Erased: replaced 1×")
        // Up recalls the erased lines without the name; the history file holds it nowhere.
        terminal.type(Self.up + Self.up)
        try terminal.waitFor("Woont […] nog thuis?")
        terminal.type(Self.ctrlU + "/quit\r")
        #expect(try terminal.exitCode() == 0)
        let history = try String(contentsOfFile: b.home + "/history/" + b.currentID() + ".txt", encoding: .utf8)
        #expect(!history.contains("Milan") && history.contains("/redact […]"))
    }

    @Test func aRefusedLineThenTheNextSpeakerAtOnceAreTwoLines() throws {
        let (b, terminal) = try Self.liveMeeting(participants: ["Bram", "Peter Hoekstra"])
        // Typed without waiting for the refusal, as a note-taker does while the next person talks.
        terminal.type("/feit Nobody: er is geen Nobody\r" + "Peter: Wie is zijn huisarts?\r" + "/quit\r")
        #expect(try terminal.exitCode() == 0)
        #expect(terminal.screen.contains("no participant"), "\(terminal.screen)")
        let log = try b.ok("log")
        #expect(log.contains("question  Peter Hoekstra: Wie is zijn huisarts?"), "\(log)")
        #expect(!log.contains("Nobody") && !log.contains("stop"), "\(log)")
    }

    @Test func aLongCaseWrapsOnAnEightyColumnTerminalAndIsEditedInPlace() throws {
        let (b, terminal) = try Self.liveMeeting(columns: 80)
        let caseText = String(repeating: "De cliënt wil thuis blijven wonen, maar valt vaak. ", count: 9)
        #expect(caseText.count > 450)
        terminal.type("/casus " + caseText)
        try terminal.waitFor("valt vaak. ", count: 9)
        // Home, a word after the command, End, a word removed with Ctrl-W, and the arrows across the rows.
        terminal.type(Self.home + String(repeating: Self.right, count: 7) + "Casus: " + Self.end + Self.ctrlW)
        terminal.type(String(repeating: Self.left, count: 100) + "X" + "\r")
        try terminal.waitFor("case: Casus: De cliënt")
        // Each prompt once on the screen: the line was drawn again where it stood, not below itself at each key.
        // (The next prompt is there once the screen shows two.)
        try terminal.waitUntil("the next prompt") { $0.count("[2/8 ") >= 2 }
        let display = terminal.display
        #expect(display.count("[2/8 ") == 2, "\(display.text)")
        terminal.type("/quit\r")
        #expect(try terminal.exitCode() == 0)
        var expected = Array("Casus: " + caseText.dropLast("vaak. ".count))
        expected.insert("X", at: expected.count - 100)
        let recorded = try b.ok("log", "--json")
        #expect(recorded.contains(String(expected).trimmingCharacters(in: .whitespaces)), "\(recorded)")
    }

    @Test func ctrlLAndAResizeShowTheRoundAndTheLineAgain() throws {
        let (b, terminal) = try Self.liveMeeting(columns: 80)
        terminal.type("Bram: een vraag die nog niet af is")
        try terminal.waitFor("nog niet af is")
        terminal.type("\u{0C}")
        try terminal.waitFor("Round 2/8", count: 2)
        #expect(terminal.display.lines.first?.contains("Round 2/8") == true, "\(terminal.display.text)")
        // At the new width the line is drawn again over its rows, and typing goes on where it stood.
        terminal.resize(columns: 30)
        terminal.type(" en nu wel?")
        try terminal.waitUntil("the line at 30 columns") {
            $0.paddedLines.joined().contains("] › Bram: een vraag die nog niet af is en nu wel?")
        }
        terminal.type("\r/quit\r")
        #expect(try terminal.exitCode() == 0)
        #expect(try b.ok("log").contains("Bram: een vraag die nog niet af is en nu wel?"))
    }

    @Test func aWholeDilemmamethodeMeetingTypedAtSpeedLeavesNoPhantomAndNoGluedLine() throws {
        let b = BeraadProcess()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let transcript = try String(
            contentsOf: root.appendingPathComponent("Examples/dilemmamethode-live.txt"), encoding: .utf8)
        let id = try b.ok(
            "nieuw", "Valt meneer thuis of verhuist hij?", "--methode", "dilemmamethode", "--gespreksleider",
            "Mia Verbeek", "--notulist", "Eva Smit", "--taal", "nl"
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        let terminal = try PseudoTerminal(b, ["run"], columns: 100)
        try terminal.waitFor("› ")
        // The whole meeting at once, as fast as keys can come: every line ends with Enter.
        terminal.type(transcript.split(separator: "\n").joined(separator: "\r") + "\r")
        #expect(try terminal.exitCode(seconds: 60) == 0)
        let log = try b.ok("log")
        // The mistaken join is taken back, the invitee arrived, the refused line stayed out and the next speaker's
        // line is hers alone.
        #expect(log.contains("Jors: Deelnemer  [ingetrokken]") && log.contains("aangekomen  Joris van Dam"), "\(log)")
        #expect(log.contains("feit  Sanne de Boer: De dochter weet alleen van de eerste val.\n"), "\(log)")
        #expect(!log.contains("Sanne:") && !log.contains("Niemand") && !log.contains("/stop"), "\(log)")
        #expect(log.contains("evaluatie  Joris van Dam: 5/5 Mooi dat de dochter erbij komt"))
        try b.ok("afsluiten")
        try b.ok("vaststellen", "--door", "Teamoverleg")
        let minutes = try b.ok("verslag")
        #expect(!minutes.contains("Jors") && minutes.contains("| Joris van Dam | Deelnemer |"))
        try b.ok("vervolg", id, "Evaluatie", "--gepland", "over 6 weken")
        #expect(try b.ok("controleer", "--alle").components(separatedBy: ": ok").count == 3)
    }

    @Test func amendWithoutTextPutsTheEntryOnThePromptToFixOneTypo() throws {
        let (b, terminal) = try Self.liveMeeting()
        terminal.type("Bram: Hoe lang woont hij al alleeen?\r")
        try terminal.waitFor("question  Bram: Hoe lang woont hij al alleeen?")
        let id = String(try b.ok("log").split(separator: "\n").last!.split(separator: " ")[0])
        terminal.type("/amend \(id)\r")
        try terminal.waitFor("/amend \(id) Hoe lang woont hij al alleeen?")
        // One typo fixed where it stands: two steps left, one letter out.
        terminal.type(Self.left + Self.left + "\u{7F}" + "\r")
        try terminal.waitFor("Amended: ")
        terminal.type("/quit\r")
        #expect(try terminal.exitCode() == 0)
        #expect(try b.ok("log").contains("question  Bram: Hoe lang woont hij al alleen?"))
    }

    /// A session with Bram in its case round, and `beraad run` on a terminal, at its prompt.
    static func liveMeeting(participants: [String] = ["Bram"], columns: Int = 120) throws -> (
        BeraadProcess, PseudoTerminal
    ) {
        let b = BeraadProcess()
        try b.ok("new", "Live", "--facilitator", "Mia")
        for name in participants { try b.ok("join", name) }
        try b.ok("next")
        let terminal = try PseudoTerminal(b, ["run"], columns: columns)
        try terminal.waitFor("› ")
        return (b, terminal)
    }
}
