import BeraadEngine
import BeraadTestSupport
@testable import BeraadStore
import Foundation
import Testing

@Suite struct JournalTests {
    @Test func appendedRecordsReadBackInOrder() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 3)
        let contents = try fixture.store.read(fixture.id)
        #expect(contents.records.map(\.seq) == Array(1...5))
        #expect(contents.tornTail.isEmpty)
        let names = try contents.session().participants.map(\.name)
        #expect(names == ["Mia", "P1", "P2", "P3"])
    }

    @Test func theHomesConfigReadsKeyValueLinesAndNamesTheLineItCannotRead() throws {
        let config = try HomeConfig(
            parsing: "# marking\n\nconfidentiality = Alleen intern\nCONFIDENTIALITY.EN = Internal only = yes\n",
            path: "config")
        #expect(config.confidentiality == [.nl: "Alleen intern", .en: "Internal only = yes"])
        #expect(throws: StoreError.self) { try HomeConfig(parsing: "# x\nconfidentiality\n", path: "config") }
        do {
            _ = try HomeConfig(parsing: "# x\nconfidentiality\n", path: "config")
        } catch {
            guard case .invalidConfig(_, let line, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(line == 2)
        }
        let fixture = StoreFixture()
        #expect(try fixture.store.config() == HomeConfig())
    }

    @Test func theSessionsLanguageIsReadFromItsFirstRecordAlone() throws {
        let fixture = StoreFixture()
        #expect(fixture.store.language(of: fixture.id) == nil)
        let path = try fixture.createSession(participants: 2)
        #expect(fixture.store.language(of: fixture.id) == .nl)
        // Damage after the first line does not matter to it; a damaged first line gives no language.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("garbage\n".utf8))
        try handle.close()
        #expect(fixture.store.language(of: fixture.id) == .nl)
        try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(fixture.store.language(of: fixture.id) == nil)
    }

    @Test func eachLineIsFramedWithTheChecksumOfItsRecordAndChainedToTheLineBefore() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 2)
        let text = String(decoding: try fixture.bytes(), as: UTF8.self)
        var previous = String(repeating: "0", count: 64)
        for line in text.split(separator: "\n") {
            #expect(line.hasPrefix(#"{"crc":""#))
            let crc = String(line.dropFirst(8).prefix(8))
            #expect(line.dropFirst(16).hasPrefix(#"","prev":""#))
            let prev = String(line.dropFirst(16 + 10).prefix(64))
            #expect(prev == previous)
            #expect(line.dropFirst(16 + 10 + 64).hasPrefix(#"","rec":{"#))
            let rec = line.dropFirst(16 + 10 + 64 + 8).dropLast()
            #expect(CRC32C.hex(Array((prev + rec).utf8)) == crc)
            previous = SHA256.hex(Array(line.utf8))
        }
        #expect(text.hasSuffix("\n"))
        #expect(CRC32C.hex(Array("123456789".utf8)) == "e3069283")
    }

    @Test func theChecksumEightBytesAtATimeIsTheChecksumBitByBit() {
        // The definition, one bit at a time, against the tables, for every length around the 8-byte steps and
        // for pieces fed in turn.
        func reference(_ bytes: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
            }
            return crc ^ 0xFFFF_FFFF
        }
        var seed: UInt64 = 0x9E37_79B9
        let bytes: [UInt8] = (0..<300).map { _ in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1
            return UInt8(truncatingIfNeeded: seed >> 33)
        }
        for length in 0...bytes.count {
            let piece = Array(bytes[0..<length])
            #expect(CRC32C.checksum(piece) == reference(piece))
            var running = CRC32C.Running()
            running.update(piece[0..<(length / 3)])
            running.update(piece[(length / 3)...].lazy.map { $0 })
            #expect(running.value == reference(piece))
        }
    }

    @Test func aTornLastLineIsIgnoredAndCutOffByTheNextWrite() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 2)
        let whole = try fixture.bytes()
        let lastStart = whole.dropLast().lastIndex(of: UInt8(ascii: "\n"))! + 1
        // Every cut inside the last line, with and without zero padding after it.
        for cut in lastStart..<whole.count {
            for padding in [0, 7] {
                try fixture.write(Array(whole[..<cut]) + [UInt8](repeating: 0, count: padding))
                let contents = try fixture.store.read(fixture.id)
                #expect(contents.records.count == 3, "cut at \(cut)+\(padding)")
                #expect(contents.validLength == lastStart)
                #expect(contents.tornTail.count == cut - lastStart + padding)
            }
        }
        // The next write cuts the tail off (keeping it in quarantine) and appends after the last good line.
        try fixture.write(Array(whole[..<(whole.count - 5)]))
        try fixture.join("Q")
        let repaired = try fixture.store.read(fixture.id)
        #expect(repaired.tornTail.isEmpty)
        #expect(repaired.records.map(\.seq) == [1, 2, 3, 4])
        let quarantined = try FileManager.default.contentsOfDirectory(atPath: fixture.home + "/quarantine")
        #expect(quarantined.count == 1)
        #expect(permissions(of: fixture.home + "/quarantine/" + quarantined[0]) == 0o600)
    }

    @Test func aDamagedLineInTheMiddleIsCorruptionAndNothingIsWritten() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 3)
        var bytes = try fixture.bytes()
        let secondLine = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        bytes[secondLine + 40] ^= 0x01
        try fixture.write(bytes)
        #expect(
            throws: StoreError.damaged(
                path: try fixture.journalPath(), line: 2, detail: Catalog.localized(.journal(.checksumMismatch)))
        ) {
            try fixture.store.read(fixture.id)
        }
        #expect(throws: (any Error).self) { try fixture.join("X") }
        #expect(try fixture.bytes() == bytes, "a refused write leaves the file as it was")
    }

    @Test func aLineFromANewerBeraadIsRefusedNotSkipped() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        let rec = #"{"at":"2026-03-12T14:00:00+01:00","data":{},"seq":4,"type":"voteCast","v":1}"#
        let line = #"{"crc":""# + CRC32C.hex(Array(rec.utf8)) + #"","rec":"# + rec + "}\n"
        try fixture.write(try fixture.bytes() + Array(line.utf8))
        do {
            _ = try fixture.store.read(fixture.id)
            Issue.record("the newer line was accepted")
        } catch {
            guard case .newerFormat(_, let lineNumber, let detail) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(lineNumber == 4 && detail == .unknownType("voteCast"))
        }
    }

    @Test func aGapInTheSequenceIsDamage() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 3)
        let lines = try fixture.bytes().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let withoutSecond = ([lines[0]] + lines[2...]).map(Array.init).joined(separator: [UInt8(ascii: "\n")])
        try fixture.write(Array(withoutSecond))
        #expect(throws: StoreError.self) { try fixture.store.read(fixture.id) }
    }

    @Test func filesAndFoldersArePrivate() throws {
        let fixture = StoreFixture()
        let saved = umask(0o022)
        defer { umask(saved) }
        let path = try fixture.createSession(participants: 1)
        try fixture.store.setCurrent(fixture.id)
        #expect(permissions(of: path) == 0o600)
        #expect(permissions(of: fixture.home + "/current") == 0o600)
        #expect(permissions(of: fixture.store.sessionsDirectory) == 0o700)
        try PrivateFile.write("minutes", to: fixture.home + "/minutes.md")
        #expect(permissions(of: fixture.home + "/minutes.md") == 0o600)
    }

    @Test(arguments: ["../x", "a/b", "", String(repeating: "a", count: 65), "A", "-x", "x y", "é", ".", "..", "x\0y"])
    func hostileSessionIDsNeverTouchTheFileSystem(_ id: String) throws {
        let fixture = StoreFixture()
        #expect(throws: StoreError.invalidSessionID(id: id)) {
            try fixture.store.create(id, records: StoreFixture.opening)
        }
        #expect(throws: StoreError.invalidSessionID(id: id)) { try fixture.store.read(id) }
        #expect(throws: StoreError.invalidSessionID(id: id)) { try fixture.store.setCurrent(id) }
        #expect(!FileManager.default.fileExists(atPath: fixture.home + "/x"))
        #expect(!FileManager.default.fileExists(atPath: fixture.home + "/sessions"))
    }

    @Test func creatingASessionTwiceIsRefused() throws {
        let fixture = StoreFixture()
        try fixture.createSession()
        #expect(throws: StoreError.sessionExists(id: fixture.id)) {
            try fixture.store.create(fixture.id, records: StoreFixture.opening)
        }
        #expect(try fixture.store.read(fixture.id).records.count == 2)
    }

    @Test func aMissingSessionIsNotFound() {
        let fixture = StoreFixture()
        #expect(throws: StoreError.sessionNotFound(id: "nope")) { try fixture.store.read("nope") }
    }

    @Test func aLockHeldTooLongGivesUpInsteadOfHanging() throws {
        let fixture = StoreFixture(lockTimeout: 0.2)
        let path = try fixture.createSession()
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let flockCall: (Int32, Int32) -> Int32 = flock
        #expect(flockCall(fd, LOCK_EX) == 0)
        do {
            try fixture.join("Late")
            Issue.record("the append did not wait for the lock")
        } catch let error as SessionStore.AppendError<StoreFixture.StoreOrRule> {
            guard case .store(.locked(path, 0.2)) = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(throws: StoreError.locked(path: path, seconds: 0.2)) { try fixture.store.read(fixture.id) }
        _ = flockCall(fd, LOCK_UN)
        try fixture.join("Late")
    }

    @Test func twoWritersAtOnceLoseNothingAndInterleaveNothing() async throws {
        let fixture = StoreFixture(lockTimeout: 30)
        try fixture.createSession()
        let store = fixture.store
        let id = fixture.id
        // Each writer opens the journal itself, as a separate process would; flock excludes them.
        await withTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    for index in 0..<200 {
                        _ = try? store.append(id) { (contents) throws(RuleViolation) -> [Record] in
                            let state = try! contents.session()
                            let at = Timestamp(seconds: state.lastAt.seconds, offsetSeconds: 3600)
                            return state.records(
                                for: try state.decide(.join(name: "\(writer)\(index)", role: nil), at: at), at: at)
                        }
                    }
                }
            }
        }
        let records = try store.read(id).records
        #expect(records.count == 402)
        #expect(records.map(\.seq) == Array(1...402))
        let names = try SessionState(replaying: records).participants.map(\.name)
        #expect(names.filter { $0.hasPrefix("a") } == (0..<200).map { "a\($0)" })
        #expect(names.filter { $0.hasPrefix("b") } == (0..<200).map { "b\($0)" })
    }

    @Test func theListingReadsEachSessionThroughTheOneReader() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 2)
        try fixture.store.append(fixture.id) { (contents) throws(RuleViolation) -> [Record] in
            let state = try! contents.session()
            let at = Timestamp(seconds: state.lastAt.seconds + 60, offsetSeconds: 3600)
            return state.records(for: try state.decide(.advance(force: false, reason: nil), at: at), at: at)
        }
        let (sessions, problems) = fixture.store.indexedSummaries(RoundSummary.self)
        #expect(problems.isEmpty)
        #expect(sessions == [RoundSummary(id: fixture.id, round: "casus")])
        // The second listing reads the index the first one wrote.
        #expect(fixture.store.loadIndex().entries[fixture.id]?.lines == [["casus"]])
        #expect(fixture.store.indexedSummaries(RoundSummary.self).summaries == sessions)
    }

    @Test func theCurrentSessionPointerRoundTrips() throws {
        let fixture = StoreFixture()
        #expect(throws: StoreError.noCurrentSession) { try fixture.store.currentSession() }
        try fixture.createSession()
        try fixture.store.setCurrent(fixture.id)
        #expect(try fixture.store.currentSession() == fixture.id)
    }
}

