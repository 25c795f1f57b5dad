import BeraadEngine

/// What a round gives the facilitator to guide the group, in the order every view shows it: its prompts, its
/// hulpvragen and its "Denk aan" hints, each list with its heading. Status, the live banner and the method's
/// description each set them in their own layout.
struct RoundGuide {
    struct Part {
        /// The heading the list goes under ("Vragen:", "Hulpvragen:", "Denk aan:").
        var heading: String
        var items: [String]
        /// Whether these are the round's own prompts, which some views list without a heading.
        var isPrompts: Bool
    }

    /// The non-empty parts of `round` in `lang`; `keep` drops hints a view leaves out.
    static func parts(of round: Round, _ lang: Language, keep: (String) -> Bool = { _ in true }) -> [Part] {
        func t(_ key: Catalog.StatusText) -> String { CLIText.text(.status(key), lang) }
        let parts = [
            Part(heading: t(.prompts), items: round.prompts.map { $0(lang) }, isPrompts: true),
            Part(
                heading: CLIText.text(.minutes(.questionsHeading), lang), items: round.questions.map { $0(lang) },
                isPrompts: false),
            Part(heading: t(.thinkOfHeading), items: round.hints.map { $0(lang) }.filter(keep), isPrompts: false),
        ]
        return parts.filter { !$0.items.isEmpty }
    }
}
