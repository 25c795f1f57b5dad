import BeraadEngine

// The method's rounds one by one, laid out by their cards: how the afwegingskader's minutes follow its card set.

/// One round of the method as the minutes' `steps` section shows it.
public struct StepInfo: Codable, Sendable, Equatable {
    public var id: String
    /// The step's heading in the minutes: the protocol's heading for it, else the round's title.
    public var title: String
    /// The headings the round gives its kinds of contribution ("Eerste reacties"), by kind.
    public var kindHeadings: [String: String] = [:]
    /// Whether the positions chart and the tally may stand in this step.
    public var showsChart: Bool = true
    /// The kind `say` records in this round by default: on a card it goes without a label ("Feiten" needs no
    /// "feit:" before every line).
    public var defaultKind: String = ContributionKind.note.rawValue
    /// The round's cards, each with what was recorded on it; an untouched card is listed too.
    public var cards: [CardInfo]
    /// What the round holds outside its cards and outside the case, dilemma, decision, actions and signals,
    /// which keep their own blocks.
    public var contributions: [Contribution]
    /// The round's hulpvragen, each with what answers it.
    public var questions: [QuestionInfo]
    /// Per card of the rounds this one recalls: whether the chosen intervention reaches it.
    public var checks: [GoalCheck]
    /// Which of the meeting's parts were recorded in this round, to show them in its place with the blocks the
    /// standard minutes give them.
    public var holdsCase: Bool
    public var holdsDilemma: Bool
    public var holdsGrid: Bool
    public var holdsPositions: Bool
    public var holdsDecision: Bool
    public var holdsActions: Bool
    public var holdsSignals: Bool
    public var holdsEvaluations: Bool
    /// Whether the round convenes a linked session (its decision is shown there).
    public var convenes: Bool
}

/// A card of a round and what was recorded on it.
public struct CardInfo: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// The value the card rests on.
    public var basis: String?
    public var contributions: [Contribution]
}

/// A hulpvraag of a round and the contributions that answer it.
public struct QuestionInfo: Codable, Sendable, Equatable {
    public var text: String
    /// The answers on no card; an answer on a card stands on its card.
    public var answers: [Contribution]
    /// The titles of the cards that hold answers to it.
    public var answeredOnCards: [String] = []
}

/// A goal of an earlier round (a fase-1 condition) held against the interventions that serve it.
public struct GoalCheck: Codable, Sendable, Equatable {
    public var card: String
    /// What was recorded on the goal's card.
    public var goals: [String]
    /// The interventions that serve it.
    public var servedBy: [String]
    /// Whether the chosen intervention serves it; `nil` while nothing is chosen.
    public var reached: Bool?
}

