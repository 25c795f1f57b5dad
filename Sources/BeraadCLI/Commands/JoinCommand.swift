import BeraadEngine

/// `join NAME [--role ROLE] [--absent]`: adds a participant, or lists one invited who is not there.
struct JoinCommand: BeraadCommand {
    static let name = Argument(.name, .joinName)
    static let role = Option("role", nl: "rol", value: .role, .joinRole, kind: .role)
    static let absent = Flag("absent", nl: "afwezig", .joinAbsent)
    static let declaration = CommandDeclaration(
        "join", aliases: ["aansluiten"], group: .meeting, summary: .join, arguments: [name.declaration],
        options: [role.declaration, absent.declaration], live: .standard)

    var name: String
    var role: String?
    var absent: Bool

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        role = try arguments.value(Self.role)
        absent = arguments.flag(Self.absent)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.join(name: name, role: role, absent: absent))
        guard case .participantJoined(let joined)? = result.records.first?.event else { return }
        let title = result.state.protocolDefinition.role(joined.role)?.title(context.lang) ?? joined.role
        let message: Catalog.MessageText =
            absent ? .invited(name: joined.name, role: title) : .joined(name: joined.name, role: title)
        try context.confirm(result.records, context.t(.message(message)))
    }
}
