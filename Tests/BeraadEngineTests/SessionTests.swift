import BeraadEngine
import BeraadTestSupport
import Testing

@Suite struct SessionTests {
    static let at = Timestamp(seconds: 1_773_320_400, offsetSeconds: 3600)
    static let opening = Command.open(
        id: "s", title: "Test", protocolDefinition: SessionBuilder.protocolNamed("moreel-beraad"), facilitator: nil,
        lang: .nl)

    @Test func beforeOpeningOnlyOpeningIsAllowed() throws {
        #expect(throws: RuleViolation.notOpened) {
            try Session.unopened.decide(.join(name: "Anna", role: nil), at: Self.at)
        }
        let events = try Session.unopened.decide(Self.opening, at: Self.at)
        #expect(events.count == 1)
        guard case .sessionOpened(let opened)? = events.first else {
            Issue.record("opening gave \(events)")
            return
        }
        #expect(opened.id == "s" && opened.title == "Test" && opened.lang == .nl)
    }

    @Test func theOpeningRecordsPlaceDistributionAndTheNoteTaker() throws {
        let command = Command.open(
            id: "s", title: "Test", protocolDefinition: SessionBuilder.protocolNamed("cura"), facilitator: "Mia",
            lang: .nl,
            details: SessionDetails(
                place: " Wijkpost ", distribution: ["Team Noord", " ", "teamleider "], noteTaker: "Eva"))
        let events = try Session.unopened.decide(command, at: Self.at)
        guard case .sessionOpened(let opened)? = events.first else {
            Issue.record("opening gave \(events)")
            return
        }
        #expect(opened.place == "Wijkpost" && opened.distribution == ["Team Noord", "teamleider"])
        #expect(
            events.dropFirst().map(\.self) == [
                .participantJoined(ParticipantJoined(name: "Mia", role: "gespreksleider")),
                .participantJoined(ParticipantJoined(name: "Eva", role: "notulist")),
            ])
        var definition = SessionBuilder.protocolNamed("cura")
        definition.roles.removeAll(where: \.isNoteTaker)
        let withoutRole = Command.open(
            id: "s", title: "Test", protocolDefinition: definition, facilitator: nil, lang: .nl,
            details: SessionDetails(noteTaker: "Eva"))
        #expect(throws: RuleViolation.noNoteTakerRole) { try Session.unopened.decide(withoutRole, at: Self.at) }
    }

    @Test func everyBuiltInMethodHasANoteTakerWhoDoesNotCount() throws {
        for definition in try BuiltinProtocols.all() {
            let role = try #require(definition.noteTakerRole, "\(definition.id)")
            #expect(role.id == "notulist" && !role.contributes, "\(definition.id)")
        }
    }

    @Test func anOpenedSessionCarriesItsProtocolAndRefusesASecondOpening() throws {
        var session = Session.unopened
        for record in session.records(for: try session.decide(Self.opening, at: Self.at), at: Self.at) {
            session.evolve(record)
        }
        let state = try #require(session.state)
        #expect(state.protocolDefinition.id == "moreel-beraad" && state.currentRound?.id == "opening")
        #expect(state.openedAt == Self.at && state.lastSeq == 1)
        #expect(throws: RuleViolation.alreadyOpened) { try session.decide(Self.opening, at: Self.at) }
    }

    @Test func evolveBeforeOpeningIgnoresEverythingButTheOpening() {
        var session = Session.unopened
        session.evolve(Record(seq: 1, at: Self.at, event: .participantJoined(ParticipantJoined(name: "A", role: "x"))))
        #expect(session == .unopened)
    }

    @Test func replayRefusesAJournalThatDoesNotOpenTheSession() throws {
        let meeting = try SessionBuilder.opened()
        #expect(throws: ReplayError.empty) { try SessionState(replaying: []) }
        #expect(throws: ReplayError.firstRecordDoesNotOpen(seq: 2)) {
            try SessionState(replaying: Array(meeting.records.dropFirst()))
        }
        var twice = meeting.records
        twice.append(Record(seq: twice.count + 1, at: Self.at, event: meeting.records[0].event))
        #expect(throws: ReplayError.openedAgain(seq: twice.count)) { try SessionState(replaying: twice) }
        #expect(try Session(replaying: []) == .unopened)
        #expect(try Session(replaying: meeting.records) == .opened(meeting.state))
    }
}
