import Foundation

/// One problem found in a protocol file, at a JSON path such as `$.rounds[2].accepts[0]` and, when the file's
/// text is known, at a line and column.
public struct ProtocolIssue: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var text: LocalizedText
    public var line: Int?
    public var column: Int?

    public init(path: String, text: LocalizedText, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.text = text
        self.line = line
        self.column = column
    }

    init(path: String, _ key: Catalog.Key) {
        self.init(path: path, text: Catalog.localized(key))
    }

    /// The message in English, as logs and tests read it.
    public var message: String { text.en }

    /// `LINE:COL: PATH: MESSAGE` (or `PATH: MESSAGE`) in `language`.
    public func describe(_ language: Language) -> String {
        let place = line.map { "\($0):\(column ?? 1): " } ?? ""
        return place + path + ": " + text(language)
    }

    public var description: String { describe(.en) }
}

/// A protocol file that does not parse or validate, with every problem found.
public struct ProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var issues: [ProtocolIssue]

    public init(file: String, issues: [ProtocolIssue]) {
        self.file = file
        self.issues = issues
    }

    public var description: String { describe(.en) }

    /// Every issue on a line of its own, prefixed with the file, in `language`.
    public func describe(_ language: Language) -> String {
        issues.map { issue in
            (issue.line == nil ? file + ": " : file + ":") + issue.describe(language)
        }.joined(separator: "\n")
    }
}

extension ProtocolDefinition {
    /// Checks, decodes and validates a protocol file's bytes; `file` names it in the errors, which carry the line
    /// and column of each problem (the same findings as `beraad protocols lint`). `minutesSections` are the names
    /// of the minutes' sections (`MinutesSection.names`), which the engine does not know itself; nil leaves the
    /// names unchecked, for the built-in protocols, whose names the minutes' tests hold to their sections.
    public static func load(_ data: Data, file: String, minutesSections: [String]?) throws(ProtocolError)
        -> ProtocolDefinition
    {
        let findings = ProtocolLinter.lint(data, minutesSections: minutesSections)
        if !findings.isEmpty {
            throw ProtocolError(
                file: file,
                issues: findings.map { ProtocolIssue(path: $0.path, text: $0.text, line: $0.line, column: $0.column) })
        }
        return try decodeValidated(data, file: file)
    }

    /// Decodes and validates without the positioned checks (the linter's own last step).
    static func decodeValidated(_ data: Data, file: String) throws(ProtocolError) -> ProtocolDefinition {
        let definition: ProtocolDefinition
        do {
            definition = try JSONDecoder().decode(ProtocolDefinition.self, from: data)
        } catch let error as DecodingError {
            throw ProtocolError(file: file, issues: [ProtocolIssue(decodingError: error)])
        } catch {
            throw ProtocolError(
                file: file, issues: [ProtocolIssue(path: "$", text: LocalizedText(verbatim: "\(error)"))])
        }
        let issues = definition.validationIssues()
        guard issues.isEmpty else { throw ProtocolError(file: file, issues: issues) }
        return definition
    }

    /// Every rule a decoded protocol breaks: unique ids, texts in both languages, well-formed requirements.
    /// The sane range of every number in a protocol: what a meeting can use, and what arithmetic on it (seconds
    /// of a time box, sums of counts) can never overflow.
    public static let versionRange = 1...1_000_000
    public static let durationRange = 1...1440
    public static let timeboxRange = 1...600
    public static let roleMaxRange = 1...1000
    public static let minOptionsRange = 2...26
    public static let countRange = 1...1000

