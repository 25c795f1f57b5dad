import BeraadArchive
import BeraadEngine
import BeraadStore

/// Shell completion: the scripts `beraad completions` prints, and the hidden `beraad __complete WORDS…` they call
/// for candidates that depend on the current session (participants, the round's categories, option labels).
enum Completion {
    /// The hidden command the scripts call.
    static let hiddenCommand = "__complete"

    /// The shells there are scripts for.
    enum Shell: String, ChoiceValue {
        case bash, zsh, fish

        var choice: Choice { Choice(english: rawValue) }
    }

    /// Every option's spellings whose value is of `kinds`, globals first, each once.
    private static func optionNames(where matches: (ValueKind) -> Bool) -> [String] {
        let options =
            GlobalOptions.declarations + Commands.withPaths.flatMap { $0.command.declaration.options }
        var names: [String] = []
        for option in options where matches(option.kind) {
            for name in [option.name] + (option.dutchName.map { [$0] } ?? []) where !names.contains(name) {
                names.append(name)
            }
        }
        return names
    }

    /// Top-level commands whose sub-commands take a file or a protocol, left to the shell's file completion.
    private static var fileCommands: [String] {
        Commands.all.map { $0.declaration }.filter { command in
            command.subcommands.contains { sub in
                sub.declaration.arguments.contains { $0.kind.isFileLike }
            }
        }.map(\.name)
    }

    static func script(_ shell: Shell) -> String {
        let directories = optionNames { if case .directory = $0 { return true } else { return false } }
        let files = optionNames { if case .file = $0 { return true } else { return false } }
        let paths = optionNames {
            if case .directory = $0 { return true } else if case .file = $0 { return true } else { return false }
        }
        let protocols = optionNames { if case .protocolReference = $0 { return true } else { return false } }
        func alternatives(_ names: [String]) -> String { names.map { "--" + $0 }.joined(separator: "|") }
        switch shell {
        case .bash:
            let fallback =
                (protocols.map { "$prev == --" + $0 } + fileCommands.map { "${COMP_WORDS[1]} == " + $0 })
                .joined(separator: " || ")
            return """
                # bash completion for beraad; load with: source <(beraad completions bash)
                _beraad() {
                    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} line
                    COMPREPLY=()
                    case $prev in
                        \(alternatives(directories))) COMPREPLY=($(compgen -d -- "$cur")); return ;;
                        \(alternatives(files))) COMPREPLY=($(compgen -f -- "$cur")); return ;;
                    esac
                    while IFS= read -r line; do
                        [ -n "$line" ] && COMPREPLY+=("$(printf '%q' "$line")")
                    done < <(beraad \(hiddenCommand) -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
                    if [ ${#COMPREPLY[@]} -eq 0 ] && [[ \(fallback) ]]; then
                        COMPREPLY=($(compgen -f -- "$cur"))
                    fi
                }
                complete -F _beraad beraad

                """
        case .zsh:
            let fallback =
                (protocols.map { "${words[CURRENT-1]} == --" + $0 } + fileCommands.map { "${words[2]} == " + $0 })
                .joined(separator: " || ")
            return """
                #compdef beraad
                # zsh completion for beraad; load with: source <(beraad completions zsh)
                _beraad() {
                    local -a candidates
                    case ${words[CURRENT-1]} in
                        \(alternatives(directories))) _files -/; return ;;
                        \(alternatives(files))) _files; return ;;
                    esac
                    candidates=("${(@f)$(beraad \(hiddenCommand) -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
                    candidates=(${candidates:#})
                    if (( ${#candidates} )); then
                        compadd -Q -a candidates
                    elif [[ \(fallback) ]]; then
                        _files
                    fi
                }
                if (( $+functions[compdef] )); then compdef _beraad beraad; fi

                """
        case .fish:
            return """
                # fish completion for beraad; load with: beraad completions fish | source
                function __beraad_complete
                    set -l tokens (commandline -opc) (commandline -ct)
                    beraad \(hiddenCommand) -- $tokens[2..-1] 2>/dev/null
                end
                complete -c beraad -f -a '(__beraad_complete)'

                """ + paths.map { "complete -c beraad -l \($0) -r -F\n" }.joined()
        }
    }

