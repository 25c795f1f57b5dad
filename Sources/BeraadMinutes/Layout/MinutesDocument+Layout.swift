import BeraadEngine

extension MinutesDocument {
    /// The minutes laid out as a page: the header, then the protocol's sections in its order. A section the
    /// session has no data for is left out, in every format alike.
    public func page() -> Page {
        let body = sections.filter { !$0.isAccountability }.flatMap { item -> [Block] in
            // Each step is a section of its own.
            item == .steps ? blocks(of: .steps) : section(item).map { [$0] } ?? []
        }
        var page = Page(
            language: language, title: l(.minutesOf) + ": " + session.title, header: header(),
            body: body + (appendix ? [accountability()] : [])
                + (fingerprint.map { [.note(l(.fingerprint(hash: $0)))] } ?? []),
            colophon: l(.generatedBy))
        // Every printed page says whether these are the approved minutes, and how confidential they are.
        let status = session.concept ? l(.concept) : l(.approvedShort)
        page.running = RunningFooter(
            left: ([status, session.title] + (session.confidentiality.map { [$0] } ?? [])).joined(separator: " · "),
            right: l(.pageOf))
        return page
    }

    /// The Verantwoording: where the method comes from, which journal the minutes were made from, and the
    /// protocol's accountability sections (time per round, forced moves, corrections), in its order.
    private func accountability() -> Block {
        let s = session
        var content: [Block] = [
            .note(l(.appendixIntro)),
            .facts(
                [
                    // "Weighing framework for social work (afwegingskader)" names its id already.
                    Fact(
                        l(.method),
                        s.protocolTitle
                            + (s.protocolTitle.contains("(" + s.protocolID + ")")
                                ? " (v\(s.protocolVersion))" : " (\(s.protocolID), v\(s.protocolVersion))")),
                    Fact(
                        l(.source),
                        [Span(s.protocolSource)] + (s.protocolURL.map { [Span(" "), Span($0, .link)] } ?? [])),
                    Fact(l(.session), s.id),
                ]
                    + (erasures.isEmpty
                        ? [] : [Fact(l(.erasuresLabel), erasures.map(erasureLine).joined(separator: "; "))])),
        ]
        for section in sections where section.isAccountability {
            let part = blocks(of: section)
            if !part.isEmpty { content += [.heading([Span(l(title(of: section)))])] + part }
        }
        return .section(id: "verantwoording", title: l(.appendix), blocks: content)
    }

    /// A word of the minutes in the document's language.
    private func l(_ key: Catalog.MinutesText) -> String { key.text(language) }

    private func header() -> [Block] {
        let s = session
        var blocks: [Block] = [.title(kicker: l(.minutesOf), text: s.title)]
        if let marking = s.confidentiality { blocks.append(.note(marking)) }
        if s.concept { blocks.append(.badge(l(.concept), .caution)) }
        var facts = [
            Fact(l(.date), CalendarDate(iso: s.date)?.spelledOut(language) ?? s.date),
            Fact(l(.time), s.end.map { "\(s.start)–\($0)" } ?? s.start),
        ]
        if let place = s.place { facts.append(Fact(l(.place), place)) }
        facts.append(Fact(l(.method), s.protocolTitle))
        // The header names the one who leads as the role table does (Voorzitter, Chair).
        if let facilitator = s.facilitator { facts.append(Fact(s.facilitatorTitle ?? l(.facilitator), facilitator)) }
        var present = s.present
        switch language {
        case .nl:
            if let noteTaker = s.noteTaker { facts.append(Fact(s.noteTakerTitle ?? l(.noteTaker), noteTaker)) }
        case .en:
            // English minutes list the minute-taker "In attendance", apart from those present.
            if let noteTaker = s.noteTaker {
                present.removeAll { $0 == noteTaker || $0.hasPrefix(noteTaker + " (") }
                let title = (s.noteTakerTitle ?? l(.noteTaker)).lowercased()
                facts.append(Fact(l(.inAttendance), noteTaker + " (" + title + ")"))
            }
        }
        if !present.isEmpty { facts.append(Fact(l(.presentPeople), present.joined(separator: ", "))) }
        if !s.absent.isEmpty { facts.append(Fact(l(.absent), s.absent.joined(separator: ", "))) }
        if !s.distribution.isEmpty { facts.append(Fact(l(.distribution), s.distribution.joined(separator: "; "))) }
        // Once approved, the status is the approval: when and by whom, the date written as the header's.
        if let approved = s.approvedAt, !s.concept {
            let day = approved.split(separator: " ").first.map(String.init) ?? approved
            let date = CalendarDate(iso: day)?.spelledOut(language) ?? day
            facts.append(Fact(l(.status), l(.approvedLine(date: date, by: s.approvedBy ?? "")).capitalizedFirst))
        } else {
            facts.append(Fact(l(.status), l(.state(s.state))))
        }
        if let reason = s.abandonReason { facts.append(Fact(l(.abandonedBecause), reason)) }
        blocks.append(.facts(facts))
        if !s.roundsNotReached.isEmpty {
            blocks.append(.note(l(.roundsNotReached(rounds: s.roundsNotReached.joined(separator: ", ")))))
        }
        // Exactly what was hidden: the participants' names, and the client's details only where they were redacted.
        let redacted = redactionCount > 0 || !erasures.isEmpty
        if anonymized { blocks.append(.note(l(.anonymized) + (redacted ? "" : " " + l(.notRedacted)))) }
        if redacted { blocks.append(.note(l(.redacted))) }
        for erasure in erasures where erasure.afterApproval {
            blocks.append(.note(l(.erasedAfterApproval(at: dateAndTime(erasure.at), count: String(erasure.count)))))
        }
        return blocks
    }

