import BeraadEngine

/// `log`: the session's entries, each with its id.
struct LogCommand: BeraadCommand {
    static let declaration = CommandDeclaration(
        "log", group: .corrections, summary: .log, live: .standard)

    /// One entry as `log --json` prints it (CLI.md).
    struct LogEntry: Encodable {
        var id: String
        var seq: Int
        var at: String
        var round: String
        var kind: String
        var participant: String?
        var text: String
        var retracted: Bool

        enum CodingKeys: String, CodingKey { case id, seq, at, round, kind, participant, text, retracted }

        init(_ e: Entry) {
            self.init(
                id: e.id.description, seq: e.seq, at: e.at.description, round: e.round, kind: e.kind.rawValue,
                participant: e.participant, text: e.text, retracted: e.retraction != nil)
        }

        /// A join, an invitation or a departure: its kind is `joined`, `invited`, `arrived` or `left`, its text the
        /// role with the function, if any.
        init(_ p: PersonEntry) {
            self.init(
                id: p.id.description, seq: p.seq, at: p.at.description, round: p.round ?? "", kind: p.change.rawValue,
                participant: p.name, text: (p.role ?? "") + (p.function.map { " (\($0))" } ?? ""),
                retracted: p.retraction != nil)
        }

        init(
            id: String, seq: Int, at: String, round: String, kind: String, participant: String?, text: String,
            retracted: Bool
        ) {
            self.id = id
            self.seq = seq
            self.at = at
            self.round = round
            self.kind = kind
            self.participant = participant
            self.text = text
            self.retracted = retracted
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(seq, forKey: .seq)
            try c.encode(at, forKey: .at)
            try c.encode(round, forKey: .round)
            try c.encode(kind, forKey: .kind)
            if let participant {
                try c.encode(participant, forKey: .participant)
            } else {
                try c.encodeNil(forKey: .participant)
            }
            try c.encode(text, forKey: .text)
            try c.encode(retracted, forKey: .retracted)
        }
    }

    init(parsing arguments: ParsedArguments) throws(ParseError) {}

    /// `log --json` of `entries`, written by hand (a session may have a hundred thousand) and handed to `emit` a
    /// thousand entries at a time, so that a long log is never held whole; the same bytes as
    /// `printJSON(["entries": entries.map(LogEntry.init)])` would give, which a test checks.
    static func json(
        _ entries: some RandomAccessCollection<Entry>, people: [PersonEntry] = [], emit: (String) -> Void
    ) {
        var out: [UInt8] = []
        out.reserveCapacity(min(entries.count, 1000) * 240 + 64)
        func flush() {
            emit(String(decoding: out, as: UTF8.self))
            out.removeAll(keepingCapacity: true)
        }
        JSONWriter.raw("{\n  \"entries\" : [", into: &out)
        if entries.isEmpty && people.isEmpty {
            JSONWriter.raw("\n\n  ]\n}", into: &out)
            flush()
            return
        }
        JSONWriter.raw("\n", into: &out)
        // Each entry's members in the order of their keys, as the encoder sorts them, two spaces deeper than it.
        func member(_ key: String, _ write: (inout [UInt8]) -> Void, last: Bool = false) {
            JSONWriter.raw("      \"", into: &out)
            JSONWriter.raw(key, into: &out)
            JSONWriter.raw("\" : ", into: &out)
            write(&out)
            JSONWriter.raw(last ? "\n" : ",\n", into: &out)
        }
        func row(_ e: LogEntry, last: Bool) {
            JSONWriter.raw("    {\n", into: &out)
            member("at") { JSONWriter.string(e.at, into: &$0) }
            member("id") { JSONWriter.string(e.id, into: &$0) }
            member("kind") { JSONWriter.string(e.kind, into: &$0) }
            member("participant") { out in
                if let participant = e.participant {
                    JSONWriter.string(participant, into: &out)
                } else {
                    JSONWriter.raw("null", into: &out)
                }
            }
            member("retracted") { JSONWriter.raw(e.retracted ? "true" : "false", into: &$0) }
            member("round") { JSONWriter.string(e.round, into: &$0) }
            member("seq") { JSONWriter.raw(String(e.seq), into: &$0) }
            member("text", { JSONWriter.string(e.text, into: &$0) }, last: true)
            JSONWriter.raw(last ? "    }\n" : "    },\n", into: &out)
        }
        // Joins, invitations and departures in their place among the entries, by their sequence numbers.
        var nextPerson = 0
        let count = entries.count + people.count
        var written = 0
        func person(before seq: Int) {
            while nextPerson < people.count, people[nextPerson].seq < seq {
                written += 1
                row(LogEntry(people[nextPerson]), last: written == count)
                nextPerson += 1
            }
        }
        for e in entries {
            person(before: e.seq)
            written += 1
            row(LogEntry(e), last: written == count)
            if written % 1000 == 0 { flush() }
        }
        person(before: Int.max)
        JSONWriter.raw("  ]\n}", into: &out)
        flush()
    }

    func run(_ context: Context) throws(CLIError) {
        let (_, state) = try context.readSession()
        if context.globals.json {
            Self.json(state.entries, people: state.people) { context.write($0) }
            context.write("\n")
            return
        }
        if state.entries.isEmpty && state.people.isEmpty {
            context.print(context.t(.message(.nothingRecorded)))
            return
        }
        var currentRound = ""
        func heading(_ round: String?) {
            guard let round, round != currentRound else { return }
            currentRound = round
            let title = state.protocolDefinition.rounds.first { $0.id == round }?.title(context.lang) ?? round
            context.print("— " + title)
        }
        var nextPerson = 0
        func people(before seq: Int) {
            while nextPerson < state.people.count, state.people[nextPerson].seq < seq {
                let person = state.people[nextPerson]
                heading(person.round)
                context.print(EntryFormatter.line(person, state: state, context: context))
                nextPerson += 1
            }
        }
        for entry in state.entries {
            people(before: entry.seq)
            heading(entry.round)
            context.print(EntryFormatter.line(entry, state: state, context: context))
        }
        people(before: Int.max)
    }
}
