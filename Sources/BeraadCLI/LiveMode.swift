import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `beraad run`: walks the facilitator through the session round by round, recording every line when Enter is
/// pressed. Each line becomes one ordinary command, so a meeting typed here leaves the same journal as the same
/// meeting entered command by command.
struct LiveMode {
    let context: Context
    let id: String
    let style: Style
    private var shownRound: Int?
    private var warnedRound: Int?

    static func run(_ context: Context) throws(CLIError) {
        let (id, state) = try context.readSession()
        var live = LiveMode(
            context: context, id: id,
            style: Style(output: context.environment.output, variables: context.environment.variables))
        if state.isEnded {
            context.print(
                StatusCommand.human(
                    state, definition: state.protocolDefinition!, unmet: [], elapsed: 0, context: context),
                terminator: "")
            return
        }
        try live.loop(state)
    }

    private init(context: Context, id: String, style: Style) {
        self.context = context
        self.id = id
        self.style = style
    }

    private func t(_ nl: String, _ en: String) -> String { context.t(nl, en) }
    private func write(_ text: String) { context.environment.output.out(text) }
    private func safe(_ text: String) -> String { Context.terminalSafe(text) }

    private mutating func loop(_ initial: SessionState) throws(CLIError) {
        let input = context.environment.input
        var state = initial
        write(style.bold(safe(state.title)) + style.dim("  (" + id + ")") + "\n")
        for link in context.links(of: state) {
            write(style.dim("↔ " + safe(MarkdownRenderer.describe(link, context.lang))) + "\n")
        }
        if input.isTerminal {
            write(
                style.dim(
                    t(
                        "Typ 'NAAM: tekst' om iets vast te leggen, /help voor alle opdrachten, /quit om te stoppen.\n",
                        "Type 'NAME: text' to record something, /help for every command, /quit to stop.\n")))
        }
        showRoundIfChanged(state)
        while true {
            if input.isTerminal { write(prompt(state)) }
            guard let line = input.readLine() else {
                write(
                    "\n" + (input.wasInterrupted() ? t("Onderbroken. ", "Interrupted. ") : "")
                        + t(
                            "Alles is bewaard; ga verder met 'beraad run'.\n",
                            "Everything is saved; continue with 'beraad run'.\n"))
                return
            }
            switch LiveLine.parse(line) {
            case .empty:
                continue
            case .quit:
                write(
                    t(
                        "Alles is bewaard; ga verder met 'beraad run'.\n",
                        "Everything is saved; continue with 'beraad run'.\n"))
                return
            case .help:
                write(help())
            case .who:
                write(who(state))
            case .invalid(let message):
                refuse(message(context.lang))
            case .run(let arguments):
                if arguments.first == "next" && arguments.contains("--force") && input.isTerminal && !confirmForce() {
                    write(t("Niet doorgegaan.\n", "Not moved on.\n"))
                    continue
                }
                // Moving between rounds and closing are announced by the live mode itself, with the round's banner.
                var environment = context.environment
                if ["next", "back", "close"].contains(arguments.first ?? "") { environment.output.out = { _ in } }
                if let error = Beraad.execute(globalArguments + arguments, environment: environment) {
                    refuse(
                        error.message
                            + (error.suggestion.map { t(" (bedoel je '\($0)'?)", " (did you mean '\($0)'?)") } ?? ""))
                }
            }
            state = try reload()
            if state.isEnded {
                write(
                    style.good(
                        t(
                            "De sessie is afgesloten. Het verslag: 'beraad minutes'.\n",
                            "The session is closed. The minutes: 'beraad minutes'.\n")))
                return
            }
            showRoundIfChanged(state)
            warnIfOvertime(state)
            if input.wasInterrupted() {
                write(
                    t(
                        "\nOnderbroken. Alles is bewaard; ga verder met 'beraad run'.\n",
                        "\nInterrupted. Everything is saved; continue with 'beraad run'.\n"))
                return
            }
        }
    }

