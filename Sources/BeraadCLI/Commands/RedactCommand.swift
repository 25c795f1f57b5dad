import BeraadEngine

/// `redact TEXT [--as TEXT] [--by NAME]`: erases a text (a client's name, an address) from the session on disk: the
/// journal is rewritten with `[…]` in its place, or with the facilitator's stand-in ("meneer J."), and the erasure is
/// recorded without the text.
struct RedactCommand: BeraadCommand {
    static let text = Argument(.text, .redactText)
    static let by = Option("by", nl: "door", value: .name, .redactBy)
    static let standIn = Option("as", nl: "als", value: .text, .redactAs)
    static let declaration = CommandDeclaration(
        "redact", aliases: ["weglaten"], group: .afterwards, summary: .redact,
        arguments: [text.declaration], options: [standIn.declaration, by.declaration], live: .standard)

    var text: String
    var standIn: String?
    var by: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
        standIn = try arguments.value(Self.standIn)
        by = try arguments.value(Self.by)
    }

    func run(_ context: Context) throws(CLIError) {
        let target = text.trimmingWhitespace()
        guard !target.isEmpty else { throw RuleViolation.emptyText.cliError(context.lang) }
        let id = try context.sessionID()
        let replacement = standIn?.trimmingWhitespace() ?? ""
        // A stand-in that holds the text would keep it on disk.
        if !replacement.isEmpty
            && replacement.range(of: target, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        {
            throw CLIError(.usage, context.t(.parse(.standInHoldsText)), usageOf: context.commandPath)
        }
        let mark = replacement.isEmpty ? TextErasure.mark : replacement
        let erase = { (value: String) in TextErasure.erasing(target, in: value, as: mark) }
        guard
            let outcome = try context.erase(
                id, reason: .redacted, by: by, text: erase, names: erase, scrub: { erase($0).text })
        else {
            if context.globals.json {
                try context.printJSON(["erased": 0])
            } else {
                context.print(context.t(.message(.nothingToErase)))
            }
            return
        }
        if context.globals.json {
            try context.printJSON(["erased": outcome.count])
        } else {
            context.print(context.t(.message(.erased(count: String(outcome.count), mark: mark))))
        }
    }
}
