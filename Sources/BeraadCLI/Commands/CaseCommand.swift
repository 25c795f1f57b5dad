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
        let result = try context.perform(.recordCase(text: text, by: by, question: question))
        try context.confirmEntry(result)
        // Where the one whose case it is becomes the presenter (the Socratic example-giver), say so.
        guard !context.globals.json else { return }
        for record in result.records {
            guard case .roleChanged(let changed) = record.event else { continue }
            let title = result.state.protocolDefinition.role(changed.role)?.title(context.lang) ?? changed.role
            context.print(context.t(.message(.roleGiven(name: changed.name, role: title.lowercased()))))
        }
    }
}
