import BeraadEngine

/// `undo`: takes back the most recent entry, join or correction, and says what it undid.
struct UndoCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "undo", aliases: ["ongedaan"], group: .corrections, summary: .undo, live: .standard)

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.undo)
        // Right after a correction, undo takes back the correction and shows the entry as it reads again.
        if case .entryAmended(let amended)? = result.records.first?.event, let entry = result.state.entry(amended.entry)
        {
            try context.confirm(
                result.records,
                context.t(
                    .message(
                        .undidAmendment(entry: EntryFormatter.line(entry, state: result.state, context: context)))))
            return
        }
        try context.confirmRetraction(result)
    }
}
