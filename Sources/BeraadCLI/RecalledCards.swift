import BeraadEngine

/// What a round recalls of earlier rounds (fase 3 of the afwegingskader shows the goals of fase 1 while the
/// group chooses interventions): per recalled round its cards, each with what was recorded on it.
enum RecalledCards {
    /// The lines to show, indented, for `round` of `state`; empty when it recalls nothing.
    static func lines(_ state: SessionState, _ round: Round, _ lang: Language) -> [String] {
        var lines: [String] = []
        for id in round.recalls {
            guard let recalled = state.protocolDefinition.rounds.first(where: { $0.id == id }) else { continue }
            lines.append(CLIText.text(.status(.recalled(round: recalled.unnumberedTitle(lang))), lang))
            for category in recalled.categories {
                let texts = state.entries(onCard: category.id, inRound: recalled.id).map(\.text)
                let held =
                    texts.isEmpty
                    ? CLIText.text(.status(.cardCount(count: 0)), lang) : texts.joined(separator: "; ")
                lines.append("  " + category.title(lang) + ": " + held)
            }
        }
        return lines
    }
}
