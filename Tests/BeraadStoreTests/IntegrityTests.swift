import BeraadEngine
@testable import BeraadStore
import Foundation
import Testing

/// SHA-256, the hash chain, verification and the erasure rewrite, at the level of the store.
@Suite struct IntegrityTests {
    // MARK: - SHA-256

    /// The example vectors of NIST (FIPS 180-2 appendix B, and the CAVP short and long messages).
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func sha256MatchesTheNISTExampleVectors(_ message: String, _ digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func sha256OfAMillionAsMatchesTheLongMessageVectorHoweverItIsFed() {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex(million) == expected)
        // Fed in uneven pieces, across block boundaries.
        var hasher = SHA256()
        var offset = 0
        var size = 1
        while offset < million.count {
            let end = min(million.count, offset + size)
            hasher.update(million[offset..<end])
            offset = end
            size = size % 131 + 7
        }
        #expect(hasher.finalize().hexString == expected)
        // 55, 56 and 64 bytes: the padding's edge cases.
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 55))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 56))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 64))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    // MARK: - The chain

    @Test func aFreshJournalVerifiesWithEveryRecordChained() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 3)
        let result = fixture.store.verify(fixture.id)
        #expect(result.ok && result.records == 5 && result.unchained == 0)
        #expect(result.fingerprint == nil)
    }

    @Test func everyFlippedByteIsFoundAndNamesItsLine() throws {
        let fixture = StoreFixture()
        let path = try fixture.createSession(participants: 2)
        let whole = try fixture.bytes()
        let lineStarts = [0] + whole.indices.filter { whole[$0] == UInt8(ascii: "\n") }.dropLast().map { $0 + 1 }
        // One byte in each line, at the start, the middle and near the end of the line.
        for (number, start) in lineStarts.enumerated() {
            let end = whole[start...].firstIndex(of: UInt8(ascii: "\n"))!
            for offset in [start + 2, (start + end) / 2, end - 2] {
                var bytes = whole
                bytes[offset] ^= 0x04
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                let result = fixture.store.verify(fixture.id)
                guard case .damaged(_, let line, _)? = result.problem else {
                    Issue.record("a flip at \(offset) went unseen: \(String(describing: result.problem))")
                    continue
                }
                #expect(line == number + 1, "flip at \(offset)")
            }
        }
    }

    @Test func aLineRewrittenWithAValidChecksumBreaksTheChainAtTheLineAfterIt() throws {
        let fixture = StoreFixture()
        let path = try fixture.createSession(participants: 2)
        var lines = String(decoding: try fixture.bytes(), as: UTF8.self).split(separator: "\n").map(String.init)
        // Change P1 into Q1 in line 2 and frame it again properly, as someone with the format at hand would.
        let record = try JournalLine.parse(Array(lines[1].utf8)[...])
        var changed = record
        changed.event = .participantJoined(ParticipantJoined(name: "Q1", role: "deelnemer"))
        let previous = String(lines[1].dropFirst(26).prefix(64))
        lines[1] = String(decoding: try JournalLine.frame(changed, previous: previous).dropLast(), as: UTF8.self)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        // Every command still reads it; verify does not.
        #expect(try fixture.store.read(fixture.id).records.count == 4)
        let result = fixture.store.verify(fixture.id)
        guard case .damaged(_, let line, let detail)? = result.problem else {
            Issue.record("the changed line went unseen")
            return
        }
        #expect(line == 3 && detail(.en).contains("hash chain"))
    }

    @Test func aLineMadeToLookOldBeforeTheChainBeginsIsRefusedByEveryReader() throws {
        let fixture = StoreFixture()
        let path = try fixture.createSession(participants: 2)
        // The opening line written again in the old framing, its title changed and its checksum made to fit: the
        // line where the chain begins no longer names the line before it.
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let opening = try #require(fixture.store.read(fixture.id).records.first)
        var forged = opening
        guard case .sessionOpened(var data) = forged.event else { return }
        data.title = "Forged"
        forged.event = .sessionOpened(data)
        let rec = String(decoding: try forged.encoded(), as: UTF8.self)
        lines[0] = #"{"crc":""# + CRC32C.hex(Array(rec.utf8)) + #"","rec":"# + rec + "}"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try fixture.store.read(fixture.id) }
        do {
            _ = try fixture.store.read(fixture.id)
        } catch {
            guard case .impossible(_, let line, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(line == 2)
        }
        #expect(throws: StoreError.self) { try SessionStore.minutes(open(path, O_RDONLY), path: path) }
    }

    @Test func aJournalFromBeforeTheChainReadsAndVerifiesAsUnchainedAndChainsWhatIsAddedToIt() throws {
        let fixture = StoreFixture()
        let path = try fixture.createSession()
        // The old framing: {"crc":"<crc of rec>","rec":{…}}.
        var old = ""
        for record in StoreFixture.opening {
            let rec = String(decoding: try record.encoded(), as: UTF8.self)
            old += #"{"crc":""# + CRC32C.hex(Array(rec.utf8)) + #"","rec":"# + rec + "}\n"
        }
        try Data(old.utf8).write(to: URL(fileURLWithPath: path))
        var result = fixture.store.verify(fixture.id)
        #expect(result.ok && result.unchained == StoreFixture.opening.count)
        try fixture.join("P1")
        result = fixture.store.verify(fixture.id)
        #expect(result.ok && result.unchained == StoreFixture.opening.count && result.records == 3)
        // Once begun, the chain may not stop: an old-style line after a chained one is a break.
        let record = try fixture.store.read(fixture.id).records.last!
        var next = record
        next.seq += 1
        next.event = .participantJoined(ParticipantJoined(name: "P2", role: "deelnemer"))
        let rec = String(decoding: try next.encoded(), as: UTF8.self)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(
            contentsOf: Data((#"{"crc":""# + CRC32C.hex(Array(rec.utf8)) + #"","rec":"# + rec + "}\n").utf8))
        try handle.close()
        // Such a line could not have been written: every reader refuses it, at its line.
        guard case .impossible(_, let line, _)? = fixture.store.verify(fixture.id).problem else {
            Issue.record("an unchained line after the chain went unseen")
            return
        }
        #expect(line == 4)
        #expect(throws: StoreError.self) { try fixture.store.read(fixture.id) }
    }

    // MARK: - Erasure

    @Test func anErasureKeepsTheLinesBeforeItsFirstChangeByteForByteAndChainsTheRest() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 3)
        let before = try fixture.bytes()
        let firstLines = before.indices.filter { before[$0] == UInt8(ascii: "\n") }
        try fixture.store.erase(fixture.id) { (contents) throws(StoreFixture.StoreOrRule) -> SessionStore.Rewrite? in
            var records = contents.records
            records[3].event = records[3].event.rewritingText({ $0 }, names: { $0 == "P2" ? "X2" : $0 })
            return SessionStore.Rewrite(records: records, scrub: { $0 })
        }
        let after = try fixture.bytes()
        // Lines 1 to 3 are as they were; line 4 changed, and line 5 is framed again on the new chain.
        let keptAsTheyWere = Array(after[...firstLines[2]]) == Array(before[...firstLines[2]])
        let changed = after != before
        #expect(keptAsTheyWere && changed)
        let result = fixture.store.verify(fixture.id)
        #expect(result.ok && result.records == 5)
        #expect(try fixture.store.read(fixture.id).session().participant(named: "X2") != nil)
        // Nothing is left beside the journal.
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.home + "/sessions")
        #expect(names == [fixture.id + ".jsonl"])
    }

    @Test func anErasureWritesTheBoardAgainUnderItsLockOrRemovesIt() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 2)
        let board = fixture.store.boardPath(fixture.id)
        try FileManager.default.createDirectory(
            atPath: fixture.home + "/boards", withIntermediateDirectories: true)
        try "<p>P2</p>".write(toFile: board, atomically: true, encoding: .utf8)
        func rename(_ board: (() -> String)?) throws {
            try fixture.store.erase(fixture.id) {
                (contents) throws(StoreFixture.StoreOrRule) -> SessionStore.Rewrite? in
                var records = contents.records
                records[3].event = records[3].event.rewritingText({ $0 }, names: { $0 == "P2" ? "X2" : $0 })
                return SessionStore.Rewrite(records: records, scrub: { $0 }, board: board)
            }
        }
        // Before the erasure returns, the board holds what the erasure made of it.
        try rename { "<p>X2</p>" }
        #expect(try String(contentsOfFile: board, encoding: .utf8) == "<p>X2</p>")
        // With nothing to write it again, the board is removed rather than left with the old text.
        try rename(nil)
        #expect(!FileManager.default.fileExists(atPath: board))
    }

    @Test func anErasureThatChangesNothingWritesNothing() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        let before = try fixture.bytes()
        let added = try fixture.store.erase(fixture.id) {
            (_) throws(StoreFixture.StoreOrRule) -> SessionStore.Rewrite? in nil
        }
        let after = try fixture.bytes()
        #expect(added.isEmpty && after == before)
    }
}

/// The archive's index never writes back what an erasure took out.
@Suite struct IndexRaceTests {
    @Test func anEntryWhoseJournalChangedSinceItWasReadIsNotWrittenAndADropIsKept() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        _ = fixture.store.indexedSummaries(RoundSummary.self)
        let stale = try #require(fixture.store.loadIndex().entries[fixture.id])
        // The journal changes after a listing read it: the listing's entry is not written.
        try fixture.join("P2")
        fixture.store.updateIndex([fixture.id: stale], removing: [])
        #expect(fixture.store.loadIndex().entries[fixture.id] == nil)
        // An erasure drops the session while a listing holds the index it loaded before: the listing's update,
        // applied to the index as it is on disk, does not bring the entry back.
        _ = fixture.store.indexedSummaries(RoundSummary.self)
        let loaded = fixture.store.loadIndex()
        #expect(loaded.entries[fixture.id] != nil)
        fixture.store.dropFromIndex(fixture.id)
        fixture.store.updateIndex([:], removing: ["another-session"])
        #expect(fixture.store.loadIndex().entries[fixture.id] == nil)
    }
}
