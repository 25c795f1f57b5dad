import BeraadEngine

/// Help, usage lines and the overview, all made from the command table.
enum Help {
    static let version = "0.1.0"

    /// `beraad` alone: the overview and the commands grouped by when a facilitator needs them.
    static func overview(_ lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { LocalizedText(nl: nl, en: en)(lang) }
        var out =
            t("OVERZICHT", "OVERVIEW") + ": "
            + t(
                "beraad begeleidt een moreel beraad ronde voor ronde, legt ieders inbreng direct vast en schrijft het verslag.",
                "beraad steps a moral case deliberation round by round, records everyone's input as it is given and writes the minutes."
            )
            + "\n\n" + t("GEBRUIK", "USAGE") + ": beraad <" + t("commando", "command") + "> [<" + t("opties", "options")
            + ">]\n"
        let width = CommandTable.commands.map { fullName($0).count }.max() ?? 10
        for group in CommandSpec.Group.allCases {
            let commands = CommandTable.commands.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            out += "\n" + group.title(lang).uppercased() + ":\n"
            for command in commands {
                out += "  " + pad(fullName(command), width) + "  " + command.summary(lang) + "\n"
            }
        }
        out += "\n" + t("ALGEMENE OPTIES", "GLOBAL OPTIONS") + ":\n" + optionLines(CommandTable.globalOptions, lang)
        out +=
            "\n"
            + t(
                "Zie 'beraad help <commando>' voor meer over een commando. Begin met 'beraad demo'.",
                "See 'beraad help <command>' for more on a command. Start with 'beraad demo'.") + "\n"
        return out
    }

    private static func fullName(_ command: CommandSpec) -> String {
        command.subcommands.isEmpty
            ? command.name : command.name + " [" + command.subcommands.map(\.name).joined(separator: "|") + "]"
    }

    /// The help of one command (path such as `protocols show`).
    static func command(_ spec: CommandSpec, path: String, _ lang: Language) -> String {
        func t(_ nl: String, _ en: String) -> String { LocalizedText(nl: nl, en: en)(lang) }
        var out = t("OVERZICHT", "OVERVIEW") + ": " + spec.summary(lang) + "\n\n"
        out += t("GEBRUIK", "USAGE") + ": " + usage(spec, path: path) + "\n"
        if !spec.arguments.isEmpty {
            out += "\n" + t("ARGUMENTEN", "ARGUMENTS") + ":\n"
            let width = max(20, spec.arguments.map(\.name.count).max() ?? 0)
            for argument in spec.arguments {
                out += "  " + pad(argument.name, width) + "  " + argument.summary(lang) + "\n"
            }
        }
        out += "\n" + t("OPTIES", "OPTIONS") + ":\n" + optionLines(spec.options, lang)
        out += "  " + pad("-h, --help", 20) + "  " + t("toon deze hulp", "show this help") + "\n"
        if !spec.subcommands.isEmpty {
            out += "\n" + t("SUBCOMMANDO'S", "SUBCOMMANDS") + ":\n"
            for sub in spec.subcommands { out += "  " + pad(sub.name, 20) + "  " + sub.summary(lang) + "\n" }
        }
        out +=
            "\n" + t("Algemene opties staan in 'beraad --help'.", "Global options are listed in 'beraad --help'.")
            + "\n"
        return out
    }

    /// `beraad position NAME OPTION [--because TEXT] …`.
    static func usage(_ spec: CommandSpec, path: String) -> String {
        var parts = ["beraad", path]
        if !spec.subcommands.isEmpty { parts.append("<" + spec.subcommands.map(\.name).joined(separator: "|") + ">") }
        for argument in spec.arguments {
            var text = argument.name + (argument.isVariadic ? " …" : "")
            if argument.isOptional { text = "[" + text + "]" }
            parts.append(text)
        }
        for option in spec.options {
            var text = "--" + option.name + (option.valueName.map { " " + $0 } ?? "")
            if option.isRepeatable { text += " …" }
            if !option.isRequired { text = "[" + text + "]" }
            parts.append(text)
        }
        return parts.joined(separator: " ")
    }

    private static func optionLines(_ options: [OptionSpec], _ lang: Language) -> String {
        var out = ""
        for option in options {
            let label = "--" + option.name + (option.valueName.map { " " + $0 } ?? "")
            var text = option.summary(lang)
            if !option.values.isEmpty {
                text +=
                    " (" + LocalizedText(nl: "waarden", en: "values")(lang) + ": "
                    + option.values.joined(separator: ", ") + ")"
            }
            out += "  " + pad(label, 20) + "  " + text + "\n"
        }
        return out
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
