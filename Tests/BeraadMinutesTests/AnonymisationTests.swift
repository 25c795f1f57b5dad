import BeraadEngine
import Foundation
import Testing

@testable import BeraadMinutes

/// Anonymised minutes name nobody, in any form a name takes in running Dutch or English text.
@Suite struct AnonymisationTests {
    static let people = ["Johan", "Zoë", "Anne-Marie van der Berg", "Sanne"]

    /// Names as people write them while they talk: inflected, without or with decomposed diacritics, in parts,
    /// with digits attached, in any case.
    static let planted = [
        "Johan", "johan", "JOHAN", "Johans", "Johan's", "Johan’s", "Johantje", "Johannetje", "Johan2", "Johan's2",
        "Zoë", "Zoe", "ZOË", "zoe", "Zoës", "Zoë's", "Zoe's", "Zoëtje", "Zoe\u{308}", "Zoe\u{308}s", "Zoë2",
        "Anne-Marie", "Anne", "Marie", "Annes", "Maries", "Marietje", "Annetje", "anne-marie", "Anne-Maries",
        "Berg", "Bergs", "van der Berg", "Anne-Marie van der Berg", "Anne Marie", "Anne-Marie van der Bergs",
        "Sanne", "Sanneke", "Sannes", "Sanne's", "Sannetje", "SANNE", "sanne2", "Sanne’s", "SANNEKE",
    ]

    static func meeting() -> MeetingBuilder {
        var s = MeetingBuilder()
        for person in people { s.run(.join(name: person, role: nil)) }
        s.redactAsBefore("Kuipers")
        s.next()
        s.run(.recordCase(text: "Een gesprek over " + planted.joined(separator: "; ") + ".", by: "Johan"))
        s.run(
            .say(
                name: "Johan", text: "Johans idee, Zoës zorg; Zoe; Anne en Marie; Sanneke; Johan2; Kuipers' huis",
                kind: nil, category: nil, about: "Zoë", option: nil))
        return s
    }

    /// The parts of every name, folded, that no output may contain.
    static let forbidden = ["johan", "zoe", "anne", "marie", "berg", "sanne", "kuipers"]

    @Test(arguments: [Language.nl, Language.en])
    func noPlantedFormLeaksInAnyFormat(_ lang: Language) throws {
        #expect(Self.planted.count >= 40)
        let doc = Self.meeting().document(lang, anonymize: true)
        for output in [doc.markdown(), doc.html(), doc.plainText(), try doc.json()] {
            let folded = WordForms.fold(output)
            for part in Self.forbidden {
                #expect(!folded.contains(part), "\(part) leaks in \(lang)")
            }
        }
    }

    @Test func eachPlantedFormIsReplacedWholeByItsPerson() {
        let scrub = TextScrubber(
            redactions: [],
            anonymize: Self.people.enumerated().map { ($1, "Deelnemer \($0 + 1)") })
        #expect(scrub("Johans idee") == "Deelnemer 1 idee")
        #expect(scrub("Zoe\u{308}s zorg") == "Deelnemer 2 zorg")
        #expect(scrub("Anne-Marie van der Berg komt") == "Deelnemer 3 komt")
        #expect(scrub("Anne en Marie") == "Deelnemer 3 en Deelnemer 3")
        #expect(scrub("Sanneke") == "Deelnemer 4")
        // Ordinary words that merely contain a name, and particles, stay.
        #expect(
            scrub("van de bergen, sannes? nee: de johannieter") == "van de bergen, Deelnemer 4? nee: de johannieter")
        #expect(scrub.name("Anne-Marie van der Berg") == "Deelnemer 3" && scrub.name("zoe") == "Deelnemer 2")
    }

    /// Each text, as a participant of the table below wrote it, and what anonymised minutes make of it: names and
    /// their forms go, ordinary words that look like them stay.
    static let forms: [(text: String, expected: String)] = [
        // Look-alike words: lower case, they are the word.
        ("de bakker op de hoek", "de bakker op de hoek"), ("een witte auto", "een witte auto"),
        ("het huis is wit geverfd", "het huis is wit geverfd"), ("een boer met koeien", "een boer met koeien"),
        ("over de dam", "over de dam"), ("bakkers verkopen brood", "bakkers verkopen brood"),
        ("een rode roos", "een rode roos"), ("de huisarts belt", "de huisarts belt"),
        // The names, whole and in their forms.
        ("Sanne Bakker belt", "D1 belt"), ("Bakker belt", "D1 belt"), ("mevrouw Bakker", "mevrouw D1"),
        ("Bakkers dochter", "D1 dochter"), ("Sanne zegt", "D1 zegt"), ("sanne zegt", "D1 zegt"),
        ("Sanneke", "D1"), ("Sannetje", "D1"), ("Sanne's", "D1"),
        ("Ellen de Wit", "D2"), ("de Wit zegt", "de D2 zegt"), ("Wit", "D2"), ("Ellens", "D2"), ("Ellentje", "D2"),
        ("Anna", "D3"), ("Annetje", "D3"), ("Anneke", "D3"), ("Annas", "D3"), ("Anna's", "D3"), ("ANNA", "D3"),
        ("Bram", "D4"), ("Brammetje", "D4"), ("Brammie", "D4"), ("Brams", "D4"), ("Bram's", "D4"), ("bram", "D4"),
        ("Jan Roos", "D5"), ("Jantje", "D5"), ("Janneke", "D5"), ("Roos", "D5"), ("Rozen", "Rozen"),
        ("Peter Hoekstra", "D6"), ("Hoekstra", "D6"), ("Hoekstra's", "D6"), ("Pietje", "Pietje"), ("Peters", "D6"),
    ]

    @Test func namesAndTheirFormsGoAndLookAlikeWordsStay() {
        let people = ["Sanne Bakker", "Ellen de Wit", "Anna", "Bram", "Jan Roos", "Peter Hoekstra"]
        let scrub = TextScrubber(redactions: [], anonymize: people.enumerated().map { ($1, "D\($0 + 1)") })
        #expect(Self.forms.count >= 40)
        for (text, expected) in Self.forms {
            #expect(scrub(text) == expected, "\(text)")
        }
    }

    @Test func aRedactedWordIsFoundWithoutItsDiacriticsOrDecomposed() {
        let scrub = TextScrubber(redactions: ["Kuipérs"])
        #expect(scrub("Kuipers, KUIPERS en Kuipe\u{301}rs") == "[…], […] en […]")
    }

    @Test func findingNamesIsLinearInTheNumberOfParticipants() {
        // Ten thousand participants: each text is still read once (a regular expression per name took seconds).
        let many = (0..<10_000).map { ("Persoon\($0) Achternaam\($0)", "Deelnemer \($0 + 1)") }
        let scrub = TextScrubber(redactions: [], anonymize: many)
        #expect(scrub("Persoon9999 en Achternaam17 zeiden iets") == "Deelnemer 10000 en Deelnemer 18 zeiden iets")
    }
}
