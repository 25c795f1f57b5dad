import BeraadEngine

/// `case TEXT [--by NAME] [--question TEXT]`: records the case description and the inbrenger's question.
struct CaseCommand: BeraadCommand {
    static let text = Argument(.text, .caseText)
    static let by = Option("by", nl: "door", value: .name, .caseBy, kind: .participant)
    static let question = Option("question", nl: "vraag", value: .question, .caseQuestion)
    static let declaration = CommandDeclaration(
        "case", aliases: ["casus"], group: .meeting, summary: .case,
        arguments: [text.declaration], options: [by.declaration, question.declaration], live: .standard)

    var text: String
    var by: String?
    var question: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        by = try arguments.value(Self.by)
        question = try arguments.value(Self.question)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(try context.perform(.recordCase(text: text, by: by, question: question)))
    }
}