    public func validationIssues() -> [ProtocolIssue] {
        var issues: [ProtocolIssue] = []
        func text(_ value: LocalizedText, _ path: String) {
            if value.nl.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                issues.append(ProtocolIssue(path: path + ".nl", .protocolFile(.dutchTextEmpty)))
            }
            if value.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                issues.append(ProtocolIssue(path: path + ".en", .protocolFile(.englishTextEmpty)))
            }
        }
        func identifier(_ value: String, _ path: String) {
            if !Identifier.isValid(value) {
                issues.append(
                    ProtocolIssue(path: path, .protocolFile(.notAnID(id: value))))
            }
        }
        func range(_ value: Int, _ bounds: ClosedRange<Int>, _ path: String) {
            if !bounds.contains(value) {
                issues.append(
                    ProtocolIssue(
                        path: path,
                        .protocolFile(
                            .numberOutOfRange(low: String(bounds.lowerBound), high: String(bounds.upperBound)))))
            }
        }
        func unique(_ ids: [String], _ path: (Int) -> String, what: (String) -> Catalog.ProtocolFileText) {
            var seen = Set<String>()
            for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
                issues.append(ProtocolIssue(path: path(index), .protocolFile(what(id))))
            }
        }

        identifier(id, "$.id")
        range(version, Self.versionRange, "$.version")
        text(title, "$.title")
        text(summary, "$.summary")
        if source.citation.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(ProtocolIssue(path: "$.source.citation", .protocolFile(.sourceEmpty)))
        }
        if let note = source.note { text(note, "$.source.note") }
        if let durationMinutes { range(durationMinutes, Self.durationRange, "$.durationMinutes") }
        if roles.isEmpty {
            issues.append(ProtocolIssue(path: "$.roles", .protocolFile(.noRoles)))
        }
        for (index, alias) in aliases.enumerated() {
            identifier(alias, "$.aliases[\(index)]")
            if alias == id { issues.append(ProtocolIssue(path: "$.aliases[\(index)]", .protocolFile(.aliasIsTheID))) }
        }
        unique(aliases, { "$.aliases[\($0)]" }, what: Catalog.ProtocolFileText.duplicateAlias)
        if let outcome { text(outcome.title, "$.outcome.title") }
        if let caseQuestion { text(caseQuestion, "$.caseQuestion") }
        for (index, section) in (minutes ?? []).enumerated() where minutes?.firstIndex(of: section) != index {
            issues.append(
                ProtocolIssue(
                    path: "$.minutes[\(index)]", .protocolFile(.minutesSectionTwice(section: section))))
        }
        for (index, role) in roles.enumerated() {
            identifier(role.id, "$.roles[\(index)].id")
            text(role.title, "$.roles[\(index)].title")
            if let max = role.max { range(max, Self.roleMaxRange, "$.roles[\(index)].max") }
        }
        unique(roles.map(\.id), { "$.roles[\($0)].id" }, what: Catalog.ProtocolFileText.duplicateRole)
        if roles.filter(\.isDefault).count > 1 {
            issues.append(ProtocolIssue(path: "$.roles", .protocolFile(.severalDefaultRoles)))
        }
        if rounds.isEmpty {
            issues.append(ProtocolIssue(path: "$.rounds", .protocolFile(.noRounds)))
        }
        for (index, round) in rounds.enumerated() {
            let path = "$.rounds[\(index)]"
            identifier(round.id, path + ".id")
            text(round.title, path + ".title")
            text(round.purpose, path + ".purpose")
            for (p, prompt) in round.prompts.enumerated() { text(prompt, path + ".prompts[\(p)]") }
            for (h, hint) in round.hints.enumerated() { text(hint, path + ".hints[\(h)]") }
            for (q, question) in round.questions.enumerated() { text(question, path + ".questions[\(q)]") }
            for (r, recalled) in round.recalls.enumerated()
            where !rounds.prefix(index).contains(where: { $0.id == recalled }) {
                issues.append(
                    ProtocolIssue(path: path + ".recalls[\(r)]", .protocolFile(.recallsUnknownRound(id: recalled))))
            }
            if round.accepts.isEmpty {
                issues.append(ProtocolIssue(path: path + ".accepts", .protocolFile(.roundAcceptsNothing)))
            }
            unique(
                round.accepts.map(\.rawValue), { path + ".accepts[\($0)]" },
                what: Catalog.ProtocolFileText.duplicateKind)
            range(round.timeboxMinutes, Self.timeboxRange, path + ".timeboxMinutes")
            for (c, category) in round.categories.enumerated() {
                identifier(category.id, path + ".categories[\(c)].id")
                text(category.title, path + ".categories[\(c)].title")
                for (p, prompt) in category.prompts.enumerated() {
                    text(prompt, path + ".categories[\(c)].prompts[\(p)]")
                }
                for (h, hint) in category.hints.enumerated() { text(hint, path + ".categories[\(c)].hints[\(h)]") }
                if let basis = category.basis { text(basis, path + ".categories[\(c)].basis") }
            }
            unique(
                round.categories.map(\.id), { path + ".categories[\($0)].id" },
                what: Catalog.ProtocolFileText.duplicateCategory)
            for (c, category) in round.categories.enumerated() {
                if let alias = category.alias {
                    identifier(alias, path + ".categories[\(c)].alias")
                    if round.categories.contains(where: { $0.id == alias && $0.id != category.id }) {
                        issues.append(
                            ProtocolIssue(
                                path: path + ".categories[\(c)].alias", .protocolFile(.duplicateCategory(id: alias))))
                    }
                }
            }
            if let minutes = round.minutes {
                if let heading = minutes.heading { text(heading, path + ".minutes.heading") }
                for (k, heading) in minutes.kinds.enumerated() {
                    text(heading.title, path + ".minutes.kinds[\(k)].title")
                    if let name = heading.name { text(name, path + ".minutes.kinds[\(k)].name") }
                    if !round.accepts(heading.kind) {
                        issues.append(
                            ProtocolIssue(
                                path: path + ".minutes.kinds[\(k)].kind",
                                .protocolFile(.kindNotAccepted(kind: heading.kind.rawValue))))
                    }
                }
                unique(
                    minutes.kinds.map(\.kind.rawValue), { path + ".minutes.kinds[\($0)].kind" },
                    what: Catalog.ProtocolFileText.duplicateKind)
                if let chosen = minutes.chosen, !round.accepts(chosen) {
                    issues.append(
                        ProtocolIssue(
                            path: path + ".minutes.chosen", .protocolFile(.kindNotAccepted(kind: chosen.rawValue))))
                }
            }
            if round.casePresenter && (presenterRole == nil || !round.accepts(.case)) {
                issues.append(ProtocolIssue(path: path + ".casePresenter", .protocolFile(.casePresenterUnusable)))
            }
            for (r, requirement) in round.requirements.enumerated() {
                let rpath = path + ".requirements[\(r)]"
                switch requirement {
                case .caseRecorded, .harmForEachOption, .decisionRecorded:
                    break
                case .dilemmaFramed(let minOptions):
                    range(minOptions, Self.minOptionsRange, rpath + ".minOptions")
                case .count(_, let min, _):
                    range(min, Self.countRange, rpath + ".min")
                case .each, .fromPresenter, .eachOther:
                    break
                }
                // A kind counted only in this round that the round does not take can never be counted.
                if let kind = requirement.kind, requirement.countsInRoundOnly, !round.accepts(kind) {
                    issues.append(
                        ProtocolIssue(path: rpath + ".kind", .protocolFile(.kindNeverCounted(kind: kind.rawValue))))
                }
                switch requirement {
                case .fromPresenter, .eachOther:
                    if presenterRole == nil {
                        issues.append(ProtocolIssue(path: rpath + ".type", .protocolFile(.noPresenterRole)))
                    }
                case .caseRecorded, .dilemmaFramed, .harmForEachOption, .decisionRecorded, .count, .each:
                    break
                }
            }
        }
        unique(rounds.map(\.id), { "$.rounds[\($0)].id" }, what: Catalog.ProtocolFileText.duplicateRound)
        return issues
    }
}

