import BeraadEngine
import BeraadMinutes
import BeraadTestSupport
import Foundation
import Testing

/// Builds sessions in memory for the renderers: a `SessionBuilder` whose refusals are test failures, with the
/// minutes' options.
struct MeetingBuilder {
    var builder = SessionBuilder()
    var appendix = true
    var confidentiality = Confidentiality.standard

    init(
        facilitator: String? = "Mia de Wit",
        protocolDefinition: ProtocolDefinition = MeetingBuilder.standardLayout,
        details: SessionDetails = SessionDetails()
    ) {
        run(
            .open(
                id: "s", title: "Beraad", protocolDefinition: protocolDefinition, facilitator: facilitator, lang: .nl,
                details: details))
    }

    /// The moreel beraad as a method that names no order of its own: the minutes' standard sections. (The shipped
    /// moreel beraad lays its minutes out step by step; Examples/ holds those.)
    static let standardLayout: ProtocolDefinition = {
        var definition = SessionBuilder.protocolNamed("moreel-beraad")
        definition.minutes = nil
        return definition
    }()

    var clock: Int64 { builder.clock }

    mutating func run(_ command: Command) {
        do { try builder.run(command) } catch { Issue.record("\(command) was refused: \(error)") }
    }

    mutating func next() { run(.advance(force: true, reason: "test")) }

    /// Puts `text` on the redaction list as a beraad before erasure did: replaced when the minutes are rendered.
    mutating func redactAsBefore(_ text: String) { builder.apply([.redactionAdded(RedactionAdded(text: text))]) }

    /// The opened session's state.
    var state: SessionState { builder.state }

    func document(_ lang: Language = .nl, anonymize: Bool = false) -> MinutesDocument {
        MinutesDocument(
            state: state,
            options: MinutesOptions(
                language: lang, anonymize: anonymize, now: Timestamp(seconds: clock), appendix: appendix,
                confidentiality: confidentiality))
    }

    /// A meeting in which people mention each other by name, with a client to keep out of the minutes.
    static func rich(
        protocolDefinition: ProtocolDefinition = MeetingBuilder.standardLayout
    ) -> MeetingBuilder {
        var s = MeetingBuilder(
            protocolDefinition: protocolDefinition,
            details: SessionDetails(
                place: "Wijkpost Kuipersstraat", distribution: ["Team Noord", " Anna Bakker ", ""],
                noteTaker: "Noor Wit"))
        s.run(.join(name: "Anna Bakker", role: "inbrenger"))
        s.run(.join(name: "Dirk", role: nil, absent: true))
        s.run(.join(name: "Bram", role: nil))
        s.run(.join(name: "Carla van Dijk", role: nil))
        s.redactAsBefore("Kuipers")
        s.run(
            .say(
                name: "Mia", text: "Alles blijft binnen de groep", kind: nil, category: "vertrouwelijkheid", about: nil,
                option: nil))
        s.next()
        s.run(
            .recordCase(
                text: "Meneer Kuipers weigert zorg; Anna zag een wond.", by: nil,
                question: "Mag Anna de huisarts van Kuipers bellen?"))
        s.run(.say(name: "Bram", text: "Anna, hoe oud is hij?", kind: nil, category: nil, about: nil, option: nil))
        s.next()
        s.run(
            .frameDilemma(
                question: "Huisarts bellen of niet?",
                options: [LabeledText(label: "A", text: "bellen"), LabeledText(label: "B", text: "niet bellen")],
                harms: [LabeledText(label: "A", text: "vertrouwen weg"), LabeledText(label: "B", text: "wond erger")]))
        s.next()
        s.run(
            .say(
                name: "Carla", text: "autonomie van meneer Kuipers", kind: .value, category: nil,
                about: "meneer Kuipers", option: "B"))
        s.next()
        s.run(
            .takePosition(
                name: "Anna", option: "B", because: "Bram heeft gelijk dat vertrouwen telt", cannot: "dwingen",
                mitigate: "vaker gaan", needs: "steun van carla"))
        s.run(.takePosition(name: "Bram", option: "A", because: "gezondheid", cannot: nil, mitigate: nil, needs: nil))
        s.run(.takePosition(name: "Carla", option: "B", because: "autonomie", cannot: nil, mitigate: nil, needs: nil))
        s.next()
        s.run(
            .takePosition(
                name: "Bram", option: "B", because: "Anna overtuigde me", cannot: nil, mitigate: nil, needs: nil))
        s.run(
            .decide(
                text: "We doen B", option: "B", rationale: "autonomie", support: .consensus, dissent: [],
                review: CalendarDate(iso: "2026-06-11")))
        s.next()
        s.run(
            .agreeAction(text: "Anna belt de dochter van Kuipers", owner: "Anna", due: CalendarDate(iso: "2026-03-20")))
        s.run(.raiseSignal(text: "meer zorgmijders", level: .policy, by: nil))
        s.next()
        s.run(.evaluate(name: "Carla", score: 4, text: "Fijn gesprek met Bram en Anna"))
        s.run(.close(abandon: false, reason: nil))
        return s
    }
}

