import BeraadEngine

/// `start`: begins a planned session: its first round starts now (`run` does the same when it meets one).
struct StartCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "start", aliases: ["begin"], group: .meeting, summary: .start, live: .standard)

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    func run(_ context: Context) throws(CLIError) {
        try context.announceRound(try context.perform(.start))
    }
}
