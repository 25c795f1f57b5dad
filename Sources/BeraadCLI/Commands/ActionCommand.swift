import BeraadEngine

/// `action TEXT --owner NAME [--due DATE]`: records an agreed action.
struct ActionCommand: BeraadCommand {
    static let text = Argument(.text, .actionText)
    static let owner = Option("owner", nl: "eigenaar", value: .name, .actionOwner, kind: .participant, required: true)
    static let due = Option("due", nl: "uiterlijk", value: .date, .actionDue, kind: .date)
    static let declaration = CommandDeclaration(
        "action", aliases: ["actie"], group: .meeting, summary: .action, arguments: [text.declaration],
        options: [owner.declaration, due.declaration], live: .standard)

    var text: String
    var owner: String
    var due: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        owner = try arguments.required(Self.owner)
        due = try arguments.value(Self.due)
    }

    func run(_ context: Context) throws(CLIError) {
        let date = try context.date(due)
        try context.confirmEntry(try context.perform(.agreeAction(text: text, owner: owner, due: date)))
        context.noteDayOff(date)
    }
}
