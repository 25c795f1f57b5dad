import BeraadEngine
import BeraadMinutes
import Foundation
import Testing

/// The minutes alone know their sections: the engine keeps a protocol's list as names, and whoever reads a protocol
/// file checks the names against these.
@Suite struct MinutesSectionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func everyShippedProtocolNamesOnlySectionsTheMinutesKnow() throws {
        for file in BuiltinProtocols.embeddedFiles {
            #expect(ProtocolLinter.lint(file.text, minutesSections: MinutesSection.names).isEmpty, "\(file.name)")
        }
        for definition in try BuiltinProtocols.all() {
            let names = definition.minutes ?? []
            #expect(
                MinutesSection.sections(of: definition).map(\.rawValue)
                    == (names.isEmpty ? MinutesSection.standardOrder.map(\.rawValue) : names))
        }
    }

    @Test func anUnknownSectionIsRefusedWhereAFileIsReadWithTheNearestName() throws {
        var definition = try #require(try BuiltinProtocols.named("cura"))
        definition.minutes = ["summary", "decison"]
        let data = try JSONEncoder().encode(definition)
        #expect(throws: ProtocolError.self) {
            try ProtocolDefinition.load(data, file: "eigen.json", minutesSections: MinutesSection.names)
        }
        let findings = ProtocolLinter.lint(data, minutesSections: MinutesSection.names)
        #expect(findings.map(\.path) == ["$.minutes[1]"])
        #expect(findings.first?.text.en.contains("did you mean 'decision'?") == true)
    }

    @Test func theSchemaListsEverySectionTheMinutesKnow() throws {
        let schema = try String(
            contentsOf: Self.root.appendingPathComponent("Protocols/protocol.schema.json"), encoding: .utf8)
        for name in MinutesSection.names { #expect(schema.contains("\"\(name)\""), "\(name)") }
    }

    @Test func theExampleInTheDocumentationNamesKnownSections() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/protocols.md"), encoding: .utf8)
        let blocks = doc.components(separatedBy: "```json\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        for block in blocks {
            let findings = ProtocolLinter.lint(block, minutesSections: MinutesSection.names)
            #expect(findings.isEmpty, "\(findings)")
        }
    }
}
