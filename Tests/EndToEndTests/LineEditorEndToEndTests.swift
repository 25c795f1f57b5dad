import Foundation
import Testing

/// `beraad run` on a terminal: typing as a note-taker does, with the arrow keys, Tab, history and typos.
@Suite struct LineEditorEndToEndTests {
    static let left = "\u{1B}[D"
    static let up = "\u{1B}[A"
    static let ctrlU = "\u{15}"

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
        // A refused line comes back on the prompt, to be fixed instead of typed again.
        terminal.type("/volgende --forceer\r")
        try terminal.waitFor("--force needs --reason")
        terminal.type(" --reden geen tijd\r")
        try terminal.waitFor("Move on anyway? [y/N]")
        terminal.type("y\r")
        try terminal.waitFor("Round 3/8")
        // Up recalls an earlier line; Ctrl-U clears it.
        terminal.type(Self.up + Self.up + Self.up)
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

    /// A session with Bram in its case round, and `beraad run` on a terminal, at its prompt.
    static func liveMeeting() throws -> (BeraadProcess, PseudoTerminal) {
        let b = BeraadProcess()
        try b.ok("new", "Live", "--facilitator", "Mia")
        try b.ok("join", "Bram")
        try b.ok("next")
        let terminal = try PseudoTerminal(b, ["run"])
        try terminal.waitFor("› ")
        return (b, terminal)
    }
}