    /// An erasure as the appendix lists it.
    private func erasureLine(_ erasure: ErasureInfo) -> String {
        let at = dateAndTime(erasure.at)
        let count = String(erasure.count)
        return erasure.reason == TextErased.Reason.forgotten.rawValue
            ? l(.erasureForgotten(at: at, count: count)) : l(.erasureRedacted(at: at, count: count))
    }

    /// `2026-11-29 14:05` written out: `29 november 2026, 14:05`.
    private func dateAndTime(_ value: String) -> String {
        let parts = value.split(separator: " ", maxSplits: 1).map(String.init)
        guard let date = parts.first.flatMap({ CalendarDate(iso: $0) }) else { return value }
        return date.spelledOut(language) + (parts.count > 1 ? ", " + parts[1] : "")
    }

    /// The section, or `nil` when the session has nothing for it.
    private func section(_ section: MinutesSection) -> Block? {
        let content = blocks(of: section)
        guard !content.isEmpty else { return nil }
        // The outcome under the method's own name.
        let title = section == .decision ? terms.outcome : l(title(of: section))
        return .section(id: section.rawValue, title: title, blocks: content)
    }

    private func title(of section: MinutesSection) -> Catalog.MinutesText {
        switch section {
        case .summary: return .summary
        case .links: return .links
        case .agreements: return .agreements
        case .participants: return .participants
        case .case: return .theCase
        case .dilemma: return .dilemma
        case .grid: return .grid
        case .alternatives: return .alternatives
        case .positions: return .positions
        case .tally: return .tally
        case .decision: return .decision
        case .actions: return .actions
        case .signals: return .signals
        case .contributions: return .contributions
        case .evaluation: return .evaluation
        case .time: return .timePerRound
        case .forced: return .forced
        case .corrections: return .corrections
        case .steps: return .steps
        }
    }

