import BeraadEngine
import Testing

@testable import BeraadCLI

/// A command that exists only in this test, to show that a command is one type plus a line in a list.
private struct GreetCommand: BeraadCommand {
    enum Tone: String, ChoiceValue {
        case warm, formal

        var choice: Choice {
            switch self {
            case .warm: return Choice(english: "warm", dutch: "hartelijk")
            case .formal: return Choice(english: "formal", dutch: "formeel")
            }
        }
    }

    static let name = Argument(.name, .joinName, kind: .participant)
    static let tone = Option<Tone>(choice: "tone", nl: "toon", value: .level, .signalLevel)
    static let times = Option(number: "times", value: .score, .evaluateScore, invalid: { .notAScore(text: $0) })
    static let loud = Flag("loud", nl: "luid", .globalHelp)
    static let declaration = CommandDeclaration(
        "greet", aliases: ["groet"], group: .other, summary: .globalHelp, arguments: [name.declaration],
        options: [tone.declaration, times.declaration, loud.declaration])

    var name: String
    var tone: Tone?
    var times: Int?
    var loud: Bool

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        name = try arguments.argument(Self.name)
        tone = try arguments.value(Self.tone)
        times = try arguments.value(Self.times)
        loud = arguments.flag(Self.loud)
    }

    func run(_ context: Context) throws(CLIError) {}
}

@Suite struct CommandLineParserTests {
    let parser = CommandLineParser(commands: Commands.all + [GreetCommand.self])

    private func greet(_ words: String...) throws -> GreetCommand {
        let line = try parser.parse(words)
        #expect(line.command == GreetCommand.self)
        return try GreetCommand(parsing: line.arguments)
    }

    private func failure(_ words: [String]) -> ParseFailure? {
        do {
            _ = try parser.parse(words)
            return nil
        } catch { return error }
    }

    @Test func aCommandReadsItsTypedOptionsInEitherLanguage() throws {
        let english = try greet("greet", "Anna", "--tone", "warm", "--times", "3", "--loud")
        #expect(english.name == "Anna" && english.tone == .warm && english.times == 3 && english.loud)
        let dutch = try greet("groet", "Anna", "--toon", "formeel", "--luid")
        #expect(dutch.tone == .formal && dutch.loud && dutch.times == nil)
        let inline = try greet("greet", "--tone=hartelijk", "Anna")
        #expect(inline.tone == .warm)
    }

    @Test func aCommandIsFoundByItsAliasAndReportedByItsName() throws {
        let line = try parser.parse(["casus", "Er was eens"])
        #expect(line.command == CaseCommand.self && line.commandPath == "case")
        let show = try parser.parse(["protocols", "show", "cura"])
        #expect(show.command == ProtocolsShowCommand.self && show.commandPath == "protocols show")
    }

    @Test func globalOptionsAreReadBeforeAndAfterTheCommand() throws {
        let line = try parser.parse(["--lang", "nl", "status", "--json", "--session=s1", "--home", "/tmp/h"])
        #expect(line.globals.lang == .nl && line.globals.json && line.globals.session == "s1")
        #expect(line.globals.home == "/tmp/h" && !line.globals.help)
    }

    /// A wrong command line, the error it is, and the message it gives in English and Dutch.
    struct Wrong: Sendable, CustomTestStringConvertible {
        var words: [String]
        var command: String?
        var english: String
        var dutch: String
        var suggestion: String?
        var testDescription: String { words.joined(separator: " ") }
    }

