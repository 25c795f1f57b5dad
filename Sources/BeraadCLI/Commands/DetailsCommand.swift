import BeraadEngine

/// `details [--title TEXT] [--place TEXT] [--distribute TEXT] [--team NAME] [--note-taker NAME]`: sets the minutes'
/// header after the start, until approval; each change is journaled like any other.
struct DetailsCommand: BeraadCommand {
    static let title = Option("title", nl: "titel", value: .text, .detailsTitle)
    static let declaration = CommandDeclaration(
        "details", aliases: ["gegevens"], group: .session, summary: .details,
        options: [
            title.declaration, NewCommand.place.declaration, NewCommand.distribute.declaration,
            NewCommand.team.declaration, NewCommand.noteTaker.declaration,
        ], live: .standard)

    var title: String?
    var place: String?
    var distribution: [String]?
    var team: String?
    var noteTaker: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        title = try arguments.value(Self.title)
        place = try arguments.value(NewCommand.place)
        distribution = (try arguments.value(NewCommand.distribute))?.split(separator: ";").map(String.init)
        team = try arguments.value(NewCommand.team)
        noteTaker = try arguments.value(NewCommand.noteTaker)
    }

    func run(_ context: Context) throws(CLIError) {
        let result = try context.perform(
            .changeDetails(title: title, place: place, distribution: distribution, team: team, noteTaker: noteTaker))
        let state = result.state
        var lines = [context.t(.message(.detailsSet))]
        let o = state.opened
        lines.append("  " + context.t(.message(.detailsTitleLine(title: o.title))))
        if let place = o.place { lines.append("  " + context.t(.message(.detailsPlaceLine(place: place)))) }
        if let distribution = o.distribution, !distribution.isEmpty {
            lines.append(
                "  " + context.t(.message(.detailsDistributionLine(to: distribution.joined(separator: "; ")))))
        }
        if let team = o.team { lines.append("  " + context.t(.message(.detailsTeamLine(team: team)))) }
        if let noteTaker = state.participants.first(where: { p in
            p.present && state.protocolDefinition.role(p.role)?.isNoteTaker == true
        }) {
            lines.append("  " + context.t(.message(.detailsNoteTakerLine(name: noteTaker.name))))
        }
        try context.confirm(result.records, Context.terminalSafe(lines.joined(separator: "\n")))
    }
}
