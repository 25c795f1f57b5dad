import BeraadEngine
import BeraadTestSupport
import BeraadStore
import Foundation
import Testing

/// Seeded fuzzing of command lines, journals and protocol files: only documented exit codes, never a trap; a damaged
/// journal reads as the prefix that verifies or is refused at its place, and a refused protocol names its place.
/// The suite runs a small sample; `fuzz/run N` runs N cases of each kind and reports the counts.
@Suite(.serialized) struct FuzzTests {
    static let seed = Damage.seed

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

    /// Where a journal the store refuses is wrong, as the refusal names it (`PATH:LINE`); nil for another failure.
    static func place(_ error: StoreError) -> String? {
        switch error {
        case .damaged(let path, let line, _), .impossible(let path, let line, _), .newerFormat(let path, let line, _),
            .wouldNotReplay(let path, let line, _):
            return "\(path):\(line)"
        case .io, .locked, .sessionNotFound, .sessionExists, .invalidSessionID, .noCurrentSession, .unsure,
            .unsureUnmarked,
            .invalidConfig, .sessionDiffers:
            return nil
        }
    }

    @Test func damagedJournalsAreReadOrRefusedNeverTrusted() throws {
        var rng = SeededGenerator(state: Self.seed &+ 1)
        var codes: [Int32: Int] = [:]
        let source = try Harness.meeting(upTo: "besluit")
        let original = [UInt8](source.journal())
        let written = try SessionStore(home: source.home, lockTimeout: 2).read(source.currentID).records
        // Damaged in place, under its own id: a journal put under another session's name is refused for that alone
        // (no beraad writes a session's records under another's name), and would test nothing else.
        let h = source
        let id = source.currentID
        let path = h.home + "/sessions/" + id + ".jsonl"
        let store = SessionStore(home: h.home, lockTimeout: 2)
        for index in 0..<Fuzz.count("BERAAD_FUZZ_JOURNALS", sample: 60) {
            let damaged = Damage.journal(original, &rng)
            Fuzz.note("seed \(Self.seed &+ 1) journal \(index): \(damaged.count) bytes")
            // The oracle: a journal that is read is read as a prefix of what was written, never a changed record;
            // one that is refused is refused at its place, by every command.
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            var refusedAt: String?
            do {
                let read = try store.read(id).records
                // Only a later line's chain vouches for a line, so the last one read may be a forgery whose checksum
                // was made to fit; every line before it is what was written.
                let differs = read.indices.dropLast().first { $0 >= written.count || read[$0] != written[$0] }
                #expect(
                    differs == nil,
                    "journal \(index) read as something else at record \(differs ?? 0): \(differs.map { String(describing: read[$0]).prefix(300) } ?? "") vs \(differs.flatMap { written.indices.contains($0) ? String(describing: written[$0]).prefix(300) : nil } ?? "")"
                )
            } catch {
                refusedAt = Self.place(error)
                #expect(refusedAt != nil, "journal \(index): \(error)")
            }
            for command in [["status"], ["log", "--json"], ["minutes", "--format", "json"], ["say", "Bram", "x"]] {
                try Data(damaged).write(to: URL(fileURLWithPath: path))
                let result = h.run(command)
                codes[result.code, default: 0] += 1
                #expect(Fuzz.documentedCodes.contains(result.code), "journal \(index) \(command) exited \(result.code)")
                if let refusedAt {
                    #expect(
                        [65, 74].contains(result.code) && result.stderr.contains(refusedAt),
                        "journal \(index) \(command) exited \(result.code), refused at \(refusedAt): \(result.stderr)")
                }
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
            var results: [Int32] = []
            for command in [["protocols", "lint", file], ["new", "Fuzz", "--protocol", file]] {
                let result = h.run(command)
                codes[result.code, default: 0] += 1
                results.append(result.code)
                #expect(
                    Fuzz.documentedCodes.contains(result.code), "protocol \(index) \(command) exited \(result.code)")
                // The oracle: a refused file is refused at a place in it (FILE:LINE:COL and a JSON path).
                if result.code == 65 {
                    #expect(
                        result.stderr.contains(
                            try Regex(NSRegularExpression.escapedPattern(for: file) + #":\d+:\d+: .*\$"#)),
                        "protocol \(index) \(command): \(result.stderr)")
                }
            }
            // What lint accepts, `new` opens; what it refuses, `new` refuses.
            #expect(results[0] == 0 ? results[1] == 0 : results[1] == 65, "protocol \(index): \(results)")
        }
        Self.report("protocol files (lint and new each)", codes)
    }
}
