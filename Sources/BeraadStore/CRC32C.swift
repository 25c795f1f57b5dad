/// CRC-32C (Castagnoli), the checksum that frames each journal line.
public enum CRC32C {
    /// Eight tables of 256: `tables[0]` is the classic byte-at-a-time table, `tables[k]` the effect of a byte
    /// followed by k zero bytes, so that eight bytes are folded in at once ("slicing-by-8").
    fileprivate static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var crc = UInt32(index)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            tables[index] = crc
        }
        for slice in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(slice - 1) * 256 + index]
                tables[slice * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum of `bytes`.
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var running = Running()
        running.update(bytes)
        return running.value
    }

    /// A checksum taken over several pieces of bytes in turn.
    public struct Running: Sendable {
        private var crc: UInt32 = 0xFFFF_FFFF

        public init() {}

        public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
            if done == nil { Array(bytes).withUnsafeBytes { update($0) } }
        }

        private mutating func update(_ raw: UnsafeRawBufferPointer) {
            var crc = self.crc
            var offset = 0
            CRC32C.tables.withUnsafeBufferPointer { table in
                while offset + 8 <= raw.count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    let low = UInt32(truncatingIfNeeded: word) ^ crc
                    let high = UInt32(truncatingIfNeeded: word >> 32)
                    crc =
                        table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                        ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                        ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                        ^ table[256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
                    offset += 8
                }
                while offset < raw.count {
                    crc = table[Int((crc ^ UInt32(raw[offset])) & 0xFF)] ^ (crc >> 8)
                    offset += 1
                }
            }
            self.crc = crc
        }

        /// The checksum so far.
        public var value: UInt32 { crc ^ 0xFFFF_FFFF }

        /// The checksum so far as eight lower-case hex digits.
        public var hex: String { CRC32C.hex(value: value) }

        /// Whether `digits` are the checksum so far as `hex` writes it: compared without making a string, once for
        /// every line of every journal read.
        func isWritten(as digits: ArraySlice<UInt8>) -> Bool {
            guard digits.count == 8 else { return false }
            let value = self.value
            for (position, byte) in digits.enumerated() {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt32(28 - 4 * position)) & 0xF
                guard byte == (nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10) else { return false }
            }
            return true
        }
    }

    /// The checksum as eight lower-case hex digits.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hex(value: checksum(bytes))
    }

    private static func hex(value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
