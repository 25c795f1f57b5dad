import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `forget NAME [--by NAME] [--dry-run]`: a person's right to erasure. NAME is resolved as everywhere: a unique
/// start of a participant's name means that person, with their full name and its forms. In every session of the
/// home where they took part, the name is replaced by their role and number, as anonymised minutes show it, in the
/// journal on disk and in every text, inflected forms and parts of the name included; where NAME was only
/// mentioned, the full name is erased (`[…]`). Each session records the erasure, never the name. `--dry-run` shows
/// what would be erased, session by session; on a terminal that is shown and asked about first.
struct ForgetCommand: BeraadCommand {
    static let name = Argument(.name, .forgetName)
    static let by = Option("by", nl: "door", value: .name, .forgetBy)
    static let dryRun = Flag("dry-run", nl: "proef", .forgetDryRun)
    static let declaration = CommandDeclaration(
        "forget", aliases: ["vergeet"], group: .session, summary: .forget, arguments: [name.declaration],
        options: [by.declaration, dryRun.declaration])

    var name: String
    var by: String?
    var dryRun: Bool

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        by = try arguments.value(Self.by)
        dryRun = arguments.flag(Self.dryRun)
    }

    /// What `forget --json` prints for each session that changed.
    struct Row: Encodable {
        var id: String
        var count: Int
        var replacement: String
    }

    func run(_ context: Context) throws(CLIError) {
        let given = name.trimmingWhitespace()
        guard !given.isEmpty else { throw RuleViolation.emptyText.cliError(context.lang) }
        let target = try Self.person(named: given, context)
        // On a terminal the facilitator sees what would go, and says yes, before anything is erased.
        let asks = !dryRun && !context.globals.json && context.environment.input.isTerminal
        if dryRun || asks {
            let rows = try report(forgetEverywhere(target, dryRun: true, context), target, context) { row in
                .wouldForget(id: row.id, count: String(row.count), replacement: row.replacement)
            }
            guard asks, !rows.isEmpty else { return }
            let total = rows.reduce(0) { $0 + $1.count }
            context.environment.output.out(
                context.t(.message(.confirmForget(name: target, sessions: rows.count, count: total))))
            guard YesAnswer.isYes(context.environment.input.readLine()) else {
                context.print(context.t(.message(.nothingErased)))
                return
            }
        }
        let rows = try report(forgetEverywhere(target, dryRun: false, context), target, context) { row in
            .forgotten(id: row.id, count: String(row.count), replacement: row.replacement)
        }
        if !context.globals.json && !rows.isEmpty {
            context.print(
                context.t(.message(.forgottenTotal(sessions: rows.count, count: rows.reduce(0) { $0 + $1.count }))))
        }
    }

    /// Prints what happened (or would) in each session, `line` telling one, or the JSON of the rows; then throws the
    /// first failure of a session, if one failed.
    private func report(
        _ outcome: (rows: [Row], failure: CLIError?), _ target: String, _ context: Context,
        line: (Row) -> Catalog.MessageText
    ) throws(CLIError) -> [Row] {
        if context.globals.json {
            try context.printJSON(["sessions": outcome.rows])
        } else if outcome.rows.isEmpty {
            context.print(context.t(.message(.forgetNone(name: target))))
        } else {
            for row in outcome.rows { context.print(context.t(.message(line(row)))) }
        }
        if let failure = outcome.failure { throw failure }
        return outcome.rows
    }

    /// Erases `target` (or, on a dry run, counts what would go) in every session of the home; a session that fails
    /// is warned about and the others go on.
    private func forgetEverywhere(
        _ target: String, dryRun: Bool, _ context: Context
    ) -> (rows: [Row], failure: CLIError?) {
        var rows: [Row] = []
        var failure: CLIError?
        for id in context.store.sessionIDs() {
            do throws(CLIError) {
                if let row = try forget(target, in: id, dryRun: dryRun, context) { rows.append(row) }
            } catch {
                context.warn(error.message)
                failure = failure ?? error
            }
        }
        return (rows, failure)
    }

    /// The person `given` names, as names resolve everywhere: a participant's name of any session of the home,
    /// whole or by a unique start; as given when it names no participant (someone only mentioned).
    static func person(named given: String, _ context: Context) throws(CLIError) -> String {
        let wanted = given.searchFolded()
        var names: [String] = []
        for id in context.store.sessionIDs() {
            guard let state = try? context.readSession(id, quietly: true) else { continue }
            for participant in state.participants
            where !names.contains(where: { TextScrubber.sameName($0, participant.name) }) {
                names.append(participant.name)
            }
        }
        if let exact = names.first(where: { TextScrubber.sameName($0, given) }) { return exact }
        let started = names.filter { $0.searchFolded().hasPrefix(wanted) }
        switch started.count {
        case 0: return given
        case 1: return started[0]
        default:
            throw RuleViolation.ambiguousParticipant(name: given, candidates: started.sorted()).cliError(context.lang)
        }
    }

    /// Erases `target` from session `id`, if it names them.
    private func forget(_ target: String, in id: String, dryRun: Bool, _ context: Context) throws(CLIError) -> Row? {
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
                id, reason: .forgotten, by: by, text: text, names: names, scrub: { text($0).text }, dryRun: dryRun)
        else { return nil }
        return Row(id: id, count: outcome.count, replacement: replacement)
    }
}
