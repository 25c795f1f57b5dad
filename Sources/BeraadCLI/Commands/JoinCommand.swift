import BeraadEngine

/// `join NAME [--role ROLE]`: adds a participant.
struct JoinCommand: BeraadCommand {
    static let name = Argument(.name, .joinName)
    static let role = Option("role", nl: "rol", value: .role, .joinRole, kind: .role)
    static let declaration = CommandDeclaration(
        "join", aliases: ["aansluiten"], group: .meeting, summary: .join, arguments: [name.declaration],
        options: [role.declaration], live: .standard)

    var name: String
    var role: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        role = try arguments.value(Self.role)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.join(name: name, role: role))
        guard case .participantJoined(let joined)? = result.records.first?.event else { return }
        let title = result.state.protocolDefinition.role(joined.role)?.title(context.lang) ?? joined.role
        try context.confirm(result.records, context.t(.message(.joined(name: joined.name, role: title))))
    }
}
