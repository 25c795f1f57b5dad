import BeraadEngine
import BeraadTestSupport
@testable import BeraadStore
import Foundation
import Testing

/// Every way the store reads a journal goes through the same reader, so all of them agree on what no beraad could
/// have written: reading whole, the snapshot's head, the minutes' line-by-line reading, verifying and appending.
@Suite struct JournalReaderTests {
    /// A home whose session `id`'s journal holds `record` alone, framed as the store frames it.
    static func home(holding record: Record) throws -> (StoreFixture, String, String) {
        let fixture = StoreFixture()
        let id = try fixture.add(try SessionBuilder.opened(id: "proef"))
        let path = try fixture.store.journalPath(id)
        try Data(try JournalLine.frame(record, previous: JournalLine.noPrevious)).write(to: URL(fileURLWithPath: path))
        return (fixture, id, path)
    }

    /// Whether `body` fails as a journal no beraad could have written, at line 1 of `path`, saying `detail`.
    static func refusedAsImpossible(_ path: String, _ detail: String, _ body: () throws(StoreError) -> Void) -> Bool {
        do throws(StoreError) {
            try body()
            return false
        } catch {
            guard case .impossible(path, 1, let found) = error else { return false }
            return found(.en).contains(detail)
        }
    }

    static func everyReading(_ fixture: StoreFixture, _ id: String) -> [(String, () throws(StoreError) -> Void)] {
        let store = fixture.store
        return [
            ("read", { () throws(StoreError) in _ = try store.read(id).session() }),
            ("head", { () throws(StoreError) in _ = try store.head(id).session() }),
            ("minutes", { () throws(StoreError) in _ = try store.minutes(id) }),
            (
                "verify",
                { () throws(StoreError) in
                    if let problem = store.verify(id).problem { throw problem }
                }
            ),
            (
                "append",
                { () throws(StoreError) in
                    do throws(SessionStore.AppendError<StoreError>) {
                        try store.append(id) { (head) throws(StoreError) -> [Record] in
                            _ = try head.session()
                            return []
                        }
                    } catch {
                        switch error {
                        case .store(let failure), .rejected(let failure): throw failure
                        }
                    }
                }
            ),
        ]
    }

    @Test func aJournalThatDoesNotOpenTheSessionIsRefusedByEveryReading() throws {
        let record = Record(
            seq: 1, at: Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600),
            event: .participantJoined(ParticipantJoined(name: "Anna", role: "deelnemer")))
        let (fixture, id, path) = try Self.home(holding: record)
        for (name, reading) in Self.everyReading(fixture, id) {
            #expect(
                Self.refusedAsImpossible(path, "the first record does not open a session", reading), "\(name)")
        }
    }

    @Test func aJournalWhoseProtocolBreaksARangeIsRefusedNotTrapped() throws {
        var definition = try #require(try BuiltinProtocols.named("cura"))
        definition.rounds[0].timeboxMinutes = 153_722_867_280_912_931
        let record = Record(
            seq: 1, at: Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600),
            event: .sessionOpened(
                SessionOpened(id: "proef", title: "Proef", protocolDefinition: definition, facilitator: nil, lang: .en))
        )
        let (fixture, id, path) = try Self.home(holding: record)
        for (name, reading) in Self.everyReading(fixture, id) {
            #expect(
                Self.refusedAsImpossible(path, "timeboxMinutes: must be a number from 1 to 600", reading), "\(name)")
        }
    }
}