@Suite struct MinutesTests {
    @Test func theMinutesContainEveryPositionArgumentDecisionAndAction() {
        let md = MeetingBuilder.rich().document().markdown()
        for text in [
            "Bram heeft gelijk dat vertrouwen telt", "dwingen", "vaker gaan", "gezondheid", "Anna overtuigde me",
            "We doen B", "autonomie", "20-03-2026", "meer zorgmijders", "Fijn gesprek", "vertrouwen weg", "wond erger",
            "Alles blijft binnen de groep", "Anna, hoe oud is hij?",
        ] {
            #expect(md.contains(text), "missing \(text)")
        }
        #expect(md.contains("**Eerder:**\n  - 14:17 — A: gezondheid"))
        #expect(md.contains("**Concept**"))
    }

    @Test func theHeaderIsWhatAnOrganisationFiles() {
        let md = MeetingBuilder.rich().document().markdown()
        let header = md.components(separatedBy: "\n## ").first ?? ""
        for line in [
            "_Vertrouwelijk — niet in het cliëntdossier_", "- **Datum:** donderdag 12 maart 2026",
            "- **Plaats:** Wijkpost […]straat", "- **Methode:** Moreel beraad", "- **Notulist:** Noor Wit",
            "- **Aanwezig:** Mia de Wit, Noor Wit, Anna Bakker, Bram, Carla van Dijk", "- **Afwezig:** Dirk",
            "- **Verspreiding:** Team Noord; Anna Bakker",
        ] {
            #expect(header.contains(line), "missing \(line)")
        }
        #expect(!header.contains("**Bron:**") && !header.contains("**Sessie:**"))
        let english = MeetingBuilder.rich().document(.en).markdown()
        #expect(english.contains("- **Date:** Thursday 12 March 2026") && english.contains("- **Apologies:** Dirk"))
        // The absent are not among the participants, nor counted by the meeting's requirements.
        #expect(!md.contains("| Dirk |"))
    }

    @Test func aRedactedWordLeavesNoTraceAnywhereTheAppendixIncluded() throws {
        var builder = MeetingBuilder.rich()
        builder.state.liveEntries.first { $0.kind == .case }.map { entry in
            builder.run(.amend(entry: entry.id.description, text: "Kuipers wil geen zorg; KUIPERS' dochter belt"))
        }
        let last = try #require(builder.state.liveEntries.last)
        builder.run(.retract(entry: last.id.description, reason: "zei Kuipers"))
        for anonymize in [false, true] {
            let doc = builder.document(.nl, anonymize: anonymize)
            let appendix = doc.markdown().components(separatedBy: "## Verantwoording").last ?? ""
            #expect(appendix.contains("gecorrigeerd"), "the corrections are in the appendix")
            #expect(appendix.contains("ingetrokken"), "the withdrawal is in the appendix")
            for output in [doc.markdown(), doc.html(), doc.plainText(), try doc.json()] {
                #expect(output.range(of: "kuipers", options: .caseInsensitive) == nil)
            }
        }
    }

