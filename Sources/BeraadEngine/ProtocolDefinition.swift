/// One deliberation method as data: its roles and its ordered rounds.
public struct ProtocolDefinition: Codable, Sendable, Equatable {
    /// The JSON Schema the file declares, kept so that a file round-trips unchanged.
    public var schema: String?
    public var id: String
    public var version: Int
    public var title: LocalizedText
    public var summary: LocalizedText
    public var source: ProtocolSource
    /// The whole meeting's usual length, when the method names one.
    public var durationMinutes: Int?
    /// Whether `close` needs a decision (a Socratic dialogue, for one, need not decide anything).
    public var requiresDecision: Bool
    public var roles: [Role]
    public var rounds: [Round]
    /// The names of the sections of the minutes in the method's own order; `nil` for the standard order. The
    /// minutes know the sections (`MinutesSection` in BeraadMinutes); a protocol file's names are checked where it
    /// is read (`ProtocolDefinition.load(_:file:minutesSections:)`).
    public var minutes: [String]?
    /// Other names the method is found by (`nijmegen`, `socratic`): an English session's facilitator types these.
    public var aliases: [String]
    /// What the method calls its outcome in the minutes; `nil` for "Besluit" / "Decision".
    public var outcome: OutcomeTerms?
    /// What the case's question is called ("Waar twijfel ik?" in CURA); `nil` for the inbrenger's question.
    public var caseQuestion: LocalizedText?

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case id, version, title, summary, source, durationMinutes, requiresDecision, roles, rounds, minutes,
            aliases, outcome, caseQuestion
    }

    public init(
        schema: String? = nil, id: String, version: Int, title: LocalizedText, summary: LocalizedText,
        source: ProtocolSource, durationMinutes: Int? = nil, requiresDecision: Bool = true, roles: [Role],
        rounds: [Round], minutes: [String]? = nil, aliases: [String] = [], outcome: OutcomeTerms? = nil,
        caseQuestion: LocalizedText? = nil
    ) {
        self.aliases = aliases
        self.outcome = outcome
        self.caseQuestion = caseQuestion
        self.schema = schema
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.source = source
        self.durationMinutes = durationMinutes
        self.requiresDecision = requiresDecision
        self.roles = roles
        self.rounds = rounds
        self.minutes = minutes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decodeIfPresent(String.self, forKey: .schema)
        id = try c.decode(String.self, forKey: .id)
        version = try c.decode(Int.self, forKey: .version)
        title = try c.decode(LocalizedText.self, forKey: .title)
        summary = try c.decode(LocalizedText.self, forKey: .summary)
        source = try c.decode(ProtocolSource.self, forKey: .source)
        durationMinutes = try c.decodeIfPresent(Int.self, forKey: .durationMinutes)
        requiresDecision = try c.decodeIfPresent(Bool.self, forKey: .requiresDecision) ?? true
        roles = try c.decode([Role].self, forKey: .roles)
        rounds = try c.decode([Round].self, forKey: .rounds)
        minutes = try c.decodeIfPresent([String].self, forKey: .minutes)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        outcome = try c.decodeIfPresent(OutcomeTerms.self, forKey: .outcome)
        caseQuestion = try c.decodeIfPresent(LocalizedText.self, forKey: .caseQuestion)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(version, forKey: .version)
        try c.encode(title, forKey: .title)
        try c.encode(summary, forKey: .summary)
        try c.encode(source, forKey: .source)
        try c.encodeIfPresent(durationMinutes, forKey: .durationMinutes)
        if !requiresDecision { try c.encode(false, forKey: .requiresDecision) }
        try c.encode(roles, forKey: .roles)
        try c.encode(rounds, forKey: .rounds)
        try c.encodeIfPresent(minutes, forKey: .minutes)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        try c.encodeIfPresent(outcome, forKey: .outcome)
        try c.encodeIfPresent(caseQuestion, forKey: .caseQuestion)
    }

    /// The role given to a participant who joins without naming one.
    public var defaultRole: Role? { roles.first(where: \.isDefault) ?? roles.first }

    /// The role `new --facilitator` gives, if the protocol has one.
    public var facilitatorRole: Role? { roles.first(where: \.isFacilitator) }

    /// The role of the inbrenger, if the protocol has one.
    public var presenterRole: Role? { roles.first(where: \.isPresenter) }

    /// The role `new --note-taker` gives, if the protocol has one.
    public var noteTakerRole: Role? { roles.first(where: \.isNoteTaker) }

    /// The role with `id`, if the protocol has it.
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The role a facilitator names: its id in any case, or its English name (`chair`, `presenter`, `participant`,
    /// `minute-taker`).
    public func role(named text: String) -> Role? {
        let folded = text.lowercased()
        return role(folded) ?? roles.first { $0.englishName == folded }
    }

    /// The index of the round with `id`, if the protocol has it.
    public func roundIndex(_ id: String) -> Int? { rounds.firstIndex { $0.id == id } }
}

