import BeraadEngine

/// `run`: the guided live mode.
struct RunCommand: BeraadCommand {
    static let declaration = CommandDeclaration("run", group: .meeting, summary: .run)

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    func run(_ context: Context) throws(CLIError) { try LiveMode.run(context) }
}
