import BeraadEngine

/// `amend ENTRY [TEXT] [--kind KIND]`: corrects an entry's text, or moves it to another kind its round accepts; the
/// original is kept in the journal.
struct AmendCommand: BeraadCommand {
    static let entry = Argument(.entry, .entryID, kind: .entry)
    static let text = Argument(.text, .amendText, optional: true)
    static let kind = Option<ContributionKind>(
        choice: "kind", nl: "soort", value: .kind, .amendKind,
        among: ContributionKind.allCases.filter { !$0.hasOwnCommand })
    static let declaration = CommandDeclaration(
        "amend", aliases: ["corrigeer"], group: .corrections, summary: .amend,
        arguments: [entry.declaration, text.declaration], options: [kind.declaration], live: .standard)

    var entry: String
    var text: String?
    var kind: ContributionKind?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        entry = try arguments.argument(Self.entry)
        text = try arguments.optional(Self.text)
        kind = try arguments.value(Self.kind)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.amend(entry: entry, text: text, kind: kind))
        guard case .entryAmended(let amended)? = result.records.first?.event,
            let entry = result.state.entry(amended.entry)
        else { return }
        try context.confirm(
            result.records,
            context.t(.message(.amended(entry: EntryFormatter.line(entry, state: result.state, context: context)))))
    }
}
