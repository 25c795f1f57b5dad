import BeraadEngine

/// `undo`: retracts the most recent entry.
struct UndoCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "undo", aliases: ["ongedaan"], group: .corrections, summary: .undo, live: .standard)

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    func run(_ context: Context) throws(CLIError) {
        try context.confirmRetraction(try context.perform(.undo))
    }
}
