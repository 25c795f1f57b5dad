import BeraadArchive
import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `beraad run`: walks the facilitator through the session round by round, recording every line when Enter is
/// pressed. Each line becomes one ordinary command, so a meeting typed here leaves the same journal as the same
/// meeting entered command by command.
struct LiveMode {
    let context: Context
    /// The session being recorded; `/convene` moves on to the session it opens.
    private(set) var id: String
    let style: Style
    private var shownRound: Int?
    private var warnedRound: Int?

    static func run(_ context: Context) throws(CLIError) {
        // With no session to continue, a facilitator at a terminal is asked for one and it is opened.
        let input = context.environment.input
        let named = context.globals.session ?? context.environment.variables["BERAAD_SESSION"]
        if named?.isEmpty ?? true, input.isTerminal, (try? context.store.currentSession()) == nil {
            guard try startSession(context) else { return }
        }
        let (id, read) = try context.readSession()
        var state = read
        // A planned session starts when the live mode opens it: the meeting is here.
        if state.isPlanned { state = try context.perform(.start).state }
        var live = LiveMode(
            context: context, id: id,
            style: Style(output: context.environment.output, variables: context.environment.variables))
        if state.isEnded {
            context.print(
                StatusCommand.human(
                    state, definition: state.protocolDefinition, unmet: [], elapsed: 0, context: context),
                terminator: "")
            return
        }
        try live.loop(state)
    }

    /// Asks for a title, a method, the facilitator, the place and (when the home's sessions have teams) the team,
    /// and opens the session; `false` when no title was given. A method that is not one is asked for again at once.
    private static func startSession(_ context: Context) throws(CLIError) -> Bool {
        let input = context.environment.input
        func ask(_ question: String, choices: [String] = []) -> String? {
            if let editor = input.editor {
                return editor.readLine(
                    prompt: question,
                    complete: { typed in
                        let folded = typed.lowercased()
                        return TerminalLineEditor.Completions(
                            start: 0, candidates: choices.filter { $0.lowercased().hasPrefix(folded) })
                    })?.trimmingWhitespace()
            }
            context.environment.output.out(question)
            return input.readLine()?.trimmingWhitespace()
        }
        func t(_ key: Catalog.LiveText) -> String { CLIText.text(.live(key), context.lang) }
        context.environment.output.out(t(.noSessionYet))
        guard let title = ask(t(.askTitle)), !title.isEmpty else { return false }
        let definitions = ((try? ProtocolCatalog.of(context.store).all()) ?? []).map(\.definition)
        let methods = definitions.map(\.id)
        var aliases: [String: String] = [:]
        for definition in definitions { for alias in definition.aliases { aliases[alias] = definition.id } }
        var method: String?
        while method == nil {
            guard
                let answer = ask(
                    t(.askMethod(methods: methods.joined(separator: ", "), standard: BuiltinProtocols.defaultID)),
                    choices: methods + aliases.keys.sorted())
            else { return false }
            method = Self.method(answer, among: methods, aliases: aliases)
            if method == nil {
                context.environment.output.err(
                    Context.terminalSafe(t(.unknownMethod(answer: answer, methods: methods.joined(separator: ", "))))
                        + "\n")
            }
        }
        let facilitator = ask(t(.askFacilitator)) ?? ""
        let place = ask(t(.askPlace)) ?? ""
        let teams = Set(context.store.summaries().sessions.compactMap(\.team)).sorted()
        let team = teams.isEmpty ? "" : ask(t(.askTeam(teams: teams.joined(separator: ", "))), choices: teams) ?? ""
        var arguments = [
            "--home", context.store.home, "new", title, "--protocol", method ?? BuiltinProtocols.defaultID,
        ]
        if !facilitator.isEmpty { arguments += ["--facilitator", facilitator] }
        if !place.isEmpty { arguments += ["--place", place] }
        if !team.isEmpty { arguments += ["--team", teams.first { $0.lowercased() == team.lowercased() } ?? team] }
        if context.langIsExplicit { arguments += ["--lang", context.lang.rawValue] }
        var environment = context.environment
        environment.homeChecked = true
        if let error = Beraad.execute(arguments, environment: environment) { throw error }
        return true
    }

