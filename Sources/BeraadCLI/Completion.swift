import BeraadEngine
import BeraadStore

/// Shell completion: the scripts `beraad completions` prints, and the hidden `beraad __complete WORDS…` they call
/// for candidates that depend on the current session (participants, the round's categories, option labels).
enum Completion {
    /// The hidden command the scripts call.
    static let hiddenCommand = "__complete"

    /// Options whose values are file or folder paths, left to the shell's own completion.
    static let pathOptions: Set<String> = ["home", "output", "dir"]

    static func script(_ shell: String) -> String? {
        switch shell {
        case "bash":
            return """
                # bash completion for beraad; load with: source <(beraad completions bash)
                _beraad() {
                    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} line
                    COMPREPLY=()
                    case $prev in
                        --home|--dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
                        --output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
                    esac
                    while IFS= read -r line; do
                        [ -n "$line" ] && COMPREPLY+=("$(printf '%q' "$line")")
                    done < <(beraad \(hiddenCommand) -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
                    if [ ${#COMPREPLY[@]} -eq 0 ] && [[ $prev == --protocol || ${COMP_WORDS[1]} == protocols ]]; then
                        COMPREPLY=($(compgen -f -- "$cur"))
                    fi
                }
                complete -F _beraad beraad

                """
        case "zsh":
            return """
                #compdef beraad
                # zsh completion for beraad; load with: source <(beraad completions zsh)
                _beraad() {
                    local -a candidates
                    case ${words[CURRENT-1]} in
                        --home|--dir) _files -/; return ;;
                        --output) _files; return ;;
                    esac
                    candidates=("${(@f)$(beraad \(hiddenCommand) -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
                    candidates=(${candidates:#})
                    if (( ${#candidates} )); then
                        compadd -Q -a candidates
                    elif [[ ${words[CURRENT-1]} == --protocol || ${words[2]} == protocols ]]; then
                        _files
                    fi
                }
                if (( $+functions[compdef] )); then compdef _beraad beraad; fi

                """
        case "fish":
            return """
                # fish completion for beraad; load with: beraad completions fish | source
                function __beraad_complete
                    set -l tokens (commandline -opc) (commandline -ct)
                    beraad \(hiddenCommand) -- $tokens[2..-1] 2>/dev/null
                end
                complete -c beraad -f -a '(__beraad_complete)'
                complete -c beraad -l home -r -F
                complete -c beraad -l output -r -F
                complete -c beraad -l dir -r -F

                """
        default:
            return nil
        }
    }

    /// The candidates for the last of `words` (the words after `beraad`, the one being typed last).
    static func candidates(_ words: [String], environment: CLIEnvironment) -> [String] {
        let current = words.last ?? ""
        let before = Array(words.dropLast())
        // Walk the words to find the command, its positionals so far, and whether an option awaits its value.
        var command: CommandSpec?
        var path: [String] = []
        var positionals: [String] = []
        var awaiting: OptionSpec?
        var globals: [String: String] = [:]
        for word in before {
            if let option = awaiting {
                if CommandTable.globalOptions.contains(where: { $0.name == option.name }) {
                    globals[option.name] = word
                }
                awaiting = nil
                continue
            }
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2).prefix { $0 != "=" })
                let specs = (command?.options ?? []) + CommandTable.globalOptions
                if let spec = specs.first(where: { $0.name == name }), spec.takesValue, !word.contains("=") {
                    awaiting = spec
                }
                continue
            }
            if let spec = command {
                if !spec.subcommands.isEmpty, path.count == 1,
                    let sub = spec.subcommands.first(where: { $0.name == word })
                {
                    command = sub
                    path.append(word)
                } else {
                    positionals.append(word)
                }
            } else if let spec = CommandTable.command(word) {
                command = spec
                path = [word]
            }
        }
        let session = SessionLookup(globals: globals, environment: environment)
        let all: [String]
        if let option = awaiting {
            all = values(for: option, session: session)
        } else if current.hasPrefix("-") {
            let options = (command?.options ?? []) + CommandTable.globalOptions
            all = options.map { "--" + $0.name }
        } else if let command {
            all = positionalValues(command, path: path, index: positionals.count, session: session)
        } else {
            all = CommandTable.commands.map(\.name)
        }
        let lower = current.lowercased()
        return all.filter { $0.lowercased().hasPrefix(lower) }
    }

    private static func values(for option: OptionSpec, session: SessionLookup) -> [String] {
        if !option.values.isEmpty { return option.values }
        switch option.name {
        case "role": return session.protocolDefinition?.roles.map(\.id) ?? []
        case "category": return session.state?.currentRound?.categories.map(\.id) ?? []
        case "owner", "dissent", "by": return session.participantNames
        case "option": return session.optionLabels
        case "protocol": return session.protocolIDs
        case "session": return session.sessionIDs
        case "lang": return ["nl", "en"]
        default: return []
        }
    }

    private static func positionalValues(_ command: CommandSpec, path: [String], index: Int, session: SessionLookup)
        -> [String]
    {
        switch (path.joined(separator: " "), index) {
        case ("say", 0), ("position", 0), ("evaluate", 0), ("leave", 0): return session.participantNames
        case ("position", 1): return session.optionLabels
        case ("use", 0): return session.sessionIDs
        case ("help", 0): return CommandTable.commands.map(\.name)
        case ("protocols", 0): return command.subcommands.map(\.name)
        case ("protocols show", 0): return session.protocolIDs
        case ("amend", 0), ("retract", 0): return session.state?.liveEntries.map(\.id) ?? []
        case ("completions", 0): return ["bash", "zsh", "fish"]
        default: return []
        }
    }

    /// The current session, read only if a candidate needs it; completion never fails loudly.
    final class SessionLookup {
        private let globals: [String: String]
        private let environment: CLIEnvironment
        private lazy var store: SessionStore? = {
            var arguments: [String] = []
            if let home = globals["home"] { arguments += ["--home", home] }
            guard let invocation = try? ArgumentParser(lang: .en).parse(arguments) else { return nil }
            return try? Beraad.store(invocation, environment, .en)
        }()

        init(globals: [String: String], environment: CLIEnvironment) {
            self.globals = globals
            self.environment = environment
        }

        lazy var state: SessionState? = {
            guard let store else { return nil }
            let id = globals["session"] ?? environment.variables["BERAAD_SESSION"] ?? (try? store.currentSession())
            guard let id, let contents = try? store.read(id) else { return nil }
            return SessionState(replaying: contents.records)
        }()

        var protocolDefinition: ProtocolDefinition? {
            state?.protocolDefinition ?? (try? BuiltinProtocols.named(BuiltinProtocols.defaultID)) ?? nil
        }
        var participantNames: [String] { state?.participants.map(\.name) ?? [] }
        var optionLabels: [String] { state?.dilemmaOptions.map(\.label) ?? [] }
        var sessionIDs: [String] { store?.summaries().sessions.map(\.id) ?? [] }
        var protocolIDs: [String] {
            guard let store else { return [] }
            return (try? ProtocolCatalog(store: store).all().map(\.definition.id)) ?? []
        }
    }
}
