import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `board [--output FILE]`: the group's screen as one self-contained HTML page that the browser reloads every few
/// seconds; in the live mode, `/board` keeps it up to date after every line.
struct BoardCommand: BeraadCommand {
    /// Where the page goes unless `--output` says otherwise.
    static let defaultFile = "beraad-board.html"

    static let output = Option("output", nl: "uitvoer", value: .file, .boardOutput, kind: .file)
    static let declaration = CommandDeclaration(
        "board", aliases: ["bord"], group: .meeting, summary: .board, options: [output.declaration],
        live: .standard)

    var output: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        output = try arguments.value(Self.output)
    }

    func run(_ context: Context) throws(CLIError) {
        let (_, state) = try context.readSession()
        let path = Self.path(output, context)
        try Self.write(state, to: path, context)
        if context.globals.json {
            try context.printJSON(["output": path])
        } else {
            context.environment.output.err(context.t(.message(.boardWritten(path: path))))
        }
    }

    /// `output` (or the default file) as an absolute path.
    static func path(_ output: String?, _ context: Context) -> String {
        let file = output ?? defaultFile
        return file.hasPrefix("/") ? file : context.environment.currentDirectory + "/" + file
    }

    /// Writes the board of `state` to `path`, in the session's language unless another was asked for.
    static func write(_ state: SessionState, to path: String, _ context: Context) throws(CLIError) {
        let lang = context.langIsExplicit ? context.lang : state.language
        let html = state.board(lang, now: context.environment.now()).html()
        do { try PrivateFile.write(html, to: path) } catch { throw error.cliError(context.lang) }
    }
}
