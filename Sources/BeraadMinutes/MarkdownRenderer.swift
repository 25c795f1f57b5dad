import BeraadEngine

/// Writes minutes as plain Markdown that reads well as text and pastes into e-mail and wikis.
public enum MarkdownRenderer {
    /// The document as Markdown; sections the session has no data for are left out.
    public static func render(_ doc: MinutesDocument) -> String {
        var out = MarkdownWriter()
        let lang = doc.language
        func l(_ text: LocalizedText) -> String { text(lang) }
        let s = doc.session

        out.heading(1, "\(l(MinutesLabels.minutesOf)): " + s.title)
        if s.concept {
            out.line("**\(l(MinutesLabels.concept))**")
        } else if let approved = s.approvedAt {
            out.line("**\(l(MinutesLabels.approvedOn)) \(approved)**")
        }
        out.blank()
        var facts: [(String, String)] = [
            (l(MinutesLabels.date), s.date),
            (l(MinutesLabels.time), s.end.map { "\(s.start)–\($0)" } ?? s.start),
            (l(MinutesLabels.method), "\(s.protocolTitle) (\(s.protocolID), v\(s.protocolVersion))"),
            (l(MinutesLabels.source), s.protocolSource + (s.protocolURL.map { " <\($0)>" } ?? "")),
        ]
        if let facilitator = s.facilitator { facts.append((l(MinutesLabels.facilitator), facilitator)) }
        facts.append((l(MinutesLabels.session), s.id))
        let stateLabel = MinutesLabels.state(s.state)
        facts.append((l(MinutesLabels.status), l(stateLabel)))
        for (label, value) in facts { out.line("- **\(label):** " + MarkdownWriter.escapeInline(value)) }
        if let reason = s.abandonReason {
            out.line("- **\(l(MinutesLabels.abandonedBecause)):** " + MarkdownWriter.escapeInline(reason))
        }
        out.blank()
        if doc.anonymized { out.paragraph("_\(l(MinutesLabels.anonymized))_") }
        if doc.redactionCount > 0 { out.paragraph("_\(l(MinutesLabels.redactedNote))_") }

        if !doc.links.isEmpty {
            out.heading(2, l(MinutesLabels.links))
            for link in doc.links { out.bullet(MarkdownWriter.escapeInline(describe(link, lang))) }
            out.blank()
        }

        if !doc.agreements.isEmpty {
            out.heading(2, l(MinutesLabels.agreements))
            for item in doc.agreements {
                let prefix = item.categoryTitle.map { "**\(MarkdownWriter.escapeInline($0)):** " } ?? ""
                out.bullet(prefix + MarkdownWriter.escapeInline(item.text) + by(item.participant))
            }
            out.blank()
        }

        if !doc.participants.isEmpty {
            out.heading(2, l(MinutesLabels.participants))
            out.table(
                [l(MinutesLabels.name), l(MinutesLabels.role), l(MinutesLabels.present)],
                doc.participants.map { p in
                    let presence =
                        p.leftAt.map { "\(l(MinutesLabels.from)) \(p.joinedAt), \(l(MinutesLabels.leftAt)) \($0)" }
                        ?? "\(l(MinutesLabels.from)) \(p.joinedAt)"
                    return [p.name, p.roleTitle, presence]
                })
        }

        if let c = doc.case {
            out.heading(2, l(MinutesLabels.theCase))
            out.paragraph(MarkdownWriter.escapeBlock(c.text))
            if let by = c.by { out.paragraph("_\(l(MinutesLabels.broughtInBy)) \(MarkdownWriter.escapeInline(by))_") }
            if !c.clarifications.isEmpty {
                out.heading(3, l(MinutesLabels.clarifications))
                for item in c.clarifications { out.bullet(describe(item, lang)) }
                out.blank()
            }
        }

        if let d = doc.dilemma {
            out.heading(2, l(MinutesLabels.dilemma))
            out.paragraph("**" + MarkdownWriter.escapeInline(d.question) + "**")
            out.table(
                [l(MinutesLabels.option), "", l(MinutesLabels.harm)],
                d.options.map { [$0.label, $0.text, $0.harm ?? "—"] })
        }

        if !doc.grid.isEmpty {
            out.heading(2, l(MinutesLabels.grid))
            out.table(
                [
                    l(MinutesLabels.stakeholder), l(MinutesLabels.kind), l(MinutesLabels.text),
                    l(MinutesLabels.supports),
                    l(MinutesLabels.by),
                ],
                doc.grid.map { [$0.about ?? "—", $0.kindLabel, $0.text, $0.option ?? "—", $0.participant ?? "—"] })
        }

        if !doc.alternatives.isEmpty {
            out.heading(2, l(MinutesLabels.alternatives))
            for item in doc.alternatives { out.bullet(MarkdownWriter.escapeInline(item.text) + by(item.participant)) }
            out.blank()
        }

        if !doc.positions.isEmpty {
            out.heading(2, l(MinutesLabels.positions))
            for person in doc.positions {
                guard let current = person.positions.last else { continue }
                out.heading(
                    3,
                    "\(person.participant) (\(person.role)) — \(l(MinutesLabels.chooses)) \(current.option)"
                        + (current.optionText.map { ": \($0)" } ?? ""))
                argued(current, into: &out, lang)
                let earlier = person.positions.dropLast()
                if !earlier.isEmpty {
                    out.line("- **\(l(MinutesLabels.changedFrom)):**")
                    for old in earlier {
                        var text = "\(old.at) — \(old.option)"
                        if let because = old.because { text += ": " + MarkdownWriter.escapeInline(because) }
                        out.line("  - " + text)
                    }
                }
                out.blank()
            }
        }

        if !doc.tally.isEmpty && !doc.positions.isEmpty {
            out.heading(2, l(MinutesLabels.tally))
            out.table(
                [l(MinutesLabels.option), "", "n", l(MinutesLabels.participants)],
                doc.tally.map { [$0.label, $0.text, String($0.count), $0.participants.joined(separator: ", ")] })
        }

        if let d = doc.decision {
            out.heading(2, l(MinutesLabels.decision))
            out.paragraph(
                "**" + MarkdownWriter.escapeInline(d.text) + "**"
                    + (d.option.map {
                        " (\(l(MinutesLabels.option).lowercased()) \($0)"
                            + (d.optionText.map { ": " + MarkdownWriter.escapeInline($0) } ?? "") + ")"
                    } ?? ""))
            if let rationale = d.rationale {
                out.line("- **\(l(MinutesLabels.rationale)):** " + MarkdownWriter.escapeInline(rationale))
            }
            if let support = d.supportLabel { out.line("- **\(l(MinutesLabels.reachedBy)):** \(support)") }
            if !d.dissent.isEmpty {
                out.line(
                    "- **\(l(MinutesLabels.dissent)):** "
                        + MarkdownWriter.escapeInline(d.dissent.joined(separator: ", ")))
            }
            out.blank()
        }

        if !doc.actions.isEmpty {
            out.heading(2, l(MinutesLabels.actions))
            out.table(
                [l(MinutesLabels.action), l(MinutesLabels.owner), l(MinutesLabels.due)],
                doc.actions.map { [$0.text, $0.owner, $0.due ?? "—"] })
        }

        if !doc.signals.isEmpty {
            out.heading(2, l(MinutesLabels.signals))
            out.table(
                [l(MinutesLabels.signal), l(MinutesLabels.level), l(MinutesLabels.by)],
                doc.signals.map { [$0.text, $0.levelLabel ?? "—", $0.by ?? "—"] })
        }

        let otherContributions = doc.rounds.filter { !$0.contributions.isEmpty }
        if !otherContributions.isEmpty {
            out.heading(2, l(MinutesLabels.contributions))
            for round in otherContributions {
                out.heading(3, round.title)
                for item in round.contributions { out.bullet(describe(item, lang)) }
                out.blank()
            }
        }

        if !doc.evaluations.isEmpty {
            out.heading(2, l(MinutesLabels.evaluation))
            out.table(
                [l(MinutesLabels.participant), l(MinutesLabels.score), l(MinutesLabels.remark)],
                doc.evaluations.map { [$0.participant, $0.score.map(String.init) ?? "—", $0.text] })
            if let average = doc.averageScore {
                out.paragraph("\(l(MinutesLabels.average)): " + formatScore(average, lang))
            }
        }

        let visited = doc.rounds.filter(\.visited)
        if !visited.isEmpty {
            out.heading(2, l(MinutesLabels.timePerRound))
            let unit = l(MinutesLabels.minutesUnit)
            out.table(
                [l(MinutesLabels.round), l(MinutesLabels.spent), l(MinutesLabels.timebox)],
                doc.rounds.map { r in
                    [
                        r.title, r.minutesSpent.map { "\($0) \(unit)" } ?? l(MinutesLabels.notVisited),
                        "\(r.timeboxMinutes) \(unit)",
                    ]
                })
        }

        if !doc.forcedAdvances.isEmpty {
            out.heading(2, l(MinutesLabels.forced))
            for move in doc.forcedAdvances {
                out.bullet(
                    "\(move.at) — \(MarkdownWriter.escapeInline(move.from)) → \(MarkdownWriter.escapeInline(move.to)). "
                        + "**\(l(MinutesLabels.reason)):** " + MarkdownWriter.escapeInline(move.reason)
                        + (move.unmet.isEmpty
                            ? ""
                            : " **\(l(MinutesLabels.stillOpen)):** "
                                + MarkdownWriter.escapeInline(move.unmet.joined(separator: "; "))))
            }
            out.blank()
        }

        if !doc.corrections.isEmpty {
            out.heading(2, l(MinutesLabels.corrections))
            for c in doc.corrections {
                var text =
                    "\(c.entry) (\(c.kindLabel)\(c.participant.map { ", " + MarkdownWriter.escapeInline($0) } ?? "")): "
                text += "\(l(MinutesLabels.original).lowercased()) “" + MarkdownWriter.escapeInline(c.original) + "”"
                for amendment in c.amendments {
                    text +=
                        "; \(amendment.at) \(l(MinutesLabels.amendedTo)) “"
                        + MarkdownWriter.escapeInline(amendment.text) + "”"
                }
                if let at = c.retractedAt {
                    text += "; \(at) " + l(c.undone ? MinutesLabels.undone : MinutesLabels.retracted)
                    if let reason = c.retractReason { text += " (" + MarkdownWriter.escapeInline(reason) + ")" }
                }
                out.bullet(text)
            }
            out.blank()
        }
        return out.text
    }

