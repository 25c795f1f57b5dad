import BeraadEngine
import BeraadMinutes

/// The case bank as one page: per case its dilemma, what was in tension and for whom, the options and their harm,
/// the decision with its reasoning and support, and what was learned.
public enum CaseBank {
    public static func page(_ cases: [CaseSummary], language: Language, made: String, filters: [Fact]) -> Page {
        func l(_ key: Catalog.MinutesText) -> String { key.text(language) }
        var header: [Block] = [.title(kicker: l(.caseBankKicker), text: l(.caseBankTitle))]
        header.append(.facts([Fact(l(.caseBankMade), made), Fact(l(.caseBankCount), String(cases.count))] + filters))
        header.append(.note(l(.caseBankAnonymised)))
        let body = cases.map { summary -> Block in
            var blocks: [Block] = [
                .facts(
                    [
                        Fact(l(.method), summary.methodTitle),
                        Fact(l(.date), CalendarDate(iso: summary.date)?.spelledOut(language) ?? summary.date),
                    ]
                        + (summary.team.map { [Fact(l(.caseBankTeam), $0)] } ?? []))
            ]
            if let text = summary.case {
                blocks.append(.heading([Span(l(.caseBankCase))]))
                blocks.append(.paragraph([Span(text)]))
                if let question = summary.question { blocks.append(.paragraph([Span(question, .quotation)])) }
            }
            if let dilemma = summary.dilemma {
                blocks.append(.heading([Span(l(.caseBankDilemma))]))
                blocks.append(.paragraph([Span(dilemma, .strong)]))
                if !summary.options.isEmpty {
                    blocks.append(
                        .table(
                            Table(
                                header: [l(.caseBankOption), l(.caseBankHarm)],
                                rows: summary.options.map { [$0.label.description + ": " + $0.text, $0.harm ?? ""] })))
                }
            }
            if !summary.tensions.isEmpty {
                blocks.append(.heading([Span(l(.caseBankTensions))]))
                blocks.append(
                    .list(
                        summary.tensions.map { tension in
                            [Span(tension.kindLabel, .label), Span(" "), Span(tension.text)]
                                + (tension.about.map { [Span(" "), Span(l(.caseBankFor) + " " + $0, .aside)] } ?? [])
                        }))
            }
            if let decision = summary.decision {
                blocks.append(.heading([Span(l(.caseBankDecision))]))
                var spans = [Span(decision.text, .strong)]
                if let support = decision.supportLabel { spans += [Span(" "), Span(support, .aside)] }
                blocks.append(.paragraph(spans))
                if let rationale = decision.rationale {
                    blocks.append(.paragraph([Span(l(.caseBankBecause), .label), Span(" "), Span(rationale)]))
                }
            }
            if !summary.learned.isEmpty {
                blocks.append(.heading([Span(l(.caseBankLearned))]))
                blocks.append(.list(summary.learned.map { [Span($0)] }))
            }
            return .section(id: "casus-" + summary.id, title: summary.title, blocks: blocks)
        }
        return Page(
            language: language, title: l(.caseBankTitle), header: header, body: body, colophon: l(.generatedBy))
    }
}
