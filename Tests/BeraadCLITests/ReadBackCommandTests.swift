import BeraadEngine
@testable import BeraadCLI
import Foundation
import Testing

/// Every command leaves a journal that Beraad reads back: the follow-ups that once did not, and times that lie
/// ahead of the clock.
@Suite struct ReadBackCommandTests {
    @Test func aPlannedFollowUpOfASessionWithADecisionAndActionsReadsBackAndStarts() throws {
        let h = Harness(lang: "nl", now: Harness.endOf2026)
        let first = try FollowUpTests.teamSession(h)
        let child = try h.ok("follow-up", first, "Vervolg", "--planned", "15 januari")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try h.ok("status").contains("Gepland"))
        let listed = h.run("sessions", "--all")
        #expect(listed.code == 0 && listed.stderr.isEmpty && listed.stdout.contains(child), "\(listed)")
        let verified = h.run("verify", "--all")
        #expect(verified.code == 0 && !verified.stdout.contains("FOUT"), "\(verified)")
        // The review of the decision stands on the agenda as the planned review session, on its day.
        let agenda = try h.ok("agenda", "--weeks", "8")
        #expect(agenda.contains("Vervolg") && agenda.contains("15 januari 2027"), "\(agenda)")
        // What was carried over is there when the review starts.
        #expect(try h.ok("start").contains("Ronde 1/"))
        let log = try h.ok("log")
        #expect(log.contains("Huisarts bellen") && log.contains("We doen B"), "\(log)")
        #expect(h.run("verify", "--all").code == 0)
    }

    @Test func aPlannedSessionHasNothingToFollowUpAndIsLeftAsItWas() throws {
        let h = Harness()
        let id = try h.ok("new", "Gepland", "--facilitator", "Mia", "--planned", "2026-03-19")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let before = h.journal()
        let refused = h.run("follow-up", id)
        #expect(refused.code == 1, "\(refused)")
        #expect(h.journal() == before)
        #expect(try h.ok("sessions", "--all").contains(id))
        #expect(h.run("verify", "--all").code == 0)
    }

    @Test func aTimeAheadOfTheClockIsRefusedAndATimeJustAheadIsNot() throws {
        let h = try Harness.meeting(upTo: "casus")
        let before = h.journal()
        // The clock reads 2026-03-12T13:00Z; the meeting's offset is +01:00.
        let tomorrow = h.run("say", "Bram", "x", "--at", "2026-03-13T14:00")
        #expect(tomorrow.code == 64 && tomorrow.stderr.contains("later than now"), "\(tomorrow)")
        #expect(h.journal() == before)
        #expect(h.run("new", "Later", "--at", "2027-01-20T10:00").code == 64)
        #expect(h.run("follow-up", h.currentID, "--at", "2027-01-20T10:00").code == 64)
        #expect(h.journal() == before)
        // A clock a little behind the room's is no reason to refuse.
        try h.ok("say", "Bram", "x", "--at", "2026-03-12T13:04:00Z")
        // Reading commands may look ahead: what will be overdue then.
        #expect(h.run("agenda", "--at", "2027-01-20T10:00").code == 0)
    }
}

/// A meeting entered afterwards from notes, with `--at` on every command: one forgotten `--at` no longer ruins it.
@Suite struct EnteredAfterwardsTests {
    /// A meeting of 2 December entered on 31 December, up to its case round.
    static func meeting() throws -> Harness {
        let h = Harness(lang: "nl", now: Harness.endOf2026)
        func at(_ time: String) -> [String] { ["--om", "2026-12-02T" + time] }
        try h.ok(["nieuw", "Van papier", "--gespreksleider", "Mia"] + at("14:00"))
        try h.ok(["aansluiten", "Anna", "--rol", "inbrenger"] + at("14:01"))
        try h.ok(["volgende"] + at("14:05"))
        return h
    }

    @Test func aForgottenAtIsRefusedWithTheLastTimeAndNowRecordsAnyway() throws {
        let h = try Self.meeting()
        let before = h.journal()
        let refused = h.run("uitnodigen", "Joris")
        #expect(refused.code == 1, "\(refused)")
        #expect(refused.stderr.contains("achteraf ingevoerd") && refused.stderr.contains("2026-12-02 14:05"))
        #expect(refused.stderr.contains("--om") && refused.stderr.contains("--nu"))
        #expect(h.journal() == before)
        // The status shows the time the meeting took up to its last record, not the weeks since.
        #expect(try h.ok("status", "--json").contains(#""elapsedSeconds" : 0"#))
        // --now records it now all the same; then the meeting's later times are refused, until the mis-timed
        // record is taken back.
        try h.ok("uitnodigen", "Joris", "--nu")
        let backwards = h.run("casus", "Er was eens", "--om", "2026-12-02T14:06")
        #expect(backwards.code == 1 && backwards.stderr.contains("intrekken"), "\(backwards)")
        #expect(try h.ok("ongedaan").contains("uitgenodigd  Joris"))
        try h.ok("casus", "Er was eens", "--om", "2026-12-02T14:06")
        try h.ok("uitnodigen", "Joris", "--om", "2026-12-02T14:07")
        #expect(h.run("controleer").code == 0)
    }

    @Test func correctionsApprovalAndFollowUpNeedNoAt() throws {
        let h = try Self.meeting()
        try h.ok("casus", "Er was eens", "--om", "2026-12-02T14:06")
        let id = String(try h.ok("log").split(separator: "\n").last!.split(separator: " ")[0])
        try h.ok("corrigeer", id, "Er was eens een man")
        try h.ok("afsluiten", "--afbreken", "--reden", "proef", "--om", "2026-12-02T15:00")
        try h.ok("vaststellen")
        #expect(h.run("controleer").code == 0)
    }

    @Test func aLiveMeetingIsNotHeldToTheRule() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Live", "--gespreksleider", "Mia")
        h.advance(minutes: 24 * 60)
        // Recorded with the clock, not with --at: continued the next day, as before.
        try h.ok("aansluiten", "Anna")
        // And a meeting entered afterwards goes on in the live mode, which records now.
        let entered = try Self.meeting()
        entered.input = .lines(["/casus Nu live verder"])
        #expect(entered.run("run").code == 0)
        #expect(try entered.ok("log").contains("Nu live verder"))
    }
}
