import BeraadEngine
import Foundation
import Testing

/// An option's label: typed in either case, written by the journal as one capital letter.
@Suite struct OptionLabelTests {
    @Test func aFacilitatorNamesAnOptionInEitherCase() {
        // Typed texts go in as values: a literal would be read as a test's own label.
        let (lower, spaced) = (String("b"), String(" C "))
        #expect(OptionLabel(lower)?.description == "B")
        #expect(OptionLabel(spaced)?.description == "C")
        for text in ["", "AB", "1", "É", "[", "@", "a:"] { #expect(OptionLabel(text) == nil, "\(text)") }
        #expect(LabeledText.parse("a: ingrijpen") == LabeledText(label: OptionLabel(index: 0)!, text: "ingrijpen"))
        #expect(LabeledText.parse("ingrijpen") == nil)
    }

    @Test func theJournalTakesOnlyTheCapitalLetter() throws {
        #expect(OptionLabel(journal: "A") == OptionLabel(index: 0))
        for text in ["a", " A", "AA"] { #expect(OptionLabel(journal: text) == nil, "\(text)") }
        let typed = Data(#"{"round":"r","participant":"Anna","option":"b"}"#.utf8)
        #expect((try? JSONDecoder().decode(PositionTaken.self, from: typed)) == nil)
        let written = try JSONEncoder().encode(PositionTaken(round: "r", participant: "Anna", option: "B"))
        #expect(try JSONDecoder().decode(PositionTaken.self, from: written).option.description == "B")
    }

    @Test func thereAreTwentySixLabelsInOrder() {
        #expect(OptionLabel.first(3).map(\.description) == ["A", "B", "C"])
        #expect(OptionLabel.first(40).count == 26)
        #expect(OptionLabel.first(26).last?.description == "Z")
        #expect(OptionLabel(index: 26) == nil && OptionLabel(index: -1) == nil)
    }
}