    private func blocks(of section: MinutesSection) -> [Block] {
        switch section {
        case .summary:
            return summary()
        case .links:
            return unless(links.isEmpty) { [.list(links.map { [Span($0.sentence(language))] })] }
        case .agreements:
            return unless(agreements.isEmpty) {
                [
                    .list(
                        agreements.map { item in
                            (item.categoryTitle.map { [Span($0, .label), Span(" ")] } ?? []) + [Span(item.text)]
                                + by(item.participant)
                        })
                ]
            }
        case .participants:
            let hasFunctions = participants.contains { $0.function != nil }
            return unless(participants.isEmpty) {
                [
                    .table(
                        // A function column where anyone has a function (wijkteams and care teams name them).
                        Table(
                            header: [l(.name), l(.role)] + (hasFunctions ? [l(.function)] : []) + [l(.present)],
                            rows: participants.map { p in
                                [p.name, p.roleTitle] + (hasFunctions ? [p.function ?? ""] : [])
                                    + [
                                        "\(l(.from)) \(p.joinedAt)"
                                            + (p.leftAt.map { ", \(l(.leftAt)) \($0)" } ?? "")
                                    ]
                            }, unbroken: [hasFunctions ? 3 : 2]))
                ]
            }
        case .case:
            guard let c = self.case else { return [] }
            var blocks: [Block] = [
                .quote(text: c.text, attribution: c.by.map { l(.broughtInBy) + " " + $0 })
            ]
            if let question = c.question {
                blocks.append(.facts([Fact(terms.caseQuestion ?? l(.questionToGroup), [Span(question)])]))
            }
            if c.carriedOver, let note = carriedOverNote { blocks.append(.note(note)) }
            blocks += byKind(c.clarifications) { spans($0, kind: false) }
            return blocks
        case .dilemma:
            guard let d = dilemma else { return [] }
            return [.paragraph([Span(d.question, .strong)])]
                + (d.carriedOver ? carriedOverNote.map { [Block.note($0)] } ?? [] : []) + [
                    .table(
                        Table(
                            header: [l(.option), "", l(.harm)],
                            rows: d.options.map {
                                [
                                    $0.label.description,
                                    $0.text + ($0.alternative ? " (" + l(.alternativeOption) + ")" : ""),
                                    $0.harm ?? "—",
                                ]
                            }))
                ]
        case .grid:
            return unless(grid.isEmpty) { [.table(Self.gridTable(grid, language, withAuthors: true))] }
        case .alternatives:
            return unless(alternatives.isEmpty) { [.list(alternatives.map { [Span($0.text)] + by($0.participant) })] }
        case .positions:
            return unless(positions.isEmpty) { (chart().map { [.chart($0)] } ?? []) + positions.compactMap(position) }
        case .tally:
            return unless(tally.isEmpty || positions.isEmpty) {
                [
                    .table(
                        Table(
                            header: [l(.option), "", "n", l(.participants)],
                            rows: tally.map {
                                [
                                    $0.label.description, $0.text, String($0.count),
                                    $0.participants.joined(separator: ", "),
                                ]
                            }))
                ]
            }
        case .decision:
            guard let d = decision else { return [] }
            var sentence = [Span(d.text, .strong)]
            if let option = d.option {
                sentence += [
                    Span(" "),
                    Span(
                        l(.option).lowercased() + " " + option.description + (d.optionText.map { ": " + $0 } ?? ""),
                        .aside),
                ]
            }
            var facts: [Fact] = []
            if let rationale = d.rationale { facts.append(Fact(l(.rationale), rationale)) }
            if terms.outcomeSupport, let support = d.supportLabel { facts.append(Fact(l(.reachedBy), support)) }
            if terms.outcomeSupport, !d.dissent.isEmpty {
                facts.append(Fact(l(.dissent), d.dissent.joined(separator: ", ")))
            }
            if let review = d.review {
                facts.append(Fact(l(.reviewOn), spelledDate(review)))
            }
            return [.paragraph(sentence)] + (facts.isEmpty ? [] : [.facts(facts)])
        case .actions:
            // The decision's evaluation is listed with the actions: it is the follow-up the group agreed on too.
            let review = decision?.review.map { [l(.reviewDecision), "—", shortDate($0)] }
            return unless(actions.isEmpty && review == nil) {
                [
                    .table(
                        Table(
                            header: [l(.action), l(.owner), l(.due)],
                            rows: actions.map {
                                [
                                    $0.text, $0.owner + ($0.ownerTookPart ? "" : " (" + l(.notAtTheMeeting) + ")"),
                                    $0.due.map(shortDate) ?? "—",
                                ]
                            } + (review.map { [$0] } ?? []),
                            unbroken: [2]))
                ]
            }
        case .signals:
            return unless(signals.isEmpty) {
                [
                    .table(
                        Table(
                            header: [l(.signal), l(.level), l(.by)]
                                + (signals.contains { $0.to != nil } ? [l(.to)] : []),
                            rows: signals.map { signal in
                                [signal.text, signal.levelLabel ?? "—", signal.by ?? l(.theGroup)]
                                    + (signals.contains { $0.to != nil } ? [signal.to ?? "—"] : [])
                            }))
                ]
            }
        case .contributions:
            return rounds.filter { !$0.contributions.isEmpty }.flatMap { round -> [Block] in
                [.heading([Span(round.title)]), .list(round.contributions.map { spans($0) })]
            }
        case .evaluation:
            return unless(evaluations.isEmpty) {
                [
                    .table(
                        Table(
                            header: [l(.participant), l(.score), l(.remark)],
                            rows: evaluations.map { [$0.participant, $0.score.map(String.init) ?? "—", $0.text] }))
                ]
                    + (averageScore.map {
                        [.paragraph([Span(l(.average) + ": " + Self.formatScore($0, language))])]
                    } ?? [])
            }
        case .time:
            let unit = l(.minutesUnit)
            return unless(!rounds.contains(where: \.visited)) {
                [
                    .table(
                        Table(
                            header: [l(.round), l(.spent), l(.timebox)],
                            rows: rounds.map { r in
                                [
                                    r.title, r.minutesSpent.map { "\($0) \(unit)" } ?? l(.notVisited),
                                    "\(r.timeboxMinutes) \(unit)",
                                ]
                            },
                            marked: Set(
                                rounds.indices.filter { (rounds[$0].minutesSpent ?? 0) > rounds[$0].timeboxMinutes })))
                ]
            }
        case .forced:
            return unless(forcedAdvances.isEmpty) {
                [
                    .list(
                        forcedAdvances.map { move in
                            var spans = [
                                Span("\(move.at) — "), Span(move.from), Span(" → "), Span(move.to), Span(". "),
                                Span(l(.reason) + ":", .strong), Span(" "), Span(move.reason),
                            ]
                            if !move.unmet.isEmpty {
                                spans += [
                                    Span(" "), Span(l(.stillOpen) + ":", .strong), Span(" "),
                                    Span(move.unmet.joined(separator: "; ")),
                                ]
                            }
                            return spans
                        })
                ]
            }
        case .corrections:
            return unless(corrections.isEmpty) { [.list(corrections.map(correction))] }
        case .steps:
            return steps.compactMap(step)
        }
    }

