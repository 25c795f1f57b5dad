import BeraadEngine

/// `say NAME TEXT [--kind KIND] [--category CAT] [--about WHO] [--option LABEL]`: records a contribution.
struct SayCommand: BeraadCommand {
    static let name = Argument(.name, .sayName, kind: .participant)
    static let text = Argument(.text, .sayText)
    static let kind = Option<ContributionKind>(
        choice: "kind", nl: "soort", value: .kind, .sayKind,
        among: ContributionKind.allCases.filter { !$0.hasOwnCommand })
    static let category = Option("category", nl: "categorie", value: .category, .sayCategory, kind: .category)
    static let about = Option("about", nl: "over", value: .who, .sayAbout)
    static let option = Option("option", nl: "optie", value: .label, .sayOption, kind: .optionLetter)
    static let declaration = CommandDeclaration(
        "say", group: .meeting, summary: .say,
        arguments: [name.declaration, text.declaration],
        options: [kind.declaration, category.declaration, about.declaration, option.declaration])

    var name: String
    var text: String
    var kind: ContributionKind?
    var category: String?
    var about: String?
    var option: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        text = try arguments.argument(Self.text)
        kind = try arguments.value(Self.kind)
        category = try arguments.value(Self.category)
        about = try arguments.value(Self.about)
        option = try arguments.value(Self.option)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(
            try context.perform(
                .say(name: name, text: text, kind: kind, category: category, about: about, option: option)))
    }
}
