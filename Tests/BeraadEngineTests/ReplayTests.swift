import BeraadEngine
import BeraadTestSupport
import Foundation
import Testing

@Suite struct ReplayTests {
    /// A whole meeting that produces every kind of event.
    static func fullMeeting() throws -> SessionBuilder {
        var m = try SessionBuilder.opened()
        try m.run(SessionBuilder.say("Mia", "vertrouwelijk", category: "vertrouwelijkheid"))
        try m.run(
            .recordErasure(
                TextErased(
                    reason: .redacted, by: "Mia", count: 1, previousHead: String(repeating: "a", count: 64),
                    firstChangedLine: 2)))
        try m.run(.advance(force: false, reason: nil))
        try m.run(.recordCase(text: "Meneer Kuipers weigert zorg", by: nil))
        try m.run(SessionBuilder.say("Bram", "Hoe oud is hij?"))
        try m.run(.advance(force: false, reason: nil))
        try m.run(SessionBuilder.dilemma)
        try m.run(.advance(force: false, reason: nil))
        try m.run(.back)
        try m.run(.advance(force: false, reason: nil))
        try m.run(.say(name: "Carla", text: "autonomie", kind: .value, category: nil, about: "meneer", option: "B"))
        try m.run(.advance(force: true, reason: "geen norm genoemd"))
        try m.run(SessionBuilder.position("Anna", "B"))
        try m.run(SessionBuilder.position("Bram", "A"))
        try m.run(SessionBuilder.position("Carla", "B"))
        try m.run(.leave(name: "Carla"))
        try m.run(.advance(force: false, reason: nil))
        try m.run(SessionBuilder.position("Bram", "B"))
        try m.run(.decide(text: "We doen B", option: "B", rationale: "autonomie", support: .consensus, dissent: []))
        try m.run(.amend(entry: "e\(m.state.decisionEntry!.seq)", text: "We doen B, met een grens"))
        try m.run(.advance(force: false, reason: nil))
        try m.run(.agreeAction(text: "bellen", owner: "Anna", due: CalendarDate(iso: "2026-03-20")))
        try m.run(.raiseSignal(text: "meer zorgmijders", level: .policy, by: nil))
        try m.run(SessionBuilder.say("Bram", "typo"))
        try m.run(.undo)
        try m.run(.advance(force: false, reason: nil))
        try m.run(.evaluate(name: "Anna", score: 5, text: "fijn"))
        try m.run(.retract(entry: "e\(m.state.lastSeq)", reason: "per ongeluk"))
        try m.run(.close(abandon: false, reason: nil))
        try m.run(.approve())
        return m
    }

    /// What the full meeting leaves out: a planned session of the card set that starts, convenes a moreel beraad,
    /// gives someone another role and changes its header, and is followed up after approval.
    static func plannedCardSetMeeting() throws -> SessionBuilder {
        var m = SessionBuilder()
        try m.run(
            .open(
                id: "plan", title: "Gezin", protocolDefinition: SessionBuilder.protocolNamed("afwegingskader"),
                facilitator: "Mia", lang: .nl, details: SessionDetails(planned: "2026-03-12")))
        try m.run(.join(name: "Anna", role: "inbrenger"))
        try m.run(.join(name: "Bram", role: nil))
        try m.run(.start)
        try m.run(.changeRole(name: "Bram", role: "notulist"))
        try m.run(.changeDetails(title: "Gezin met schulden"))
        try m.run(SessionBuilder.say("Anna", "zekerheid", category: "zekerheid"))
        try m.run(.advance(force: true, reason: "verder"))
        try m.run(.advance(force: true, reason: "verder"))
        try m.run(.convene(session: "child", title: "Beraad", protocolID: "moreel-beraad"))
        try m.run(.advance(force: true, reason: "verder"))
        try m.run(.say(name: "Anna", text: "tolk", kind: .alternative, category: nil, about: nil, option: nil))
        try m.run(.decide(text: "tolk", option: nil, rationale: nil, support: nil, dissent: []))
        try m.run(.agreeAction(text: "tolk aanvragen", owner: "Anna", due: CalendarDate(iso: "2026-03-20")))
        try m.run(.advance(force: false, reason: nil))
        try m.run(.raiseSignal(text: "kinderen tolken", level: .policy, by: nil))
        try m.run(.close(abandon: false, reason: nil))
        try m.run(.approve())
        try m.run(.followUpAction(entry: "a1", done: true, note: nil))
        try m.run(.updateSignal(entry: "s1", state: .passedOn, to: "teamleider", text: nil))
        try m.run(.share(by: "Mia"))
        try m.run(.recordFollowUp(session: "review", title: "Evaluatie"))
        return m
    }