    static let wrong: [Wrong] = [
        Wrong(
            words: ["gret"], command: nil, english: "unknown command 'gret'", dutch: "onbekend commando 'gret'",
            suggestion: "greet"),
        Wrong(
            words: ["greet", "Anna", "--tonne", "warm"], command: "greet", english: "unknown option '--tonne'",
            dutch: "onbekende optie '--tonne'", suggestion: "--tone"),
        Wrong(
            words: ["greet", "Anna", "--tone", "cold"], command: "greet",
            english: "'cold' is not a value for '--tone'; choose from: warm, formal",
            dutch: "'cold' is geen waarde voor '--toon'; kies uit: hartelijk, formeel", suggestion: nil),
        Wrong(
            words: ["greet", "Anna", "--tone", "warn"], command: "greet",
            english: "'warn' is not a value for '--tone'; choose from: warm, formal",
            dutch: "'warn' is geen waarde voor '--toon'; kies uit: hartelijk, formeel", suggestion: "warm"),
        Wrong(
            words: ["greet"], command: "greet", english: "missing argument <name>", dutch: "ontbrekend argument <naam>",
            suggestion: nil),
        Wrong(
            words: ["greet", "Anna", "Bram"], command: "greet",
            english: "unexpected argument 'Bram' (put text with spaces in quotes)",
            dutch: "onverwacht argument 'Bram' (tekst met spaties tussen aanhalingstekens zetten)", suggestion: nil),
        Wrong(
            words: ["greet", "Anna", "--loud=yes"], command: "greet", english: "'--loud' takes no value",
            dutch: "'--loud' neemt geen waarde", suggestion: nil),
        Wrong(
            words: ["greet", "Anna", "--tone"], command: "greet", english: "'--tone' needs a value",
            dutch: "'--tone' vraagt om een waarde", suggestion: nil),
        Wrong(
            words: ["greet", "Anna", "--tone", "warm", "--toon", "warm"], command: "greet",
            english: "'--toon' is given twice", dutch: "'--toon' is twee keer gegeven", suggestion: nil),
        Wrong(
            words: ["protocols", "shwo"], command: "protocols", english: "unknown subcommand 'shwo' of 'protocols'",
            dutch: "onbekend subcommando 'shwo' van 'protocols'", suggestion: "show"),
        Wrong(
            words: ["completions", "bsh"], command: "completions", english: "choose bash, zsh or fish",
            dutch: "kies bash, zsh of fish", suggestion: "bash"),
        Wrong(
            words: ["action", "bellen"], command: "action", english: "'--owner' is required",
            dutch: "'--eigenaar' is verplicht", suggestion: nil),
    ]

    @Test("each parse error names the problem in both languages", arguments: wrong)
    func parseErrorsAreOneEnumWithTextInBothLanguages(_ wrong: Wrong) throws {
        let failure = try #require(self.failure(wrong.words))
        #expect(failure.command == wrong.command)
        #expect(failure.error.message(.en) == wrong.english)
        #expect(failure.error.message(.nl) == wrong.dutch)
        #expect(failure.error.suggestion(.en) == wrong.suggestion)
    }

    @Test func aValueOfTheWrongShapeIsRefusedWhenTheCommandReadsIt() throws {
        let line = try parser.parse(["greet", "Anna", "--times", "many"])
        #expect(throws: ParseError.self) { try GreetCommand(parsing: line.arguments) }
        do {
            _ = try GreetCommand(parsing: line.arguments)
        } catch { #expect(error.message(.en) == "'many' is not a score from 1 to 5") }
    }

    @Test func helpIsAnsweredWhateverElseTheLineHolds() throws {
        let line = try parser.parse(["greet", "--help"])
        #expect(line.globals.help && line.command == GreetCommand.self)
    }

    @Test func namesAndAliasesOfAllCommandsAreUnique() {
        var seen: Set<String> = []
        for command in Commands.all {
            for word in [command.declaration.name] + command.declaration.aliases {
                #expect(seen.insert(word).inserted, "'\(word)' names two commands")
            }
        }
        for command in Commands.all {
            var options: Set<String> = Set(GlobalOptions.declarations.map(\.name))
            for option in command.declaration.options {
                for name in [option.name] + (option.dutchName.map { [$0] } ?? []) {
                    #expect(options.insert(name).inserted, "'--\(name)' twice in '\(command.declaration.name)'")
                }
            }
        }
    }

    @Test func everyLiveWordIsACommandOfTheList() {
        #expect(Commands.live("casus")?.command == CaseCommand.self)
        #expect(Commands.live("volgende")?.command == NextCommand.self)
        #expect(Commands.live("intrekken")?.syntax == .entryThenReason)
        #expect(Commands.live("say") == nil, "say is the NAME: TEXT line itself")
        #expect(Commands.live("run") == nil)
        #expect(LiveLine.parse("/besluit We doen B --option B") == .run(["decide", "We doen B", "--option", "B"]))
    }
}
