/// The days an office is closed in the Netherlands: the weekend and the public holidays, so that a date set on one
/// can be pointed out (it is still accepted: a team decides when it works).
extension CalendarDate {
    /// A Dutch public holiday.
    public enum Holiday: String, Sendable, CaseIterable {
        case newYear, goodFriday, easter, easterMonday, kingsDay, liberationDay, ascension, whitsun, whitMonday,
            christmas, boxingDay
    }

    /// Whether the date is a Saturday or a Sunday.
    public var isWeekend: Bool { weekday >= 5 }

    /// The public holiday the date is, if it is one.
    public var holiday: Holiday? {
        switch (month, day) {
        case (1, 1): return .newYear
        case (5, 5): return .liberationDay
        case (12, 25): return .christmas
        case (12, 26): return .boxingDay
        default: break
        }
        // King's Day is 27 April, or the 26th when the 27th is a Sunday.
        if month == 4, let kings = CalendarDate(year: year, month: 4, day: 27) {
            let observed = kings.weekday == 6 ? 26 : 27
            if day == observed { return .kingsDay }
        }
        guard let easter = Self.easter(year) else { return nil }
        switch daysSinceEpoch - easter.daysSinceEpoch {
        case -2: return .goodFriday
        case 0: return .easter
        case 1: return .easterMonday
        case 39: return .ascension
        case 49: return .whitsun
        case 50: return .whitMonday
        default: return nil
        }
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm).
    static func easter(_ year: Int) -> CalendarDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// What kind of day off the date is, in words ("eerste kerstdag", "een zaterdag"), or nil on a working day.
    public func dayOff(_ language: Language) -> String? {
        if let holiday { return Catalog.text(.date(.holiday(holiday)), language) }
        guard isWeekend else { return nil }
        return Catalog.text(.date(.weekendDay(saturday: weekday == 5)), language)
    }
}
