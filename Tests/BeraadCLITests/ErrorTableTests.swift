@testable import BeraadCLI
import BeraadTestSupport
import Foundation
import Testing

/// Command-line errors as whole results: for each command line, its exit code and its exact standard error, kept in
/// `Golden/errors.*.txt` (BERAAD_RECORD=1 re-records). Nothing is written by a command that fails, so each runs
/// against the same meeting: in its perspectives round, or for `caseRound` in its case round.
@Suite struct ErrorTableTests {
    /// Wrong invocations in the case round: the parser's every refusal, the rules' and the store's.
    static let caseRound: [[String]] = [
        ["positon"],
        ["say", "Bram", "x", "--kindd", "value"],
        ["say", "Bram"],
        ["say", "Bram", "a", "b"],
        ["say", "Bram", "x", "--kind", "vote"],
        ["say", "Bram", "x", "--kind"],
        ["next", "--force=yes"],
        ["say", "Bram", "-x"],
        ["action", "bellen"],
        ["next", "--reason", "x"],
        ["say", "Zoë", "x"],
        ["say", "Brma", "x"],
        ["say", "Bram", "x", "--kind", "value"],
        ["amend", "e99", "x"],
        ["close"],
        ["use", "nope"],
        ["use", "../etc"],
        ["--session", "nope", "status"],
        ["new", "x", "--protocol", "nijmeegs"],
        ["new", "x", "--protocol", "/nonexistent/p.json"],
        ["evaluate", "Bram", "x", "--score", "ten"],
        ["say", "Bram", "x", "--at", "yesterday"],
        ["say", "Bram", "x", "--at", "2020-01-01T10:00Z"],
        ["dilemma", "?", "--option", "dit"],
        ["position", "Bram", "A"],
        ["join", "Bram"],
        ["approve"],
    ]

    static let english: [[String]] = [
        ["say", "Niemand", "x"],
        ["say", "Brm", "x"],
        ["say", "Bram"],
        ["say", "Bram", "x", "--kindd", "value"],
        ["say", "Bram", "x", "--kind", "vaule"],
        ["say", "Bram", "x", "--kind", "decision"],
        ["case", "Another case"],
        ["next"],
        ["frobnicate"],
        ["casus"],
        ["decide", "We go home", "--review", "someday"],
        ["position", "Bram", "Q", "--because", "x"],
        ["evaluate", "Bram", "fine", "--score", "9"],
        ["join", "Anna"],
        ["role", "Bram", "king"],
        ["role", "Bram", "participant"],
        ["role", "Carla", "presenter"],
        ["amend", "e999", "x"],
        ["retract", "e999"],
        ["minutes", "--format", "pdf"],
        ["status", "--lang", "fr"],
        ["--session", "", "status"],
        ["use", "2099-01-01-zzzz"],
        ["new", "Another", "--protocol", "nijmgen"],
        ["new", "Another", "--protocol", "/nowhere/protocol.json"],
        ["approve"],
        ["close", "--abandon"],
    ]

    static let dutch: [[String]] = [
        ["zeg", "Niemand", "x"],
        ["zeg", "Bram", "x", "--soortt", "waarde"],
        ["volgende"],
        ["besluit", "We gaan naar huis", "--evalueren-op", "ooit"],
        ["rol", "Bram", "koning"],
        ["verslag", "--formaat", "pdf"],
        ["nieuw", "Nog een", "--methode", "socratisc"],
    ]

    /// Each command line of `lines` with its exit code and standard error, in the meeting of `lang`.
    static func table(_ lines: [[String]], lang: String, round: String = "perspectieven") throws -> String {
        let h = try Harness.meeting(upTo: round, lang: lang)
        let before = h.journal()
        var out = ""
        for line in lines {
            let result = h.run(line)
            out += "$ beraad " + line.map { $0.isEmpty || $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
            out += "\nexit \(result.code)\n"
            out += result.stderr.replacingOccurrences(of: h.directory, with: "$DIR") + "\n"
            // A command that fails writes nothing, and says so on standard error alone.
            #expect(result.code == 0 || h.journal() == before, "\(line) wrote to the journal")
            #expect(
                result.code == 0
                    || (result.stdout.isEmpty && result.stderr.hasPrefix(lang == "nl" ? "fout: " : "error: ")),
                "\(line): \(result.stderr)")
        }
        return out
    }

    @Test func everyErrorIsTheWholeResultOfItsTable() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        try Golden.check(folder.appendingPathComponent("errors.en.txt"), try Self.table(Self.english, lang: "en"))
        try Golden.check(folder.appendingPathComponent("errors.nl.txt"), try Self.table(Self.dutch, lang: "nl"))
        try Golden.check(
            folder.appendingPathComponent("errors.case-round.en.txt"),
            try Self.table(Self.caseRound, lang: "en", round: "casus"))
    }
}
