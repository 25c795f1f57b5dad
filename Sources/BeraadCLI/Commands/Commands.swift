/// Every command of `beraad`, in the order the overview, the man page and completion list them. Adding a command
/// is one new type and one line here.
enum Commands {
    static let all: [any BeraadCommand.Type] = [
        NewCommand.self,
        DetailsCommand.self,
        SessionsCommand.self,
        UseCommand.self,
        VerifyCommand.self,
        ExportCommand.self,
        ImportCommand.self,
        ForgetCommand.self,
        PurgeCommand.self,
        StartCommand.self,
        JoinCommand.self,
        InviteCommand.self,
        LeaveCommand.self,
        RoleCommand.self,
        StatusCommand.self,
        CaseCommand.self,
        DilemmaCommand.self,
        SayCommand.self,
        PositionCommand.self,
        DecideCommand.self,
        ActionCommand.self,
        SignalCommand.self,
        EvaluateCommand.self,
        NextCommand.self,
        BackCommand.self,
        ConveneCommand.self,
        RunCommand.self,
        BoardCommand.self,
        LogCommand.self,
        AmendCommand.self,
        RetractCommand.self,
        UndoCommand.self,
        CloseCommand.self,
        MinutesCommand.self,
        RedactCommand.self,
        ApproveCommand.self,
        ActionsCommand.self,
        DoneCommand.self,
        ReopenCommand.self,
        AgendaCommand.self,
        SignalsCommand.self,
        ShareCommand.self,
        CasebankCommand.self,
        FollowUpCommand.self,
        ProtocolsCommand.self,
        DemoCommand.self,
        CompletionsCommand.self,
        HelpCommand.self,
    ]

    /// The command a path of names or aliases stands for (`protocols show`), with its path in English names.
    static func named(_ path: String) -> (path: String, command: any BeraadCommand.Type)? {
        let words = path.split(separator: " ").map(String.init)
        guard let first = words.first, var command = all.first(where: { $0.declaration.answers(to: first) }) else {
            return nil
        }
        var names = [command.declaration.name]
        for word in words.dropFirst() {
            guard let sub = command.declaration.subcommand(word) else { return nil }
            command = sub
            names.append(sub.declaration.name)
        }
        return (names.joined(separator: " "), command)
    }

    /// Every command with its path, sub-commands after their parent: `protocols`, `protocols show`, ….
    static var withPaths: [(path: String, command: any BeraadCommand.Type)] {
        all.flatMap { command in
            [(command.declaration.name, command)]
                + command.declaration.subcommands.map { (command.declaration.name + " " + $0.declaration.name, $0) }
        }
    }

    /// The command a live-mode `/word` stands for, by its name or an alias, if the live mode offers it.
    static func live(_ word: String) -> (command: any BeraadCommand.Type, syntax: LiveSyntax)? {
        for command in all where command.declaration.answers(to: word) {
            guard let syntax = command.declaration.live else { return nil }
            return (command, syntax)
        }
        return nil
    }
}
