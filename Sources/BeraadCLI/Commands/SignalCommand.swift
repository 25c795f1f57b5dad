import BeraadEngine

/// `signal TEXT [--level individual|group|policy]`: records a signal to pass on beyond this case.
struct SignalCommand: BeraadCommand {
    static let text = Argument(.text, .signalText)
    static let level = Option<SignalLevel>(choice: "level", nl: "niveau", value: .level, .signalLevel)
    static let declaration = CommandDeclaration(
        "signal", aliases: ["signaal"], group: .meeting, summary: .signal,
        arguments: [text.declaration], options: [level.declaration], live: .standard)

    var text: String
    var level: SignalLevel?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        level = try arguments.value(Self.level)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(try context.perform(.raiseSignal(text: text, level: level, by: nil)))
    }
}
