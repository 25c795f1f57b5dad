import BeraadArchive
import BeraadEngine
import BeraadMinutes
import BeraadStore
import Foundation

/// `casebank [--search TEXT] [--method ID] [--value WORD] [--format markdown|html|json] [--output FILE]`: the
/// anonymised standard summaries of the approved sessions shared for the case bank.
struct CasebankCommand: BeraadCommand {
    /// How the case bank is written.
    enum Format: String, ChoiceValue {
        case markdown, html, json

        var choice: Choice { Choice(english: rawValue, dutch: nil) }
    }

    static let search = Option("search", nl: "zoek", value: .text, .casebankSearch)
    static let method = Option("method", nl: "methode", value: .id, .casebankMethod, kind: .protocolReference)
    static let value = Option("value", nl: "waarde", value: .text, .casebankValue)
    static let format = Option<Format>(choice: "format", nl: "formaat", value: .format, .casebankFormat)
    static let output = Option("output", nl: "uitvoer", value: .file, .casebankOutput, kind: .file)
    static let declaration = CommandDeclaration(
        "casebank", aliases: ["casusbank"], group: .followUp, summary: .casebank,
        options: [search.declaration, method.declaration, value.declaration, format.declaration, output.declaration])

    var search: String?
    var method: String?
    var value: String?
    var format: Format
    var output: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        search = try arguments.value(Self.search)
        method = try arguments.value(Self.method)
        value = try arguments.value(Self.value)
        format = try arguments.value(Self.format) ?? .markdown
        output = try arguments.value(Self.output)
    }

    func run(_ context: Context) throws(CLIError) {
        let (cases, problems) = CaseBank.cases(
            in: context.store, language: context.lang,
            filter: CaseBank.Filter(search: search, method: method, value: value))
        for problem in problems { context.warn(problem.cliError(context.lang).message) }
        let text: String
        switch format {
        case .json:
            text = try context.jsonText(["cases": cases])
        case .markdown, .html:
            var filters: [Fact] = []
            if let search { filters.append(Fact(context.t(.message(.casebankSearched)), search)) }
            if let value { filters.append(Fact(context.t(.message(.casebankValue)), value)) }
            if let method { filters.append(Fact(context.t(.message(.casebankMethod)), method)) }
            let page = CaseBank.page(
                cases, language: context.lang,
                made: CalendarDate(context.environment.now()).spelledOut(context.lang), filters: filters)
            text = format == .html ? HTMLWriter.write(page) : MarkdownWriter.write(page)
        }
        guard let output else {
            context.environment.output.out(text)
            return
        }
        let path = context.absolutePath(output)
        do { try PrivateFile.write(text, to: path) } catch { throw error.cliError(context.lang) }
        context.environment.output.err(context.t(.message(.casebankWritten(path: path, count: String(cases.count)))))
    }
}