    /// The values grid as a table: whom each item concerns, its kind, its text, the option it supports and (for
    /// the minutes, not the board) who said it. A column the method leaves empty on every row (no option
    /// supported, nobody concerned) is left out.
    static func gridTable(_ grid: [Contribution], _ language: Language, withAuthors: Bool) -> Table {
        func l(_ key: Catalog.MinutesText) -> String { key.text(language) }
        let concerns = grid.contains { $0.about != nil }
        let supports = grid.contains { $0.option != nil }
        return Table(
            header: (concerns ? [l(.stakeholder)] : []) + [l(.kind), l(.text)] + (supports ? [l(.supports)] : [])
                + (withAuthors ? [l(.by)] : []),
            rows: grid.map {
                (concerns ? [$0.about ?? "—"] : []) + [$0.kindLabel, $0.text]
                    + (supports ? [$0.option?.description ?? "—"] : [])
                    + (withAuthors ? [$0.participant ?? "—"] : [])
            })
    }

    /// What the reader reads first: the inbrenger's question, the dilemma, the decision with its support and dissent,
    /// the actions and the review date; nothing when the session has none of them yet.
    private func summary() -> [Block] {
        var facts = choices.map { Fact($0.label, $0.text) }
        if let question = self.case?.question {
            facts.append(Fact(terms.caseQuestion ?? l(.presenterQuestion), question))
        }
        if let d = dilemma {
            let own = d.options.filter { !$0.alternative }
            facts.append(
                Fact(l(.dilemma), [Span(d.question)], items: own.map { [Span($0.label.description + ": " + $0.text)] }))
        }
        if let d = decision {
            var text = [Span(d.text, .strong)]
            if let option = d.option {
                text.append(Span(" (" + l(.option).lowercased() + " " + option.description + ")"))
            }
            var details: [[Span]] = []
            if terms.outcomeSupport, let support = d.supportLabel {
                details.append([Span(l(.reachedBy) + ": " + support)])
            }
            if terms.outcomeSupport, !d.dissent.isEmpty {
                details.append([Span(l(.dissent) + ": " + d.dissent.joined(separator: ", "))])
            }
            facts.append(Fact(terms.outcome, text, items: details))
        }
        if !actions.isEmpty {
            facts.append(
                Fact(
                    l(.actions), [],
                    items: actions.map { action in
                        [Span(action.text), Span(" — " + action.owner)]
                            + (action.due.map { [Span(", " + l(.dueBy) + " " + shortDate($0))] } ?? [])
                    }))
        }
        if let review = decision?.review { facts.append(Fact(l(.reviewOn), spelledDate(review))) }
        return facts.isEmpty ? [] : [.facts(facts)]
    }

