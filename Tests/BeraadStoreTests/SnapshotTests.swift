import BeraadEngine
import BeraadTestSupport
@testable import BeraadStore
import Foundation
import Testing

/// The snapshot of a session's replayed state (`snapshots/ID.state`): whatever it holds — current, behind, cut
/// short, changed, from another journal, or gone — the store gives the state a full replay of the journal gives.
@Suite struct SnapshotTests {
    /// A home with one session, and the store's view of it.
    final class Home {
        let id: String
        let fixture: StoreFixture

        init(_ builder: SessionBuilder, in fixture: StoreFixture = StoreFixture()) throws {
            self.fixture = fixture
            id = try fixture.add(builder)
        }

        var store: SessionStore { fixture.store }
        var home: String { fixture.home }

        /// The state a full replay of the session gives, without any snapshot.
        func replayed() throws -> SessionState { try store.read(id).session() }

        func head() throws -> JournalHead { try store.head(id) }

        var snapshot: String { store.snapshotPath(id) }

        var journalPath: String { home + "/sessions/\(id).jsonl" }

        /// Records `text` said by `name`.
        func say(_ name: String, _ text: String) throws { try fixture.run(SessionBuilder.say(name, text), in: id) }
    }

    /// A meeting in its case round with `questions` questions asked.
    static func meeting(questions: Int) throws -> Home {
        let h = try Home(try SessionBuilder.meeting(upTo: "casus"))
        for index in 0..<questions { try h.say(index % 2 == 0 ? "Bram" : "Carla", "Vraag \(index)?") }
        return h
    }

    static func replayed(_ builder: SessionBuilder) throws -> SessionState { try Home(builder).replayed() }

    // MARK: - The state as bytes

    @Test func everyStateOfEveryJournalReadsBackFromItsBytes() throws {
        var states = 0
        for journal in try StoreFixture.sampleJournals() {
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
        let state = try Self.replayed(try SessionBuilder.meeting(upTo: "casus"))
        #expect(Mirror(reflecting: state).children.map { $0.label ?? "" } == SessionState.binaryFields)
    }

    @Test func theEncodingWritesEveryStoredPropertyOfTheOpeningAndItsProtocol() throws {
        // A property added to one of these types must be written by SessionOpened+Binary and named there.
        let opened = try Self.replayed(try SessionBuilder.meeting(upTo: "casus")).opened
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
        let state = try Self.replayed(try SessionBuilder.meeting(upTo: "evaluatie"))
        let bytes = state.binaryEncoded()
        for length in 0..<bytes.count {
            #expect(throws: BinaryReader.Malformed.self) {
                try SessionState(binary: bytes[0..<length])
            }
        }
        var rng = SeededGenerator(state: Damage.seed &+ 11)
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
        // Small pieces on this thread, and small pieces (a sixteenth of these) read by one, two and three other
        // threads, so that pieces begin and end inside lines, in the frame and in the record.
        for (pieceSize, workers) in [(5, 0), (64, 0), (4096, 0), (1 << 22, 0), (256, 1), (1024, 3), (4096, 2)] {
            do throws(StoreError) {
                results.append(
                    .success(try JournalHead.replaying(fd, path: path, pieceSize: pieceSize, workers: workers)))
            } catch { results.append(.failure(error)) }
        }
        return results
    }

