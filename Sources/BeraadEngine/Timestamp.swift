/// An instant to the second, with the UTC offset of the place it was recorded, so that it prints as local time
/// on any machine.
public struct Timestamp: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int64
    /// The local offset from UTC, in seconds, used when printing.
    public var offsetSeconds: Int

    public init(seconds: Int64, offsetSeconds: Int = 0) {
        self.seconds = seconds
        self.offsetSeconds = offsetSeconds
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.seconds == rhs.seconds && lhs.offsetSeconds == rhs.offsetSeconds
    }

    /// The same instant shown at another offset.
    public func at(offset: Int) -> Timestamp { Timestamp(seconds: seconds, offsetSeconds: offset) }

    /// The local calendar fields.
    public var civil: CivilTime { CivilTime(localSeconds: seconds + Int64(offsetSeconds)) }

    /// ISO 8601 with the offset, e.g. `2026-03-12T14:05:00+01:00`.
    public var description: String {
        let c = civil
        let offsetMinutes = abs(offsetSeconds) / 60
        // Written digit by digit for the years and offsets every real session has: a log prints one per entry.
        guard (0...9999).contains(c.year), offsetMinutes < 100 * 60 else {
            return "\(c.dateString)T\(c.timeString(withSeconds: true))\(Self.offsetString(offsetSeconds))"
        }
        let length = offsetSeconds == 0 ? 20 : 25
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = DigitWriter(buffer: buffer)
            out.digits(c.year, 4)
            out.put(UInt8(ascii: "-"))
            out.digits(c.month, 2)
            out.put(UInt8(ascii: "-"))
            out.digits(c.day, 2)
            out.put(UInt8(ascii: "T"))
            out.digits(c.hour, 2)
            out.put(UInt8(ascii: ":"))
            out.digits(c.minute, 2)
            out.put(UInt8(ascii: ":"))
            out.digits(c.second, 2)
            if offsetSeconds == 0 {
                out.put(UInt8(ascii: "Z"))
            } else {
                out.put(UInt8(ascii: offsetSeconds < 0 ? "-" : "+"))
                out.digits(offsetMinutes / 60, 2)
                out.put(UInt8(ascii: ":"))
                out.digits(offsetMinutes % 60, 2)
            }
            return out.count
        }
    }

    /// `+01:00`, `-05:30`, or `Z` for UTC.
    static func offsetString(_ offset: Int) -> String {
        if offset == 0 { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return sign + pad(minutes / 60) + ":" + pad(minutes % 60)
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Parses ISO 8601 `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`; without an offset, `defaultOffset` applies.
    /// A space may stand for the `T`.
    public static func parse(_ text: String, defaultOffset: Int? = nil) -> Timestamp? {
        var text = text
        return text.withUTF8 { parse(utf8: $0, defaultOffset: defaultOffset) }
    }

    /// `parse` of the UTF-8 bytes of a text: for a reader that has the bytes (a journal's every record has a time).
    public static func parse(utf8 chars: UnsafeBufferPointer<UInt8>, defaultOffset: Int? = nil) -> Timestamp? {
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= chars.count else { return nil }
            var value = 0
            for c in chars[i..<(i + width)] {
                guard (0x30...0x39).contains(c) else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            i += width
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2) else {
            return nil
        }
        guard i < chars.count, chars[i] == 0x54 || chars[i] == 0x20 || chars[i] == 0x74 else { return nil }
        i += 1
        guard let hour = number(2), expect(0x3A), let minute = number(2) else { return nil }
        var second = 0
        if expect(0x3A) {
            guard let s = number(2) else { return nil }
            second = s
            if expect(0x2E) || expect(0x2C) {
                let start = i
                while i < chars.count, (0x30...0x39).contains(chars[i]) { i += 1 }
                guard i > start else { return nil }
            }
        }
        var offset: Int
        if i == chars.count {
            guard let defaultOffset else { return nil }
            offset = defaultOffset
        } else if chars[i] == 0x5A || chars[i] == 0x7A {
            i += 1
            offset = 0
        } else if chars[i] == 0x2B || chars[i] == 0x2D {
            let sign = chars[i] == 0x2D ? -1 : 1
            i += 1
            guard let oh = number(2) else { return nil }
            _ = expect(0x3A)
            guard let om = number(2), oh <= 23, om <= 59 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == chars.count else { return nil }
        guard (1...12).contains(month), day >= 1, day <= CivilTime.daysIn(month: month, year: year),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let local =
            CivilTime.daysFromCivil(year: year, month: month, day: day) * 86_400
            + Int64(hour * 3600 + minute * 60 + second)
        return Timestamp(seconds: local - Int64(offset), offsetSeconds: offset)
    }
}

/// Calendar fields of a local time, from the proleptic Gregorian calendar.
public struct CivilTime: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    init(localSeconds: Int64) {
        var days = localSeconds / 86_400
        var rest = localSeconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        (year, month, day) = Self.civilFromDays(days)
        hour = Int(rest / 3600)
        minute = Int(rest % 3600 / 60)
        second = Int(rest % 60)
    }

    /// `2026-03-12`.
    public var dateString: String {
        "\(Timestamp.pad(year, 4))-\(Timestamp.pad(month))-\(Timestamp.pad(day))"
    }

    /// `14:05` or `14:05:00`.
    public func timeString(withSeconds: Bool = false) -> String {
        guard (0...99).contains(hour), (0...99).contains(minute), (0...99).contains(second) else {
            let base = "\(Timestamp.pad(hour)):\(Timestamp.pad(minute))"
            return withSeconds ? base + ":\(Timestamp.pad(second))" : base
        }
        // Written digit by digit into the string: the minutes write one for every entry of a session.
        return String(unsafeUninitializedCapacity: 8) { buffer in
            var out = DigitWriter(buffer: buffer)
            out.digits(hour, 2)
            out.put(UInt8(ascii: ":"))
            out.digits(minute, 2)
            if withSeconds {
                out.put(UInt8(ascii: ":"))
                out.digits(second, 2)
            }
            return out.count
        }
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}

extension Timestamp: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let value = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(text)' is not an ISO 8601 time")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// Bytes written one at a time into a string's buffer, for the times and dates written for every entry.
private struct DigitWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// `value` in `width` digits, zeros first (the caller keeps it below 10 to the `width`).
    mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            put(UInt8(ascii: "0") + UInt8((value / divisor) % 10))
            divisor /= 10
        }
    }
}
