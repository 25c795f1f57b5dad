import BeraadEngine

/// The description of every command and global option of `beraad` (CLI.md).
enum CommandTable {
    typealias T = LocalizedText

    static let globalOptions: [OptionSpec] = [
        OptionSpec(
            name: "home", valueName: "DIR",
            summary: T(nl: "map met de sessies (BERAAD_HOME)", en: "where sessions are kept (BERAAD_HOME)")),
        OptionSpec(
            name: "session", valueName: "ID",
            summary: T(nl: "de sessie om mee te werken (BERAAD_SESSION)", en: "the session to act on (BERAAD_SESSION)")),
        OptionSpec(
            name: "lang", valueName: "nl|en", summary: T(nl: "taal (BERAAD_LANG)", en: "language (BERAAD_LANG)"),
            values: ["nl", "en"]),
        OptionSpec(
            name: "at", valueName: "TIME",
            summary: T(
                nl: "leg vast als gebeurd op TIME (ISO 8601, of UU:MM vandaag)",
                en: "record as having happened at TIME (ISO 8601, or HH:MM today)")),
        OptionSpec(name: "json", summary: T(nl: "uitvoer als JSON", en: "machine-readable output")),
        OptionSpec(name: "help", summary: T(nl: "toon hulp", en: "show help")),
        OptionSpec(name: "version", summary: T(nl: "toon de versie", en: "show the version")),
    ]

