import BeraadEngine

/// One command of `beraad`: it declares its name, arguments and options once, reads itself from the parsed
/// arguments, and runs. Help, usage lines, the man page, shell completions, the live mode's `/words` and the
/// dispatch are all derived from these declarations (`Commands.all`).
protocol BeraadCommand: SendableMetatype {
    /// What the command is called and takes.
    static var declaration: CommandDeclaration { get }

    /// Reads the command's typed values; fails on a value its declaration cannot check alone.
    init(parsing arguments: ParsedArguments) throws(ParseError)

    /// Does what the command does.
    func run(_ context: Context) throws(CLIError)
}

/// When in a meeting a facilitator needs a command; the overview groups commands by it.
enum CommandGroup: Int, Sendable, CaseIterable {
    case session, meeting, corrections, afterwards, followUp, other

    var title: LocalizedText {
        switch self {
        case .session: return CLIText.localized(.help(.groupSessions))
        case .meeting: return CLIText.localized(.help(.groupMeeting))
        case .corrections: return CLIText.localized(.help(.groupCorrections))
        case .afterwards: return CLIText.localized(.help(.groupAfterwards))
        case .followUp: return CLIText.localized(.help(.groupFollowUp))
        case .other: return CLIText.localized(.help(.groupOther))
        }
    }
}

/// The declaration of one command: everything that is said about it outside its `run`.
struct CommandDeclaration: Sendable {
    var name: String
    /// Other names it answers to, such as its Dutch name (`casus` for `case`).
    var aliases: [String] = []
    var group: CommandGroup
    var summary: LocalizedText
    var arguments: [ArgumentDeclaration] = []
    var options: [OptionDeclaration] = []
    /// Sub-commands such as `protocols show`.
    var subcommands: [any BeraadCommand.Type] = []
    /// How a `/word` line of the live mode maps onto the command; `nil` when the live mode does not offer it.
    var live: LiveSyntax?

    init(
        _ name: String, aliases: [String] = [], group: CommandGroup, summary: Catalog.HelpText,
        arguments: [ArgumentDeclaration] = [], options: [OptionDeclaration] = [],
        subcommands: [any BeraadCommand.Type] = [], live: LiveSyntax? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = CLIText.localized(.help(summary))
        self.arguments = arguments
        self.options = options
        self.subcommands = subcommands
        self.live = live
    }

    /// The command's name as someone reading `lang` types it: its Dutch name (the first alias) in Dutch.
    func name(_ lang: Language) -> String {
        switch lang {
        case .nl: return aliases.first ?? name
        case .en: return name
        }
    }

    /// Whether `word` names this command.
    func answers(to word: String) -> Bool { word == name || aliases.contains(word) }

    /// The sub-command `word` names.
    func subcommand(_ word: String) -> (any BeraadCommand.Type)? {
        subcommands.first { $0.declaration.answers(to: word) }
    }
}

/// How the rest of a live-mode `/word` line becomes the command's arguments. Options are read alike for every
/// command (each value runs to the next option); the syntax says how the text before them is read.
enum LiveSyntax: Sendable, Equatable {
    /// The command's arguments in order, single words first and the last taking the rest (`/case TEXT`,
    /// `/amend e12 TEXT`, `/join Anna Maria`).
    case standard
    /// `NAME OPTION [because|omdat|want TEXT]`.
    case position
    /// `NAME [SCORE] TEXT`.
    case evaluation
    /// `ENTRY [REASON]`: the rest of the line is the reason.
    case entryThenReason
}
