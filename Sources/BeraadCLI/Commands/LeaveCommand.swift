import BeraadEngine

/// `leave NAME`: marks a participant as gone from now on.
struct LeaveCommand: BeraadCommand {
    static let name = Argument(.name, .joinName, kind: .participant)
    static let declaration = CommandDeclaration(
        "leave", aliases: ["weg"], group: .meeting, summary: .leave,
        arguments: [name.declaration], live: .standard)

    var name: String

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.leave(name: name))
        guard case .participantLeft(let left)? = result.records.first?.event else { return }
        try context.confirm(result.records, context.t(.message(.left(name: left.name))))
    }
}