    /// The options that make each line's command act on this session.
    private var globalArguments: [String] {
        var arguments = ["--home", context.store.home, "--session", id]
        if context.langIsExplicit { arguments += ["--lang", context.lang.rawValue] }
        return arguments
    }

    private func reload() throws(CLIError) -> SessionState {
        do { return SessionState(replaying: try context.store.read(id).records) } catch {
            throw error.cliError(context.lang)
        }
    }

    private func refuse(_ message: String) {
        context.environment.output.err(style.alert("✗ ") + safe(message) + "\n")
    }

    private func confirmForce() -> Bool {
        write(
            style.warning(
                t(
                    "De ronde is misschien niet af. Toch doorgaan? [j/N] ",
                    "The round may not be finished. Move on anyway? [y/N] ")))
        let answer = context.environment.input.readLine()?.trimmingWhitespace().lowercased() ?? ""
        return ["j", "ja", "y", "yes"].contains(answer)
    }

    // MARK: - What the facilitator sees

    private func elapsed(_ state: SessionState) -> Int64 {
        state.secondsSpent(inRound: state.roundIndex, now: context.environment.now())
    }

    private func prompt(_ state: SessionState) -> String {
        guard let round = state.currentRound else { return "> " }
        let seconds = elapsed(state)
        let clock = "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)/\(round.timeboxMinutes):00"
        let time = seconds > Int64(round.timeboxMinutes) * 60 ? style.alert(clock) : style.dim(clock)
        return style.dim("[\(state.roundIndex + 1)/\(state.protocolDefinition?.rounds.count ?? 0) ") + time
            + style.dim("] ") + "› "
    }

    private mutating func warnIfOvertime(_ state: SessionState) {
        guard let round = state.currentRound, warnedRound != state.roundIndex else { return }
        if elapsed(state) > Int64(round.timeboxMinutes) * 60 {
            warnedRound = state.roundIndex
            write(
                style.warning(
                    t(
                        "⏰ De tijd voor deze ronde (\(round.timeboxMinutes) min) is om.\n",
                        "⏰ The time for this round (\(round.timeboxMinutes) min) is up.\n")))
        }
    }

    private mutating func showRoundIfChanged(_ state: SessionState) {
        guard shownRound != state.roundIndex else { return }
        shownRound = state.roundIndex
        write(banner(state))
    }

    /// The round's number and title, purpose, prompts, hints, time box, how to record, and who still has to speak.
    func banner(_ state: SessionState) -> String {
        guard let round = state.currentRound, let definition = state.protocolDefinition else { return "" }
        let lang = context.lang
        var out =
            "\n"
            + style.bold(
                "── " + t("Ronde", "Round") + " \(state.roundIndex + 1)/\(definition.rounds.count): "
                    + round.title(lang) + " · \(round.timeboxMinutes) min ──") + "\n"
        out += round.purpose(lang) + "\n"
        for prompt in round.prompts { out += "  • " + prompt(lang) + "\n" }
        if !round.hints.isEmpty {
            out += style.bold(t("Denk aan:", "Think of:")) + "\n"
            for hint in round.hints { out += "  – " + hint(lang) + "\n" }
        }
        for category in round.categories {
            out += style.bold(category.title(lang)) + style.dim(" (--category " + category.id + ")") + "\n"
            for prompt in category.prompts { out += "  • " + prompt(lang) + "\n" }
            if !category.hints.isEmpty {
                out +=
                    "  " + t("Denk aan: ", "Think of: ") + category.hints.map { $0(lang) }.joined(separator: "; ")
                    + "\n"
            }
        }
        out += style.dim(t("Vastleggen: ", "Record: ") + recordingHints(round).joined(separator: " · ")) + "\n"
        out += stillNeeded(state)
        return out
    }

