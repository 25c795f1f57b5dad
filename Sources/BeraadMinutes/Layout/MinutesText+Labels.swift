import BeraadEngine

extension Catalog.MinutesText {
    /// The label of a session's state name (`planned`, `open`, `closed`, `abandoned`).
    static func state(_ name: String) -> Catalog.MinutesText {
        switch name {
        case "planned": return .statePlanned
        case "closed": return .stateClosed
        case "abandoned": return .stateAbandoned
        default: return .stateOpen
        }
    }
}

extension DecisionSupport {
    /// How the decision was reached, as the minutes say it.
    var label: LocalizedText {
        switch self {
        case .consensus: return Catalog.MinutesText.supportConsensus.text
        case .majority: return Catalog.MinutesText.supportMajority.text
        case .presenter: return Catalog.MinutesText.supportPresenter.text
        case .facilitator: return Catalog.MinutesText.supportFacilitator.text
        }
    }
}

extension Influence {
    /// How the minutes say it.
    var label: LocalizedText {
        switch self {
        case .helps: return Catalog.MinutesText.helps.text
        case .hinders: return Catalog.MinutesText.hinders.text
        }
    }
}

extension SignalLevel {
    /// The level as the minutes say it.
    var label: LocalizedText {
        switch self {
        case .individual: return Catalog.MinutesText.levelIndividual.text
        case .group: return Catalog.MinutesText.levelGroup.text
        case .policy: return Catalog.MinutesText.levelPolicy.text
        }
    }
}
