import BeraadEngine
import BeraadStore

/// `protocols`: lists the methods; `protocols show` and `protocols lint` are its sub-commands.
struct ProtocolsCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "protocols", aliases: ["methodes"], group: .other, summary: .protocols,
        subcommands: [ProtocolsShowCommand.self, ProtocolsLintCommand.self])

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    struct Listed: Encodable {
        var id, title, source, origin: String
        var version, rounds: Int
    }

    func run(_ context: Context) throws(CLIError) {
        let all: [(definition: ProtocolDefinition, origin: ProtocolCatalog.Origin)]
        do { all = try ProtocolCatalog.of(context.store).all() } catch { throw error.cliError(context.lang) }
        let rows = all.map { item in
            let origin: String
            switch item.origin {
            case .builtin: origin = "builtin"
            case .home(let path): origin = path
            }
            return Listed(
                id: item.definition.id, title: item.definition.title(context.lang),
                source: item.definition.source.text(context.lang),
                origin: origin, version: item.definition.version, rounds: item.definition.rounds.count)
        }
        if context.globals.json {
            try context.printJSON(["protocols": rows])
            return
        }
        for row in rows {
            let marker = row.id == BuiltinProtocols.defaultID ? context.t(.handout(.defaultMark)) : ""
            context.print(
                row.id + marker + " — " + row.title + ", " + context.t(.handout(.roundCount(count: String(row.rounds))))
                    + (row.origin == "builtin" ? "" : " [" + row.origin + "]"))
            context.print("    " + context.t(.handout(.source(citation: row.source))))
        }
    }
}
