import BeraadEngine
import BeraadStore
import Foundation

// beraad-bench: writes the fixtures the benchmark scripts in bench/ time beraad against, with the engine and the
// journal framing beraad itself uses, so that every file is one beraad could have written.
//
//   beraad-bench archive HOME SESSIONS      an archive of SESSIONS approved sessions of 20 teams over three years,
//                                            each with a case, a dilemma, values, a decision with a review date,
//                                            actions (some done) and signals on shared themes; every tenth shared
//                                            for the case bank
//   beraad-bench journal HOME EVENTS         one open session of about EVENTS events (contributions in its rounds)

/// A session built command by command through `decide`, as the command line builds it.
struct Builder {
    var state: SessionState
    var records: [Record]
    var clock: Int64

    init(id: String, title: String, team: String, at start: Int64) throws {
        guard let definition = try BuiltinProtocols.named("moreel-beraad") else { throw BenchError.notOpened }
        let at = Timestamp(seconds: start, offsetSeconds: 3600)
        let unopened = Session.unopened
        let opening = unopened.records(
            for: try unopened.decide(
                .open(
                    id: id, title: title, protocolDefinition: definition, facilitator: "Mia de Wit", lang: .nl,
                    details: SessionDetails(team: team)), at: at), at: at)
        var session = Session.unopened
        for record in opening { session.evolve(record) }
        guard case .opened(let state) = session else { throw BenchError.notOpened }
        self.state = state
        records = opening
        clock = start
    }

    mutating func run(_ command: Command) throws {
        clock += 60
        let at = Timestamp(seconds: clock, offsetSeconds: 3600)
        let new = state.records(for: try state.decide(command, at: at), at: at)
        for record in new { state.evolve(record) }
        records += new
    }

    /// The journal's bytes, framed and chained.
    func bytes() throws -> [UInt8] {
        var out: [UInt8] = []
        var previous = JournalLine.noPrevious
        for record in records {
            let line = try JournalLine.frame(record, previous: previous)
            previous = JournalLine.hash(line.dropLast())
            out += line
        }
        return out
    }
}

enum BenchError: Error { case notOpened, usage }

let themes = [
    "eenzaamheid", "schulden", "wachtlijst", "mantelzorg", "huisvesting", "zorgmijding", "taal", "dementie",
    "verslaving", "armoede", "jeugd", "veiligheid",
]
let values = ["autonomie", "veiligheid", "vertrouwen", "zorgplicht", "rechtvaardigheid", "waardigheid", "privacy"]
let people = ["Sanne", "Bram", "Fatima", "Joost", "Ilse"]

func day(_ seconds: Int64) -> CalendarDate { CalendarDate(Timestamp(seconds: seconds, offsetSeconds: 3600)) }

