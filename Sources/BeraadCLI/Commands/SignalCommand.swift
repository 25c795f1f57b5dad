import BeraadEngine

/// `signal TEXT [--level individual|group|policy] [--by NAME] [--to TEXT]`: records a signal to pass on beyond
/// this case, who raised it (the inbrenger unless said otherwise) and to whom it goes.
struct SignalCommand: BeraadCommand {
    static let text = Argument(.text, .signalText)
    static let level = Option<SignalLevel>(choice: "level", nl: "niveau", value: .level, .signalLevel)
    static let by = Option("by", nl: "door", value: .name, .signalBy, kind: .participant)
    static let to = Option("to", nl: "naar", value: .who, .signalTo)
    static let declaration = CommandDeclaration(
        "signal", aliases: ["signaal"], group: .meeting, summary: .signal, arguments: [text.declaration],
        options: [level.declaration, by.declaration, to.declaration], live: .standard)

    var text: String
    var level: SignalLevel?
    var by: String?
    var to: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        level = try arguments.value(Self.level)
        by = try arguments.value(Self.by)
        to = try arguments.value(Self.to)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(try context.perform(.raiseSignal(text: text, level: level, by: by, to: to)))
    }
}
