import BeraadEngine

/// `evaluate NAME [--score 1-5] TEXT`: records a participant's evaluation of the session.
struct EvaluateCommand: BeraadCommand {
    static let name = Argument(.name, .participantName, kind: .participant)
    static let text = Argument(.text, .evaluateText)
    static let score = Option(
        number: "score", value: .score, .evaluateScore, invalid: { .notAScore(text: $0) })
    static let declaration = CommandDeclaration(
        "evaluate", aliases: ["evaluatie"], group: .meeting, summary: .evaluate,
        arguments: [name.declaration, text.declaration], options: [score.declaration], live: .evaluation)

    var name: String
    var text: String
    var score: Int?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        text = try arguments.argument(Self.text)
        score = try arguments.value(Self.score)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(try context.perform(.evaluate(name: name, score: score, text: text)))
    }
}