    @Test func everyEventTypeIsProducedAndReplaysToTheSameState() throws {
        let meetings = [try Self.fullMeeting(), try Self.plannedCardSetMeeting()]
        let made = Set(meetings.flatMap { $0.records.map(\.event.type) })
        // Only journals of earlier versions hold a redaction's text as an event: read and replayed, never made now.
        #expect(made == Set(EventType.allCases).subtracting([.redactionAdded]))
        for meeting in meetings {
            #expect(try SessionState(replaying: meeting.records) == meeting.state)
            #expect(meeting.records.allSatisfy { EventType(rawValue: $0.event.typeName) == $0.event.type })
        }
    }

    @Test func everyRecordSurvivesEncodingAndDecoding() throws {
        let meeting = try Self.fullMeeting()
        var decoded: [Record] = []
        for record in meeting.records {
            let data = try record.encoded()
            decoded.append(try Record.decoded(from: data))
            // Keys sorted, compact: the envelope begins with "at" and ends with the version.
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("{\"at\":\"") && text.hasSuffix("\"v\":1}"))
        }
        #expect(decoded == meeting.records)
        #expect(try SessionState(replaying: decoded) == meeting.state)
    }

    @Test func replayDerivesTheMeetingAsItHappened() throws {
        let state = try Self.fullMeeting().state
        #expect(state.isEnded && state.approvedAt != nil)
        #expect(state.positions(of: "Bram").count == 2)
        #expect(state.decisionEntry?.text == "We doen B, met een grens")
        #expect(state.decisionEntry?.amendments.first?.oldText == "We doen B")
        #expect(state.advances.filter(\.advance.forced).map(\.advance.reason) == ["geen norm genoemd"])
        #expect(state.participant(named: "carla")?.present == false)
        #expect(state.erasures.map(\.count) == [1] && state.erasures.first?.afterApproval == false)
        #expect(state.entries.filter { $0.retraction?.undo == true }.map(\.text) == ["typo"])
    }

    @Test func anOldSessionReplaysUnderItsOwnProtocolAfterTheFileChanged() throws {
        let meeting = try Self.fullMeeting()
        // The opening event carries the protocol as it was: a later edit of the file cannot reach it.
        guard case .sessionOpened(var opened) = meeting.records[0].event else {
            Issue.record("the first record does not open the session")
            return
        }
        #expect(opened.protocolDefinition == SessionBuilder.protocolNamed("moreel-beraad"))
        let original = opened.protocolDefinition
        var changed = original
        changed.rounds.removeLast(3)
        changed.rounds[0].title = LocalizedText(nl: "Anders", en: "Different")
        opened.protocolDefinition = original
        let replayed = try SessionState(replaying: meeting.records)
        #expect(replayed.protocolDefinition == original)
        #expect(replayed.protocolDefinition != changed)
        #expect(replayed.protocolDefinition.rounds.count == 8)
    }

    @Test func unknownEventTypesAndVersionsAreRefusedClearly() throws {
        let unknown = #"{"at":"2026-03-12T14:00:00+01:00","data":{},"seq":2,"type":"voteCast","v":1}"#
        #expect(throws: RecordDecodingError.unknownType("voteCast")) { try Record.decoded(from: Data(unknown.utf8)) }
        let newer = #"{"at":"2026-03-12T14:00:00+01:00","data":{},"seq":2,"type":"participantLeft","v":2}"#
        #expect(throws: RecordDecodingError.unsupportedVersion(2)) { try Record.decoded(from: Data(newer.utf8)) }
        #expect(RecordDecodingError.unknownType("voteCast").description.contains("newer version"))
    }

    @Test func evolveIgnoresEventsAboutThingsItDoesNotKnow() {
        var state = try! Self.fullMeeting().state
        let before = state
        let at = Timestamp(seconds: 1_900_000_000)
        state.evolve(Record(seq: 999, at: at, event: .entryAmended(EntryAmended(entry: EntryID(seq: 5000), text: "x"))))
        state.evolve(Record(seq: 1000, at: at, event: .participantLeft(ParticipantLeft(name: "Nobody"))))
        #expect(state.entries == before.entries && state.participants == before.participants)
    }
}

