import BeraadEngine
import BeraadTestSupport
@testable import BeraadStore
import Foundation
import Testing

/// The snapshot of a session's replayed state (`snapshots/ID.state`): whatever it holds — current, behind, cut
/// short, changed, from another journal, or gone — a command sees the state a full replay of the journal gives.
@Suite struct SnapshotTests {
    /// The state a full replay of session `id` gives, without any snapshot.
    static func replayed(_ h: Harness, _ id: String? = nil) throws -> SessionState {
        try SessionStore(home: h.home).read(id ?? h.currentID).session()
    }

    static func head(_ h: Harness) throws -> JournalHead { try SessionStore(home: h.home).head(h.currentID) }

    static func snapshot(_ h: Harness) -> String { SessionStore(home: h.home).snapshotPath(h.currentID) }

    static func journalPath(_ h: Harness) -> String { h.home + "/sessions/\(h.currentID).jsonl" }

    /// A meeting in its case round with `questions` questions asked.
    static func meeting(questions: Int) throws -> Harness {
        let h = try Harness.meeting(upTo: "casus")
        for index in 0..<questions { try h.ok("say", index % 2 == 0 ? "Bram" : "Carla", "Vraag \(index)?") }
        return h
    }

    // MARK: - The state as bytes

    @Test func everyStateOfEveryJournalReadsBackFromItsBytes() throws {
        var states = 0
        for journal in try RecordScannerTests.journals() {
            let records = try JournalContents.parse(journal, path: "test").records
            var state = try SessionState(replaying: [records[0]])
            // The language read from the first line without decoding it is the one decoding gives.
            let first = journal[..<(journal.firstIndex(of: UInt8(ascii: "\n")) ?? journal.endIndex)]
            #expect(JournalLine.peek("lang", in: first) == state.language.rawValue)
            for record in records.dropFirst() {
                state.evolve(record)
                let bytes = state.binaryEncoded()
                #expect(try SessionState(binary: bytes[...]) == state)
                #expect(bytes == state.binaryEncoded(), "the same state always gives the same bytes")
                states += 1
            }
        }
        #expect(states > 30)
    }

    @Test func theEncodingWritesEveryStoredPropertyOfTheState() throws {
        // A property added to SessionState must be written by binaryEncoded() and then named here.
        let state = try Self.replayed(try Harness.meeting(upTo: "casus"))
        #expect(Mirror(reflecting: state).children.map { $0.label ?? "" } == SessionState.binaryFields)
    }