    private func recordingHints(_ round: Round) -> [String] {
        let lang = context.lang
        let name = t("NAAM", "NAME")
        var hints = ["\(name): " + t("tekst", "text") + " (" + round.defaultSayKind.label(lang) + ")"]
        for kind in round.accepts where kind != round.defaultSayKind {
            switch kind {
            case .dilemma:
                hints.append("/dilemma " + t("vraag", "question") + " --option 'A: …' --option 'B: …' --harm 'A: …'")
            case .position: hints.append("/position \(name) A " + t("omdat …", "because …"))
            case .decision: hints.append("/decide " + t("tekst", "text") + " --option A --support consensus")
            case .action: hints.append("/action " + t("tekst", "text") + " --owner \(name) --due 2026-01-31")
            case .evaluation: hints.append("/evaluate \(name) 4 " + t("tekst", "text"))
            case .case: hints.append("/case " + t("tekst", "text"))
            case .signal: hints.append("/signal " + t("tekst", "text") + " --level policy")
            case .question, .fact, .value, .norm, .right, .perspective, .alternative, .consideration, .note:
                hints.append("/\(kind.label(lang)) \(name): " + t("tekst", "text"))
            }
        }
        return hints
    }

    private func stillNeeded(_ state: SessionState) -> String {
        let unmet = state.unmetRequirements(ofRound: state.roundIndex)
        if unmet.isEmpty {
            return style.good(
                t("Deze ronde is af: /next voor de volgende.", "This round is finished: /next for the next one."))
                + "\n"
        }
        return style.warning(t("Nog nodig: ", "Still needed: "))
            + safe(unmet.map { $0.describe(context.lang) }.joined(separator: "; ")) + "\n"
    }

    /// `/who`: each participant and what they said this round.
    func who(_ state: SessionState) -> String {
        guard let round = state.currentRound else { return "" }
        var out = ""
        for participant in state.participants {
            let role = state.protocolDefinition?.role(participant.role)?.title(context.lang) ?? participant.role
            out +=
                style.bold(safe(participant.name)) + " (" + role.lowercased()
                + (participant.present ? "" : t(", vertrokken", ", left")) + ")\n"
            let said = state.liveEntries.filter {
                $0.round == round.id && $0.participant?.lowercased() == participant.name.lowercased()
            }
            if said.isEmpty { out += style.dim(t("  nog niets deze ronde", "  nothing yet this round")) + "\n" }
            for entry in said {
                out +=
                    "  " + entry.id + " " + entry.kind.label(context.lang) + ": "
                    + safe(EntryFormatter.summary(entry, context.lang)) + "\n"
            }
        }
        return out + stillNeeded(state)
    }

    private func help() -> String {
        t(
            """
            NAAM: tekst              legt een bijdrage vast (de standaardsoort van de ronde)
            /waarde NAAM: tekst      een andere soort: /vraag /feit /waarde /norm /recht /perspectief
                                     /alternatief /overweging /notitie (of Engels: /value, /norm, …),
                                     eventueel met --about WIE --option A --category CAT
            /case tekst              de casus        /dilemma vraag --option 'A: …' --option 'B: …' --harm 'A: …'
            /position NAAM A omdat … een standpunt  (--cannot … --mitigate … --needs …)
            /decide tekst --option A --support consensus|majority --dissent NAAM
            /action tekst --owner NAAM --due JJJJ-MM-DD      /signal tekst --level policy
            /evaluate NAAM 4 tekst   /join NAAM [--role ROL]  /leave NAAM
            /next  /next --force --reason …  /back  /status  /who  /log
            /undo  /amend e12 tekst  /retract e12 reden  /close  /quit

            """,
            """
            NAME: text               records a contribution (the round's default kind)
            /value NAME: text        another kind: /question /fact /value /norm /right /perspective
                                     /alternative /consideration /note (or Dutch: /waarde, …),
                                     optionally with --about WHO --option A --category CAT
            /case text               the case        /dilemma question --option 'A: …' --option 'B: …' --harm 'A: …'
            /position NAME A because …  a position (--cannot … --mitigate … --needs …)
            /decide text --option A --support consensus|majority --dissent NAME
            /action text --owner NAME --due YYYY-MM-DD       /signal text --level policy
            /evaluate NAME 4 text    /join NAME [--role ROLE]  /leave NAME
            /next  /next --force --reason …  /back  /status  /who  /log
            /undo  /amend e12 text   /retract e12 reason  /close  /quit

            """)
    }
}
