import BeraadEngine
import BeraadStore
import Foundation

/// `import FILE`: adds a session exported from another home. Frames, checksums, the hash chain and replay are
/// checked before anything is written; a session of the same id here must be the same journal or its beginning.
struct ImportCommand: BeraadCommand {
    static let file = Argument(.file, .importFile, kind: .file)
    static let declaration = CommandDeclaration(
        "import", aliases: ["importeer"], group: .session, summary: .importSession, arguments: [file.declaration])

    var file: String

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        file = try arguments.argument(Self.file)
    }

    func run(_ context: Context) throws(CLIError) {
        let (path, data) = try context.readNamedFile(file)
        let bytes = [UInt8](data)
        let verification = SessionStore.verify(bytes, path: path, id: nil)
        if let problem = verification.problem { throw problem.cliError(context.lang) }
        let id = verification.id
        guard Identifier.isValid(id), let title = verification.title else {
            throw StoreError.invalidSessionID(id: id).cliError(context.lang)
        }
        let outcome: SessionStore.ImportOutcome
        let before = (try? context.store.read(id))?.records.count ?? 0
        do { outcome = try context.store.importJournal(bytes, id: id) } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            struct Imported: Encodable {
                var id: String
                var outcome: String
                var records: Int
            }
            let name: String
            switch outcome {
            case .created: name = "created"
            case .unchanged: name = "unchanged"
            case .extended: name = "extended"
            }
            try context.printJSON(Imported(id: id, outcome: name, records: verification.records))
            return
        }
        switch outcome {
        case .created:
            context.print(
                context.t(.message(.imported(id: id, title: title, records: String(verification.records)))))
        case .unchanged:
            context.print(context.t(.message(.importUnchanged(id: id))))
        case .extended:
            context.print(
                context.t(
                    .message(
                        .importExtended(
                            id: id, records: String(verification.records),
                            added: String(verification.records - before)))))
        }
    }
}
