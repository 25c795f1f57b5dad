import BeraadEngine
import Foundation
import Testing

@testable import BeraadMinutes

/// The afwegingskader's minutes as the card set means them: fase 1 → fase 2 → moreel dilemma → fase 3 by level →
/// the check against fase 1 → signaleren.
@Suite struct CardSetMinutesTests {
    /// A social worker's family case: energy debt, a 14-year-old son interpreting for his mother.
    static func family() -> MeetingBuilder {
        var s = MeetingBuilder(protocolDefinition: try! BuiltinProtocols.named("afwegingskader")!)
        s.run(.join(name: "Sanne", role: "inbrenger"))
        s.run(.join(name: "Bram", role: nil))
        s.run(.recordCase(text: "Moeder heeft een energieschuld; haar zoon (14) tolkt bij elk gesprek.", by: nil))
        s.run(Self.say("Sanne", "de schuld afbouwen zonder afsluiting", card: "zekerheid"))
        s.run(Self.say("Bram", "moeder beslist zelf, met een tolk", card: "empowerment"))
        s.next()
        s.run(Self.say("Sanne", "wij kennen de buurtvereniging", card: "kennis", kind: .fact))
        s.next()
        s.run(
            .frameDilemma(
                question: "Laten we de zoon tolken of niet?",
                options: [LabeledText(label: "A", text: "de zoon tolkt"), LabeledText(label: "B", text: "een tolk")],
                harms: [
                    LabeledText(label: "A", text: "hij mist school"),
                    LabeledText(label: "B", text: "moeder sluit zich af"),
                ]))
        s.run(Self.say("Bram", "het recht van een kind om kind te zijn", kind: .right))
        s.next()
        s.run(
            Self.say(
                "Sanne", "schuldhulp met een professionele tolk", card: "individu", kind: .alternative,
                serves: "zekerheid"))
        s.run(
            Self.say("Bram", "tolkvoorziening in de wijk", card: "organisatie", kind: .alternative, serves: "inclusie"))
        s.run(
            .decide(
                text: "We starten met schuldhulp met een tolk", option: "C", rationale: nil, support: nil, dissent: []))
        s.next()
        s.run(.raiseSignal(text: "Kinderen tolken vaak voor hun ouders", level: .policy, by: "Bram", to: "teamleider"))
        s.run(.close(abandon: false, reason: nil))
        return s
    }

    static func say(
        _ name: String, _ text: String, card: String? = nil, kind: ContributionKind? = nil, serves: String? = nil
    ) -> Command {
        .say(name: name, text: text, kind: kind, category: card, about: nil, option: nil, serves: serves)
    }

    @Test func theMinutesFollowTheCardSet() throws {
        let md = Self.family().document().markdown()
        let order = [
            "## Casus", "## Fase 1 — Wat willen we bereiken?",
            "### Sociaal-economische zekerheid (Gebaseerd op sociale rechtvaardigheid)",
            "### Sociale inclusie (Gebaseerd op gelijkwaardigheid)", "## Fase 2 — Factoren", "## Moreel dilemma",
            "Laten we de zoon tolken of niet?", "## Fase 3 — Interventies",
            "### Niveau van de individuele inwoner, huishouden of gezin", "### Niveau van organisatie, beleid",
            "### Besluit", "### Bereiken we met de gekozen interventie wat we wilden bereiken?", "## Signaleren",
            "## Verantwoording",
        ]
        var from = md.startIndex
        for part in order {
            let found = try #require(md.range(of: part, range: from..<md.endIndex), "\(part) out of order")
            from = found.upperBound
        }
        #expect(!md.contains("## Inbreng per ronde") && !md.contains("## Alternatieven"))
    }

    @Test func untouchedCardsSaySoAndTheCheckHoldsTheChoiceAgainstEveryGoal() {
        let md = Self.family().document().markdown()
        #expect(md.contains("### Sociale inclusie (Gebaseerd op gelijkwaardigheid)\n\n(niet besproken)"))
        #expect(md.contains("### De professional(s)\n\n(niet besproken)"))
        #expect(
            md.contains(
                "- **alternatief:** schuldhulp met een professionele tolk (dient: Sociaal-economische zekerheid) **gekozen** — _Sanne_"
            ))
        #expect(
            md.contains(
                "| Sociaal-economische zekerheid | de schuld afbouwen zonder afsluiting | schuldhulp met een professionele tolk | ja |"
            ))
        #expect(md.contains("| Sociale empowerment | moeder beslist zelf, met een tolk | — | nee |"))
        #expect(md.contains("| Sociale inclusie | — | tolkvoorziening in de wijk | nee |"))
        #expect(md.contains("| Kinderen tolken vaak voor hun ouders | beleid | Bram | teamleider |"))
    }

    @Test func everyStandingEntryAppearsOnce() {
        let builder = Self.family()
        let md = builder.document().markdown()
        for entry in builder.state.liveEntries where entry.kind != .dilemma {
            #expect(md.components(separatedBy: entry.text).count - 1 >= 1, "\(entry.text) is missing")
        }
        #expect(md.components(separatedBy: "wij kennen de buurtvereniging").count == 2)
    }

    @Test(arguments: [Language.nl, Language.en])
    func theFamilyRendersAsItsGoldenFiles(_ lang: Language) throws {
        let doc = Self.family().document(lang)
        try RendererTests.golden("afwegingskader.\(lang.rawValue).md", doc.markdown())
        try RendererTests.golden("afwegingskader.\(lang.rawValue).html", doc.html())
    }
}