    @Test func theEncodingWritesEveryStoredPropertyOfTheOpeningAndItsProtocol() throws {
        // A property added to one of these types must be written by SessionOpened+Binary and named there.
        let opened = try Self.replayed(try Harness.meeting(upTo: "casus")).opened
        let definition = opened.protocolDefinition
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.map { $0.label ?? "" } }
        let fields = SessionOpened.binaryFields
        #expect(labels(opened) == fields["SessionOpened"])
        #expect(labels(definition) == fields["ProtocolDefinition"])
        #expect(labels(definition.source) == fields["ProtocolSource"])
        #expect(labels(definition.roles[0]) == fields["Role"])
        #expect(labels(definition.rounds[0]) == fields["Round"])
        #expect(
            labels(try #require(BuiltinProtocols.named("afwegingskader")?.rounds[0].categories.first))
                == fields["Category"])
        #expect(labels(definition.title) == fields["LocalizedText"])
        let minutes = RoundMinutes(kinds: [KindHeading(kind: .note, title: definition.title)])
        #expect(labels(OutcomeTerms(title: definition.title)) == fields["OutcomeTerms"])
        #expect(labels(minutes) == fields["RoundMinutes"])
        #expect(labels(minutes.kinds[0]) == fields["KindHeading"])
        #expect(fields.count == 10)
    }

    @Test func bytesCutShortOrChangedAreRefusedNeverTrapped() throws {
        let h = try Harness.meeting(upTo: "evaluatie")
        let state = try Self.replayed(h)
        let bytes = state.binaryEncoded()
        for length in 0..<bytes.count {
            #expect(throws: BinaryReader.Malformed.self) {
                try SessionState(binary: bytes[0..<length])
            }
        }
        var rng = SeededGenerator(state: FuzzTests.seed &+ 11)
        for _ in 0..<2000 {
            var changed = bytes
            changed[Int(rng.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            // Either refused or some state: never a trap (the store's checksum keeps such bytes out in any case).
            _ = try? SessionState(binary: changed[...])
        }
    }

    // MARK: - Replaying as the journal is read

    /// What reading `bytes` gives: the head, or the error.
    static func heads(_ bytes: [UInt8], in directory: String) throws -> [Result<JournalHead, StoreError>] {
        let path = directory + "/journal.jsonl"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var results: [Result<JournalHead, StoreError>] = []
        do throws(StoreError) {
            results.append(.success(JournalHead(contents: try JournalContents.parse(bytes, path: path))))
        } catch { results.append(.failure(error)) }
        for pieceSize in [5, 64, 4096, 1 << 22] {
            do throws(StoreError) {
                results.append(.success(try JournalHead.replaying(fd, path: path, pieceSize: pieceSize)))
            } catch { results.append(.failure(error)) }
        }
        return results
    }

    @Test func replayingAsTheJournalIsReadGivesWhatReadingItWholeGives() throws {
        let directory = TemporaryFolder.make("beraad-replaying")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var rng = SeededGenerator(state: FuzzTests.seed &+ 12)
        let journals = try RecordScannerTests.journals()
        var cases = journals + [[], Array("{\"crc\"".utf8)]
        for journal in journals {
            // Cut at some offsets (torn lines), and damaged as the fuzzer damages them.
            for cut in stride(from: 0, to: journal.count, by: max(1, journal.count / 40)) {
                cases.append(Array(journal[..<cut]))
            }
            for _ in 0..<40 { cases.append(Fuzz.damagedJournal(journal, &rng)) }
        }
        for bytes in cases {
            let results = try Self.heads(bytes, in: directory)
            let reference = results[0]
            for result in results.dropFirst() {
                switch (reference, result) {
                case (.success(let whole), .success(let streamed)):
                    #expect(whole.tornTail == streamed.tornTail && whole.validLength == streamed.validLength)
                    #expect(whole.recordCount == streamed.recordCount && whole.headHash == streamed.headHash)
                    #expect(whole.firstLineHash == streamed.firstLineHash)
                    #expect((try? whole.session()) == (try? streamed.session()))
                    #expect(whole.failure == streamed.failure)
                case (.failure(let whole), .failure(let streamed)):
                    #expect(whole == streamed)
                default:
                    Issue.record("reading whole gave \(reference), reading in pieces \(result)")
                }
            }
        }
        #expect(cases.count > 150)
    }

    @Test func theMinutesReadLineByLineAreTheMinutesOfTheWholeJournal() throws {
        let directory = TemporaryFolder.make("beraad-minutes-read")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var rng = SeededGenerator(state: FuzzTests.seed &+ 13)
        // Approved journals with follow-up and erasures after the approval, and ones never approved.
        let approved = try Harness.meeting(upTo: "evaluatie")
        try approved.ok("close")
        try approved.ok("approve", "--by", "Mia")
        try approved.ok("done", "a1")
        try approved.ok("redact", "verdriet")
        try approved.ok("share")
        let journals = try RecordScannerTests.journals() + [[UInt8](approved.journal())]
        var cases = journals
        for journal in journals {
            for cut in stride(from: 0, to: journal.count, by: max(1, journal.count / 30)) {
                cases.append(Array(journal[..<cut]))
            }
            for _ in 0..<30 { cases.append(Fuzz.damagedJournal(journal, &rng)) }
        }
        let path = directory + "/journal.jsonl"
        var approvedCases = 0
        for bytes in cases {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            let whole = Result { () throws(StoreError) in try JournalContents.parse(bytes, path: path) }
            for pieceSize in [7, 1 << 22] {
                let streamed = Result { () throws(StoreError) in
                    try SessionStore.minutes(fd, path: path, pieceSize: pieceSize)
                }
                switch (whole, streamed) {
                case (.success(let contents), .success(let source)):
                    #expect(source.state == (try contents.minutesSession()))
                    #expect(source.fingerprint == contents.fingerprint && source.tornTail == contents.tornTail)
                    if source.fingerprint != nil { approvedCases += 1 }
                case (.success(let contents), .failure(let error)):
                    #expect(throws: error) { try contents.minutesSession() }
                case (.failure(let error), .failure(let streamedError)):
                    #expect(error == streamedError)
                case (.failure(let error), .success):
                    Issue.record("the whole journal did not read (\(error)), read line by line it did")
                }
            }
        }
        #expect(approvedCases > 10)
    }

    // MARK: - The snapshot beside the journal

    @Test func recordingAndReadingGoThroughTheSnapshotAndSeeWhatAFullReplaySees() throws {
        let h = try Self.meeting(questions: 0)
        for index in 0..<80 {
            try h.ok("say", "Bram", "Vraag \(index)?")
            let head = try Self.head(h)
            #expect(try head.session() == Self.replayed(h))
            #expect(head.fromSnapshot && head.replayedRecords < 32, "at \(index)")
        }
    }

    @Test func aSnapshotLeftBehindByTheJournalIsReplacedAfterAFullReplay() throws {
        // As when a process was killed after its append and before its snapshot: the stamp no longer matches.
        let h = try Self.meeting(questions: 40)
        _ = try Self.head(h)
        let behind = try Data(contentsOf: URL(fileURLWithPath: Self.snapshot(h)))
        for index in 0..<5 { try h.ok("say", "Carla", "Later \(index)") }
        try behind.write(to: URL(fileURLWithPath: Self.snapshot(h)))
        var head = try Self.head(h)
        #expect(!head.fromSnapshot)
        #expect(try head.session() == Self.replayed(h))
        head = try Self.head(h)
        #expect(head.fromSnapshot && head.replayedRecords == 0)
        try h.ok("say", "Carla", "Nog later")
        head = try Self.head(h)
        #expect(head.fromSnapshot && head.replayedRecords == 1)
        #expect(try head.session() == Self.replayed(h))
    }

    @Test func aJournalCutBelowTheSnapshotOrRewrittenFromThereIsReplayedWhole() throws {
        let h = try Self.meeting(questions: 40)
        _ = try Self.head(h)
        let path = Self.journalPath(h)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Cut back to the end of line 20, in place (the same file).
        let cut = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }[19] + 1
        #expect(truncate(path, off_t(cut)) == 0)
        var head = try Self.head(h)
        #expect(!head.fromSnapshot)
        #expect(try head.session() == Self.replayed(h))
        #expect(try head.session().lastSeq == 20)
        // Grown again past the snapshot's length with other records, the snapshot of the longer journal kept:
        // the line it ended on is gone.
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        _ = try Self.head(h)
        let ofTheLongerJournal = try Data(contentsOf: URL(fileURLWithPath: Self.snapshot(h)))
        #expect(truncate(path, off_t(cut)) == 0)
        for index in 0..<30 { try h.ok("say", "Bram", "Anders \(index) met een langere tekst dan eerst") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > bytes.count)
        try ofTheLongerJournal.write(to: URL(fileURLWithPath: Self.snapshot(h)))
        head = try Self.head(h)
        #expect(!head.fromSnapshot)
        #expect(try head.session() == Self.replayed(h))
        #expect(try head.session().entries.last?.text == "Anders 29 met een langere tekst dan eerst")
    }

    @Test func aSnapshotOfAnotherJournalIsNeverUsed() throws {
        let h = try Self.meeting(questions: 40)
        let first = h.currentID
        _ = try Self.head(h)
        try h.ok("new", "Ander beraad", "--facilitator", "Mia")
        try h.ok("join", "Bram")
        _ = try Self.head(h)
        // The other session's snapshot put in place of this one's.
        let other = SessionStore(home: h.home).snapshotPath(first)
        try FileManager.default.removeItem(atPath: Self.snapshot(h))
        try FileManager.default.copyItem(atPath: other, toPath: Self.snapshot(h))
        let head = try Self.head(h)
        #expect(!head.fromSnapshot)
        #expect(try head.session() == Self.replayed(h))
        #expect(try head.session().title == "Ander beraad")
        // The other session's journal copied over this one in place (the same file, other bytes).
        _ = try Self.head(h)
        let foreign = try Data(contentsOf: URL(fileURLWithPath: h.home + "/sessions/\(first).jsonl"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: Self.journalPath(h)))
        try handle.write(contentsOf: foreign)
        try handle.close()
        // Neither the snapshot nor the journal is taken for this session: the journal names another session, which
        // no beraad writes under this one's name.
        do {
            _ = try SessionStore(home: h.home).head(h.currentID)
            Issue.record("another session's journal read as this one")
        } catch {
            guard case .impossible(_, let line, let detail) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(line == 1 && detail(.en) == "this journal belongs to session \(first)")
        }
        #expect(h.run("status").code == 65)
    }

    @Test func aDamagedSnapshotIsIgnoredAndWrittenAgain() throws {
        let h = try Self.meeting(questions: 40)
        _ = try Self.head(h)
        let path = Self.snapshot(h)
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let expected = try Self.replayed(h)
        var damaged: [[UInt8]] = [[], Array("BERAAD-STATE\n".utf8), Array(repeating: 0, count: 100)]
        damaged += stride(from: 0, to: good.count, by: max(1, good.count / 150)).map { index in
            var bytes = good
            bytes[index] ^= 0x10
            return bytes
        }
        damaged += [1, 9, good.count / 2, good.count - 8, good.count - 1].map { Array(good[0..<$0]) }
        damaged.append(good + [0])
        for bytes in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let head = try Self.head(h)
            #expect(!head.fromSnapshot)
            #expect(try head.session() == expected)
            #expect(try Self.head(h).fromSnapshot, "written again")
        }
    }

    @Test func aDeletedSnapshotIsMadeAgainFromTheJournal() throws {
        let h = try Self.meeting(questions: 40)
        _ = try Self.head(h)
        try FileManager.default.removeItem(atPath: Self.snapshot(h))
        try h.ok("say", "Bram", "Zonder")
        #expect(FileManager.default.fileExists(atPath: Self.snapshot(h)))
        try FileManager.default.removeItem(atPath: h.home + "/snapshots")
        let head = try Self.head(h)
        #expect(!head.fromSnapshot)
        #expect(try head.session() == Self.replayed(h))
        #expect(StoreFixtureModes.mode(Self.snapshot(h)) == 0o600)
        #expect(StoreFixtureModes.mode(h.home + "/snapshots") == 0o700)
    }

    @Test func aTornLineAfterTheSnapshotIsReportedAndCutOffAsWithoutIt() throws {
        let h = try Self.meeting(questions: 40)
        _ = try Self.head(h)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: Self.journalPath(h)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"crc":"0000"#.utf8))
        try handle.close()
        let head = try Self.head(h)
        #expect(!head.tornTail.isEmpty)
        #expect(try head.session() == Self.replayed(h))
        let said = h.run("say", "Bram", "Na de breuk")
        #expect(said.code == 0 && said.stderr.contains(h.currentID))
        #expect(try Self.head(h).session() == Self.replayed(h))
        #expect(try SessionStore(home: h.home).read(h.currentID).tornTail.isEmpty)
    }

    @Test func damageThatKeepsTheJournalsLengthAndTimeIsFoundByWhatReadsItWhole() throws {
        // The trade the snapshot makes: a line it covers changed in place, without the file's length or time
        // changing, is not seen by the commands the snapshot serves (recording, status, log); verify, minutes and
        // export read every line and name it.
        let h = try Self.meeting(questions: 40)
        _ = try Self.head(h)
        let path = Self.journalPath(h)
        var info = stat()
        stat(path, &info)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.firstIndex(of: UInt8(ascii: "\n"))! + 30] ^= 0x04
        let fd = open(path, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        // (1 << 30) - 2 is UTIME_OMIT (leave the access time), a macro Swift does not import.
        _ = futimens(fd, [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2), info.st_mtim])
        close(fd)
        #expect(h.run("status").code == 0 && h.run("log").code == 0)
        #expect(try Self.head(h).fromSnapshot)
        for command in [["verify"], ["minutes"], ["export", "--output", h.directory + "/export.jsonl"]] {
            let result = h.run(command)
            #expect(result.code == 74, "\(command): \(result.code) \(result.stderr)")
            #expect((result.stdout + result.stderr).contains("line 2"), "\(command): \(result.stderr)")
        }
    }

    @Test func redactRemovesTheSnapshotWithTheTextInIt() throws {
        let h = try Self.meeting(questions: 40)
        try h.ok("say", "Bram", "Milan huilde")
        _ = try Self.head(h)
        let snapshots = h.home + "/snapshots"
        // A snapshot a killed process left half-written goes too.
        try Data("Milan".utf8).write(to: URL(fileURLWithPath: snapshots + "/.\(h.currentID).state.tmp"))
        try h.ok("redact", "Milan")
        for name in try FileManager.default.contentsOfDirectory(atPath: snapshots) {
            let text = String(
                decoding: try Data(contentsOf: URL(fileURLWithPath: snapshots + "/" + name)), as: UTF8.self)
            #expect(!text.contains("Milan"), "\(name)")
        }
        #expect(try Self.head(h).session() == Self.replayed(h))
    }
}

