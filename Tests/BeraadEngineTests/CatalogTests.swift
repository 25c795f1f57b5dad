import BeraadEngine
import Foundation
import Testing

/// Every text a facilitator reads is in the `Catalog/` folder of the module that speaks it, complete in both
/// languages. That every key has a text in both is checked by the compiler (one exhaustive switch per kind); these
/// tests check the rest.
@Suite struct CatalogTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")
    static let modules = ["BeraadEngine", "BeraadStore", "BeraadMinutes", "BeraadArchive", "BeraadCLI"]

    /// Every file of every module's catalog, one after the other.
    static func texts() throws -> String {
        var result = ""
        for module in modules {
            let folder = sources.appendingPathComponent(module).appendingPathComponent("Catalog")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where file.hasSuffix(".swift") {
                result += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            }
        }
        return result
    }

    @Test func theTextsAreOneExhaustiveSwitchPerKindWithoutAFallbackOrAnEmptyText() throws {
        let text = try Self.texts()
        #expect(!text.contains("default:"), "a fallback would let a missing text compile")
        #expect(!text.contains("nl: \"\"") && !text.contains("en: \"\""), "an empty text")
    }

    /// Each text of the catalog with the values its case binds, and its Dutch and its English text. A case that
    /// chooses between texts (`known.isEmpty ? … : …`) gives each of them.
    static func cases(_ text: String) -> [(pattern: String, values: [String], nl: String, en: String)] {
        var result: [(pattern: String, values: [String], nl: String, en: String)] = []
        let parts = text.components(separatedBy: "\n        case .").dropFirst()
        for part in parts {
            let pattern = String(part.prefix { $0 != ":" })
            let values = pattern.matches(of: /let (\w+)/).map { String($0.1) }
            // The texts are the arguments `nl:` and `en:` of each LocalizedText of the case.
            for text in part.components(separatedBy: "LocalizedText(").dropFirst() {
                guard let nl = text.firstMatch(of: #/^\s*nl:\s*/#),
                    let en = text[nl.range.upperBound...].firstMatch(of: #/,\s+en: /#)
                else { continue }
                result.append(
                    (
                        pattern, values, String(text[nl.range.upperBound..<en.range.lowerBound]),
                        String(text[en.range.upperBound...])
                    ))
            }
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
        let round = LocalizedText(nl: "Casus", en: "Case")
        let values = LocalizedText(nl: "Waarden", en: "Values")
        let refused = RuleViolation.kindNotAccepted(kind: .value, round: round, acceptedIn: [values])
        #expect(refused.message(.nl) == "de ronde 'Casus' neemt geen waarde aan; dat kan in: 'Waarden'")
        #expect(refused.message(.en) == "the round 'Case' does not accept a value; it belongs in: 'Values'")
        let evaluation = RuleViolation.kindNotAccepted(kind: .evaluation, round: round, acceptedIn: [])
        #expect(evaluation.message(.en) == "the round 'Case' does not accept an evaluation; no round does")
        #expect(Catalog.text(.kind(.signalState(.passedOn)), .nl) == "doorgegeven")
    }

    @Test func noTextIsWrittenOutsideTheCatalog() throws {
        var checked = 0
        for module in Self.modules {
            let folder = Self.sources.appendingPathComponent(module)
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
