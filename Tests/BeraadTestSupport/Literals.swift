import BeraadEngine

// Tests write option labels as the facilitator does, `"A"`; a label that is not one is a mistake in the test, and
// stops it at once.

extension OptionLabel: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let label = OptionLabel(journal: value) else { preconditionFailure("not an option label: \(value)") }
        self = label
    }
}
