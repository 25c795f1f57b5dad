@testable import BeraadCLI
import Foundation
import Testing

@Suite struct LiveModeTests {
    /// The same meeting as a transcript for `beraad run` and as single commands.
    static let transcript: [String] = [
        "/join Anna --role inbrenger", "/join Bram", "/join Carla",
        "Mia: Alles blijft hier --category vertrouwelijkheid", "/next",
        "/case Meneer K. weigert zorg", "Bram: Hoe oud is hij?", "/fact Anna: 81 jaar", "/next",
        #"/dilemma Ingrijpen of niet? --option "A: ingrijpen" --option "B: afwachten" --harm "A: vertrouwen weg" --harm "B: gezondheid""#,
        "/next", "/value Bram: autonomie --about meneer --option B", "/norm Anna: zorgplicht --about team",
        "Zoë: ik besta niet", "/next",
        "/position Anna B omdat vertrouwen telt --needs steun", "/position Bram A because gezondheid",
        "/position Carla B", "/undo", "/position Carla B omdat autonomie", "/next",
        "/decide We wachten af, met een grens --option B --support majority --dissent Bram", "/next",
        "/action Bellen --owner Anna --due 2026-03-20", "/signal meer zorgmijders --level policy", "/next",
        "/evaluate Anna 5 goed gesprek", "/close",
    ]

    static let commands: [[String]] = [
        ["join", "Anna", "--role", "inbrenger"], ["join", "Bram"], ["join", "Carla"],
        ["say", "Mia", "Alles blijft hier", "--category", "vertrouwelijkheid"], ["next"],
        ["case", "Meneer K. weigert zorg"], ["say", "Bram", "Hoe oud is hij?"],
        ["say", "Anna", "81 jaar", "--kind", "fact"],
        ["next"],
        [
            "dilemma", "Ingrijpen of niet?", "--option", "A: ingrijpen", "--option", "B: afwachten", "--harm",
            "A: vertrouwen weg", "--harm", "B: gezondheid",
        ],
        ["next"], ["say", "Bram", "autonomie", "--kind", "value", "--about", "meneer", "--option", "B"],
        ["say", "Anna", "zorgplicht", "--kind", "norm", "--about", "team"], ["next"],
        ["position", "Anna", "B", "--because", "vertrouwen telt", "--needs", "steun"],
        ["position", "Bram", "A", "--because", "gezondheid"], ["position", "Carla", "B"], ["undo"],
        ["position", "Carla", "B", "--because", "autonomie"], ["next"],
        ["decide", "We wachten af, met een grens", "--option", "B", "--support", "majority", "--dissent", "Bram"],
        ["next"],
        ["action", "Bellen", "--owner", "Anna", "--due", "2026-03-20"],
        ["signal", "meer zorgmijders", "--level", "policy"],
        ["next"], ["evaluate", "Anna", "goed gesprek", "--score", "5"], ["close"],
    ]

    @Test func aTranscriptThroughRunLeavesTheSameJournalAsSingleCommands() throws {
        let live = Harness()
        try live.ok("new", "Live", "--facilitator", "Mia")
        live.input = .lines(Self.transcript)
        let result = live.run("run")
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.contains("✗ no participant 'Zoë'"))
        #expect(!result.stdout.contains("›"), "no prompts when the input is not a terminal")

