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
        case .case: return LocalizedText(nl: "casus", en: "case")
        case .dilemma: return LocalizedText(nl: "dilemma", en: "dilemma")
        case .question: return LocalizedText(nl: "vraag", en: "question")
        case .fact: return LocalizedText(nl: "feit", en: "fact")
        case .value: return LocalizedText(nl: "waarde", en: "value")
        case .norm: return LocalizedText(nl: "norm", en: "norm")
        case .right: return LocalizedText(nl: "recht", en: "right")
        case .perspective: return LocalizedText(nl: "perspectief", en: "perspective")
        case .alternative: return LocalizedText(nl: "alternatief", en: "alternative")
        case .consideration: return LocalizedText(nl: "overweging", en: "consideration")
        case .position: return LocalizedText(nl: "standpunt", en: "position")
        case .decision: return LocalizedText(nl: "besluit", en: "decision")
        case .action: return LocalizedText(nl: "actie", en: "action")
        case .signal: return LocalizedText(nl: "signaal", en: "signal")
        case .evaluation: return LocalizedText(nl: "evaluatie", en: "evaluation")
        case .note: return LocalizedText(nl: "notitie", en: "note")
        }
    }
}
