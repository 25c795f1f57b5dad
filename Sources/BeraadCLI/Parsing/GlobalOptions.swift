import BeraadEngine

/// The options every command accepts, before or after its name (CLI.md, "Global options").
struct GlobalOptions: Sendable {
    static let home = Option("home", nl: "map", value: .directory, .globalHome, kind: .directory)
    static let session = Option("session", nl: "sessie", value: .id, .globalSession, kind: .session)
    static let lang = Option<Language>(choice: "lang", nl: "taal", value: .language, .globalLang)
    static let at = Option("at", nl: "om", value: .time, .globalAt)
    static let now = Flag("now", nl: "nu", .globalNow)
    static let json = Flag("json", .globalJSON)
    static let help = Flag("help", nl: "hulp", .globalHelp)
    static let version = Flag("version", nl: "versie", .globalVersion)

    static let declarations = [
        home.declaration, session.declaration, lang.declaration, at.declaration, now.declaration, json.declaration,
        help.declaration, version.declaration,
    ]

    var home: String?
    var session: String?
    var lang: Language?
    var at: String?
    /// Record now in a meeting being entered afterwards, whose last record is long ago.
    var now = false
    var json = false
    var help = false
    var version = false

    init() {}

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        home = try arguments.value(Self.home)
        session = try arguments.value(Self.session)
        lang = try arguments.value(Self.lang)
        at = try arguments.value(Self.at)
        now = arguments.flag(Self.now)
        json = arguments.flag(Self.json)
        help = arguments.flag(Self.help)
        version = arguments.flag(Self.version)
    }
}

extension Language: ChoiceValue {
    var choice: Choice { Choice(english: rawValue) }
}
