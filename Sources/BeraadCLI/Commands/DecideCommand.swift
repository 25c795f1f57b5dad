import BeraadEngine

/// `decide TEXT [--option LABEL] [--rationale TEXT] [--support HOW] [--dissent NAME]… [--review DATE]`: records
/// the conclusion, and when to evaluate it.
struct DecideCommand: BeraadCommand {
    static let text = Argument(.text, .decideText)
    static let option = Option("option", nl: "optie", value: .label, .decideOption, kind: .optionLetter)
    static let rationale = Option("rationale", nl: "onderbouwing", value: .text, .decideRationale)
    static let support = Option<DecisionSupport>(choice: "support", nl: "steun", value: .how, .decideSupport)
    static let dissent = Option(
        "dissent", nl: "oneens", value: .name, .decideDissent, kind: .participant, repeatable: true)
    static let review = Option("review", nl: "evalueren-op", value: .date, .decideReview, kind: .date)
    static let declaration = CommandDeclaration(
        "decide", aliases: ["besluit"], group: .meeting, summary: .decide,
        arguments: [text.declaration],
        options: [
            option.declaration, rationale.declaration, support.declaration, dissent.declaration, review.declaration,
        ],
        live: .standard)

    var text: String
    var option: String?
    var rationale: String?
    var support: DecisionSupport?
    var dissent: [String]
    var review: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        option = try arguments.value(Self.option)
        rationale = try arguments.value(Self.rationale)
        support = try arguments.value(Self.support)
        dissent = try arguments.all(Self.dissent)
        review = try arguments.value(Self.review)
    }

    func run(_ context: Context) throws(CLIError) {
        let date = try context.date(review)
        try context.confirmEntry(
            try context.perform(
                .decide(
                    text: text, option: option, rationale: rationale, support: support, dissent: dissent,
                    review: date)))
        context.noteDayOff(date)
    }
}
