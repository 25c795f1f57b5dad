import BeraadEngine
import Foundation
import Testing

/// Every shipped method, driven through every round by its own requirements, ends in minutes.
@Suite struct ShippedProtocolTests {
    static let ids = [
        "afwegingskader", "cura", "dilemmamethode", "moreel-beraad", "nijmeegse-methode", "socratisch-gesprek",
        "utrechts-stappenplan", "vervolg",
    ]

    @Test func theListNamesEveryShippedProtocol() throws {
        #expect(try BuiltinProtocols.all().map(\.id) == Self.ids)
        let listing = try Harness().ok("protocols")
        for id in Self.ids { #expect(listing.contains(id + " ") || listing.contains(id + " (")) }
    }

    @Test(arguments: ids)
    func everyShippedProtocolRunsFromFirstRoundToMinutes(_ id: String) throws {
        let definition = try #require(try BuiltinProtocols.named(id))
        let h = Harness()
        try h.ok("new", "Proef \(id)", "--protocol", id, "--facilitator", "Gert")
        let presenter = try #require(definition.presenterRole)
        try h.ok("join", "Ilse", "--role", presenter.id)
        try h.ok("join", "Jan")
        try h.ok("join", "Kees")
        let people = ["Ilse", "Jan", "Kees"]
        for (index, round) in definition.rounds.enumerated() {
            h.advance(minutes: 3)
            for requirement in round.requirements {
                switch requirement {
                case .caseRecorded:
                    try h.ok("case", "Een situatie uit de praktijk")
                case .dilemmaFramed, .harmForEachOption:
                    if try !h.ok("log").contains("dilemma:") {
                        try h.ok(
                            "dilemma", "A of B?", "--option", "A: dit", "--option", "B: dat", "--harm", "A: x",
                            "--harm", "B: y")
                    }
                case .decisionRecorded:
                    try h.ok("decide", "We kiezen zo")
                case .count(let kind, let min, _):
                    for n in 0..<min { record(kind, by: people[n % people.count], h) }
                case .each(let kind, _):
                    for person in people { record(kind, by: person, h) }
                case .fromPresenter(let kind):
                    record(kind, by: "Ilse", h)
                case .eachOther(let kind):
                    for person in people.dropFirst() { record(kind, by: person, h) }
                }
            }
            let status = try h.ok("status")
            #expect(status.contains("Round \(index + 1)/\(definition.rounds.count)"), "\(id): \(status)")
            if index + 1 < definition.rounds.count {
                let next = h.run("next")
                #expect(next.code == 0, "\(id) round \(round.id): \(next.stderr)")
            }
        }
        // A method that needs a decision must ask for one in some round.
        if definition.requiresDecision {
            #expect(try h.ok("log").contains("decision:"), "\(id) never asked for a decision")
        }
        let close = h.run("close")
        #expect(close.code == 0, "\(id): \(close.stderr)")
        for format in ["markdown", "html", "json"] {
            let minutes = h.run("minutes", "--format", format)
            #expect(minutes.code == 0 && minutes.stdout.contains(definition.title.en))
        }
        // Each language's minutes hold no heading or label of the other's.
        let dutch = try h.ok("minutes", "--lang", "nl")
        let english = try h.ok("minutes", "--lang", "en")
        func labels(_ markdown: String) -> Set<String> {
            Set(
                markdown.split(separator: "\n").compactMap { line -> String? in
                    if line.hasPrefix("#") { return String(line.drop { $0 == "#" || $0 == " " }) }
                    guard line.hasPrefix("- **"), let end = line.range(of: ":**") else { return nil }
                    return String(line[line.index(line.startIndex, offsetBy: 4)..<end.lowerBound])
                })
        }
        let dutchLabels = labels(dutch)
        let englishLabels = labels(english)
        for label in englishLabels.subtracting(dutchLabels) where !label.contains(definition.title.en) {
            #expect(!dutchLabels.contains(label), "\(id): '\(label)' in the Dutch minutes")
            #expect(!dutch.contains("## " + label + "\n"), "\(id): '\(label)' in the Dutch minutes")
        }
        for label in dutchLabels.subtracting(englishLabels) where !label.contains(definition.title.nl) {
            #expect(!english.contains("## " + label + "\n"), "\(id): '\(label)' in the English minutes")
        }
        #expect(!dutch.contains("Minutes of") && !english.contains("Verslag:"))
        // A reviewer's check: the English an ethics committee sends out, in every format, without Dutch words or
        // the calques a translation leaves.
        for format in ["markdown", "html", "text"] {
            // What a reader sees: HTML without its tags (a section's id keeps the round's id).
            let minutes = try h.ok("minutes", "--lang", "en", "--format", format).replacing(/<[^>]*>/, with: " ")
            for word in Self.notEnglish where minutes.contains(word) {
                Issue.record("\(id) (\(format)): '\(word)' in the English minutes")
            }
        }
    }

    /// Dutch words and translated-Dutch phrases that English minutes must not carry.
    static let notEnglish = [
        "inbrenger", "Inbrenger", "Denk aan", "signalen", "Signalen", "Signals", "brought in", "Brought in",
        "Think of", "client's record", "Question to the group", "Accountability", "Reached by", "To be evaluated on",
        "**Absent:**", "carers", "is he able", "Gespreksleider", "Deelnemer", "Besluit", "Afspraken", "Overweging",
        "Notulist", "Verslag", "Samenvatting", "Verantwoording", "Postpone",
    ]

    @Test func theEnglishExampleOfAnEthicsCommitteeCarriesNoDutch() throws {
        let minutes = try String(
            contentsOf: DemoTests.examples.appendingPathComponent("nijmegen-committee.en.md"), encoding: .utf8)
        for word in Self.notEnglish + ["Voorzitter", "Feiten", "Waardering", "niet besproken"] {
            #expect(!minutes.contains(word), "'\(word)' in the committee's English minutes")
        }
        for heading in [
            "## 1. Problem", "## 2. Facts", "## 3. Evaluation", "## 4. Decision-making", "### Recommendation",
        ] {
            #expect(minutes.contains(heading + "\n"), "\(heading)")
        }
    }

    /// Records one entry of `kind` by `person` with the command that kind needs.
    private func record(_ kind: ContributionKind, by person: String, _ h: Harness) {
        let result: Harness.Result
        switch kind {
        case .position: result = h.run("position", person, "A", "--because", "reden")
        case .evaluation: result = h.run("evaluate", person, "goed", "--score", "4")
        case .decision: result = h.run("decide", "besluit")
        case .action: result = h.run("action", "iets doen", "--owner", person)
        case .dilemma:
            result = h.run(
                "dilemma", "A of B?", "--option", "A: dit", "--option", "B: dat", "--harm", "A: x", "--harm", "B: y")
        case .case: result = h.run("case", "casus van \(person)")
        case .question, .fact, .value, .norm, .right, .perspective, .alternative, .consideration, .signal, .note:
            result = h.run("say", person, "\(kind.rawValue) van \(person)", "--kind", kind.rawValue)
        }
        #expect(result.code == 0, "\(kind) by \(person): \(result.stderr)")
    }
}

/// The afwegingskader as the card set means it: cards, bases, hulpvragen, and a handout to give the group.
@Suite struct CardSetCommandTests {
    @Test func statusShowsEveryCardWithItsBasisAndHowMuchItHolds() throws {
        let h = Harness(lang: "nl_NL.UTF-8")
        try h.ok("nieuw", "Gezin", "--methode", "afwegingskader", "--gespreksleider", "Mia")
        try h.ok("aansluiten", "Sanne", "--rol", "inbrenger")
        try h.ok("casus", "Een zoon van 14 tolkt voor zijn moeder bij de energieschuld")
        try h.ok("say", "Sanne", "de schuld loopt op", "--categorie", "zekerheid")
        try h.ok("say", "Sanne", "moeder wil zelf beslissen", "--categorie", "empowerment")
        try h.ok("say", "Sanne", "het huurcontract", "--categorie", "zekerheid", "--soort", "feit")
        let status = try h.ok("status")
        #expect(
            status.contains("Sociaal-economische zekerheid (--categorie sociaal-economische-zekerheid): 2 bijdragen"))
        #expect(status.contains("Sociale empowerment (--categorie sociale-empowerment): 1 bijdrage"))
        #expect(status.contains("Sociale inclusie (--categorie sociale-inclusie): nog niets"))
        #expect(status.contains("  Gebaseerd op gelijkwaardigheid"))
        try h.ok("volgende")
        let helps = try h.ok(
            "say", "Sanne", "we kennen de buurtvereniging", "--categorie", "kennis", "--invloed", "helpt")
        #expect(helps.contains("[kennis] we kennen de buurtvereniging (helpt)"))
        let answer = try h.ok("say", "Sanne", "een tolk mag", "--beantwoordt", "2")
        #expect(answer.contains("een tolk mag (hulpvraag 2)"))
        let noSuch = h.run("say", "Sanne", "x", "--beantwoordt", "9")
        #expect(noSuch.code == 64 && noSuch.stderr.contains("geen hulpvraag 9; ze heeft er 3"))
        #expect(h.run("say", "Sanne", "x", "--beantwoordt", "twee").code == 64)
        let fase2 = try h.ok("status")
        #expect(fase2.contains("Hulpvragen:\n  • Welke expertise hebben we zelf/niet?"))
        #expect(!fase2.contains("…"))
    }

