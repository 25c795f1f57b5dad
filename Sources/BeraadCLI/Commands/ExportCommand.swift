import BeraadEngine
import BeraadStore

/// `export [ID] [--output FILE]`: hands one session over (a colleague continues it, an archive keeps it). The file is
/// the journal itself, verified before it is written; without `--output` it goes to standard output.
struct ExportCommand: BeraadCommand {
    static let id = Argument(.id, .exportID, kind: .session, optional: true)
    static let output = Option("output", nl: "uitvoer", value: .file, .exportOutput, kind: .file)
    static let declaration = CommandDeclaration(
        "export", aliases: ["exporteer"], group: .session, summary: .export, arguments: [id.declaration],
        options: [output.declaration])

    var id: String?
    var output: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        id = try arguments.optional(Self.id)
        output = try arguments.value(Self.output)
    }

    func run(_ context: Context) throws(CLIError) {
        let id: String
        if let given = self.id { id = given } else { id = try context.sessionID() }
        guard Identifier.isValid(id) else { throw StoreError.invalidSessionID(id: id).cliError(context.lang) }
        // Read once under the lock and verified as read: a torn or damaged journal is not handed over.
        let (bytes, verification): ([UInt8], Verification)
        do { (bytes, verification) = try context.store.verifiedJournal(id) } catch {
            throw error.cliError(context.lang)
        }
        if let problem = verification.problem { throw problem.cliError(context.lang) }
        guard let output else {
            context.environment.output.out(String(decoding: bytes, as: UTF8.self))
            return
        }
        let path = context.absolutePath(output)
        do { try PrivateFile.write(bytes: bytes, to: path) } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            struct Exported: Encodable {
                var id: String
                var output: String
                var records: Int
            }
            try context.printJSON(Exported(id: id, output: path, records: verification.records))
        } else {
            context.environment.output.err(
                context.t(.message(.exported(id: id, path: path, records: String(verification.records)))))
        }
    }
}