/// Where a method comes from: the publication a facilitator can look up.
public struct ProtocolSource: Codable, Sendable, Equatable {
    /// The publication, as it is cited in any language.
    public var citation: String
    /// What Beraad adds or changed (default time boxes, a derived numbering), in both languages.
    public var note: LocalizedText?
    public var url: String?

    public init(citation: String, note: LocalizedText? = nil, url: String? = nil) {
        self.citation = citation
        self.note = note
        self.url = url
    }

    /// The citation with the note in `language`.
    public func text(_ language: Language) -> String { citation + (note.map { " " + $0(language) } ?? "") }
}

/// A role a participant can have in a meeting.
public struct Role: Codable, Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    /// Whether the round requirements ("a position from every participant") count this role.
    public var contributes: Bool
    /// At most this many present participants may hold the role at once.
    public var max: Int?
    /// Whether this is the role of a participant who joins without naming one.
    public var isDefault: Bool
    /// Whether `new --facilitator NAME` gives this role.
    public var isFacilitator: Bool
    /// Whether this is the role of the one who brings in the case (the inbrenger).
    public var isPresenter: Bool
    /// Whether `new --note-taker NAME` gives this role (the notulist, named in the minutes' header).
    public var isNoteTaker: Bool

    enum CodingKeys: String, CodingKey {
        case id, title, contributes, max
        case isDefault = "default"
        case isFacilitator = "facilitator"
        case isPresenter = "presenter"
        case isNoteTaker = "noteTaker"
    }

    /// The name an English session gives the role, from what it is: `chair`, `presenter`, `minute-taker` or
    /// `participant`; `nil` for a role that is none of these.
    public var englishName: String? {
        if isFacilitator { return "chair" }
        if isPresenter { return "presenter" }
        if isNoteTaker { return "minute-taker" }
        if isDefault { return "participant" }
        return nil
    }

    /// The role's name in each language: its id in Dutch, its English name in English.
    public var localizedName: LocalizedText { LocalizedText(nl: id, en: englishName ?? id) }

    /// The role as a session in `language` types and shows it.
    public func name(_ language: Language) -> String {
        switch language {
        case .nl: return id
        case .en: return englishName ?? id
        }
    }

    public init(
        id: String, title: LocalizedText, contributes: Bool = true, max: Int? = nil, isDefault: Bool = false,
        isFacilitator: Bool = false, isPresenter: Bool = false, isNoteTaker: Bool = false
    ) {
        self.id = id
        self.title = title
        self.contributes = contributes
        self.max = max
        self.isDefault = isDefault
        self.isFacilitator = isFacilitator
        self.isPresenter = isPresenter
        self.isNoteTaker = isNoteTaker
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(contributes, forKey: .contributes)
        try c.encodeIfPresent(max, forKey: .max)
        if isDefault { try c.encode(true, forKey: .isDefault) }
        if isFacilitator { try c.encode(true, forKey: .isFacilitator) }
        if isPresenter { try c.encode(true, forKey: .isPresenter) }
        if isNoteTaker { try c.encode(true, forKey: .isNoteTaker) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(LocalizedText.self, forKey: .title)
        contributes = try c.decodeIfPresent(Bool.self, forKey: .contributes) ?? true
        max = try c.decodeIfPresent(Int.self, forKey: .max)
        isDefault = try c.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false
        isFacilitator = try c.decodeIfPresent(Bool.self, forKey: .isFacilitator) ?? false
        isPresenter = try c.decodeIfPresent(Bool.self, forKey: .isPresenter) ?? false
        isNoteTaker = try c.decodeIfPresent(Bool.self, forKey: .isNoteTaker) ?? false
    }
}