    /// A date of the text, written as the header writes one (`donderdag 12 maart 2026`).
    private func spelledDate(_ date: CalendarDate) -> String { date.spelledOut(language) }

    /// A date in a table, short (`20-12-2026`, `20 Dec 2026`).
    private func shortDate(_ date: CalendarDate) -> String { date.short(language) }

    /// One round of the method as a section: what it holds outside its cards, every card (an untouched one
    /// says so) and the outcomes recorded in it, with the check against the goals it recalls.
    private func step(_ step: StepInfo) -> Block? {
        var content: [Block] = []
        if step.holdsCase { content += blocks(of: .case) }
        content += byKind(step.contributions, headings: step.kindHeadings) { stepItem($0, kind: false) }
        for card in step.cards {
            content.append(
                .heading(
                    [Span(card.title)]
                        + (card.basis.map {
                            [Span(" "), Span(Catalog.MinutesText.basedOn(value: $0).text(language), .aside)]
                        }
                            ?? [])))
            content.append(
                card.contributions.isEmpty
                    ? .paragraph([Span(l(.notDiscussed), .aside)])
                    // A note on a card is the card's own text, as is what the round records by default; a fact or a
                    // consideration among them says what it is.
                    : .list(
                        card.contributions.map { item in
                            stepItem(
                                item, kind: item.kind != ContributionKind.note.rawValue && item.kind != step.defaultKind
                            )
                        }))
        }
        // The hulpvragen, answered or not, once the round holds anything to answer them with.
        let answered = { (question: QuestionInfo) in !question.answers.isEmpty || !question.answeredOnCards.isEmpty }
        if !step.questions.isEmpty && (!content.isEmpty || step.questions.contains(where: answered)) {
            content.append(.heading([Span(Catalog.MinutesText.questionsHeading.text(language).dropLastColon)]))
            content.append(
                .list(
                    step.questions.map { question in
                        guard answered(question) else {
                            return [Span(question.text, .strong), Span(" "), Span(l(.unanswered), .aside)]
                        }
                        let answers =
                            question.answers.map { stepItem($0) }
                            + question.answeredOnCards.map { [Span(l(.onTheCard(card: $0)), .aside)] }
                        return [Span(question.text, .strong), Span(" ")]
                            + answers.dropFirst().reduce(answers[0]) { $0 + [Span(" · ")] + $1 }
                    }))
        }
        if step.holdsDilemma { content += blocks(of: .dilemma) }
        if step.holdsGrid { content += blocks(of: .grid) }
        if step.convenes { content += blocks(of: .links) }
        if step.holdsPositions {
            // Each position under the round it was taken in; who chose what, and the tally, once, after the last
            // round that takes positions.
            content += positions.compactMap { person in
                var taken = person
                taken.positions = person.positions.filter { $0.round == step.id }
                return position(taken)
            }
            if step.showsChart, step.id == steps.last(where: \.holdsPositions)?.id {
                if let chart = chart() { content.append(.chart(chart)) }
                let tally = blocks(of: .tally)
                if !tally.isEmpty { content += [.heading([Span(l(.tally))])] + tally }
            }
        }
        // The decision and its actions stay together on paper.
        var conclusion: [Block] = []
        if step.holdsDecision { conclusion += [.heading([Span(terms.outcome)])] + blocks(of: .decision) }
        if !step.checks.isEmpty {
            conclusion.append(.heading([Span(l(.goalCheck))]))
            conclusion.append(
                .table(
                    Table(
                        header: [l(.goal), l(.wanted), l(.servedBy), l(.coveredByChoice)],
                        rows: step.checks.map { check in
                            [
                                check.card, check.goals.isEmpty ? "—" : check.goals.joined(separator: "; "),
                                check.servedBy.isEmpty ? "—" : check.servedBy.joined(separator: "; "),
                                check.reached.map { l($0 ? .yes : .no) } ?? "—",
                            ]
                        })))
        }
        if step.holdsActions { conclusion += [.heading([Span(l(.actions))])] + blocks(of: .actions) }
        content += step.holdsDecision && step.holdsActions ? [.group(conclusion)] : conclusion
        if step.holdsSignals {
            // A round that is all signals (signaleren) needs no heading for them.
            content += (content.isEmpty ? [] : [.heading([Span(l(.signals))])]) + blocks(of: .signals)
        }
        if step.holdsEvaluations {
            // A round that is all evaluation (Evaluatie, Terugblik) needs no heading for it.
            content += (content.isEmpty ? [] : [.heading([Span(l(.evaluation))])]) + blocks(of: .evaluation)
        }
        guard !content.isEmpty else { return nil }
        return .section(id: "step-" + step.id, title: step.title, blocks: content)
    }

