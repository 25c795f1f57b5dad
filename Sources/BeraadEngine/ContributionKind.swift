/// The closed set of contribution kinds; the engine and the minutes give each its meaning.
public enum ContributionKind: String, Codable, Sendable, CaseIterable, Equatable, Hashable {
    case `case`
    case dilemma
    case question
    case fact
    case value
    case norm
    case right
    case perspective
    case alternative
    case consideration
    case position
    case decision
    case action
    case signal
    case evaluation
    case note

    /// Kinds that carry structure of their own and so have a command of their own rather than `say`.
    public var hasOwnCommand: Bool {
        switch self {
        case .dilemma, .position, .decision, .action, .evaluation: return true
        case .case, .question, .fact, .value, .norm, .right, .perspective, .alternative, .consideration,
            .signal, .note:
            return false
        }
    }

    /// The command that records this kind, for messages that point the facilitator to it.
    public var commandName: String {
        switch self {
        case .case: return "case"
        case .dilemma: return "dilemma"
        case .position: return "position"
        case .decision: return "decide"
        case .action: return "action"
        case .signal: return "signal"
        case .evaluation: return "evaluate"
        case .question, .fact, .value, .norm, .right, .perspective, .alternative, .consideration, .note:
            return "say"
        }
    }

    /// The kind's name as a facilitator reads it.
    public var label: LocalizedText {
        switch self {
        case .case: return Catalog.localized(.kindCase)
        case .dilemma: return Catalog.localized(.dilemma)
        case .question: return Catalog.localized(.question)
        case .fact: return Catalog.localized(.fact)
        case .value: return Catalog.localized(.value)
        case .norm: return Catalog.localized(.norm)
        case .right: return Catalog.localized(.right)
        case .perspective: return Catalog.localized(.perspective)
        case .alternative: return Catalog.localized(.alternative)
        case .consideration: return Catalog.localized(.consideration)
        case .position: return Catalog.localized(.position)
        case .decision: return Catalog.localized(.decision)
        case .action: return Catalog.localized(.action)
        case .signal: return Catalog.localized(.signal)
        case .evaluation: return Catalog.localized(.evaluation)
        case .note: return Catalog.localized(.note)
        }
    }
}
