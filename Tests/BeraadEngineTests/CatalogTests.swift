import BeraadEngine
import Foundation
import Testing

/// Every text a facilitator reads comes from the catalog, complete in both languages. That every key has a text in
/// both is checked by the compiler (one exhaustive switch per language); these tests check the rest.
@Suite struct CatalogTests {
    static let catalogFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/BeraadEngine/Catalog")

    @Test func eachLanguageIsOneExhaustiveSwitchWithoutAFallback() throws {
        for language in ["Dutch", "English"] {
            let text = try String(
                contentsOf: Self.catalogFolder.appendingPathComponent("Catalog+\(language).swift"), encoding: .utf8)
            #expect(!text.contains("default:"), "a fallback would let a missing \(language) text compile")
            #expect(!text.contains("return \"\"\n"), "an empty \(language) text")
        }
    }

    @Test func namedValuesAreFilledInInBothLanguages() {
        let key = Catalog.Key.rule(.kindNotAccepted(round: "Casus", kind: "waarde", rounds: "'Waarden'"))
        #expect(Catalog.text(key, .nl) == "de ronde 'Casus' neemt geen waarde aan; dat kan in: 'Waarden'")
        #expect(Catalog.text(key, .en) == "the round 'Casus' does not accept a waarde; it belongs in: 'Waarden'")
        #expect(Catalog.localized(.message(.didYouMean(suggestion: "position"))).nl == "Bedoel je 'position'?")
        let evaluation = Catalog.Key.rule(.kindNotAcceptedAnywhere(round: "Casus", kind: "evaluation"))
        #expect(Catalog.text(evaluation, .en) == "the round 'Casus' does not accept an evaluation; no round does")
    }

    @Test func noTextIsWrittenOutsideTheCatalog() throws {
        let sources = Self.catalogFolder.deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for module in ["BeraadEngine", "BeraadStore", "BeraadMinutes", "BeraadCLI"] {
            let folder = sources.appendingPathComponent(module)
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".swift") && !$0.hasPrefix("Catalog/")
            }
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                // A text pair written in place, rather than a key of the catalog.
                #expect(
                    text.firstMatch(of: /LocalizedText\(nl: "|\bt\("[^"]*", "|nl: "[^"]*", en: "/) == nil,
                    "\(module)/\(file)")
                checked += 1
            }
        }
        #expect(checked > 80)
    }
}