/// One round (step, phase) of a method.
public struct Round: Codable, Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var purpose: LocalizedText
    public var prompts: [LocalizedText]
    /// The "Denk aan:" hints.
    public var hints: [LocalizedText]
    /// The hulpvragen: questions a method's cards give to help the group answer the round's prompts.
    public var questions: [LocalizedText]
    /// The kinds of contribution the round accepts besides `note`, which every round accepts; the first is
    /// the default kind of `say`.
    public var accepts: [ContributionKind]
    public var categories: [Category]
    public var timeboxMinutes: Int
    /// Whether the time box is the protocol's own default rather than a number the method's source gives.
    public var timeboxIsDefault: Bool
    public var skippable: Bool
    public var requirements: [Requirement]
    /// Whether `beraad convene` may open a linked session from this round.
    public var convenes: Bool
    /// Earlier rounds whose cards and what they hold this round shows again (fase 3 recalls the goals of fase 1).
    public var recalls: [String]
    /// How the round appears in the minutes, where it differs from the standard.
    public var minutes: RoundMinutes?
    /// Whether the one whose case is recorded in this round becomes the presenter (the Socratic example-giver,
    /// chosen from everyone's examples).
    public var casePresenter: Bool

    enum CodingKeys: String, CodingKey {
        case id, title, purpose, prompts, hints, questions, accepts, categories, timeboxMinutes, timeboxIsDefault,
            skippable, requirements, convenes, recalls, minutes, casePresenter
    }

    public init(
        id: String, title: LocalizedText, purpose: LocalizedText, prompts: [LocalizedText] = [],
        hints: [LocalizedText] = [], questions: [LocalizedText] = [], accepts: [ContributionKind],
        categories: [Category] = [],
        timeboxMinutes: Int, timeboxIsDefault: Bool = true, skippable: Bool = false, requirements: [Requirement] = [],
        convenes: Bool = false, recalls: [String] = [], minutes: RoundMinutes? = nil, casePresenter: Bool = false
    ) {
        self.minutes = minutes
        self.casePresenter = casePresenter
        self.id = id
        self.title = title
        self.purpose = purpose
        self.prompts = prompts
        self.hints = hints
        self.questions = questions
        self.accepts = accepts
        self.categories = categories
        self.timeboxMinutes = timeboxMinutes
        self.timeboxIsDefault = timeboxIsDefault
        self.skippable = skippable
        self.requirements = requirements
        self.convenes = convenes
        self.recalls = recalls
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(LocalizedText.self, forKey: .title)
        purpose = try c.decode(LocalizedText.self, forKey: .purpose)
        prompts = try c.decodeIfPresent([LocalizedText].self, forKey: .prompts) ?? []
        hints = try c.decodeIfPresent([LocalizedText].self, forKey: .hints) ?? []
        questions = try c.decodeIfPresent([LocalizedText].self, forKey: .questions) ?? []
        accepts = try c.decode([ContributionKind].self, forKey: .accepts)
        categories = try c.decodeIfPresent([Category].self, forKey: .categories) ?? []
        timeboxMinutes = try c.decode(Int.self, forKey: .timeboxMinutes)
        timeboxIsDefault = try c.decodeIfPresent(Bool.self, forKey: .timeboxIsDefault) ?? true
        skippable = try c.decodeIfPresent(Bool.self, forKey: .skippable) ?? false
        requirements = try c.decodeIfPresent([Requirement].self, forKey: .requirements) ?? []
        convenes = try c.decodeIfPresent(Bool.self, forKey: .convenes) ?? false
        recalls = try c.decodeIfPresent([String].self, forKey: .recalls) ?? []
        minutes = try c.decodeIfPresent(RoundMinutes.self, forKey: .minutes)
        casePresenter = try c.decodeIfPresent(Bool.self, forKey: .casePresenter) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(purpose, forKey: .purpose)
        try c.encode(prompts, forKey: .prompts)
        try c.encode(hints, forKey: .hints)
        if !questions.isEmpty { try c.encode(questions, forKey: .questions) }
        try c.encode(accepts, forKey: .accepts)
        try c.encode(categories, forKey: .categories)
        try c.encode(timeboxMinutes, forKey: .timeboxMinutes)
        try c.encode(timeboxIsDefault, forKey: .timeboxIsDefault)
        try c.encode(skippable, forKey: .skippable)
        try c.encode(requirements, forKey: .requirements)
        if convenes { try c.encode(true, forKey: .convenes) }
        if !recalls.isEmpty { try c.encode(recalls, forKey: .recalls) }
        try c.encodeIfPresent(minutes, forKey: .minutes)
        if casePresenter { try c.encode(true, forKey: .casePresenter) }
    }

    /// Whether the round accepts `kind`; `note` is accepted everywhere.
    public func accepts(_ kind: ContributionKind) -> Bool { kind == .note || accepts.contains(kind) }

    /// The kind `say` records when none is named: the first accepted kind without a command of its own.
    public var defaultSayKind: ContributionKind { accepts.first { !$0.hasOwnCommand } ?? .note }

    /// The title without the step number some methods give it ("4. Clarifying questions"), for where the round's
    /// number is shown beside it already.
    public func unnumberedTitle(_ language: Language) -> String {
        let title = self.title(language)
        let digits = title.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, title.dropFirst(digits.count).hasPrefix(". ") else { return title }
        return String(title.dropFirst(digits.count + 2))
    }

    /// The category with `id`, or with `id` as its English alias, if the round has it.
    public func category(_ id: String) -> Category? {
        let folded = id.lowercased()
        return categories.first { $0.id == folded } ?? categories.first { $0.alias == folded }
    }

    /// What the round calls one entry of `kind` ("eerste reactie"), else the kind's own name, in `language`.
    public func name(of kind: ContributionKind, _ language: Language) -> String {
        minutes?.name(of: kind)?(language) ?? kind.label(language)
    }

    /// `unmet` with the kind it asks for named as this round names it: the journal keeps the requirement, the
    /// protocol says what the round calls its kind.
    public func naming(_ unmet: UnmetRequirement) -> UnmetRequirement {
        var named = unmet
        named.kindName = unmet.requirement.kind.flatMap { minutes?.name(of: $0) }
        return named
    }

    /// The entry of `entries` (the round's, in order) that the group chose among the kind the round says it
    /// chooses: its last one (the starting question among the candidates); nil when the round chooses nothing.
    public func chosen<Entries: BidirectionalCollection<Entry>>(among entries: Entries) -> Entry? {
        guard let kind = minutes?.chosen else { return nil }
        return entries.last { $0.kind == kind }
    }

    /// The round's title in the minutes: its own heading there, or its title in the room.
    public func minutesTitle(_ language: Language) -> String { minutes?.heading?(language) ?? title(language) }
}

