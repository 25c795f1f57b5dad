import BeraadEngine
import BeraadMinutes
import BeraadTestSupport
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

/// A document made only to be laid out leaves out what none of its sections shows, and lays out the same.
@Suite struct LaidOutDocumentTests {
    @Test func aDocumentMadeToBeLaidOutLaysOutAsTheWholeOne() throws {
        var states = try SessionBuilder.samples().map(\.state)
        states.append(MeetingBuilder.rich().state)
        states.append(MeetingBuilder.rich(protocolDefinition: SessionBuilder.protocolNamed("moreel-beraad")).state)
        var without = 0
        for state in states {
            for lang in Language.allCases {
                func document(whole: Bool) -> MinutesDocument {
                    MinutesDocument(
                        state: state,
                        options: MinutesOptions(language: lang, now: state.lastAt, whole: whole))
                }
                let (whole, laidOut) = (document(whole: true), document(whole: false))
                #expect(laidOut.markdown() == whole.markdown(), "\(state.id) \(lang)")
                #expect(laidOut.html() == whole.html(), "\(state.id) \(lang)")
                #expect(laidOut.plainText() == whole.plainText(), "\(state.id) \(lang)")
                if laidOut.steps.isEmpty != whole.steps.isEmpty
                    || laidOut.rounds.map(\.contributions) != whole.rounds.map(\.contributions)
                {
                    without += 1
                }
            }
        }
        #expect(without > 0, "some document left something out")
    }
}