    /// A contribution within a step: its kind (its card is the heading above it), the text, the goal it serves,
    /// whether it was chosen, and who said it.
    private func stepItem(_ item: Contribution, kind: Bool = true) -> [Span] {
        var spans = kind ? [Span(item.kindLabel, .label), Span(" "), Span(item.text)] : [Span(item.text)]
        if let influence = item.influenceLabel { spans += [Span(" "), Span(influence, .tag)] }
        if let about = item.about { spans += [Span(" "), Span(about, .aside)] }
        if let goal = item.servesTitle { spans += [Span(" "), Span(l(.serves) + ": " + goal, .aside)] }
        if item.chosen { spans += [Span(" "), Span(l(.chosen), .strong)] }
        if item.amended { spans += [Span(" "), Span(l(.correctedMark), .aside)] }
        return spans + by(item.participant)
    }

    /// A round's contributions grouped by kind under a small heading each ("Vragen", "Feiten"; the round's own
    /// heading where it names one), in the order the kinds first came up, each line as `item` writes it.
    private func byKind(
        _ items: [Contribution], headings: [String: String] = [:], _ item: (Contribution) -> [Span]
    ) -> [Block] {
        var kinds: [String] = []
        for contribution in items where !kinds.contains(contribution.kind) { kinds.append(contribution.kind) }
        return kinds.flatMap { kind -> [Block] in
            [
                .heading(
                    [Span(headings[kind] ?? ContributionKind(rawValue: kind).map { l(.kindHeading(kind: $0)) } ?? kind)]
                ),
                // Made from the items of the kind as they are passed, not from a copy of them first.
                .list(items.compactMap { $0.kind == kind ? item($0) : nil }),
            ]
        }
    }

    /// "Carried over from …", naming the session this one was convened from.
    private var carriedOverNote: String? {
        guard let parent = links.first(where: { $0.relation == .parent || $0.relation == .reviews }) else {
            return nil
        }
        return l(.carriedOverFrom(session: parent.title))
    }

    /// `blocks()`, or nothing when `empty`.
    private func unless(_ empty: Bool, _ blocks: () -> [Block]) -> [Block] { empty ? [] : blocks() }

    private func by(_ participant: String?) -> [Span] { participant.map { [Span($0, .attribution)] } ?? [] }

    /// A contribution in one line: its kind (and category) as a label, the text, whom it concerns, the option.
    private func spans(_ item: Contribution, kind: Bool = true) -> [Span] {
        let label = (kind ? [item.kindLabel] : []) + (item.categoryTitle.map { [$0] } ?? [])
        var spans =
            (label.isEmpty ? [] : [Span(label.joined(separator: " · "), .label), Span(" ")]) + [Span(item.text)]
        if let about = item.about { spans += [Span(" "), Span(about, .aside)] }
        if let option = item.option {
            spans += [Span(" "), Span(l(.option).lowercased() + " " + option.description, .tag)]
        }
        if item.amended { spans += [Span(" "), Span(l(.correctedMark), .aside)] }
        return spans + by(item.participant)
    }