/// A category within a round, such as one factor card of the afwegingskader.
public struct Category: Codable, Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var prompts: [LocalizedText]
    public var hints: [LocalizedText]
    /// The value the card rests on ("sociale rechtvaardigheid"), shown as its basis, not as a hint.
    public var basis: LocalizedText?
    /// The id in English (`medical` for `medisch`): what an English session types, and shows.
    public var alias: String?

    enum CodingKeys: String, CodingKey { case id, title, prompts, hints, basis, alias }

    public init(
        id: String, title: LocalizedText, prompts: [LocalizedText] = [], hints: [LocalizedText] = [],
        basis: LocalizedText? = nil, alias: String? = nil
    ) {
        self.alias = alias
        self.id = id
        self.title = title
        self.prompts = prompts
        self.hints = hints
        self.basis = basis
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(LocalizedText.self, forKey: .title)
        prompts = try c.decodeIfPresent([LocalizedText].self, forKey: .prompts) ?? []
        hints = try c.decodeIfPresent([LocalizedText].self, forKey: .hints) ?? []
        basis = try c.decodeIfPresent(LocalizedText.self, forKey: .basis)
        alias = try c.decodeIfPresent(String.self, forKey: .alias)
    }

    /// The id as a session in `language` types and shows it.
    public func name(_ language: Language) -> String {
        switch language {
        case .nl: return id
        case .en: return alias ?? id
        }
    }
}