/// A journal that `beraad` could not have written is refused on replay, naming the record and what is impossible.
@Suite struct ImpossibleJournalTests {
    static let at = Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600)

    /// An opened moreel beraad with Anna and Bram, then `events` as the following records.
    static func replay(_ events: [Event], at times: [Int64]? = nil) -> ReplayError? {
        var records = try! SessionBuilder.opened().records
        for (index, event) in events.enumerated() {
            let seconds = times?[index] ?? (records.last?.at.seconds ?? 0) + 60
            records.append(
                Record(seq: records.count + 1, at: Timestamp(seconds: seconds, offsetSeconds: 3600), event: event))
        }
        do {
            _ = try SessionState(replaying: records)
            return nil
        } catch {
            return error
        }
    }

    static let cases: [(String, [Event], Catalog.JournalText)] = [
        (
            "a contribution by someone who never joined",
            [.contributionRecorded(ContributionRecorded(round: "opening", kind: .note, participant: "Zoë", text: "x"))],
            .neverJoined(name: "Zoë")
        ),
        (
            "a position before any dilemma",
            [.positionTaken(PositionTaken(round: "opening", participant: "Bram", option: "A"))],
            .noSuchOption(option: "A")
        ),
        (
            "a round that does not exist",
            [.roundAdvanced(RoundAdvanced(from: "opening", to: "nergens", forced: false, reason: nil, unmet: []))],
            .noSuchRound(round: "nergens")
        ),
        (
            "a move that jumps past rounds that were never left",
            [.roundAdvanced(RoundAdvanced(from: "opening", to: "besluit", forced: false, reason: nil, unmet: []))],
            .roundSkipped(from: "opening", to: "besluit")
        ),
        (
            "a move from a round the meeting is not in",
            [.roundReturned(RoundReturned(from: "casus", to: "opening"))],
            .roundSkipped(from: "casus", to: "opening")
        ),
        (
            "anything after close",
            [
                .sessionClosed(SessionClosed(abandoned: true, reason: "x")),
                .contributionRecorded(
                    ContributionRecorded(round: "opening", kind: .note, participant: "Bram", text: "x")),
            ],
            .afterClose
        ),
        (
            "a score of 2^62",
            [.evaluationGiven(EvaluationGiven(round: "opening", participant: "Bram", score: 1 << 62, text: "x"))],
            .scoreOutOfRange(score: String(1 << 62))
        ),
        ("approval of an open session", [.minutesApproved(MinutesApproved())], .approvedWhileOpen),
    ]

    @Test(arguments: cases.indices)
    func anImpossibleRecordIsRefusedNamingItsLineAndWhy(_ index: Int) {
        let (name, events, reason) = Self.cases[index]
        let opened = try! SessionBuilder.opened().records.count
        #expect(Self.replay(events) == .impossible(seq: opened + events.count, reason: reason), "\(name)")
    }

    @Test func timeGoingBackIsRefused() {
        let last = try! SessionBuilder.opened().records.last?.at.seconds ?? 0
        let event = Event.contributionRecorded(
            ContributionRecorded(round: "opening", kind: .note, participant: "Bram", text: "x"))
        guard case .impossible(_, let reason)? = Self.replay([event], at: [last - 60]) else {
            Issue.record("replayed a journal whose time goes back")
            return
        }
        guard case .timeGoesBack = reason else {
            Issue.record("wrong reason \(reason)")
            return
        }
    }

    @Test func everyJournalBeraadWritesReplays() {
        #expect(Self.replay([]) == nil)
        var meeting = try! SessionBuilder.opened()
        meeting.goTo("besluit")
        #expect((try? SessionState(replaying: meeting.records)) != nil)
    }
}
