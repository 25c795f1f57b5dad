import BeraadEngine
import BeraadStore

/// `use ID`: makes a session the current one; ID may be the short id, the part after the date.
struct UseCommand: BeraadCommand {
    static let id = Argument(.id, .useID, kind: .session)
    static let declaration = CommandDeclaration(
        "use", aliases: ["kies"], group: .session, summary: .use, arguments: [id.declaration])

    var id: String

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        id = try arguments.argument(Self.id)
    }

    func run(_ context: Context) throws(CLIError) {
        guard Identifier.isValid(id) else { throw StoreError.invalidSessionID(id: id).cliError(context.lang) }
        // The whole id, or the short one after the date (`use tm7n`), as action ids take it.
        let id = try context.session(named: self.id)
        do { try context.store.setCurrent(id) } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            try context.printJSON(["id": id])
        } else {
            context.print(context.t(.message(.currentSession(id: id))))
        }
    }
}
