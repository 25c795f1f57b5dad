import BeraadEngine
import BeraadTestSupport
@testable import BeraadStore
import Foundation
import Testing

/// A standing redaction: found in later text by its words and their forms, kept only as salted hashes.
@Suite struct StandingRedactionTests {
    static func list(_ texts: String..., salt: [UInt8] = Array(repeating: 7, count: 32)) -> StandingRedaction {
        var list = StandingRedaction(salt: salt)
        for text in texts { if let term = list.term(for: text) { list.insert(term) } }
        return list
    }

    @Test func aTermIsFoundInAnyCaseWithOrWithoutDiacriticsAndInTheFormsANameTakes() {
        let list = Self.list("Bakker", "mevrouw de Wit", "Zoë")
        let cases: [(String, String, Int)] = [
            ("Mevrouw Bakker belde", "Mevrouw […] belde", 1),
            ("BAKKER en bakker", "[…] en […]", 2),
            ("Bakkers dochter, Bakker's zoon", "[…] dochter, […] zoon", 2),
            ("Mevrouw de Wit kwam; de wit geschilderde muur", "[…] kwam; de wit geschilderde muur", 1),
            ("zoe en Zoë en Zoëtje", "[…] en […] en […]", 3),
            ("de bakkerij en Bakkersveld", "de bakkerij en Bakkersveld", 0),
            ("niets", "niets", 0),
        ]
        for (text, expected, count) in cases {
            let result = list.apply(text)
            #expect(result.text == expected, "\(text)")
            #expect(result.count == count, "\(text)")
        }
    }

    @Test func aLongerTermIsMatchedBeforeAShorterOne() {
        let list = Self.list("Jan", "Jan de Vries")
        #expect(list.apply("Jan de Vries en Jan").text == "[…] en […]")
        #expect(list.apply("Jan de Vries en Jan").count == 2)
    }

    @Test func theListHoldsNoPlainCopyAndAnotherSaltFindsNothing() throws {
        let list = Self.list("Bakker", "Kuipersstraat 12")
        #expect(!list.text.lowercased().contains("bakker") && !list.text.lowercased().contains("kuipers"))
        #expect(StandingRedaction.terms(in: list.text) == list.terms)
        let other = StandingRedaction(salt: Array(repeating: 8, count: 32), terms: list.terms)
        #expect(other.apply("mevrouw Bakker").count == 0)
        #expect(StandingRedaction.terms(in: "iets anders\n") == nil)
        #expect(StandingRedaction.terms(in: StandingRedaction.header + "\n1 xyz\n") == nil)
        #expect(list.term(for: " ,.; ") == nil)
    }

    @Test func everyTypedTextOfAnEventIsRedactedButNoNameIdOrLabel() {
        let list = Self.list("Bakker")
        let events: [Event] = [
            .contributionRecorded(
                ContributionRecorded(
                    round: "casus", kind: .case, participant: "Anna", text: "Bakker thuis", about: "dochter Bakker",
                    question: "Mag Bakker kiezen?")),
            .dilemmaFramed(
                DilemmaFramed(
                    round: "dilemma", question: "Bakker of niet?",
                    options: [DilemmaOption(label: "A", text: "Bakker bellen", harm: "Bakker boos")])),
            .participantJoined(ParticipantJoined(name: "Bakker", role: "deelnemer")),
        ]
        let (redacted, count) = list.apply(to: events)
        #expect(count == 6)
        guard case .contributionRecorded(let said) = redacted[0], case .dilemmaFramed(let dilemma) = redacted[1],
            case .participantJoined(let joined) = redacted[2]
        else {
            Issue.record("\(redacted)")
            return
        }
        #expect(said.text == "[…] thuis" && said.about == "dochter […]" && said.question == "Mag […] kiezen?")
        #expect(said.participant == "Anna" && said.round == "casus")
        #expect(dilemma.question == "[…] of niet?" && dilemma.options[0].text == "[…] bellen")
        #expect(dilemma.options[0].harm == "[…] boos" && dilemma.options[0].label == "A")
        #expect(joined.name == "Bakker", "a participant's name is forget's, not a redaction's")
    }

    @Test func theHomeKeepsASecretAndListsOnlyOfHashes() throws {
        let fixture = StoreFixture()
        let id = try fixture.add(try SessionBuilder.opened(id: "proef"))
        #expect(try fixture.store.standingRedaction(id).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.store.secretPath), "made only when needed")
        #expect(try fixture.store.addStanding("Mevrouw Bakker", to: id))
        #expect(try !fixture.store.addStanding("mevrouw  BAKKER", to: id), "the same term, folded")
        #expect(try fixture.store.addStanding("Jansen", to: nil))
        #expect(permissions(of: fixture.store.secretPath) == 0o600)
        #expect(permissions(of: fixture.store.standingDirectory) == 0o700)
        #expect(permissions(of: fixture.store.standingPath(id)) == 0o600)
        let secret = try String(contentsOfFile: fixture.store.secretPath, encoding: .utf8)
        #expect(secret.count == 65)
        for path in [fixture.store.standingPath(id), fixture.store.homeStandingPath] {
            let text = try String(contentsOfFile: path, encoding: .utf8).lowercased()
            #expect(!text.contains("bakker") && !text.contains("jansen"))
        }
        let standing = try fixture.store.standingRedaction(id)
        #expect(standing.terms.count == 2)
        #expect(standing.apply("mevrouw Bakker en Jansen").text == "[…] en […]")
        // A session without a list of its own has the home's.
        let other = try fixture.add(try SessionBuilder.opened(id: "ander"))
        #expect(
            try fixture.store.standingRedaction(other).apply("mevrouw Bakker en Jansen").text == "mevrouw Bakker en […]"
        )
        // Removing a session removes its list.
        try fixture.store.remove(id)
        #expect(!FileManager.default.fileExists(atPath: fixture.store.standingPath(id)))
    }

    @Test func aDamagedListOrSecretIsRefusedNotIgnored() throws {
        let fixture = StoreFixture()
        let id = try fixture.add(try SessionBuilder.opened(id: "proef"))
        try fixture.store.addStanding("Bakker", to: id)
        try Data("kapot\n".utf8).write(to: URL(fileURLWithPath: fixture.store.standingPath(id)))
        #expect(throws: StoreError.self) { try fixture.store.standingRedaction(id) }
        try fixture.store.addStanding("Bakker", to: nil)
        try Data("kort\n".utf8).write(to: URL(fileURLWithPath: fixture.store.secretPath))
        #expect(throws: StoreError.self) { try fixture.store.homeStandingRedaction() }
    }
}
