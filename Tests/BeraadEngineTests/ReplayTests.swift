import BeraadEngine
import Foundation
import Testing

@Suite struct ReplayTests {
    /// A whole meeting that produces every kind of event.
    static func fullMeeting() throws -> Meeting {
        var m = Meeting.opened()
        try m.run(Meeting.say("Mia", "vertrouwelijk", category: "vertrouwelijkheid"))
        try m.run(.redact(text: "Kuipers"))
        try m.run(.advance(force: false, reason: nil))
        try m.run(.recordCase(text: "Meneer Kuipers weigert zorg", by: nil))
        try m.run(Meeting.say("Bram", "Hoe oud is hij?"))
        try m.run(.advance(force: false, reason: nil))
        try m.run(Meeting.dilemma)
        try m.run(.advance(force: false, reason: nil))
        try m.run(.back)
        try m.run(.advance(force: false, reason: nil))
        try m.run(.say(name: "Carla", text: "autonomie", kind: .value, category: nil, about: "meneer", option: "B"))
        try m.run(.advance(force: true, reason: "geen norm genoemd"))
        try m.run(Meeting.position("Anna", "B"))
        try m.run(Meeting.position("Bram", "A"))
        try m.run(Meeting.position("Carla", "B"))
        try m.run(.leave(name: "Carla"))
        try m.run(.advance(force: false, reason: nil))
        try m.run(Meeting.position("Bram", "B"))
        try m.run(.decide(text: "We doen B", option: "B", rationale: "autonomie", support: .consensus, dissent: []))
        try m.run(.amend(entry: "e\(m.state.decisionEntry!.seq)", text: "We doen B, met een grens"))
        try m.run(.advance(force: false, reason: nil))
        try m.run(.agreeAction(text: "bellen", owner: "Anna", due: "2026-03-20"))
        try m.run(.raiseSignal(text: "meer zorgmijders", level: .policy, by: nil))
        try m.run(Meeting.say("Bram", "typo"))
        try m.run(.undo)
        try m.run(.advance(force: false, reason: nil))
        try m.run(.evaluate(name: "Anna", score: 5, text: "fijn"))
        try m.run(.retract(entry: "e\(m.state.lastSeq)", reason: "per ongeluk"))
        try m.run(.close(abandon: false, reason: nil))
        try m.run(.approve())
        return m
    }

    @Test func everyEventKindIsProducedAndReplaysToTheSameState() throws {
        let meeting = try Self.fullMeeting()
        let kinds = Set(meeting.records.map(\.event.typeName))
        let all: Set<String> = [
            "sessionOpened", "participantJoined", "participantLeft", "contributionRecorded", "dilemmaFramed",
            "positionTaken", "decisionRecorded", "actionAgreed", "signalRaised", "evaluationGiven", "roundAdvanced",
            "roundReturned", "entryAmended", "entryRetracted", "redactionAdded", "sessionClosed", "minutesApproved",
        ]
        #expect(kinds == all)
        #expect(try SessionState(replaying: meeting.records) == meeting.state)
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
        #expect(state.redactions == ["Kuipers"])
        #expect(state.entries.filter { $0.retraction?.undo == true }.map(\.text) == ["typo"])
    }

    @Test func anOldSessionReplaysUnderItsOwnProtocolAfterTheFileChanged() throws {
        let meeting = try Self.fullMeeting()
        // The opening event carries the protocol as it was: a later edit of the file cannot reach it.
        guard case .sessionOpened(var opened) = meeting.records[0].event else {
            Issue.record("the first record does not open the session")
            return
        }
        #expect(opened.protocolDefinition == Meeting.protocolNamed("moreel-beraad"))
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
        state.evolve(Record(seq: 999, at: at, event: .entryAmended(EntryAmended(entry: "e5000", text: "x"))))
        state.evolve(Record(seq: 1000, at: at, event: .participantLeft(ParticipantLeft(name: "Nobody"))))
        #expect(state.entries == before.entries && state.participants == before.participants)
    }
}