    /// The method `answer` names among `methods`: empty for the standard one, an id or an alias (`nijmegen`) in any
    /// case, or a unique start of one.
    static func method(_ answer: String, among methods: [String], aliases: [String: String] = [:]) -> String? {
        if answer.isEmpty { return BuiltinProtocols.defaultID }
        let folded = answer.lowercased()
        if let exact = methods.first(where: { $0.lowercased() == folded }) { return exact }
        if let aliased = aliases[folded] { return aliased }
        let names = methods.map { ($0, $0) } + aliases.map { ($0.key, $0.value) }
        let started = Set(names.filter { $0.0.lowercased().hasPrefix(folded) }.map(\.1))
        return started.count == 1 ? started.first : nil
    }

    private init(context: Context, id: String, style: Style) {
        self.context = context
        self.id = id
        self.style = style
    }

    private func t(_ key: CLIText) -> String { CLIText.text(key, context.lang) }
    private func write(_ text: String) { context.environment.output.out(text) }
    private func safe(_ text: String) -> String { Context.terminalSafe(text) }

    private mutating func loop(_ initial: SessionState) throws(CLIError) {
        let input = context.environment.input
        // The session's head is held between lines, and the state changed in place by each line's command: a line
        // costs what it records. The loop keeps no copy of the state across a command (`HeldHead`).
        let held = HeldHead()
        var state: SessionState! = initial
        write(style.bold(safe(state.title)) + style.dim("  (" + id + ")") + "\n")
        for link in context.links(of: state) {
            write(style.dim("↔ " + safe(link.sentence(context.lang))) + "\n")
        }
        if input.isTerminal {
            write(
                style.dim(
                    t(.live(.welcome))))
        }
        showRoundIfChanged(state)
        var history = LiveHistory(store: context.store, session: id)
        input.editor?.hold()
        defer { input.editor?.release() }
        // Once /board has written the group's screen, it is written again after every line.
        var boardPath: String?
        // `/corrigeer e6` without text puts e6's text on the next prompt, to be edited rather than typed again.
        var prefill = ""
        while true {
            let read: String?
            if let editor = input.editor {
                read = editor.readLine(
                    prompt: prompt(state), initial: prefill, history: history.lines, header: { banner(state) },
                    complete: { LiveCompletion(state: state, lang: context.lang).complete($0) })
            } else {
                if input.isTerminal { write(prompt(state)) }
                read = input.readLine()
            }
            prefill = ""
            guard let line = read else {
                write(
                    "\n" + (input.wasInterrupted() ? t(.live(.interrupted)) : "")
                        + t(.live(.saved)))
                return
            }
            if input.editor != nil { history.add(line) }
            if input.editor == nil && input.lastLineWasTooLong() {
                refuse(t(.live(.lineTooLong(kilobytes: String(LineReader.maximumLine / 1024)))))
                continue
            }
            switch LiveLine.parse(line) {
            case .empty:
                continue
            case .quit:
                write(
                    t(.live(.saved)))
                return
            case .help:
                write(help())
            case .who:
                write(who(state))
            case .invalid(let message):
                refuse(message(context.lang))
            case .run(let arguments):
                let parsed: (command: any BeraadCommand, line: ParsedCommandLine)
                do throws(CLIError) { parsed = try Beraad.command(arguments, context.lang) } catch {
                    refuse(error)
                    continue
                }
                let command = parsed.command
                // `/corrigeer e6` without text puts e6's text on the prompt, to be edited rather than typed again.
                if let amend = command as? AmendCommand, amend.text == nil, amend.kind == nil, input.editor != nil {
                    guard let entry = state.entry(amend.entry), entry.retraction == nil else {
                        refuse(RuleViolation.unknownEntry(id: amend.entry).message(context.lang))
                        continue
                    }
                    prefill =
                        "/" + AmendCommand.declaration.name(context.lang) + " " + entry.id.description + " "
                        + entry.text.replacingOccurrences(of: "\n", with: " ")
                    continue
                }
                // A forced move carries its reason, which is all the confirmation it needs.
                let notReached = state.roundsNotReached.map { $0.unnumberedTitle(context.lang) }
                if let close = command as? CloseCommand, !close.abandon, !notReached.isEmpty, input.isTerminal,
                    !confirm(t(.live(.confirmClose(rounds: notReached.joined(separator: ", ")))))
                {
                    write(t(.live(.notClosed)))
                    continue
                }
                var environment = context.environment
                environment.homeChecked = true
                // What a command says points to the live commands, typed here as `/volgende`, not `beraad volgende`.
                let (out, err) = (environment.output.out, environment.output.err)
                environment.output.out = { out(Self.namingLiveCommands($0)) }
                environment.output.err = { err(Self.namingLiveCommands($0)) }
                // Moving between rounds and closing are announced by the live mode itself, with the round's banner.
                if command is NextCommand || command is BackCommand || command is CloseCommand {
                    environment.output.out = { _ in }
                }
                environment.held = held
                state = nil
                do throws(CLIError) {
                    try command.run(lineContext(parsed.line, environment))
                } catch {
                    refuse(error)
                    state = try current(held)
                    continue
                }
                if command is ConveneCommand, let convened = try? context.store.currentSession() {
                    // The meeting goes on in the session just convened; the banner shows its first round.
                    id = convened
                    shownRound = nil
                } else if command is RedactCommand {
                    // The erasure scrubbed the history file; the lines Up recalls come from it again.
                    history = LiveHistory(store: context.store, session: id)
                } else if let board = command as? BoardCommand {
                    do throws(CLIError) { boardPath = try BoardCommand.path(board.output, session: id, context) } catch
                    {
                        refuse(error.message)
                    }
                }
            }
            state = try current(held)
            if let boardPath {
                do throws(CLIError) { try BoardCommand.write(state, to: boardPath, context) } catch {
                    refuse(error.message)
                }
            }
            if state.isEnded {
                write(
                    style.good(
                        t(.live(.closed))))
                return
            }
            showRoundIfChanged(state)
            warnIfOvertime(state)
            if input.wasInterrupted() {
                write(
                    t(.live(.interruptedSaved)))
                return
            }
        }
    }

