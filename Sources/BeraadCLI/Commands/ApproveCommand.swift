import BeraadEngine

/// `approve`: marks the closed session's minutes as approved (vastgesteld).
struct ApproveCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "approve", aliases: ["vaststellen"], group: .afterwards, summary: .approve)

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.approve)
        try context.confirm(result.records, context.t(.message(.minutesApproved)))
    }
}
