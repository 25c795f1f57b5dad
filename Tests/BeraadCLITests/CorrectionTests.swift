import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// Corrections start from the text they correct, move an entry to the kind it should have had, and `undo` right
/// after one takes back the correction, not the entry.
@Suite struct CorrectionTests {
    /// The id of the last line of `log` that contains `text`.
    static func id(of text: String, in h: Harness) throws -> String {
        let line = try #require(try h.ok("log").split(separator: "\n").last { $0.contains(text) })
        return String(line.split(separator: " ")[0])
    }

    @Test func undoRightAfterACorrectionUndoesTheCorrection() throws {
        let h = try Harness.meeting(upTo: "dilemma", lang: "nl")
        let id = try Self.id(of: "Er was eens", in: h)
        try h.ok("corrigeer", id, "activiteiten")
        let undone = try h.ok("ongedaan")
        #expect(undone.contains("Correctie ongedaan gemaakt; er staat weer:") && undone.contains("Er was eens"))
        let minutes = try h.ok("verslag")
        #expect(minutes.contains("Er was eens") && !minutes.contains("activiteiten"), "\(minutes)")
        // The next undo takes back the case itself.
        #expect(try h.ok("ongedaan").contains("Ingetrokken") || (try h.ok("log")).contains("[ingetrokken]"))
        #expect(h.run("controleer").code == 0)
    }

    @Test func anEntryMovesToAnotherKindItsRoundAccepts() throws {
        let h = try Harness.meeting(upTo: "casus")
        try h.ok("say", "Bram", "Hij woont alleen", "--kind", "question")
        let id = try Self.id(of: "Hij woont alleen", in: h)
        let moved = try h.ok("amend", id, "--kind", "fact")
        #expect(moved.contains("fact  Bram: Hij woont alleen"), "\(moved)")
        let refused = h.run("amend", id, "--kind", "value")
        #expect(refused.code == 1 && refused.stderr.contains("value"), "\(refused)")
        #expect(h.run("amend", id).code == 64)
        #expect(h.run("amend", id, "--kind", "decision").code == 64)
        // Undo moves it back.
        try h.ok("undo")
        #expect(try h.ok("log").contains("question  Bram: Hij woont alleen"))
        #expect(h.run("verify").code == 0)
    }

    @Test func amendWithoutTextInTheLiveModePutsTheTextOnThePrompt() throws {
        let h = try Harness.meeting(upTo: "dilemma", lang: "nl")
        let id = try Self.id(of: "Er was eens", in: h)
        // Without a terminal there is no prompt to put it on: the text is asked for.
        h.input = .lines(["/corrigeer \(id)"])
        let piped = h.run("run")
        #expect(piped.stderr.contains("tekst") || piped.stderr.contains("--soort"), "\(piped)")
    }
}
