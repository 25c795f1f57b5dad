import BeraadEngine

// The engine's closed sets as option values, with their Dutch spellings beside the English ones.

extension ContributionKind: ChoiceValue {
    /// A kind is written as its name in either language (`value`, `waarde`).
    var choice: Choice {
        let dutch = label(.nl)
        return Choice(english: rawValue, dutch: dutch == rawValue ? nil : dutch)
    }
}

extension DecisionSupport: ChoiceValue {
    var choice: Choice {
        switch self {
        case .consensus: return Choice(english: "consensus")
        case .majority: return Choice(english: "majority", dutch: "meerderheid")
        case .presenter: return Choice(english: "presenter", dutch: "inbrenger")
        case .facilitator: return Choice(english: "facilitator", dutch: "gespreksleider")
        }
    }
}

extension Influence: ChoiceValue {
    var choice: Choice {
        switch self {
        case .helps: return Choice(english: "helps", dutch: "helpt")
        case .hinders: return Choice(english: "hinders", dutch: "belemmert")
        }
    }
}

extension SignalLevel: ChoiceValue {
    var choice: Choice {
        switch self {
        case .individual: return Choice(english: "individual", dutch: "individueel")
        case .group: return Choice(english: "group", dutch: "groep")
        case .policy: return Choice(english: "policy", dutch: "beleid")
        }
    }
}

extension SignalState: ChoiceValue {
    var choice: Choice {
        switch self {
        case .raised: return Choice(english: "raised", dutch: "gesignaleerd")
        case .passedOn: return Choice(english: "passed-on", dutch: "doorgegeven")
        case .answered: return Choice(english: "answered", dutch: "beantwoord")
        case .closed: return Choice(english: "closed", dutch: "afgesloten")
        }
    }
}
