import BeraadEngine

/// `next [--force --reason TEXT]`: moves to the next round.
struct NextCommand: BeraadCommand {
    static let force = Flag("force", nl: "forceer", .nextForce)
    static let reason = Option("reason", nl: "reden", value: .text, .nextReason)
    static let declaration = CommandDeclaration(
        "next", aliases: ["volgende"], group: .meeting, summary: .next,
        options: [force.declaration, reason.declaration], live: .standard)

    var force: Bool
    var reason: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        force = arguments.flag(Self.force)
        reason = try arguments.value(Self.reason)
        if reason != nil && !force { throw .reasonWithoutForce }
    }

    func run(_ context: Context) throws(CLIError) {
        try context.announceRound(try context.perform(.advance(force: force, reason: reason)))
    }
}
