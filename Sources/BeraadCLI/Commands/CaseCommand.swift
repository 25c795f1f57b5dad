import BeraadEngine

/// `case TEXT [--by NAME]`: records the case description.
struct CaseCommand: BeraadCommand {
    static let text = Argument(.text, .caseText)
    static let by = Option("by", nl: "door", value: .name, .caseBy, kind: .participant)
    static let declaration = CommandDeclaration(
        "case", aliases: ["casus"], group: .meeting, summary: .case,
        arguments: [text.declaration], options: [by.declaration], live: .standard)

    var text: String
    var by: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        by = try arguments.value(Self.by)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(try context.perform(.recordCase(text: text, by: by)))
    }
}
