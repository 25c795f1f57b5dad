import BeraadEngine
import Foundation
import Testing

@Suite struct ProtocolLintTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A protocol with one round, in lines, so that a case can break one line and know where.
    static func file(
        round: String =
            #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "Question" }, "purpose": { "nl": "p", "en": "p" }, "accepts": ["question"], "timeboxMinutes": 5 }"#,
        extra: String = ""
    ) -> String {
        """
        {
          "id": "mijn-beraad",
          "version": 1,
          "title": { "nl": "Mijn beraad", "en": "My deliberation" },
          "summary": { "nl": "Kort", "en": "Short" },
          "source": { "citation": "eigen werk" },\(extra)
          "roles": [ { "id": "deelnemer", "title": { "nl": "Deelnemer", "en": "Participant" } } ],
          "rounds": [
            \(round)
          ]
        }
        """
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a valid file", text: file(), expected: []),
        Case(
            name: "three mistakes give three errors",
            text: file(
                round:
                    #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "Question" }, "purpose": { "nl": "p", "en": "p" }, "promts": [], "accepts": ["question", "vaule"], "timeboxMinutes": "tien" }"#
            ),
            expected: [
                "9:105: error: $.rounds[0].promts: unknown field 'promts'; did you mean 'prompts'?",
                "9:143: error: $.rounds[0].accepts[1]: unknown kind 'vaule'; did you mean 'value'?",
                "9:171: error: $.rounds[0].timeboxMinutes: expected a whole number",
            ]),
        Case(
            name: "a missing required field",
            text: file(
                round:
                    #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "Question" }, "accepts": ["question"], "timeboxMinutes": 5 }"#
            ),
            expected: ["9:5: error: $.rounds[0]: required field 'purpose' is missing"]),
        Case(
            name: "the minutes' own order",
            text: file(extra: "\n  \"minutes\": [\"decision\", \"case\"],"), expected: []),
        Case(
            name: "an unknown minutes section",
            text: file(extra: "\n  \"minutes\": [\"decison\", \"case\"],"),
            expected: ["7:15: error: $.minutes[0]: unknown minutes section 'decison'; did you mean 'decision'?"]),
        Case(
            name: "a minutes section listed twice",
            text: file(extra: "\n  \"minutes\": [\"case\", \"decision\", \"case\"],"),
            expected: ["7:35: error: $.minutes[2]: minutes section 'case' is listed twice"]),
        Case(
            name: "a misspelled top-level field",
            text: file(extra: "\n  \"durationMinuten\": 60,"),
            expected: [
                "7:3: error: $.durationMinuten: unknown field 'durationMinuten'; did you mean 'durationMinutes'?"
            ]),
        Case(
            name: "an unknown requirement type far from any known one",
            text: file(
                round:
                    #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "Question" }, "purpose": { "nl": "p", "en": "p" }, "accepts": ["question"], "timeboxMinutes": 5, "requirements": [{ "type": "stemming" }] }"#
            ),
            expected: [
                "9:178: error: $.rounds[0].requirements[0].type: unknown requirement type 'stemming'; known: case, dilemma, harms, decision, count, each, presenter, others"
            ]),
        Case(
            name: "a rule of the whole protocol is placed at its node",
            text: file(
                round:
                    #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "" }, "purpose": { "nl": "p", "en": "p" }, "accepts": ["question"], "timeboxMinutes": 5 }"#
            ),
            expected: ["9:54: error: $.rounds[0].title.en: the English text is empty"]),
        Case(
            name: "the method's own words for its minutes",
            text: file(
                round:
                    #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "Question" }, "purpose": { "nl": "p", "en": "p" }, "accepts": ["question"], "timeboxMinutes": 5, "minutes": { "heading": { "nl": "Startvraag", "en": "Starting question" }, "agreements": false, "grid": false, "chart": false, "chosen": "question", "kinds": [{ "kind": "question", "title": { "nl": "Vragen", "en": "Questions" }, "name": { "nl": "vraag", "en": "question" } }] } }"#,
                extra:
                    "\n  \"aliases\": [\"mine\"], \"outcome\": { \"title\": { \"nl\": \"Advies\", \"en\": \"Recommendation\" }, \"support\": false }, \"caseQuestion\": { \"nl\": \"Twijfel\", \"en\": \"Doubt\" },"
            ),
            expected: []),
        Case(
            name: "a misspelled field and kind in a round's minutes",
            text: file(
                round:
                    #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "Question" }, "purpose": { "nl": "p", "en": "p" }, "accepts": ["question"], "timeboxMinutes": 5, "minutes": { "headng": { "nl": "a", "en": "a" }, "chosen": "vaule" } }"#
            ),
            expected: [
                "9:164: error: $.rounds[0].minutes.headng: unknown field 'headng'; did you mean 'heading'?",
                "9:210: error: $.rounds[0].minutes.chosen: unknown kind 'vaule'; did you mean 'value'?",
            ]),
        Case(
            name: "a round's minutes name a kind the round does not take, and ask for a presenter the method lacks",
            text: file(
                round:
                    #"{ "id": "vraag", "title": { "nl": "Vraag", "en": "Question" }, "purpose": { "nl": "p", "en": "p" }, "accepts": ["question"], "timeboxMinutes": 5, "requirements": [{ "type": "presenter", "kind": "question" }], "minutes": { "chosen": "value" } }"#
            ),
            expected: [
                "9:237: error: $.rounds[0].minutes.chosen: the round does not accept 'value'",
                #"9:178: error: $.rounds[0].requirements[0].type: this asks for a case presenter, but the protocol has no role with "presenter""#,
            ]),
        Case(
            name: "broken JSON is reported where it breaks",
            text: "{\n  \"id\": \"x\",\n  \"version\": 1,,\n}",
            expected: ["3:16: error: $: expected a field name in double quotes"]),
    ]

    /// The names of the minutes' sections the cases use: the minutes know them all (`MinutesSection.names`, and
    /// `MinutesSectionTests` lints every shipped protocol with them); the linter checks a file against the names
    /// it is given.
    static let sections = ["summary", "participants", "case", "decision"]

    @Test("lint reports every problem with its line, column and JSON path", arguments: cases)
    func lint(_ c: Case) {
        #expect(ProtocolLinter.lint(c.text, minutesSections: Self.sections).map(\.description) == c.expected)
    }

    @Test func withoutTheNamesOfTheSectionsAnyNameIsTakenButNotAnyValue() {
        let named = Self.cases.first { $0.name == "an unknown minutes section" }!
        #expect(ProtocolLinter.lint(named.text, minutesSections: nil).isEmpty)
        let number = named.text.replacingOccurrences(of: #""decison""#, with: "7")
        #expect(
            ProtocolLinter.lint(number, minutesSections: nil).map(\.description) == [
                "7:15: error: $.minutes[0]: expected a string"
            ])
    }

    @Test func everyShippedProtocolPassesLint() throws {
        for file in BuiltinProtocols.embeddedFiles {
            #expect(ProtocolLinter.lint(file.text, minutesSections: nil).isEmpty, "\(file.name)")
        }
    }

    @Test func theExampleInTheDocumentationPassesLint() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/protocols.md"), encoding: .utf8)
        let blocks = doc.components(separatedBy: "```json\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(!blocks.isEmpty)
        for block in blocks {
            let findings = ProtocolLinter.lint(block, minutesSections: Self.sections)
            #expect(findings.isEmpty, "\(findings)")
        }
    }

    @Test func positionsCountLinesAndCharacters() throws {
        let node = try PositionedJSON.parse("{\n  \"a\": [1, \"é\\u00e9\\ud83d\\ude00\"]\n}")
        let item = node.node(at: "$.a[1]")
        #expect(item.line == 2 && item.column == 12)
        guard case .string(let text) = item.value else { Issue.record("not a string"); return }
        #expect(text == "éé😀")
        #expect(throws: PositionedJSON.ParseError.self) { try PositionedJSON.parse("{\"a\": tru}") }
    }
}