    @Test func terminalAndBidiControlsAreNeutralisedInEveryFormat() {
        var builder = MeetingBuilder.rich()
        builder.redactAsBefore("niets")
        let hostile = "rood\u{1B}[31m \u{9B}2J omgekeerd\u{202E}snaB \u{2066}isolaat\u{2069} \u{202A}x\u{202C}"
        builder.state.liveEntries.first { $0.kind == .case }.map { entry in
            builder.run(.amend(entry: entry.id.description, text: hostile))
        }
        let doc = builder.document(.nl)
        for output in [doc.markdown(), doc.html(), doc.plainText(), (try? doc.json()) ?? "\u{1B}"] {
            #expect(!output.unicodeScalars.contains { TextSafety.isUnsafe($0) })
            // JSON escapes the escape character itself (\u001b); the rest show it as �.
            #expect(output.contains("rood\u{FFFD}") || output.contains("rood\\u001b"))
        }
        #expect(TextSafety.neutralised("a\nb\tc") == "a\nb\tc")
        // The byte scan finds exactly what the scalar test names, alone and among other text, for every scalar up
        // to U+2FFF and some beyond.
        for value in Array(0...0x2FFF) + [0xFEFF, 0xFFFD, 0x1F44D, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "é" + String(scalar) + "x", String(scalar) + "\u{2066}"] {
                #expect(
                    TextSafety.containsUnsafe(text) == text.unicodeScalars.contains(where: TextSafety.isUnsafe),
                    "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func theMarkingIsTheOrganisationsOwnOrNone() {
        var builder = MeetingBuilder.rich()
        builder.confidentiality = .own("Alleen voor Team Noord")
        #expect(builder.document().markdown().contains("_Alleen voor Team Noord_"))
        builder.confidentiality = .none
        let md = builder.document().markdown()
        #expect(!md.contains("Vertrouwelijk —") && !md.contains("Alleen voor"))
    }

    @Test func theReviewDateStandsWithTheDecisionAndAmongTheActions() {
        let md = MeetingBuilder.rich().document().markdown()
        #expect(md.contains("- **Evalueren op:** donderdag 11 juni 2026"))
        #expect(md.contains("| Het besluit evalueren | — | 11-06-2026 |"))
        let english = MeetingBuilder.rich().document(.en).markdown()
        #expect(english.contains("| Evaluate the decision | — | 11 Jun 2026 |"), "\(english)")
    }

    @Test func approvalNamesWhoApproved() {
        var builder = MeetingBuilder.rich()
        builder.run(.approve(by: "Teamoverleg Noord"))
        let md = builder.document().markdown()
        // The status line is the approval, its date written as the header's.
        #expect(md.contains("- **Status:** Vastgesteld op donderdag 12 maart 2026 door Teamoverleg Noord"), "\(md)")
        #expect(!md.contains("afgesloten"))
    }

    @Test func theInbrengersQuestionStandsUnderTheCase() throws {
        let md = MeetingBuilder.rich().document().markdown()
        let caseText = try #require(md.range(of: "weigert zorg"))
        let question = try #require(md.range(of: "**Vraag aan de groep:** Mag Anna de huisarts van […] bellen?"))
        // (The summary names the question and the dilemma first; the case is followed by its question.)
        #expect(caseText.upperBound <= question.lowerBound)
        #expect(md.range(of: "Huisarts bellen of niet?", range: question.upperBound..<md.endIndex) != nil)
        #expect(MeetingBuilder.rich().document(.en).markdown().contains("**Question for the group:**"))
    }

    @Test func redactedTextIsReplacedEverywhere() throws {
        let doc = MeetingBuilder.rich().document()
        let md = doc.markdown()
        let json = try doc.json()
        for output in [md, json] {
            #expect(!output.lowercased().contains("kuipers"))
        }
        // The mark reads as it is in Markdown too: brackets that open no link need no escape.
        #expect(md.contains("[…]") && !md.contains("\\[…") && json.contains("[…]"))
    }

    @Test(arguments: [Language.nl, Language.en])
    func anonymisedMinutesContainNoNameInAnyFormat(_ lang: Language) throws {
        let doc = MeetingBuilder.rich().document(lang, anonymize: true)
        let outputs = [doc.markdown(), try doc.json()]
        for output in outputs {
            for name in ["Anna", "Bakker", "Bram", "Carla", "Dijk", "Mia", "Wit", "Kuipers"] {
                #expect(
                    output.range(of: "\\b\(name)\\b", options: [.regularExpression, .caseInsensitive]) == nil,
                    "\(name) survived in \(lang)")
            }
        }
        let md = outputs[0]
        #expect(md.contains(lang == .nl ? "Deelnemer 2" : "Participant 2"))
        #expect(md.contains(lang == .nl ? "Inbrenger" : "Case presenter"))
        #expect(md.contains(lang == .nl ? "Deelnemer 1 heeft gelijk" : "Participant 1 heeft gelijk"))
        // Ordinary words that are part of a name ("van" in "Carla van Dijk") stay.
        #expect(md.contains("van"))
    }

