import BeraadEngine
import BeraadTestSupport
import Foundation
import Testing

@Suite struct ProtocolTests {
    /// The repository's Protocols/ folder, found from this file.
    static let protocolsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Protocols")

    /// The generated Swift file that carries the protocols into the binary.
    static let generatedFile = protocolsFolder.deletingLastPathComponent()
        .appendingPathComponent("Sources/BeraadEngine/BuiltinProtocols+Generated.swift")

    /// The text of the generated file for the protocol files `files` (name and exact text), in name order.
    static func generatedSource(_ files: [(name: String, text: String)]) -> String {
        var lines = [
            "// swift-format-ignore-file",
            "// Generated from Protocols/*.json by ProtocolTests (BERAAD_RECORD=1 swift test). Do not edit.",
            "",
            "extension BuiltinProtocols {",
            "    /// Every shipped protocol file, by file name, with its exact text.",
            "    static let files: [(name: String, text: String)] = [",
        ]
        for file in files {
            lines.append("        (name: \(String(reflecting: file.name)), text: ####\"\"\"")
            lines += file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.append("\"\"\"####),")
        }
        return (lines + ["    ]", "}"]).joined(separator: "\n") + "\n"
    }

    /// Protocols/ is the one source of truth: the generated file must be exactly what its files make. Run with
    /// BERAAD_RECORD=1 after editing a protocol, and this test writes the generated file anew.
    @Test func theBuiltInProtocolsAreExactlyTheFilesInProtocols() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.protocolsFolder.path)
            .filter { $0.hasSuffix(".json") && $0 != "protocol.schema.json" }.sorted()
        var files: [(name: String, text: String)] = []
        for name in names {
            var text = try String(contentsOf: Self.protocolsFolder.appendingPathComponent(name), encoding: .utf8)
            // The raw string's delimiter must not occur in the text it carries.
            #expect(!text.contains("\"\"\"####"), "\(name) contains the literal's delimiter")
            while text.hasSuffix("\n") { text.removeLast() }
            files.append((name, text))
        }
        try Golden.check(Self.generatedFile, Self.generatedSource(files))
        #expect(BuiltinProtocols.embeddedFiles.map(\.name) == names)
        for (embedded, file) in zip(BuiltinProtocols.embeddedFiles, files) { #expect(embedded.text == file.text) }
    }

    @Test(arguments: [
        "afwegingskader", "cura", "dilemmamethode", "moreel-beraad", "nijmeegse-methode", "socratisch-gesprek",
        "utrechts-stappenplan", "vervolg",
    ])
    func everyShippedProtocolIsValidAndComplete(_ id: String) throws {
        let definition = try #require(try BuiltinProtocols.named(id))
        #expect(definition.validationIssues().isEmpty)
        #expect(definition.facilitatorRole != nil && definition.presenterRole != nil && definition.defaultRole != nil)
        for round in definition.rounds {
            // A card may ask only hulpvragen (the afwegingskader's moral dilemma and signaleren do).
            #expect(!(round.prompts + round.questions).isEmpty, "\(id).\(round.id) asks nothing")
        }
    }

    @Test func theDilemmaMethodHasItsTenSteps() throws {
        let definition = try #require(try BuiltinProtocols.named("dilemmamethode"))
        #expect(definition.rounds.count == 10)
        #expect(definition.rounds.map(\.id).first == "introductie" && definition.rounds.map(\.id).last == "evaluatie")
    }

    @Test func theDefaultProtocolFollowsTheOwnersShape() throws {
        let definition = try #require(try BuiltinProtocols.named(BuiltinProtocols.defaultID))
        #expect(
            definition.rounds.map(\.id) == [
                "opening", "casus", "dilemma", "normen-waarden-rechten", "perspectieven", "besluit",
                "afspraken-signalen",
                "evaluatie",
            ])
    }

    @Test func aProtocolRoundTripsThroughJSON() throws {
        let definition = SessionBuilder.protocolNamed("moreel-beraad")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(definition)
        #expect(try ProtocolDefinition.load(data, file: "x", minutesSections: nil) == definition)
    }

    /// A broken protocol, and the paths and messages `load` must report.
    struct Broken: Sendable, CustomTestStringConvertible {
        var name: String
        var json: String
        var issues: [String]
        var testDescription: String { name }
    }

    static let minimalRound =
        #"{"id":"r","title":{"nl":"R","en":"R"},"purpose":{"nl":"p","en":"p"},"accepts":["note"],"timeboxMinutes":5}"#
    static func protocolJSON(
        rounds: String = "[\(minimalRound)]", roles: String = #"[{"id":"deelnemer","title":{"nl":"D","en":"P"}}]"#
    ) -> String {
        #"{"id":"p","version":1,"title":{"nl":"T","en":"T"},"summary":{"nl":"S","en":"S"},"source":{"citation":"c"},"roles":\#(roles),"rounds":\#(rounds)}"#
    }

    /// An expected issue as `PATH: MESSAGE`.
    static func Issue_(_ path: String, _ message: String) -> String { path + ": " + message }

    static let broken: [Broken] = [
        Broken(name: "not JSON", json: "{", issues: [Issue_("$", "expected a field name in double quotes")]),
        Broken(
            name: "missing fields, every one of them", json: #"{"id":"p"}"#,
            issues: ["version", "title", "summary", "source", "roles", "rounds"].map {
                Issue_("$", "required field '\($0)' is missing")
            }),
        Broken(
            name: "an unknown kind",
            json: protocolJSON(
                rounds: "[" + minimalRound.replacingOccurrences(of: #"["note"]"#, with: #"["note","vote"]"#) + "]"),
            issues: [Issue_("$.rounds[0].accepts[1]", "unknown kind 'vote'; did you mean 'note'?")]),
        Broken(
            name: "duplicate round ids", json: protocolJSON(rounds: "[\(minimalRound),\(minimalRound)]"),
            issues: [Issue_("$.rounds[1].id", "duplicate round id 'r'")]),
        Broken(
            name: "an empty English text",
            json: protocolJSON(
                rounds: "["
                    + minimalRound.replacingOccurrences(
                        of: #""purpose":{"nl":"p","en":"p"}"#, with: #""purpose":{"nl":"p","en":""}"#) + "]"),
            issues: [Issue_("$.rounds[0].purpose.en", "the English text is empty")]),
        Broken(
            name: "a requirement for a kind the round does not accept",
            json: protocolJSON(
                rounds: "["
                    + minimalRound.replacingOccurrences(
                        of: #""timeboxMinutes":5"#,
                        with: #""timeboxMinutes":5,"requirements":[{"type":"count","kind":"value","min":1}]"#) + "]"),
            issues: [
                Issue_(
                    "$.rounds[0].requirements[0].kind", "the round does not accept 'value', so it can never be counted")
            ]),
        Broken(
            name: "an unknown requirement type",
            json: protocolJSON(
                rounds: "["
                    + minimalRound.replacingOccurrences(
                        of: #""timeboxMinutes":5"#, with: #""timeboxMinutes":5,"requirements":[{"type":"vote"}]"#) + "]"
            ),
            issues: [
                Issue_(
                    "$.rounds[0].requirements[0].type",
                    "unknown requirement type 'vote'; known: case, dilemma, harms, decision, count, each, presenter, others"
                )
            ]),
        Broken(
            name: "a bad id", json: protocolJSON().replacingOccurrences(of: #""id":"p""#, with: #""id":"P P""#),
            issues: [Issue_("$.id", "'P P' is not an id: use a-z, 0-9 and '-', at most 64")]),
    ]

    @Test("broken protocol files are refused with the JSON path of each problem", arguments: broken)
    func brokenProtocols(_ case_: Broken) {
        do {
            _ = try ProtocolDefinition.load(Data(case_.json.utf8), file: "broken.json", minutesSections: nil)
            Issue.record("\(case_.name) was accepted")
        } catch {
            #expect(error.file == "broken.json")
            #expect(error.issues.map { "\($0.path): \($0.message)" } == case_.issues)
        }
    }

    @Test func aMinimalProtocolIsAccepted() throws {
        let definition = try ProtocolDefinition.load(
            Data(Self.protocolJSON().utf8), file: "ok.json", minutesSections: nil)
        #expect(definition.rounds.count == 1 && definition.defaultRole?.id == "deelnemer")
    }
}
