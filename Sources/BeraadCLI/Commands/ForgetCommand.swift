import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `forget NAME [--by NAME]`: a person's right to erasure. In every session of the home where NAME took part, the
/// name is replaced by their role and number, as anonymised minutes show it, in the journal on disk and in
/// every text, inflected forms and parts of the name included; where NAME was only mentioned, the full name is
/// erased (`[…]`). Each session records the erasure, never the name.
struct ForgetCommand: BeraadCommand {
    static let name = Argument(.name, .forgetName)
    static let by = Option("by", nl: "door", value: .name, .forgetBy)
    static let declaration = CommandDeclaration(
        "forget", aliases: ["vergeet"], group: .session, summary: .forget, arguments: [name.declaration],
        options: [by.declaration])

    var name: String
    var by: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        by = try arguments.value(Self.by)
    }

    /// What `forget --json` prints for each session that changed.
    struct Row: Encodable {
        var id: String
        var count: Int
        var replacement: String
    }

    func run(_ context: Context) throws(CLIError) {
        let target = name.trimmingWhitespace()
        guard !target.isEmpty else { throw RuleViolation.emptyText.cliError(context.lang) }
        var rows: [Row] = []
        var failure: CLIError?
        for id in context.store.sessionIDs() {
            do throws(CLIError) {
                if let row = try forget(target, in: id, context) { rows.append(row) }
            } catch {
                context.warn(error.message)
                failure = failure ?? error
            }
        }
        if context.globals.json {
            try context.printJSON(["sessions": rows])
        } else if rows.isEmpty {
            context.print(context.t(.message(.forgetNone(name: target))))
        } else {
            for row in rows {
                context.print(
                    context.t(
                        .message(
                            .forgotten(id: row.id, count: String(row.count), replacement: row.replacement))))
            }
            context.print(
                context.t(
                    .message(
                        .forgottenTotal(
                            sessions: String(rows.count), count: String(rows.reduce(0) { $0 + $1.count })))))
        }
        if let failure { throw failure }
    }

    /// Erases `target` from session `id`, if it names them.
    private func forget(_ target: String, in id: String, _ context: Context) throws(CLIError) -> Row? {
        let state = try context.readSession(id, quietly: true)
        // Where they took part they become their role and number; where they were only mentioned, `[…]`.
        let person = state.participants.first { TextScrubber.sameName($0.name, target) }
        let replacement =
            person.flatMap { person in
                MinutesDocument.replacements(for: state, state.language).first { $0.name == person.name }?.replacement
            } ?? TextErasure.mark
        // The others keep their names: "Anna Jansen" stays whole when Anna Bakker is forgotten, while "Anna" alone
        // goes, since it may be her.
        let others = state.participants.filter { $0.name != person?.name }.map { ($0.name, $0.name) }
        let scrubber = TextScrubber(redactions: [], anonymize: [(person?.name ?? target, replacement)] + others)
        let text = { (value: String) in scrubber.replacingNamesCounted(value) }
        let names = { (value: String) -> (text: String, count: Int) in
            TextScrubber.sameName(value, target) ? (replacement, 1) : (value, 0)
        }
        guard
            let outcome = try context.erase(
                id, reason: .forgotten, by: by, text: text, names: names, scrub: { text($0).text })
        else { return nil }
        return Row(id: id, count: outcome.count, replacement: replacement)
    }
}