    @Test func aBareSessionHasNoEmptyHeadingsAndNoNull() {
        let doc = MeetingBuilder(facilitator: nil).document(.en)
        let md = doc.markdown()
        #expect(!md.contains("null") && !md.contains("nil"))
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.hasPrefix("#") {
            let following = lines[(index + 1)...].first { !$0.isEmpty }
            #expect(following != nil && !(following!.hasPrefix("## ")), "empty section \(line)")
        }
        #expect(md.contains("# Minutes: Beraad") && md.contains("**Draft**"))
        #expect(md.contains("## Time per round"))
        #expect(!md.contains("## Decision") && !md.contains("## Positions"))
    }

    @Test func hostileTextStaysInertAndIntact() throws {
        var s = MeetingBuilder()
        let hostile = [
            "<script>alert(1)</script>", "</style>", "\"quotes\" & 'apostrophes'", "# not a heading",
            "| not | a | cell |", "*not bold* _not italic_ [not](a link)", "1. not a list", "\u{202E}rechts-naar-links",
            "emoji 🧭👩🏽‍⚕️", String(repeating: "lang ", count: 2000),
        ]
        s.next()
        s.run(.recordCase(text: "casus", by: nil))
        for text in hostile {
            s.run(.say(name: "Mia", text: text, kind: .question, category: nil, about: nil, option: nil))
        }
        let md = s.document().markdown()
        #expect(md.contains("\\<script>alert(1)\\</script>"))
        #expect(md.contains("\\# not a heading"))
        #expect(md.contains("\\| not \\| a \\| cell \\|"))
        #expect(md.contains("\\*not bold\\* \\_not italic\\_ [not\\](a link)"))
        // A bidi override could reverse what follows it: it is shown, not obeyed.
        #expect(md.contains("🧭👩🏽‍⚕️") && md.contains("\u{FFFD}rechts-naar-links"))
        #expect(md.contains(String(repeating: "lang ", count: 1999)))
        let json = try s.document().json()
        let decoded = try JSONDecoder().decode(MinutesDocument.self, from: Data(json.utf8))
        #expect(
            Set(decoded.case!.clarifications.map(\.text))
                == Set(hostile.map { TextSafety.neutralised($0.trimmingCharacters(in: .whitespaces)) }))
    }

    @Test func correctionsAreListedInTheAppendix() {
        var s = MeetingBuilder()
        s.next()
        s.run(.recordCase(text: "eerste versie", by: nil))
        s.run(.amend(entry: "e\(s.state.lastSeq)", text: "tweede versie"))
        s.run(.say(name: "Mia", text: "vergissing", kind: nil, category: nil, about: nil, option: nil))
        s.run(.undo)
        let md = s.document(.en).markdown()
        #expect(md.contains("## Record of proceedings") && md.contains("### Corrections"))
        // When it was corrected or withdrawn, never what it said before: the journal and log keep that.
        #expect(md.contains("corrected") && md.contains("tweede versie") && !md.contains("eerste versie"), "\(md)")
        #expect(md.contains("undone") && !md.contains("vergissing"))
    }

    @Test func anAmendedContributionIsMarkedCorrectedInOnePairOfParentheses() {
        var s = MeetingBuilder()
        s.next()
        s.run(.say(name: "Mia", text: "eerste versie", kind: nil, category: nil, about: nil, option: nil))
        s.run(.amend(entry: "e\(s.state.lastSeq)", text: "tweede versie"))
        for lang in [Language.nl, .en] {
            let doc = s.document(lang)
            let mark = lang == .nl ? "gecorrigeerd" : "corrected"
            for output in [doc.markdown(), doc.html(), doc.plainText()] {
                #expect(output.contains("(" + mark + ")"), "\(output)")
                #expect(!output.contains("((" + mark + "))"), "the writers put the parentheses around an aside")
            }
        }
    }

    @Test func everyStandingEntryAppearsInTheMinutes() {
        let s = MeetingBuilder.rich()
        let md = s.document().markdown()
        for entry in s.state.liveEntries where !entry.text.isEmpty {
            let expected = entry.text.replacingOccurrences(of: "Kuipers", with: "[…]", options: .caseInsensitive)
            #expect(md.contains(expected), "\(entry.id) \(entry.kind) missing")
        }
    }
}
