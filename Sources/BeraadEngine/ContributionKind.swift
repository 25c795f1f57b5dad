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

    /// Kinds that have a command of their own rather than `say`: they carry structure of their own, or (the case and
    /// the dilemma) they stand for the whole session, so that a contribution can never replace them.
    public var hasOwnCommand: Bool {
        switch self {
        case .case, .dilemma, .position, .decision, .action, .evaluation: return true
        case .question, .fact, .value, .norm, .right, .perspective, .alternative, .consideration, .signal, .note:
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
        case .case: return Catalog.localized(.kind(.case))
        case .dilemma: return Catalog.localized(.kind(.dilemma))
        case .question: return Catalog.localized(.kind(.question))
        case .fact: return Catalog.localized(.kind(.fact))
        case .value: return Catalog.localized(.kind(.value))
        case .norm: return Catalog.localized(.kind(.norm))
        case .right: return Catalog.localized(.kind(.right))
        case .perspective: return Catalog.localized(.kind(.perspective))
        case .alternative: return Catalog.localized(.kind(.alternative))
        case .consideration: return Catalog.localized(.kind(.consideration))
        case .position: return Catalog.localized(.kind(.position))
        case .decision: return Catalog.localized(.kind(.decision))
        case .action: return Catalog.localized(.kind(.action))
        case .signal: return Catalog.localized(.kind(.signal))
        case .evaluation: return Catalog.localized(.kind(.evaluation))
        case .note: return Catalog.localized(.kind(.note))
        }
    }
}
