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
        s.run(Self.say("Sanne", "wij kennen de buurtvereniging", card: "kennis", kind: .fact, influence: .helps))
        s.run(Self.say("Bram", "er is geen budget voor tolken", card: "organisatie", influence: .hinders))
        s.run(Self.say("Sanne", "we mogen een tolk inzetten", answers: 2))
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
        _ name: String, _ text: String, card: String? = nil, kind: ContributionKind? = nil, serves: String? = nil,
        influence: Influence? = nil, answers: Int? = nil
    ) -> Command {
        .say(
            name: name, text: text, kind: kind, category: card, about: nil, option: nil, serves: serves,
            influence: influence, answers: answers)
    }

    @Test func theMinutesFollowTheCardSet() throws {
        let md = Self.family().document().markdown()
        let order = [
            "## Deelnemers", "## Fase 1 — Wat willen we bereiken?", "Moeder heeft een energieschuld",
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
        #expect(!md.contains("## Inbreng per ronde") && !md.contains("## Alternatieven") && !md.contains("## Casus"))
    }

    @Test func untouchedCardsSaySoAndTheCheckHoldsTheChoiceAgainstEveryGoal() {
        let md = Self.family().document().markdown()
        #expect(md.contains("### Sociale inclusie (Gebaseerd op gelijkwaardigheid)\n\n(niet besproken)"))
        #expect(md.contains("### De professional(s)\n\n(niet besproken)"))
        #expect(
            md.contains(
                "- schuldhulp met een professionele tolk (dient: Sociaal-economische zekerheid) **gekozen** — _Sanne_"
            ))
        #expect(
            md.contains(
                "| Sociaal-economische zekerheid | de schuld afbouwen zonder afsluiting | schuldhulp met een professionele tolk | ja |"
            ))
        #expect(md.contains("| Sociale empowerment | moeder beslist zelf, met een tolk | — | nee |"))
        #expect(md.contains("| Sociale inclusie | — | tolkvoorziening in de wijk | nee |"))
        #expect(md.contains("| Kinderen tolken vaak voor hun ouders | beleid | Bram | teamleider |"))
    }

    @Test func factorsSayWhetherTheyHelpOrHinderAndTheHulpvragenShowTheirAnswers() {
        let md = Self.family().document().markdown()
        #expect(md.contains("- **feit:** wij kennen de buurtvereniging [helpt] — _Sanne_"))
        #expect(md.contains("- er is geen budget voor tolken [belemmert] — _Bram_"))
        #expect(
            md.contains(
                "### Hulpvragen\n\n- **Welke expertise hebben we zelf/niet?** (niet beantwoord)\n- **Binnen welke kaders bewegen we/niet?** **overweging:** we mogen een tolk inzetten — _Sanne_"
            ))
    }

    @Test func aFactOnACardOfTheCasesRoundStandsOnTheCardNotWithTheCase() {
        var s = MeetingBuilder(protocolDefinition: try! BuiltinProtocols.named("afwegingskader")!)
        s.run(.join(name: "Bram", role: nil))
        s.run(.recordCase(text: "Moeder heeft een energieschuld.", by: nil))
        let first = s.state.protocolDefinition.rounds[0]
        s.run(Self.say("Bram", "de huur is al drie maanden achter", card: "inclusie", kind: .fact))
        let md = s.document().markdown()
        #expect(
            md.contains(
                "### Sociale inclusie (Gebaseerd op gelijkwaardigheid)\n\n- **feit:** de huur is al drie maanden achter"
            ))
        // Not among the case's clarifications as well (it was there, and the card said "niet besproken").
        #expect(
            !md.contains("Verhelderende vragen en feiten")
                && !md.contains("inclusie (Gebaseerd op gelijkwaardigheid)\n\n(niet besproken)"))
        #expect(s.state.entries(onCard: "sociale-inclusie", inRound: first.id).count == 1)
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

/// Every method's minutes are laid out by its protocol.
@Suite struct MethodLayoutTests {
    static func session(_ id: String, _ steps: [[Command]]) -> MeetingBuilder {
        var s = MeetingBuilder(protocolDefinition: try! BuiltinProtocols.named(id)!)
        s.run(.join(name: "Sanne", role: "inbrenger"))
        s.run(.join(name: "Bram", role: nil))
        for (index, commands) in steps.enumerated() {
            if index > 0 { s.next() }
            for command in commands { s.run(command) }
        }
        return s
    }

    static func say(_ name: String, _ text: String, _ kind: ContributionKind) -> Command {
        .say(name: name, text: text, kind: kind, category: nil, about: nil, option: nil)
    }

    static func assertOrder(_ md: String, _ parts: [String]) throws {
        var from = md.startIndex
        for part in parts {
            let found = try #require(md.range(of: part, range: from..<md.endIndex), "\(part) out of order")
            from = found.upperBound
        }
    }

