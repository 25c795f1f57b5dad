import BeraadEngine

/// `invite NAME [--role ROLE] [--function TEXT]`: lists someone invited who is not at the meeting; `join NAME --absent` alike.
struct InviteCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "invite", aliases: ["uitnodigen"], group: .meeting, summary: .invite,
        arguments: [JoinCommand.name.declaration],
        options: [JoinCommand.role.declaration, JoinCommand.function.declaration], live: .standard)

    var join: JoinCommand

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        join = try JoinCommand(parsing: arguments)
        join.absent = true
    }

    func run(_ context: Context) throws(CLIError) { try join.run(context) }
}
