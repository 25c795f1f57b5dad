import BeraadEngine

/// `signal TEXT [--level individual|group|policy] [--by NAME] [--to TEXT] [--theme WORD]`: records a signal to pass
/// on beyond this case, who raised it (the inbrenger unless said otherwise), to whom it goes, and the theme the
/// register groups it under.
struct SignalCommand: BeraadCommand {
    static let text = Argument(.text, .signalText)
    static let level = Option<SignalLevel>(choice: "level", nl: "niveau", value: .level, .signalLevel)
    static let by = Option("by", nl: "door", value: .name, .signalBy, kind: .participant)
    static let to = Option("to", nl: "naar", value: .who, .signalTo)
    static let theme = Option("theme", nl: "thema", value: .text, .signalTheme)
    static let declaration = CommandDeclaration(
        "signal", aliases: ["signaal"], group: .meeting, summary: .signal, arguments: [text.declaration],
        options: [level.declaration, by.declaration, to.declaration, theme.declaration], live: .standard)

    var text: String
    var level: SignalLevel?
    var by: String?
    var to: String?
    var theme: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        level = try arguments.value(Self.level)
        by = try arguments.value(Self.by)
        to = try arguments.value(Self.to)
        theme = try arguments.value(Self.theme)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(
            try context.perform(.raiseSignal(text: text, level: level, by: by, to: to, theme: theme)))
    }
}
