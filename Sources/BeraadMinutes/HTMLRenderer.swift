import BeraadEngine

/// Writes minutes as one self-contained HTML file: inline CSS, no scripts, no external fetches; printable to A4,
/// readable on a phone, every piece of user text escaped.
public enum HTMLRenderer {
    public static func render(_ doc: MinutesDocument) -> String {
        let lang = doc.language
        func l(_ text: LocalizedText) -> String { text(lang) }
        func e(_ text: String) -> String { HTMLWriter.escape(text) }
        let s = doc.session
        var out = HTMLWriter()
        out.raw(
            """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Beraad">
            <title>\(e(l(MinutesLabels.minutesOf) + ": " + s.title))</title>
            <style>
            \(stylesheet)
            </style>
            </head>
            <body>
            <main>

            """)
        out.raw("<header>\n")
        if s.concept {
            out.element("p", l(MinutesLabels.concept), attributes: "class=\"badge concept\"")
        } else if let approved = s.approvedAt {
            out.element("p", l(MinutesLabels.approvedOn) + " " + approved, attributes: "class=\"badge approved\"")
        }
        out.raw("<h1><span class=\"kicker\">" + e(l(MinutesLabels.minutesOf)) + "</span> " + e(s.title) + "</h1>\n")
        let stateLabel = MinutesLabels.state(s.state)
        var facts: [(String, String)] = [
            (l(MinutesLabels.date), s.date),
            (l(MinutesLabels.time), s.end.map { "\(s.start)–\($0)" } ?? s.start),
            (l(MinutesLabels.method), "\(s.protocolTitle) (\(s.protocolID), v\(s.protocolVersion))"),
        ]
        if let facilitator = s.facilitator { facts.append((l(MinutesLabels.facilitator), facilitator)) }
        facts.append((l(MinutesLabels.status), l(stateLabel)))
        if let reason = s.abandonReason { facts.append((l(MinutesLabels.abandonedBecause), reason)) }
        facts.append((l(MinutesLabels.session), s.id))
        out.raw("<dl class=\"facts\">\n")
        for (label, value) in facts { out.raw("<dt>" + e(label) + "</dt><dd>" + e(value) + "</dd>\n") }
        out.raw("</dl>\n")
        out.raw(
            "<p class=\"source\">" + e(l(MinutesLabels.source)) + ": " + e(s.protocolSource)
                + (s.protocolURL.map { " <span class=\"url\">" + e($0) + "</span>" } ?? "") + "</p>\n")
        if doc.anonymized { out.element("p", l(MinutesLabels.anonymized), attributes: "class=\"note\"") }
        if doc.redactionCount > 0 { out.element("p", l(MinutesLabels.redactedNote), attributes: "class=\"note\"") }
        out.raw("</header>\n")

        func section(_ id: String, _ title: LocalizedText, _ body: (inout HTMLWriter) -> Void) {
            out.raw("<section id=\"\(id)\">\n<h2>" + e(l(title)) + "</h2>\n")
            body(&out)
            out.raw("</section>\n")
        }
        func by(_ participant: String?) -> String {
            participant.map { " <span class=\"by\">— " + e($0) + "</span>" } ?? ""
        }
        func contribution(_ item: Contribution) -> String {
            var text = "<span class=\"kind\">" + e(item.kindLabel)
            if let category = item.categoryTitle { text += " · " + e(category) }
            text += "</span> " + e(item.text)
            if let about = item.about { text += " <span class=\"about\">(" + e(about) + ")</span>" }
            if let option = item.option {
                text +=
                    " <span class=\"option\">[" + e(l(MinutesLabels.option).lowercased() + " " + option) + "]</span>"
            }
            return text + by(item.participant)
        }

        if !doc.links.isEmpty {
            section("verbonden", MinutesLabels.links) { out in
                out.raw(
                    "<ul>\n" + doc.links.map { "<li>" + e(MarkdownRenderer.describe($0, lang)) + "</li>\n" }.joined()
                        + "</ul>\n")
            }
        }
        if !doc.agreements.isEmpty {
            section("afspraken", MinutesLabels.agreements) { out in
                out.raw("<ul>\n")
                for item in doc.agreements {
                    out.raw(
                        "<li>" + (item.categoryTitle.map { "<strong>" + e($0) + ":</strong> " } ?? "") + e(item.text)
                            + by(item.participant) + "</li>\n")
                }
                out.raw("</ul>\n")
            }
        }
        if !doc.participants.isEmpty {
            section("deelnemers", MinutesLabels.participants) { out in
                out.table(
                    [l(MinutesLabels.name), l(MinutesLabels.role), l(MinutesLabels.present)],
                    doc.participants.map { p in
                        [
                            p.name, p.roleTitle,
                            "\(l(MinutesLabels.from)) \(p.joinedAt)"
                                + (p.leftAt.map { ", \(l(MinutesLabels.leftAt)) \($0)" } ?? ""),
                        ]
                    })
            }
        }
        if let c = doc.case {
            section("casus", MinutesLabels.theCase) { out in
                out.raw("<blockquote>\n<p>" + HTMLWriter.paragraphs(c.text) + "</p>\n")
                if let by = c.by { out.raw("<footer>" + e(l(MinutesLabels.broughtInBy) + " " + by) + "</footer>\n") }
                out.raw("</blockquote>\n")
                if !c.clarifications.isEmpty {
                    out.element("h3", l(MinutesLabels.clarifications))
                    out.raw(
                        "<ul>\n" + c.clarifications.map { "<li>" + contribution($0) + "</li>\n" }.joined() + "</ul>\n")
                }
            }
        }
        if let d = doc.dilemma {
            section("dilemma", MinutesLabels.dilemma) { out in
                out.element("p", d.question, attributes: "class=\"question\"")
                out.table(
                    [l(MinutesLabels.option), l(MinutesLabels.text), l(MinutesLabels.harm)],
                    d.options.map { [$0.label, $0.text, $0.harm ?? "—"] })
            }
        }
        if !doc.grid.isEmpty {
            section("waarden", MinutesLabels.grid) { out in
                out.table(
                    [
                        l(MinutesLabels.stakeholder), l(MinutesLabels.kind), l(MinutesLabels.text),
                        l(MinutesLabels.supports), l(MinutesLabels.by),
                    ],
                    doc.grid.map { [$0.about ?? "—", $0.kindLabel, $0.text, $0.option ?? "—", $0.participant ?? "—"] })
            }
        }
        if !doc.alternatives.isEmpty {
            section("alternatieven", MinutesLabels.alternatives) { out in
                out.raw(
                    "<ul>\n" + doc.alternatives.map { "<li>" + e($0.text) + by($0.participant) + "</li>\n" }.joined()
                        + "</ul>\n")
            }
        }
        if !doc.positions.isEmpty {
            section("standpunten", MinutesLabels.positions) { out in
                if let chart = PositionChart.svg(doc) {
                    out.raw("<figure class=\"chart\">\n" + chart + "\n</figure>\n")
                }
                for person in doc.positions {
                    guard let current = person.positions.last else { continue }
                    out.raw("<article class=\"position\">\n")
                    out.raw(
                        "<h3>" + e(person.participant) + " <span class=\"role\">(" + e(person.role) + ")</span> — "
                            + e(
                                l(MinutesLabels.chooses) + " " + current.option
                                    + (current.optionText.map { ": " + $0 } ?? "")) + "</h3>\n")
                    let parts: [(LocalizedText, String?)] = [
                        (MinutesLabels.because, current.because), (MinutesLabels.cannot, current.cannot),
                        (MinutesLabels.mitigate, current.mitigate), (MinutesLabels.needs, current.needs),
                    ]
                    if parts.contains(where: { $0.1 != nil }) {
                        out.raw("<dl>\n")
                        for (label, value) in parts {
                            if let value { out.raw("<dt>" + e(l(label)) + "</dt><dd>" + e(value) + "</dd>\n") }
                        }
                        out.raw("</dl>\n")
                    }
                    let earlier = person.positions.dropLast()
                    if !earlier.isEmpty {
                        out.raw(
                            "<p class=\"earlier\">" + e(l(MinutesLabels.changedFrom))
                                + ":</p>\n<ol class=\"earlier\">\n")
                        for old in earlier {
                            out.raw(
                                "<li>" + e(old.at + " — " + old.option + (old.because.map { ": " + $0 } ?? ""))
                                    + "</li>\n")
                        }
                        out.raw("</ol>\n")
                    }
                    out.raw("</article>\n")
                }
            }
            if !doc.tally.isEmpty {
                section("overeenkomsten", MinutesLabels.tally) { out in
                    out.table(
                        [l(MinutesLabels.option), l(MinutesLabels.text), "n", l(MinutesLabels.participants)],
                        doc.tally.map {
                            [$0.label, $0.text, String($0.count), $0.participants.joined(separator: ", ")]
                        })
                }
            }
        }
        if let d = doc.decision {
            section("besluit", MinutesLabels.decision) { out in
                out.raw(
                    "<p class=\"decision\">" + e(d.text)
                        + (d.option.map {
                            " <span class=\"option\">("
                                + e(
                                    l(MinutesLabels.option).lowercased() + " " + $0
                                        + (d.optionText.map { ": " + $0 } ?? "")) + ")</span>"
                        } ?? "")
                        + "</p>\n")
                var rows: [(String, String)] = []
                if let rationale = d.rationale { rows.append((l(MinutesLabels.rationale), rationale)) }
                if let support = d.supportLabel { rows.append((l(MinutesLabels.reachedBy), support)) }
                if !d.dissent.isEmpty { rows.append((l(MinutesLabels.dissent), d.dissent.joined(separator: ", "))) }
                if !rows.isEmpty {
                    out.raw(
                        "<dl>\n" + rows.map { "<dt>" + e($0.0) + "</dt><dd>" + e($0.1) + "</dd>\n" }.joined()
                            + "</dl>\n")
                }
            }
        }
        if !doc.actions.isEmpty {
            section("acties", MinutesLabels.actions) { out in
                out.table(
                    [l(MinutesLabels.action), l(MinutesLabels.owner), l(MinutesLabels.due)],
                    doc.actions.map { [$0.text, $0.owner, $0.due ?? "—"] })
            }
        }
        if !doc.signals.isEmpty {
            section("signalen", MinutesLabels.signals) { out in
                out.table(
                    [l(MinutesLabels.signal), l(MinutesLabels.level), l(MinutesLabels.by)],
                    doc.signals.map { [$0.text, $0.levelLabel ?? "—", $0.by ?? "—"] })
            }
        }
        let otherContributions = doc.rounds.filter { !$0.contributions.isEmpty }
        if !otherContributions.isEmpty {
            section("inbreng", MinutesLabels.contributions) { out in
                for round in otherContributions {
                    out.element("h3", round.title)
                    out.raw(
                        "<ul>\n" + round.contributions.map { "<li>" + contribution($0) + "</li>\n" }.joined()
                            + "</ul>\n")
                }
            }
        }
        if !doc.evaluations.isEmpty {
            section("evaluatie", MinutesLabels.evaluation) { out in
                out.table(
                    [l(MinutesLabels.participant), l(MinutesLabels.score), l(MinutesLabels.remark)],
                    doc.evaluations.map { [$0.participant, $0.score.map(String.init) ?? "—", $0.text] })
                if let average = doc.averageScore {
                    out.element("p", l(MinutesLabels.average) + ": " + MarkdownRenderer.formatScore(average, lang))
                }
            }
        }
        if doc.rounds.contains(where: \.visited) {
            section("tijd", MinutesLabels.timePerRound) { out in
                let unit = l(MinutesLabels.minutesUnit)
                out.raw(
                    "<table class=\"time\">\n<thead><tr><th scope=\"col\">" + e(l(MinutesLabels.round))
                        + "</th><th scope=\"col\">" + e(l(MinutesLabels.spent)) + "</th><th scope=\"col\">"
                        + e(l(MinutesLabels.timebox)) + "</th></tr></thead>\n<tbody>\n")
                for r in doc.rounds {
                    let over = (r.minutesSpent ?? 0) > r.timeboxMinutes
                    out.raw(
                        "<tr" + (over ? " class=\"over\"" : "") + "><td>" + e(r.title) + "</td><td>"
                            + e(r.minutesSpent.map { "\($0) \(unit)" } ?? l(MinutesLabels.notVisited)) + "</td><td>"
                            + e("\(r.timeboxMinutes) \(unit)") + "</td></tr>\n")
                }
                out.raw("</tbody>\n</table>\n")
            }
        }
        if !doc.forcedAdvances.isEmpty {
            section("doorgezet", MinutesLabels.forced) { out in
                out.raw("<ul>\n")
                for move in doc.forcedAdvances {
                    out.raw(
                        "<li>" + e("\(move.at) — \(move.from) → \(move.to). ") + "<strong>" + e(l(MinutesLabels.reason))
                            + ":</strong> " + e(move.reason)
                            + (move.unmet.isEmpty
                                ? ""
                                : " <strong>" + e(l(MinutesLabels.stillOpen)) + ":</strong> "
                                    + e(move.unmet.joined(separator: "; "))) + "</li>\n")
                }
                out.raw("</ul>\n")
            }
        }
        if !doc.corrections.isEmpty {
            section("correcties", MinutesLabels.corrections) { out in
                out.raw("<ul class=\"corrections\">\n")
                for c in doc.corrections {
                    var text =
                        "<li><span class=\"entry\">" + e(c.entry) + "</span> (" + e(c.kindLabel)
                        + (c.participant.map { ", " + e($0) } ?? "") + "): "
                    text += e(l(MinutesLabels.original).lowercased()) + " <q>" + e(c.original) + "</q>"
                    for amendment in c.amendments {
                        text +=
                            "; " + e(amendment.at + " " + l(MinutesLabels.amendedTo)) + " <q>" + e(amendment.text)
                            + "</q>"
                    }
                    if let at = c.retractedAt {
                        text += "; " + e(at + " " + l(c.undone ? MinutesLabels.undone : MinutesLabels.retracted))
                        if let reason = c.retractReason { text += " (" + e(reason) + ")" }
                    }
                    out.raw(text + "</li>\n")
                }
                out.raw("</ul>\n")
            }
        }
        out.raw(
            "<footer class=\"colophon\">" + e(l(MinutesLabels.generatedBy)) + "</footer>\n</main>\n</body>\n</html>\n")
        return out.html
    }

