import BeraadEngine

/// `completions bash|zsh|fish`: prints a shell completion script.
struct CompletionsCommand: BeraadCommand {
    static let shell = Argument<Completion.Shell>(
        choice: .shell, .completionsShell, invalid: { _ in .chooseShell })
    static let declaration = CommandDeclaration(
        "completions", group: .other, summary: .completions, arguments: [shell.declaration])

    var shell: Completion.Shell

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        shell = try arguments.argument(Self.shell)
    }

    func run(_ context: Context) throws(CLIError) {
        context.environment.output.out(Completion.script(shell))
    }
}
