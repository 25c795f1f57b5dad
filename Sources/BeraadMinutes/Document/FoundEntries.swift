import BeraadEngine

/// The entries the minutes look up again and again (the case, the dilemma and its options, the decision), and where
/// the entries each part of the minutes shows are: gathered in one pass over the session's entries. In a long
/// session every pass over the entries copies each of them; a part then goes over its own entries only.
struct FoundEntries {
    let `case`: Entry?
    let dilemma: Entry?
    let decision: Entry?
    let options: [DilemmaOption]
    let clarifiesTheCase: (Entry) -> Bool
    /// The standing entries of each round, by round id.
    let byRound: [String: EntrySelection]
    /// The standing notes of the rounds that make the agreements.
    let agreements: EntrySelection
    /// The standing questions and facts that clarify the case.
    let clarifications: EntrySelection
    /// The standing perspectives, values, norms and rights.
    let grid: EntrySelection
    /// The standing alternatives.
    let alternatives: EntrySelection
    /// The standing actions, signals and evaluations.
    let followUp: EntrySelection
    /// The entries the appendix may list as corrected: those amended or taken back, and every standing case,
    /// dilemma and decision (corrected when a later one of its kind replaced it).
    let correctionCandidates: EntrySelection

    init(_ state: SessionState, agreementRounds: Set<String>) {
        let entries = state.entries
        var rounds: [String: [Int]] = [:]
        var keyKinds: [ContributionKind: Int] = [:]
        var agreements: [Int] = []
        var grid: [Int] = []
        var alternatives: [Int] = []
        var followUp: [Int] = []
        var candidates: [Int] = []
        // Entries come round by round: a run of one round is gathered apart and added to its round's list when the
        // round changes, rather than looked up by its name for every entry.
        var run: (round: String, places: [Int])?
        func endRun() {
            if let run { rounds[run.round, default: []] += run.places }
            run = nil
        }
        for place in entries.indices {
            let entry = entries[place]
            guard entry.retraction == nil else {
                candidates.append(place)
                continue
            }
            if run?.round != entry.round {
                endRun()
                run = (entry.round, [])
            }
            run?.places.append(place)
            switch entry.kind {
            case .case, .dilemma, .decision:
                keyKinds[entry.kind] = place
                candidates.append(place)
            case .alternative:
                alternatives.append(place)
            case .note:
                if agreementRounds.contains(entry.round) { agreements.append(place) }
            case .perspective, .value, .norm, .right:
                grid.append(place)
            case .question, .fact, .consideration, .position, .action, .signal, .evaluation:
                break
            }
            if candidates.last != place, !entry.amendments.isEmpty { candidates.append(place) }
            switch entry.details {
            case .action, .signal, .evaluation: followUp.append(place)
            case .contribution, .dilemma, .position, .decision: break
            }
        }
        endRun()
        func selection(_ places: [Int]) -> EntrySelection { EntrySelection(entries: entries, places: places) }
        `case` = keyKinds[.case].map { entries[$0] }
        dilemma = keyKinds[.dilemma].map { entries[$0] }
        decision = keyKinds[.decision].map { entries[$0] }
        options = SessionState.options(of: dilemma, alternatives: alternatives.map { entries[$0] })
        let caseRound = `case`?.round
        let clarifies = SessionState.clarifications(ofTheCaseIn: caseRound)
        let byRound = rounds.mapValues(selection)
        // What clarifies the case stands in the case's round.
        clarifications = (caseRound.flatMap { byRound[$0] } ?? selection([])).selecting(clarifies)
        clarifiesTheCase = clarifies
        self.byRound = byRound
        self.agreements = selection(agreements)
        self.grid = selection(grid)
        self.alternatives = selection(alternatives)
        self.followUp = selection(followUp)
        correctionCandidates = selection(candidates)
    }
}
