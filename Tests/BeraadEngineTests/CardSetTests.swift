import BeraadEngine
import BeraadTestSupport
import Foundation
import Testing

/// The afwegingskader protocol carries the whole card set (Fixtures/afwegingskader-kaartenset.txt, the original
/// text), word for word in Dutch.
@Suite struct CardSetTests {
    static let cardText = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/afwegingskader-kaartenset.txt")

    /// Labels printed on the cards that the protocol gives by its structure, not as text: "Denk aan:" heads the
    /// hints of every card and of `beraad status`; "interventiesinterventies" is the label "interventies" printed
    /// twice across a fold.
    static let structural: Set<String> = ["denk aan:", "interventiesinterventies", "hulpvragen"]

    /// Lower case, dots and ellipses removed (the cards break sentences with "…" and ".."), spaces folded.
    static func normalize(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "…", with: " ").replacingOccurrences(of: ".", with: " ")
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Every Dutch text of the protocol, in one string.
    static func dutchText(_ definition: ProtocolDefinition) -> String {
        var texts = [definition.title.nl, definition.summary.nl]
        for round in definition.rounds {
            texts +=
                [round.title.nl, round.purpose.nl] + round.prompts.map(\.nl) + round.hints.map(\.nl)
                + round.questions.map(\.nl)
            for category in round.categories {
                texts += [category.title.nl] + category.prompts.map(\.nl) + category.hints.map(\.nl)
                texts += category.basis.map { ["Gebaseerd op " + $0.nl] } ?? []
            }
        }
        return normalize(texts.joined(separator: " | "))
    }

    @Test func everyLineOfTheCardSetIsInTheProtocol() throws {
        let definition = try #require(try BuiltinProtocols.named("afwegingskader"))
        let protocolText = Self.dutchText(definition)
        let lines = try String(contentsOf: Self.cardText, encoding: .utf8).split(whereSeparator: \.isNewline)
        var checked = 0
        for line in lines {
            let wanted = Self.normalize(String(line))
            guard !wanted.isEmpty, !Self.structural.contains(wanted) else { continue }
            checked += 1
            #expect(protocolText.contains(wanted), "card line missing: \(line)")
        }
        #expect(checked > 80)
    }

    @Test func theValueBasesAreTheCardsBasisAndTheHulpvragenAreQuestionsNotHints() throws {
        let definition = try #require(try BuiltinProtocols.named("afwegingskader"))
        #expect(
            definition.rounds[0].categories.map { $0.basis?.nl } == [
                "sociale rechtvaardigheid", "menselijke waardigheid", "gelijkwaardigheid",
            ])
        #expect(definition.rounds.map(\.questions.count) == [0, 3, 3, 4, 2])
        for round in definition.rounds {
            for text in round.hints + round.categories.flatMap(\.hints) {
                #expect(text.nl != "…" && !text.nl.hasPrefix("Gebaseerd op") && !text.nl.hasPrefix("Hulpvragen"))
            }
        }
        #expect(definition.rounds[0].accepts(.case), "the practice situation has a place")
    }

    @Test func everyCardTextHasAnEnglishTranslation() throws {
        let definition = try #require(try BuiltinProtocols.named("afwegingskader"))
        for round in definition.rounds {
            for category in round.categories {
                for text in category.prompts + category.hints {
                    #expect(
                        !text.en.isEmpty
                            && (text.en != text.nl || text.nl == "…" || text.nl == "Expertise" || text.nl == "Budget"))
                }
            }
        }
        #expect(
            definition.rounds.map(\.id) == [
                "fase-1-sociale-kwaliteit", "fase-2-factoren", "moreel-dilemma", "fase-3-interventies", "signaleren",
            ])
        #expect(definition.rounds[0].categories.count == 3 && definition.rounds[1].categories.count == 5)
        #expect(definition.rounds[3].categories.count == 3)
    }
}

/// How the afwegingskader's cards are named on the command line.
@Suite struct CategoryNameTests {
    static func meetingInFase1() -> SessionBuilder {
        var meeting = try! SessionBuilder.opened("afwegingskader")
        meeting.goTo("fase-1-sociale-kwaliteit")
        return meeting
    }

    @Test(arguments: [
        ("sociale-empowerment", "sociale-empowerment"), ("empowerment", "sociale-empowerment"),
        ("Sociale inclusie", "sociale-inclusie"), ("Social inclusion", "sociale-inclusie"),
        ("inclu", "sociale-inclusie"), ("zekerheid", "sociaal-economische-zekerheid"),
        ("SOCIO-ECONOMIC", "sociaal-economische-zekerheid"), ("economische", "sociaal-economische-zekerheid"),
    ])
    func aCardIsNamedByIdTitleOrTheStartOfAWord(_ typed: String, _ id: String) throws {
        var meeting = Self.meetingInFase1()
        let records = try meeting.run(SessionBuilder.say("Bram", "iets", category: typed))
        guard case .contributionRecorded(let recorded)? = records.first?.event else {
            Issue.record("recorded \(records)")
            return
        }
        #expect(recorded.category == id)
    }

    @Test func aNameThatStartsSeveralCardsIsAmbiguousAndSaysWhich() {
        var meeting = Self.meetingInFase1()
        let violation = meeting.violation(SessionBuilder.say("Bram", "iets", category: "sociaal"))
        #expect(
            violation
                == .ambiguousCategory(
                    category: "sociaal",
                    candidates: ["sociaal-economische-zekerheid", "sociale-empowerment", "sociale-inclusie"]))
        #expect(violation?.category == .usage)
    }

    @Test func aCardOfAnotherRoundIsRefusedNamingTheRoundThatTakesIt() throws {
        var meeting = Self.meetingInFase1()
        let refused = meeting.violation(SessionBuilder.say("Bram", "iets", category: "kennis"))
        let violation = try #require(refused)
        guard case .categoryNotInRound(let category, _, let takenIn) = violation else {
            Issue.record("got \(violation)")
            return
        }
        #expect(category == "kennis" && takenIn.map(\.nl) == ["Fase 2 — Factoren"])
        #expect(violation.category == .rule)
        #expect(violation.message(.nl).contains("hoort bij 'Fase 2 — Factoren'"))
        #expect(
            meeting.violation(SessionBuilder.say("Bram", "iets", category: "zzz"))
                == .unknownCategory(
                    category: "zzz",
                    known: ["sociaal-economische-zekerheid", "sociale-empowerment", "sociale-inclusie"]))
    }
}
