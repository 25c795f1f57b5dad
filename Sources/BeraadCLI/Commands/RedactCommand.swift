import BeraadEngine
import BeraadStore

/// `redact TEXT [--as TEXT] [--by NAME] [--all]` / `redact --list`: erases a text (a client's name, an address) from
/// the session on disk — the journal is rewritten with `[…]` in its place, or with the facilitator's stand-in
/// ("meneer J."), and the erasure is recorded without the text — and keeps it on the session's standing list, so that
/// text recorded later has it replaced before it is written. `--all` does both in every session of the home, and
/// the text stands in sessions opened later too.
struct RedactCommand: BeraadCommand {
    static let text = Argument(.text, .redactText, optional: true)
    static let by = Option("by", nl: "door", value: .name, .redactBy)
    static let standIn = Option("as", nl: "als", value: .text, .redactAs)
    static let all = Flag("all", nl: "alle", .redactAll)
    static let list = Flag("list", nl: "lijst", .redactList)
    static let declaration = CommandDeclaration(
        "redact", aliases: ["weglaten"], group: .afterwards, summary: .redact,
        arguments: [text.declaration],
        options: [standIn.declaration, by.declaration, all.declaration, list.declaration], live: .standard)

    var text: String?
    var standIn: String?
    var by: String?
    var all: Bool
    var list: Bool

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        text = try arguments.optional(Self.text)
        standIn = try arguments.value(Self.standIn)
        by = try arguments.value(Self.by)
        all = arguments.flag(Self.all)
        list = arguments.flag(Self.list)
    }

    func run(_ context: Context) throws(CLIError) {
        if list {
            guard text == nil, !all, standIn == nil, by == nil else {
                throw .usage(context.t(.message(.redactListAlone)), command: context.commandPath)
            }
            return try printList(context)
        }
        let target = (text ?? "").trimmingWhitespace()
        guard !target.isEmpty else { throw RuleViolation.emptyText.cliError(context.lang) }
        let replacement = standIn?.trimmingWhitespace() ?? ""
        // A stand-in that holds the text would keep it on disk.
        if !replacement.isEmpty
            && replacement.range(of: target, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        {
            throw CLIError(.usage, context.t(.parse(.standInHoldsText)), usageOf: context.commandPath)
        }
        let mark = replacement.isEmpty ? TextErasure.mark : replacement
        let erase = { (value: String) in TextErasure.erasing(target, in: value, as: mark) }
        if all { return try redactEverywhere(target, mark: mark, erase: erase, context) }
        let id = try context.sessionID()
        let outcome = try context.erase(
            id, reason: .redacted, by: by, text: erase, names: erase, scrub: { erase($0).text }, standing: target)
        let count = outcome?.count ?? 0
        if context.globals.json {
            try context.printJSON(["erased": count])
            return
        }
        context.print(
            context.t(.message(count == 0 ? .nothingToErase : .erased(count: String(count), mark: mark))))
        context.print(context.t(.message(outcome?.standingAdded == true ? .nowStanding : .alreadyStanding)))
    }

    /// `--all`: the text goes on the home's list first (so that no session, an old one or one opened meanwhile, takes
    /// it again), then is erased from every session. A session that cannot be erased from is named, and the others
    /// are done; the command then fails with its error.
    private func redactEverywhere(
        _ target: String, mark: String, erase: @escaping (String) -> (text: String, count: Int), _ context: Context
    ) throws(CLIError) {
        do throws(StoreError) {
            try context.store.prepareHome()
            try context.store.addStanding(target, to: nil)
        } catch { throw error.cliError(context.lang) }
        var erased = 0
        var sessions = 0
        var failure: CLIError?
        for id in context.store.sessionIDs() {
            do {
                if let outcome = try context.erase(
                    id, reason: .redacted, by: by, text: erase, names: erase, scrub: { erase($0).text }),
                    outcome.count > 0
                {
                    erased += outcome.count
                    sessions += 1
                }
            } catch {
                context.warn(error.message)
                if failure == nil { failure = error }
            }
        }
        if let failure { throw failure }
        if context.globals.json {
            try context.printJSON(["erased": erased, "sessions": sessions])
            return
        }
        context.print(
            context.t(
                .message(
                    erased == 0
                        ? .nothingToErase : .erasedEverywhere(count: String(erased), sessions: sessions, mark: mark)
                )))
        context.print(context.t(.message(.nowStandingEverywhere)))
    }

    /// `--list`: how many terms stand in the session, and how many of those in every session; never the terms.
    private func printList(_ context: Context) throws(CLIError) {
        let id = try context.sessionID()
        let own: StandingRedaction
        let everywhere: StandingRedaction
        do throws(StoreError) {
            guard context.store.exists(id) else { throw StoreError.sessionNotFound(id: id) }
            own = try context.store.standingRedaction(id)
            everywhere = try context.store.homeStandingRedaction()
        } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            try context.printJSON(["standing": own.terms.count, "everySession": everywhere.terms.count])
        } else {
            context.print(
                context.t(.message(.standingCount(count: own.terms.count, everySession: everywhere.terms.count))))
        }
    }
}
