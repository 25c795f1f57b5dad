import BeraadEngine

/// `amend ENTRY TEXT`: corrects an entry's text; the original is kept in the journal.
struct AmendCommand: BeraadCommand {
    static let entry = Argument(.entry, .entryID, kind: .entry)
    static let text = Argument(.text, .amendText)
    static let declaration = CommandDeclaration(
        "amend", aliases: ["corrigeer"], group: .corrections, summary: .amend,
        arguments: [entry.declaration, text.declaration], live: .standard)

    var entry: String
    var text: String

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        entry = try arguments.argument(Self.entry)
        text = try arguments.argument(Self.text)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.amend(entry: entry, text: text))
        guard case .entryAmended(let amended)? = result.records.first?.event,
            let entry = result.state.entry(amended.entry)
        else { return }
        try context.confirm(
            result.records,
            context.t(.message(.amended(entry: EntryFormatter.line(entry, state: result.state, context: context)))))
    }
}