        let single = Harness()
        try single.ok("new", "Live", "--facilitator", "Mia")
        for command in Self.commands {
            let outcome = single.run(command)
            #expect(outcome.code == 0, "\(command): \(outcome.stderr)")
        }
        #expect(live.journal() == single.journal())
        #expect(try live.ok("minutes") == single.ok("minutes"))
    }

    @Test func endOfInputEndsCleanlyAndRunContinuesWhereItStopped() throws {
        let h = Harness()
        try h.ok("new", "Onderbroken", "--facilitator", "Mia")
        h.input = .lines(["/join Anna --role inbrenger", "/next", "/case Eerste deel"])
        let first = h.run("run")
        #expect(first.code == 0 && first.stdout.contains("continue with 'beraad run'"))
        h.input = .lines(["Mia: en verder", "/status"])
        let second = h.run("run")
        #expect(second.stdout.contains("Round 2/8: The case"))
        #expect(second.stdout.contains("Mia: en verder"))
        #expect(try h.ok("log").contains("Eerste deel"))
    }

    @Test func refusedLinesShowTheRuleAndChangeNothing() throws {
        let h = Harness()
        try h.ok("new", "Regels", "--facilitator", "Mia")
        let before = h.journal()
        h.input = .lines(["/value Mia: autonomie", "/next --force", "gewoon tekst", "/bestaatniet", "/position Mia"])
        let result = h.run("run")
        #expect(result.code == 0)
        #expect(result.stderr.contains("does not accept a value; it belongs in: 'Clashing norms, values and rights'"))
        #expect(result.stderr.contains("--force needs --reason TEXT"))
        #expect(result.stderr.contains("expected 'NAME: text' or a /command"))
        #expect(result.stderr.contains("unknown command '/bestaatniet'"))
        #expect(h.journal() == before)
    }

    @Test func whoListsWhatEachParticipantSaidThisRound() throws {
        let h = try Harness.meeting(upTo: "casus")
        h.input = .lines(["Bram: Waarom nu?", "/who"])
        let result = h.run("run")
        #expect(result.stdout.contains("Bram (participant)\n  e"))
        #expect(result.stdout.contains("question: Waarom nu?"))
        #expect(result.stdout.contains("Carla (participant)\n  nothing yet this round"))
    }

    @Test func theBannerShowsTheRoundItsPromptsAndWhoIsMissing() throws {
        let h = try Harness.meeting(upTo: "perspectieven")
        h.input = .lines([])
        let result = h.run("run")
        #expect(result.stdout.contains("── Round 5/8: Perspectives · 15 min ──"))
        #expect(result.stdout.contains("Points to consider:"))
        #expect(result.stdout.contains("Still needed: no position yet from: Anna, Bram, Carla"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when the output is not a terminal")
    }

    @Test func aDutchSessionIsRunInDutchOnAnEnglishMachine() throws {
        let h = Harness(lang: "en_US.UTF-8")
        try h.ok("new", "Buurt", "--lang", "nl")
        h.input = .lines(["/hulp", "Niemand: hallo"])
        let result = h.run("run")
        #expect(result.stdout.contains("── Ronde 1/8: Opening"))
        #expect(result.stdout.contains("/aansluiten") && !result.stdout.contains("/join"))
        #expect(result.stderr.contains("geen deelnemer 'Niemand'"))
    }

    @Test func aForcedNextWithItsReasonMovesOnWithoutAskingAgain() throws {
        let h = try Harness.meeting(upTo: "casus")
        h.input = CLIInput.lines(["/next --force --reason geen tijd", "Bram: een vraag"])
        h.input.isTerminal = true
        let result = h.run("run")
        #expect(!result.stdout.contains("[y/N]"), "\(result.stdout)")
        #expect(result.stdout.contains("Round 3/8"))
        // The next line is the next speaker's, not an answer to a question.
        #expect(try h.ok("log").contains("Bram: een vraag"))
    }

    @Test func statusAndHintsInTheLiveModeNameLiveCommands() throws {
        let h = try Harness.meeting(upTo: "casus", lang: "nl")
        h.input = .lines(["Bram: hoe lang al?", "/casus Er was eens", "/status"])
        let result = h.run("run")
        #expect(result.stdout.contains("'/volgende'") && result.stdout.contains("('/casus')"), "\(result.stdout)")
        #expect(!result.stdout.contains("'beraad volgende") && !result.stdout.contains("beraad case"))
        // Outside the live mode the command is named as it is typed at the shell, in the session's language.
        #expect(try h.ok("status").contains("('beraad casus')"))
    }

    @Test func aPositionEchoesEveryPartThatWasSaved() throws {
        let h = try Harness.meeting(upTo: "perspectieven", lang: "nl")
        h.input = .lines(["/standpunt Bram A omdat eerlijkheid --kan-niet zwijgen --beperk uitleg --nodig tijd"])
        let out = h.run("run").stdout
        #expect(
            out.contains(
                "A, omdat eerlijkheid; daarom kan ik niet: zwijgen; de schade beperk ik door: uitleg; wat ik nodig heb: tijd"
            ), "\(out)")
    }

    @Test func theCommonDutchWordsForCommandsAreAccepted() throws {
        let h = Harness(lang: "nl")
        #expect(h.run("acties").code == 0)
        #expect(h.run("signalen").code == 0)
        #expect(h.run("delen").stderr.contains("geen actuele sessie"))
    }

    @Test func anEvaluationIsGivenOneWayInHelpHintsAndMessagesAndEitherFormWorks() throws {
        let h = try Harness.meeting(upTo: "evaluatie", lang: "nl")
        h.input = .lines(["/hulp", "/evaluatie", "/evaluatie Bram 4 goed gesprek", "/evaluatie Carla --score 3 kort"])
        let result = h.run("run")
        #expect(result.stdout.contains("/evaluatie NAAM [1-5] tekst"), "\(result.stdout)")
        #expect(result.stderr.contains("gebruik: /evaluatie NAAM [1-5] tekst"), "\(result.stderr)")
        let log = try h.ok("log")
        #expect(log.contains("Bram: 4/5 goed gesprek") && log.contains("Carla: 3/5 kort"), "\(log)")
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        let styled = Style(output: CLIOutput(out: { _ in }, err: { _ in }, isTerminal: true), variables: [:])
        #expect(styled.bold("x") == "\u{1B}[1mx\u{1B}[0m")
        let noColor = Style(
            output: CLIOutput(out: { _ in }, err: { _ in }, isTerminal: true), variables: ["NO_COLOR": "1"])
        #expect(noColor.bold("x") == "x")
        let pipe = Style(output: CLIOutput(out: { _ in }, err: { _ in }, isTerminal: false), variables: [:])
        #expect(pipe.alert("x") == "x")
    }

    @Test func overtimeIsWarnedOnce() throws {
        let h = try Harness.meeting(upTo: "casus")
        h.advance(minutes: 12)
        h.input = .lines(["Bram: nog een vraag", "Carla: en nog een"])
        let result = h.run("run")
        #expect(result.stdout.components(separatedBy: "The time for this round (10 min) is up.").count == 2)
    }

    @Test(arguments: [
        ("Anna: hallo", LiveLine.run(["say", "Anna", "hallo"])),
        ("Sanne de Boer: het is 10:30", .run(["say", "Sanne de Boer", "het is 10:30"])),
        (
            "/waarde Anna: autonomie --about meneer K. --option B",
            .run(["say", "Anna", "autonomie", "--kind", "value", "--about", "meneer K.", "--option", "B"])
        ),
        (
            "Ellen: autonomie van moeder --over moeder --optie B",
            .run(["say", "Ellen", "autonomie van moeder", "--about", "moeder", "--option", "B"])
        ),
        ("Bram: dat is -- zeg maar -- lastig", .run(["say", "Bram", "dat is -- zeg maar -- lastig"])),
        ("Bram: 's avonds is het erger", .run(["say", "Bram", "'s avonds is het erger"])),
        ("/position Anna B omdat vertrouwen", .run(["position", "Anna", "B", "--because", "vertrouwen"])),
        (
            "/position Yasmina B omdat ik dan de enige blijf … --cannot Milan nu direct beschermen …",
            .run([
                "position", "Yasmina", "B", "--because", "ik dan de enige blijf …", "--cannot",
                "Milan nu direct beschermen …",
            ])
        ),
        (
            "/standpunt Yasmina B --omdat veiligheid --kan-niet wachten",
            .run(["position", "Yasmina", "B", "--because", "veiligheid", "--cannot", "wachten"])
        ),
        ("/position Anna B", .run(["position", "Anna", "B"])),
        ("/evaluate Anna 4 prima", .run(["evaluate", "Anna", "prima", "--score", "4"])),
        ("/retract e12 per ongeluk", .run(["retract", "e12", "--reason", "per ongeluk"])),
        ("/amend e12 nieuwe tekst", .run(["amend", "e12", "nieuwe tekst"])),
        ("/decide \"A of B\" --option A", .run(["decide", "A of B", "--option", "A"])),
        ("/decide \"A --option B\" --option A", .run(["decide", "A --option B", "--option", "A"])),
        ("/case 'open quote", .run(["case", "'open quote"])),
        (
            "/actie Bellen met de huisarts --eigenaar Marjan (aandachtsfunctionaris) --uiterlijk 2026-12-04",
            .run([
                "action", "Bellen met de huisarts", "--owner", "Marjan (aandachtsfunctionaris)", "--due",
                "2026-12-04",
            ])
        ),
        ("/join Anna Maria --rol inbrenger", .run(["join", "Anna Maria", "--role", "inbrenger"])),
        ("/next --force --reason geen tijd meer", .run(["next", "--force", "--reason", "geen tijd meer"])),
        ("/close --abandon --reason 'ziek'", .run(["close", "--abandon", "--reason", "ziek"])),
        (
            "/dilemma A of B? --option 'A: dit' --optie B: dat",
            .run(["dilemma", "A of B?", "--option", "A: dit", "--option", "B: dat"])
        ),
        ("# opmerking", .empty), ("   ", .empty), ("/q", .quit), ("/wie", .who),
    ])
    func linesAreReadAsTheirCommands(_ line: String, _ expected: LiveLine) {
        #expect(LiveLine.parse(line) == expected)
    }

    @Test func helpListsEveryLiveCommandInTheSessionsLanguage() throws {
        let h = try Harness.meeting(upTo: "casus", lang: "nl")
        h.input = .lines(["/hulp"])
        let dutch = h.run("run").stdout
        for word in ["/standpunt", "--omdat", "/besluit", "--steun", "/volgende", "/intrekken", "/ongedaan", "/wie"] {
            #expect(dutch.contains(word), "\(word)")
        }
        for word in ["/position", "--because", "--support", "/undo"] { #expect(!dutch.contains(word), "\(word)") }
        let english = try Harness.meeting(upTo: "casus", lang: "en")
        english.input = .lines(["/help"])
        #expect(english.run("run").stdout.contains("/position <name> <option> [--because TEXT]"))
    }

    @Test func messagesNameTheCommandsAsTheyAreTypedHere() throws {
        #expect(
            LiveMode.namingLiveCommands(
                "round 'x' is not finished. To move on anyway: 'beraad next --force --reason TEXT'.")
                == "round 'x' is not finished. To move on anyway: '/next --force --reason TEXT'.")
        #expect(LiveMode.namingLiveCommands("see 'beraad sessions --all'") == "see 'beraad sessions --all'")
        let h = try Harness.meeting(upTo: "casus")
        h.input = .lines(["/next"])
        #expect(h.run("run").stderr.contains("To move on anyway: '/next --force --reason TEXT'."))
    }

    @Test(arguments: [
        ("Bram: autonomie --abot moeder", "unknown option '--abot' (did you mean '--about'?)"),
        ("/next --force geen tijd", "'--force' takes no value"),
        ("/decide B --option", "'--option' needs a value"),
        ("/position Anna", "usage: /position NAME OPTION because …"),
        ("/volgnde", "unknown command '/volgnde'; type /help to see what you can do (did you mean '/volgende'?)"),
        (
            "/postion Anna B",
            "unknown command '/postion'; type /help to see what you can do (did you mean '/position'?)"
        ),
        ("/xyzzy", "unknown command '/xyzzy'; type /help to see what you can do"),
    ])
    func aWrongOptionIsRefusedNeverStoredAsText(_ line: String, _ message: String) {
        guard case .invalid(let text) = LiveLine.parse(line) else {
            Issue.record("\(line) was not refused")
            return
        }
        #expect(text.en == message)
    }
}

