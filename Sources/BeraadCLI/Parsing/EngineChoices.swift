import BeraadEngine

// The engine's closed sets as option values. Their Dutch spellings are declared here, beside the English ones.

extension ContributionKind: ChoiceValue {
    var choice: Choice { Choice(english: rawValue) }
}

extension DecisionSupport: ChoiceValue {
    var choice: Choice { Choice(english: rawValue) }
}

extension SignalLevel: ChoiceValue {
    var choice: Choice { Choice(english: rawValue) }
}
