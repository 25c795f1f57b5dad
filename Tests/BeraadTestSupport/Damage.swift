import BeraadStore
import Foundation

// Seeded odd input for the tests of every module: the same seed makes the same cases again.

/// SplitMix64: small, fast and seeded, so that every fuzz case can be made again from its seed.
public struct SeededGenerator: RandomNumberGenerator {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Damage as a disk, an editor or a forger does it.
public enum Damage {
    /// The seed of every fuzz test: `BERAAD_FUZZ_SEED` to replay a run, else a fixed one.
    public static let seed: UInt64 = UInt64(ProcessInfo.processInfo.environment["BERAAD_FUZZ_SEED"] ?? "") ?? 20_261_129

    static func pick<T>(_ items: [T], _ rng: inout SeededGenerator) -> T {
        items[Int(rng.next() % UInt64(items.count))]
    }

    /// `bytes` of a journal with one kind of damage: a flipped byte, a cut, swapped, repeated or lost lines,
    /// a huge number, or a record that reads but could not have been written (its checksum made to fit).
    public static func journal(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.count > 1 else { return bytes }
        switch rng.next() % 8 {
        case 0:
            var result = bytes
            let index = Int(rng.next() % UInt64(result.count))
            result[index] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            return result
        case 1:
            return Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
        case 2:
            lines.swapAt(Int(rng.next() % UInt64(lines.count)), Int(rng.next() % UInt64(lines.count)))
        case 3:
            let index = Int(rng.next() % UInt64(lines.count))
            lines.insert(lines[index], at: index)
        case 4:
            lines.remove(at: 1 + Int(rng.next() % UInt64(lines.count - 1)))
        default:
            // A record that frames and checks: its content changed, its checksum made to fit.
            let index = Int(rng.next() % UInt64(lines.count))
            let line = String(decoding: lines[index], as: UTF8.self)
            guard let start = line.range(of: #","rec":"#), line.hasSuffix("}") else { break }
            var record = String(line[start.upperBound...].dropLast())
            let edits: [(String, String)] = [
                ("\"seq\":", "\"seq\":9"), ("Anna", "Zoë"), ("\"score\":", "\"score\":4611686018427387904"),
                ("casus", "nergens"), ("\"option\":\"", "\"option\":\"Q"), ("T13:", "T03:"), ("\"v\":1", "\"v\":2"),
                ("\"type\":\"", "\"type\":\"x"), ("\"name\":\"", "\"name\":"),
            ]
            let (from, to) = pick(edits, &rng)
            record = record.replacingOccurrences(of: from, with: to)
            let rec = Array(record.utf8)
            lines[index] =
                Array(#"{"crc":""#.utf8) + Array(CRC32C.hex(rec).utf8) + Array(#"","rec":"#.utf8) + rec
                + [UInt8(ascii: "}")]
        }
        return lines.flatMap { $0 + [UInt8(ascii: "\n")] }
    }
}
