import BeraadEngine

/// `help [COMMAND]`: the overview, or the help of one command (`help protocols show`).
struct HelpCommand: BeraadCommand {
    static let command = Argument(.command, .commandPlaceholder, kind: .commandPath, optional: true)
    static let declaration = CommandDeclaration(
        "help", aliases: ["hulp"], group: .other, summary: .help, arguments: [command.declaration])

    var words: [String]

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        words = try arguments.all(Self.command)
    }

    func run(_ context: Context) throws(CLIError) {
        guard let first = words.first else {
            context.print(Help.overview(context.lang, width: context.helpWidth), terminator: "")
            return
        }
        let path = words.joined(separator: " ")
        guard let target = Commands.named(path) else {
            throw .usage(
                context.t(.parse(.unknownCommand(word: path))), command: nil,
                suggestion: EditDistance.suggestion(for: first, among: Commands.all.map { $0.declaration.name }))
        }
        // `help case` reads as `case --help` does: in the session's language.
        let lang =
            context.langIsExplicit
            ? context.lang
            : Beraad.sessionLanguage(
                target.command, session: context.globals.session, home: context.globals.home, context.environment)
                ?? context.lang
        context.print(Help.command(target.command, path: target.path, lang, width: context.helpWidth), terminator: "")
    }
}
