import BeraadArchive
import BeraadEngine
import BeraadStore
import BeraadTestSupport
import Foundation
import Testing

/// The archive's index: used while journals are unchanged, never trusted over them, safe to lose.
@Suite struct IndexTests {
    /// A home with three sessions of team Noord, each with an inbrenger.
    final class Home {
        let home = TemporaryFolder.make("beraad-index")
        let store: SessionStore
        var ids: [String] = []

        init() throws {
            store = SessionStore(home: home)
            for (index, title) in ["Eerste", "Tweede", "Derde"].enumerated() {
                let builder = try SessionBuilder.opened(
                    id: "2026-03-12-000\(index)", title: title, details: SessionDetails(team: "Noord"))
                ids.append(try store.add(builder))
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: home) }

        var indexPath: String { home + "/index/sessions.txt" }
        var index: String { (try? String(contentsOfFile: indexPath, encoding: .utf8)) ?? "" }

        /// The titles a listing shows, in its order (the newest first).
        func titles() -> [String] { listed().map(\.title) }

        /// The summaries a listing gives, and that nothing went wrong.
        func listed() -> [SessionSummary] {
            let (sessions, problems) = store.summaries()
            #expect(problems.isEmpty)
            return sessions
        }
    }

    @Test func aListingWritesTheIndexAndUsesItWhileTheJournalsAreUnchanged() throws {
        let h = try Home()
        #expect(h.titles() == ["Derde", "Tweede", "Eerste"])
        #expect(h.index.contains("Tweede"))
        #expect(permissions(of: h.indexPath) == 0o600)
        // An entry is what the listing shows while its journal is as it was …
        try Data(h.index.replacingOccurrences(of: "Tweede", with: "Gewijzigd").utf8).write(
            to: URL(fileURLWithPath: h.indexPath))
        #expect(h.titles() == ["Derde", "Gewijzigd", "Eerste"])
        // … and is made anew from the journal the moment the journal changes.
        try h.store.record(.join(name: "Dirk", role: nil), in: h.ids[1])
        #expect(h.titles() == ["Derde", "Tweede", "Eerste"])
        #expect(!h.index.contains("Gewijzigd"))
    }

    @Test func aMissingDamagedOrForeignIndexGivesTheSameListings() throws {
        let h = try Home()
        let expected = h.listed()
        try FileManager.default.removeItem(atPath: h.indexPath)
        #expect(h.listed() == expected)
        for garbage in ["{", "\u{0}\u{1}", #"{"version":1,"entries":{}}"#, #"{"version":2,"entries":7}"#] {
            try Data(garbage.utf8).write(to: URL(fileURLWithPath: h.indexPath))
            #expect(h.listed() == expected)
            #expect(h.index.contains("Eerste"))
        }
        try FileManager.default.removeItem(atPath: h.home + "/index")
        #expect(h.listed() == expected)
    }

    @Test func anErasureAndARemovalTakeTheirSessionOutOfTheIndexAtOnce() throws {
        let h = try Home()
        try h.store.record(.advance(force: false, reason: nil), in: h.ids[2])
        try h.store.record(.recordCase(text: "Milan wil niet naar huis", by: nil), in: h.ids[2])
        _ = h.listed()
        #expect(h.index.lowercased().contains("milan"))
        #expect(try h.store.redact("Milan", in: h.ids[2]))
        #expect(!h.index.lowercased().contains("milan"))
        _ = h.listed()
        #expect(h.index.contains(h.ids[2]))
        try h.store.remove(h.ids[2])
        #expect(!h.index.contains(h.ids[2]))
        #expect(h.titles() == ["Tweede", "Eerste"])
    }
}