    /// The context a line's command runs in: this session, now, with the global options the line gave.
    private func lineContext(_ line: ParsedCommandLine, _ environment: CLIEnvironment) -> Context {
        var globals = line.globals
        let lang = globals.lang ?? context.lang
        globals.home = context.store.home
        globals.session = id
        // The live mode records what is said now, also in a meeting that was entered afterwards until here.
        globals.now = true
        return Context(
            globals: globals, commandPath: line.commandPath, environment: environment, lang: lang,
            langIsExplicit: context.langIsExplicit || line.globals.lang != nil, store: context.store)
    }

    /// The session's state: the held one when the line's command recorded in this session from it, else read back
    /// (and held from then on).
    private func current(_ held: HeldHead) throws(CLIError) -> SessionState {
        if let state = held.state(of: id) { return state }
        do throws(StoreError) { return try context.store.hold(id, in: held) } catch {
            throw error.cliError(context.lang)
        }
    }

    /// Says why a line was refused. The prompt is empty again, as in a shell, so that the next speaker's words are
    /// never glued onto the refused line; at a terminal, Up brings it back to fix.
    private func refuse(_ message: String) {
        let recall = context.environment.input.editor == nil ? "" : style.dim(t(.live(.upBringsItBack)))
        context.environment.output.err(style.alert("✗ ") + safe(Self.namingLiveCommands(message)) + recall + "\n")
    }

    /// Says why a line's command failed, with its suggestion.
    private func refuse(_ error: CLIError) {
        refuse(error.message + (error.suggestion.map { t(.live(.didYouMean(suggestion: "\($0)"))) } ?? ""))
    }

    /// `message` with each `'beraad next …'` that the live mode offers written as `'/next …'`, as it is typed here.
    static func namingLiveCommands(_ message: String) -> String {
        message.replacing(/'beraad ([a-z-]+)/) { match in
            Commands.live(String(match.output.1)) == nil ? String(match.output.0) : "'/" + match.output.1
        }
    }

    /// Asks `question` and reads a yes (`j`, `ja`, `y`, `yes`).
    private func confirm(_ question: String) -> Bool {
        let input = context.environment.input
        let reply: String?
        if let editor = input.editor {
            reply = editor.readLine(prompt: style.warning(question))
        } else {
            write(style.warning(question))
            reply = input.readLine()
        }
        return YesAnswer.isYes(reply)
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
        return style.dim("[\(state.roundIndex + 1)/\(state.protocolDefinition.rounds.count) ") + time
            + style.dim("] ") + "› "
    }

