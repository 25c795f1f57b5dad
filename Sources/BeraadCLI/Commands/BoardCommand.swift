import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `board [--output FILE]`: the group's screen as one self-contained HTML page that the browser reloads every few
/// seconds; in the live mode, `/board` keeps it up to date after every line. Unless `--output` says otherwise it is
/// kept in the home (`boards/ID.html`), where `redact` and `forget` find it and write it again without the text.
struct BoardCommand: BeraadCommand {
    static let output = Option("output", nl: "uitvoer", value: .file, .boardOutput, kind: .file)
    static let declaration = CommandDeclaration(
        "board", aliases: ["bord"], group: .meeting, summary: .board, options: [output.declaration],
        live: .standard)

    var output: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        output = try arguments.value(Self.output)
    }

    func run(_ context: Context) throws(CLIError) {
        let (id, state) = try context.readSession()
        let path = try Self.path(output, session: id, context)
        try Self.write(state, to: path, context)
        if context.globals.json {
            try context.printJSON(["output": path])
        } else {
            context.environment.output.err(context.t(.message(.boardWritten(path: path))))
        }
    }

    /// `output` as an absolute path, or the session's board in the home (its folder made, private).
    static func path(_ output: String?, session id: String, _ context: Context) throws(CLIError) -> String {
        guard let file = output else {
            do { _ = try context.store.ownFolder("boards") } catch { throw error.cliError(context.lang) }
            return context.store.boardPath(id)
        }
        return context.absolutePath(file)
    }

    /// Writes the board of `state` to `path`, in the session's language unless another was asked for.
    static func write(_ state: SessionState, to path: String, _ context: Context) throws(CLIError) {
        let lang = context.langIsExplicit ? context.lang : state.language
        let html = state.board(lang, now: context.environment.now()).html()
        do { try PrivateFile.write(html, to: path) } catch { throw error.cliError(context.lang) }
    }
}
