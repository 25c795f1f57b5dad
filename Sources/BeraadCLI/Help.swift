import BeraadEngine
import BeraadMinutes

/// Help, usage lines and the overview, all made from the command table, wrapped to the terminal's width.
enum Help {
    static let version = "0.1.0"
    /// The width used when the output is not a terminal.
    static let defaultWidth = 80
    /// The label column of ARGUMENTS, OPTIONS and the command lists.
    private static let labelWidth = 22

    /// `beraad` alone: the overview and the commands grouped by when a facilitator needs them.
    static func overview(_ lang: Language, width: Int = defaultWidth) -> String {
        func t(_ key: CLIText) -> String { CLIText.text(key, lang) }
        var out = wrap(
            t(.help(.overviewHeading)) + ": "
                + t(.help(.overview)), width: width, indent: 0)
        out +=
            "\n\n" + t(.help(.usageHeading)) + ": beraad <" + t(.help(.commandPlaceholder)) + "> [<"
            + t(.help(.optionsPlaceholder))
            + ">]\n"
        for group in CommandGroup.allCases {
            let commands = Commands.all.map { $0.declaration }.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            out += "\n" + group.title(lang).uppercased() + ":\n"
            for command in commands { out += row(fullName(command, lang), command.summary(lang), width: width) }
        }
        out +=
            "\n" + t(.help(.globalOptionsHeading)) + ":\n"
            + optionRows(GlobalOptions.declarations, lang, width: width)
        out +=
            "\n"
            + wrap(
                t(.help(.seeCommandHelpFooter)), width: width,
                indent: 0)
            + "\n"
        return out
    }

    /// A command with its sub-commands, as someone reading `lang` types them.
    private static func fullName(_ command: CommandDeclaration, _ lang: Language) -> String {
        command.subcommands.isEmpty
            ? command.name(lang)
            : command.name(lang) + " ["
                + command.subcommands.map { $0.declaration.name(lang) }.joined(separator: "|") + "]"
    }

    /// A command's path (`protocols show`) as someone reading `lang` types it (`methodes toon`); every spelling is
    /// understood, whatever the language.
    static func spelled(_ path: String, _ lang: Language) -> String {
        var declarations: [CommandDeclaration] = Commands.all.map { $0.declaration }
        var words: [String] = []
        for word in path.split(separator: " ").map(String.init) {
            guard let found = declarations.first(where: { $0.answers(to: word) }) else {
                words.append(word)
                continue
            }
            words.append(found.name(lang))
            declarations = found.subcommands.map { $0.declaration }
        }
        return words.joined(separator: " ")
    }

    /// The help of one command (path such as `protocols show`).
    static func command(
        _ command: any BeraadCommand.Type, path: String, _ lang: Language, width: Int = defaultWidth
    ) -> String {
        func t(_ key: CLIText) -> String { CLIText.text(key, lang) }
        let spec = command.declaration
        var out = wrap(t(.help(.overviewHeading)) + ": " + spec.summary(lang), width: width, indent: 0) + "\n\n"
        out += wrap(t(.help(.usageHeading)) + ": " + usage(command, path: path, lang), width: width, indent: 7) + "\n"
        if !spec.arguments.isEmpty {
            out += "\n" + t(.help(.argumentsHeading)) + ":\n"
            for argument in spec.arguments {
                out += row(argument.usageName(lang), argument.summary(lang), width: width)
            }
        }
        out += "\n" + t(.help(.optionsHeading)) + ":\n" + optionRows(spec.options, lang, width: width)
        out += row("-h, --" + GlobalOptions.help.declaration.name(lang), t(.help(.showThisHelp)), width: width)
        if !spec.subcommands.isEmpty {
            out += "\n" + t(.help(.subcommandsHeading)) + ":\n"
            for sub in spec.subcommands {
                out += row(sub.declaration.name(lang), sub.declaration.summary(lang), width: width)
            }
        }
        out +=
            "\n" + t(.help(.globalOptionsAreListed))
            + "\n"
        return out
    }

    /// `beraad position <name> <option> [--because TEXT] …`.
    static func usage(_ command: any BeraadCommand.Type, path: String, _ lang: Language = .en) -> String {
        let spec = command.declaration
        var parts = ["beraad", spelled(path, lang)]
        if !spec.subcommands.isEmpty {
            parts.append("<" + spec.subcommands.map { $0.declaration.name(lang) }.joined(separator: "|") + ">")
        }
        for argument in spec.arguments {
            var text = argument.usageName(lang) + (argument.isVariadic ? " …" : "")
            if argument.isOptional { text = "[" + text + "]" }
            parts.append(text)
        }
        for option in spec.options {
            var text = "--" + option.name(lang) + (option.valueName(lang).map { " " + $0 } ?? "")
            if option.isRepeatable { text += " …" }
            if !option.isRequired { text = "[" + text + "]" }
            parts.append(text)
        }
        return parts.joined(separator: " ")
    }

    private static func optionRows(_ options: [OptionDeclaration], _ lang: Language, width: Int) -> String {
        options.map { option in
            var text = option.summary(lang)
            let values = option.values(lang)
            if !values.isEmpty {
                text += " (" + CLIText.localized(.help(.values))(lang) + ": " + values.joined(separator: ", ") + ")"
            }
            return row("--" + option.name(lang) + (option.valueName(lang).map { " " + $0 } ?? ""), text, width: width)
        }.joined()
    }

    /// A label and its text; the text wraps under itself, and a long label puts the text on the next line.
    static func row(_ label: String, _ text: String, width: Int) -> String {
        let indent = labelWidth + 2
        let body = wrap(text, width: width, indent: indent, firstLineUsed: indent)
        if label.count + 2 > labelWidth {
            return "  " + label + "\n" + String(repeating: " ", count: indent) + body + "\n"
        }
        return "  " + label + String(repeating: " ", count: labelWidth - label.count) + body + "\n"
    }

    static func wrap(_ text: String, width: Int, indent: Int, firstLineUsed: Int = 0) -> String {
        TextLayout.wrap(text, width: width, indent: indent, firstLineUsed: firstLineUsed)
    }
}