/// A write that does not reach the disk leaves nothing behind that a retry could duplicate.
@Suite struct FailedWriteTests {
    static func failingAppend(
        _ fixture: StoreFixture, _ failure: InjectedFailures, joining name: String = "Retry"
    ) throws -> Error? {
        fixture.store.injected = failure
        defer { fixture.store.injected = InjectedFailures() }
        do {
            try fixture.join(name)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [InjectedFailures(write: true), InjectedFailures(sync: true)])
    func aFailedWriteOrFsyncIsCutBackSoARetryRecordsOnce(_ failure: InjectedFailures) throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 2)
        let before = try fixture.bytes()
        let error = try Self.failingAppend(fixture, failure)
        #expect(error != nil)
        #expect(try fixture.bytes() == before, "the failed entry is gone from the file")
        try fixture.join("Retry")
        let names = try fixture.store.read(fixture.id).session().participants.map(\.name)
        #expect(names.filter { $0 == "Retry" }.count == 1)
    }

    @Test func aFailureThatCannotBeUndoneStopsTheSessionUntilSomeoneHasLooked() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        let error = try Self.failingAppend(fixture, InjectedFailures(sync: true, truncate: true))
        guard case .store(.unsure(_, let marker))? = error as? SessionStore.AppendError<StoreFixture.StoreOrRule>
        else {
            Issue.record("expected an unsure write, got \(String(describing: error))")
            return
        }
        #expect(FileManager.default.fileExists(atPath: marker))
        #expect(throws: (any Error).self) { try fixture.join("Later") }
        try FileManager.default.removeItem(atPath: marker)
        try fixture.join("Later")
    }

    @Test func whenNotEvenTheMarkerCanBeWrittenTheJournalIsMadeReadOnlyAndTheMessageSaysSo() throws {
        let fixture = StoreFixture()
        try fixture.createSession(participants: 1)
        let path = try fixture.journalPath()
        let error = try Self.failingAppend(fixture, InjectedFailures(sync: true, truncate: true, marker: true))
        guard
            case .store(.unsureUnmarked(_, let guarded))? = error as? SessionStore.AppendError<StoreFixture.StoreOrRule>
        else {
            Issue.record("expected an unmarked unsure write, got \(String(describing: error))")
            return
        }
        // No marker is named, for none exists; the journal is read-only, and every write is refused (root too).
        #expect(guarded && !FileManager.default.fileExists(atPath: fixture.store.unsurePath(fixture.id)))
        #expect(throws: (any Error).self) { try fixture.join("Later") }
        #expect(try fixture.store.read(fixture.id).session().participants.count >= 2)
        // Once someone has looked and made it writable again, the session goes on.
        #expect(chmod(path, 0o600) == 0)
        try fixture.join("Later")
        // When even that fails, the message says that nothing guards the session.
        let unguarded = try Self.failingAppend(
            fixture, InjectedFailures(sync: true, truncate: true, marker: true, readOnly: true), joining: "Third")
        guard case .store(.unsureUnmarked(_, false))? = unguarded as? SessionStore.AppendError<StoreFixture.StoreOrRule>
        else {
            Issue.record("expected an unguarded unsure write, got \(String(describing: unguarded))")
            return
        }
    }
}
