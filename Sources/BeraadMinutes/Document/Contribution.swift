import BeraadEngine

/// Any recorded contribution, as it stands after corrections.
public struct Contribution: Sendable, Equatable {
    public var id: EntryID
    public var at: String
    public var round: String
    public var kind: String
    public var kindLabel: String
    public var participant: String?
    public var text: String
    /// Whether the text was corrected after it was recorded (the appendix has the history).
    public var amended: Bool
    /// For an alternative: whether the decision chose it.
    public var chosen: Bool = false
    /// What a card, an option or a goal adds, kept apart (`Seldom`): most contributions carry none of it, and a long
    /// session's minutes hold a hundred thousand of them.
    private var extra: Seldom<ExtraParts>

    public var category: String? {
        get { extra.parts.category }
        set { extra.parts.category = newValue }
    }
    public var categoryTitle: String? {
        get { extra.parts.categoryTitle }
        set { extra.parts.categoryTitle = newValue }
    }
    public var about: String? {
        get { extra.parts.about }
        set { extra.parts.about = newValue }
    }
    public var option: OptionLabel? {
        get { extra.parts.option }
        set { extra.parts.option = newValue }
    }
    /// The category of another round it serves (an intervention's fase-1 goal), and that category's title.
    public var serves: String? {
        get { extra.parts.serves }
        set { extra.parts.serves = newValue }
    }
    public var servesTitle: String? {
        get { extra.parts.servesTitle }
        set { extra.parts.servesTitle = newValue }
    }
    /// Whether it helps or hinders (`helps`, `hinders`), and that in the minutes' language.
    public var influence: String? {
        get { extra.parts.influence }
        set { extra.parts.influence = newValue }
    }
    public var influenceLabel: String? {
        get { extra.parts.influenceLabel }
        set { extra.parts.influenceLabel = newValue }
    }
    /// The round's hulpvraag it answers, counted from 1.
    public var answers: Int? {
        get { extra.parts.answers }
        set { extra.parts.answers = newValue }
    }

    /// A contribution's seldom given parts.
    struct ExtraParts: SeldomParts {
        var category: String?
        var categoryTitle: String?
        var about: String?
        var option: OptionLabel?
        var serves: String?
        var servesTitle: String?
        var influence: String?
        var influenceLabel: String?
        var answers: Int?
    }

    public init(
        id: EntryID, at: String, round: String, kind: String, kindLabel: String, participant: String?, text: String,
        category: String?, categoryTitle: String?, about: String?, option: OptionLabel?, amended: Bool,
        serves: String? = nil, servesTitle: String? = nil, chosen: Bool = false, influence: String? = nil,
        influenceLabel: String? = nil, answers: Int? = nil
    ) {
        self.id = id
        self.at = at
        self.round = round
        self.kind = kind
        self.kindLabel = kindLabel
        self.participant = participant
        self.text = text
        self.amended = amended
        self.chosen = chosen
        extra = Seldom(
            ExtraParts(
                category: category, categoryTitle: categoryTitle, about: about, option: option, serves: serves,
                servesTitle: servesTitle, influence: influence, influenceLabel: influenceLabel, answers: answers))
    }
}

/// As the synthesized coding would write and read it, field by field (the box is not a key of its own): the
/// minutes' JSON is the same as before the parts were boxed.
extension Contribution: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, at, round, kind, kindLabel, participant, text, category, categoryTitle, about, option, amended
        case serves, servesTitle, chosen, influence, influenceLabel, answers
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(EntryID.self, forKey: .id), at: try c.decode(String.self, forKey: .at),
            round: try c.decode(String.self, forKey: .round), kind: try c.decode(String.self, forKey: .kind),
            kindLabel: try c.decode(String.self, forKey: .kindLabel),
            participant: try c.decodeIfPresent(String.self, forKey: .participant),
            text: try c.decode(String.self, forKey: .text),
            category: try c.decodeIfPresent(String.self, forKey: .category),
            categoryTitle: try c.decodeIfPresent(String.self, forKey: .categoryTitle),
            about: try c.decodeIfPresent(String.self, forKey: .about),
            option: try c.decodeIfPresent(OptionLabel.self, forKey: .option),
            amended: try c.decode(Bool.self, forKey: .amended),
            serves: try c.decodeIfPresent(String.self, forKey: .serves),
            servesTitle: try c.decodeIfPresent(String.self, forKey: .servesTitle),
            chosen: try c.decode(Bool.self, forKey: .chosen),
            influence: try c.decodeIfPresent(String.self, forKey: .influence),
            influenceLabel: try c.decodeIfPresent(String.self, forKey: .influenceLabel),
            answers: try c.decodeIfPresent(Int.self, forKey: .answers))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(at, forKey: .at)
        try c.encode(round, forKey: .round)
        try c.encode(kind, forKey: .kind)
        try c.encode(kindLabel, forKey: .kindLabel)
        try c.encodeIfPresent(participant, forKey: .participant)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(categoryTitle, forKey: .categoryTitle)
        try c.encodeIfPresent(about, forKey: .about)
        try c.encodeIfPresent(option, forKey: .option)
        try c.encode(amended, forKey: .amended)
        try c.encodeIfPresent(serves, forKey: .serves)
        try c.encodeIfPresent(servesTitle, forKey: .servesTitle)
        try c.encode(chosen, forKey: .chosen)
        try c.encodeIfPresent(influence, forKey: .influence)
        try c.encodeIfPresent(influenceLabel, forKey: .influenceLabel)
        try c.encodeIfPresent(answers, forKey: .answers)
    }
}
