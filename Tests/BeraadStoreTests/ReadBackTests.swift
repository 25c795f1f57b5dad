import BeraadEngine
@testable import BeraadStore
import Foundation
import Testing

/// Nothing the store writes can be a journal that replay refuses: records that break one of replay's rules are
/// refused before they reach the disk, whichever way they would be written.
@Suite struct ReadBackTests {
    /// A contribution by someone who never joined: replay refuses it.
    static func strangersWord(after state: SessionState) -> [Record] {
        let at = Timestamp(seconds: state.lastAt.seconds + 1, offsetSeconds: 3600)
        let event = Event.contributionRecorded(
            ContributionRecorded(round: "opening", kind: .note, participant: "Nobody", text: "hallo"))
        return state.records(for: [event], at: at)
    }

    static func refusedAsUnreadable(_ error: any Error) -> Bool {
        var storeError = error as? StoreError
        if case .store(let inner) = error as? SessionStore.AppendError<Never> { storeError = inner }
        guard case .wouldNotReplay = storeError else { return false }
        return true
    }

    @Test func anAppendThatReplayWouldRefuseWritesNothing() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        let before = try fixture.bytes()
        #expect {
            try fixture.store.append(fixture.id) { head in Self.strangersWord(after: try! head.session()) }
        } throws: { Self.refusedAsUnreadable($0) }
        #expect(try fixture.bytes() == before)
        // The session goes on as before.
        try fixture.join("P2")
        #expect(try fixture.store.read(fixture.id).session().participants.count == 3)
    }

    @Test func aRecordDatedBeforeTheLastIsRefusedWhicheverCommandMadeIt() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        let before = try fixture.bytes()
        #expect {
            try fixture.store.append(fixture.id) { head in
                let state = try! head.session()
                let earlier = Timestamp(seconds: state.lastAt.seconds - 60, offsetSeconds: 3600)
                return state.records(
                    for: [.participantJoined(ParticipantJoined(name: "Late", role: "deelnemer"))], at: earlier)
            }
        } throws: { Self.refusedAsUnreadable($0) }
        #expect(try fixture.bytes() == before)
    }

    @Test func aSessionWhoseFirstRecordsDoNotReplayIsNeverCreated() throws {
        let fixture = StoreFixture()
        let opening = StoreFixture.opening
        let state = try SessionState(replaying: opening)
        #expect(throws: StoreError.self) {
            try fixture.store.create(fixture.id, records: opening + Self.strangersWord(after: state))
        }
        #expect(!fixture.store.exists(fixture.id))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: fixture.home + "/sessions")) ?? [] == [])
    }

    @Test func aRewriteThatDoesNotReplayLeavesTheJournalAsItWas() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        let before = try fixture.bytes()
        #expect {
            try fixture.store.erase(fixture.id) { (contents) throws(Never) -> SessionStore.Rewrite? in
                // The participant's joining is dropped, but the journal would still need it.
                var records = contents.records
                records.remove(at: 1)
                let state = try! SessionState(replaying: Array(records.prefix(1)))
                return SessionStore.Rewrite(records: records + Self.strangersWord(after: state), scrub: { $0 })
            }
        } throws: { Self.refusedAsUnreadable($0) }
        #expect(try fixture.bytes() == before)
    }
}

/// A record nested far deeper than any Beraad writes, with a valid checksum and chain, is refused (65) before a
/// recursive reader walks into it; it never takes the process down.
@Suite struct DeepNestingTests {
    /// The session's journal with its last line replaced by one whose record carries an extra key nested `depth`
    /// deep, framed and chained as Beraad frames a line.
    static func nest(_ fixture: StoreFixture, depth: Int) throws {
        let bytes = try fixture.bytes()
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        let last = Array(lines.last!)
        let prevStart = last.firstRange(of: Array(#""prev":""#.utf8))!.upperBound
        let previous = Array(last[prevStart..<(prevStart + 64)])
        let recStart = last.firstRange(of: Array(#""rec":"#.utf8))!.upperBound
        var rec = Array(last[recStart..<(last.count - 1)])
        rec.removeLast()  // its closing brace
        rec +=
            Array(#","x":"#.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: depth)
            + [UInt8](repeating: UInt8(ascii: "]"), count: depth) + [UInt8(ascii: "}")]
        let line = JournalLine.frame(rec: rec, previous: previous)
        let kept = lines.dropLast().flatMap { Array($0) + [UInt8(ascii: "\n")] }
        try fixture.write(kept + line)
    }

    @Test(arguments: [100_000, 65])
    func aRecordNestedTooDeeplyIsRefusedNotFollowed(depth: Int) throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 2)
        try Self.nest(fixture, depth: depth)
        #expect {
            try fixture.store.read(fixture.id).session()
        } throws: { error in
            guard case StoreError.impossible(_, let line, _) = error else { return false }
            return line == 4
        }
        // The scanner stops at the limit without following it; Foundation's decoder is never asked.
        let deep =
            Array(#"{"x":"#.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: depth)
            + [UInt8](repeating: UInt8(ascii: "]"), count: depth) + [UInt8(ascii: "}")]
        #expect(RecordScanner.record(deep[...]) == nil)
        #expect(!JSONDepth.isWithin(Array(repeating: UInt8(ascii: "["), count: depth)))
        #expect(
            JSONDepth.isWithin(
                Array(#"{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#.utf8)))
    }
}
