import Foundation

/// One problem found in a protocol file, at a JSON path such as `$.rounds[2].accepts[0]`.
public struct ProtocolIssue: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// A protocol file that does not parse or validate, with every problem found.
public struct ProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var issues: [ProtocolIssue]

    public init(file: String, issues: [ProtocolIssue]) {
        self.file = file
        self.issues = issues
    }

    public var description: String { issues.map { "\(file): \($0)" }.joined(separator: "\n") }
}

extension ProtocolDefinition {
    /// Decodes and validates a protocol file's bytes; `file` names it in the errors.
    public static func load(_ data: Data, file: String) throws(ProtocolError) -> ProtocolDefinition {
        let definition: ProtocolDefinition
        do {
            definition = try JSONDecoder().decode(ProtocolDefinition.self, from: data)
        } catch let error as DecodingError {
            throw ProtocolError(file: file, issues: [ProtocolIssue(decodingError: error)])
        } catch {
            throw ProtocolError(file: file, issues: [ProtocolIssue(path: "$", message: "\(error)")])
        }
        let issues = definition.validationIssues()
        guard issues.isEmpty else { throw ProtocolError(file: file, issues: issues) }
        return definition
    }

    /// Every rule a decoded protocol breaks: unique ids, texts in both languages, well-formed requirements.
    public func validationIssues() -> [ProtocolIssue] {
        var issues: [ProtocolIssue] = []
        func text(_ value: LocalizedText, _ path: String) {
            if value.nl.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                issues.append(ProtocolIssue(path: path + ".nl", message: "the Dutch text is empty"))
            }
            if value.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                issues.append(ProtocolIssue(path: path + ".en", message: "the English text is empty"))
            }
        }
        func identifier(_ value: String, _ path: String) {
            if !Identifier.isValid(value) {
                issues.append(
                    ProtocolIssue(path: path, message: "'\(value)' is not an id: use a-z, 0-9 and '-', at most 64"))
            }
        }
        func unique(_ ids: [String], _ path: (Int) -> String, what: String) {
            var seen = Set<String>()
            for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
                issues.append(ProtocolIssue(path: path(index), message: "duplicate \(what) id '\(id)'"))
            }
        }

        identifier(id, "$.id")
        if version < 1 { issues.append(ProtocolIssue(path: "$.version", message: "the version must be 1 or more")) }
        text(title, "$.title")
        text(summary, "$.summary")
        if source.citation.trimmingCharacters(in: .whitespaces).isEmpty {
            issues.append(ProtocolIssue(path: "$.source.citation", message: "the source is empty"))
        }
        if let durationMinutes, durationMinutes < 1 {
            issues.append(ProtocolIssue(path: "$.durationMinutes", message: "the duration must be 1 minute or more"))
        }
        if roles.isEmpty {
            issues.append(ProtocolIssue(path: "$.roles", message: "a protocol needs at least one role"))
        }
        for (index, role) in roles.enumerated() {
            identifier(role.id, "$.roles[\(index)].id")
            text(role.title, "$.roles[\(index)].title")
            if let max = role.max, max < 1 {
                issues.append(ProtocolIssue(path: "$.roles[\(index)].max", message: "max must be 1 or more"))
            }
        }
        unique(roles.map(\.id), { "$.roles[\($0)].id" }, what: "role")
        if roles.filter(\.isDefault).count > 1 {
            issues.append(ProtocolIssue(path: "$.roles", message: "more than one role is marked default"))
        }
        if rounds.isEmpty {
            issues.append(ProtocolIssue(path: "$.rounds", message: "a protocol needs at least one round"))
        }
        for (index, round) in rounds.enumerated() {
            let path = "$.rounds[\(index)]"
            identifier(round.id, path + ".id")
            text(round.title, path + ".title")
            text(round.purpose, path + ".purpose")
            for (p, prompt) in round.prompts.enumerated() { text(prompt, path + ".prompts[\(p)]") }
            for (h, hint) in round.hints.enumerated() { text(hint, path + ".hints[\(h)]") }
            if round.accepts.isEmpty {
                issues.append(ProtocolIssue(path: path + ".accepts", message: "a round must accept at least one kind"))
            }
            unique(round.accepts.map(\.rawValue), { path + ".accepts[\($0)]" }, what: "kind")
            if round.timeboxMinutes < 1 {
                issues.append(
                    ProtocolIssue(path: path + ".timeboxMinutes", message: "the time box must be 1 minute or more"))
            }
            for (c, category) in round.categories.enumerated() {
                identifier(category.id, path + ".categories[\(c)].id")
                text(category.title, path + ".categories[\(c)].title")
                for (p, prompt) in category.prompts.enumerated() {
                    text(prompt, path + ".categories[\(c)].prompts[\(p)]")
                }
                for (h, hint) in category.hints.enumerated() { text(hint, path + ".categories[\(c)].hints[\(h)]") }
            }
            unique(round.categories.map(\.id), { path + ".categories[\($0)].id" }, what: "category")
            for (r, requirement) in round.requirements.enumerated() {
                let rpath = path + ".requirements[\(r)]"
                switch requirement {
                case .caseRecorded, .harmForEachOption, .decisionRecorded:
                    break
                case .dilemmaFramed(let minOptions):
                    if minOptions < 2 {
                        issues.append(ProtocolIssue(path: rpath + ".minOptions", message: "a dilemma needs 2 or more"))
                    }
                case .count(let kind, let min, let scope):
                    if min < 1 { issues.append(ProtocolIssue(path: rpath + ".min", message: "min must be 1 or more")) }
                    if scope == .round && !round.accepts(kind) {
                        issues.append(
                            ProtocolIssue(
                                path: rpath + ".kind",
                                message: "the round does not accept '\(kind.rawValue)', so it can never be counted"))
                    }
                case .each(let kind, let scope):
                    if scope == .round && !round.accepts(kind) {
                        issues.append(
                            ProtocolIssue(
                                path: rpath + ".kind",
                                message: "the round does not accept '\(kind.rawValue)', so it can never be counted"))
                    }
                }
            }
        }
        unique(rounds.map(\.id), { "$.rounds[\($0)].id" }, what: "round")
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
            self.init(path: path(context.codingPath + [key]), message: "required field '\(key.stringValue)' is missing")
        case .typeMismatch(let type, let context):
            self.init(path: path(context.codingPath), message: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(path: path(context.codingPath), message: "expected \(Self.describe(type)), found null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self.init(path: "$", message: "not valid JSON")
            } else {
                self.init(path: path(context.codingPath), message: context.debugDescription)
            }
        @unknown default:
            self.init(path: "$", message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        default: return "an object"
        }
    }
}
