/// CRC-32C (Castagnoli), the checksum that frames each journal line.
public enum CRC32C {
    fileprivate static let table: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        return crc
    }

    /// The checksum of `bytes`.
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// A checksum taken over several pieces of bytes in turn.
    public struct Running: Sendable {
        private var crc: UInt32 = 0xFFFF_FFFF

        public init() {}

        public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            for byte in bytes { crc = CRC32C.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }

        /// The checksum so far as eight lower-case hex digits.
        public var hex: String { CRC32C.hex(value: crc ^ 0xFFFF_FFFF) }
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
