@testable import BeraadCLI
import BeraadEngine
import BeraadTestSupport
import BeraadStore
import Foundation

/// Generators of odd input: command lines, damaged journals and damaged protocol files.
enum Fuzz {
    /// The exit codes CLI.md documents; anything else (and a trap) is a failure.
    static let documentedCodes: Set<Int32> = [0, 1, 64, 65, 66, 74, 75]

    /// Values that have broken command-line tools before: empty, huge, malformed, hostile, long.
    static let oddValues = [
        "", " ", "0", "-1", "6", "9223372036854775807", "99999999999999999999", "1e400", "nan", "A", "B", "Z", "a:b",
        "A: ", "A:", "\u{0}", "\u{1B}[31m", "\u{202E}x", "é", "Zoë", "👩🏽‍⚕️", String(repeating: "x", count: 5000), "--",
        "-", "--x", "-h", "2026-02-30", "2026-03-20", "vrijdag", "over 2 weken", "in 2 weeks", "4 december", "Anna",
        "Bram", "ann", "e3", "e999", "individu", "groep", "meerderheid", "majority", "helps", "policy", "nl", "en",
        "markdown", "html", "json", "text", "x.json", "../x", "Mia", "inbrenger", "notulist", "kennis", "B: dat",
        "C: nog iets", "1", "5", "3", "--force", "--reason",
    ]

    static func pick<T>(_ items: [T], _ rng: inout SeededGenerator) -> T {
        items[Int(rng.next() % UInt64(items.count))]
    }

    static func chance(_ percent: UInt64, _ rng: inout SeededGenerator) -> Bool { rng.next() % 100 < percent }

    /// A command line: a command by any of its names (or a wrong one), some values and options of its own or
    /// global ones, by either language's name (or a wrong one), in any order.
    static func commandLine(_ rng: inout SeededGenerator) -> [String] {
        var words: [String] = []
        var commands = Commands.all
        commands += Commands.all.flatMap { $0.declaration.subcommands }
        let command = pick(commands, &rng)
        let declaration = command.declaration
        if chance(5, &rng) {
            words.append(pick(oddValues, &rng))
        } else {
            if let parent = Commands.all.first(where: { candidate in
                candidate.declaration.subcommands.contains { $0.declaration.name == declaration.name }
            }) {
                words.append(parent.declaration.name)
            }
            words.append(chance(30, &rng) ? pick([declaration.name] + declaration.aliases, &rng) : declaration.name)
        }
        for _ in 0..<Int(rng.next() % 4) { words.append(pick(oddValues, &rng)) }
        let options =
            declaration.options + GlobalOptions.declarations.filter { $0.name != "home" && $0.name != "help" }
        for _ in 0..<Int(rng.next() % 4) where !options.isEmpty {
            let option = pick(options, &rng)
            let name = chance(30, &rng) ? (option.dutchName ?? option.name) : option.name
            words.append(chance(5, &rng) ? "--" + name + "x" : "--" + name)
            if option.takesValue && !chance(5, &rng) { words.append(pick(oddValues, &rng)) }
        }
        if chance(10, &rng) { words.shuffle(using: &rng) }
        return words
    }

    /// `bytes` of a protocol file with one kind of damage: deep nesting, bad UTF-8, a byte order mark, a huge
    /// number, a value of the wrong type, a lost key, a key twice, or a cut.
    static func damagedProtocol(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        switch rng.next() % 8 {
        case 0:
            let depth = 10 + Int(rng.next() % 5000)
            return Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        case 1:
            var result = bytes
            result.insert(pick([0xFF, 0xC0, 0x80, 0xED], &rng), at: Int(rng.next() % UInt64(result.count)))
            return result
        case 2:
            return [0xEF, 0xBB, 0xBF] + bytes
        case 3:
            text = text.replacingOccurrences(
                of: pick(["\"timeboxMinutes\": 10", "\"version\": ", "\"max\": 1", "\"min\": 1"], &rng),
                with: pick(
                    ["\"timeboxMinutes\": 153722867280912931", "\"version\": 1e400", "\"max\": -5", "\"min\": 0.5"],
                    &rng))
        case 4:
            text = text.replacingOccurrences(
                of: pick(["\"nl\": \"", "\"id\": \"", "\"accepts\": ["], &rng), with: "\"x\": [")
        case 5:
            text = text.replacingOccurrences(
                of: pick(["\"purpose\"", "\"title\"", "\"rounds\""], &rng), with: "\"purpos\"")
        case 6:
            text = text.replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"a\", \"id\": \"")
        default:
            return Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
        }
        return Array(text.utf8)
    }

    /// Writes what is about to run where a crash would leave it (`BERAAD_FUZZ_LOG`), so a trap has a reproducer.
    static func note(_ text: String) {
        guard let path = ProcessInfo.processInfo.environment["BERAAD_FUZZ_LOG"] else { return }
        try? text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// How many cases of a kind a run makes: a small sample in the test suite, more with `fuzz/run` (which sets
    /// `BERAAD_FUZZ_LINES`, `BERAAD_FUZZ_JOURNALS` and `BERAAD_FUZZ_PROTOCOLS`).
    static func count(_ variable: String, sample: Int) -> Int {
        guard let value = ProcessInfo.processInfo.environment[variable], let n = Int(value), n > 0 else {
            return sample
        }
        return n
    }

    /// Whether `fuzz/run` is running the suite (then it reports its tallies).
    static var isReporting: Bool { ProcessInfo.processInfo.environment["BERAAD_FUZZ_LOG"] != nil }
}
