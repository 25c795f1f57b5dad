import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// `log --json` is written by hand for speed; it must be what JSONEncoder writes, byte for byte.
@Suite struct JSONWriterTests {
    static func encoded(_ entries: [Entry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = entries.map { e in
            LogCommand.LogEntry(
                id: e.id.description, seq: e.seq, at: e.at.description, round: e.round, kind: e.kind.rawValue,
                participant: e.participant, text: e.text, retracted: e.retraction != nil)
        }
        return String(decoding: try encoder.encode(["entries": rows]), as: UTF8.self)
    }

    @Test func logJSONIsWhatJSONEncoderWritesForEveryKindOfText() throws {
        let h = try Harness.meeting(upTo: "normen-waarden-rechten")
        for text in [
            "quote \" backslash \\ slash / newline \n tab \t return \r", "\u{1}\u{1F}\u{7F} bell \u{8} feed \u{C}",
            "Zoë 👍🏽 \u{202E}omgekeerd", " spatie ", "e\u{301}",
        ] {
            try h.ok("say", "Bram", text, "--kind", "value")
        }
        try h.ok("undo")
        let state = try LiveCompletionTests.state(h)
        #expect(LogCommand.json(Array(state.entries)) == (try Self.encoded(Array(state.entries))))
        #expect(LogCommand.json([]) == (try Self.encoded([])))
        #expect(state.entries.contains { $0.participant == nil })
        // A log longer than the thousand entries written at a time reads as one document.
        let long = (0..<2_345).map { index in
            var entry = state.entries[index % state.entries.count]
            entry.id = EntryID(seq: index + 1)
            return entry
        }
        var pieces = 0
        LogCommand.json(long) { _ in pieces += 1 }
        #expect(pieces == 3)
        #expect(LogCommand.json(long) == (try Self.encoded(long)))
    }
}

extension LogCommand {
    /// The whole of `log --json`, joined from its pieces.
    static func json(_ entries: [Entry]) -> String {
        var text = ""
        json(entries) { text += $0 }
        return text
    }
}