/// The JSON Schema that editors use says the same as the linter.
@Suite struct ProtocolSchemaTests {
    static let schemaURL = ProtocolLintTests.root.appendingPathComponent("Protocols/protocol.schema.json")

    func schema() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as! [String: Any]
    }

    @Test func theSchemaAndTheLinterKnowTheSameFields() throws {
        let schema = try schema()
        let defs = schema["$defs"] as! [String: Any]
        let objects: [String: [String: Any]] = [
            "protocol": schema, "text": defs["text"] as! [String: Any], "role": defs["role"] as! [String: Any],
            "round": defs["round"] as! [String: Any], "category": defs["category"] as! [String: Any],
            "requirement": defs["requirement"] as! [String: Any],
            "source": (schema["properties"] as! [String: Any])["source"] as! [String: Any],
            "outcome": (schema["properties"] as! [String: Any])["outcome"] as! [String: Any],
            "roundMinutes": defs["roundMinutes"] as! [String: Any],
            "kindHeading": defs["kindHeading"] as! [String: Any],
        ]
        for (name, object) in objects {
            let properties = Set((object["properties"] as! [String: Any]).keys)
            let required = Set(object["required"] as! [String])
            let linter = try #require(ProtocolLinter.fields[name])
            #expect(properties == Set(linter.all), "\(name)")
            #expect(required == Set(linter.required), "\(name)")
            #expect(object["additionalProperties"] as? Bool == false, "\(name)")
        }
        let kinds = (defs["kind"] as! [String: Any])["enum"] as! [String]
        #expect(kinds == ContributionKind.allCases.map(\.rawValue))
        let types =
            (((defs["requirement"] as! [String: Any])["properties"] as! [String: Any])["type"] as! [String: Any])[
                "enum"] as! [String]
        #expect(types == Requirement.typeNames)
    }

    @Test func everyShippedProtocolDeclaresAndPassesTheSchema() throws {
        for file in BuiltinProtocols.embeddedFiles {
            #expect(file.text.contains(#""$schema": "protocol.schema.json""#), "\(file.name)")
        }
        // The machine image's Python has jsonschema; the schema itself is checked by a real validator.
        let script = """
            import json, sys, glob, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in sorted(glob.glob(sys.argv[2] + "/*.json")):
                if not path.endswith("schema.json"):
                    jsonschema.validate(json.load(open(path)), schema)
            print("ok")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", script, Self.schemaURL.path, Self.schemaURL.deletingLastPathComponent().path,
        ]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "ok\n", "\(errors)")
    }
}
