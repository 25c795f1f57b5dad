import BeraadEngine

/// `join NAME [--role ROLE] [--function TEXT] [--absent]`: adds a participant, records the arrival of one who was
/// invited, or lists one invited who is not there.
struct JoinCommand: BeraadCommand {
    static let name = Argument(.name, .joinName)
    static let role = Option("role", nl: "rol", value: .role, .joinRole, kind: .role)
    static let function = Option("function", nl: "functie", value: .text, .joinFunction)
    static let absent = Flag("absent", nl: "afwezig", .joinAbsent)
    static let declaration = CommandDeclaration(
        "join", aliases: ["aansluiten"], group: .meeting, summary: .join, arguments: [name.declaration],
        options: [role.declaration, function.declaration, absent.declaration], live: .standard)

    var name: String
    var role: String?
    var function: String?
    var absent: Bool

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        role = try arguments.value(Self.role)
        function = try arguments.value(Self.function)
        absent = arguments.flag(Self.absent)
    }

    /// `Peter Hoekstra (huisarts)` as the name and the function it holds in brackets at its end.
    static func nameAndFunction(_ given: String) -> (name: String, function: String)? {
        let text = given.trimmingWhitespace()
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return nil }
        let name = text[..<open].trimmingWhitespace()
        let function = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
        guard !name.isEmpty, !function.isEmpty, !function.contains("("), !name.contains("(") else { return nil }
        return (name, function)
    }

    func run(_ context: Context) throws(CLIError) {
        var name = self.name
        var function = self.function
        let split = function == nil ? Self.nameAndFunction(name) : nil
        if let split { (name, function) = (split.name, split.function) }
        let result = try context.perform(.join(name: name, role: role, absent: absent, function: function))
        guard case .participantJoined(let joined)? = result.records.first?.event else { return }
        if let split {
            context.environment.output.err(
                Context.terminalSafe(
                    context.t(.message(.readAsFunction(given: self.name, name: split.name, function: split.function))))
                    + "\n")
        }
        let title = result.state.protocolDefinition.role(joined.role)?.title(context.lang) ?? joined.role
        let message: Catalog.MessageText
        if absent {
            message = .invited(name: joined.name, role: title)
        } else if result.state.people.last?.change == .arrived {
            message = .arrived(name: joined.name, role: title)
        } else {
            message = .joined(name: joined.name, role: title)
        }
        try context.confirm(result.records, context.t(.message(message)))
    }
}
