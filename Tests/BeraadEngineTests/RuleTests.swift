import BeraadEngine
import BeraadTestSupport
import Testing

/// One rule case: a session set up to a point, a command, and the whole result of `decide`: the events it
/// records, or the violation it meets.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var name: String
    var round: String
    /// Whether the dilemma is framed (in its own round) before going to `round`.
    var framed = false
    var setup: [Command] = []
    var command: Command
    /// The violation a refused command meets.
    var expected: RuleViolation?
    /// The events an accepted command records.
    var events: [Event]?

    var testDescription: String { name }

    func check() {
        var meeting = try! SessionBuilder.opened()
        if framed {
            meeting.goTo("dilemma")
            try! meeting.run(SessionBuilder.dilemma)
        }
        meeting.goTo(round)
        for command in setup {
            if let failure = meeting.violation(command) {
                Issue.record("setup of '\(name)' was refused: \(failure)")
                return
            }
        }
        let before = meeting.records.count
        let violation = meeting.violation(command)
        #expect(violation == expected, "\(name)")
        if expected != nil {
            #expect(events == nil, "a case expects a violation or events, not both")
            #expect(meeting.records.count == before, "a refused command records nothing")
        } else {
            #expect(meeting.records.dropFirst(before).map(\.event) == events, "\(name)")
        }
    }
}

@Suite struct RuleTests {
    /// The calendar day of a `YYYY-MM-DD` text written in a test.
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let kindRules: [RuleCase] = [
        RuleCase(
            name: "a value in the case round is refused, naming the round that takes values", round: "casus",
            command: SessionBuilder.say("Bram", "autonomie", kind: .value),
            expected: .kindNotAccepted(
                kind: .value, round: LocalizedText(nl: "Casus", en: "The case"),
                acceptedIn: [
                    LocalizedText(nl: "Botsende normen, waarden en rechten", en: "Clashing norms, values and rights")
                ])),
        RuleCase(
            name: "a note is accepted in every round", round: "dilemma",
            command: SessionBuilder.say("Bram", "even pauze", kind: .note),
            events: [
                .contributionRecorded(
                    ContributionRecorded(round: "dilemma", kind: .note, participant: "Bram", text: "even pauze"))
            ]),
        RuleCase(
            name: "say defaults to the round's first free kind", round: "casus",
            command: SessionBuilder.say("Bram", "Hoe oud is hij?"),
            events: [
                .contributionRecorded(
                    ContributionRecorded(round: "casus", kind: .question, participant: "Bram", text: "Hoe oud is hij?"))
            ]),
        RuleCase(
            name: "the case keeps the inbrenger's question to the group, trimmed", round: "casus",
            command: .recordCase(text: "Er was eens", by: nil, question: "  Mag ik de huisarts bellen? "),
            events: [
                .contributionRecorded(
                    ContributionRecorded(
                        round: "casus", kind: .case, participant: "Anna", text: "Er was eens",
                        question: "Mag ik de huisarts bellen?"))
            ]),
        RuleCase(
            name: "a blank question is no question", round: "casus",
            command: .recordCase(text: "Er was eens", by: nil, question: " \n"),
            events: [
                .contributionRecorded(
                    ContributionRecorded(round: "casus", kind: .case, participant: "Anna", text: "Er was eens"))
            ]),
        RuleCase(
            name: "say refuses a kind that has its own command", round: "perspectieven",
            command: SessionBuilder.say("Bram", "A", kind: .position), expected: .kindHasOwnCommand(kind: .position)),
        RuleCase(
            name: "a category must exist in the round", round: "opening",
            command: SessionBuilder.say("Mia", "vertrouwelijk", category: "geheim"),
            expected: .unknownCategory(category: "geheim", known: ["vertrouwelijkheid", "verslag"])),
        RuleCase(
            name: "a known category is accepted", round: "opening",
            command: SessionBuilder.say("Mia", "vertrouwelijk", category: "Vertrouwelijkheid"),
            events: [
                .contributionRecorded(
                    ContributionRecorded(
                        round: "opening", kind: .note, participant: "Mia", text: "vertrouwelijk",
                        category: "vertrouwelijkheid"))
            ]),
        RuleCase(
            name: "a decision outside the decision round is refused", round: "dilemma",
            command: .decide(text: "x", option: nil, rationale: nil, support: nil, dissent: []),
            expected: .kindNotAccepted(
                kind: .decision, round: LocalizedText(nl: "Dilemma", en: "The dilemma"),
                acceptedIn: [LocalizedText(nl: "Besluit", en: "Decision")])),
    ]

