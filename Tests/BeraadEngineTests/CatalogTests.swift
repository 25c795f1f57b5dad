import BeraadEngine
import Foundation
import Testing

/// Every text a facilitator reads comes from the catalog, complete in both languages. That every key has a text in
/// both is checked by the compiler (one exhaustive switch per language); these tests check the rest.
@Suite struct CatalogTests {
    static let catalogFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/BeraadEngine/Catalog")

    static func texts() throws -> String {
        try String(contentsOf: catalogFolder.appendingPathComponent("Catalog+Texts.swift"), encoding: .utf8)
    }

    @Test func theTextsAreOneExhaustiveSwitchPerKindWithoutAFallbackOrAnEmptyText() throws {
        let text = try Self.texts()
        #expect(!text.contains("default:"), "a fallback would let a missing text compile")
        #expect(!text.contains("nl: \"\"") && !text.contains("en: \"\""), "an empty text")
    }

    /// Each case of the catalog with the values it binds, and its Dutch and its English text.
    static func cases(_ text: String) -> [(pattern: String, values: [String], nl: String, en: String)] {
        var result: [(pattern: String, values: [String], nl: String, en: String)] = []
        let parts = text.components(separatedBy: "\n        case .").dropFirst()
        for part in parts {
            let pattern = String(part.prefix { $0 != ":" })
            let values = pattern.matches(of: /let (\w+)/).map { String($0.1) }
            // The texts are the arguments `nl:` and `en:` of the case's LocalizedText.
            guard let nl = part.range(of: "LocalizedText(nl: ") ?? part.range(of: "LocalizedText(\n"),
                let en = part[nl.upperBound...].firstMatch(of: #/,\s+en: /#)
            else { continue }
            result.append(
                (
                    pattern, values, String(part[nl.upperBound..<en.range.lowerBound]),
                    String(part[en.range.upperBound...])
                ))
        }
        return result
    }

    @Test func aValueOneLanguageNamesTheOtherNamesToo() throws {
        let cases = Self.cases(try Self.texts())
        #expect(cases.count > 700)
        for item in cases {
            for value in item.values {
                let word = try Regex("\\b" + value + "\\b")
                #expect(
                    item.nl.contains(word) == item.en.contains(word),
                    "'\(value)' of .\(item.pattern) is in one language only")
            }
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
        for module in ["BeraadEngine", "BeraadStore", "BeraadMinutes", "BeraadArchive", "BeraadCLI"] {
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