extension MinutesDocument {
    /// The steps of `state`: every round with what it holds, cards first.
    static func steps(
        _ state: SessionState, found: FoundEntries, byRound: [String: EntrySelection], lang: Language,
        contribution: (Entry) -> Contribution,
        scrub: TextScrubber
    ) -> [StepInfo] {
        let definition = state.protocolDefinition
        let chosenEntry: EntryID? = {
            guard case .decision(let option?, _, _, _, _)? = found.decision?.details else { return nil }
            return found.options.first { $0.label == option }?.alternative
        }()
        // The entry a round says the group chose among its kind (the starting question): the round's last one.
        let none = EntrySelection(entries: state.entries, places: [])
        let chosenInRounds = Set(
            definition.rounds.compactMap { round in round.chosen(among: byRound[round.id] ?? none)?.id })
        func chosen(_ entry: Entry) -> Contribution {
            var item = contribution(entry)
            item.chosen = entry.id == chosenEntry || chosenInRounds.contains(entry.id)
            return item
        }
        func card(of entry: Entry) -> String? { entry.contribution?.category }
        func serves(_ entry: Entry) -> String? { entry.contribution?.serves }
        // The kinds with blocks of their own; the rest is listed under the round or its cards. The questions and
        // facts that clarify the case stand with it.
        let ownBlock: Set<ContributionKind> = [.case, .dilemma, .position, .decision, .action, .signal, .evaluation]
        let gridKinds: Set<ContributionKind> = [.perspective, .value, .norm, .right]
        let clarifiesTheCase = found.clarifiesTheCase
        let agreementRounds = definition.agreementRounds
        func elsewhere(_ entry: Entry, grid: Bool) -> Bool {
            if ownBlock.contains(entry.kind) { return true }
            if grid && gridKinds.contains(entry.kind) && card(of: entry) == nil { return true }
            return clarifiesTheCase(entry)
        }
        let caseRound = found.case?.round
        let dilemmaRound = found.dilemma?.round
        let decisionRound = found.decision?.round
        let alternatives =
            definition.rounds.contains { !$0.recalls.isEmpty }
            ? Array(found.alternatives) : []
        return definition.rounds.map { round in
            let here = byRound[round.id] ?? none
            let grid = round.minutes?.grid ?? true
            let all = here.selecting { !elsewhere($0, grid: grid) }
            // An answer to a hulpvraag stands under its question, unless it was put on a card: then on the card, once.
            // Gathered in one pass over the round: what it holds, by card, and the answers to each question.
            var heldOnCard: [String: [Int]] = [:]
            var heldOffCards: [Int] = []
            var answering: [Int: [Int]] = [:]
            for place in all.places {
                let details = state.entries[place].contribution
                let card = details?.category
                if let answers = details?.answers { answering[answers, default: []].append(place) }
                guard details?.answers == nil || card != nil else { continue }
                if let card { heldOnCard[card, default: []].append(place) } else { heldOffCards.append(place) }
            }
            func selection(_ places: [Int]?) -> EntrySelection {
                EntrySelection(entries: state.entries, places: places ?? [])
            }
            // The kinds the round holds, gathered in one pass rather than one for each block.
            var kindsHere: Set<ContributionKind> = []
            for place in here.places { kindsHere.insert(state.entries[place].kind) }
            func holds(_ kinds: Set<ContributionKind>) -> Bool { !kindsHere.isDisjoint(with: kinds) }
            let cards = round.categories.map { category in
                CardInfo(
                    id: category.id, title: category.title(lang), basis: category.basis?(lang),
                    contributions: selection(heldOnCard[category.id]).map(chosen))
            }
            let checks = round.recalls.flatMap { id -> [GoalCheck] in
                guard let recalled = definition.rounds.first(where: { $0.id == id }) else { return [] }
                return recalled.categories.map { goal in
                    let serving = alternatives.filter { serves($0) == goal.id }
                    return GoalCheck(
                        card: goal.title(lang),
                        goals: state.entries(onCard: goal.id, inRound: recalled.id).map { scrub($0.text) },
                        servedBy: serving.map { scrub($0.text) },
                        reached: chosenEntry.map { chosen in serving.contains { $0.id == chosen } })
                }
            }
            let questions = round.questions.enumerated().map { index, question in
                let answers = selection(answering[index + 1])
                let onCards = round.categories.filter { category in
                    answers.containsEntry { card(of: $0) == category.id }
                }.map { $0.title(lang) }
                return QuestionInfo(
                    text: question(lang), answers: answers.mapping(where: { card(of: $0) == nil }, chosen),
                    answeredOnCards: onCards)
            }
            var kindHeadings: [String: String] = [:]
            // The notes of the round that makes the agreements are the agreements.
            if agreementRounds.contains(round.id) {
                kindHeadings[ContributionKind.note.rawValue] = Catalog.MinutesText.agreements.text(lang)
            }
            for heading in round.minutes?.kinds ?? [] { kindHeadings[heading.kind.rawValue] = heading.title(lang) }
            return StepInfo(
                id: round.id, title: round.minutesTitle(lang), kindHeadings: kindHeadings,
                showsChart: round.minutes?.chart ?? true, defaultKind: round.defaultSayKind.rawValue, cards: cards,
                contributions: selection(heldOffCards).map(chosen), questions: questions,
                checks: checks,
                holdsCase: caseRound == round.id, holdsDilemma: dilemmaRound == round.id,
                holdsGrid: grid && here.containsEntry { gridKinds.contains($0.kind) && card(of: $0) == nil },
                holdsPositions: holds([.position]), holdsDecision: decisionRound == round.id,
                holdsActions: holds([.action]), holdsSignals: holds([.signal]), holdsEvaluations: holds([.evaluation]),
                convenes: round.convenes)
        }
    }
}
