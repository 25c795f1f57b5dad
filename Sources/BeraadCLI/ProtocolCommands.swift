import BeraadEngine
import BeraadMinutes
import BeraadStore
import Foundation

/// `protocols`, `protocols show` and `protocols lint`.
enum ProtocolCommands {
    struct Listed: Encodable {
        var id, title, source, origin: String
        var version, rounds: Int
    }

    static func list(_ context: Context) throws(CLIError) {
        let all: [(definition: ProtocolDefinition, origin: ProtocolCatalog.Origin)]
        do { all = try ProtocolCatalog(store: context.store).all() } catch { throw error.cliError(context.lang) }
        let rows = all.map { item in
            let origin: String
            switch item.origin {
            case .builtin: origin = "builtin"
            case .home(let path): origin = path
            }
            return Listed(
                id: item.definition.id, title: item.definition.title(context.lang),
                source: item.definition.source.citation,
                origin: origin, version: item.definition.version, rounds: item.definition.rounds.count)
        }
        if context.invocation.json {
            try context.printJSON(["protocols": rows])
            return
        }
        for row in rows {
            let marker = row.id == BuiltinProtocols.defaultID ? context.t(.defaultLabel) : ""
            context.print(
                row.id + marker + " — " + row.title + ", \(row.rounds) " + context.t(.rounds)
                    + (row.origin == "builtin" ? "" : " [" + row.origin + "]"))
            context.print("    " + context.t(.source) + row.source)
        }
    }

    static func show(_ context: Context) throws(CLIError) {
        let definition: ProtocolDefinition
        do { definition = try ProtocolCatalog(store: context.store).resolve(context.invocation.positionals[0]) } catch {
            throw error.cliError(context.lang)
        }
        let lang = context.lang
        if context.invocation.value("format") == "markdown" {
            context.print(handout(definition, context), terminator: "")
            return
        }
        var out =
            definition.title(lang) + " (" + definition.id + ", v\(definition.version))\n\n" + definition.summary(lang)
            + "\n"
        out +=
            "\n" + context.t(.source) + definition.source.citation
            + (definition.source.url.map { " " + $0 } ?? "") + "\n"
        out +=
            context.t(.roles)
            + definition.roles.map { $0.title(lang) + " (" + $0.id + ")" }.joined(separator: ", ") + "\n"
        for (index, round) in definition.rounds.enumerated() {
            out += "\n" + numbered(index, round.title(lang), escape: { $0 }) + " — \(round.timeboxMinutes) min"
            if round.timeboxIsDefault { out += context.t(.defaultLabel) }
            if round.skippable { out += context.t(.mayBeSkipped) }
            out += "\n   " + round.purpose(lang) + "\n"
            for prompt in round.prompts { out += "   • " + prompt(lang) + "\n" }
            if !round.hints.isEmpty {
                out += "   " + context.t(.thinkOf) + "\n"
                for hint in round.hints { out += "     – " + hint(lang) + "\n" }
            }
            for category in round.categories { out += "   [" + category.id + "] " + category.title(lang) + "\n" }
            out +=
                "   " + context.t(.records)
                + round.accepts.map { $0.label(lang) }.joined(separator: ", ") + "\n"
            if !round.requirements.isEmpty {
                out +=
                    "   " + context.t(.finishedWhen)
                    + round.requirements.map { $0.describe(lang) }.joined(separator: "; ") + "\n"
            }
        }
        context.print(out, terminator: "")
    }

    static func lint(_ context: Context) throws(CLIError) {
        var failures = 0
        for file in context.invocation.positionals {
            let path = file.hasPrefix("/") ? file : context.environment.currentDirectory + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else {
                context.environment.output.err(
                    "\(file): error: " + context.t(.cannotBeRead) + "\n")
                failures += 1
                continue
            }
            let findings = ProtocolLinter.lint(String(decoding: data, as: UTF8.self))
            if findings.isEmpty {
                context.print("\(file): ok")
            } else {
                failures += 1
                for finding in findings {
                    context.environment.output.err("\(file):" + finding.describe(context.lang) + "\n")
                }
            }
        }
        if failures > 0 {
            throw CLIError(
                .invalidData, context.t(.fileSWithErrors, String(failures)))
        }
    }

    /// The method as a printable Markdown handout.
    static func handout(_ definition: ProtocolDefinition, _ context: Context) -> String {
        let lang = context.lang
        func e(_ text: String) -> String { MarkdownEscaping.inline(text) }
        var out = "# " + e(definition.title(lang)) + "\n\n" + e(definition.summary(lang)) + "\n\n"
        out +=
            "- **" + context.t(.sourceLabel) + ":** " + e(definition.source.citation)
            + (definition.source.url.map { " <\($0)>" } ?? "") + "\n"
        if let minutes = definition.durationMinutes {
            out += "- **" + context.t(.duration) + ":** \(minutes) min\n"
        }
        out +=
            "- **" + context.t(.rolesLabel) + ":** "
            + definition.roles.map { e($0.title(lang)) }.joined(separator: ", ")
            + "\n"
        for (index, round) in definition.rounds.enumerated() {
            out += "\n## " + numbered(index, round.title(lang), escape: e) + " — \(round.timeboxMinutes) min"
            if round.timeboxIsDefault { out += context.t(.suggested) }
            out += "\n\n" + e(round.purpose(lang)) + "\n\n"
            for prompt in round.prompts { out += "- " + e(prompt(lang)) + "\n" }
            if !round.hints.isEmpty {
                out += "\n**" + context.t(.thinkOf) + "**\n\n"
                for hint in round.hints { out += "- " + e(hint(lang)) + "\n" }
            }
            for category in round.categories {
                out += "\n### " + e(category.title(lang)) + "\n\n"
                for prompt in category.prompts { out += e(prompt(lang)) + "\n\n" }
                if !category.hints.isEmpty {
                    out += "**" + context.t(.thinkOf) + "**\n\n"
                    for hint in category.hints { out += "- " + e(hint(lang)) + "\n" }
                }
            }
            if !round.requirements.isEmpty {
                out +=
                    "\n_" + context.t(.finishedWhen)
                    + round.requirements.map { e($0.describe(lang)) }.joined(separator: "; ") + "_\n"
            }
        }
        return out
    }

    /// "3. Title", unless the method's own title is already numbered ("3. Dilemma").
    static func numbered(_ index: Int, _ title: String, escape: (String) -> String) -> String {
        title.first?.isNumber == true ? escape(title) : "\(index + 1). " + escape(title)
    }
}
