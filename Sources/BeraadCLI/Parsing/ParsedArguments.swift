/// What the parser found for one command: its arguments by name and its options' values, as written; commands
/// read them through their typed declarations.
struct ParsedArguments: Sendable {
    /// Positional values by argument name; a variadic argument holds every remaining one.
    var arguments: [String: [String]] = [:]
    /// Option values by the option's English name, in the order given.
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// The value of a required argument.
    func argument<Value>(_ argument: Argument<Value>) throws(ParseError) -> Value {
        guard let value = try optional(argument) else {
            throw .missingArgument(argument.declaration)
        }
        return value
    }

    /// The value of an optional argument, if it was given.
    func optional<Value>(_ argument: Argument<Value>) throws(ParseError) -> Value? {
        guard let written = arguments[argument.declaration.name]?.first else { return nil }
        guard let value = argument.read(written) else {
            throw .invalidArgument(written, argument: argument.declaration)
        }
        return value
    }

    /// Every value of a variadic argument.
    func all<Value>(_ argument: Argument<Value>) throws(ParseError) -> [Value] {
        var result: [Value] = []
        for written in arguments[argument.declaration.name] ?? [] {
            guard let value = argument.read(written) else {
                throw .invalidArgument(written, argument: argument.declaration)
            }
            result.append(value)
        }
        return result
    }

    /// The option's value, if it was given.
    func value<Value>(_ option: Option<Value>) throws(ParseError) -> Value? { try all(option).last }

    /// The value of a required option.
    func required<Value>(_ option: Option<Value>) throws(ParseError) -> Value {
        guard let value = try value(option) else { throw .missingOption(option.declaration) }
        return value
    }

    /// Every value of a repeatable option, in order.
    func all<Value>(_ option: Option<Value>) throws(ParseError) -> [Value] {
        var result: [Value] = []
        for written in values[option.declaration.name] ?? [] {
            guard let value = option.read(written) else { throw .invalidValue(written, option: option.declaration) }
            result.append(value)
        }
        return result
    }

    /// Whether the flag was given.
    func flag(_ flag: Flag) -> Bool { flags.contains(flag.declaration.name) }
}
