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
    static func json(_ entries: [Entry], emit: (String) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(min(entries.count, 1000) * 240 + 64)
        func flush() {
            emit(String(decoding: out, as: UTF8.self))
            out.removeAll(keepingCapacity: true)
        }
        JSONWriter.raw("{\n  \"entries\" : [", into: &out)
        if entries.isEmpty {
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
        for (index, e) in entries.enumerated() {
            JSONWriter.raw("    {\n", into: &out)
            member("at") { JSONWriter.string(e.at.description, into: &$0) }
            member("id") { JSONWriter.string(e.id, into: &$0) }
            member("kind") { JSONWriter.string(e.kind.rawValue, into: &$0) }
            member("participant") { out in
                if let participant = e.participant {
                    JSONWriter.string(participant, into: &out)
                } else {
                    JSONWriter.raw("null", into: &out)
                }
            }
            member("retracted") { JSONWriter.raw(e.retraction == nil ? "false" : "true", into: &$0) }
            member("round") { JSONWriter.string(e.round, into: &$0) }
            member("seq") { JSONWriter.raw(String(e.seq), into: &$0) }
            member("text", { JSONWriter.string(e.text, into: &$0) }, last: true)
            JSONWriter.raw(index == entries.count - 1 ? "    }\n" : "    },\n", into: &out)
            if index % 1000 == 999 { flush() }
        }
        JSONWriter.raw("  ]\n}", into: &out)
        flush()
    }

    func run(_ context: Context) throws(CLIError) {
        let (_, state) = try context.readSession()
        if context.globals.json {
            Self.json(state.entries) { context.write($0) }
            context.write("\n")
            return
        }
        if state.entries.isEmpty {
            context.print(context.t(.message(.nothingRecorded)))
            return
        }
        var currentRound = ""
        for entry in state.entries {
            if entry.round != currentRound {
                currentRound = entry.round
                let title =
                    state.protocolDefinition.rounds.first { $0.id == entry.round }?.title(context.lang) ?? entry.round
                context.print("— " + title)
            }
            context.print(EntryFormatter.line(entry, state: state, context: context))
        }
    }
}
