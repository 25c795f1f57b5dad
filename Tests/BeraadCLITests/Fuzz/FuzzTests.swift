import BeraadEngine
import Foundation
import Testing

/// Seeded fuzzing of command lines, journals and protocol files: only documented exit codes, never a trap.
/// The suite runs a small sample; `fuzz/run N` runs N cases of each kind and reports the counts.
@Suite(.serialized) struct FuzzTests {
    static let seed: UInt64 = UInt64(ProcessInfo.processInfo.environment["BERAAD_FUZZ_SEED"] ?? "") ?? 20_261_129

    /// Prints a tally when run by `fuzz/run`.
    static func report(_ kind: String, _ codes: [Int32: Int]) {
        guard Fuzz.isReporting else { return }
        let counts = codes.sorted { $0.key < $1.key }.map { "exit \($0.key): \($0.value)" }.joined(separator: ", ")
        print("fuzz \(kind): \(codes.values.reduce(0, +)) cases; \(counts)")
    }

    @Test func commandLinesGiveOnlyDocumentedExitCodes() throws {
        var rng = SeededGenerator(state: Self.seed)
        var codes: [Int32: Int] = [:]
        var h = try Harness.meeting(upTo: "perspectieven")
        let total = Fuzz.count("BERAAD_FUZZ_LINES", sample: 400)
        for index in 0..<total {
            // A fresh meeting now and then, so that the lines meet every round and not one closed session.
            if index % 200 == 199 { h = try Harness.meeting(upTo: Fuzz.pick(["casus", "dilemma", "besluit"], &rng)) }
            let words = Fuzz.commandLine(&rng)
            Fuzz.note("seed \(Self.seed) line \(index): \(words.map { String(reflecting: $0) }.joined(separator: " "))")
            let code = h.run(words).code
            codes[code, default: 0] += 1
            #expect(Fuzz.documentedCodes.contains(code), "\(words) exited \(code)")
        }
        Self.report("command lines", codes)
    }

    @Test func damagedJournalsAreReadOrRefusedNeverTrusted() throws {
        var rng = SeededGenerator(state: Self.seed &+ 1)
        var codes: [Int32: Int] = [:]
        let source = try Harness.meeting(upTo: "besluit")
        let original = [UInt8](source.journal())
        let h = Harness()
        let id = try h.ok("new", "Fuzz").trimmingCharacters(in: .whitespacesAndNewlines)
        let path = h.home + "/sessions/" + id + ".jsonl"
        for index in 0..<Fuzz.count("BERAAD_FUZZ_JOURNALS", sample: 60) {
            let damaged = Fuzz.damagedJournal(original, &rng)
            Fuzz.note("seed \(Self.seed &+ 1) journal \(index): \(damaged.count) bytes")
            for command in [["status"], ["log", "--json"], ["minutes", "--format", "json"], ["say", "Bram", "x"]] {
                try Data(damaged).write(to: URL(fileURLWithPath: path))
                let code = h.run(command).code
                codes[code, default: 0] += 1
                #expect(Fuzz.documentedCodes.contains(code), "journal \(index) \(command) exited \(code)")
            }
        }
        Self.report("journals (4 commands each)", codes)
    }

    @Test func damagedProtocolFilesAreRefusedWithAPlace() throws {
        var rng = SeededGenerator(state: Self.seed &+ 2)
        var codes: [Int32: Int] = [:]
        let original = [UInt8](
            try Data(contentsOf: URL(fileURLWithPath: ProtocolNumberTests.protocolsFolder + "/moreel-beraad.json")))
        let h = Harness()
        let file = h.directory + "/fuzz.json"
        for index in 0..<Fuzz.count("BERAAD_FUZZ_PROTOCOLS", sample: 80) {
            let damaged = Fuzz.damagedProtocol(original, &rng)
            Fuzz.note("seed \(Self.seed &+ 2) protocol \(index): \(damaged.count) bytes")
            try Data(damaged).write(to: URL(fileURLWithPath: file))
            for command in [["protocols", "lint", file], ["new", "Fuzz", "--protocol", file]] {
                let code = h.run(command).code
                codes[code, default: 0] += 1
                #expect(Fuzz.documentedCodes.contains(code), "protocol \(index) \(command) exited \(code)")
            }
        }
        Self.report("protocol files (lint and new each)", codes)
    }
}
