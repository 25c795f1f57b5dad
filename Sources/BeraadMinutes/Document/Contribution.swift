import BeraadEngine

/// Any recorded contribution, as it stands after corrections.
public struct Contribution: Codable, Sendable, Equatable {
    public var id: EntryID
    public var at: String
    public var round: String
    public var kind: String
    public var kindLabel: String
    public var participant: String?
    public var text: String
    public var category: String?
    public var categoryTitle: String?
    public var about: String?
    public var option: OptionLabel?
    /// Whether the text was corrected after it was recorded (the appendix has the history).
    public var amended: Bool
    /// The category of another round it serves (an intervention's fase-1 goal), and that category's title.
    public var serves: String? = nil
    public var servesTitle: String? = nil
    /// For an alternative: whether the decision chose it.
    public var chosen: Bool = false
    /// Whether it helps or hinders (`helps`, `hinders`), and that in the minutes' language.
    public var influence: String? = nil
    public var influenceLabel: String? = nil
    /// The round's hulpvraag it answers, counted from 1.
    public var answers: Int? = nil
}
