import BeraadEngine

/// `retract ENTRY [--reason TEXT]`: withdraws an entry.
struct RetractCommand: BeraadCommand {
    static let entry = Argument(.entry, .entryID, kind: .entry)
    static let reason = Option("reason", nl: "reden", value: .text, .retractReason)
    static let declaration = CommandDeclaration(
        "retract", aliases: ["intrekken"], group: .corrections, summary: .retract,
        arguments: [entry.declaration], options: [reason.declaration], live: .entryThenReason)

    var entry: String
    var reason: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        entry = try arguments.argument(Self.entry)
        reason = try arguments.value(Self.reason)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmRetraction(try context.perform(.retract(entry: entry, reason: reason)))
    }
}
