import BeraadEngine

/// `approve [--by NAME]`: marks the closed session's minutes as approved (vastgesteld), by whom if given.
struct ApproveCommand: BeraadCommand {
    static let by = Option("by", nl: "door", value: .name, .approveBy)
    static let declaration = CommandDeclaration(
        "approve", aliases: ["vaststellen"], group: .afterwards, summary: .approve, options: [by.declaration])

    var by: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        by = try arguments.value(Self.by)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.approve(by: by))
        try context.confirm(result.records, context.t(.message(.minutesApproved)))
    }
}