    static let commands: [CommandSpec] = [
        CommandSpec(
            name: "new", group: .session,
            summary: T(nl: "opent een sessie en maakt die actueel", en: "opens a session and makes it current"),
            arguments: [
                ArgumentSpec(name: "TITLE", summary: T(nl: "titel van het beraad", en: "title of the meeting"))
            ],
            options: [
                OptionSpec(
                    name: "protocol", valueName: "ID|FILE",
                    summary: T(nl: "de methode (standaard moreel-beraad)", en: "the method (default moreel-beraad)")),
                OptionSpec(
                    name: "facilitator", valueName: "NAME",
                    summary: T(nl: "de gespreksleider", en: "the facilitator")),
            ]),
        CommandSpec(
            name: "sessions", group: .session,
            summary: T(nl: "toont de sessies (lopende, of alle)", en: "lists sessions (open ones, or all)"),
            options: [OptionSpec(name: "all", summary: T(nl: "ook afgesloten sessies", en: "closed sessions too"))]),
        CommandSpec(
            name: "use", group: .session,
            summary: T(nl: "maakt een sessie actueel", en: "makes a session current"),
            arguments: [ArgumentSpec(name: "ID", summary: T(nl: "sessie-id", en: "session id"))]),
        CommandSpec(
            name: "join", group: .meeting,
            summary: T(nl: "voegt een deelnemer toe", en: "adds a participant"),
            arguments: [ArgumentSpec(name: "NAME", summary: T(nl: "naam", en: "name"))],
            options: [
                OptionSpec(
                    name: "role", valueName: "ROLE",
                    summary: T(
                        nl: "rol uit de methode (standaard deelnemer)", en: "role from the method (default deelnemer)"))
            ]),
        CommandSpec(
            name: "leave", group: .meeting,
            summary: T(nl: "noteert dat een deelnemer vertrekt", en: "marks a participant as gone from now on"),
            arguments: [ArgumentSpec(name: "NAME", summary: T(nl: "naam", en: "name"))]),
        CommandSpec(
            name: "status", group: .meeting,
            summary: T(
                nl: "de huidige ronde, de tijd en wie nog iets moet inbrengen",
                en: "the current round, its time and who still has to contribute")),
        CommandSpec(
            name: "case", group: .meeting,
            summary: T(nl: "legt de casus vast", en: "records the case description"),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(nl: "de casus", en: "the case"))],
            options: [
                OptionSpec(
                    name: "by", valueName: "NAME",
                    summary: T(nl: "door (standaard de inbrenger)", en: "by (default the inbrenger)"))
            ]),
        CommandSpec(
            name: "dilemma", group: .meeting,
            summary: T(
                nl: "formuleert het dilemma: de vraag, de opties en de schade van elke optie",
                en: "frames the dilemma: the question, the options and the harm of each"),
            arguments: [ArgumentSpec(name: "QUESTION", summary: T(nl: "de dilemmavraag", en: "the dilemma question"))],
            options: [
                OptionSpec(
                    name: "option", valueName: "'A: TEXT'", summary: T(nl: "een optie", en: "an option"),
                    isRepeatable: true, isRequired: true),
                OptionSpec(
                    name: "harm", valueName: "'A: TEXT'",
                    summary: T(nl: "de schade van een optie", en: "the harm of an option"),
                    isRepeatable: true),
            ]),
        CommandSpec(
            name: "say", group: .meeting,
            summary: T(
                nl: "legt een bijdrage vast in de huidige ronde", en: "records a contribution in the current round"),
            arguments: [
                ArgumentSpec(name: "NAME", summary: T(nl: "wie het zegt", en: "who says it")),
                ArgumentSpec(name: "TEXT", summary: T(nl: "wat er gezegd wordt", en: "what is said")),
            ],
            options: [
                OptionSpec(
                    name: "kind", valueName: "KIND",
                    summary: T(nl: "soort (standaard de eerste van de ronde)", en: "kind (default the round's first)"),
                    values: ContributionKind.allCases.filter { !$0.hasOwnCommand }.map(\.rawValue)),
                OptionSpec(
                    name: "category", valueName: "CAT",
                    summary: T(nl: "categorie van de ronde", en: "the round's category")),
                OptionSpec(
                    name: "about", valueName: "WHO",
                    summary: T(nl: "de betrokkene om wie het gaat", en: "the stakeholder it concerns")),
                OptionSpec(
                    name: "option", valueName: "LABEL",
                    summary: T(nl: "de optie die het steunt", en: "the option it supports")),
            ]),
        CommandSpec(
            name: "position", group: .meeting,
            summary: T(nl: "legt iemands beargumenteerde keuze vast", en: "records someone's argued choice"),
            arguments: [
                ArgumentSpec(name: "NAME", summary: T(nl: "deelnemer", en: "participant")),
                ArgumentSpec(name: "OPTION", summary: T(nl: "gekozen optie (A, B, …)", en: "chosen option (A, B, …)")),
            ],
            options: [
                OptionSpec(
                    name: "because", valueName: "TEXT",
                    summary: T(nl: "omdat (welke waarde)", en: "because (which value)")),
                OptionSpec(
                    name: "cannot", valueName: "TEXT", summary: T(nl: "daarom kan ik niet", en: "therefore I cannot")),
                OptionSpec(
                    name: "mitigate", valueName: "TEXT",
                    summary: T(nl: "hoe ik de schade beperk", en: "how I limit the harm")),
                OptionSpec(name: "needs", valueName: "TEXT", summary: T(nl: "wat ik nodig heb", en: "what I need")),
            ]),
        CommandSpec(
            name: "decide", group: .meeting,
            summary: T(nl: "legt het besluit vast", en: "records the conclusion"),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(nl: "het besluit", en: "the decision"))],
            options: [
                OptionSpec(
                    name: "option", valueName: "LABEL", summary: T(nl: "de gekozen optie", en: "the chosen option")),
                OptionSpec(
                    name: "rationale", valueName: "TEXT", summary: T(nl: "de onderbouwing", en: "the rationale")),
                OptionSpec(
                    name: "support", valueName: "HOW",
                    summary: T(nl: "hoe het besluit tot stand kwam", en: "how it was reached"),
                    values: DecisionSupport.allCases.map(\.rawValue)),
                OptionSpec(
                    name: "dissent", valueName: "NAME",
                    summary: T(nl: "wie het er niet mee eens is", en: "who disagrees"),
                    isRepeatable: true),
            ]),
        CommandSpec(
            name: "action", group: .meeting,
            summary: T(nl: "legt een afgesproken actie vast", en: "records an agreed action"),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(nl: "de actie", en: "the action"))],
            options: [
                OptionSpec(
                    name: "owner", valueName: "NAME", summary: T(nl: "wie het doet", en: "who does it"),
                    isRequired: true),
                OptionSpec(
                    name: "due", valueName: "DATE", summary: T(nl: "uiterlijk (JJJJ-MM-DD)", en: "due (YYYY-MM-DD)")),
            ]),
        CommandSpec(
            name: "signal", group: .meeting,
            summary: T(nl: "legt een signaal vast dat verder moet", en: "records a signal to pass on"),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(nl: "het signaal", en: "the signal"))],
            options: [
                OptionSpec(
                    name: "level", valueName: "LEVEL", summary: T(nl: "niveau", en: "level"),
                    values: SignalLevel.allCases.map(\.rawValue))
            ]),
        CommandSpec(
            name: "evaluate", group: .meeting,
            summary: T(nl: "legt iemands evaluatie vast", en: "records a participant's evaluation"),
            arguments: [
                ArgumentSpec(name: "NAME", summary: T(nl: "deelnemer", en: "participant")),
                ArgumentSpec(name: "TEXT", summary: T(nl: "de evaluatie", en: "the evaluation")),
            ],
            options: [
                OptionSpec(
                    name: "score", valueName: "1-5", summary: T(nl: "cijfer van 1 tot 5", en: "score from 1 to 5"))
            ]),
        CommandSpec(
            name: "next", group: .meeting,
            summary: T(nl: "gaat naar de volgende ronde", en: "moves to the next round"),
            options: [
                OptionSpec(
                    name: "force",
                    summary: T(nl: "ook als de ronde niet af is", en: "even if the round is not finished")),
                OptionSpec(
                    name: "reason", valueName: "TEXT", summary: T(nl: "waarom (bij --force)", en: "why (with --force)")),
            ]),
        CommandSpec(
            name: "back", group: .meeting,
            summary: T(nl: "gaat terug naar de vorige ronde", en: "returns to the previous round")),
        CommandSpec(
            name: "convene", group: .meeting,
            summary: T(
                nl: "belegt vanuit deze ronde een gekoppeld moreel beraad",
                en: "convenes a linked moreel beraad from this round"),
            arguments: [
                ArgumentSpec(
                    name: "TITLE", summary: T(nl: "titel van het beraad", en: "title of the meeting"), isOptional: true)
            ],
            options: [
                OptionSpec(
                    name: "protocol", valueName: "ID",
                    summary: T(nl: "de methode (standaard moreel-beraad)", en: "the method (default moreel-beraad)"))
            ]),
        CommandSpec(
            name: "run", group: .meeting,
            summary: T(
                nl: "de begeleide live-modus: ronde voor ronde, elke regel direct vastgelegd",
                en: "the guided live mode: round by round, every line recorded at once")),
        CommandSpec(
            name: "log", group: .corrections,
            summary: T(nl: "alle vastleggingen, elk met een id", en: "the session's entries, each with its id")),
        CommandSpec(
            name: "amend", group: .corrections,
            summary: T(nl: "corrigeert de tekst van een vastlegging", en: "corrects an entry's text"),
            arguments: [
                ArgumentSpec(name: "ENTRY", summary: T(nl: "id uit 'beraad log'", en: "id from 'beraad log'")),
                ArgumentSpec(name: "TEXT", summary: T(nl: "de nieuwe tekst", en: "the new text")),
            ]),
        CommandSpec(
            name: "retract", group: .corrections,
            summary: T(nl: "trekt een vastlegging in", en: "withdraws an entry"),
            arguments: [ArgumentSpec(name: "ENTRY", summary: T(nl: "id uit 'beraad log'", en: "id from 'beraad log'"))],
            options: [OptionSpec(name: "reason", valueName: "TEXT", summary: T(nl: "waarom", en: "why"))]),
        CommandSpec(
            name: "undo", group: .corrections,
            summary: T(nl: "trekt de laatste vastlegging in", en: "retracts the most recent entry")),
        CommandSpec(
            name: "close", group: .afterwards,
            summary: T(nl: "sluit de sessie af", en: "ends the session"),
            options: [
                OptionSpec(name: "abandon", summary: T(nl: "afbreken zonder besluit", en: "end without a decision")),
                OptionSpec(
                    name: "reason", valueName: "TEXT",
                    summary: T(nl: "waarom (bij --abandon)", en: "why (with --abandon)")),
            ]),
        CommandSpec(
            name: "minutes", group: .afterwards,
            summary: T(nl: "schrijft het verslag", en: "writes the minutes"),
            options: [
                OptionSpec(
                    name: "format", valueName: "FORMAT",
                    summary: T(nl: "formaat (standaard markdown)", en: "format (default markdown)"),
                    values: ["markdown", "html", "json"]),
                OptionSpec(name: "output", valueName: "FILE", summary: T(nl: "naar dit bestand", en: "to this file")),
                OptionSpec(
                    name: "anonymize",
                    summary: T(nl: "namen vervangen door rol en nummer", en: "replace names by role and number")),
            ]),
        CommandSpec(
            name: "redact", group: .afterwards,
            summary: T(
                nl: "vervangt TEXT door […] in elk verslag",
                en: "replaces TEXT by […] in every rendering of the minutes"),
            arguments: [
                ArgumentSpec(
                    name: "TEXT", summary: T(nl: "bijvoorbeeld een naam of adres", en: "a name or an address, say"))
            ]),
        CommandSpec(
            name: "approve", group: .afterwards,
            summary: T(
                nl: "stelt het verslag van een afgesloten sessie vast", en: "approves the closed session's minutes")),
        CommandSpec(
            name: "protocols", group: .other,
            summary: T(nl: "toont de methodes", en: "lists the methods"),
            subcommands: [
                CommandSpec(
                    name: "show", group: .other,
                    summary: T(nl: "toont een methode ronde voor ronde", en: "shows a method round by round"),
                    arguments: [ArgumentSpec(name: "ID", summary: T(nl: "id van de methode", en: "the method's id"))],
                    options: [
                        OptionSpec(
                            name: "format", valueName: "FORMAT",
                            summary: T(nl: "text, of markdown om te printen", en: "text, or markdown to print"),
                            values: ["text", "markdown"])
                    ]),
                CommandSpec(
                    name: "lint", group: .other,
                    summary: T(nl: "controleert protocolbestanden", en: "validates protocol files"),
                    arguments: [
                        ArgumentSpec(
                            name: "FILE", summary: T(nl: "protocolbestand", en: "protocol file"), isVariadic: true)
                    ]),
            ]),
        CommandSpec(
            name: "demo", group: .other,
            summary: T(
                nl: "speelt een voorbeeldsessie en schrijft het verslag",
                en: "plays a worked example session and writes its minutes"),
            options: [
                OptionSpec(
                    name: "dir", valueName: "DIR",
                    summary: T(
                        nl: "map voor het verslag (standaard ./beraad-demo)",
                        en: "folder for the minutes (default ./beraad-demo)"))
            ]),
        CommandSpec(
            name: "completions", group: .other,
            summary: T(nl: "toont een script voor het aanvullen in de shell", en: "prints a shell completion script"),
            arguments: [ArgumentSpec(name: "SHELL", summary: T(nl: "bash, zsh of fish", en: "bash, zsh or fish"))]),
        CommandSpec(
            name: "help", group: .other,
            summary: T(nl: "toont hulp bij een commando", en: "shows help for a command"),
            arguments: [ArgumentSpec(name: "COMMAND", summary: T(nl: "commando", en: "command"), isOptional: true)]),
    ]

    static func command(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }
}
