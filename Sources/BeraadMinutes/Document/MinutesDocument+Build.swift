import BeraadEngine

/// How the minutes are to be made.
public struct MinutesOptions: Sendable {
    public var language: Language
    public var anonymize: Bool
    /// The time that ends an open round, for the time-per-round table of a session still running.
    public var now: Timestamp
    /// The linked sessions, as read from their journals by the caller.
    public var links: [SessionLinkInfo]
    /// Whether the Verantwoording appendix (source, session id, time per round, corrections) is included.
    public var appendix: Bool
    public var confidentiality: Confidentiality
    /// The fingerprint of the approved journal, as the store computes it; shown at the end of approved minutes.
    public var fingerprint: String?
    /// Whether the document holds all it can, for the sections it does not show too (the document as JSON is
    /// that); without it, the contributions round by round and step by step are made only for a section that
    /// shows them: in a long session each is a copy of nearly every entry.
    public var whole: Bool

    public init(
        language: Language, anonymize: Bool = false, now: Timestamp, links: [SessionLinkInfo] = [],
        appendix: Bool = true, confidentiality: Confidentiality = .standard, fingerprint: String? = nil,
        whole: Bool = true
    ) {
        self.whole = whole
        self.fingerprint = fingerprint
        self.language = language
        self.anonymize = anonymize
        self.now = now
        self.links = links
        self.appendix = appendix
        self.confidentiality = confidentiality
    }
}

/// The marking minutes carry at the top.
public enum Confidentiality: Sendable, Equatable {
    /// "Vertrouwelijk — niet in het cliëntdossier", in the minutes' language.
    case standard
    /// The organisation's own line, as its home's config file gives it.
    case own(String)
    /// No marking.
    case none
}

