import BeraadTestSupport
import BeraadCLI
import Foundation

/// Runs `beraad` in this process against a private temporary home, with a clock that only moves when told.
final class Harness: @unchecked Sendable {
    let home: String
    let directory: String
    private let lock = NSLock()
    private var seconds: Int64
    var variables: [String: String]
    /// What `beraad run` reads.
    var input: CLIInput = .none
    /// The same session ids on every run.
    let random = SeededRandom(seed: 1)

    /// The clock starts at 2026-03-12T13:00:00Z, or at `now` (seconds since 1970) for a test that enters meetings
    /// of later months with `--at`: Beraad refuses to record a time ahead of its clock.
    init(lang: String = "en", now: Int64 = 1_773_320_400) {
        seconds = now
        directory = TemporaryFolder.make("beraad-cli")
        home = directory + "/home"
        variables = ["BERAAD_HOME": home, "LANG": lang, "BERAAD_LOCK_TIMEOUT": "2"]
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    /// The last day of 2026, for tests that enter the autumn's meetings afterwards.
    static let endOf2026: Int64 = 1_798_718_400  // 2026-12-31T12:00:00Z

    /// Moves the clock on.
    func advance(minutes: Int64) { lock.withLock { seconds += minutes * 60 } }

    struct Result {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    func run(_ arguments: String...) -> Result { run(arguments) }

    @discardableResult
    func run(_ arguments: [String]) -> Result {
        let captured = CapturedOutput()
        let environment = CLIEnvironment(
            variables: variables, clock: { [self] in lock.withLock { seconds } }, offset: { _ in 3600 },
            currentDirectory: directory, output: captured.output, input: input, random: { [random] in random.next() })
        let code = Beraad.run(arguments, environment: environment)
        return Result(code: code, stdout: captured.stdout, stderr: captured.stderr)
    }

    /// A command that the test needed to succeed, and what it said instead.
    struct Failure: Error, CustomStringConvertible {
        var arguments: [String]
        var result: Result
        var description: String { "\(arguments) failed with \(result.code): \(result.stderr)" }
    }

    /// Runs and requires success, returning standard output.
    @discardableResult
    func ok(_ arguments: String...) throws -> String { try ok(arguments) }

    /// Runs and requires success, returning standard output.
    @discardableResult
    func ok(_ arguments: [String]) throws -> String {
        let result = run(arguments)
        guard result.code == 0 else { throw Failure(arguments: arguments, result: result) }
        return result.stdout
    }

    /// The current session's journal bytes.
    func journal() -> Data {
        FileManager.default.contents(atPath: home + "/sessions/\(currentID).jsonl") ?? Data()
    }

    /// The current session's id, as `new`, `use` and `convene` left it.
    var currentID: String {
        (try? String(contentsOfFile: home + "/current", encoding: .utf8))?.trimmingCharacters(
            in: .whitespacesAndNewlines) ?? ""
    }

    /// A session with a facilitator, an inbrenger and two participants, in the given round of moreel-beraad.
    static func meeting(upTo round: String = "opening", lang: String = "en") throws -> Harness {
        let h = Harness(lang: lang)
        try h.ok("new", "Test meeting", "--facilitator", "Mia")
        try h.ok("join", "Anna", "--role", "inbrenger")
        try h.ok("join", "Bram")
        try h.ok("join", "Carla")
        let steps: [(String, [[String]])] = [
            ("casus", [["next"]]),
            ("dilemma", [["case", "Er was eens"], ["next"]]),
            (
                "normen-waarden-rechten",
                [
                    [
                        "dilemma", "A of B?", "--option", "A: dit", "--option", "B: dat", "--harm", "A: pijn", "--harm",
                        "B: verdriet",
                    ],
                    ["next"],
                ]
            ),
            (
                "perspectieven",
                [
                    ["say", "Bram", "autonomie", "--kind", "value", "--about", "client", "--option", "B"],
                    ["say", "Carla", "zorgplicht", "--kind", "norm", "--about", "team", "--option", "A"], ["next"],
                ]
            ),
            (
                "besluit",
                [
                    ["position", "Anna", "B", "--because", "vertrouwen"], ["position", "Bram", "B"],
                    ["position", "Carla", "A", "--because", "veiligheid"], ["next"],
                ]
            ),
            (
                "afspraken-signalen",
                [["decide", "We doen B", "--option", "B", "--support", "majority", "--dissent", "Carla"], ["next"]]
            ),
            ("evaluatie", [["action", "Bellen", "--owner", "Anna", "--due", "2026-03-20"], ["next"]]),
        ]
        for (target, commands) in steps {
            if round == "opening" { break }
            for command in commands {
                h.advance(minutes: 2)
                let result = h.run(command)
                guard result.code == 0 else { throw Failure(arguments: command, result: result) }
            }
            if target == round { break }
        }
        return h
    }
}