    private mutating func warnIfOvertime(_ state: SessionState) {
        guard let round = state.currentRound, warnedRound != state.roundIndex else { return }
        if elapsed(state) > Int64(round.timeboxMinutes) * 60 {
            warnedRound = state.roundIndex
            write(
                style.warning(
                    t(.live(.timeIsUp(minutes: String(round.timeboxMinutes))))))
        }
    }

    private mutating func showRoundIfChanged(_ state: SessionState) {
        guard shownRound != state.roundIndex else { return }
        shownRound = state.roundIndex
        write(banner(state))
    }

    /// The round's number and title, purpose, prompts, hints, time box, how to record, and who still has to speak.
    func banner(_ state: SessionState) -> String {
        guard let round = state.currentRound else { return "" }
        let definition = state.protocolDefinition
        let lang = context.lang
        var out =
            "\n"
            + style.bold(
                "── " + t(.status(.round)) + " \(state.roundIndex + 1)/\(definition.rounds.count): "
                    + round.unnumberedTitle(lang) + " · \(round.timeboxMinutes) min ──") + "\n"
        out += round.purpose(lang) + "\n"
        for part in RoundGuide.parts(of: round, lang) {
            if !part.isPrompts { out += style.bold(part.heading) + "\n" }
            // The method's hints name commands as the shell types them; here they are typed after a `/`.
            out += part.items.map { (part.isPrompts ? "  • " : "  – ") + Self.namingLiveCommands($0) + "\n" }.joined()
        }
        let recalled = RecalledCards.lines(state, round, lang)
        if !recalled.isEmpty { out += recalled.joined(separator: "\n") + "\n" }
        let option = "--" + SayCommand.category.declaration.name(lang)
        for category in round.categories {
            let count = state.entries(onCard: category.id, inRound: round.id).count
            out +=
                style.bold(category.title(lang)) + style.dim(" (" + option + " " + category.name(lang) + ") · ")
                + t(.status(.cardCount(count: count))) + "\n"
            if let basis = category.basis { out += "  " + t(.minutes(.basedOn(value: basis(lang)))) + "\n" }
            for prompt in category.prompts { out += "  • " + prompt(lang) + "\n" }
            if !category.hints.isEmpty {
                out +=
                    "  " + t(.live(.thinkOf(hints: category.hints.map { $0(lang) }.joined(separator: "; ")))) + "\n"
            }
        }
        out += style.dim(t(.live(.record(hints: recordingHints(round).joined(separator: " · "))))) + "\n"
        out += stillNeeded(state)
        return out
    }

    private func recordingHints(_ round: Round) -> [String] {
        let lang = context.lang
        let name = t(.live(.namePlaceholder))
        let text = t(.live(.textPlaceholder))
        /// `/word` and `--option` as someone reading `lang` types them.
        func word(_ command: any BeraadCommand.Type) -> String {
            let declaration = command.declaration
            return "/" + declaration.name(lang)
        }
        func option(_ declaration: OptionDeclaration, _ value: String) -> String {
            "--" + declaration.name(lang) + " " + value
        }
        func value<Value: ChoiceValue>(_ value: Value) -> String { value.choice.spelling(lang) }
        // The kind as the round calls it ("eerste reactie", "kernuitspraak"), where the method names it.
        var hints = ["\(name): " + text + " (" + round.name(of: round.defaultSayKind, lang) + ")"]
        for kind in round.accepts where kind != round.defaultSayKind {
            switch kind {
            case .dilemma:
                hints.append(
                    word(DilemmaCommand.self) + " " + ContributionKind.question.label(lang) + " "
                        + option(DilemmaCommand.option.declaration, "A: …") + " "
                        + option(DilemmaCommand.option.declaration, "B: …") + " "
                        + option(DilemmaCommand.harm.declaration, "A: …"))
            case .position: hints.append(word(PositionCommand.self) + " \(name) A " + t(.live(.becausePlaceholder)))
            case .decision:
                hints.append(
                    word(DecideCommand.self) + " " + text + " " + option(DecideCommand.option.declaration, "A") + " "
                        + option(DecideCommand.support.declaration, value(DecisionSupport.consensus)))
            case .action:
                hints.append(
                    word(ActionCommand.self) + " " + text + " " + option(ActionCommand.owner.declaration, name) + " "
                        + option(ActionCommand.due.declaration, "2026-01-31"))
            case .evaluation: hints.append(word(EvaluateCommand.self) + " \(name) 4 " + text)
            case .case: hints.append(word(CaseCommand.self) + " " + text)
            case .signal:
                hints.append(
                    word(SignalCommand.self) + " " + text + " "
                        + option(SignalCommand.level.declaration, value(SignalLevel.policy)))
            case .question, .fact, .value, .norm, .right, .perspective, .alternative, .consideration, .note:
                hints.append("/\(kind.label(lang)) \(name): " + text)
            }
        }
        return hints
    }