    @Test func fase3ShowsTheGoalsOfFase1AndAnInterventionRecordsItsLevelAndTheGoalItServes() throws {
        let h = Harness(lang: "nl_NL.UTF-8")
        try h.ok("nieuw", "Gezin", "--methode", "afwegingskader")
        try h.ok("aansluiten", "Sanne", "--rol", "inbrenger")
        try h.ok("say", "Sanne", "de schuld afbouwen", "--categorie", "zekerheid")
        for _ in 0..<3 { try h.ok("volgende", "--forceer", "--reden", "proef") }
        let status = try h.ok("status")
        #expect(
            status.contains(
                "Uit 'Fase 1 — Wat willen we bereiken?':\n  Sociaal-economische zekerheid: de schuld afbouwen\n  Sociale empowerment: nog niets"
            ))
        let recorded = try h.ok(
            "say", "Sanne", "schuldhulp met een tolk", "--soort", "alternatief", "--niveau", "individu", "--dient",
            "zekerheid")
        #expect(recorded.contains("[individu] schuldhulp met een tolk (dient sociaal-economische-zekerheid)"))
        let both = h.run("say", "Sanne", "x", "--soort", "alternatief", "--niveau", "groep", "--categorie", "groep")
        #expect(both.code == 64 && both.stderr.contains("--categorie en --niveau zeggen hier hetzelfde"))
        // What an intervention serves is a goal of fase 1, not a factor of fase 2.
        let factor = h.run("say", "Sanne", "x", "--soort", "alternatief", "--niveau", "groep", "--dient", "kennis")
        #expect(factor.code == 64 && factor.stderr.contains("onbekende categorie 'kennis'"))
        let md = try h.ok("verslag")
        #expect(md.contains("## Fase 3 — Interventies") && md.contains("(dient: Sociaal-economische zekerheid)"))
    }

    @Test(arguments: ShippedProtocolTests.ids)
    func theHandoutHasNoCommandHintsAndNoEmptyHeadings(_ id: String) throws {
        for lang in ["nl", "en"] {
            let handout = try Harness(lang: lang).ok("protocols", "show", id, "--format", "markdown")
            #expect(
                !handout.contains("--") && !handout.contains("'beraad ") && !handout.contains("(--"), "\(id) \(lang)")
            let lines = handout.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.hasPrefix("#") {
                let next = lines.dropFirst(index + 1).first { !$0.isEmpty }
                #expect(
                    next.map { !$0.hasPrefix("#") || $0.hasPrefix("###") && line.hasPrefix("## ") } ?? false,
                    "\(id) \(lang): empty heading \(line)")
            }
        }
        let afweging = try Harness(lang: "nl").ok("protocols", "show", "afwegingskader", "--format", "markdown")
        #expect(afweging.contains("**Hulpvragen:**\n\n- Wat heb ik nodig?"))
        #expect(afweging.contains("_Gebaseerd op menselijke waardigheid_"))
    }
}