    @Test func replayingAsTheJournalIsReadGivesWhatReadingItWholeGives() throws {
        let directory = TemporaryFolder.make("beraad-replaying")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var rng = SeededGenerator(state: Damage.seed &+ 12)
        let journals = try StoreFixture.sampleJournals()
        var cases = journals + [[], Array("{\"crc\"".utf8)]
        for journal in journals {
            // Cut at some offsets (torn lines), and damaged as the fuzzer damages them.
            for cut in stride(from: 0, to: journal.count, by: max(1, journal.count / 40)) {
                cases.append(Array(journal[..<cut]))
            }
            for _ in 0..<40 { cases.append(Damage.journal(journal, &rng)) }
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
        var rng = SeededGenerator(state: Damage.seed &+ 13)
        // Approved journals with follow-up and erasures after the approval, and ones never approved.
        let journals = try StoreFixture.sampleJournals()
        var cases = journals
        for journal in journals {
            for cut in stride(from: 0, to: journal.count, by: max(1, journal.count / 60)) {
                cases.append(Array(journal[..<cut]))
            }
            for _ in 0..<60 { cases.append(Damage.journal(journal, &rng)) }
        }
        let path = directory + "/journal.jsonl"
        var approvedCases = 0
        for bytes in cases {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            let whole = Result { () throws(StoreError) in try JournalContents.parse(bytes, path: path) }
            for (pieceSize, workers) in [(7, 0), (1 << 22, 0), (256, 2), (2048, 1)] {
                let streamed = Result { () throws(StoreError) in
                    try SessionStore.minutes(fd, path: path, pieceSize: pieceSize, workers: workers)
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
            try h.say("Bram", "Vraag \(index)?")
            let head = try h.head()
            #expect(try head.session() == h.replayed())
            #expect(head.fromSnapshot && head.replayedRecords < 32, "at \(index)")
        }
    }

    @Test func aSnapshotLeftBehindByTheJournalIsReplacedAfterAFullReplay() throws {
        // As when a process was killed after its append and before its snapshot: the stamp no longer matches.
        let h = try Self.meeting(questions: 40)
        _ = try h.head()
        let behind = try Data(contentsOf: URL(fileURLWithPath: h.snapshot))
        for index in 0..<5 { try h.say("Carla", "Later \(index)") }
        try behind.write(to: URL(fileURLWithPath: h.snapshot))
        var head = try h.head()
        #expect(!head.fromSnapshot)
        #expect(try head.session() == h.replayed())
        head = try h.head()
        #expect(head.fromSnapshot && head.replayedRecords == 0)
        try h.say("Carla", "Nog later")
        head = try h.head()
        #expect(head.fromSnapshot && head.replayedRecords == 1)
        #expect(try head.session() == h.replayed())
    }

    @Test func aJournalCutBelowTheSnapshotOrRewrittenFromThereIsReplayedWhole() throws {
        let h = try Self.meeting(questions: 40)
        _ = try h.head()
        let path = h.journalPath
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        // Cut back to the end of line 20, in place (the same file).
        let cut = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }[19] + 1
        #expect(truncate(path, off_t(cut)) == 0)
        var head = try h.head()
        #expect(!head.fromSnapshot)
        #expect(try head.session() == h.replayed())
        #expect(try head.session().lastSeq == 20)
        // Grown again past the snapshot's length with other records, the snapshot of the longer journal kept:
        // the line it ended on is gone.
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        _ = try h.head()
        let ofTheLongerJournal = try Data(contentsOf: URL(fileURLWithPath: h.snapshot))
        #expect(truncate(path, off_t(cut)) == 0)
        for index in 0..<30 { try h.say("Bram", "Anders \(index) met een langere tekst dan eerst") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > bytes.count)
        try ofTheLongerJournal.write(to: URL(fileURLWithPath: h.snapshot))
        head = try h.head()
        #expect(!head.fromSnapshot)
        #expect(try head.session() == h.replayed())
        #expect(try head.session().entries.last?.text == "Anders 29 met een langere tekst dan eerst")
    }

    @Test func aSnapshotOfAnotherJournalIsNeverUsed() throws {
        let first = try Self.meeting(questions: 40)
        _ = try first.head()
        let h = try Home(try SessionBuilder.opened(id: "ander", title: "Ander beraad"), in: first.fixture)
        _ = try h.head()
        // The first session's snapshot put in place of this one's.
        try FileManager.default.removeItem(atPath: h.snapshot)
        try FileManager.default.copyItem(atPath: first.snapshot, toPath: h.snapshot)
        let head = try h.head()
        #expect(!head.fromSnapshot)
        #expect(try head.session() == h.replayed())
        #expect(try head.session().title == "Ander beraad")
        // The first session's journal copied over this one in place (the same file, other bytes).
        _ = try h.head()
        let foreign = try Data(contentsOf: URL(fileURLWithPath: first.journalPath))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: h.journalPath))
        try handle.write(contentsOf: foreign)
        try handle.close()
        // Neither the snapshot nor the journal is taken for this session: the journal names another session, which
        // no beraad writes under this one's name.
        do {
            _ = try h.store.head(h.id)
            Issue.record("another session's journal read as this one")
        } catch {
            guard case .impossible(_, let line, let detail) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(line == 1 && detail(.en) == "this journal belongs to session \(first.id)")
        }
        #expect(throws: StoreError.self) { try h.store.read(h.id).session() }
    }

