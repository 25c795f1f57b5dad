import BeraadEngine
import BeraadStore
import Foundation

/// The `beraad` program: parses the arguments, runs the command and turns every failure into a message and
/// the exit code of CLI.md.
public enum Beraad {
    /// Runs `arguments` (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], environment: CLIEnvironment) -> Int32 {
        var lang = language(arguments, environment.variables).0
        guard let error = execute(arguments, environment: environment, speaking: &lang) else {
            return ExitCode.success.rawValue
        }
        report(error, lang: lang, output: environment.output)
        return error.code.rawValue
    }

    /// Runs `arguments` and returns the failure, if any, without reporting it.
    static func execute(_ arguments: [String], environment: CLIEnvironment) -> CLIError? {
        var lang = Language.en
        return execute(arguments, environment: environment, speaking: &lang)
    }

    /// Runs `arguments` and returns the failure, if any, without reporting it; `lang` becomes the language the
    /// command spoke, for the report.
    private static func execute(_ arguments: [String], environment: CLIEnvironment, speaking lang: inout Language)
        -> CLIError?
    {
        if arguments.first == Completion.hiddenCommand {
            let words = Array(arguments.dropFirst(arguments.dropFirst().first == "--" ? 2 : 1))
            for candidate in Completion.candidates(words, environment: environment) {
                environment.output.out(candidate + "\n")
            }
            return nil
        }
        let (readerLang, explicit) = language(arguments, environment.variables)
        lang = readerLang
        var commandPath: String?
        do throws(CLIError) {
            let line: ParsedCommandLine
            do throws(ParseFailure) { line = try CommandLineParser().parse(arguments) } catch {
                if !explicit, let path = error.command, let command = Commands.named(path)?.command {
                    lang = sessionLanguage(command, session: nil, home: nil, environment) ?? lang
                }
                throw error.error.cliError(lang, command: error.command)
            }
            commandPath = line.commandPath
            if !explicit, let command = line.command {
                lang =
                    sessionLanguage(command, session: line.globals.session, home: line.globals.home, environment)
                    ?? lang
            }
            let context = Context(
                globals: line.globals, commandPath: line.commandPath, environment: environment,
                lang: lang, langIsExplicit: explicit,
                store: try store(home: line.globals.home, environment, lang))
            // A home others can write to, or a link inside it, is said before anything is read from it.
            let session = line.globals.session ?? environment.variables["BERAAD_SESSION"]
            if !environment.homeChecked {
                for warning in context.store.safetyWarnings(session: session ?? (try? context.store.currentSession())) {
                    context.warn(warning(context.lang))
                }
            }
            try dispatch(line, context)
            return nil
        } catch {
            var error = error
            // Every usage error ends with the usage line of the command it concerns.
            if error.code == .usage && error.usageOf == nil { error.usageOf = commandPath ?? "" }
            return error
        }
    }

    /// The language for messages: `--lang` (`--taal`), `BERAAD_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`, else English;
    /// and whether it was asked for explicitly.
    static func language(_ arguments: [String], _ variables: [String: String]) -> (Language, Bool) {
        let option = GlobalOptions.lang.declaration
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            guard argument.hasPrefix("--") else { continue }
            let written = argument.dropFirst(2).split(separator: "=", maxSplits: 1).map(String.init)
            guard let name = written.first, option.answers(to: name) else { continue }
            let value = written.count == 2 ? written[1] : arguments[safe: index + 1]
            if let value, let lang = Language(rawValue: value) { return (lang, true) }
        }
        if let value = variables["BERAAD_LANG"], let lang = Language.fromLocale(value) { return (lang, true) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variables[name], !value.isEmpty {
                return (Language.fromLocale(value) ?? .en, false)
            }
        }
        return (.en, false)
    }

    /// The language of the session `command` acts on, when it is a command of a meeting (its corrections and
    /// what comes after included): a Dutch session speaks Dutch, its help and messages too, whatever the reader's
    /// locale, unless `--lang` or `BERAAD_LANG` ask otherwise. Nil for other commands or without a session.
    static func sessionLanguage(
        _ command: any BeraadCommand.Type, session: String?, home: String?, _ environment: CLIEnvironment
    ) -> Language? {
        switch command.declaration.group {
        case .meeting, .corrections, .afterwards: break
        case .session, .followUp, .other: return nil
        }
        // Only the language is read here: the home's other settings are read, and warned about, once, by the command.
        guard let path = try? homePath(home, environment, .en) else { return nil }
        let store = SessionStore(home: path)
        let named = session ?? environment.variables["BERAAD_SESSION"]
        guard let id = named.flatMap({ $0.isEmpty ? nil : $0 }) ?? (try? store.currentSession()),
            Identifier.isValid(id)
        else { return nil }
        return store.language(of: id)
    }

    /// The store for the home: `--home`, `BERAAD_HOME`, `$XDG_DATA_HOME/beraad`, `~/.local/share/beraad`.
    static func store(home given: String?, _ environment: CLIEnvironment, _ lang: Language) throws(CLIError)
        -> SessionStore
    {
        SessionStore(home: try homePath(given, environment, lang), lockTimeout: lockTimeout(environment, lang))
    }

    /// The home folder: `--home`, `BERAAD_HOME`, `$XDG_DATA_HOME/beraad`, else `~/.local/share/beraad`, absolute.
    static func homePath(_ given: String?, _ environment: CLIEnvironment, _ lang: Language) throws(CLIError)
        -> String
    {
        let variables = environment.variables
        var home: String
        if let given = given ?? variables["BERAAD_HOME"], !given.isEmpty {
            home = given
        } else if let xdg = variables["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            home = xdg + "/beraad"
        } else if let user = variables["HOME"], !user.isEmpty {
            home = user + "/.local/share/beraad"
        } else {
            throw CLIError(
                .usage,
                CLIText.localized(.message(.noHome))(lang))
        }
        if !home.hasPrefix("/") { home = environment.currentDirectory + "/" + home }
        // A home reached through a symbolic link (a synced or mounted folder) is resolved once, here: every command
        // then works in the real folder, and its checks and messages are about that folder.
        var info = stat()
        if lstat(home, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let real = realpath(home, nil) {
            defer { free(real) }
            let resolved = String(cString: real)
            var target = stat()
            if stat(resolved, &target) == 0, (target.st_mode & S_IFMT) == S_IFDIR { home = resolved }
        }
        return home
    }

    /// How long to wait for another process's lock: `BERAAD_LOCK_TIMEOUT` when it is a plain number of seconds
    /// within bounds, else the default, saying so (`1e400`, `nan`, `-5`, `abc` are not quietly taken).
    static let lockTimeoutBounds = 0.0...3600.0
    static let defaultLockTimeout = 10.0

    static func lockTimeout(_ environment: CLIEnvironment, _ lang: Language) -> Double {
        // Unset, the default; set but empty or not a number, the default too, said once (CLI.md).
        guard let value = environment.variables["BERAAD_LOCK_TIMEOUT"] else { return defaultLockTimeout }
        let plain =
            value.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && value.filter { $0 == "." }.count <= 1
        if plain, let seconds = Double(value), seconds.isFinite, lockTimeoutBounds.contains(seconds) { return seconds }
        // The live mode's commands, one a line, were warned about when it started.
        if environment.homeChecked { return defaultLockTimeout }
        let text = CLIText.text(
            .message(
                .lockTimeoutIgnored(value: value, low: "0", high: "3600", used: String(Int(defaultLockTimeout)))),
            lang)
        environment.output.err(CLIText.text(.message(.warning(text: text)), lang) + "\n")
        return defaultLockTimeout
    }

    static func report(_ error: CLIError, lang: Language, output: CLIOutput) {
        func t(_ key: CLIText) -> String { CLIText.text(key, lang) }
        // A message may quote what was typed (a name with an escape sequence in it): never raw to the terminal.
        var text = Context.terminalSafe(t(.message(.error(text: error.message)))) + "\n"
        if let suggestion = error.suggestion {
            text += Context.terminalSafe(t(.message(.didYouMean(suggestion: suggestion)))) + "\n"
        }
        if let path = error.usageOf {
            if let command = Commands.named(path) {
                text += t(.help(.usageLabel)) + ": " + Help.usage(command.command, path: command.path, lang) + "\n"
                text +=
                    t(.help(.seeCommandHelp(command: Help.spelled(path, lang)))) + "\n"
            } else {
                text +=
                    t(.help(.usageLabel)) + ": beraad <" + t(.help(.commandPlaceholder)) + "> [<"
                    + t(.help(.optionsPlaceholder))
                    + ">]\n"
                text +=
                    t(.help(.seeHelp)) + "\n"
            }
        }
        output.err(text)
    }

    /// Runs the parsed command: `--version`, the overview, a command's help, or the command itself.
    /// The command `arguments` stand for, parsed as the command line parses it, with the global options they carry
    /// (`--at`, `--json`); what the live mode runs for a line.
    static func command(_ arguments: [String], _ lang: Language) throws(CLIError)
        -> (command: any BeraadCommand, line: ParsedCommandLine)
    {
        let line: ParsedCommandLine
        do throws(ParseFailure) { line = try CommandLineParser().parse(arguments) } catch {
            throw error.error.cliError(lang, command: error.command)
        }
        guard let command = line.command else {
            throw CLIError(.usage, CLIText.text(.live(.expectedLineOrCommand), lang))
        }
        return (try instance(of: command, line, lang), line)
    }

    /// The value of `command` with the arguments of `line`; what it could not read, said in `lang`.
    private static func instance(
        of command: any BeraadCommand.Type, _ line: ParsedCommandLine, _ lang: Language
    ) throws(CLIError) -> any BeraadCommand {
        do throws(ParseError) { return try command.init(parsing: line.arguments) } catch {
            throw error.cliError(lang, command: line.commandPath)
        }
    }

    static func dispatch(_ line: ParsedCommandLine, _ context: Context) throws(CLIError) {
        if line.globals.version {
            context.print(Help.version)
            return
        }
        guard let command = line.command else {
            context.print(Help.overview(context.lang, width: context.helpWidth), terminator: "")
            return
        }
        if line.globals.help {
            context.print(
                Help.command(command, path: line.commandPath, context.lang, width: context.helpWidth), terminator: "")
            return
        }
        try instance(of: command, line, context.lang).run(context)
    }
}

extension Context {
    /// The width help is wrapped to: the terminal's, else 80 columns.
    var helpWidth: Int { environment.output.width ?? Help.defaultWidth }

    func print(_ text: String, terminator: String) { environment.output.out(Self.terminalSafe(text) + terminator) }
}
