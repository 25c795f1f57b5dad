import BeraadEngine

/// `redact TEXT`: adds a text to the session's redaction list.
struct RedactCommand: BeraadCommand {
    static let text = Argument(.text, .redactText)
    static let declaration = CommandDeclaration(
        "redact", aliases: ["weglaten"], group: .afterwards, summary: .redact, arguments: [text.declaration],
        live: .standard)

    var text: String

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.argument(Self.text)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(.redact(text: text))
        try context.confirm(
            result.records,
            result.records.isEmpty ? context.t(.message(.alreadyRedacted)) : context.t(.message(.redacted)))
    }
}
