import BeraadArchive
import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `purge [--older-than DURATION] [--dry-run]`: removes closed sessions whose last entry is older than the retention
/// period (`--older-than`, else `retention` in the home's config), with all the home keeps of them. Open sessions
/// are never removed, nor a journal that does not read.
struct PurgeCommand: BeraadCommand {
    static let olderThan = Option(period: "older-than", nl: "ouder-dan", value: .duration, .purgeOlderThan)
    static let dryRun = Flag("dry-run", nl: "proef", .purgeDryRun)
    static let declaration = CommandDeclaration(
        "purge", aliases: ["opruimen"], group: .session, summary: .purge,
        options: [olderThan.declaration, dryRun.declaration])

    var olderThan: RetentionPeriod?
    var dryRun: Bool

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        olderThan = try arguments.value(Self.olderThan)
        dryRun = arguments.flag(Self.dryRun)
    }

    /// What `purge --json` prints for each session removed (or, with `--dry-run`, to be removed).
    struct Row: Encodable {
        var id: String
        var title: String
        var date: String
        var lastEntry: String
        var state: String
    }

    func run(_ context: Context) throws(CLIError) {
        let configured: RetentionPeriod?
        do { configured = try context.store.config().retention } catch { throw error.cliError(context.lang) }
        guard let period = olderThan ?? configured else {
            throw .usage(context.t(.message(.noRetention(config: context.store.configPath))), command: "purge")
        }
        let cutoff = period.cutoff(from: CalendarDate(try context.time()))
        let (summaries, problems) = context.store.summaries()
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let due = summaries.filter { $0.state != .open && CalendarDate($0.lastAt) < cutoff }.sorted {
            ($0.lastAt.seconds, $0.id) < ($1.lastAt.seconds, $1.id)
        }
        var removed: [Row] = []
        var failure: CLIError?
        for summary in due {
            if !dryRun {
                do { try context.store.remove(summary.id) } catch {
                    let error = error.cliError(context.lang)
                    context.warn(error.message)
                    failure = failure ?? error
                    continue
                }
            }
            removed.append(
                Row(
                    id: summary.id, title: summary.title, date: summary.openedAt.civil.dateString,
                    lastEntry: summary.lastAt.civil.dateString, state: summary.state.rawValue))
        }
        if context.globals.json {
            struct Output: Encodable {
                var dryRun: Bool
                var olderThan: String
                var before: String
                var sessions: [Row]
            }
            try context.printJSON(
                Output(dryRun: dryRun, olderThan: period.description, before: cutoff.description, sessions: removed))
        } else {
            report(removed, period: period, cutoff: cutoff, context)
        }
        if let failure { throw failure }
    }

    private func report(_ rows: [Row], period: RetentionPeriod, cutoff: CalendarDate, _ context: Context) {
        let before = cutoff.spelledOut(context.lang)
        guard !rows.isEmpty else {
            context.print(context.t(.message(.purgeNone(period: period.description, before: before))))
            return
        }
        context.print(
            context.t(
                dryRun
                    ? .message(.purgeWould(count: rows.count, period: period.description, before: before))
                    : .message(.purged(count: rows.count, period: period.description, before: before))))
        let table = TextLayout.table(
            header: [
                "ID", context.t(.archive(.dateColumn)), context.t(.message(.lastEntryColumn)),
                context.t(.message(.titleColumn)),
            ],
            rows: rows.map { [$0.id, $0.date, $0.lastEntry, $0.title] })
        context.print(table, terminator: "")
    }
}
