import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// The archive's index: used while journals are unchanged, never trusted over them, safe to lose.
@Suite struct IndexTests {
    static func index(_ h: Harness) -> String {
        (try? String(contentsOfFile: h.home + "/index/sessions.txt", encoding: .utf8)) ?? ""
    }

    static func homeWithSessions() throws -> Harness {
        let h = Harness()
        for title in ["Eerste", "Tweede", "Derde"] {
            try h.ok("new", title, "--facilitator", "Mia", "--team", "Noord")
            try h.ok("join", "Anna", "--role", "inbrenger")
        }
        return h
    }

    @Test func listingsWriteTheIndexAndUseItWhileTheJournalsAreUnchanged() throws {
        let h = try Self.homeWithSessions()
        let listed = try h.ok("sessions")
        #expect(Self.index(h).contains("Tweede"))
        var info = stat()
        #expect(stat(h.home + "/index/sessions.txt", &info) == 0 && info.st_mode & 0o777 == 0o600)
        // An entry is what the listing shows while its journal is as it was …
        try Data(Self.index(h).replacingOccurrences(of: "Tweede", with: "Gewijzigd").utf8).write(
            to: URL(fileURLWithPath: h.home + "/index/sessions.txt"))
        #expect(try h.ok("sessions").contains("Gewijzigd"))
        // … and is made anew from the journal the moment the journal changes.
        let second = try #require(listed.split(separator: "\n").first { $0.contains("Tweede") })
        let id = String(try #require(second.split(separator: " ").first { $0.hasPrefix("2026-") }))
        try h.ok("join", "Bram", "--session", id)
        #expect(try h.ok("sessions").contains("Tweede") && !(Self.index(h).contains("Gewijzigd")))
    }

    @Test func aMissingDamagedOrForeignIndexGivesTheSameListings() throws {
        let h = try Self.homeWithSessions()
        let expected = try h.ok("sessions", "--all", "--json")
        try FileManager.default.removeItem(atPath: h.home + "/index/sessions.txt")
        #expect(try h.ok("sessions", "--all", "--json") == expected)
        for garbage in ["{", "\u{0}\u{1}", #"{"version":1,"entries":{}}"#, #"{"version":2,"entries":7}"#] {
            try Data(garbage.utf8).write(to: URL(fileURLWithPath: h.home + "/index/sessions.txt"))
            #expect(try h.ok("sessions", "--all", "--json") == expected)
            #expect(Self.index(h).contains("Eerste"))
        }
        try FileManager.default.removeItem(atPath: h.home + "/index")
        #expect(try h.ok("actions", "--json").contains(#""actions" : ["#))
        #expect(try h.ok("sessions", "--all", "--json") == expected)
    }

    @Test func anErasureAndAPurgeTakeTheirSessionOutOfTheIndexAtOnce() throws {
        let h = try Self.homeWithSessions()
        try h.ok("next")
        try h.ok("case", "Milan wil niet naar huis")
        try h.ok("agenda")
        #expect(Self.index(h).lowercased().contains("milan"))
        try h.ok("redact", "Milan")
        #expect(!Self.index(h).lowercased().contains("milan"))
        try h.ok("close", "--abandon", "--reason", "x")
        try h.ok("sessions")
        #expect(Self.index(h).contains(h.currentID))
        let id = h.currentID
        try h.ok("purge", "--older-than", "1d", "--at", "2026-04-01T10:00")
        #expect(!Self.index(h).contains(id))
    }
}