    @Test func theDilemmaMethodReadsAsItsTenSteps() throws {
        let dilemma = Command.frameDilemma(
            question: "Melden of niet?",
            options: [LabeledText(label: "A", text: "melden"), LabeledText(label: "B", text: "wachten")],
            harms: [LabeledText(label: "A", text: "vertrouwen weg"), LabeledText(label: "B", text: "risico blijft")])
        let s = Self.session(
            "dilemmamethode",
            [
                [
                    .say(
                        name: "Mia", text: "wat hier gezegd wordt blijft hier", kind: .note, category: nil, about: nil,
                        option: nil)
                ],
                [.recordCase(text: "Milan zorgt voor zijn zusje", by: nil)], [dilemma],
                [Self.say("Bram", "hoe oud is Milan?", .question)],
                [Self.say("Bram", "de kinderen", .perspective), Self.say("Bram", "veiligheid", .value)],
                [Self.say("Sanne", "samen met moeder melden", .alternative)],
                [
                    .takePosition(
                        name: "Sanne", option: "C", because: "zo blijft moeder erbij", cannot: nil, mitigate: nil,
                        needs: nil),
                    .takePosition(
                        name: "Bram", option: "A", because: "veiligheid eerst", cannot: nil, mitigate: nil, needs: nil),
                ],
                [Self.say("Bram", "met C kan ik leven", .consideration)],
                [
                    .decide(
                        text: "Samen met moeder melden", option: "C", rationale: nil, support: .majority, dissent: []),
                    .agreeAction(text: "melding doen", owner: "Sanne", due: nil),
                ],
                [.evaluate(name: "Bram", score: 4, text: "helder")],
            ])
        let md = s.document().markdown()
        try Self.assertOrder(
            md,
            [
                "## Samenvatting", "Melden of niet?", "Samen met moeder melden", "## 1. Introductie",
                "wat hier gezegd wordt blijft hier", "## 2. Casus",
                "Milan zorgt voor zijn zusje",
                "## 3. Dilemma", "Melden of niet?", "## 4. Verhelderingsvragen", "hoe oud is Milan?",
                "## 5. Perspectieven, waarden en normen", "veiligheid", "## 6. Alternatieven",
                "samen met moeder melden",
                "## 7. Individuele afweging", "zo blijft moeder erbij", "## 8. Dialoog", "met C kan ik leven",
                "## 9. Conclusie en acties", "Samen met moeder melden", "melding doen", "## 10. Evaluatie",
                "helder",
                "## Verantwoording",
            ])
        #expect(!md.contains("## Inbreng per ronde"))
        // Each thing once: a position under the round it was taken in, the tally once after the last such round.
        #expect(md.components(separatedBy: "zo blijft moeder erbij").count == 2)
        #expect(md.components(separatedBy: "### Overeenkomsten en verschillen").count == 2)
        #expect(md.components(separatedBy: "hoe oud is Milan?").count == 2)
        // A round's contributions under a small heading of their kind, not a label before every line.
        #expect(md.contains("### Vragen\n\n- hoe oud is Milan? — _Bram_"), "\(md)")
        #expect(!md.contains("**vraag:**"))
    }

    @Test func aSocraticDialogueWithoutADecisionHasNoDecisionSections() {
        let s = Self.session(
            "socratisch-gesprek",
            [
                [Self.say("Bram", "wat is vertrouwen?", .question)],
                [.recordCase(text: "Toen ik de sleutel kreeg", by: nil)],
            ])
        let md = s.document().markdown()
        for heading in ["## Besluit", "## Standpunten", "## Overeenkomsten", "## Acties", "## Dilemma"] {
            #expect(!md.contains(heading), "\(heading)")
        }
        #expect(md.contains("Toen ik de sleutel kreeg"))
    }