    /// The candidates for the last of `words` (the words after `beraad`, the one being typed last).
    static func candidates(_ words: [String], environment: CLIEnvironment) -> [String] {
        let current = words.last ?? ""
        let before = Array(words.dropLast())
        // Walk the words to find the command, its positionals so far, and whether an option awaits its value.
        var command: (any BeraadCommand.Type)?
        var isTopLevel = true
        var positionals: [String] = []
        var awaiting: OptionDeclaration?
        var globals: [String: String] = [:]
        for word in before {
            if let option = awaiting {
                if GlobalOptions.declarations.contains(where: { $0.name == option.name }) {
                    globals[option.name] = word
                }
                awaiting = nil
                continue
            }
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2).prefix { $0 != "=" })
                let options = (command?.declaration.options ?? []) + GlobalOptions.declarations
                if let option = options.first(where: { $0.answers(to: name) }), option.takesValue, !word.contains("=") {
                    awaiting = option
                }
                continue
            }
            if let current = command {
                if isTopLevel, positionals.isEmpty, let sub = current.declaration.subcommand(word) {
                    command = sub
                    isTopLevel = false
                } else {
                    positionals.append(word)
                }
            } else if let found = Commands.all.first(where: { $0.declaration.answers(to: word) }) {
                command = found
            }
        }
        let session = SessionLookup(globals: globals, environment: environment)
        // Commands, options and values are offered as the user's language spells them: asked for, else the current
        // session's (a Dutch session completes Dutch command names), else the locale's.
        let (asked, explicit) = Beraad.language(words, environment.variables)
        let lang = explicit ? asked : session.state?.language ?? asked
        let all: [String]
        if let option = awaiting {
            all = values(option.kind, session: session, lang)
        } else if current.hasPrefix("-") {
            let options = (command?.declaration.options ?? []) + GlobalOptions.declarations
            all = options.map { "--" + $0.name(lang) }
        } else if let command {
            let declaration = command.declaration
            if isTopLevel && !declaration.subcommands.isEmpty && positionals.isEmpty {
                all = declaration.subcommands.map { $0.declaration.name(lang) }
            } else {
                let arguments = declaration.arguments
                let argument =
                    positionals.count < arguments.count
                    ? arguments[positionals.count]
                    : arguments.last.flatMap { $0.isVariadic || $0.kind.takesPath ? $0 : nil }
                all = argument.map { values($0.kind, session: session, lang) } ?? []
            }
        } else {
            all = Commands.all.map { $0.declaration.name(lang) }
        }
        let lower = current.lowercased()
        return all.filter { $0.lowercased().hasPrefix(lower) }
    }

    /// What a value of `kind` can be, as far as the current session tells.
    private static func values(_ kind: ValueKind, session: SessionLookup, _ lang: Language) -> [String] {
        switch kind {
        case .choice(let choices): return choices.map { $0.spelling(lang) }
        case .participant: return session.participantNames
        case .optionLetter: return session.optionLabels
        case .role: return session.protocolDefinition?.roles.map { $0.name(lang) } ?? []
        case .category: return session.state?.currentRound?.categories.map { $0.name(lang) } ?? []
        case .protocolReference: return session.protocolIDs
        case .session: return session.sessionIDs
        case .entry: return session.state?.liveEntries.map(\.id.description) ?? []
        case .commandPath: return Commands.all.map { $0.declaration.name }
        case .text, .labeledText, .date, .number, .file, .directory: return []
        }
    }

    /// The current session, read only if a candidate needs it; completion never fails loudly.
    final class SessionLookup {
        private let globals: [String: String]
        private let environment: CLIEnvironment
        private lazy var store: SessionStore? = try? Beraad.store(home: globals["home"], environment, .en)

        init(globals: [String: String], environment: CLIEnvironment) {
            self.globals = globals
            self.environment = environment
        }

        lazy var state: SessionState? = {
            guard let store else { return nil }
            let id = globals["session"] ?? environment.variables["BERAAD_SESSION"] ?? (try? store.currentSession())
            guard let id else { return nil }
            return try? store.read(id).session()
        }()

        var protocolDefinition: ProtocolDefinition? {
            state?.protocolDefinition ?? (try? BuiltinProtocols.named(BuiltinProtocols.defaultID)) ?? nil
        }
        var participantNames: [String] { state?.participants.map(\.name) ?? [] }
        var optionLabels: [String] { state?.dilemmaOptions.map(\.label.description) ?? [] }
        var sessionIDs: [String] { store?.summaries().sessions.map(\.id) ?? [] }
        var protocolIDs: [String] {
            guard let store else { return [] }
            return (try? ProtocolCatalog.of(store).all().map(\.definition.id)) ?? []
        }
    }
}
