import BeraadEngine
import BeraadStore

/// `use ID`: makes a session the current one.
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
        guard context.store.exists(id) else {
            let known = context.store.summaries().sessions.map(\.id)
            var error = StoreError.sessionNotFound(id: id).cliError(context.lang)
            error.suggestion = EditDistance.suggestion(for: id, among: known)
            throw error
        }
        do { try context.store.setCurrent(id) } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            try context.printJSON(["id": id])
        } else {
            context.print(context.t(.message(.currentSession(id: id))))
        }
    }
}
