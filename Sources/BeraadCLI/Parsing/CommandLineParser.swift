import BeraadEngine

/// A command line read against the command declarations: which command, its arguments, and the global options.
struct ParsedCommandLine: Sendable {
    var command: (any BeraadCommand.Type)?
    /// The command's words by their English names, such as `protocols show`.
    var path: [String] = []
    var arguments = ParsedArguments()
    var globals = GlobalOptions()

    var commandPath: String { path.joined(separator: " ") }
}

/// A command line that could not be read, and the command it concerns (for its usage line).
struct ParseFailure: Error, Sendable {
    var error: ParseError
    /// The command's path as far as it was read; `nil` before a command was named.
    var command: String?
}

/// Reads arguments by the declarations of `Commands.all` and `GlobalOptions`; every mistake is a `ParseError`.
struct CommandLineParser {
    /// The commands it knows.
    var commands: [any BeraadCommand.Type] = Commands.all

    func parse(_ words: [String]) throws(ParseFailure) -> ParsedCommandLine {
        var line = ParsedCommandLine()
        var globals = ParsedArguments()
        var positionals: [String] = []
        do throws(ParseError) {
            var index = 0
            var optionsEnded = false
            while index < words.count {
                let word = words[index]
                index += 1
                if optionsEnded {
                    try addPositional(word, to: &line, &positionals)
                    continue
                }
                if word == "--" {
                    optionsEnded = true
                    continue
                }
                if word == "-h" {
                    globals.flags.insert(GlobalOptions.help.declaration.name)
                    continue
                }
                if word.hasPrefix("--") && word.count > 2 {
                    try readOption(word, words, &index, into: &line, globals: &globals)
                    continue
                }
                if word.hasPrefix("-") && word.count > 1 && Double(word) == nil {
                    throw .unknownShortOption(word)
                }
                try addPositional(word, to: &line, &positionals)
            }
            line.globals = try GlobalOptions(parsing: globals)
            try assign(positionals, to: &line)
        } catch {
            throw ParseFailure(error: error, command: line.command == nil ? nil : line.commandPath)
        }
        return line
    }

    /// `--name`, `--name=value` or `--name value`, of the command or a global one.
    private func readOption(
        _ word: String, _ words: [String], _ index: inout Int, into line: inout ParsedCommandLine,
        globals: inout ParsedArguments
    ) throws(ParseError) {
        let body = word.dropFirst(2)
        var written = String(body)
        var inlineValue: String?
        if let equals = body.firstIndex(of: "=") {
            written = String(body[..<equals])
            inlineValue = String(body[body.index(after: equals)...])
        }
        let own = line.command?.declaration.options ?? []
        let isGlobal: Bool
        let option: OptionDeclaration
        if let match = own.first(where: { $0.answers(to: written) }) {
            option = match
            isGlobal = false
        } else if let match = GlobalOptions.declarations.first(where: { $0.answers(to: written) }) {
            option = match
            isGlobal = true
        } else {
            throw .unknownOption(written, known: own + GlobalOptions.declarations)
        }
        guard option.takesValue else {
            if inlineValue != nil { throw .flagWithValue(option: written) }
            if isGlobal { globals.flags.insert(option.name) } else { line.arguments.flags.insert(option.name) }
            return
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else if index < words.count {
            value = words[index]
            index += 1
        } else {
            throw .missingValue(option: written)
        }
        if case .choice(let choices) = option.kind, !choices.contains(where: { $0.matches(value) }) {
            throw .invalidValue(value, option: option)
        }
        let existing = isGlobal ? globals.values[option.name] : line.arguments.values[option.name]
        if !option.isRepeatable && existing != nil { throw .repeatedOption(written) }
        if isGlobal {
            globals.values[option.name, default: []].append(value)
        } else {
            line.arguments.values[option.name, default: []].append(value)
        }
    }

    /// The command's name, a sub-command's name, or a positional argument.
    private func addPositional(_ word: String, to line: inout ParsedCommandLine, _ positionals: inout [String])
        throws(ParseError)
    {
        guard let command = line.command else {
            guard let type = commands.first(where: { $0.declaration.answers(to: word) }) else {
                throw .unknownCommand(word, known: commands.map { $0.declaration.name })
            }
            line.command = type
            line.path = [type.declaration.name]
            return
        }
        let declaration = command.declaration
        if !declaration.subcommands.isEmpty && line.path.count == 1 && positionals.isEmpty {
            guard let sub = declaration.subcommand(word) else {
                throw .unknownSubcommand(
                    word, of: declaration.name, known: declaration.subcommands.map { $0.declaration.name })
            }
            line.command = sub
            line.path.append(sub.declaration.name)
            return
        }
        positionals.append(word)
    }

    /// Gives each declared argument its positionals, and checks their number and the required options.
    private func assign(_ positionals: [String], to line: inout ParsedCommandLine) throws(ParseError) {
        guard let command = line.command else { return }
        let declarations = command.declaration.arguments
        var rest = positionals[...]
        for argument in declarations {
            guard let first = rest.first else { break }
            if argument.isVariadic || argument.kind.takesPath {
                line.arguments.arguments[argument.name] = Array(rest)
                rest = []
            } else {
                line.arguments.arguments[argument.name] = [first]
                rest = rest.dropFirst()
            }
        }
        // `--help` is answered whatever else the line holds.
        if line.globals.help { return }
        if let extra = rest.first { throw .unexpectedArgument(extra) }
        if let missing = declarations.first(where: { !$0.isOptional && line.arguments.arguments[$0.name] == nil }) {
            throw .missingArgument(missing)
        }
        for option in command.declaration.options where option.isRequired && line.arguments.values[option.name] == nil {
            throw .missingOption(option)
        }
        for argument in declarations {
            guard case .choice(let choices) = argument.kind else { continue }
            for value in line.arguments.arguments[argument.name] ?? []
            where !choices.contains(where: { $0.matches(value) }) {
                throw .invalidArgument(value, argument: argument)
            }
        }
    }
}

extension ValueKind {
    /// Whether the argument takes the rest of the words as one path (`help protocols show`).
    var takesPath: Bool {
        if case .commandPath = self { return true }
        return false
    }
}