    @Test func curaReadsAsItsFourStepsWithFirstReactionsAndItsOwnOutcome() throws {
        let s = Self.session(
            "cura",
            [
                [.recordCase(text: "Mevrouw weigert eten", by: nil, question: "Mag ik haar blijven aanbieden?")],
                [Self.say("Bram", "even niets beslissen", .consideration)],
                [
                    .say(
                        name: "Bram", text: "waardigheid", kind: .value, category: nil, about: "mevrouw",
                        option: nil)
                ],
                [
                    .decide(
                        text: "We bieden kleine porties aan", option: nil, rationale: nil, support: nil, dissent: []),
                    Self.say("Sanne", "een collega die meekijkt", .consideration),
                ],
            ])
        let md = s.document().markdown()
        try Self.assertOrder(
            md,
            [
                "## Samenvatting", "**Twijfel over goede zorg:** Mag ik haar blijven aanbieden?",
                "**Wat ik/wij gaan doen:** **We bieden kleine porties aan**", "## C — Concentreren",
                "Mevrouw weigert eten", "## U — Uitstellen", "### Eerste reacties", "even niets beslissen",
                "## R — Reflecteren", "waardigheid", "## A — Actie ondernemen", "### Wat ik nodig heb",
                "een collega die meekijkt", "### Wat ik/wij gaan doen", "We bieden kleine porties aan",
                "## Verantwoording",
            ])
        // The doubt is the case's, not a question to the group; no column that CURA leaves empty on every row.
        #expect(!md.contains("Vraag aan de groep") && !md.contains("Steunt optie") && !md.contains("overweging"))
        #expect(md.contains("| Betrokkene |"))
        #expect(!md.contains("## Inbreng per ronde") && !md.contains("## Besluit"))
        let english = s.document(.en).markdown()
        for part in ["## U — Unrush", "### First reactions", "**Doubt about good care:**", "### What I/we will do"] {
            #expect(english.contains(part), "\(part)")
        }
    }

    @Test func theNijmegenMethodKeepsItsDimensionsAndItsAppraisal() throws {
        var s = Self.session(
            "nijmeegse-methode",
            [
                [.recordCase(text: "Meneer wil stoppen met dialyse", by: nil)],
                [
                    .say(
                        name: "Bram", text: "nierfunctie 8%", kind: .fact, category: "medical", about: nil, option: nil),
                    .say(
                        name: "Sanne", text: "zoon is wettelijk vertegenwoordiger", kind: .fact, category: "legal",
                        about: nil, option: nil),
                ],
                [
                    .say(
                        name: "Bram", text: "hij is wilsbekwaam", kind: .value, category: "autonomy", about: nil,
                        option: nil)
                ],
                [
                    .decide(
                        text: "We respecteren zijn besluit", option: nil, rationale: nil, support: .consensus,
                        dissent: [])
                ],
            ])
        s.run(.close(abandon: false, reason: nil))
        let md = s.document(.en).markdown()
        try Self.assertOrder(
            md,
            [
                "## 1. Problem", "## 2. Facts", "### Medical", "nierfunctie 8%", "### Nursing and care",
                "not discussed", "### Legal", "zoon is wettelijk vertegenwoordiger", "## 3. Evaluation",
                "### The patient's autonomy", "hij is wilsbekwaam", "## 4. Decision-making", "### Recommendation",
                "We respecteren zijn besluit", "- **Agreed by:** consensus",
            ])
        #expect(md.contains("### The clinical team's responsibilities"))
    }

    @Test func aSocraticDialogueMarksItsStartingQuestionAndAnswersIt() throws {
        var s = Self.session(
            "socratisch-gesprek",
            [
                [
                    Self.say("Bram", "vertrouwen in de zorg", .note),
                    Self.say("Bram", "wat is vertrouwen?", .question),
                    Self.say("Sanne", "wanneer vertrouw je een collega?", .question),
                ],
                [
                    Self.say("Sanne", "de sleutel", .perspective), Self.say("Bram", "de nachtdienst", .perspective),
                    .recordCase(text: "Toen ik de sleutel kreeg", by: "Bram"),
                ],
                [Self.say("Sanne", "wie gaf hem?", .question)],
                [Self.say("Bram", "toen vertrouwde ik haar omdat", .consideration)],
                [Self.say("Bram", "omdat ze het vroeg", .consideration)],
                [Self.say("Sanne", "ik had het ook gedaan", .consideration)],
                [],
                [
                    Self.say("Sanne", "openheid", .value),
                    .decide(
                        text: "Vertrouwen is durven laten zien", option: nil, rationale: nil, support: .consensus,
                        dissent: []),
                ],
            ])
        s.run(.close(abandon: false, reason: nil))
        let md = s.document().markdown()
        try Self.assertOrder(
            md,
            [
                "**Startvraag:** wanneer vertrouw je een collega?", "## 1. Thema en startvraag", "### Thema",
                "vertrouwen in de zorg", "### Kandidaat-startvragen", "wat is vertrouwen?",
                "wanneer vertrouw je een collega? **gekozen**", "## 2. Gekozen voorbeeld", "Toen ik de sleutel kreeg",
                "### Ieders voorbeeld", "## 4. Kernuitspraak", "### Kernuitspraak van de voorbeeldgever",
                "## 8. Waarden en antwoord", "### Antwoord op de startvraag (voorlopig)",
                "Vertrouwen is durven laten zien",
            ])
        // An answer to a philosophical question is not voted on, and the theme is not the group's agreements.
        #expect(!md.contains("Genomen bij") && !md.contains("## Afspraken") && !md.contains("### Afspraken"))
        // The example-giver is the one whose example was chosen.
        #expect(md.contains("| Bram | Voorbeeldgever |"), "\(md)")
    }
}
