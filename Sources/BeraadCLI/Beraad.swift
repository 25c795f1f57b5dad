import BeraadEngine
import BeraadStore
import Foundation

/// The `beraad` program: parses the arguments, runs the command and turns every failure into a message and
/// the exit code of CLI.md.
public enum Beraad {
    /// Runs `arguments` (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], environment: CLIEnvironment) -> Int32 {
        guard let error = execute(arguments, environment: environment) else { return ExitCode.success.rawValue }
        report(error, lang: language(arguments, environment.variables).0, output: environment.output)
        return error.code.rawValue
    }

    /// Runs `arguments` and returns the failure, if any, without reporting it.
    static func execute(_ arguments: [String], environment: CLIEnvironment) -> CLIError? {
        if arguments.first == Completion.hiddenCommand {
            let words = Array(arguments.dropFirst(arguments.dropFirst().first == "--" ? 2 : 1))
            for candidate in Completion.candidates(words, environment: environment) {
                environment.output.out(candidate + "\n")
            }
            return nil
        }
        let (lang, explicit) = language(arguments, environment.variables)
        var commandName: String?
        do throws(CLIError) {
            let invocation = try ArgumentParser(lang: lang).parse(arguments)
            commandName = invocation.commandName
            let langValue = invocation.lang.flatMap(Language.init(rawValue:))
            let context = Context(
                invocation: invocation, environment: environment, lang: langValue ?? lang,
                langIsExplicit: explicit, store: try store(invocation, environment, lang))
            try dispatch(context)
            return nil
        } catch {
            var error = error
            // Every usage error ends with the usage line of the command it concerns.
            if error.code == .usage && error.usageOf == nil { error.usageOf = commandName ?? "" }
            return error
        }
    }

    /// The language for messages: `--lang`, `BERAAD_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`, else English; and
    /// whether it was asked for explicitly.
    static func language(_ arguments: [String], _ variables: [String: String]) -> (Language, Bool) {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count, let lang = Language(rawValue: arguments[index + 1]) {
                return (lang, true)
            }
            if argument.hasPrefix("--lang="), let lang = Language(rawValue: String(argument.dropFirst(7))) {
                return (lang, true)
            }
        }
        if let value = variables["BERAAD_LANG"], let lang = Language.fromLocale(value) { return (lang, true) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variables[name], !value.isEmpty {
                return (Language.fromLocale(value) ?? .en, false)
            }
        }
        return (.en, false)
    }

    /// The store for the home: `--home`, `BERAAD_HOME`, `$XDG_DATA_HOME/beraad`, `~/.local/share/beraad`.
    static func store(_ invocation: Invocation, _ environment: CLIEnvironment, _ lang: Language) throws(CLIError)
        -> SessionStore
    {
        let variables = environment.variables
        var home: String
        if let given = invocation.home ?? variables["BERAAD_HOME"], !given.isEmpty {
            home = given
        } else if let xdg = variables["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            home = xdg + "/beraad"
        } else if let user = variables["HOME"], !user.isEmpty {
            home = user + "/.local/share/beraad"
        } else {
            throw CLIError(
                .usage,
                Catalog.localized(.noFolderForTheSessionsGive)(lang))
        }
        if !home.hasPrefix("/") { home = environment.currentDirectory + "/" + home }
        var timeout = 10.0
        if let value = variables["BERAAD_LOCK_TIMEOUT"], let seconds = Double(value), seconds >= 0 { timeout = seconds }
        return SessionStore(home: home, lockTimeout: timeout)
    }

    static func report(_ error: CLIError, lang: Language, output: CLIOutput) {
        func t(_ key: Catalog.Key, _ args: String...) -> String { Catalog.text(key, lang, args) }
        var text = "error: " + error.message + "\n"
        if let suggestion = error.suggestion {
            text += t(.didYouMean, suggestion) + "\n"
        }
        if let path = error.usageOf {
            if let spec = spec(path) {
                text += t(.usage) + ": " + Help.usage(spec, path: path) + "\n"
                text +=
                    t(.seeBeraadHelpForMoreInformation, path) + "\n"
            } else {
                text +=
                    t(.usage) + ": beraad <" + t(.command) + "> [<" + t(.options)
                    + ">]\n"
                text +=
                    t(.seeBeraadHelp) + "\n"
            }
        }
        output.err(text)
    }

    /// The spec of `protocols show` and the like.
    static func spec(_ path: String) -> CommandSpec? {
        let words = path.split(separator: " ").map(String.init)
        guard let first = words.first, var spec = CommandTable.command(first) else { return nil }
        for word in words.dropFirst() {
            guard let sub = spec.subcommands.first(where: { $0.name == word }) else { return nil }
            spec = sub
        }
        return spec
    }

    static func dispatch(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        if invocation.version {
            context.print(Help.version)
            return
        }
        guard let command = invocation.command else {
            context.print(Help.overview(context.lang, width: context.helpWidth), terminator: "")
            return
        }
        if invocation.help {
            context.print(
                Help.command(command, path: invocation.commandName, context.lang, width: context.helpWidth),
                terminator: "")
            return
        }
        switch invocation.commandName {
        case "help":
            guard let name = invocation.positionals.first else {
                context.print(Help.overview(context.lang, width: context.helpWidth), terminator: "")
                return
            }
            let path = invocation.positionals.joined(separator: " ")
            guard let target = spec(path) else {
                throw .usage(
                    context.t(.unknownCommand, path), command: nil,
                    suggestion: EditDistance.suggestion(for: name, among: CommandTable.commands.map(\.name)))
            }
            context.print(Help.command(target, path: path, context.lang, width: context.helpWidth), terminator: "")
        case "new": try SessionCommands.new(context)
        case "sessions": try SessionCommands.sessions(context)
        case "use": try SessionCommands.use(context)
        case "join": try MeetingCommands.join(context)
        case "leave": try MeetingCommands.leave(context)
        case "status": try StatusCommand.run(context)
        case "case": try MeetingCommands.recordCase(context)
        case "dilemma": try MeetingCommands.dilemma(context)
        case "say": try MeetingCommands.say(context)
        case "position": try MeetingCommands.position(context)
        case "decide": try MeetingCommands.decide(context)
        case "action": try MeetingCommands.action(context)
        case "signal": try MeetingCommands.signal(context)
        case "evaluate": try MeetingCommands.evaluate(context)
        case "next": try MeetingCommands.next(context)
        case "back": try MeetingCommands.back(context)
        case "log": try CorrectionCommands.log(context)
        case "amend": try CorrectionCommands.amend(context)
        case "retract": try CorrectionCommands.retract(context)
        case "undo": try CorrectionCommands.undo(context)
        case "close": try AfterwardsCommands.close(context)
        case "minutes": try AfterwardsCommands.minutes(context)
        case "redact": try AfterwardsCommands.redact(context)
        case "approve": try AfterwardsCommands.approve(context)
        case "protocols": try ProtocolCommands.list(context)
        case "protocols show": try ProtocolCommands.show(context)
        case "protocols lint": try ProtocolCommands.lint(context)
        case "demo": try DemoCommand.run(context)
        case "run": try LiveMode.run(context)
        case "convene": try ConveneCommand.run(context)
        case "completions":
            guard let script = Completion.script(invocation.positionals[0]) else {
                throw .usage(
                    context.t(.chooseBashZshOrFish), command: "completions",
                    suggestion: EditDistance.suggestion(for: invocation.positionals[0], among: ["bash", "zsh", "fish"]))
            }
            context.environment.output.out(script)
        default:
            throw .usage(context.t(.unknownCommandBare), command: nil)
        }
    }
}

extension Context {
    /// The width help is wrapped to: the terminal's, else 80 columns.
    var helpWidth: Int { environment.output.width ?? Help.defaultWidth }

    func print(_ text: String, terminator: String) { environment.output.out(Self.terminalSafe(text) + terminator) }
}
