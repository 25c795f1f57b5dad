/// What must be recorded before a round may be left without forcing.
public enum Requirement: Sendable, Equatable {
    /// The case has been described.
    case caseRecorded
    /// The dilemma has been framed with at least this many options.
    case dilemmaFramed(minOptions: Int)
    /// Every option of the dilemma has its harm named.
    case harmForEachOption
    /// A decision has been recorded.
    case decisionRecorded
    /// At least `min` entries of `kind` within `scope`.
    case count(kind: ContributionKind, min: Int, scope: RequirementScope)
    /// An entry of `kind` from every present participant whose role contributes, within `scope`.
    case each(kind: ContributionKind, scope: RequirementScope)
    /// An entry of `kind` in the round from the presenter (the Socratic example-giver's core statement).
    case fromPresenter(kind: ContributionKind)
    /// An entry of `kind` in the round from every contributing participant but the presenter, who has spoken
    /// already (everyone's own core statement).
    case eachOther(kind: ContributionKind)

    /// Whether the requirement counts entries of the round itself only.
    public var countsInRoundOnly: Bool {
        switch self {
        case .caseRecorded, .dilemmaFramed, .harmForEachOption, .decisionRecorded: return false
        case .count(_, _, let scope), .each(_, let scope): return scope == .round
        case .fromPresenter, .eachOther: return true
        }
    }

    /// The kind of entry the requirement counts, if it counts one.
    public var kind: ContributionKind? {
        switch self {
        case .caseRecorded, .dilemmaFramed, .harmForEachOption, .decisionRecorded: return nil
        case .count(let kind, _, _), .each(let kind, _), .fromPresenter(let kind), .eachOther(let kind): return kind
        }
    }
}

/// Where a requirement looks for entries.
public enum RequirementScope: String, Codable, Sendable, Equatable {
    /// Only entries recorded in the round itself.
    case round
    /// Entries recorded anywhere in the session.
    case session
}

extension Requirement: Codable {
    enum CodingKeys: String, CodingKey { case type, minOptions, kind, min, scope }

    /// The `type` names a protocol file may use, in the order the documentation lists them.
    public static let typeNames = ["case", "dilemma", "harms", "decision", "count", "each", "presenter", "others"]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "case": self = .caseRecorded
        case "dilemma": self = .dilemmaFramed(minOptions: try c.decodeIfPresent(Int.self, forKey: .minOptions) ?? 2)
        case "harms": self = .harmForEachOption
        case "decision": self = .decisionRecorded
        case "count":
            self = .count(
                kind: try c.decode(ContributionKind.self, forKey: .kind),
                min: try c.decodeIfPresent(Int.self, forKey: .min) ?? 1,
                scope: try c.decodeIfPresent(RequirementScope.self, forKey: .scope) ?? .round)
        case "each":
            self = .each(
                kind: try c.decode(ContributionKind.self, forKey: .kind),
                scope: try c.decodeIfPresent(RequirementScope.self, forKey: .scope) ?? .round)
        case "presenter": self = .fromPresenter(kind: try c.decode(ContributionKind.self, forKey: .kind))
        case "others": self = .eachOther(kind: try c.decode(ContributionKind.self, forKey: .kind))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c,
                debugDescription: "unknown requirement type '\(type)'; known: \(Self.typeNames.joined(separator: ", "))"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .caseRecorded: try c.encode("case", forKey: .type)
        case .dilemmaFramed(let minOptions):
            try c.encode("dilemma", forKey: .type)
            try c.encode(minOptions, forKey: .minOptions)
        case .harmForEachOption: try c.encode("harms", forKey: .type)
        case .decisionRecorded: try c.encode("decision", forKey: .type)
        case .count(let kind, let min, let scope):
            try c.encode("count", forKey: .type)
            try c.encode(kind, forKey: .kind)
            try c.encode(min, forKey: .min)
            try c.encode(scope, forKey: .scope)
        case .each(let kind, let scope):
            try c.encode("each", forKey: .type)
            try c.encode(kind, forKey: .kind)
            try c.encode(scope, forKey: .scope)
        case .fromPresenter(let kind):
            try c.encode("presenter", forKey: .type)
            try c.encode(kind, forKey: .kind)
        case .eachOther(let kind):
            try c.encode("others", forKey: .type)
            try c.encode(kind, forKey: .kind)
        }
    }
}

extension ContributionKind {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let raw = try c.decode(String.self)
        guard let kind = ContributionKind(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                in: c,
                debugDescription:
                    "unknown kind '\(raw)'; known: \(ContributionKind.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        self = kind
    }
}