    /// Print to A4 with sensible breaks; one column on a phone; contrast of at least 7:1 for text.
    static let stylesheet = """
        :root { color-scheme: light; --ink: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --accent: #1d4e89; --soft: #f2f4f8; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #fff; color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
        main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.3rem 0 1rem; }
        h1 .kicker { display: block; font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
        h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        .badge { display: inline-block; margin: 0; padding: 0.1rem 0.6rem; border-radius: 1rem; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; }
        .concept { background: #fff1c2; color: #5c4200; border: 1px solid #d9b44a; }
        .approved { background: #dcf3e3; color: #0d4a23; border: 1px solid #6bbf86; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 0.5rem; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .source, .note, .by, .role, .about, .earlier, .colophon { color: var(--muted); }
        .source { font-size: 0.9rem; }
        .note { font-style: italic; }
        blockquote { margin: 0.5rem 0; padding: 0.6rem 1rem; background: var(--soft); border-left: 4px solid var(--accent); }
        blockquote footer { margin-top: 0.4rem; color: var(--muted); font-size: 0.9rem; }
        .question, .decision { font-weight: 600; font-size: 1.05rem; }
        table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border: 1px solid var(--line); overflow-wrap: anywhere; }
        th { background: var(--soft); white-space: nowrap; }
        tr.over td:nth-child(2) { font-weight: 700; }
        .kind { font-weight: 600; }
        article.position { margin: 0 0 1rem; padding: 0.2rem 0 0.6rem; border-bottom: 1px solid var(--line); }
        section dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0.3rem 0; }
        section dt { font-weight: 600; }
        section dd { margin: 0; }
        ol.earlier { margin: 0.2rem 0; }
        figure.chart { margin: 0.5rem 0 1.2rem; overflow-x: auto; }
        figure.chart svg { width: 100%; max-width: 40rem; height: auto; font: 13px system-ui, sans-serif; }
        svg .axis { font-weight: 600; fill: var(--ink); }
        svg .name { fill: var(--ink); }
        svg .legend { fill: var(--muted); font-size: 12px; }
        svg .grid { stroke: var(--line); stroke-dasharray: 3 3; }
        svg .move { fill: none; stroke: var(--accent); stroke-width: 2; }
        svg .first { fill: #fff; stroke: var(--accent); stroke-width: 2.5; }
        svg .last { fill: var(--accent); }
        svg .step { fill: var(--muted); }
        q { quotes: "“" "”"; }
        .colophon { margin-top: 3rem; font-size: 0.8rem; }
        @media (max-width: 36rem) {
          main { padding: 1rem 0.75rem 2rem; }
          h1 { font-size: 1.4rem; }
          dl.facts, section dl { grid-template-columns: 1fr; }
          dl.facts dd, section dd { margin-bottom: 0.4rem; }
          table { font-size: 0.88rem; }
        }
        @page { size: A4; margin: 18mm 16mm 20mm; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          tr, article.position, blockquote, figure.chart, li { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .colophon { display: none; }
        }
        """
}
