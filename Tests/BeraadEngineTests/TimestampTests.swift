import BeraadEngine
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-03-12T14:05:00+01:00", Int64(1_773_320_700), 3600),
        ("2026-03-12T13:05:00Z", Int64(1_773_320_700), 0),
        ("2026-03-12 13:05Z", Int64(1_773_320_700), 0),
        ("2024-02-29T00:00:00-05:30", Int64(1_709_184_600), -19800),
        ("1970-01-01T00:00:00.123Z", Int64(0), 0),
    ])
    func parsesISO8601(_ text: String, _ seconds: Int64, _ offset: Int) throws {
        let stamp = try #require(Timestamp.parse(text))
        #expect(stamp.seconds == seconds && stamp.offsetSeconds == offset)
    }

    @Test(arguments: [
        "", "2026-13-01T00:00Z", "2026-02-30T10:00Z", "2026-03-12T24:00Z", "2026-03-12", "14:05", "2026-03-12T14:05+0",
        "x2026-03-12T14:05Z",
    ])
    func refusesWhatIsNotATime(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func printsAndReadsBackTheSameInstantAndOffset() throws {
        for seconds in stride(from: Int64(-5_000_000_000), through: 5_000_000_000, by: 123_456_789) {
            for offset in [0, 3600, -18000, 20700] {
                let stamp = Timestamp(seconds: seconds, offsetSeconds: offset)
                #expect(Timestamp.parse(stamp.description) == stamp)
            }
        }
    }

    @Test func theDescriptionWrittenDigitByDigitIsTheOneFromItsParts() {
        // Years 0–9999 take the fast way; the others, and any offset, must read the same as from the parts.
        for seconds in stride(from: Int64(-70_000_000_000), through: 260_000_000_000, by: 987_654_321) {
            for offset in [0, 60, 3600, -18000, 20700, -43200, 50400, 359_940] {
                let stamp = Timestamp(seconds: seconds, offsetSeconds: offset)
                let c = stamp.civil
                let minutes = abs(offset) / 60
                let zone =
                    offset == 0
                    ? "Z"
                    : (offset < 0 ? "-" : "+") + String(format2: minutes / 60) + ":" + String(format2: minutes % 60)
                #expect(stamp.description == c.dateString + "T" + c.timeString(withSeconds: true) + zone)
            }
        }
    }

    @Test func withoutAnOffsetTheDefaultApplies() throws {
        let stamp = try #require(Timestamp.parse("2026-03-12T14:05", defaultOffset: 3600))
        #expect(stamp.description == "2026-03-12T14:05:00+01:00")
    }
}

extension String {
    /// A number of at least two digits.
    fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
