import BeraadEngine

/// One entry as a line of text, for confirmations and `log`.
enum EntryFormatter {
    static func line(_ entry: Entry, state: SessionState, context: Context) -> String {
        let lang = context.lang
        // The kind as the round calls it ("eerste reactie" in CURA's step U), where the method names it.
        let round = state.protocolDefinition.rounds.first { $0.id == entry.round }
        let kind = round?.name(of: entry.kind, lang) ?? entry.kind.label(lang)
        var text = entry.id.description + "  " + context.clock(entry.at, in: state) + "  " + kind
        if let participant = entry.participant { text += "  " + participant }
        text += ": " + summary(entry, lang, protocol: state.protocolDefinition)
        if entry.retraction != nil { text += context.t(.message(.retractedMark)) }
        if !entry.amendments.isEmpty && entry.retraction == nil { text += context.t(.message(.amendedMark)) }
        return text
    }

    /// A join, an invitation or a departure as a line of the log.
    static func line(_ person: PersonEntry, state: SessionState, context: Context) -> String {
        var text =
            person.id.description + "  " + context.clock(person.at, in: state) + "  "
            + label(person.change, context.lang)
        text += "  " + person.name
        if let role = person.role {
            text += ": " + (state.protocolDefinition.role(role)?.title(context.lang) ?? role)
            if let function = person.function { text += " (" + oneLine(function) + ")" }
        }
        if person.retraction != nil { text += context.t(.message(.retractedMark)) }
        return text
    }

    /// What a join, an invitation or a departure is called in `lang`.
    static func label(_ change: PersonEntry.Change, _ lang: Language) -> String {
        switch change {
        case .joined: return CLIText.text(.message(.personJoined), lang)
        case .invited: return CLIText.text(.message(.personInvited), lang)
        case .arrived: return CLIText.text(.message(.personArrived), lang)
        case .left: return CLIText.text(.message(.personLeft), lang)
        case .roleChanged: return CLIText.text(.message(.personRoleChanged), lang)
        }
    }

    /// The entry's content in one line.
    static func summary(_ entry: Entry, _ lang: Language, protocol definition: ProtocolDefinition? = nil) -> String {
        func t(_ key: CLIText) -> String { CLIText.text(key, lang) }
        let text = oneLine(entry.text)
        switch entry.details {
        case .contribution(let details):
            var result = text
            if let category = details.category {
                // The card as this language names it (`medical` for `medisch` in English).
                let card = definition?.rounds.first { $0.id == entry.round }?.category(category)
                result = "[" + (card?.name(lang) ?? category) + "] " + result
            }
            if let influence = details.influence { result += " (" + influence.choice.spelling(lang) + ")" }
            if let answers = details.answers {
                result += " (" + t(.message(.entryAnswers(number: String(answers)))) + ")"
            }
            if let serves = details.serves { result += " (" + t(.message(.entryServes(goal: serves))) + ")" }
            if let about = details.about { result += " (" + t(.message(.entryAbout(who: oneLine(about)))) + ")" }
            if let option = details.option { result += " → " + option.description }
            return result
        case .dilemma(let options):
            return text + " "
                + options.map {
                    "\($0.label): \(oneLine($0.text))"
                        + ($0.harm.map { t(.message(.entryHarm(harm: oneLine($0)))) } ?? "")
                }.joined(separator: " / ")
        case .position(let option, let cannot, let mitigate, let needs):
            // Every part the person gave, so that the note-taker sees that each was saved.
            return option.description + (text.isEmpty ? "" : t(.message(.entryBecause(because: text))))
                + (cannot.map { t(.message(.entryCannot(cannot: oneLine($0)))) } ?? "")
                + (mitigate.map { t(.message(.entryMitigate(mitigate: oneLine($0)))) } ?? "")
                + (needs.map { t(.message(.entryNeeds(needs: oneLine($0)))) } ?? "")
        case .decision(let option, _, let support, let dissent, let review):
            var result = text
            if let option { result += " → " + option.description }
            if let support { result += " (" + support.choice.spelling(lang) + ")" }
            if !dissent.isEmpty { result += t(.message(.entryDissent(names: dissent.joined(separator: ", ")))) }
            if let review {
                result += t(.message(.entryReview(date: review.spelledOut(lang))))
            }
            return result
        case .action(let owner, let due):
            let date = due?.spelledOut(lang)
            return text + " — " + owner + (date.map { t(.message(.entryDue(date: $0))) } ?? "")
        case .signal(let level, let to, _):
            return text + (level.map { " [" + $0.choice.spelling(lang) + "]" } ?? "")
                + (to.map { " → " + oneLine($0) } ?? "")
        case .evaluation(let score):
            return (score.map { "\($0)/5 " } ?? "") + text
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }
}