extension MinutesDocument {
    /// The minutes of `state`: every standing entry appears in exactly one section; corrections in the appendix.
    public init(state: SessionState, options: MinutesOptions) {
        let lang = options.language
        let definition = state.protocolDefinition
        let scrub = TextScrubber(
            redactions: state.redactions, anonymize: options.anonymize ? Self.replacements(for: state, lang) : [])
        let offset = state.openedAt.offsetSeconds
        func time(_ t: Timestamp) -> String { t.at(offset: offset).civil.timeString() }
        /// "Peter Hoekstra (huisarts)", or anonymised "Deelnemer 2 (huisarts)": the function stays.
        func withFunction(_ p: Participant) -> String {
            scrub.name(p.name) + (scrub(p.function).map { " (\($0))" } ?? "")
        }
        func roundTitle(_ id: String) -> String { definition.rounds.first { $0.id == id }?.title(lang) ?? id }
        // Each looked up once: every one of them is a search through the whole session.
        let agreementRounds = definition.agreementRounds
        let found = FoundEntries(state, agreementRounds: agreementRounds)
        func optionText(_ label: OptionLabel?) -> String? {
            guard let label else { return nil }
            return found.options.first { $0.label == label }.map { scrub($0.text) }
        }
        func contribution(_ entry: Entry) -> Contribution {
            let details = entry.contribution ?? ContributionDetails()
            let (category, about, option, serves) = (details.category, details.about, details.option, details.serves)
            // The round only for a contribution on a card: looked up for every one, it is a copy of a round each.
            let categoryTitle = category.flatMap { category in
                definition.rounds.first { $0.id == entry.round }?.category(category)?.title(lang)
            }
            let served = serves.flatMap { id in definition.rounds.lazy.compactMap { $0.category(id) }.first }
            return Contribution(
                id: entry.id, at: time(entry.at), round: entry.round, kind: entry.kind.rawValue,
                kindLabel: entry.kind.label(lang), participant: entry.participant.map(scrub.name),
                text: scrub(entry.text), category: category,
                categoryTitle: categoryTitle, about: scrub(about),
                option: option, amended: !entry.amendments.isEmpty, serves: serves,
                servesTitle: served?.title(lang), influence: details.influence?.rawValue,
                influenceLabel: details.influence?.label(lang), answers: details.answers)
        }

        language = lang
        anonymized = options.anonymize
        sections = MinutesSection.sections(of: definition)
        links = options.links.map { link in
            SessionLinkInfo(
                relation: link.relation, id: scrub(link.id), title: scrub(link.title), round: link.round,
                state: link.state, decision: scrub(link.decision))
        }
        redactionCount = state.redactions.count
        erasures = state.erasures.map { erasure in
            ErasureInfo(
                at: "\(erasure.at.at(offset: offset).civil.dateString) \(time(erasure.at))",
                reason: erasure.reason.rawValue, count: erasure.count, afterApproval: erasure.afterApproval)
        }
        fingerprint = state.approvedAt == nil ? nil : options.fingerprint
        // A planned session is held on the day it starts, not the day it was planned.
        let opened = state.beganAt
        var endTime: String?
        var abandonReason: String?
        switch state.phase {
        case .open: break
        case .closed(let at):
            endTime = time(at)
        case .abandoned(let at, let reason):
            endTime = time(at)
            abandonReason = scrub(reason)
        }
        session = SessionInfo(
            id: scrub(state.id), title: scrub(state.title), date: opened.civil.dateString, start: time(opened),
            end: endTime, protocolID: definition.id, protocolTitle: definition.title(lang),
            protocolVersion: definition.version, protocolSource: definition.source.text(lang),
            protocolURL: definition.source.url, facilitator: state.opened.facilitator.map(scrub.name),
            facilitatorTitle: definition.facilitatorRole?.title(lang),
            state: state.lifecycle.name, abandonReason: abandonReason, concept: state.approvedAt == nil,
            approvedAt: state.approvedAt.map { "\($0.at(offset: offset).civil.dateString) \(time($0))" },
            roundsNotReached: state.isEnded ? state.roundsNotReached.map { $0.unnumberedTitle(lang) } : [],
            approvedBy: state.approvedBy.map(scrub.name), place: scrub(state.opened.place),
            distribution: (state.opened.distribution ?? []).map { scrub($0) },
            noteTaker: state.participants.first { p in
                !p.absent && definition.role(p.role)?.isNoteTaker == true
            }.map { scrub.name($0.name) },
            noteTakerTitle: definition.noteTakerRole?.title(lang),
            present: state.participants.filter { !$0.absent }.map { withFunction($0) },
            absent: state.participants.filter(\.absent).map { withFunction($0) },
            confidentiality: {
                switch options.confidentiality {
                case .standard: return Catalog.MinutesText.confidentialityStandard.text(lang)
                case .own(let line): return line
                case .none: return nil
                }
            }())
        appendix = options.appendix
        terms = MinutesTerms(
            outcome: definition.outcome?.title(lang) ?? Catalog.MinutesText.decision.text(lang),
            outcomeSupport: definition.outcome?.support ?? true, caseQuestion: definition.caseQuestion?(lang))

        participants = state.participants.filter { !$0.absent }.map { p in
            ParticipantInfo(
                name: scrub.name(p.name), role: p.role, roleTitle: definition.role(p.role)?.title(lang) ?? p.role,
                function: scrub(p.function), joinedAt: time(p.joinedAt), leftAt: p.leftAt.map(time))
        }

        agreements = found.agreements.map(contribution)

        if let entry = found.case {
            `case` = CaseInfo(
                text: scrub(entry.text), by: entry.participant.map(scrub.name), question: scrub(entry.question),
                clarifications: found.clarifications.map(contribution),
                carriedOver: entry.carriedOver != nil)
        } else {
            `case` = nil
        }
        if let entry = found.dilemma {
            dilemma = DilemmaInfo(
                question: scrub(entry.text),
                options: found.options.map {
                    OptionInfo(
                        label: $0.label, text: scrub($0.text), harm: scrub($0.harm), alternative: $0.alternative != nil)
                }, carriedOver: entry.carriedOver != nil)
        } else {
            dilemma = nil
        }
        grid = found.grid.map(contribution)
        alternatives = found.alternatives.map(contribution)
        let byRound = found.byRound
        let none = EntrySelection(entries: state.entries, places: [])
        choices = definition.rounds.compactMap { round in
            guard let entry = round.chosen(among: byRound[round.id] ?? none) else { return nil }
            let name = round.name(of: entry.kind, lang)
            return ChoiceInfo(label: name.prefix(1).uppercased() + name.dropFirst(), text: scrub(entry.text))
        }
        steps =
            options.whole || sections.contains(.steps)
            ? Self.steps(state, found: found, byRound: byRound, lang: lang, contribution: contribution, scrub: scrub)
            : []

        var tallies: [OptionLabel: [String]] = [:]
        let positionsByName = state.positionsByParticipant
        positions = state.participants.compactMap { p in
            let taken = positionsByName[p.name.lowercased()] ?? []
            guard let last = taken.last else { return nil }
            if case .position(let option, _, _, _) = last.details {
                tallies[option, default: []].append(scrub.name(p.name))
            }
            return ParticipantPositions(
                participant: scrub.name(p.name), role: definition.role(p.role)?.title(lang) ?? p.role,
                positions: taken.compactMap { entry in
                    guard case .position(let option, let cannot, let mitigate, let needs) = entry.details else {
                        return nil
                    }
                    return PositionInfo(
                        id: entry.id, round: entry.round, at: time(entry.at), option: option,
                        optionText: optionText(option),
                        because: entry.text.isEmpty ? nil : scrub(entry.text), cannot: scrub(cannot),
                        mitigate: scrub(mitigate), needs: scrub(needs))
                })
        }
        tally = found.options.map { option in
            let people = tallies[option.label] ?? []
            return OptionTally(label: option.label, text: scrub(option.text), count: people.count, participants: people)
        }

        if let entry = found.decision,
            case .decision(let option, let rationale, let support, let dissent, let review) = entry.details
        {
            decision = DecisionInfo(
                text: scrub(entry.text), option: option, optionText: optionText(option), rationale: scrub(rationale),
                support: support?.rawValue, supportLabel: support?.label(lang), dissent: dissent.map(scrub.name),
                review: review)
        } else {
            decision = nil
        }
        // The actions, signals and evaluations in one pass, each entry looked at where it is.
        (actions, signals, evaluations) = ([], [], [])
        for entry in found.followUp {
            switch entry.details {
            case .action(let owner, let due):
                actions.append(
                    ActionInfo(
                        text: scrub(entry.text), owner: scrub.name(owner),
                        ownerTookPart: state.participant(named: owner) != nil, due: due))
            case .signal(let level, let to, _):
                signals.append(
                    SignalInfo(
                        text: scrub(entry.text), level: level?.rawValue, levelLabel: level?.label(lang),
                        by: entry.participant.map(scrub.name), to: scrub(to)))
            case .evaluation(let score):
                guard let participant = entry.participant else { continue }
                evaluations.append(
                    EvaluationInfo(participant: scrub.name(participant), score: score, text: scrub(entry.text)))
            default:
                continue
            }
        }
        let scores = evaluations.compactMap(\.score)
        averageScore = scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)

