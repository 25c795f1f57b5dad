import BeraadEngine
import BeraadTestSupport
@testable import BeraadStore
import Foundation
import Testing

/// The live mode's held head: used while the journal is the file the last append left, never after anything else
/// changed it, and always giving what a full replay gives.
@Suite struct HeldHeadTests {
    static func append(_ text: String, in id: String, _ store: SessionStore, held: HeldHead?) throws {
        try store.append(id, held: held) { (head) throws(StoreError) -> [Record] in
            let state = try head.session()
            let at = Timestamp(seconds: state.lastAt.seconds + 60, offsetSeconds: 3600)
            do throws(RuleViolation) {
                return state.records(for: try state.decide(SessionBuilder.say("Bram", text), at: at), at: at)
            } catch { throw .impossible(path: head.path, line: 0, detail: LocalizedText(nl: "", en: "\(error)")) }
        }
    }

    @Test func aHeldHeadGivesWhatAFullReplayGivesLineAfterLine() throws {
        let fixture = StoreFixture()
        let id = try fixture.add(try SessionBuilder.meeting(upTo: "casus"))
        let held = HeldHead()
        _ = try fixture.store.hold(id, in: held)
        for index in 0..<(HeldHead.snapshotInterval + 40) {
            try Self.append("Vraag \(index)?", in: id, fixture.store, held: held)
        }
        let state = try #require(held.state(of: id))
        #expect(state == (try fixture.store.read(id).session()))
        #expect(state.entries.last?.text == "Vraag \(HeldHead.snapshotInterval + 39)?")
        // Another process, which holds nothing, reads the same through the snapshot the held appends kept.
        let head = try fixture.store.head(id)
        #expect(head.fromSnapshot && head.replayedRecords < HeldHead.snapshotInterval)
        #expect(try head.session() == state)
        #expect(held.state(of: "ander") == nil)
    }

    @Test func anotherWriteOrAnErasureLetsGoOfTheHeldHead() throws {
        let fixture = StoreFixture()
        let id = try fixture.add(try SessionBuilder.meeting(upTo: "casus"))
        let held = HeldHead()
        try Self.append("Eerst", in: id, fixture.store, held: held)
        #expect(held.state(of: id) != nil)
        // Another process appends: the held head no longer describes the journal, and is let go.
        try Self.append("Van elders", in: id, fixture.store, held: nil)
        #expect(held.state(of: id) == nil)
        try Self.append("Daarna", in: id, fixture.store, held: held)
        #expect(try held.state(of: id) == fixture.store.read(id).session())
        #expect(
            try fixture.store.read(id).session().entries.suffix(3).map(\.text) == ["Eerst", "Van elders", "Daarna"])
        // An erasure rewrites the journal: the held state, which still holds the text, is not used again.
        #expect(try fixture.redact("Daarna", in: id))
        #expect(held.state(of: id) == nil)
        try Self.append("Laatst", in: id, fixture.store, held: held)
        let after = try fixture.store.read(id).session()
        #expect(try #require(held.state(of: id)) == after)
        #expect(!after.entries.contains { $0.text == "Daarna" })
    }

    @Test func aRefusedLineKeepsTheHeadHeld() throws {
        let fixture = StoreFixture()
        let id = try fixture.add(try SessionBuilder.meeting(upTo: "casus"))
        let held = HeldHead()
        try Self.append("Eerst", in: id, fixture.store, held: held)
        #expect(throws: SessionStore.AppendError<StoreError>.self) {
            try fixture.store.append(id, held: held) { (_) throws(StoreError) -> [Record] in
                throw .sessionNotFound(id: "x")
            }
        }
        #expect(try held.state(of: id) == fixture.store.read(id).session())
    }
}