    /// One participant's argued choice, and where they stood before.
    private func position(_ person: ParticipantPositions) -> Block? {
        guard let current = person.positions.last else { return nil }
        let heading: [Span] = [
            Span(person.participant), Span(" "), Span(person.role, .aside),
            Span(
                " — " + l(.chooses) + " " + current.option.description + (current.optionText.map { ": " + $0 } ?? "")),
        ]
        var facts: [Fact] = []
        let parts: [(Catalog.MinutesText, String?)] = [
            (.because, current.because), (.cannot, current.cannot),
            (.mitigate, current.mitigate), (.needs, current.needs),
        ]
        for (label, value) in parts { if let value { facts.append(Fact(l(label), value)) } }
        let earlier = person.positions.dropLast()
        if !earlier.isEmpty {
            facts.append(
                Fact(
                    l(.changedFrom), [],
                    items: earlier.map { old in
                        [Span("\(old.at) — \(old.option)" + (old.because.map { ": " + $0 } ?? ""))]
                    }))
        }
        return .group([.heading(heading)] + (facts.isEmpty ? [] : [.facts(facts)]))
    }

    /// Who chose what first and last, as a chart.
    private func chart() -> StepChart? {
        let options = dilemma?.options.map(\.label) ?? tally.map(\.label)
        let people = positions.filter { !$0.positions.isEmpty }
        guard !options.isEmpty, !people.isEmpty else { return nil }
        return StepChart(
            title: l(.chartTitle),
            summary: people.map { person in
                person.participant + ": " + person.positions.map(\.option.description).joined(separator: " → ")
            }.joined(separator: "; "),
            columns: options.map { l(.option) + " " + $0.description },
            rows: people.map { person in
                StepChart.Row(
                    label: person.participant,
                    steps: person.positions.map { options.firstIndex(of: $0.option) ?? 0 })
            },
            firstLegend: l(.firstChoice), lastLegend: l(.lastChoice))
    }

    /// A corrected or withdrawn entry: when, and why it was withdrawn, never what it said (the journal and `log`
    /// keep that, for the audit).
    private func correction(_ c: Correction) -> [Span] {
        var parts: [String] = c.amendments.map { "\($0.at) " + l(.correctedMark) }
        if let at = c.retractedAt { parts.append("\(at) " + l(c.undone ? .undone : .retracted)) }
        var spans = [Span(c.entry.description + " (" + c.kindLabel + (c.participant.map { ", " + $0 } ?? "") + "): ")]
        spans.append(Span(parts.joined(separator: "; ")))
        if c.retractedAt != nil, let reason = c.retractReason { spans += [Span(" "), Span(reason, .aside)] }
        if let replacement = c.replacedBy {
            spans.append(
                Span("; " + (c.replacedAt.map { $0 + " " } ?? "") + l(.replacedBy) + " " + replacement.description))
        }
        return spans
    }

    /// An average score with one decimal, with the language's decimal sign.
    static func formatScore(_ value: Double, _ lang: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10).\(tenths % 10)"
        switch lang {
        case .nl: return text.replacingOccurrences(of: ".", with: ",")
        case .en: return text
        }
    }
}

extension SessionLinkInfo {
    /// The linked session in one sentence, the same in every format and in the terminal.
    public func sentence(_ lang: Language) -> String {
        func l(_ key: Catalog.MinutesText) -> String { key.text(lang) }
        var text: String
        switch relation {
        case .reviews: text = l(.followsUp) + ": " + title + " (" + id + ")"
        case .reviewedBy: text = l(.followedUpIn) + ": " + title + " (" + id + ")"
        case .parent, .convened:
            let relation = self.relation == .parent ? l(.convenedFrom) : l(.convenedHere)
            text = relation + ": " + title + " (" + id + "), " + l(.inRound) + " '" + round + "'"
        }
        if let state { text += " — " + l(.state(state)) }
        if relation == .convened || relation == .reviewedBy {
            text += "; " + l(.itsDecision) + ": " + (decision ?? l(.notDecided))
        }
        return text
    }
}

extension String {
    /// The text with its first letter in capitals.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// The text without a closing colon: a label used as a heading.
    fileprivate var dropLastColon: String { hasSuffix(":") ? String(dropLast()) : self }
}
