import BeraadEngine
import BeraadStore
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
