@testable import BeraadCLI
import BeraadEngine
import Foundation
import BeraadTestSupport
import Testing

/// Examples/*.txt: one meeting per method, typed in the live mode as its facilitator would run it. The lines that
/// start with `#%` are the commands around the meeting (`new` before it, `close` and `approve` after), which
/// Examples/play-example.sh runs too. The minutes of each are kept in both languages beside the transcript, so that
/// a reader sees each method's verslag under its own steps and headings.
@Suite struct MethodExampleTests {
    /// The transcripts, by method: every built-in method but the review method has one.
    static let transcripts = [
        ("afwegingskader", "afwegingskader-live"),
        ("cura", "cura-live"),
        ("dilemmamethode", "dilemmamethode-live"),
        ("moreel-beraad", "moreel-beraad-live"),
        ("nijmeegse-methode", "nijmegen-committee"),
        ("socratisch-gesprek", "socratisch-gesprek-live"),
        ("utrechts-stappenplan", "utrechts-stappenplan-live"),
    ]

    /// `'two words' --option x` as the shell splits it: single quotes keep spaces, nothing else is special.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "'" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    /// The meeting of `name`.txt, played in this process with a clock that moves a minute a line.
    static func meeting(_ name: String) throws -> Harness {
        let text = try String(
            contentsOf: DemoTests.examples.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let around = lines.filter { $0.hasPrefix("#% ") }.map { shellWords(String($0.dropFirst(3))) }
        let h = Harness(lang: "nl")
        try h.ok(try #require(around.first, "\(name).txt opens with a '#% new' line"))
        let queue = LineQueue(lines.filter { !$0.hasPrefix("#%") })
        h.input = CLIInput(
            readLine: { [h] in
                h.advance(minutes: 1)
                return queue.next()
            }, isTerminal: false)
        let live = h.run("run")
        #expect(live.code == 0, "\(name): \(live.stderr)")
        h.input = .none
        for command in around.dropFirst() { try h.ok(command) }
        return h
    }

    @Test(arguments: transcripts)
    func everyMethodsExampleYieldsItsMinutesInBothLanguages(_ method: String, _ name: String) throws {
        let h = try Self.meeting(name)
        #expect(try h.ok("status", "--json").contains("\"protocol\" : \"\(method)\""), "\(name) is \(method)")
        for language in Language.allCases {
            let minutes = try h.ok("minutes", "--lang", language.rawValue)
            try DemoTests.golden(name + "." + language.rawValue + ".md", minutes)
        }
        #expect(h.run("verify", "--all").code == 0)
    }
}