@Suite struct LiveRoundTests {
    @Test func whoDuringThePositionsShowsWhoChoseWhatAndWhoHasNotYet() throws {
        let h = try Harness.meeting(upTo: "perspectieven")
        h.input = .lines(["/position Anna B omdat vertrouwen", "/who"])
        let out = h.run("run").stdout
        #expect(out.contains("Anna (case presenter)\n  chooses B: dat"), "\(out)")
        #expect(out.contains("Bram (participant)\n  no position yet"))
        #expect(out.contains("Carla (participant)\n  no position yet"))
    }

    @Test func theLastRoundsNextSaysToCloseWithoutAsking() throws {
        let h = try Harness.meeting(upTo: "evaluatie")
        h.input = CLIInput.lines(["/next --force --reason klaar"])
        h.input.isTerminal = true
        let result = h.run("run")
        #expect(!result.stdout.contains("[y/N]"))
        #expect(result.stderr.contains("this is the last round; end the session with '/close'"))
    }
}

@Suite struct RoundTitleTests {
    @Test func aNumberedStepIsAnnouncedWithItsNumberOnce() throws {
        let h = Harness()
        try h.ok("new", "Stappen", "--protocol", "dilemmamethode", "--facilitator", "Mia")
        let moved = try h.ok("next", "--force", "--reason", "x")
        #expect(moved.hasPrefix("Round 2/10: The case\n"), "\(moved)")
        #expect(try h.ok("status").contains("Round 2/10: The case\n"))
        let roles = try h.ok("protocols", "show", "dilemmamethode")
        #expect(roles.contains("Case presenter (presenter),") && roles.contains("Participant, "))
        let dutch = try h.ok("protocols", "show", "dilemmamethode", "--lang", "nl")
        #expect(dutch.contains("Inbrenger, ") || dutch.contains("Inbrenger\n"), "\(dutch)")
    }
}

@Suite struct EarlyCloseTests {
    @Test func closingBeforeTheLastRoundWarnsAndTheMinutesSaySo() throws {
        let h = Harness()
        try h.ok("new", "Gesprek", "--protocol", "socratisch-gesprek", "--facilitator", "Mia")
        try h.ok("next", "--force", "--reason", "start")
        let closed = h.run("close")
        #expect(closed.code == 0)
        #expect(closed.stderr.contains("warning: these rounds were not reached: "), "\(closed.stderr)")
        let minutes = try h.ok("minutes")
        #expect(minutes.contains("_Closed before these rounds were reached: "))
    }

    @Test func theLiveModeAsksBeforeClosingEarly() throws {
        let h = Harness()
        try h.ok("new", "Gesprek", "--protocol", "socratisch-gesprek", "--facilitator", "Mia")
        let before = h.journal()
        h.input = CLIInput.lines(["/close", "n"])
        h.input.isTerminal = true
        let result = h.run("run")
        #expect(result.stdout.contains("Close anyway? [y/N]") && result.stdout.contains("Not closed."))
        #expect(h.journal() == before)
    }
}
