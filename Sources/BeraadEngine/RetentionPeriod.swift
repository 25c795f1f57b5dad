/// How long closed sessions are kept: `2y`, `18m`, `6w`, `90d` (Dutch `2j` for jaar too).
public struct RetentionPeriod: Sendable, Equatable, CustomStringConvertible {
    public enum Unit: String, Sendable, Equatable {
        case days = "d"
        case weeks = "w"
        case months = "m"
        case years = "y"
    }

    public var amount: Int
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Reads `2y`, `18m`, `6w`, `90d`, `2j`; a number without a unit, zero, or more than 100 years is no period.
    public init?(_ text: String) {
        let text = text.trimmingWhitespace().lowercased()
        guard let last = text.last, let amount = Int(text.dropLast()), amount > 0 else { return nil }
        let unit: Unit
        switch last {
        case "d": unit = .days
        case "w": unit = .weeks
        case "m": unit = .months
        case "y", "j": unit = .years
        default: return nil
        }
        let days: Int
        switch unit {
        case .days: days = amount
        case .weeks: days = amount * 7
        case .months: days = amount * 31
        case .years: days = amount * 366
        }
        guard days <= 36_600 else { return nil }
        self.init(amount: amount, unit: unit)
    }

    public var description: String { "\(amount)\(unit.rawValue)" }

    /// The first day that is not past the period, counted back from `today`: a session whose last entry is before
    /// it is past retention.
    public func cutoff(from today: CalendarDate) -> CalendarDate {
        switch unit {
        case .days: return today.adding(days: -amount)
        case .weeks: return today.adding(days: -7 * amount)
        case .months: return today.adding(months: -amount)
        case .years: return today.adding(months: -12 * amount)
        }
    }
}
