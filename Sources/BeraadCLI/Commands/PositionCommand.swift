import BeraadEngine

/// `position NAME OPTION [--because TEXT] [--cannot TEXT] [--mitigate TEXT] [--needs TEXT]`: an argued choice.
struct PositionCommand: BeraadCommand {
    static let name = Argument(.name, .participantName, kind: .participant)
    static let option = Argument(.option, .positionOption, kind: .optionLetter)
    static let because = Option("because", nl: "omdat", value: .text, .positionBecause)
    static let cannot = Option("cannot", nl: "kan-niet", value: .text, .positionCannot)
    static let mitigate = Option("mitigate", nl: "beperk", value: .text, .positionMitigate)
    static let needs = Option("needs", nl: "nodig", value: .text, .positionNeeds)
    static let declaration = CommandDeclaration(
        "position", aliases: ["standpunt"], group: .meeting, summary: .position,
        arguments: [name.declaration, option.declaration],
        options: [because.declaration, cannot.declaration, mitigate.declaration, needs.declaration],
        live: .position)

    var name: String
    var option: String
    var because: String?
    var cannot: String?
    var mitigate: String?
    var needs: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        option = try arguments.argument(Self.option)
        because = try arguments.value(Self.because)
        cannot = try arguments.value(Self.cannot)
        mitigate = try arguments.value(Self.mitigate)
        needs = try arguments.value(Self.needs)
    }

    func run(_ context: Context) throws(CLIError) {
        try context.confirmEntry(
            try context.perform(
                .takePosition(
                    name: name, option: option, because: because, cannot: cannot, mitigate: mitigate, needs: needs)))
    }
}