    @Test func aDamagedSnapshotIsIgnoredAndWrittenAgain() throws {
        let h = try Self.meeting(questions: 40)
        _ = try h.head()
        let path = h.snapshot
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let expected = try h.replayed()
        var damaged: [[UInt8]] = [[], Array("BERAAD-STATE\n".utf8), Array(repeating: 0, count: 100)]
        damaged += stride(from: 0, to: good.count, by: max(1, good.count / 150)).map { index in
            var bytes = good
            bytes[index] ^= 0x10
            return bytes
        }
        damaged += [1, 9, good.count / 2, good.count - 8, good.count - 1].map { Array(good[0..<$0]) }
        damaged.append(good + [0])
        let entriesStart = try #require(SessionSnapshot.Header(decoding: good[...])).entriesOffset
        for bytes in damaged {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let head = try h.head()
            #expect(try head.session() == expected)
            // A change among the entries is found when they are read (the head reads only the header and the core):
            // they are then replayed from the journal, and the snapshot is written again by the next command.
            let amongEntries = bytes.count == good.count && bytes[..<entriesStart] == good[..<entriesStart]
            #expect(head.fromSnapshot == amongEntries)
            if amongEntries { #expect(!(try h.head().fromSnapshot), "the damaged snapshot was taken away") }
            #expect(try h.head().fromSnapshot, "written again")
        }
    }

    @Test func recordingInALongSessionLeavesTheSnapshotsEntriesUnread() throws {
        let h = try Self.meeting(questions: 40)
        _ = try h.head()
        // A say appends an entry: decided, written and snapshotted without the entries before it.
        let appended = try h.fixture.store.append(h.id) { (head) throws -> [Record] in
            let state = try head.session()
            #expect(state.entries.deferred?.isLoaded == false)
            return state.records(
                for: try state.decide(SessionBuilder.say("Bram", "Nog een"), at: state.lastAt), at: state.lastAt)
        }
        let state = try #require(appended.state)
        #expect(state.entries.deferred?.isLoaded == false)
        #expect(state.entries.recentEntries.map(\.text).last == "Nog een")
        // Read, they are the entries a full replay gives.
        #expect(state == (try h.replayed()))
        // Written again after enough records (the entries copied as they were), the snapshot reads back whole.
        func written() throws -> SessionSnapshot.Header? {
            SessionSnapshot.Header(decoding: [UInt8](try Data(contentsOf: URL(fileURLWithPath: h.snapshot)))[...])
        }
        let before = try #require(try written())
        for index in 0..<SessionStore.snapshotInterval { try h.say("Carla", "Na \(index)") }
        let after = try #require(try written())
        #expect(after.records > before.records && after.entryCount > before.entryCount)
        let head = try h.head()
        #expect(head.fromSnapshot)
        #expect(try head.session() == h.replayed())
    }

    @Test func aDeletedSnapshotIsMadeAgainFromTheJournal() throws {
        let h = try Self.meeting(questions: 40)
        _ = try h.head()
        try FileManager.default.removeItem(atPath: h.snapshot)
        try h.say("Bram", "Zonder")
        #expect(FileManager.default.fileExists(atPath: h.snapshot))
        try FileManager.default.removeItem(atPath: h.home + "/snapshots")
        let head = try h.head()
        #expect(!head.fromSnapshot)
        #expect(try head.session() == h.replayed())
        #expect(permissions(of: h.snapshot) == 0o600)
        #expect(permissions(of: h.home + "/snapshots") == 0o700)
    }

    @Test func aTornLineAfterTheSnapshotIsReportedAndCutOffAsWithoutIt() throws {
        let h = try Self.meeting(questions: 40)
        _ = try h.head()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: h.journalPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"crc":"0000"#.utf8))
        try handle.close()
        let head = try h.head()
        #expect(!head.tornTail.isEmpty)
        #expect(try head.session() == h.replayed())
        // The next write cuts it off under the lock, and goes on from what it read.
        try h.say("Bram", "Na de breuk")
        #expect(try h.head().session() == h.replayed())
        #expect(try h.store.read(h.id).tornTail.isEmpty)
        #expect(try h.replayed().entries.last?.text == "Na de breuk")
    }

    @Test func damageThatKeepsTheJournalsLengthAndTimeIsFoundByWhatReadsItWhole() throws {
        // The trade the snapshot makes: a line it covers changed in place, without the file's length or time
        // changing, is not seen by what the snapshot serves (recording, status, log); verifying, the minutes and
        // export read every line and name it.
        let h = try Self.meeting(questions: 40)
        _ = try h.head()
        let path = h.journalPath
        var info = stat()
        stat(path, &info)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.firstIndex(of: UInt8(ascii: "\n"))! + 30] ^= 0x04
        let fd = open(path, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        // (1 << 30) - 2 is UTIME_OMIT (leave the access time), a macro Swift does not import.
        _ = futimens(fd, [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2), info.st_mtim])
        close(fd)
        #expect(try h.head().fromSnapshot)
        #expect(throws: Never.self) { try h.head().session() }
        func damagedAtLine2(_ error: StoreError?) -> Bool {
            guard case .damaged(_, 2, _)? = error else { return false }
            return true
        }
        #expect(damagedAtLine2(h.store.verify(h.id).problem), "\(String(describing: h.store.verify(h.id).problem))")
        do {
            _ = try h.store.minutes(h.id)
        } catch { #expect(damagedAtLine2(error), "\(error)") }
        // What export hands over is checked the same way.
        #expect(damagedAtLine2(try h.store.verifiedJournal(h.id).verification.problem))
    }

    @Test func redactRemovesTheSnapshotWithTheTextInIt() throws {
        let h = try Self.meeting(questions: 40)
        try h.say("Bram", "Milan huilde")
        _ = try h.head()
        let snapshots = h.home + "/snapshots"
        // A snapshot a killed process left half-written goes too.
        try Data("Milan".utf8).write(to: URL(fileURLWithPath: snapshots + "/.\(h.id).state.tmp"))
        #expect(try h.fixture.redact("Milan", in: h.id))
        for name in try FileManager.default.contentsOfDirectory(atPath: snapshots) {
            let text = String(
                decoding: try Data(contentsOf: URL(fileURLWithPath: snapshots + "/" + name)), as: UTF8.self)
            #expect(!text.contains("Milan"), "\(name)")
        }
        #expect(try h.head().session() == h.replayed())
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
