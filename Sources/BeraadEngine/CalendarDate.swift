/// A day on the calendar, as facilitators write it: ISO 8601 (`2026-12-04`), `4-12-2026`, `4 december [2026]`,
/// a weekday (`vrijdag`, `friday`), `vandaag`/`morgen`, `over 2 weken` or `in 2 weeks`. Read relative to `today`,
/// so that reading is pure and testable.
public struct CalendarDate: Sendable, Equatable, Comparable, Hashable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date that exists on the calendar, or `nil`.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilTime.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date of an ISO 8601 `YYYY-MM-DD` text.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), let y = Int(parts[0]), let m = Int(parts[1]),
            let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The local date of `stamp`.
    public init(_ stamp: Timestamp) {
        let civil = stamp.civil
        (year, month, day) = (civil.year, civil.month, civil.day)
    }

    /// `YYYY-MM-DD`, as the journal keeps dates.
    public var description: String { Timestamp.pad(year, 4) + "-" + Timestamp.pad(month) + "-" + Timestamp.pad(day) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    var daysSinceEpoch: Int64 { CivilTime.daysFromCivil(year: year, month: month, day: day) }

    /// The date `days` later (or earlier).
    public func adding(days: Int) -> CalendarDate {
        let (y, m, d) = CivilTime.civilFromDays(daysSinceEpoch + Int64(days))
        return CalendarDate(unchecked: y, m, d)
    }

    /// The date `months` later, on the same day or the month's last day.
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let (y, m) = (index / 12, index % 12 + 1)
        return CalendarDate(unchecked: y, m, min(day, CivilTime.daysIn(month: m, year: y)))
    }

    /// 0 for Monday … 6 for Sunday.
    public var weekday: Int { Int(((daysSinceEpoch % 7) + 7 + 3) % 7) }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date short, as a table shows it: `20-12-2026` in Dutch, `20 Dec 2026` in English.
    public func short(_ language: Language) -> String {
        switch language {
        case .nl:
            return (day < 10 ? "0" : "") + "\(day)-" + (month < 10 ? "0" : "") + "\(month)-\(year)"
        case .en:
            return "\(day) " + Self.names(.en).months[month - 1].prefix(3) + " \(year)"
        }
    }

    /// The date written out in `language`: "vrijdag 4 december 2026", "Friday 4 December 2026".
    public func spelledOut(_ language: Language) -> String {
        let names = Self.names(language)
        return names.weekdays[weekday] + " \(day) " + names.months[month - 1] + " \(year)"
    }

    // MARK: - Reading

    /// The date `text` stands for, on or after `today` where it names no year; `nil` when it is none.
    public static func parse(_ text: String, today: CalendarDate) -> CalendarDate? {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { return nil }
        if words.count == 1 { return single(words[0], today: today) }
        if let date = relative(words, today: today) { return date }
        return dayAndMonth(words, today: today)
    }

    /// `2026-12-04`, `4-12-2026`, `4/12/2026`, `4-12`, a weekday, `vandaag`, `morgen`, `overmorgen`.
    private static func single(_ word: String, today: CalendarDate) -> CalendarDate? {
        switch word {
        case "vandaag", "today": return today
        case "morgen", "tomorrow": return today.adding(days: 1)
        case "overmorgen": return today.adding(days: 2)
        default: break
        }
        if let weekday = weekdayIndex(word) {
            // The next such day after today: "vrijdag", said on a Friday, is a week later.
            let ahead = (weekday - today.weekday + 7) % 7
            return today.adding(days: ahead == 0 ? 7 : ahead)
        }
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        switch numbers.count {
        case 3 where parts[0].count == 4:
            return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        case 3 where parts[2].count == 4:
            return CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
        case 2:
            return upcoming(month: numbers[1], day: numbers[0], today: today)
        default:
            return nil
        }
    }

    /// `over 2 weken`, `in 2 weeks`, `over een maand`, `in 10 days`.
    private static func relative(_ words: [String], today: CalendarDate) -> CalendarDate? {
        guard words.count == 3, words[0] == "over" || words[0] == "in" else { return nil }
        let count: Int
        switch words[1] {
        case "een", "één", "a", "one": count = 1
        case "twee", "two": count = 2
        case "drie", "three": count = 3
        default:
            guard let number = Int(words[1]), (0...1000).contains(number) else { return nil }
            count = number
        }
        switch words[2] {
        case "dag", "dagen", "day", "days": return today.adding(days: count)
        case "week", "weken", "weeks": return today.adding(days: 7 * count)
        case "maand", "maanden", "month", "months": return today.adding(months: count)
        default: return nil
        }
    }

    /// `4 december`, `4 december 2026`, `december 4, 2026`.
    private static func dayAndMonth(_ words: [String], today: CalendarDate) -> CalendarDate? {
        let cleaned = words.map { $0.trimmingCharacters(in: ",.") }
        guard cleaned.count == 2 || cleaned.count == 3 else { return nil }
        var day: Int?
        var month: Int?
        if let d = Int(cleaned[0]), let m = monthIndex(cleaned[1]) {
            (day, month) = (d, m)
        } else if let m = monthIndex(cleaned[0]), let d = Int(cleaned[1]) {
            (day, month) = (d, m)
        }
        guard let day, let month else { return nil }
        if cleaned.count == 3 {
            guard cleaned[2].count == 4, let year = Int(cleaned[2]) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
        return upcoming(month: month, day: day, today: today)
    }

    /// The next `day`-`month` on or after today.
    private static func upcoming(month: Int, day: Int, today: CalendarDate) -> CalendarDate? {
        if let date = CalendarDate(year: today.year, month: month, day: day), date >= today { return date }
        return CalendarDate(year: today.year + 1, month: month, day: day)
    }

    private static func weekdayIndex(_ word: String) -> Int? {
        for language in Language.allCases {
            if let index = names(language).weekdays.firstIndex(where: { $0.lowercased() == word }) { return index }
        }
        return nil
    }

    private static func monthIndex(_ word: String) -> Int? {
        for language in Language.allCases {
            let months = names(language).months.map { $0.lowercased() }
            if let index = months.firstIndex(of: word)
                ?? months.firstIndex(where: { word.count >= 3 && $0.hasPrefix(word) })
            {
                return index + 1
            }
        }
        return nil
    }

    /// Weekday and month names in `language`, as dates are written out.
    private static func names(_ language: Language) -> (weekdays: [String], months: [String]) {
        let weekdays = (0..<7).map { Catalog.text(.date(.weekday(index: $0)), language) }
        let months = (1...12).map { Catalog.text(.date(.month(index: $0)), language) }
        return (weekdays, months)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}

extension CalendarDate {
    /// A date is coded as its `YYYY-MM-DD` text, as the journal keeps it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date YYYY-MM-DD: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
