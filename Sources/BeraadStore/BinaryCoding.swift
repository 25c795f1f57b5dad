import BeraadEngine
/// A compact byte encoding for derived data (a session's replayed state, kept beside its journal): variable-length
/// integers and length-prefixed UTF-8, in the order the writer wrote them. Not a format for anything kept for good:
/// the reader is told nothing but the order, and whoever stores these bytes must say which version wrote them.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A non-negative number in seven-bit groups, least significant first (LEB128).
    public mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Any integer, zigzag-encoded so that small negative numbers stay short.
    public mutating func int(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    public mutating func int64(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func optional<Value>(_ value: Value?, _ write: (inout BinaryWriter, Value) -> Void) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        write(&self, value)
    }

    public mutating func array<Value>(_ values: [Value], _ write: (inout BinaryWriter, Value) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }

    /// Bytes another writer wrote, as they are.
    public mutating func append(_ written: [UInt8]) { bytes += written }

    /// A string enum by its raw value, so that reordering cases never changes what a byte means.
    public mutating func raw<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String {
        string(value.rawValue)
    }
}

/// Reads what `BinaryWriter` wrote, in the same order; anything short, too long or out of range is `Malformed`,
/// never a trap.
public struct BinaryReader {
    /// The bytes do not hold what the reader was told to expect.
    public struct Malformed: Error, Sendable, Equatable {
        public init() {}
    }

    private let buffer: UnsafeBufferPointer<UInt8>
    public private(set) var position: Int

    /// Reads `buffer` from `position`; the buffer must outlive the reader.
    public init(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int = 0) {
        self.buffer = buffer
        self.position = position
    }

    public var isAtEnd: Bool { position == buffer.count }

    /// Passes over `count` bytes (a `count()` read before them: never beyond the end).
    public mutating func skip(_ count: Int) { position += count }

    public mutating func unsigned() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < buffer.count, shift < 64 else { throw Malformed() }
            let byte = buffer[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    public mutating func int64() throws(Malformed) -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    public mutating func int() throws(Malformed) -> Int {
        guard let value = Int(exactly: try int64()) else { throw Malformed() }
        return value
    }

    /// A count of things that follow, each at least one byte long: never more than the bytes left.
    public mutating func count() throws(Malformed) -> Int {
        let raw = try unsigned()
        guard raw <= UInt64(buffer.count - position) else { throw Malformed() }
        return Int(raw)
    }

    public mutating func bool() throws(Malformed) -> Bool {
        guard position < buffer.count, buffer[position] <= 1 else { throw Malformed() }
        position += 1
        return buffer[position - 1] == 1
    }

    public mutating func string() throws(Malformed) -> String {
        let length = try count()
        let start = position
        position += length
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<position]), as: UTF8.self)
    }

    public mutating func optional<Value>(
        _ read: (inout BinaryReader) throws(Malformed) -> Value
    ) throws(Malformed) -> Value? {
        guard try bool() else { return nil }
        return try read(&self)
    }

    /// An array, with room for `spare` more elements: an array that grows after it is read (the entries of a
    /// session) would otherwise be copied whole on its first append.
    public mutating func array<Value>(
        spare: Int = 0, _ read: (inout BinaryReader) throws(Malformed) -> Value
    ) throws(Malformed) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count + spare)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    public mutating func raw<Value: RawRepresentable>(_: Value.Type) throws(Malformed) -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
