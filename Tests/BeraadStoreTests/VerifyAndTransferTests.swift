import BeraadEngine
import BeraadTestSupport
@testable import BeraadStore
import Foundation
import Testing

/// Verifying a journal, the fingerprint of approved minutes, and moving a session between homes.
@Suite struct VerifyAndTransferTests {
    /// A home with an approved moreel-beraad; its id.
    static func approved() throws -> (StoreFixture, String) {
        var builder = try SessionBuilder.meeting(upTo: "evaluatie")
        try builder.run(.evaluate(name: "Anna", score: 4, text: "Goed"))
        try builder.run(.close(abandon: false, reason: nil))
        try builder.run(.approve(by: "Mia"))
        let fixture = StoreFixture()
        return (fixture, try fixture.add(builder))
    }

    @Test func verifyingFindsAFlippedByteByItsLine() throws {
        let (fixture, id) = try Self.approved()
        let whole = fixture.store.verify(id)
        #expect(whole.ok && whole.records > 20 && whole.unchained == 0 && whole.title == "Test")
        var bytes = try fixture.bytes(of: id)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
        bytes[lineStarts[6] + 40] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: try fixture.store.journalPath(id)))
        let broken = fixture.store.verify(id)
        guard case .damaged(_, let line, _)? = broken.problem else {
            Issue.record("\(String(describing: broken.problem))")
            return
        }
        #expect(line == 7 && !broken.ok)
        #expect(fixture.store.verify("2026-01-01-zzzz").problem == .sessionNotFound(id: "2026-01-01-zzzz"))
        #expect(fixture.store.verify("../x").problem == .invalidSessionID(id: "../x"))
    }

    @Test func anApprovedJournalHasTheFingerprintOfItsApprovalAndAConceptNone() throws {
        let (fixture, id) = try Self.approved()
        let verified = fixture.store.verify(id)
        let fingerprint = try #require(verified.fingerprint)
        #expect(fingerprint.count == 64 && fingerprint.allSatisfy(\.isHexDigit))
        #expect(try fixture.store.minutes(id).fingerprint == fingerprint)
        // An erasure after the approval rewrites the lines from the case on: the approval's line has another hash,
        // so minutes made before it no longer match (verify --minutes says why), and the erasure is listed.
        #expect(try fixture.redact("Er was eens", in: id))
        let after = fixture.store.verify(id)
        #expect(after.ok && after.erasures.count == 1)
        #expect(after.fingerprint != nil && after.fingerprint != fingerprint)
        #expect(try fixture.store.minutes(id).fingerprint == after.fingerprint)
        let concept = try fixture.add(try SessionBuilder.opened(id: "concept"))
        #expect(fixture.store.verify(concept).fingerprint == nil)
    }

    @Test func aJournalMovesToAnotherHomeAndBackWithWhatWasAddedThere() throws {
        let (source, id) = try Self.approved()
        let exported = try source.store.verifiedJournal(id).bytes
        let target = StoreFixture()
        #expect(try target.store.importJournal(exported, id: id) == .created)
        #expect(try target.store.read(id).session() == source.store.read(id).session())
        #expect(try target.store.importJournal(exported, id: id) == .unchanged)
        // The colleague erases a name; the first home takes the longer journal back.
        #expect(try target.redact("Er was eens", in: id))
        let back = try target.store.verifiedJournal(id).bytes
        #expect(try source.store.importJournal(back, id: id) == .extended)
        #expect(try source.store.read(id).session() == target.store.read(id).session())
        #expect(source.store.verify(id).ok)
    }

    @Test func anImportOfAnotherHistoryOrIntoALockedSessionWritesNothing() throws {
        let (source, id) = try Self.approved()
        let exported = try source.store.verifiedJournal(id).bytes
        let target = StoreFixture()
        #expect(try target.store.importJournal(exported, id: id) == .created)
        // The same id with another history: each home erased something else.
        #expect(try target.redact("Carla", in: id))
        #expect(try source.redact("Bram", in: id))
        let before = try target.bytes(of: id)
        #expect(throws: StoreError.sessionDiffers(id: id)) {
            try target.store.importJournal(try source.store.verifiedJournal(id).bytes, id: id)
        }
        #expect(try target.bytes(of: id) == before && target.store.verify(id).ok)
        // A session someone is writing in is never imported into, even when the import would be a good one.
        let third = StoreFixture()
        #expect(try third.store.importJournal(exported, id: id) == .created)
        let fd = open(try third.store.journalPath(id), O_RDONLY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let locked = try third.bytes(of: id)
        #expect(throws: StoreError.self) {
            try third.store.importJournal(try source.store.verifiedJournal(id).bytes, id: id)
        }
        #expect(try third.bytes(of: id) == locked)
        flock(fd, LOCK_UN)
        #expect(try third.store.importJournal(try source.store.verifiedJournal(id).bytes, id: id) == .extended)
    }
}
