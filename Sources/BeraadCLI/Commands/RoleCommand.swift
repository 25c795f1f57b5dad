import BeraadEngine

/// `role NAME ROLE`: gives a present participant another role during the session, journaled (the Socratic
/// example-giver is chosen in round 2).
struct RoleCommand: BeraadCommand {
    static let name = Argument(.name, .joinName, kind: .participant)
    static let role = Argument(.role, .roleRole, kind: .role)
    static let declaration = CommandDeclaration(
        "role", aliases: ["rol"], group: .meeting, summary: .role,
        arguments: [name.declaration, role.declaration], live: .standard)

    var name: String
    var role: String

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        role = try arguments.argument(Self.role)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.changeRole(name: name, role: role))
        guard case .roleChanged(let changed)? = result.records.first?.event else { return }
        let title = result.state.protocolDefinition.role(changed.role)?.title(context.lang) ?? changed.role
        try context.confirm(
            result.records, context.t(.message(.roleGiven(name: changed.name, role: title.lowercased()))))
    }
}
