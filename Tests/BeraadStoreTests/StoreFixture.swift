import BeraadTestSupport
import BeraadEngine
import BeraadStore
import Foundation

/// A private temporary home with a session in it, removed when the test is done.
final class StoreFixture {
    let home: String
    var store: SessionStore
    let id = "test-session"

    init(lockTimeout: Double = 5) {
        home = TemporaryFolder.make("beraad-store")
        store = SessionStore(home: home, lockTimeout: lockTimeout)
    }

    deinit { try? FileManager.default.removeItem(atPath: home) }

    static let opening: [Record] = {
        let session = Session.unopened
        let at = Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600)
        let definition = try! BuiltinProtocols.named("moreel-beraad")!
        return session.records(
            for: try! session.decide(
                .open(id: "test-session", title: "Test", protocolDefinition: definition, facilitator: "Mia", lang: .nl),
                at: at),
            at: at)
    }()

    /// Creates the session and appends `count` participants (`P1`, `P2`, …).
    @discardableResult
    func createSession(participants count: Int = 0) throws -> String {
        try store.create(id, records: Self.opening)
        for index in 1...max(count, 1) where count > 0 { try join("P\(index)") }
        return try journalPath()
    }

    func journalPath() throws -> String { try store.journalPath(id) }

    /// Appends a `join` through the engine, as the command line does.
    func join(_ name: String) throws {
        try store.append(id) { (contents) throws(StoreOrRule) -> [Record] in
            let state: SessionState
            do throws(StoreError) { state = try contents.session() } catch { throw .store(error) }
            let at = Timestamp(seconds: state.lastAt.seconds + 1, offsetSeconds: 3600)
            do throws(RuleViolation) {
                return state.records(for: try state.decide(.join(name: name, role: nil), at: at), at: at)
            } catch {
                throw .rule(error)
            }
        }
    }

    /// Writes `builder`'s session into the home as the store writes a new one; returns its id.
    @discardableResult
    func add(_ builder: SessionBuilder) throws -> String { try store.add(builder) }

    /// Records `command` in session `id` through the engine, as the command line does.
    func run(_ command: Command, in id: String) throws { try store.record(command, in: id) }

    /// Erases `text` from session `id` under its lock, as `redact` does; false when there was nothing to erase.
    @discardableResult
    func redact(_ text: String, in id: String) throws -> Bool { try store.redact(text, in: id) }

    /// The journal of session `id`, as bytes.
    func bytes(of id: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: try store.journalPath(id))))
    }

    /// The journals of `SessionBuilder.samples()`, each written by the store, the approved one with an erasure
    /// after its approval.
    static func sampleJournals() throws -> [[UInt8]] {
        let fixture = StoreFixture()
        var journals: [[UInt8]] = []
        for sample in try SessionBuilder.samples() {
            let id = try fixture.add(sample)
            if sample.state.approvedAt != nil { try fixture.redact("verdriet", in: id) }
            journals.append(try fixture.bytes(of: id))
        }
        return journals
    }

    /// Why a fixture's append failed.
    enum StoreOrRule: Error {
        case store(StoreError)
        case rule(RuleViolation)
    }

    func bytes() throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: try journalPath()))) }

    /// Replaces the journal's bytes in place, as an editor or a damaged disk would, a second later than it was
    /// last written: a file system's clock can stand still between two writes, and the snapshot tells a journal
    /// changed in place by its length and time (`SnapshotTests` covers the change it cannot see).
    func write(_ bytes: [UInt8]) throws {
        let path = try journalPath()
        let fd = open(path, O_WRONLY | O_TRUNC)
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        Self.setModified(fd, seconds: info.st_mtim.tv_sec + 1)
    }

    /// Sets the modification time of the open file `fd`.
    static func setModified(_ fd: Int32, seconds: Int) {
        // (1 << 30) - 2 is UTIME_OMIT (leave the access time), a macro Swift does not import.
        let times = [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2), timespec(tv_sec: seconds, tv_nsec: 0)]
        _ = futimens(fd, times)
    }

}

/// The smallest summary the index can keep: a session's current round. The archive's listings keep a fuller one.
struct RoundSummary: IndexedSummary, Equatable {
    var id: String
    var round: String

    init(id: String, round: String) {
        self.id = id
        self.round = round
    }

    init(_ state: SessionState) { self.init(id: state.id, round: state.currentRound?.id ?? "") }

    var indexLines: [[String?]] { [[round]] }

    init?(id: String, indexLines lines: [[String?]]) {
        guard lines.count == 1, let round = lines[0].first ?? nil else { return nil }
        self.init(id: id, round: round)
    }
}
