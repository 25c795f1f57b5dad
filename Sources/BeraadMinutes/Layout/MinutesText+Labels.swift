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
        case .consensus: return Catalog.localized(.minutes(.supportConsensus))
        case .majority: return Catalog.localized(.minutes(.supportMajority))
        case .presenter: return Catalog.localized(.minutes(.supportPresenter))
        case .facilitator: return Catalog.localized(.minutes(.supportFacilitator))
        }
    }
}

extension Influence {
    /// How the minutes say it.
    var label: LocalizedText {
        switch self {
        case .helps: return Catalog.localized(.minutes(.helps))
        case .hinders: return Catalog.localized(.minutes(.hinders))
        }
    }
}

extension SignalLevel {
    /// The level as the minutes say it.
    var label: LocalizedText {
        switch self {
        case .individual: return Catalog.localized(.minutes(.levelIndividual))
        case .group: return Catalog.localized(.minutes(.levelGroup))
        case .policy: return Catalog.localized(.minutes(.levelPolicy))
        }
    }
}
