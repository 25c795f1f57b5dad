import BeraadEngine

/// `back`: returns to the previous round.
struct BackCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "back", aliases: ["terug"], group: .meeting, summary: .back, live: .standard)

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    func run(_ context: Context) throws(CLIError) {
        try context.announceRound(try context.perform(.back))
    }
}