/// File modes, as the store's tests read them.
enum StoreFixtureModes {
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }
}

extension JournalHead {
    /// The head of a journal read and replayed whole: the reference the reader in pieces is held to.
    init(contents: JournalContents) {
        let state: SessionState?
        let failure: StoreError?
        do throws(StoreError) {
            state = try contents.session()
            failure = nil
        } catch {
            state = nil
            failure = error
        }
        self.init(
            path: contents.path, tornTail: contents.tornTail, validLength: contents.validLength,
            recordCount: contents.records.count, headHash: contents.headHash,
            firstLineHash: contents.records.isEmpty ? JournalLine.noPrevious : contents.lineHash(0),
            replayedRecords: contents.records.count, state: state, failure: failure, snapshot: nil)
    }
}

extension JournalContents {
    /// The session as its minutes show it, from the records in hand: replayed up to the last approval, then only
    /// the erasures since. The reference the minutes read line by line are held to.
    func minutesSession() throws(StoreError) -> SessionState {
        let approval = records.lastIndex { record in
            if case .minutesApproved = record.event { return true }
            return false
        }
        do throws(ReplayError) {
            guard let approval else { return try SessionState(replaying: records) }
            var state = try SessionState(replaying: Array(records[...approval]))
            for record in records[(approval + 1)...] {
                if case .textErased = record.event { state.evolve(record) }
            }
            return state
        } catch { throw JournalContents.storeError(error, path: path) }
    }
}
