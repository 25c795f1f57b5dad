import BeraadEngine

/// `share [--by NAME]`: marks the approved session for the case bank, recording who agreed.
struct ShareCommand: BeraadCommand {
    static let by = Option("by", nl: "door", value: .name, .shareBy)
    static let declaration = CommandDeclaration(
        "share", aliases: ["deel", "delen"], group: .followUp, summary: .share, options: [by.declaration])

    var by: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        by = try arguments.value(Self.by)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.share(by: by))
        try context.confirm(result.records, context.t(.message(.shared)))
    }
}
