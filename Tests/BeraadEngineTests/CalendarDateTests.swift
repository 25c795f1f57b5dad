import BeraadEngine
import Testing

@Suite struct CalendarDateTests {
    /// Sunday 29 November 2026.
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    @Test(arguments: [
        ("2026-12-04", "2026-12-04"), ("4-12-2026", "2026-12-04"), ("04-12-2026", "2026-12-04"),
        ("4/12/2026", "2026-12-04"), ("4.12.2026", "2026-12-04"), ("4-12", "2026-12-04"), ("1-1", "2027-01-01"),
        ("4 december", "2026-12-04"), ("4 December 2026", "2026-12-04"), ("4 dec", "2026-12-04"),
        ("December 4, 2026", "2026-12-04"), ("1 januari", "2027-01-01"), ("29 november", "2026-11-29"),
        ("vrijdag", "2026-12-04"), ("Friday", "2026-12-04"), ("zondag", "2026-12-06"), ("maandag", "2026-11-30"),
        ("vandaag", "2026-11-29"), ("morgen", "2026-11-30"), ("tomorrow", "2026-11-30"), ("overmorgen", "2026-12-01"),
        ("over 2 weken", "2026-12-13"), ("in 2 weeks", "2026-12-13"), ("over een maand", "2026-12-29"),
        ("in 10 days", "2026-12-09"), ("over één week", "2026-12-06"), ("29-2-2028", "2028-02-29"),
    ])
    func datesAreReadInTheFormsPeopleWriteThem(_ text: String, _ expected: String) {
        #expect(CalendarDate.parse(text, today: Self.today)?.description == expected, "\(text)")
    }

    @Test(arguments: ["31-2-2026", "32 december", "blah", "over 2 jaar", "", "2026-13-01", "4 smarch", "29-2-2027"])
    func whatIsNoDateIsRefused(_ text: String) {
        #expect(CalendarDate.parse(text, today: Self.today) == nil, "\(text)")
    }

    @Test func aDateIsWrittenOutInBothLanguages() throws {
        let date = try #require(CalendarDate(iso: "2026-12-04"))
        #expect(date.spelledOut(.nl) == "vrijdag 4 december 2026")
        #expect(date.spelledOut(.en) == "Friday 4 December 2026")
        #expect(date.weekday == 4 && Self.today.weekday == 6)
        #expect(date.adding(months: 2).description == "2027-02-04")
        #expect(CalendarDate(iso: "2026-01-31")?.adding(months: 1).description == "2026-02-28")
    }
}

@Suite struct HolidayTests {
    @Test func theDutchPublicHolidaysAndTheWeekendAreKnown() {
        func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
        #expect(day("2026-12-25").holiday == .christmas && day("2026-12-26").holiday == .boxingDay)
        #expect(day("2026-04-05").holiday == .easter && day("2026-04-06").holiday == .easterMonday)
        #expect(day("2026-04-03").holiday == .goodFriday && day("2026-05-14").holiday == .ascension)
        #expect(day("2026-05-24").holiday == .whitsun && day("2026-05-25").holiday == .whitMonday)
        #expect(day("2026-04-27").holiday == .kingsDay && day("2025-04-26").holiday == .kingsDay)
        #expect(day("2025-04-27").holiday == nil, "King's Day moves to the 26th when the 27th is a Sunday")
        #expect(day("2027-03-28").holiday == .easter && day("2024-03-31").holiday == .easter)
        #expect(day("2026-01-01").holiday == .newYear && day("2026-05-05").holiday == .liberationDay)
        #expect(day("2026-12-19").isWeekend && day("2026-12-20").isWeekend && !day("2026-12-21").isWeekend)
        #expect(day("2026-12-25").dayOff(.nl) == "eerste kerstdag" && day("2026-12-19").dayOff(.en) == "a Saturday")
        #expect(day("2026-12-21").dayOff(.nl) == nil)
    }
}