    @Test("contributions only in a round that accepts their kind", arguments: kindRules)
    func contributionKinds(_ rule: RuleCase) { rule.check() }

    @Test(arguments: ["cura", "nijmeegse-methode", "socratisch-gesprek", "utrechts-stappenplan", "dilemmamethode"])
    func aContributionNeverReplacesTheCaseOrTheDilemma(_ protocolID: String) throws {
        var meeting = try! SessionBuilder.opened(protocolID)
        let caseRound = try #require(meeting.state.protocolDefinition.rounds.first { $0.accepts(.case) })
        meeting.goTo(caseRound.id)
        try meeting.run(.recordCase(text: "Hij vertelde het gisteren", by: nil))
        try meeting.run(SessionBuilder.say("Bram", "Wanneer zei hij dat?"))
        #expect(meeting.state.caseEntry?.text == "Hij vertelde het gisteren")
        #expect(meeting.state.liveEntries.last?.kind != .case)
        #expect(
            meeting.violation(SessionBuilder.say("Bram", "nieuwe casus", kind: .case))
                == .kindHasOwnCommand(kind: .case))
        #expect(caseRound.defaultSayKind != .case && caseRound.defaultSayKind != .dilemma)
    }

    @Test func everyProtocolsDefaultKindAddsAndReplacesNothing() throws {
        for definition in try BuiltinProtocols.all() {
            for round in definition.rounds {
                #expect(!round.defaultSayKind.hasOwnCommand, "\(definition.id) \(round.id)")
            }
        }
    }

    static let advanceRules: [RuleCase] = [
        RuleCase(
            name: "next is refused without a case", round: "casus", command: .advance(force: false, reason: nil),
            expected: .requirementsUnmet(
                round: LocalizedText(nl: "Casus", en: "The case"), unmet: [UnmetRequirement(requirement: .caseRecorded)]
            )),
        RuleCase(
            name: "next lists exactly who has no position", round: "perspectieven", framed: true,
            setup: [SessionBuilder.position("Anna", "A")],
            command: .advance(force: false, reason: nil),
            expected: .requirementsUnmet(
                round: LocalizedText(nl: "Perspectieven", en: "Perspectives"),
                unmet: [
                    UnmetRequirement(
                        requirement: .each(kind: .position, scope: .session), participants: ["Bram", "Carla"])
                ])),
        RuleCase(
            name: "force without a reason is refused", round: "casus", command: .advance(force: true, reason: " "),
            expected: .forceNeedsReason),
        RuleCase(
            name: "force with a reason moves on", round: "casus", command: .advance(force: true, reason: "geen tijd"),
            events: [
                .roundAdvanced(
                    RoundAdvanced(
                        from: "casus", to: "dilemma", forced: true, reason: "geen tijd",
                        unmet: [UnmetRequirement(requirement: .caseRecorded)]))
            ]),
        RuleCase(
            name: "next from the last round is refused", round: "evaluatie",
            command: .advance(force: true, reason: "x"),
            expected: .lastRound),
        RuleCase(name: "back from the first round is refused", round: "opening", command: .back, expected: .firstRound),
        RuleCase(
            name: "the harm of each option is required", round: "dilemma",
            setup: [
                .frameDilemma(
                    question: "A of B?",
                    options: [LabeledText(label: "A", text: "x"), LabeledText(label: "B", text: "y")],
                    harms: [LabeledText(label: "A", text: "pijn")])
            ],
            command: .advance(force: false, reason: nil),
            expected: .requirementsUnmet(
                round: LocalizedText(nl: "Dilemma", en: "The dilemma"),
                unmet: [UnmetRequirement(requirement: .harmForEachOption, participants: ["B"])])),
    ]

    @Test("next only when the round's requirements are met, or forced with a reason", arguments: advanceRules)
    func advancing(_ rule: RuleCase) { rule.check() }

    static let positionRules: [RuleCase] = [
        RuleCase(
            name: "a position before the dilemma is framed is refused", round: "perspectieven",
            command: SessionBuilder.position("Anna", "A"), expected: .noDilemma),
        RuleCase(
            name: "a position for an option that does not exist is refused", round: "perspectieven", framed: true,
            command: SessionBuilder.position("Anna", "C"), expected: .unknownOption(label: "C", known: ["A", "B"])),
        RuleCase(
            name: "a position by someone who is not a participant is refused", round: "perspectieven", framed: true,
            command: SessionBuilder.position("Zoë", "A"),
            expected: .unknownParticipant(name: "Zoë", known: ["Mia", "Anna", "Bram", "Carla"])),
        RuleCase(
            name: "a position by someone who left is refused", round: "perspectieven", framed: true,
            setup: [.leave(name: "Carla")], command: SessionBuilder.position("Carla", "A"),
            expected: .participantAbsent(name: "Carla")),
        RuleCase(
            name: "a participant is found by a unique prefix", round: "perspectieven", framed: true,
            command: SessionBuilder.position("br", "A"),
            events: [
                .positionTaken(
                    PositionTaken(round: "perspectieven", participant: "Bram", option: "A", because: "omdat"))
            ]),
        RuleCase(
            name: "an ambiguous prefix is refused", round: "perspectieven", framed: true,
            setup: [.join(name: "Annelies", role: nil)], command: SessionBuilder.position("Ann", "A"),
            expected: .ambiguousParticipant(name: "Ann", candidates: ["Anna", "Annelies"])),
    ]

    @Test("positions only for present participants and existing options", arguments: positionRules)
    func positions(_ rule: RuleCase) { rule.check() }

    @Test func aLaterPositionIsKeptAsAChange() throws {
        var meeting = try! SessionBuilder.opened()
        meeting.goTo("dilemma")
        try meeting.run(SessionBuilder.dilemma)
        meeting.goTo("perspectieven")
        try meeting.run(SessionBuilder.position("Bram", "A"))
        try meeting.run(SessionBuilder.position("Bram", "B"))
        let positions = meeting.state.positions(of: "Bram")
        #expect(positions.count == 2)
        guard case .position(let first, _, _, _) = positions[0].details,
            case .position(let last, _, _, _) = positions[1].details
        else { Issue.record("not positions"); return }
        #expect(first == "A" && last == "B")
    }

    static let closeRules: [RuleCase] = [
        RuleCase(
            name: "close before a decision is refused", round: "besluit", command: .close(abandon: false, reason: nil),
            expected: .noDecision),
        RuleCase(
            name: "abandon without a reason is refused", round: "casus", command: .close(abandon: true, reason: nil),
            expected: .abandonNeedsReason),
        RuleCase(
            name: "abandon with a reason closes", round: "casus", command: .close(abandon: true, reason: "ziekte"),
            events: [.sessionClosed(SessionClosed(abandoned: true, reason: "ziekte"))]),
        RuleCase(
            name: "close after the decision is accepted", round: "besluit",
            setup: [.decide(text: "we doen B", option: nil, rationale: nil, support: .consensus, dissent: [])],
            command: .close(abandon: false, reason: nil), events: [.sessionClosed(SessionClosed())]),
        RuleCase(
            name: "nothing new after close", round: "besluit",
            setup: [
                .decide(text: "we doen B", option: nil, rationale: nil, support: nil, dissent: []),
                .close(abandon: false, reason: nil),
            ],
            command: SessionBuilder.say("Bram", "nog iets"), expected: .sessionEnded),
        RuleCase(
            name: "joining after close is refused", round: "casus",
            setup: [.close(abandon: true, reason: "x")], command: .join(name: "Dirk", role: nil),
            expected: .sessionEnded),
        RuleCase(
            name: "a decision keeps its review date", round: "besluit",
            command: .decide(
                text: "B", option: nil, rationale: nil, support: nil, dissent: [], review: Self.day("2026-06-11")),
            events: [.decisionRecorded(DecisionRecorded(round: "besluit", text: "B", review: Self.day("2026-06-11")))]),
        RuleCase(
            name: "approve before close is refused", round: "casus", command: .approve(), expected: .notEnded),
    ]

    @Test("close only after a decision or abandoned with a reason; nothing after close", arguments: closeRules)
    func closing(_ rule: RuleCase) { rule.check() }

    static let correctionRules: [RuleCase] = [
        RuleCase(
            name: "amend an unknown entry is refused", round: "casus", command: .amend(entry: "e99", text: "x"),
            expected: .unknownEntry(id: "e99")),
        RuleCase(
            name: "amend an existing entry is accepted", round: "casus", setup: [.recordCase(text: "casus", by: nil)],
            command: .amend(entry: "e7", text: "betere casus"),
            events: [.entryAmended(EntryAmended(entry: EntryID(seq: 7), text: "betere casus"))]),
        RuleCase(
            name: "retract twice is refused", round: "casus",
            setup: [.recordCase(text: "casus", by: nil), .retract(entry: "e7", reason: nil)],
            command: .retract(entry: "7", reason: nil), expected: .alreadyRetracted(id: EntryID(seq: 7))),
        RuleCase(
            name: "amend a retracted entry is refused", round: "casus",
            setup: [.recordCase(text: "casus", by: nil), .retract(entry: "e7", reason: nil)],
            command: .amend(entry: "e7", text: "x"), expected: .alreadyRetracted(id: EntryID(seq: 7))),
        RuleCase(
            name: "undo with nothing recorded is refused", round: "opening", setup: [.undo, .undo, .undo],
            command: .undo, expected: .nothingToUndo),
        RuleCase(
            name: "corrections after close are accepted until approval", round: "besluit",
            setup: [
                .decide(text: "B", option: nil, rationale: nil, support: nil, dissent: []),
                .close(abandon: false, reason: nil),
            ],
            command: .undo, events: [.entryRetracted(EntryRetracted(entry: EntryID(seq: 11), undo: true))]),
        RuleCase(
            name: "after approval corrections are refused", round: "besluit",
            setup: [
                .decide(text: "B", option: nil, rationale: nil, support: nil, dissent: []),
                .close(abandon: false, reason: nil), .approve(),
            ],
            command: .undo, expected: .sessionApproved),
        RuleCase(
            name: "approval records who approved", round: "besluit",
            setup: [
                .decide(text: "B", option: nil, rationale: nil, support: nil, dissent: []),
                .close(abandon: false, reason: nil),
            ],
            command: .approve(by: " Teamoverleg Noord "),
            events: [.minutesApproved(MinutesApproved(by: "Teamoverleg Noord"))]),
        RuleCase(
            name: "approving twice is refused", round: "besluit",
            setup: [
                .decide(text: "B", option: nil, rationale: nil, support: nil, dissent: []),
                .close(abandon: false, reason: nil), .approve(),
            ],
            command: .approve(), expected: .alreadyApproved),
    ]

    @Test("amend, retract and undo only on existing, standing entries", arguments: correctionRules)
    func corrections(_ rule: RuleCase) { rule.check() }

    static let participantRules: [RuleCase] = [
        RuleCase(
            name: "someone invited is recorded as absent, whatever the role's limit", round: "opening",
            command: .join(name: "Dirk", role: "inbrenger", absent: true),
            events: [.participantJoined(ParticipantJoined(name: "Dirk", role: "inbrenger", absent: true))]),
        RuleCase(
            name: "someone absent cannot contribute", round: "casus",
            setup: [.join(name: "Dirk", role: nil, absent: true)],
            command: SessionBuilder.say("Dirk", "ik ben er niet"), expected: .participantAbsent(name: "Dirk")),
        RuleCase(
            name: "inviting someone on the list again is refused", round: "opening",
            setup: [.join(name: "Dirk", role: nil, absent: true)],
            command: .join(name: "dirk", role: nil, absent: true),
            expected: .participantAlreadyKnown(name: "Dirk")),
        RuleCase(
            name: "inviting someone present is refused", round: "opening",
            command: .join(name: "Bram", role: nil, absent: true), expected: .participantAlreadyPresent(name: "Bram")),
        RuleCase(
            name: "someone invited who comes after all joins", round: "casus",
            setup: [.join(name: "Dirk", role: nil, absent: true)], command: .join(name: "Dirk", role: nil),
            events: [.participantJoined(ParticipantJoined(name: "Dirk", role: "deelnemer"))]),
        RuleCase(
            name: "joining twice is refused", round: "opening", command: .join(name: "bram", role: nil),
            expected: .participantAlreadyPresent(name: "Bram")),
        RuleCase(
            name: "a second inbrenger is refused", round: "opening", command: .join(name: "Dirk", role: "inbrenger"),
            expected: .roleFull(role: LocalizedText(nl: "inbrenger", en: "presenter"), holders: ["Anna"])),
        RuleCase(
            name: "an unknown role is refused", round: "opening", command: .join(name: "Dirk", role: "koning"),
            expected: .unknownRole(
                role: "koning",
                known: [
                    LocalizedText(nl: "gespreksleider", en: "chair"), LocalizedText(nl: "inbrenger", en: "presenter"),
                    LocalizedText(nl: "deelnemer", en: "participant"),
                    LocalizedText(nl: "notulist", en: "minute-taker"),
                ])),
        RuleCase(
            name: "a name with a colon is refused", round: "opening", command: .join(name: "A: B", role: nil),
            expected: .invalidName(name: "A: B")),
        RuleCase(
            name: "a name with a control character is refused", round: "opening",
            command: .join(name: "A\u{1B}[2J", role: nil), expected: .invalidName(name: "A\u{1B}[2J")),
        RuleCase(
            name: "leaving twice is refused", round: "opening", setup: [.leave(name: "Carla")],
            command: .leave(name: "Carla"), expected: .participantAbsent(name: "Carla")),
        RuleCase(
            name: "coming back after leaving is accepted", round: "opening", setup: [.leave(name: "Carla")],
            command: .join(name: "Carla", role: nil),
            events: [.participantJoined(ParticipantJoined(name: "Carla", role: "deelnemer"))]),
        RuleCase(
            name: "an action's owner may be someone outside the meeting, named as given", round: "afspraken-signalen",
            command: .agreeAction(text: "bellen", owner: " Marjan (aandachtsfunctionaris) ", due: nil),
            events: [
                .actionAgreed(
                    ActionAgreed(round: "afspraken-signalen", text: "bellen", owner: "Marjan (aandachtsfunctionaris)"))
            ]),
        RuleCase(
            name: "an action's owner is found among the participants by a unique prefix", round: "afspraken-signalen",
            command: .agreeAction(text: "bellen", owner: "car", due: nil),
            events: [.actionAgreed(ActionAgreed(round: "afspraken-signalen", text: "bellen", owner: "Carla"))]),
        RuleCase(
            name: "a signal without --by is the group's, and says where it goes",
            round: "afspraken-signalen",
            command: .raiseSignal(text: "meer zorgmijders", level: .policy, by: nil, to: "teamleider"),
            events: [
                .signalRaised(
                    SignalRaised(
                        round: "afspraken-signalen", text: "meer zorgmijders", level: .policy, participant: nil,
                        to: "teamleider"))
            ]),
        RuleCase(
            name: "an evaluation score must be 1 to 5", round: "evaluatie",
            command: .evaluate(name: "Bram", score: 6, text: "goed"), expected: .scoreOutOfRange(score: 6)),
        RuleCase(
            name: "empty text is refused", round: "casus", command: .recordCase(text: "  \n", by: nil),
            expected: .emptyText),
    ]

    @Test("participants, roles and texts are checked", arguments: participantRules)
    func participants(_ rule: RuleCase) { rule.check() }

    static let dilemmaRules: [RuleCase] = [
        RuleCase(
            name: "a dilemma needs two options", round: "dilemma",
            command: .frameDilemma(question: "A?", options: [LabeledText(label: "A", text: "x")], harms: []),
            expected: .tooFewOptions),
        RuleCase(
            name: "options are labelled A, B, C in order", round: "dilemma",
            command: .frameDilemma(
                question: "?", options: [LabeledText(label: "A", text: "x"), LabeledText(label: "C", text: "y")],
                harms: []),
            expected: .badOptionLabels(expected: ["A", "B"])),
        RuleCase(
            name: "a harm for an option that is not there is refused", round: "dilemma",
            command: .frameDilemma(
                question: "?", options: [LabeledText(label: "A", text: "x"), LabeledText(label: "B", text: "y")],
                harms: [LabeledText(label: "C", text: "z")]),
            expected: .harmForUnknownOption(label: "C")),
        RuleCase(
            name: "a harm alone corrects the standing dilemma, from any round", round: "perspectieven",
            framed: true,
            command: .frameDilemma(question: nil, options: [], harms: [LabeledText(label: "B", text: "eenzaamheid")]),
            events: [
                .dilemmaFramed(
                    DilemmaFramed(
                        round: "dilemma", question: "A of B?",
                        options: [
                            DilemmaOption(label: "A", text: "dit", harm: "pijn"),
                            DilemmaOption(label: "B", text: "dat", harm: "eenzaamheid"),
                        ]))
            ]),
        RuleCase(
            name: "a question alone rephrases the standing dilemma", round: "dilemma", framed: true,
            command: .frameDilemma(question: "Dit of dat?", options: [], harms: []),
            events: [
                .dilemmaFramed(
                    DilemmaFramed(
                        round: "dilemma", question: "Dit of dat?",
                        options: [
                            DilemmaOption(label: "A", text: "dit", harm: "pijn"),
                            DilemmaOption(label: "B", text: "dat", harm: "verdriet"),
                        ]))
            ]),
        RuleCase(
            name: "without a standing dilemma a harm alone frames nothing", round: "dilemma",
            command: .frameDilemma(question: nil, options: [], harms: [LabeledText(label: "B", text: "x")]),
            expected: .emptyText),
    ]

    @Test func alternativesBecomeTheNextOptionsThatPositionsAndTheDecisionChoose() throws {
        var meeting = try! SessionBuilder.opened("dilemmamethode")
        let dilemmaRound = try #require(meeting.state.protocolDefinition.rounds.first { $0.accepts(.dilemma) })
        meeting.goTo(dilemmaRound.id)
        try meeting.run(SessionBuilder.dilemma)
        let alternativeRound = try #require(
            meeting.state.protocolDefinition.rounds.first { $0.accepts(.alternative) })
        meeting.goTo(alternativeRound.id)
        try meeting.run(SessionBuilder.say("Bram", "een derde weg", kind: .alternative))
        try meeting.run(SessionBuilder.say("Carla", "nog een weg", kind: .alternative))
        #expect(meeting.state.dilemmaOptions.map(\.label) == ["A", "B", "C", "D"])
        #expect(meeting.state.dilemmaOptions[2].text == "een derde weg" && meeting.state.dilemmaOptions[2].harm == nil)
        let positionRound = try #require(meeting.state.protocolDefinition.rounds.first { $0.accepts(.position) })
        meeting.goTo(positionRound.id)
        #expect(meeting.violation(SessionBuilder.position("Anna", "C")) == nil)
        #expect(
            meeting.violation(SessionBuilder.position("Bram", "E"))
                == .unknownOption(label: "E", known: ["A", "B", "C", "D"]))
    }

    @Test("a dilemma has two or more labelled options", arguments: dilemmaRules)
    func dilemmas(_ rule: RuleCase) { rule.check() }

    @Test func timesMayNotGoBackwards() throws {
        let meeting = try SessionBuilder.opened()
        let earlier = Timestamp(seconds: meeting.clock - 3600, offsetSeconds: 3600)
        #expect(throws: RuleViolation.self) { try meeting.state.decide(.join(name: "Dirk", role: nil), at: earlier) }
    }

    @Test func everyViolationHasAMessageInBothLanguages() {
        let samples: [RuleViolation] = [
            .notOpened, .sessionEnded, .noDilemma, .lastRound, .firstRound, .noDecision, .nothingToUndo, .notEnded,
            .requirementsUnmet(
                round: LocalizedText(nl: "Perspectieven", en: "Perspectives"),
                unmet: [
                    UnmetRequirement(
                        requirement: .each(kind: .position, scope: .session), participants: ["Bram", "Fatima"])
                ]),
        ]
        for violation in samples {
            #expect(!violation.message(.nl).isEmpty && !violation.message(.en).isEmpty)
            #expect(violation.message(.nl) != violation.message(.en))
        }
        let unmet = samples.last!
        #expect(unmet.message(.nl).contains("nog geen standpunt van: Bram, Fatima"))
        #expect(unmet.message(.en).contains("no position yet from: Bram, Fatima"))
    }
}