    /// One linked session in a sentence, the same in every format.
    public static func describe(_ link: SessionLinkInfo, _ lang: Language) -> String {
        let relation = link.relation == "parent" ? MinutesLabels.convenedFrom : MinutesLabels.convenedHere
        var text =
            relation(lang) + ": " + link.title + " (" + link.id + "), " + MinutesLabels.inRound(lang) + " '"
            + link.round + "'"
        if let state = link.state {
            text += " — " + MinutesLabels.state(state)(lang)
        }
        if link.relation == "convened" {
            text += "; " + MinutesLabels.itsDecision(lang) + ": " + (link.decision ?? MinutesLabels.notDecided(lang))
        }
        return text
    }

    private static func by(_ participant: String?) -> String {
        participant.map { " — _" + MarkdownWriter.escapeInline($0) + "_" } ?? ""
    }

    private static func describe(_ item: Contribution, _ lang: Language) -> String {
        var text = "**\(item.kindLabel)"
        if let category = item.categoryTitle { text += " · " + MarkdownWriter.escapeInline(category) }
        text += ":** " + MarkdownWriter.escapeInline(item.text)
        if let about = item.about { text += " (" + MarkdownWriter.escapeInline(about) + ")" }
        if let option = item.option { text += " [\(MinutesLabels.option(lang).lowercased()) \(option)]" }
        return text + by(item.participant)
    }

    private static func argued(_ p: PositionInfo, into out: inout MarkdownWriter, _ lang: Language) {
        let parts: [(LocalizedText, String?)] = [
            (MinutesLabels.because, p.because), (MinutesLabels.cannot, p.cannot),
            (MinutesLabels.mitigate, p.mitigate), (MinutesLabels.needs, p.needs),
        ]
        for (label, value) in parts {
            if let value { out.line("- **\(label(lang)):** " + MarkdownWriter.escapeInline(value)) }
        }
    }

    static func formatScore(_ value: Double, _ lang: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10).\(tenths % 10)"
        switch lang {
        case .nl: return text.replacingOccurrences(of: ".", with: ",")
        case .en: return text
        }
    }
}