    private func stillNeeded(_ state: SessionState) -> String {
        let unmet = state.unmetRequirements(ofRound: state.roundIndex)
        if unmet.isEmpty {
            return style.good(
                t(.live(.roundFinished)))
                + "\n"
        }
        return style.warning(
            t(.minutes(.stillNeeded(needs: safe(unmet.map { $0.describe(context.lang) }.joined(separator: "; "))))))
            + "\n"
    }

    /// `/who`: each participant and what they said this round.
    func who(_ state: SessionState) -> String {
        guard let round = state.currentRound else { return "" }
        var out = ""
        for participant in state.participants {
            let role = state.protocolDefinition.role(participant.role)?.title(context.lang) ?? participant.role
            out +=
                style.bold(safe(participant.name)) + " (" + role.lowercased()
                + (participant.present ? "" : t(.status(participant.absent ? .absent : .left))) + ")\n"
            if round.accepts(.position) || round.accepts(.decision) {
                // Where positions are taken, what matters is who chose what, and who has not yet.
                if let current = state.positions(of: participant.name).last,
                    case .position(let option, _, _, _) = current.details
                {
                    let text = state.dilemmaOptions.first { $0.label == option }?.text ?? ""
                    out +=
                        "  " + t(.live(.chose(option: option.description + (text.isEmpty ? "" : ": " + safe(text)))))
                        + "\n"
                } else if state.contributingParticipants.contains(where: { $0.name == participant.name }) {
                    out += style.warning("  " + t(.live(.noPositionYet))) + "\n"
                }
            }
            let said = state.liveEntries {
                $0.round == round.id && $0.participant?.lowercased() == participant.name.lowercased()
                    && $0.kind != .position
            }
            if said.isEmpty && !(round.accepts(.position) || round.accepts(.decision)) {
                out += style.dim(t(.live(.nothingYet))) + "\n"
            }
            for entry in said {
                out +=
                    "  " + entry.id.description + " " + entry.kind.label(context.lang) + ": "
                    + safe(EntryFormatter.summary(entry, context.lang, protocol: state.protocolDefinition)) + "\n"
            }
        }
        return out + stillNeeded(state)
    }

    /// `/help`: how to record a contribution, then every live command with its options, as the session's language
    /// spells them.
    func help() -> String {
        let lang = context.lang
        let width = context.environment.output.width ?? Help.defaultWidth
        let name = t(.live(.namePlaceholder))
        let text = t(.live(.textPlaceholder))
        let kinds = ContributionKind.allCases.filter { !$0.hasOwnCommand }.map { "/" + $0.label(lang) }
        var out = Help.row(name + ": " + text, t(.live(.helpContribution)), width: width)
        out += Help.row(
            "/" + ContributionKind.value.label(lang) + " " + name + ": " + text,
            t(.live(.helpKinds(kinds: kinds.joined(separator: " ")))), width: width)
        for command in Commands.all {
            let declaration = command.declaration
            guard declaration.live != nil else { continue }
            let word = "/" + declaration.name(lang)
            // The form the hints and the messages give too.
            let usage =
                declaration.live == .evaluation
                ? " " + t(.live(.usageEvaluate)).split(separator: " ", maxSplits: 1).dropFirst().joined()
                : String(
                    Help.usage(command, path: declaration.name, lang).dropFirst(
                        "beraad ".count + declaration.name(lang).count))
            out += Help.row(word + usage, declaration.summary(lang), width: width)
        }
        out += Help.row(lang == .nl ? "/wie" : "/who", t(.live(.helpWho)), width: width)
        out += Help.row(lang == .nl ? "/hulp" : "/help", t(.live(.helpHelp)), width: width)
        out += Help.row(lang == .nl ? "/stop" : "/quit", t(.live(.helpQuit)), width: width)
        return out
    }
}
