import BeraadEngine
import BeraadTestSupport
import BeraadStore
import Foundation
import Testing

/// The fast record reader against the reference (JSONDecoder): on every journal the tests make, on damaged ones and
/// on records changed field by field, whatever the fast reader returns, the reference reads the same.
@Suite struct RecordScannerTests {
    /// The `rec` bytes of each line of a journal, in either framing.
    static func records(_ journal: [UInt8]) -> [ArraySlice<UInt8>] {
        let marker = Array(#""rec":"#.utf8)
        return journal.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let start = line.firstRange(of: marker)?.upperBound, line.last == UInt8(ascii: "}") else {
                return nil
            }
            return line[start..<(line.endIndex - 1)]
        }
    }

    /// Checks one record's bytes both ways; true when the fast reader read it.
    @discardableResult
    static func agree(_ rec: ArraySlice<UInt8>) -> Bool {
        guard let fast = RecordScanner.record(rec) else { return false }
        let reference = try? Record.decoded(from: Data(rec))
        #expect(fast == reference, "\(String(decoding: rec, as: UTF8.self))")
        return true
    }

    /// Journals of every method and most commands, as the command line writes them.
    static func journals() throws -> [[UInt8]] {
        var result: [[UInt8]] = []
        let meeting = try Harness.meeting(upTo: "evaluatie")
        try meeting.ok("evaluate", "Anna", "Goed \"gesprek\" \\ met \u{1F44D}\u{1F3FD} en tab\there", "--score", "4")
        try meeting.ok("amend", "e11", "Nieuwe tekst\nmet een regel")
        try meeting.ok("close")
        try meeting.ok("approve", "--by", "Mia")
        try meeting.ok("done", "a1", "--note", "gebeld")
        try meeting.ok("signals", "--json")
        try meeting.ok("redact", "Carla")
        result.append([UInt8](meeting.journal()))
        let afweging = Harness()
        try afweging.ok(
            "new", "Kaarten", "--protocol", "afwegingskader", "--facilitator", "Mia", "--planned", "2026-03-13")
        try afweging.ok("join", "Sanne", "--role", "inbrenger")
        try afweging.ok("case", "Een casus")
        try afweging.ok("start")
        try afweging.ok("say", "Sanne", "Stabiel", "--category", "zekerheid", "--kind", "consideration")
        try afweging.ok("next", "--force", "--reason", "x")
        try afweging.ok(
            "say", "Sanne", "Kennis", "--category", "kennis", "--kind", "consideration", "--invloed", "helpt")
        try afweging.ok("back")
        for _ in 0..<4 { try afweging.ok("next", "--force", "--reason", "x") }
        try afweging.ok("signal", "s", "--theme", "t", "--level", "beleid", "--to", "MT")
        result.append([UInt8](afweging.journal()))
        return result
    }

    @Test func theFastReaderReadsWhatBeraadWritesExactlyAsTheReference() throws {
        for journal in try Self.journals() {
            let records = Self.records(journal)
            var read = 0
            for rec in records where Self.agree(rec) { read += 1 }
            // All but the opening (with its protocol) and forced moves with unmet requirements go the fast way.
            let slow = records.filter { rec in
                let text = String(decoding: rec, as: UTF8.self)
                return text.contains(#""type":"sessionOpened""#) || text.contains(#""unmet":[{"#)
            }
            #expect(read == records.count - slow.count && read > 10)
        }
    }

    @Test func aDueOrReviewDayThatIsNotOnTheCalendarIsReadByNeitherReader() throws {
        let records = Self.records(try Self.journals()[0]).map { String(decoding: $0, as: UTF8.self) }
        let action = try #require(records.first { $0.contains(#""due":"2026-03-20""#) })
        let decision = try #require(records.first { $0.contains(#""type":"decisionRecorded""#) })
        let reviewed = decision.replacingOccurrences(of: #""data":{"#, with: #""data":{"review":"2026-06-11","#)
        for record in [action, reviewed] {
            #expect(Self.agree(ArraySlice(record.utf8)))
            let changed = record.replacing(/"(due|review)":"[0-9-]+"/) { #""\#($0.1)":"2026-02-30""# }
            #expect(changed != record)
            #expect(RecordScanner.record(ArraySlice(changed.utf8)) == nil)
            #expect((try? Record.decoded(from: Data(changed.utf8))) == nil)
        }
    }

    @Test func theFastReaderNeverDisagreesWithTheReferenceOnChangedRecords() throws {
        var rng = SeededGenerator(state: FuzzTests.seed &+ 7)
        let records = try Self.journals().flatMap(Self.records).map(Array.init)
        let edits: [(String, String)] = [
            ("\"seq\":", "\"seq\":-"), ("\"seq\":", "\"seq\":0"), ("\"v\":1", "\"v\":1.0"), ("\"v\":1", "\"v\":true"),
            ("\"score\":4", "\"score\":4.0"), ("\"score\":4", "\"score\":null"), (":\"", ":null,\"x\":\""),
            ("\"text\":\"", "\"text\":\"\\u00e9\\ud83d\\ude00"), ("\"text\":\"", "\"text\":\"\\ud83d"),
            ("\"kind\":\"", "\"kind\":\"x"), ("\"undo\":false", "\"undo\":0"), ("{", "{ \"seq\":1,"),
            ("\"round\":\"", "\"round\":1,\"r\":\""), ("\"at\":\"", "\"at\":\"x"), ("\"dissent\":[", "\"dissent\":[1,"),
            ("\"forced\":false", "\"forced\":\"false\""), ("\"unmet\":[]", "\"unmet\":{}"), ("}", "} "),
            ("\"text\":\"", "\"text\":\"\\/\\b\\f\\r\\t\\\"\\\\"), ("\"data\":{", "\"data\":{\"data\":1,"),
        ]
        for _ in 0..<Fuzz.count("BERAAD_FUZZ_SCANNER", sample: 3000) {
            var text = String(decoding: Fuzz.pick(records, &rng), as: UTF8.self)
            let (from, to) = Fuzz.pick(edits, &rng)
            if let range = text.range(of: from) { text.replaceSubrange(range, with: to) }
            var bytes = Array(text.utf8)
            if Fuzz.chance(30, &rng) {
                bytes[Int(rng.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            }
            Self.agree(bytes[...])
        }
    }

    @Test func damagedJournalsReadTheSameWithTheFastReader() throws {
        var rng = SeededGenerator(state: FuzzTests.seed &+ 8)
        let journals = try Self.journals()
        for _ in 0..<Fuzz.count("BERAAD_FUZZ_SCANNER", sample: 300) {
            for rec in Self.records(Damage.journal(Fuzz.pick(journals, &rng), &rng)) { Self.agree(rec) }
        }
    }
}
