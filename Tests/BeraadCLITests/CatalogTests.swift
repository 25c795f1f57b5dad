import BeraadEngine
import Foundation
import Testing

/// Every text a facilitator reads comes from the catalog, complete in both languages.
@Suite struct CatalogTests {
    @Test func everyKeyHasATextInBothLanguagesWithTheSamePlaceholders() {
        for key in Catalog.Key.allCases {
            let dutch = Catalog.dutch[key]
            let english = Catalog.english[key]
            #expect(dutch?.isEmpty == false, "\(key) has no Dutch text")
            #expect(english?.isEmpty == false, "\(key) has no English text")
            if let dutch, let english {
                #expect(Catalog.placeholders(dutch) == Catalog.placeholders(english), "\(key): placeholders differ")
            }
        }
        #expect(Catalog.dutch.count == Catalog.Key.allCases.count)
        #expect(Catalog.english.count == Catalog.Key.allCases.count)
    }

    @Test func noTextIsWrittenOutsideTheCatalog() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var checked = 0
        for module in ["BeraadEngine", "BeraadMinutes", "BeraadCLI"] {
            let folder = sources.appendingPathComponent(module)
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
                $0.hasSuffix(".swift")
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
        #expect(checked > 50)
    }

    @Test func argumentsFillTheirPlaceholders() {
        #expect(Catalog.fill("geen sessie '{0}'; {1}", ["x", "y"]) == "geen sessie 'x'; y")
        #expect(Catalog.fill("{0} en {0}", ["a"]) == "a en a")
        #expect(Catalog.fill("{ niet } {7}", ["a"]) == "{ niet } {7}")
        #expect(Catalog.text(.didYouMean, .nl, ["position"]) == "Bedoel je 'position'?")
    }
}
