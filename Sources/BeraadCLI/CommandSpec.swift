import BeraadEngine

/// One command of `beraad`, described once: parsing, help and usage lines are all made from this.
struct CommandSpec: Sendable {
    /// When in a meeting a facilitator needs the command; the overview groups commands by it.
    enum Group: Int, Sendable, CaseIterable {
        case session, meeting, corrections, afterwards, other

        var title: LocalizedText {
            switch self {
            case .session: return Catalog.localized(.sessions)
            case .meeting: return Catalog.localized(.duringTheMeeting)
            case .corrections: return Catalog.localized(.corrections)
            case .afterwards: return Catalog.localized(.afterwards)
            case .other: return Catalog.localized(.other)
            }
        }
    }

    var name: String
    var group: Group
    var summary: LocalizedText
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    /// Sub-commands such as `protocols show`.
    var subcommands: [CommandSpec] = []
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var summary: LocalizedText
    var isOptional = false
    /// Takes all remaining positionals.
    var isVariadic = false
}

/// An option; with `valueName` it takes a value, without it is a flag.
struct OptionSpec: Sendable {
    var name: String
    var valueName: String?
    var summary: LocalizedText
    var isRepeatable = false
    /// The values it accepts, when they are a closed set.
    var values: [String] = []
    var isRequired = false

    var takesValue: Bool { valueName != nil }
}
