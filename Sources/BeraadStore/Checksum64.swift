/// A fast 64-bit checksum for derived files the store rereads (the snapshot of a replayed session): it finds a
/// file that was cut short, overwritten or mixed up, eight bytes at a time. Not cryptographic; the journal's own
/// lines carry CRC-32C and SHA-256.
public enum Checksum64 {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The checksum of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    public static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash = UInt64(raw.count) &* multiplier ^ 0x243F_6A88_85A3_08D3
        var offset = 0
        while offset + 8 <= raw.count {
            hash = mix(hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var last: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            last |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        return mix(mix(hash ^ last) ^ UInt64(raw.count))
    }

    /// One round: multiply, then fold the high bits down so that every input bit reaches every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* multiplier
        return product ^ (product >> 29) ^ (product >> 47)
    }
}
