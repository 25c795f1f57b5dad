import Foundation

/// Checks a protocol file and reports every problem at once, each at its line and column with its JSON path,
/// suggesting the nearest known field or kind for a misspelling.
public enum ProtocolLinter {
    /// One problem, with where it is.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var path: String
        public var text: LocalizedText

        /// `LINE:COL: error: PATH: MESSAGE` in `language` (`fout:` in Dutch).
        public func describe(_ language: Language) -> String {
            "\(line):\(column): " + Catalog.text(.protocolFile(.error(text: "\(path): \(text(language))")), language)
        }

        public var description: String { describe(.en) }
    }

    /// Every problem in a protocol file's bytes: a byte order mark or bytes that are not UTF-8 first, at their
    /// place, then everything `lint(_:)` finds. `protocols lint` and `new` both read a file through this.
    /// `minutesSections` are the names a protocol may list its minutes' sections by; nil leaves them unchecked.
    public static func lint(_ data: Data, minutesSections: [String]?) -> [Finding] {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return [Finding(line: 1, column: 1, path: "$", text: Catalog.localized(.json(.byteOrderMark)))]
        }
        if let (line, column) = firstInvalidUTF8(bytes) {
            return [Finding(line: line, column: column, path: "$", text: Catalog.localized(.json(.invalidUTF8)))]
        }
        return lint(String(decoding: bytes, as: UTF8.self), minutesSections: minutesSections)
    }

    /// The line and column (in characters) of the first byte that does not decode as UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return (line, column)
            }
        }
    }

    /// Every problem in `text`; empty when the file is a valid protocol.
    public static func lint(_ text: String, minutesSections: [String]?) -> [Finding] {
        let root: PositionedJSON
        do {
            root = try PositionedJSON.parse(text)
        } catch {
            return [Finding(line: error.line, column: error.column, path: "$", text: error.text)]
        }
        var checker = Checker(root: root, minutesSections: minutesSections)
        checker.protocolObject(root, "$")
        if !checker.findings.isEmpty { return checker.findings }
        // The shape is right: the rules that need the whole protocol (unique ids, texts, requirements).
        do {
            _ = try ProtocolDefinition.decodeValidated(Data(text.utf8), file: "")
            return []
        } catch {
            return error.issues.map { issue in
                let node = root.node(at: issue.path)
                return Finding(line: node.line, column: node.column, path: issue.path, text: issue.text)
            }
        }
    }

    /// The fields each kind of object may have, and which of them are required. Protocols/protocol.schema.json
    /// says the same for editors; ProtocolSchemaTests keeps the two in step.
    public static let fields: [String: (all: [String], required: [String])] = [
        "protocol": (
            [
                "$schema", "id", "version", "title", "summary", "source", "durationMinutes", "requiresDecision",
                "roles", "rounds", "minutes", "aliases", "outcome", "caseQuestion",
            ],
            ["id", "version", "title", "summary", "source", "roles", "rounds"]
        ),
        "text": (["nl", "en"], ["nl", "en"]),
        "source": (["citation", "note", "url"], ["citation"]),
        "role": (
            ["id", "title", "contributes", "max", "default", "facilitator", "presenter", "noteTaker"], ["id", "title"]
        ),
        "round": (
            [
                "id", "title", "purpose", "prompts", "hints", "questions", "accepts", "categories", "timeboxMinutes",
                "timeboxIsDefault",
                "skippable", "requirements", "convenes", "recalls", "minutes", "casePresenter",
            ],
            ["id", "title", "purpose", "accepts", "timeboxMinutes"]
        ),
        "category": (["id", "title", "prompts", "hints", "basis", "alias"], ["id", "title"]),
        "outcome": (["title", "support"], ["title"]),
        "roundMinutes": (["heading", "agreements", "grid", "chart", "kinds", "chosen"], []),
        "kindHeading": (["kind", "title", "name"], ["kind", "title"]),
        "requirement": (["type", "minOptions", "kind", "min", "scope"], ["type"]),
    ]

    private struct Checker {
        let root: PositionedJSON
        /// The names of the minutes' sections, when they are checked.
        let minutesSections: [String]?
        var findings: [Finding] = []

        mutating func report(_ node: PositionedJSON, _ path: String, _ key: Catalog.Key) {
            findings.append(Finding(line: node.line, column: node.column, path: path, text: Catalog.localized(key)))
        }

        /// The members of an object of `kind`, after reporting unknown and missing fields.
        mutating func members(_ node: PositionedJSON, _ path: String, kind: String) -> [String: PositionedJSON]? {
            guard case .object(let list) = node.value else {
                report(node, path, .protocolFile(.expectedObject))
                return nil
            }
            // Every kind the linter walks has its fields listed; an unlisted one accepts nothing.
            let spec = ProtocolLinter.fields[kind] ?? (all: [], required: [])
            var result: [String: PositionedJSON] = [:]
            for member in list {
                if spec.all.contains(member.key) {
                    result[member.key] = member.value
                } else {
                    let text = Catalog.localized(
                        .protocolFile(
                            nearest(member.key, spec.all).map {
                                .unknownFieldDidYouMean(field: member.key, suggestion: $0)
                            } ?? .unknownField(field: member.key)))
                    findings.append(
                        Finding(line: member.line, column: member.column, path: path + "." + member.key, text: text))
                }
            }
            for key in spec.required
            where result[key] == nil
                && !list.contains(where: { nearest($0.key, [key]) != nil && !spec.all.contains($0.key) })
            {
                report(node, path, .protocolFile(.missingField(field: key)))
            }
            return result
        }

        mutating func protocolObject(_ node: PositionedJSON, _ path: String) {
            guard let m = members(node, path, kind: "protocol") else { return }
            if let v = m["$schema"] { string(v, path + ".$schema") }
            if let v = m["id"] { string(v, path + ".id") }
            if let v = m["version"] { integer(v, path + ".version") }
            if let v = m["title"] { text(v, path + ".title") }
            if let v = m["summary"] { text(v, path + ".summary") }
            if let v = m["source"], let s = members(v, path + ".source", kind: "source") {
                if let c = s["citation"] { string(c, path + ".source.citation") }
                if let u = s["url"] { string(u, path + ".source.url") }
                if let n = s["note"] { text(n, path + ".source.note") }
            }
            if let v = m["durationMinutes"] { integer(v, path + ".durationMinutes") }
            if let v = m["requiresDecision"] { bool(v, path + ".requiresDecision") }
            if let v = m["roles"] { each(v, path + ".roles") { $0.role($1, $2) } }
            if let v = m["rounds"] { each(v, path + ".rounds") { $0.round($1, $2) } }
            if let v = m["aliases"] { each(v, path + ".aliases") { $0.string($1, $2) } }
            if let v = m["outcome"], let o = members(v, path + ".outcome", kind: "outcome") {
                if let t = o["title"] { text(t, path + ".outcome.title") }
                if let b = o["support"] { bool(b, path + ".outcome.support") }
            }
            if let v = m["caseQuestion"] { text(v, path + ".caseQuestion") }
            if let v = m["minutes"] {
                each(v, path + ".minutes") {
                    if let known = $0.minutesSections {
                        $0.choice($1, $2, known, what: Catalog.ProtocolFileText.unknownMinutesSection)
                    } else {
                        $0.string($1, $2)
                    }
                }
            }
        }

        mutating func role(_ node: PositionedJSON, _ path: String) {
            guard let m = members(node, path, kind: "role") else { return }
            if let v = m["id"] { string(v, path + ".id") }
            if let v = m["title"] { text(v, path + ".title") }
            if let v = m["max"] { integer(v, path + ".max") }
            for key in ["contributes", "default", "facilitator", "presenter", "noteTaker"] {
                if let v = m[key] { bool(v, path + "." + key) }
            }
        }

        mutating func round(_ node: PositionedJSON, _ path: String) {
            guard let m = members(node, path, kind: "round") else { return }
            if let v = m["id"] { string(v, path + ".id") }
            if let v = m["title"] { text(v, path + ".title") }
            if let v = m["purpose"] { text(v, path + ".purpose") }
            for key in ["prompts", "hints", "questions"] {
                if let v = m[key] { each(v, path + "." + key) { $0.text($1, $2) } }
            }
            if let v = m["accepts"] { each(v, path + ".accepts") { $0.kind($1, $2) } }
            if let v = m["categories"] { each(v, path + ".categories") { $0.category($1, $2) } }
            if let v = m["timeboxMinutes"] { integer(v, path + ".timeboxMinutes") }
            for key in ["timeboxIsDefault", "skippable", "convenes", "casePresenter"] {
                if let v = m[key] { bool(v, path + "." + key) }
            }
            if let v = m["requirements"] { each(v, path + ".requirements") { $0.requirement($1, $2) } }
            if let v = m["recalls"] { each(v, path + ".recalls") { $0.string($1, $2) } }
            if let v = m["minutes"] { roundMinutes(v, path + ".minutes") }
        }

        mutating func roundMinutes(_ node: PositionedJSON, _ path: String) {
            guard let m = members(node, path, kind: "roundMinutes") else { return }
            if let v = m["heading"] { text(v, path + ".heading") }
            for key in ["agreements", "grid", "chart"] { if let v = m[key] { bool(v, path + "." + key) } }
            if let v = m["chosen"] { kind(v, path + ".chosen") }
            if let v = m["kinds"] {
                each(v, path + ".kinds") { checker, item, itemPath in
                    guard let k = checker.members(item, itemPath, kind: "kindHeading") else { return }
                    if let kind = k["kind"] { checker.kind(kind, itemPath + ".kind") }
                    if let title = k["title"] { checker.text(title, itemPath + ".title") }
                    if let name = k["name"] { checker.text(name, itemPath + ".name") }
                }
            }
        }

        mutating func category(_ node: PositionedJSON, _ path: String) {
            guard let m = members(node, path, kind: "category") else { return }
            if let v = m["id"] { string(v, path + ".id") }
            if let v = m["title"] { text(v, path + ".title") }
            if let v = m["basis"] { text(v, path + ".basis") }
            if let v = m["alias"] { string(v, path + ".alias") }
            for key in ["prompts", "hints"] { if let v = m[key] { each(v, path + "." + key) { $0.text($1, $2) } } }
        }

        mutating func requirement(_ node: PositionedJSON, _ path: String) {
            guard let m = members(node, path, kind: "requirement") else { return }
            if let v = m["type"] {
                choice(v, path + ".type", Requirement.typeNames, what: Catalog.ProtocolFileText.unknownRequirementType)
            }
            if let v = m["kind"] { kind(v, path + ".kind") }
            if let v = m["scope"] {
                choice(v, path + ".scope", ["round", "session"], what: Catalog.ProtocolFileText.unknownScope)
            }
            for key in ["min", "minOptions"] { if let v = m[key] { integer(v, path + "." + key) } }
        }

        mutating func text(_ node: PositionedJSON, _ path: String) {
            guard let m = members(node, path, kind: "text") else { return }
            if let v = m["nl"] { string(v, path + ".nl") }
            if let v = m["en"] { string(v, path + ".en") }
        }

        mutating func kind(_ node: PositionedJSON, _ path: String) {
            choice(node, path, ContributionKind.allCases.map(\.rawValue), what: Catalog.ProtocolFileText.unknownKind)
        }

        /// A value that must be one of `known`; `what` says which kind of value it was, with a hint.
        mutating func choice(
            _ node: PositionedJSON, _ path: String, _ known: [String],
            what: (_ value: String, _ hint: String) -> Catalog.ProtocolFileText
        ) {
            guard case .string(let value) = node.value else {
                return report(node, path, .protocolFile(.expectedString))
            }
            if !known.contains(value) {
                func hint(_ language: Language) -> String {
                    if let suggestion = nearest(value, known) {
                        return Catalog.text(.protocolFile(.didYouMean(suggestion: suggestion)), language)
                    }
                    return Catalog.text(.protocolFile(.known(values: known.joined(separator: ", "))), language)
                }
                let text = LocalizedText(
                    nl: Catalog.text(.protocolFile(what(value, hint(.nl))), .nl),
                    en: Catalog.text(.protocolFile(what(value, hint(.en))), .en))
                findings.append(Finding(line: node.line, column: node.column, path: path, text: text))
            }
        }

        mutating func each(
            _ node: PositionedJSON, _ path: String, _ body: (inout Checker, PositionedJSON, String) -> Void
        ) {
            guard case .array(let items) = node.value else { return report(node, path, .protocolFile(.expectedList)) }
            for (index, item) in items.enumerated() { body(&self, item, path + "[\(index)]") }
        }

        mutating func string(_ node: PositionedJSON, _ path: String) {
            if case .string = node.value { return }
            report(node, path, .protocolFile(.expectedString))
        }

        mutating func integer(_ node: PositionedJSON, _ path: String) {
            if case .number(_, true) = node.value { return }
            report(node, path, .protocolFile(.expectedWholeNumber))
        }

        mutating func bool(_ node: PositionedJSON, _ path: String) {
            if case .bool = node.value { return }
            report(node, path, .protocolFile(.expectedBool))
        }

        /// The known word closest to `word`, if it is a likely misspelling.
        func nearest(_ word: String, _ known: [String]) -> String? {
            let scored = known.map { ($0, EditDistance.between(word, $0, transpositions: true)) }
                .filter { $0.1 <= max(1, min(2, $0.0.count / 3)) }
            return scored.min { $0.1 < $1.1 }?.0
        }
    }
}
