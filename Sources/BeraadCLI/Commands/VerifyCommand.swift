import BeraadEngine
import BeraadMinutes
import BeraadStore
import Foundation

/// `verify [ID|--all] [--minutes FILE]`: checks that journals are whole and unchanged (every line's frame and
/// checksum, the hash chain, replay), and whether a minutes file was made from its journal.
struct VerifyCommand: BeraadCommand {
    static let id = Argument(.id, .verifyID, kind: .session, optional: true)
    static let all = Flag("all", nl: "alle", .verifyAll)
    static let minutes = Option("minutes", nl: "verslag", value: .file, .verifyMinutes, kind: .file)
    static let declaration = CommandDeclaration(
        "verify", aliases: ["controleer"], group: .session, summary: .verify, arguments: [id.declaration],
        options: [all.declaration, minutes.declaration])

    var id: String?
    var all: Bool
    var minutes: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        id = try arguments.optional(Self.id)
        all = arguments.flag(Self.all)
        minutes = try arguments.value(Self.minutes)
    }

    /// What `verify --json` prints for each session.
    struct Row: Encodable {
        var id: String
        var ok: Bool
        var records: Int
        var problem: String?
        var unchained: Int
        var erasures: Int
    }

    /// What `verify --minutes --json` adds: the file and the verdict.
    struct MinutesRow: Encodable {
        var file: String
        var verdict: String
    }

    func run(_ context: Context) throws(CLIError) {
        if all && (id != nil || minutes != nil) {
            throw .usage(context.t(.message(.verifyAllAlone)), command: context.commandPath)
        }
        let ids: [String]
        if all {
            ids = context.store.sessionIDs()
        } else {
            let chosen: String
            if let id { chosen = id } else { chosen = try context.sessionID() }
            guard Identifier.isValid(chosen) else {
                throw StoreError.invalidSessionID(id: chosen).cliError(context.lang)
            }
            ids = [chosen]
        }
        let results = ids.map { context.store.verify($0) }
        if !all, let only = results.first, case .sessionNotFound? = only.problem {
            throw StoreError.sessionNotFound(id: only.id).cliError(context.lang)
        }
        var verdict: MinutesVerdict?
        if let minutes, let only = results.first, only.ok {
            verdict = try Self.check(minutes: minutes, against: only, context: context)
        }
        let rows = results.map { v in
            Row(
                id: v.id, ok: v.ok, records: v.records, problem: v.problem.map { $0.cliError(context.lang).message },
                unchained: v.unchained, erasures: v.erasures.count)
        }
        if context.globals.json {
            struct Output: Encodable {
                var sessions: [Row]
                var minutes: MinutesRow?
            }
            try context.printJSON(
                Output(
                    sessions: rows,
                    minutes: verdict.map { MinutesRow(file: $0.file, verdict: $0.name) }))
        } else {
            for (row, result) in zip(rows, results) { context.print(Self.line(row, result, context)) }
            if let verdict { context.print(verdict.message(context)) }
        }
        let failed = results.filter { !$0.ok }.count
        if failed > 0 {
            throw CLIError(
                .ioError, context.t(.message(.verifyFailed(failed: String(failed), total: String(results.count)))))
        }
        if let verdict, !verdict.isMatch {
            throw CLIError(.ioError, context.t(.message(.minutesDoNotVerify(file: verdict.file))))
        }
        if ids.isEmpty { context.print(context.t(.message(.noSessions))) }
    }

    /// One session's summary line.
    static func line(_ row: Row, _ result: Verification, _ context: Context) -> String {
        guard row.ok else { return context.t(.message(.verifyBroken(id: row.id, problem: row.problem ?? ""))) }
        var text = context.t(.message(.verifyOK(id: row.id, records: String(row.records))))
        if row.unchained > 0 {
            text += context.t(.message(.verifyUnchained(count: String(row.unchained))))
        }
        for erasure in result.erasures {
            // A record's time carries the session's offset.
            let at = erasure.at
            text += context.t(
                .message(
                    .verifyErased(
                        at: "\(at.civil.dateString) \(at.civil.timeString())", count: String(erasure.count))))
        }
        return text
    }

    // MARK: - Minutes

    /// What a minutes file turned out to be.
    struct MinutesVerdict {
        enum Kind {
            /// Made from this journal, unchanged since.
            case matches
            /// Its fingerprint is this journal's, but its text is not what the journal makes.
            case changed
            /// Made from this journal before text was erased from it.
            case erasedSince(at: String)
            /// Its fingerprint is none of this journal's.
            case foreign
            /// No fingerprint in it at all.
            case noFingerprint
            /// The session is not approved, so its minutes carry no fingerprint.
            case notApproved
        }

        var file: String
        var kind: Kind

        var isMatch: Bool {
            if case .matches = kind { true } else { false }
        }

        var name: String {
            switch kind {
            case .matches: "matches"
            case .changed: "changed"
            case .erasedSince: "erasedSince"
            case .foreign: "foreign"
            case .noFingerprint: "noFingerprint"
            case .notApproved: "notApproved"
            }
        }

        func message(_ context: Context) -> String {
            switch kind {
            case .matches: context.t(.message(.minutesMatch(file: file)))
            case .changed: context.t(.message(.minutesChanged(file: file)))
            case .erasedSince(let at): context.t(.message(.minutesBeforeErasure(file: file, at: at)))
            case .foreign: context.t(.message(.minutesForeign(file: file)))
            case .noFingerprint: context.t(.message(.minutesNoFingerprint(file: file)))
            case .notApproved: context.t(.message(.minutesNotApproved))
            }
        }
    }

    /// Whether the minutes in `file` were made from the verified journal of `verification`: their fingerprint is
    /// the journal's, and making the minutes again, in one of the ways `minutes` can, gives the file to the byte.
    static func check(minutes file: String, against verification: Verification, context: Context) throws(CLIError)
        -> MinutesVerdict
    {
        let (path, data) = try context.readNamedFile(file)
        guard let fingerprint = verification.fingerprint else { return MinutesVerdict(file: path, kind: .notApproved) }
        // The session as its minutes show it: read again, only for the one session whose minutes are checked.
        let state: SessionState
        do { state = try context.store.minutes(verification.id).state } catch {
            throw error.cliError(context.lang)
        }
        let text = String(decoding: data, as: UTF8.self)
        let found = Set(text.matches(of: /[0-9a-f]{64}/).map { String($0.output) })
        if found.contains(fingerprint) {
            for lang in Language.allCases {
                for format in MinutesCommand.Format.allCases {
                    for anonymize in [false, true] {
                        for appendix in [true, false] {
                            let made = try MinutesCommand(
                                format: format, anonymize: anonymize, appendix: appendix, output: path
                            )
                            .render(state, fingerprint: fingerprint, lang: lang, context: context)
                            if made == text { return MinutesVerdict(file: path, kind: .matches) }
                        }
                    }
                }
            }
            return MinutesVerdict(file: path, kind: .changed)
        }
        if let erasure = state.erasures.first(where: { $0.previousFingerprint.map(found.contains) == true }) {
            let at = erasure.at
            return MinutesVerdict(
                file: path, kind: .erasedSince(at: "\(at.civil.dateString) \(at.civil.timeString())"))
        }
        return MinutesVerdict(file: path, kind: found.isEmpty ? .noFingerprint : .foreign)
    }
}
