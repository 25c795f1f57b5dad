import Foundation
import Testing

/// The `--json` shapes of CLI.md, decoded and checked.
@Suite struct JSONShapeTests {
    struct NewOutput: Decodable { var id: String }

    struct Status: Decodable {
        struct Session: Decodable { var id, title, `protocol`, state, lang: String }
        struct Round: Decodable {
            var index, count: Int
            var id, title: String
            var timeboxMinutes: Int
            var elapsedSeconds: Int
        }
        struct Participant: Decodable {
            var name, role: String
            var present: Bool
        }
        struct Missing: Decodable {
            var requirement: String
            var participants: [String]
        }
        var session: Session
        var round: Round?
        var participants: [Participant]
        var missing: [Missing]
    }

    struct Log: Decodable {
        struct Entry: Decodable {
            var id: String
            var seq: Int
            var at, round, kind: String
            var participant: String?
            var text: String
            var retracted: Bool
        }
        var entries: [Entry]
    }

    @Test func newPrintsTheID() throws {
        let h = Harness()
        let output = try JSONDecoder().decode(
            NewOutput.self, from: Data(try h.ok("new", "Eerste beraad", "--json").utf8))
        // The date and four characters, never a word of the title: a file name shows in every listing.
        #expect(output.id.wholeMatch(of: /2026-03-12-[2-9b-df-hj-np-tv-xz]{4}/) != nil)
        let second = try JSONDecoder().decode(
            NewOutput.self, from: Data(try h.ok("new", "Eerste beraad", "--json").utf8))
        #expect(second.id != output.id && second.id.hasPrefix("2026-03-12-"))
    }

    @Test func statusHasTheDocumentedShape() throws {
        let h = try Harness.meeting(upTo: "perspectieven")
        h.advance(minutes: 5)
        try h.ok("position", "Anna", "A")
        let status = try JSONDecoder().decode(Status.self, from: Data(try h.ok("status", "--json").utf8))
        #expect(
            status.session.protocol == "moreel-beraad" && status.session.state == "open" && status.session.lang == "en")
        #expect(status.round?.index == 5 && status.round?.count == 8 && status.round?.id == "perspectieven")
        #expect(status.round?.timeboxMinutes == 15 && status.round?.elapsedSeconds == 300)
        #expect(status.participants.map(\.name) == ["Mia", "Anna", "Bram", "Carla"])
        #expect(status.missing.count == 1 && status.missing[0].participants == ["Bram", "Carla"])
        let raw = try JSONSerialization.jsonObject(with: Data(try h.ok("status", "--json").utf8)) as! [String: Any]
        #expect(Set(raw.keys) == ["session", "round", "participants", "missing"])
    }

    @Test func aClosedSessionsStatusHasANullRound() throws {
        let h = try Harness.meeting(upTo: "evaluatie")
        try h.ok("close")
        let text = try h.ok("status", "--json")
        #expect(text.contains("\"round\" : null"))
        let status = try JSONDecoder().decode(Status.self, from: Data(text.utf8))
        #expect(status.round == nil && status.session.state == "closed")
    }

    @Test func logListsEveryEntryWithItsID() throws {
        let h = try Harness.meeting(upTo: "dilemma")
        try h.ok("undo")
        let all = try JSONDecoder().decode(Log.self, from: Data(try h.ok("log", "--json").utf8)).entries
        // Mia joined with the opening, then Anna, Bram and Carla; each is an entry of the log, in its place.
        #expect(all.map(\.kind) == ["joined", "joined", "joined", "joined", "case"])
        #expect(all.map(\.seq) == all.map(\.seq).sorted())
        #expect(all[1].participant == "Anna" && all[1].text == "inbrenger" && all[1].round == "opening")
        let log = all.filter { $0.kind == "case" }
        #expect(
            log.count == 1 && log[0].kind == "case" && log[0].participant == "Anna" && log[0].round == "casus")
        #expect(log[0].retracted)
        #expect(log[0].id == "e\(log[0].seq)")
    }

    @Test func minutesAsJSONCarryTheDocumentedKeys() throws {
        let h = try Harness.meeting(upTo: "evaluatie")
        let raw =
            try JSONSerialization.jsonObject(with: Data(try h.ok("minutes", "--format", "json").utf8)) as! [String: Any]
        for key in [
            "session", "participants", "case", "dilemma", "rounds", "positions", "decision", "actions", "signals",
        ] {
            #expect(raw[key] != nil, "missing \(key)")
        }
    }
}