        let clarifiesTheCase = found.clarifiesTheCase
        let shownElsewhere: (Entry) -> Bool = { entry in
            switch entry.kind {
            case .note: return agreementRounds.contains(entry.round)
            case .question, .fact: return clarifiesTheCase(entry)
            case .consideration: return false
            case .case, .dilemma, .value, .norm, .right, .perspective, .alternative, .position, .decision, .action,
                .signal, .evaluation:
                return true
            }
        }
        let visitedRounds = Set(state.roundVisits.map(\.round))
        let listsContributions = options.whole || sections.contains(.contributions)
        rounds = definition.rounds.enumerated().map { index, round in
            let visited = visitedRounds.contains(round.id)
            return RoundInfo(
                index: index + 1, id: round.id, title: round.title(lang), timeboxMinutes: round.timeboxMinutes,
                minutesSpent: visited ? Int((state.secondsSpent(inRound: index, now: options.now) + 30) / 60) : nil,
                visited: visited,
                contributions: listsContributions
                    ? (byRound[round.id] ?? none).mapping(where: { !shownElsewhere($0) }, contribution) : [])
        }
        // A case, dilemma or decision recorded anew replaces the one before: the minutes show the one that stands,
        // and the appendix what it replaced.
        // The standing cases, dilemmas and decisions are among the candidates for a correction.
        let standingKeys = found.correctionCandidates.selecting { $0.retraction == nil }
        func replacement(of entry: Entry) -> Entry? {
            switch entry.kind {
            case .case, .dilemma, .decision:
                return standingKeys.first { $0.kind == entry.kind && $0.seq > entry.seq }
            case .question, .fact, .value, .norm, .right, .perspective, .alternative, .consideration, .position,
                .action, .signal, .evaluation, .note:
                return nil
            }
        }

        forcedAdvances = state.advances.filter(\.advance.forced).map { move in
            ForcedAdvance(
                at: time(move.at), from: roundTitle(move.advance.from), to: roundTitle(move.advance.to),
                reason: scrub(move.advance.reason ?? ""),
                unmet: move.advance.unmet.map { unmet in
                    let round = definition.rounds.first { $0.id == move.advance.from }
                    return scrub((round?.naming(unmet) ?? unmet).describe(lang))
                })
        }
        corrections = found.correctionCandidates.mapping(
            where: { entry in
                !entry.amendments.isEmpty || entry.retraction != nil
                    || (entry.retraction == nil && replacement(of: entry) != nil)
            }
        ) { entry in
            let replacedBy = entry.retraction == nil ? replacement(of: entry) : nil
            return Correction(
                entry: entry.id, kindLabel: entry.kind.label(lang), participant: entry.participant.map(scrub.name),
                amendments: entry.amendments.map { AmendmentInfo(at: time($0.at)) },
                retractedAt: entry.retraction.map { time($0.at) }, retractReason: scrub(entry.retraction?.reason),
                undone: entry.retraction?.undo ?? false, replacedBy: replacedBy?.id,
                replacedAt: replacedBy.map { time($0.at) })
        }
    }

    /// Role-and-number names for anonymised minutes: the role alone where the protocol allows one holder,
    /// else the role and a number in order of joining.
    public static func replacements(for state: SessionState, _ lang: Language) -> [(name: String, replacement: String)]
    {
        var counters: [String: Int] = [:]
        // Those at the meeting are numbered first, in the order they joined; the absent after them.
        let people = state.participants.filter { !$0.absent } + state.participants.filter(\.absent)
        return people.map { p in
            let role = state.protocolDefinition.role(p.role)
            let title = role?.title(lang) ?? p.role
            if role?.max == 1 { return (p.name, title) }
            let number = counters[p.role, default: 0] + 1
            counters[p.role] = number
            return (p.name, "\(title) \(number)")
        }
    }
}
