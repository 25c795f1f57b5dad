import BeraadEngine

/// `dilemma QUESTION --option 'A: TEXT' … [--harm 'A: TEXT'] …`: frames the dilemma; on a session that has one,
/// `dilemma --harm 'B: TEXT'` corrects one option's harm and `dilemma QUESTION` its question.
struct DilemmaCommand: BeraadCommand {
    static let question = Argument(.question, .dilemmaQuestion, optional: true)
    static let option = Option(
        "option", nl: "optie", value: .labeledText, .dilemmaOption, kind: .labeledText, repeatable: true)
    static let harm = Option(
        "harm", nl: "schade", value: .labeledText, .dilemmaHarm, kind: .labeledText, repeatable: true)
    static let declaration = CommandDeclaration(
        "dilemma", group: .meeting, summary: .dilemma, arguments: [question.declaration],
        options: [option.declaration, harm.declaration], live: .standard)

    var question: String?
    var options: [LabeledText]
    var harms: [LabeledText]

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        question = try arguments.optional(Self.question)
        options = try Self.labeled(arguments.all(Self.option), option: Self.option)
        harms = try Self.labeled(arguments.all(Self.harm), option: Self.harm)
    }

    /// `A: text` values as labelled texts.
    private static func labeled(_ values: [String], option: Option<String>) throws(ParseError) -> [LabeledText] {
        var result: [LabeledText] = []
        for value in values {
            guard let parsed = LabeledText.parse(value) else {
                throw .unlabeled(option: option.declaration.name, value: value)
            }
            result.append(parsed)
        }
        return result
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(
            try context.perform(.frameDilemma(question: question, options: options, harms: harms)))
    }
}
