import BeraadEngine

/// `close [--abandon --reason TEXT]`: ends the session.
struct CloseCommand: BeraadCommand {
    static let abandon = Flag("abandon", nl: "afbreken", .closeAbandon)
    static let reason = Option("reason", nl: "reden", value: .text, .closeReason)
    static let declaration = CommandDeclaration(
        "close", aliases: ["afsluiten"], group: .afterwards, summary: .close,
        options: [abandon.declaration, reason.declaration],
        live: .standard)

    var abandon: Bool
    var reason: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        abandon = arguments.flag(Self.abandon)
        reason = try arguments.value(Self.reason)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.close(abandon: abandon, reason: reason))
        let notReached = result.state.roundsNotReached.map { $0.unnumberedTitle(context.lang) }
        if !abandon && !notReached.isEmpty {
            context.warn(context.t(.message(.closingLeavesOut(rounds: notReached.joined(separator: ", ")))))
        }
        try context.confirm(
            result.records,
            abandon
                ? context.t(.message(.sessionAbandoned))
                : context.t(.message(.sessionClosed)))
    }
}
