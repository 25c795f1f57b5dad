import BeraadEngine

/// A parsed command line: the command, its arguments and options, and the global options.
struct Invocation: Sendable {
    var command: CommandSpec?
    /// The command's words, such as `protocols show`.
    var path: [String] = []
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    var commandName: String { path.joined(separator: " ") }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The global option's value, if it was given.
    var home: String? { value("home") }
    var session: String? { value("session") }
    var lang: String? { value("lang") }
    var at: String? { value("at") }
    var json: Bool { has("json") }
    var help: Bool { has("help") }
    var version: Bool { has("version") }
}

/// Turns arguments into an `Invocation` by the command table; every mistake is a usage error.
struct ArgumentParser {
    /// The language of the messages.
    let lang: Language

    func parse(_ arguments: [String]) throws(CLIError) -> Invocation {
        var invocation = Invocation()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded {
                try addPositional(argument, to: &invocation)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "-h" {
                invocation.flags.insert("help")
                continue
            }
            if argument.hasPrefix("--") && argument.count > 2 {
                let body = argument.dropFirst(2)
                let name: String
                var inlineValue: String?
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                }
                let specs = (invocation.command?.options ?? []) + CommandTable.globalOptions
                guard let spec = specs.first(where: { $0.name == name }) else {
                    let suggestion = EditDistance.suggestion(for: name, among: specs.map(\.name)).map { "--" + $0 }
                    throw .usage(
                        message(.unknownOption, name),
                        command: invocation.commandName, suggestion: suggestion)
                }
                if spec.takesValue {
                    let value: String
                    if let inlineValue {
                        value = inlineValue
                    } else if index < arguments.count {
                        value = arguments[index]
                        index += 1
                    } else {
                        throw .usage(
                            message(.needsAValue, name),
                            command: invocation.commandName)
                    }
                    if !spec.values.isEmpty && !spec.values.contains(value) {
                        throw .usage(
                            message(
                                .isNotAValueForChoose, "\(value)", "\(name)", "\(spec.values.joined(separator: ", "))"),
                            command: invocation.commandName,
                            suggestion: EditDistance.suggestion(for: value, among: spec.values))
                    }
                    if !spec.isRepeatable && invocation.values[name] != nil {
                        throw .usage(
                            message(.isGivenTwice, name),
                            command: invocation.commandName)
                    }
                    invocation.values[name, default: []].append(value)
                } else {
                    if inlineValue != nil {
                        throw .usage(
                            message(.takesNoValue, name),
                            command: invocation.commandName)
                    }
                    invocation.flags.insert(name)
                }
                continue
            }
            if argument.hasPrefix("-") && argument.count > 1 && !isNumber(argument) {
                throw .usage(
                    message(.unknownOptionForTextThatStarts, argument),
                    command: invocation.commandName)
            }
            try addPositional(argument, to: &invocation)
        }
        try check(invocation)
        return invocation
    }

    private func addPositional(_ argument: String, to invocation: inout Invocation) throws(CLIError) {
        guard let command = invocation.command else {
            guard let spec = CommandTable.command(argument) else {
                throw .usage(
                    message(.unknownCommand, argument),
                    command: nil,
                    suggestion: EditDistance.suggestion(for: argument, among: CommandTable.commands.map(\.name)))
            }
            invocation.command = spec
            invocation.path = [argument]
            return
        }
        if !command.subcommands.isEmpty && invocation.path.count == 1 && invocation.positionals.isEmpty {
            guard let sub = command.subcommands.first(where: { $0.name == argument }) else {
                throw .usage(
                    message(.unknownSubcommandOf, argument, command.name),
                    command: command.name,
                    suggestion: EditDistance.suggestion(for: argument, among: command.subcommands.map(\.name)))
            }
            invocation.command = sub
            invocation.path.append(argument)
            return
        }
        invocation.positionals.append(argument)
    }

    /// Counts the positionals and checks required options.
    private func check(_ invocation: Invocation) throws(CLIError) {
        guard let command = invocation.command, !invocation.help, command.name != "help" else { return }
        let specs = command.arguments
        let variadic = specs.last?.isVariadic ?? false
        if !variadic && invocation.positionals.count > specs.count {
            let extra = invocation.positionals[specs.count]
            throw .usage(
                message(.unexpectedArgumentPutTextWithSpaces, extra),
                command: invocation.commandName)
        }
        let required = specs.filter { !$0.isOptional }
        if invocation.positionals.count < required.count {
            let missing = required[invocation.positionals.count]
            throw .usage(
                message(.missingArgument, "\(missing.name.lowercased())"),
                command: invocation.commandName)
        }
        for option in command.options where option.isRequired && invocation.values[option.name] == nil {
            throw .usage(
                message(.isRequired, option.name),
                command: invocation.commandName)
        }
    }

    private func isNumber(_ text: String) -> Bool { Double(text) != nil }

    private func message(_ key: Catalog.Key, _ args: String...) -> String { Catalog.text(key, lang, args) }
}