extension ProtocolIssue {
    /// Turns a decoder's error into an issue at the JSON path it happened.
    init(decodingError error: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String {
            var result = "$"
            for key in codingPath {
                if let index = key.intValue { result += "[\(index)]" } else { result += ".\(key.stringValue)" }
            }
            return result
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(path: path(context.codingPath + [key]), .protocolFile(.missingField(field: key.stringValue)))
        case .typeMismatch(let type, let context):
            self.init(path: path(context.codingPath), text: Self.expected(type))
        case .valueNotFound(let type, let context):
            self.init(
                path: path(context.codingPath),
                text: LocalizedText(
                    nl: Catalog.text(.protocolFile(.foundNull(expected: Self.expected(type).nl)), .nl),
                    en: Catalog.text(.protocolFile(.foundNull(expected: Self.expected(type).en)), .en)))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self.init(path: "$", .protocolFile(.notJSON))
            } else {
                self.init(
                    path: path(context.codingPath),
                    text: LocalizedText(verbatim: context.debugDescription))
            }
        @unknown default:
            self.init(path: "$", text: LocalizedText(verbatim: "\(error)"))
        }
    }

    private static func expected(_ type: Any.Type) -> LocalizedText {
        switch type {
        case is String.Type: return Catalog.localized(.protocolFile(.expectedString))
        case is Int.Type: return Catalog.localized(.protocolFile(.expectedWholeNumber))
        case is Bool.Type: return Catalog.localized(.protocolFile(.expectedBool))
        case is [Any].Type: return Catalog.localized(.protocolFile(.expectedList))
        default: return Catalog.localized(.protocolFile(.expectedObject))
        }
    }
}
