import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `minutes [--format markdown|html|json|text] [--output FILE] [--anonymize] [--no-appendix]`: writes the minutes.
struct MinutesCommand: BeraadCommand {
    /// The formats minutes are written in.
    enum Format: String, ChoiceValue {
        case markdown, html, json, text

        var choice: Choice { Choice(english: rawValue, dutch: self == .text ? "tekst" : nil) }
    }

    static let format = Option<Format>(choice: "format", nl: "formaat", value: .format, .minutesFormat)
    static let output = Option("output", nl: "uitvoer", value: .file, .minutesOutput, kind: .file)
    static let anonymize = Flag("anonymize", nl: "anoniem", .minutesAnonymize)
    static let noAppendix = Flag("no-appendix", nl: "zonder-verantwoording", .minutesNoAppendix)
    static let declaration = CommandDeclaration(
        "minutes", aliases: ["verslag"], group: .afterwards, summary: .minutes,
        options: [format.declaration, output.declaration, anonymize.declaration, noAppendix.declaration],
        live: .standard)

    var format: Format
    var output: String?
    var anonymize: Bool
    var appendix: Bool

    init(format: Format, anonymize: Bool, appendix: Bool, output: String? = nil) {
        self.output = output
        self.format = format
        self.anonymize = anonymize
        self.appendix = appendix
    }

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        format = try arguments.value(Self.format) ?? .markdown
        output = try arguments.value(Self.output)
        anonymize = arguments.flag(Self.anonymize)
        appendix = !arguments.flag(Self.noAppendix)
    }

    func run(_ context: Context) throws(CLIError) {
        let id = try context.sessionID()
        // Once approved, the minutes are those of the session as it stood then: follow-up never changes them.
        let source: SessionStore.MinutesSource
        do { source = try context.store.minutes(id) } catch { throw error.cliError(context.lang) }
        context.reportTornTail(source.tornTail, id: id)
        let lang = context.langIsExplicit ? context.lang : source.state.language
        // Handed on, not kept: each stage is let go of once the next is made from it (issue 24, item 15).
        let text = try render(taking: consume source, lang: lang, context: context)
        guard let output else {
            context.environment.output.out(text)
            return
        }
        let path = context.absolutePath(output)
        do { try PrivateFile.write(text, to: path) } catch { throw error.cliError(context.lang) }
        if context.globals.json {
            try context.printJSON(["output": path])
        } else {
            context.environment.output.err(context.t(.message(.minutesWritten(path: path))))
        }
    }

    /// The minutes of `state` in this command's format, in `lang`, ending with `fingerprint` once approved.
    func render(_ state: SessionState, fingerprint: String?, lang: Language, context: Context) throws(CLIError)
        -> String
    {
        let options = try options(for: state, fingerprint: fingerprint, lang: lang, context: context)
        return try text(of: MinutesDocument(state: state, options: options), context: context)
    }

    /// The minutes of the session `source` holds, which is let go of as soon as the document is made from it: a
    /// long session's state is not kept beside its document, page and text.
    private func render(taking source: consuming SessionStore.MinutesSource, lang: Language, context: Context)
        throws(CLIError) -> String
    {
        let options = try options(for: source.state, fingerprint: source.fingerprint, lang: lang, context: context)
        return try text(of: MinutesDocument(state: (consume source).state, options: options), context: context)
    }

    /// How the minutes of `state` are made: in `lang`, with the home's marking and the sessions linked to it.
    private func options(for state: SessionState, fingerprint: String?, lang: Language, context: Context)
        throws(CLIError) -> MinutesOptions
    {
        let config: HomeConfig
        do { config = try context.store.config() } catch { throw error.cliError(context.lang) }
        let marking: Confidentiality
        switch config.confidentiality[lang] {
        case nil: marking = .standard
        case let line? where line.isEmpty: marking = .none
        case let line?: marking = .own(line)
        }
        return MinutesOptions(
            language: lang, anonymize: anonymize, now: context.environment.now(), links: context.links(of: state),
            appendix: appendix, confidentiality: marking, fingerprint: fingerprint, whole: format == .json)
    }

    /// `document` in this command's format.
    private func text(of document: consuming MinutesDocument, context: Context) throws(CLIError) -> String {
        switch format {
        case .json:
            do { return try document.json() } catch { throw CLIError(.ioError, "\(error)") }
        case .html:
            return document.html()
        case .markdown:
            return document.markdown()
        case .text:
            // Text is for reading in the terminal: recorded text must not move the cursor or change colours there.
            // A file gets the standard width, whatever the terminal: so that `verify --minutes` can make it again.
            let width = output == nil ? context.helpWidth : Help.defaultWidth
            return Context.terminalSafe(document.plainText(width: width))
        }
    }
}