func archive(home: String, count: Int) throws {
    let sessions = home + "/sessions"
    try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
    let start: Int64 = 1_704_096_000  // 2024-01-01
    let span: Int64 = 3 * 365 * 86_400
    for index in 0..<count {
        let at = start + span * Int64(index) / Int64(max(count, 1))
        let id =
            Identifier.session(on: Timestamp(seconds: at, offsetSeconds: 3600), random: UInt64(index) &* 7919)
            + "-\(index)"
        let theme = themes[index % themes.count]
        var b = try Builder(
            id: id, title: "Casus \(index): \(theme) bij een cliënt", team: "Team \(index % 20)", at: at)
        for (n, name) in people.enumerated() {
            try b.run(.join(name: name, role: n == 0 ? "inbrenger" : nil))
        }
        try b.run(.advance(force: false, reason: nil))
        try b.run(.recordCase(text: "Een cliënt met \(theme); de inbrenger twijfelt over de volgende stap.", by: nil))
        try b.run(
            .say(name: "Bram", text: "Hoe lang speelt dit al?", kind: nil, category: nil, about: nil, option: nil))
        try b.run(.advance(force: false, reason: nil))
        try b.run(
            .frameDilemma(
                question: "Ingrijpen of afwachten?",
                options: [
                    LabeledText(label: OptionLabel("A")!, text: "ingrijpen"),
                    LabeledText(label: OptionLabel("B")!, text: "afwachten"),
                ],
                harms: [
                    LabeledText(label: OptionLabel("A")!, text: "vertrouwen"),
                    LabeledText(label: OptionLabel("B")!, text: "gezondheid"),
                ]))
        try b.run(.advance(force: false, reason: nil))
        for (n, name) in people.enumerated().dropFirst() {
            try b.run(
                .say(
                    name: name, text: values[(index + n) % values.count], kind: .value, category: nil,
                    about: "de cliënt", option: n % 2 == 0 ? "A" : "B"))
        }
        try b.run(.advance(force: true, reason: "bench"))
        for name in people.dropFirst() {
            try b.run(
                .takePosition(name: name, option: "B", because: "vertrouwen", cannot: nil, mitigate: nil, needs: nil))
        }
        try b.run(.advance(force: true, reason: "bench"))
        try b.run(
            .decide(
                text: "We wachten af en spreken een grens af", option: "B", rationale: "vertrouwen eerst",
                support: .consensus, dissent: [], review: day(at + 42 * 86_400)))
        try b.run(.advance(force: true, reason: "bench"))
        for n in 0..<3 {
            try b.run(
                .agreeAction(
                    text: "Afspraak \(n + 1) over \(theme)", owner: people[n],
                    due: day(at + Int64(14 * (n + 1)) * 86_400)))
        }
        try b.run(
            .raiseSignal(text: "Vaker \(theme) in de wijk", level: .policy, by: nil, to: "teamleider", theme: theme))
        try b.run(.advance(force: true, reason: "bench"))
        try b.run(.evaluate(name: "Sanne", score: 4, text: "Het hielp"))
        try b.run(.close(abandon: false, reason: nil))
        try b.run(.approve(by: "Teamoverleg"))
        if index % 2 == 0 {
            let first = b.state.actionEntries[0]
            try b.run(.followUpAction(entry: first.id.description, done: true, note: "gedaan"))
        }
        if index % 10 == 0 { try b.run(.share(by: "Mia de Wit")) }
        let path = sessions + "/" + id + ".jsonl"
        guard FileManager.default.createFile(atPath: path, contents: Data(try b.bytes())) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }
}

func journal(home: String, events: Int) throws {
    let sessions = home + "/sessions"
    try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
    let id = "2026-03-12-bnch"
    var b = try Builder(id: id, title: "Bench", team: "Team 0", at: 1_773_320_400)
    for name in people { try b.run(.join(name: name, role: name == "Sanne" ? "inbrenger" : nil)) }
    try b.run(.advance(force: false, reason: nil))
    try b.run(.recordCase(text: "Een lange sessie", by: nil))
    while b.records.count < events {
        let n = b.records.count
        try b.run(
            .say(
                name: people[n % people.count], text: "Vraag \(n): hoe zit het met de buurt, de school en de zorg?",
                kind: nil, category: nil, about: nil, option: nil))
    }
    let path = sessions + "/" + id + ".jsonl"
    guard FileManager.default.createFile(atPath: path, contents: Data(try b.bytes())) else {
        throw CocoaError(.fileWriteUnknown)
    }
    try Data((id + "\n").utf8).write(to: URL(fileURLWithPath: home + "/current"))
    print(id)
}

let arguments = CommandLine.arguments.dropFirst()
do {
    guard arguments.count == 3, let count = Int(arguments[arguments.startIndex + 2]) else { throw BenchError.usage }
    let home = arguments[arguments.startIndex + 1]
    switch arguments.first {
    case "archive": try archive(home: home, count: count)
    case "journal": try journal(home: home, events: count)
    default: throw BenchError.usage
    }
} catch BenchError.usage {
    FileHandle.standardError.write(Data("usage: beraad-bench archive HOME SESSIONS | journal HOME EVENTS\n".utf8))
    exit(64)
} catch {
    FileHandle.standardError.write(Data("beraad-bench: \(error)\n".utf8))
    exit(1)
}
