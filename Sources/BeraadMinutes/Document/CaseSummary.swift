import BeraadEngine

/// One case of the case bank (moresprudentie): the standard summary of an approved, shared session, made from its
/// anonymised minutes, so that no participant's name and no erased text is in it.
public struct CaseSummary: Codable, Sendable, Equatable {
    /// The shape of a summary as the index keeps it; a new shape gets a folder of its own (`cases1-nl`).
    public static let shapeVersion = 1

    public var id: String
    public var title: String
    public var method: String
    public var methodTitle: String
    public var date: String
    public var team: String?
    /// The case, anonymised.
    public var `case`: String?
    public var question: String?
    public var dilemma: String?
    public var options: [OptionInfo]
    /// The values, norms and rights in tension, and for whom.
    public var tensions: [Tension]
    public var decision: DecisionInfo?
    /// What was learned: the evaluations, without who said them.
    public var learned: [String]
    public var averageScore: Double?

    /// A value, norm or right named in the deliberation.
    public struct Tension: Codable, Sendable, Equatable {
        public var kind: String
        public var kindLabel: String
        public var text: String
        /// For whom it weighs.
        public var about: String?
    }

    /// The summary of `state` (the session as its approved minutes show it), in `language`.
    public init(state: SessionState, team: String?, language: Language) {
        let doc = MinutesDocument(
            state: state,
            options: MinutesOptions(language: language, anonymize: true, now: state.lastAt, appendix: false))
        id = state.id
        title = doc.session.title
        method = doc.session.protocolID
        methodTitle = doc.session.protocolTitle
        date = doc.session.date
        self.team = team
        `case` = doc.case?.text
        question = doc.case?.question
        dilemma = doc.dilemma?.question
        options = doc.dilemma?.options ?? []
        tensions = doc.grid.map { Tension(kind: $0.kind, kindLabel: $0.kindLabel, text: $0.text, about: $0.about) }
        decision = doc.decision
        learned = doc.evaluations.map(\.text)
        averageScore = doc.averageScore
    }

    /// Everything the summary says, folded, for `--search`.
    public var searchText: String {
        let parts: [String?] =
            [title, `case`, question, dilemma, decision?.text, decision?.rationale]
            + options.flatMap { [$0.text, $0.harm] } + tensions.flatMap { [$0.text, $0.about] } + learned
        return parts.compactMap { $0 }.joined(separator: "\n").searchFolded()
    }

    /// Whether a value, norm or right of the case holds `word` (folded).
    public func names(value word: String) -> Bool {
        let wanted = word.searchFolded()
        return tensions.contains { $0.text.searchFolded().contains(wanted) }
    }
}
