import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `protocols show ID [--format text|markdown]`: one method round by round, or as a printable handout.
struct ProtocolsShowCommand: BeraadCommand {
    /// How the method is shown.
    enum Format: String, ChoiceValue {
        case text, markdown

        var choice: Choice { Choice(english: rawValue, dutch: self == .text ? "tekst" : nil) }
    }

    static let id = Argument(.id, .protocolsShowID, kind: .protocolReference)
    static let format = Option<Format>(choice: "format", nl: "formaat", value: .format, .protocolsShowFormat)
    static let declaration = CommandDeclaration(
        "show", group: .other, summary: .protocolsShow, arguments: [id.declaration],
        options: [format.declaration])

    var id: String
    var format: Format?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        id = try arguments.argument(Self.id)
        format = try arguments.value(Self.format)
    }

    func run(_ context: Context) throws(CLIError) {
        let definition: ProtocolDefinition
        do { definition = try ProtocolCatalog.of(context.store).resolve(id) } catch {
            throw error.cliError(context.lang)
        }
        let lang = context.lang
        if format == .markdown {
            context.print(Self.handout(definition, context), terminator: "")
            return
        }
        var out =
            definition.title(lang) + " (" + definition.id + ", v\(definition.version))\n\n" + definition.summary(lang)
            + "\n"
        out +=
            "\n"
            + context.t(
                .handout(
                    .source(citation: definition.source.text(lang) + (definition.source.url.map { " " + $0 } ?? "")))
            )
            + "\n"
        out +=
            context.t(
                .handout(
                    .roles(
                        roles: definition.roles.map { role in
                            // The title, and the value `--role` takes in this language ("Chair (chair)" is said once).
                            let title = role.title(lang)
                            let value = role.name(lang)
                            return title.lowercased() == value ? title : title + " (" + value + ")"
                        }.joined(separator: ", ")))
            )
            + "\n"
        for (index, round) in definition.rounds.enumerated() {
            out += "\n" + Self.numbered(index, round.title(lang), escape: { $0 }) + " — \(round.timeboxMinutes) min"
            if round.timeboxIsDefault { out += context.t(.handout(.defaultMark)) }
            if round.skippable { out += context.t(.handout(.mayBeSkipped)) }
            out += "\n   " + round.purpose(lang) + "\n"
            for part in RoundGuide.parts(of: round, lang) {
                out +=
                    part.isPrompts
                    ? part.items.map { "   • " + $0 + "\n" }.joined()
                    : "   " + part.heading + "\n" + part.items.map { "     – " + $0 + "\n" }.joined()
            }
            for category in round.categories {
                out +=
                    "   [" + category.id + "] " + category.title(lang)
                    + (category.basis.map { " — " + context.t(.minutes(.basedOn(value: $0(lang)))) } ?? "") + "\n"
            }
            out +=
                "   "
                + context.t(.handout(.records(kinds: round.accepts.map { $0.label(lang) }.joined(separator: ", "))))
                + "\n"
            if !round.requirements.isEmpty {
                out +=
                    "   "
                    + context.t(
                        .handout(
                            .finishedWhen(
                                requirements: round.requirements.map { $0.describe(lang) }.joined(separator: "; "))))
                    + "\n"
            }
        }
        context.print(out, terminator: "")
    }

    /// Whether a protocol text tells the facilitator how to record with Beraad (it names an option or a
    /// command), rather than helping the group think.
    static func isAboutTheTool(_ text: String) -> Bool {
        text.contains("--") || text.contains("'beraad ") || text.contains("`beraad ")
    }

    /// The method as a printable Markdown handout.
    static func handout(_ definition: ProtocolDefinition, _ context: Context) -> String {
        let lang = context.lang
        func e(_ text: String) -> String { MarkdownEscaping.inline(text) }
        var out = "# " + e(definition.title(lang)) + "\n\n" + e(definition.summary(lang)) + "\n\n"
        out +=
            "- **" + context.t(.handout(.sourceLabel)) + ":** " + e(definition.source.text(lang))
            + (definition.source.url.map { " <\($0)>" } ?? "") + "\n"
        if let minutes = definition.durationMinutes {
            out += "- **" + context.t(.handout(.duration)) + ":** \(minutes) min\n"
        }
        out +=
            "- **" + context.t(.handout(.rolesLabel)) + ":** "
            + definition.roles.map { e($0.title(lang)) }.joined(separator: ", ")
            + "\n"
        for (index, round) in definition.rounds.enumerated() {
            out += "\n## " + numbered(index, round.title(lang), escape: e) + " — \(round.timeboxMinutes) min"
            if round.timeboxIsDefault { out += context.t(.handout(.suggested)) }
            out += "\n\n" + e(round.purpose(lang)) + "\n\n"
            // Hints on how to record belong to the keyboard, not to the group's handout.
            for part in RoundGuide.parts(of: round, lang, keep: { !Self.isAboutTheTool($0) }) {
                if !part.isPrompts { out += "\n**" + part.heading + "**\n\n" }
                out += part.items.map { "- " + e($0) + "\n" }.joined()
            }
            // A category that is only a name (an agreement's topic) is listed, not given an empty heading.
            let topics = round.categories.filter { $0.basis == nil && $0.prompts.isEmpty && $0.hints.isEmpty }
            if !topics.isEmpty {
                out +=
                    "\n**" + context.t(.handout(.topicsLabel)) + ":** "
                    + topics.map { e($0.title(lang)) }.joined(separator: ", ") + "\n"
            }
            for category in round.categories where !topics.contains(category) {
                out += "\n### " + e(category.title(lang)) + "\n\n"
                if let basis = category.basis {
                    out += "_" + e(context.t(.minutes(.basedOn(value: basis(lang))))) + "_\n\n"
                }
                for prompt in category.prompts { out += e(prompt(lang)) + "\n\n" }
                let hints = category.hints.filter { !Self.isAboutTheTool($0(lang)) }
                if !hints.isEmpty {
                    out += "**" + context.t(.status(.thinkOfHeading)) + "**\n\n"
                    for hint in hints { out += "- " + e(hint(lang)) + "\n" }
                }
            }
            if !round.requirements.isEmpty {
                out +=
                    "\n_"
                    + context.t(
                        .handout(
                            .finishedWhen(
                                requirements: round.requirements.map { e($0.describe(lang)) }.joined(separator: "; "))))
                    + "_\n"
            }
        }
        return out
    }

    /// "3. Title", unless the method's own title is already numbered ("3. Dilemma").
    static func numbered(_ index: Int, _ title: String, escape: (String) -> String) -> String {
        title.first?.isNumber == true ? escape(title) : "\(index + 1). " + escape(title)
    }
}
