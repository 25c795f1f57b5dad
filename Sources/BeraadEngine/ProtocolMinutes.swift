// How a method's own words appear in its minutes: the outcome's name, the case's question, and per round its heading,
// its kinds' headings and which of the shared blocks belong in it. All optional: a protocol that says nothing gets
// the standard words.

/// What the method calls its outcome, and whether the minutes say how it was reached.
public struct OutcomeTerms: Codable, Sendable, Equatable {
    /// "Besluit", "Advies" / "Recommendation", "Antwoord op de startvraag (voorlopig)".
    public var title: LocalizedText
    /// Whether the minutes show how the outcome was reached (consensus, majority) and the dissent; an answer to a
    /// philosophical question is not voted on.
    public var support: Bool

    enum CodingKeys: String, CodingKey { case title, support }

    public init(title: LocalizedText, support: Bool = true) {
        self.title = title
        self.support = support
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(LocalizedText.self, forKey: .title)
        support = try c.decodeIfPresent(Bool.self, forKey: .support) ?? true
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        if !support { try c.encode(false, forKey: .support) }
    }
}

/// How one round appears in the minutes.
public struct RoundMinutes: Codable, Sendable, Equatable {
    /// The step's heading in the minutes, where it differs from the round's title in the room.
    public var heading: LocalizedText?
    /// Whether the round's notes are the group's agreements (confidentiality, the verslag); by default the first
    /// round's are. A Socratic dialogue's first round holds the facilitator's notes on the theme instead.
    public var agreements: Bool?
    /// Whether the values grid belongs in this step; `false` lists the round's perspectives and values by kind.
    public var grid: Bool
    /// Whether the positions chart and the tally belong in this step.
    public var chart: Bool
    /// The heading each kind of the round's contributions stands under ("Eerste reacties" for CURA's considerations
    /// in step U); a kind not named keeps its standard heading.
    public var kinds: [KindHeading]
    /// The kind of which the round's last entry is the one the group chose (the starting question among the
    /// candidates): marked in the step, and named in the summary.
    public var chosen: ContributionKind?

    enum CodingKeys: String, CodingKey { case heading, agreements, grid, chart, kinds, chosen }

    public init(
        heading: LocalizedText? = nil, agreements: Bool? = nil, grid: Bool = true, chart: Bool = true,
        kinds: [KindHeading] = [], chosen: ContributionKind? = nil
    ) {
        self.chosen = chosen
        self.heading = heading
        self.agreements = agreements
        self.grid = grid
        self.chart = chart
        self.kinds = kinds
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        heading = try c.decodeIfPresent(LocalizedText.self, forKey: .heading)
        agreements = try c.decodeIfPresent(Bool.self, forKey: .agreements)
        grid = try c.decodeIfPresent(Bool.self, forKey: .grid) ?? true
        chart = try c.decodeIfPresent(Bool.self, forKey: .chart) ?? true
        kinds = try c.decodeIfPresent([KindHeading].self, forKey: .kinds) ?? []
        chosen = try c.decodeIfPresent(ContributionKind.self, forKey: .chosen)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(heading, forKey: .heading)
        try c.encodeIfPresent(agreements, forKey: .agreements)
        if !grid { try c.encode(false, forKey: .grid) }
        if !chart { try c.encode(false, forKey: .chart) }
        if !kinds.isEmpty { try c.encode(kinds, forKey: .kinds) }
        try c.encodeIfPresent(chosen, forKey: .chosen)
    }

    /// The heading of `kind`'s contributions in this round, if the protocol names one.
    public func heading(of kind: ContributionKind) -> LocalizedText? { kinds.first { $0.kind == kind }?.title }

    /// What the round calls one entry of `kind`, if the protocol names it.
    public func name(of kind: ContributionKind) -> LocalizedText? { kinds.first { $0.kind == kind }?.name }
}

/// The heading one kind of contribution stands under in a round's minutes, and its name in the room.
public struct KindHeading: Codable, Sendable, Equatable {
    public var kind: ContributionKind
    /// The heading over the items ("Eerste reacties").
    public var title: LocalizedText
    /// One of them, as the room's messages name it ("eerste reactie": "nog geen eerste reactie van: Yara").
    public var name: LocalizedText?

    public init(kind: ContributionKind, title: LocalizedText, name: LocalizedText? = nil) {
        self.kind = kind
        self.title = title
        self.name = name
    }
}

extension ProtocolDefinition {
    /// Whether the notes of the round at `index` are the group's agreements.
    public func holdsAgreements(roundAt index: Int) -> Bool {
        guard let round = rounds[safe: index] else { return false }
        return round.minutes?.agreements ?? (index == 0)
    }

    /// The ids of the rounds whose notes are the group's agreements.
    public var agreementRounds: Set<String> {
        Set(rounds.indices.filter { holdsAgreements(roundAt: $0) }.map { rounds[$0].id })
    }
}
