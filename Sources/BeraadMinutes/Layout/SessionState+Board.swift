import BeraadEngine

extension SessionState {
    /// The group's screen: the round with its purpose, prompts and time, the inbrenger's question, the dilemma with who chose which option,
    /// the values grid and the decision once taken. Only what the group itself said, redacted as the minutes are.
    public func board(_ lang: Language, now: Timestamp, refreshSeconds: Int = 5) -> Page {
        func l(_ key: Catalog.MinutesText) -> String { key.text(lang) }
        let doc = MinutesDocument(state: self, options: MinutesOptions(language: lang, now: now))
        var header: [Block] = []
        var body: [Block] = []
        if let round = currentRound {
            let seconds = secondsSpent(inRound: roundIndex, now: now)
            header.append(
                .title(
                    kicker: doc.session.title + " · " + l(.round) + " \(roundIndex + 1)/"
                        + "\(protocolDefinition.rounds.count)",
                    text: round.unnumberedTitle(lang)))
            let time = l(.elapsed(minutes: String(seconds / 60), timebox: String(round.timeboxMinutes)))
            header.append(.badge(time, seconds > Int64(round.timeboxMinutes) * 60 ? .caution : .settled))
            header.append(.paragraph([Span(round.purpose(lang))]))
            if !round.prompts.isEmpty { header.append(.list(round.prompts.map { [Span($0(lang))] })) }
            if !round.questions.isEmpty {
                header.append(.heading([Span(l(.questionsHeading))]))
                header.append(.list(round.questions.map { [Span($0(lang))] }))
            }
            let unmet = unmetRequirements(ofRound: roundIndex)
            if !unmet.isEmpty {
                header.append(
                    .note(l(.stillNeeded(needs: unmet.map { $0.describe(lang) }.joined(separator: "; ")))))
            }
        } else {
            header.append(.title(kicker: doc.session.title, text: l(.state(lifecycle.name))))
        }
        // A review shows what it reviews: the decision and each action with where it stands, as carried over.
        if opened.followUpOf != nil {
            let carried = liveEntries { $0.carriedOver != nil && $0.kind == .fact }
            if !carried.isEmpty {
                body.append(
                    .section(
                        id: "review", title: l(.reviewing), blocks: [.list(carried.map { [Span($0.text)] })]))
            }
        }
        // What the group chose to work on stays in view (the Socratic starting question), as does the inbrenger's
        // question, under the method's own name for it, until the dilemma stands.
        for choice in doc.choices {
            body.append(.section(id: "choice", title: choice.label, blocks: [.paragraph([Span(choice.text, .strong)])]))
        }
        if let question = doc.case?.question {
            body.append(
                .section(
                    id: "question", title: doc.terms.caseQuestion ?? l(.questionToGroup),
                    blocks: [.paragraph([Span(question, .strong)])]))
        }
        if let dilemma = doc.dilemma {
            let chosen = Dictionary(uniqueKeysWithValues: doc.tally.map { ($0.label, $0.participants) })
            body.append(
                .section(
                    id: "dilemma", title: l(.dilemma),
                    blocks: [
                        .paragraph([Span(dilemma.question, .strong)]),
                        .table(
                            Table(
                                header: [l(.option), "", l(.harm), l(.positions)],
                                rows: dilemma.options.map {
                                    [
                                        $0.label.description, $0.text, $0.harm ?? "—",
                                        (chosen[$0.label] ?? []).joined(separator: ", "),
                                    ]
                                })),
                    ]))
        }
        // The round's flip-over: what the method names in it (the core statements of a Socratic dialogue, CURA's
        // first reactions), as said so far, under the method's own heading.
        if let round = currentRound, let step = doc.steps.first(where: { $0.id == round.id }) {
            for heading in round.minutes?.kinds ?? [] {
                let said = step.contributions.filter { $0.kind == heading.kind.rawValue }
                guard !said.isEmpty else { continue }
                body.append(
                    .section(
                        id: "round-" + heading.kind.rawValue, title: heading.title(lang),
                        blocks: [
                            .list(
                                said.map { item in
                                    [Span(item.text)] + (item.participant.map { [Span($0, .attribution)] } ?? [])
                                })
                        ]))
            }
        }
        // The values grid of the rounds whose method keeps one.
        let gridRounds = Set(protocolDefinition.rounds.filter { $0.minutes?.grid ?? true }.map(\.id))
        let grid = doc.grid.filter { gridRounds.contains($0.round) }
        if !grid.isEmpty {
            body.append(
                .section(
                    id: "grid", title: l(.grid),
                    blocks: [.table(MinutesDocument.gridTable(grid, lang, withAuthors: false))]))
        }
        if let decision = doc.decision {
            body.append(
                .section(
                    id: "decision", title: doc.terms.outcome,
                    blocks: [
                        .paragraph(
                            [Span(decision.text, .strong)]
                                + (decision.option.map {
                                    [Span(" "), Span(l(.option).lowercased() + " " + $0.description, .aside)]
                                }
                                    ?? []))
                    ]))
        }
        return Page(
            language: lang, title: doc.session.title, header: header, body: body, colophon: nil,
            medium: .screen(refreshSeconds: refreshSeconds))
    }
}

extension Page {
    /// The page as HTML.
    public func html() -> String { HTMLWriter.write(self) }
}
