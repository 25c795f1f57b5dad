// Events that record an entry: a contribution, the dilemma, a position, the decision, an action, a signal, an evaluation.

/// A free contribution: the case, a question, a value, a note and the like.
public struct ContributionRecorded: Codable, Sendable, Equatable {
    public var round: String
    public var kind: ContributionKind
    public var participant: String?
    public var text: String
    public var category: String?
    public var about: String?
    public var option: OptionLabel?
    /// The session this entry was carried over from, when `convene` opened this one with it.
    public var carriedOver: String?
    /// For the case: the inbrenger's own question to the group.
    public var question: String?
    /// The category of another round this contribution serves (an intervention's fase-1 goal).
    public var serves: String?
    /// Whether it helps or hinders (a factor of the afwegingskader).
    public var influence: Influence?
    /// The round's hulpvraag it answers, counted from 1.
    public var answers: Int?

    public init(
        round: String, kind: ContributionKind, participant: String?, text: String, category: String? = nil,
        about: String? = nil, option: OptionLabel? = nil, carriedOver: String? = nil, question: String? = nil,
        serves: String? = nil, influence: Influence? = nil, answers: Int? = nil
    ) {
        self.round = round
        self.kind = kind
        self.participant = participant
        self.text = text
        self.category = category
        self.about = about
        self.option = option
        self.carriedOver = carriedOver
        self.question = question
        self.serves = serves
        self.influence = influence
        self.answers = answers
    }
}

/// One option of a dilemma, labelled `A`, `B`, ….
public struct DilemmaOption: Codable, Sendable, Equatable {
    public var label: OptionLabel
    public var text: String
    public var harm: String?
    /// The entry of the alternative this option comes from, for options C, D, … that an alternative added.
    public var alternative: EntryID?

    public init(label: OptionLabel, text: String, harm: String? = nil, alternative: EntryID? = nil) {
        self.label = label
        self.text = text
        self.harm = harm
        self.alternative = alternative
    }
}

/// The dilemma was framed: the question and its options with their harm.
public struct DilemmaFramed: Codable, Sendable, Equatable {
    public var round: String
    public var question: String
    public var options: [DilemmaOption]
    /// The session this dilemma was carried over from, when `convene` opened this one with it.
    public var carriedOver: String?

    public init(round: String, question: String, options: [DilemmaOption], carriedOver: String? = nil) {
        self.round = round
        self.question = question
        self.options = options
        self.carriedOver = carriedOver
    }
}

/// A participant's argued choice.
public struct PositionTaken: Codable, Sendable, Equatable {
    public var round: String
    public var participant: String
    public var option: OptionLabel
    public var because: String?
    public var cannot: String?
    public var mitigate: String?
    public var needs: String?

    public init(
        round: String, participant: String, option: OptionLabel, because: String? = nil, cannot: String? = nil,
        mitigate: String? = nil, needs: String? = nil
    ) {
        self.round = round
        self.participant = participant
        self.option = option
        self.because = because
        self.cannot = cannot
        self.mitigate = mitigate
        self.needs = needs
    }
}

/// How a decision was reached.
public enum DecisionSupport: String, Codable, Sendable, CaseIterable, Equatable {
    case consensus
    case majority
    case presenter
    case facilitator
}

/// The conclusion of the meeting.
public struct DecisionRecorded: Codable, Sendable, Equatable {
    public var round: String
    public var text: String
    public var option: OptionLabel?
    public var rationale: String?
    public var support: DecisionSupport?
    public var dissent: [String]
    /// When to evaluate the decision (`YYYY-MM-DD` in the journal).
    public var review: CalendarDate?

    public init(
        round: String, text: String, option: OptionLabel? = nil, rationale: String? = nil,
        support: DecisionSupport? = nil, dissent: [String] = [], review: CalendarDate? = nil
    ) {
        self.round = round
        self.text = text
        self.option = option
        self.rationale = rationale
        self.support = support
        self.dissent = dissent
        self.review = review
    }
}

/// An agreed action with its owner.
public struct ActionAgreed: Codable, Sendable, Equatable {
    public var round: String
    public var text: String
    public var owner: String
    /// The day it is due (`YYYY-MM-DD` in the journal).
    public var due: CalendarDate?

    public init(round: String, text: String, owner: String, due: CalendarDate? = nil) {
        self.round = round
        self.text = text
        self.owner = owner
        self.due = due
    }
}

/// How far a signal should travel beyond this case.
/// How a factor bears on the situation: what helps and what hinders (the afwegingskader's fase 2).
public enum Influence: String, Codable, Sendable, CaseIterable, Equatable {
    case helps
    case hinders
}

public enum SignalLevel: String, Codable, Sendable, CaseIterable, Equatable {
    case individual
    case group
    case policy
}

/// A signal to pass on beyond this case.
public struct SignalRaised: Codable, Sendable, Equatable {
    public var round: String
    public var text: String
    public var level: SignalLevel?
    /// Who raised it.
    public var participant: String?
    /// To whom it goes (a team leader, policy staff, …).
    public var to: String?
    /// A word to group it with like signals in the register (`--theme eenzaamheid`).
    public var theme: String?

    public init(
        round: String, text: String, level: SignalLevel? = nil, participant: String? = nil, to: String? = nil,
        theme: String? = nil
    ) {
        self.theme = theme
        self.round = round
        self.text = text
        self.level = level
        self.participant = participant
        self.to = to
    }
}

/// A participant's evaluation of the session.
public struct EvaluationGiven: Codable, Sendable, Equatable {
    public var round: String
    public var participant: String
    public var score: Int?
    public var text: String

    public init(round: String, participant: String, score: Int? = nil, text: String) {
        self.round = round
        self.participant = participant
        self.score = score
        self.text = text
    }
}
