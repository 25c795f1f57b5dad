import BeraadEngine

/// `say NAME TEXT [--kind KIND] [--category CAT] [--about WHO] [--option LABEL] [--level LEVEL] [--serves CAT]`:
/// records a contribution.
struct SayCommand: BeraadCommand {
    static let name = Argument(.name, .sayName, kind: .participant)
    static let text = Argument(.text, .sayText)
    static let kind = Option<ContributionKind>(
        choice: "kind", nl: "soort", value: .kind, .sayKind,
        among: ContributionKind.allCases.filter { !$0.hasOwnCommand })
    static let category = Option("category", nl: "categorie", value: .category, .sayCategory, kind: .category)
    static let about = Option("about", nl: "over", value: .who, .sayAbout)
    static let option = Option("option", nl: "optie", value: .label, .sayOption, kind: .optionLetter)
    /// An intervention's level: the afwegingskader's fase 3 has a card for each, so it names that card.
    static let level = Option("level", nl: "niveau", value: .level, .sayLevel, kind: .category)
    static let serves = Option("serves", nl: "dient", value: .category, .sayServes)
    static let influence = Option<Influence>(choice: "influence", nl: "invloed", value: .how, .sayInfluence)
    static let answers = Option(
        number: "answers", nl: "beantwoordt", value: .number, .sayAnswers, invalid: { .notAQuestionNumber(text: $0) })
    static let declaration = CommandDeclaration(
        "say", aliases: ["zeg"], group: .meeting, summary: .say,
        arguments: [name.declaration, text.declaration],
        options: [
            kind.declaration, category.declaration, about.declaration, option.declaration, level.declaration,
            serves.declaration, influence.declaration, answers.declaration,
        ])

    var name: String
    var text: String
    var kind: ContributionKind?
    var category: String?
    var about: String?
    var option: String?
    var serves: String?
    var influence: Influence?
    var answers: Int?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        text = try arguments.argument(Self.text)
        kind = try arguments.value(Self.kind)
        let category = try arguments.value(Self.category)
        let level = try arguments.value(Self.level)
        if category != nil && level != nil { throw .eitherOption(Self.category.declaration, Self.level.declaration) }
        self.category = category ?? level
        about = try arguments.value(Self.about)
        option = try arguments.value(Self.option)
        serves = try arguments.value(Self.serves)
        influence = try arguments.value(Self.influence)
        answers = try arguments.value(Self.answers)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(
            try context.perform(
                .say(
                    name: name, text: text, kind: kind, category: category, about: about, option: option,
                    serves: serves, influence: influence, answers: answers)))
    }
}
