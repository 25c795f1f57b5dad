import BeraadEngine

/// The description of every command and global option of `beraad` (CLI.md).
enum CommandTable {
    /// A text of the catalog, in both languages.
    static func T(_ key: Catalog.Key) -> LocalizedText { Catalog.localized(key) }

    static let globalOptions: [OptionSpec] = [
        OptionSpec(
            name: "home", valueName: "DIR",
            summary: T(.whereSessionsAreKeptBeraadHome)),
        OptionSpec(
            name: "session", valueName: "ID",
            summary: T(.theSessionToActOnBeraad)),
        OptionSpec(
            name: "lang", valueName: "nl|en", summary: T(.languageBeraadLang),
            values: ["nl", "en"]),
        OptionSpec(
            name: "at", valueName: "TIME",
            summary: T(.recordAsHavingHappenedAtTime)),
        OptionSpec(name: "json", summary: T(.machineReadableOutput)),
        OptionSpec(name: "help", summary: T(.showHelp)),
        OptionSpec(name: "version", summary: T(.showTheVersion)),
    ]

    static let commands: [CommandSpec] = [
        CommandSpec(
            name: "new", group: .session,
            summary: T(.opensASessionAndMakesIt),
            arguments: [
                ArgumentSpec(name: "TITLE", summary: T(.titleOfTheMeeting))
            ],
            options: [
                OptionSpec(
                    name: "protocol", valueName: "ID|FILE",
                    summary: T(.theMethodDefaultMoreelBeraad)),
                OptionSpec(
                    name: "facilitator", valueName: "NAME",
                    summary: T(.theFacilitator)),
            ]),
        CommandSpec(
            name: "sessions", group: .session,
            summary: T(.listsSessionsOpenOnesOrAll),
            options: [OptionSpec(name: "all", summary: T(.closedSessionsToo))]),
        CommandSpec(
            name: "use", group: .session,
            summary: T(.makesASessionCurrent),
            arguments: [ArgumentSpec(name: "ID", summary: T(.sessionId))]),
        CommandSpec(
            name: "join", group: .meeting,
            summary: T(.addsAParticipant),
            arguments: [ArgumentSpec(name: "NAME", summary: T(.name))],
            options: [
                OptionSpec(
                    name: "role", valueName: "ROLE",
                    summary: T(.roleFromTheMethodDefaultDeelnemer))
            ]),
        CommandSpec(
            name: "leave", group: .meeting,
            summary: T(.marksAParticipantAsGoneFrom),
            arguments: [ArgumentSpec(name: "NAME", summary: T(.name))]),
        CommandSpec(
            name: "status", group: .meeting,
            summary: T(.theCurrentRoundItsTimeAnd)),
        CommandSpec(
            name: "case", group: .meeting,
            summary: T(.recordsTheCaseDescription),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(.theCase))],
            options: [
                OptionSpec(
                    name: "by", valueName: "NAME",
                    summary: T(.byDefaultTheInbrenger))
            ]),
        CommandSpec(
            name: "dilemma", group: .meeting,
            summary: T(.framesTheDilemmaTheQuestionThe),
            arguments: [ArgumentSpec(name: "QUESTION", summary: T(.theDilemmaQuestion))],
            options: [
                OptionSpec(
                    name: "option", valueName: "'A: TEXT'", summary: T(.anOption),
                    isRepeatable: true, isRequired: true),
                OptionSpec(
                    name: "harm", valueName: "'A: TEXT'",
                    summary: T(.theHarmOfAnOption),
                    isRepeatable: true),
            ]),
        CommandSpec(
            name: "say", group: .meeting,
            summary: T(.recordsAContributionInTheCurrent),
            arguments: [
                ArgumentSpec(name: "NAME", summary: T(.whoSaysIt)),
                ArgumentSpec(name: "TEXT", summary: T(.whatIsSaid)),
            ],
            options: [
                OptionSpec(
                    name: "kind", valueName: "KIND",
                    summary: T(.kindDefaultTheRoundSFirst),
                    values: ContributionKind.allCases.filter { !$0.hasOwnCommand }.map(\.rawValue)),
                OptionSpec(
                    name: "category", valueName: "CAT",
                    summary: T(.theRoundSCategory)),
                OptionSpec(
                    name: "about", valueName: "WHO",
                    summary: T(.theStakeholderItConcerns)),
                OptionSpec(
                    name: "option", valueName: "LABEL",
                    summary: T(.theOptionItSupports)),
            ]),
        CommandSpec(
            name: "position", group: .meeting,
            summary: T(.recordsSomeoneSArguedChoice),
            arguments: [
                ArgumentSpec(name: "NAME", summary: T(.participant)),
                ArgumentSpec(name: "OPTION", summary: T(.chosenOptionAB)),
            ],
            options: [
                OptionSpec(
                    name: "because", valueName: "TEXT",
                    summary: T(.becauseWhichValue)),
                OptionSpec(
                    name: "cannot", valueName: "TEXT", summary: T(.thereforeICannot)),
                OptionSpec(
                    name: "mitigate", valueName: "TEXT",
                    summary: T(.howILimitTheHarm)),
                OptionSpec(name: "needs", valueName: "TEXT", summary: T(.whatINeed)),
            ]),
        CommandSpec(
            name: "decide", group: .meeting,
            summary: T(.recordsTheConclusion),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(.theDecision))],
            options: [
                OptionSpec(
                    name: "option", valueName: "LABEL", summary: T(.theChosenOption)),
                OptionSpec(
                    name: "rationale", valueName: "TEXT", summary: T(.theRationale)),
                OptionSpec(
                    name: "support", valueName: "HOW",
                    summary: T(.howItWasReached),
                    values: DecisionSupport.allCases.map(\.rawValue)),
                OptionSpec(
                    name: "dissent", valueName: "NAME",
                    summary: T(.whoDisagrees),
                    isRepeatable: true),
            ]),
        CommandSpec(
            name: "action", group: .meeting,
            summary: T(.recordsAnAgreedAction),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(.theAction))],
            options: [
                OptionSpec(
                    name: "owner", valueName: "NAME", summary: T(.whoDoesIt),
                    isRequired: true),
                OptionSpec(
                    name: "due", valueName: "DATE", summary: T(.dueYyyyMmDd)),
            ]),
        CommandSpec(
            name: "signal", group: .meeting,
            summary: T(.recordsASignalToPassOn),
            arguments: [ArgumentSpec(name: "TEXT", summary: T(.theSignal))],
            options: [
                OptionSpec(
                    name: "level", valueName: "LEVEL", summary: T(.level),
                    values: SignalLevel.allCases.map(\.rawValue))
            ]),
        CommandSpec(
            name: "evaluate", group: .meeting,
            summary: T(.recordsAParticipantSEvaluation),
            arguments: [
                ArgumentSpec(name: "NAME", summary: T(.participant)),
                ArgumentSpec(name: "TEXT", summary: T(.theEvaluation)),
            ],
            options: [
                OptionSpec(
                    name: "score", valueName: "1-5", summary: T(.scoreFrom1To5))
            ]),
        CommandSpec(
            name: "next", group: .meeting,
            summary: T(.movesToTheNextRound),
            options: [
                OptionSpec(
                    name: "force",
                    summary: T(.evenIfTheRoundIsNot)),
                OptionSpec(
                    name: "reason", valueName: "TEXT", summary: T(.whyWithForce)),
            ]),
        CommandSpec(
            name: "back", group: .meeting,
            summary: T(.returnsToThePreviousRound)),
        CommandSpec(
            name: "convene", group: .meeting,
            summary: T(.convenesALinkedMoreelBeraadFrom),
            arguments: [
                ArgumentSpec(
                    name: "TITLE", summary: T(.titleOfTheMeeting), isOptional: true)
            ],
            options: [
                OptionSpec(
                    name: "protocol", valueName: "ID",
                    summary: T(.theMethodDefaultMoreelBeraad))
            ]),
        CommandSpec(
            name: "run", group: .meeting,
            summary: T(.theGuidedLiveModeRoundBy)),
        CommandSpec(
            name: "log", group: .corrections,
            summary: T(.theSessionSEntriesEachWith)),
        CommandSpec(
            name: "amend", group: .corrections,
            summary: T(.correctsAnEntrySText),
            arguments: [
                ArgumentSpec(name: "ENTRY", summary: T(.idFromBeraadLog)),
                ArgumentSpec(name: "TEXT", summary: T(.theNewText)),
            ]),
        CommandSpec(
            name: "retract", group: .corrections,
            summary: T(.withdrawsAnEntry),
            arguments: [ArgumentSpec(name: "ENTRY", summary: T(.idFromBeraadLog))],
            options: [OptionSpec(name: "reason", valueName: "TEXT", summary: T(.why))]),
        CommandSpec(
            name: "undo", group: .corrections,
            summary: T(.retractsTheMostRecentEntry)),
        CommandSpec(
            name: "close", group: .afterwards,
            summary: T(.endsTheSession),
            options: [
                OptionSpec(name: "abandon", summary: T(.endWithoutADecision)),
                OptionSpec(
                    name: "reason", valueName: "TEXT",
                    summary: T(.whyWithAbandon)),
            ]),
        CommandSpec(
            name: "minutes", group: .afterwards,
            summary: T(.writesTheMinutes),
            options: [
                OptionSpec(
                    name: "format", valueName: "FORMAT",
                    summary: T(.formatDefaultMarkdown),
                    values: ["markdown", "html", "json"]),
                OptionSpec(name: "output", valueName: "FILE", summary: T(.toThisFile)),
                OptionSpec(
                    name: "anonymize",
                    summary: T(.replaceNamesByRoleAndNumber)),
            ]),
        CommandSpec(
            name: "redact", group: .afterwards,
            summary: T(.replacesTextByInEveryRendering),
            arguments: [
                ArgumentSpec(
                    name: "TEXT", summary: T(.aNameOrAnAddressSay))
            ]),
        CommandSpec(
            name: "approve", group: .afterwards,
            summary: T(.approvesTheClosedSessionSMinutes)),
        CommandSpec(
            name: "protocols", group: .other,
            summary: T(.listsTheMethods),
            subcommands: [
                CommandSpec(
                    name: "show", group: .other,
                    summary: T(.showsAMethodRoundByRound),
                    arguments: [ArgumentSpec(name: "ID", summary: T(.theMethodSId))],
                    options: [
                        OptionSpec(
                            name: "format", valueName: "FORMAT",
                            summary: T(.textOrMarkdownToPrint),
                            values: ["text", "markdown"])
                    ]),
                CommandSpec(
                    name: "lint", group: .other,
                    summary: T(.validatesProtocolFiles),
                    arguments: [
                        ArgumentSpec(
                            name: "FILE", summary: T(.protocolFile), isVariadic: true)
                    ]),
            ]),
        CommandSpec(
            name: "demo", group: .other,
            summary: T(.playsAWorkedExampleSessionAnd),
            options: [
                OptionSpec(
                    name: "dir", valueName: "DIR",
                    summary: T(.folderForTheMinutesDefaultBeraad))
            ]),
        CommandSpec(
            name: "completions", group: .other,
            summary: T(.printsAShellCompletionScript),
            arguments: [ArgumentSpec(name: "SHELL", summary: T(.bashZshOrFish))]),
        CommandSpec(
            name: "help", group: .other,
            summary: T(.showsHelpForACommand),
            arguments: [ArgumentSpec(name: "COMMAND", summary: T(.command), isOptional: true)]),
    ]

    static func command(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }
}
