import BeraadEngine

// What the meeting came to: the decision, actions, signals and evaluations.

/// The conclusion.
public struct DecisionInfo: Codable, Sendable, Equatable {
    public var text: String
    public var option: OptionLabel?
    public var optionText: String?
    public var rationale: String?
    public var support: String?
    public var supportLabel: String?
    public var dissent: [String]
    /// When the decision is to be evaluated (`YYYY-MM-DD` in JSON).
    public var review: CalendarDate?
}

/// An agreed action.
public struct ActionInfo: Codable, Sendable, Equatable {
    public var text: String
    public var owner: String
    /// Whether the owner took part in the meeting; an owner from outside it is named as given.
    public var ownerTookPart: Bool
    /// The day it is due (`YYYY-MM-DD` in JSON).
    public var due: CalendarDate?
}

/// A signal to pass on.
public struct SignalInfo: Codable, Sendable, Equatable {
    public var text: String
    public var level: String?
    public var levelLabel: String?
    public var by: String?
    /// To whom it goes.
    public var to: String?
}

/// A participant's evaluation.
public struct EvaluationInfo: Codable, Sendable, Equatable {
    public var participant: String
    public var score: Int?
    public var text: String
}
