import BeraadEngine

/// An option that takes a value, declared once and read as a typed property (`arguments.value(Self.about)`).
struct Option<Value: Sendable>: Sendable {
    let declaration: OptionDeclaration
    /// The value of a written text; `nil` when the text is not one.
    let read: @Sendable (String) -> Value?
}

/// An option without a value.
struct Flag: Sendable {
    let declaration: OptionDeclaration

    init(_ name: String, nl dutchName: String? = nil, _ summary: Catalog.HelpText) {
        declaration = OptionDeclaration(
            name: name, dutchName: dutchName, valueName: nil, kind: .text, summary: CLIText.localized(.help(summary)))
    }
}

/// A positional argument, declared once and read as a typed property.
struct Argument<Value: Sendable>: Sendable {
    let declaration: ArgumentDeclaration
    let read: @Sendable (String) -> Value?
}

extension Option where Value == String {
    /// An option whose value is text of `kind`, kept as written.
    init(
        _ name: String, nl dutchName: String? = nil, value valueName: Catalog.PlaceholderText,
        _ summary: Catalog.HelpText,
        kind: ValueKind = .text, repeatable: Bool = false, required: Bool = false
    ) {
        declaration = OptionDeclaration(
            name: name, dutchName: dutchName, valueName: valueName, kind: kind,
            summary: CLIText.localized(.help(summary)),
            isRepeatable: repeatable, isRequired: required)
        read = { $0 }
    }
}

extension Option where Value == Int {
    /// An option whose value is a whole number.
    init(
        number name: String, nl dutchName: String? = nil, value valueName: Catalog.PlaceholderText,
        _ summary: Catalog.HelpText,
        invalid: @escaping @Sendable (_ value: String) -> Catalog.ParseText
    ) {
        declaration = OptionDeclaration(
            name: name, dutchName: dutchName, valueName: valueName, kind: .number,
            summary: CLIText.localized(.help(summary)),
            invalidValue: invalid)
        read = { Int($0) }
    }
}

extension Option where Value: ChoiceValue {
    /// An option whose value is one of `values`, in either language.
    init(
        choice name: String, nl dutchName: String? = nil, value valueName: Catalog.PlaceholderText,
        _ summary: Catalog.HelpText,
        among values: [Value] = Array(Value.allCases)
    ) {
        declaration = OptionDeclaration(
            name: name, dutchName: dutchName, valueName: valueName, kind: .choice(values.map(\.choice)),
            summary: CLIText.localized(.help(summary)))
        read = { Value.named($0, among: values) }
    }
}

extension Argument where Value == String {
    /// An argument whose value is text of `kind`, kept as written.
    init(
        _ placeholder: Catalog.PlaceholderText, _ summary: Catalog.HelpText, kind: ValueKind = .text,
        optional: Bool = false, variadic: Bool = false
    ) {
        declaration = ArgumentDeclaration(
            name: CLIText.text(.placeholder(placeholder), .en), placeholder: placeholder, kind: kind,
            summary: CLIText.localized(.help(summary)), isOptional: optional, isVariadic: variadic)
        read = { $0 }
    }
}

extension Argument where Value: ChoiceValue {
    /// An argument whose value is one of `values`; `invalid` says what to choose.
    init(
        choice placeholder: Catalog.PlaceholderText, _ summary: Catalog.HelpText,
        invalid: @escaping @Sendable (_ value: String) -> Catalog.ParseText,
        among values: [Value] = Array(Value.allCases)
    ) {
        declaration = ArgumentDeclaration(
            name: CLIText.text(.placeholder(placeholder), .en), placeholder: placeholder,
            kind: .choice(values.map(\.choice)), summary: CLIText.localized(.help(summary)), invalidValue: invalid)
        read = { Value.named($0, among: values) }
    }
}

extension Option where Value == RetentionPeriod {
    /// An option whose value is a period: `2y`, `18m`, `6w`, `90d`.
    init(
        period name: String, nl dutchName: String? = nil, value valueName: Catalog.PlaceholderText,
        _ summary: Catalog.HelpText
    ) {
        declaration = OptionDeclaration(
            name: name, dutchName: dutchName, valueName: valueName, kind: .text,
            summary: CLIText.localized(.help(summary)), invalidValue: { .notAPeriod(text: $0) })
        read = { RetentionPeriod($0) }
    }
}
