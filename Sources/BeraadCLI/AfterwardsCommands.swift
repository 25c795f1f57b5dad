import BeraadEngine
import BeraadMinutes
import BeraadStore

/// `close`, `minutes`, `redact` and `approve`.
enum AfterwardsCommands {
    static func close(_ context: Context) throws(CLIError) {
        let invocation = context.invocation
        let result = try context.perform(.close(abandon: invocation.has("abandon"), reason: invocation.value("reason")))
        try MeetingCommands.confirm(
            context, result.records,
            invocation.has("abandon")
                ? context.t(.sessionAbandonedTheMinutesBeraadMinutes)
                : context.t(.sessionClosedTheMinutesBeraadMinutes))
    }

    static func minutes(_ context: Context) throws(CLIError) {
        let (_, state) = try context.readSession()
        let text = try render(state, context: context)
        if let output = context.invocation.value("output") {
            let path = output.hasPrefix("/") ? output : context.environment.currentDirectory + "/" + output
            do { try PrivateFile.write(text, to: path) } catch { throw error.cliError(context.lang) }
            if context.invocation.json {
                try context.printJSON(["output": path])
            } else {
                context.environment.output.err(
                    context.t(.minutesWrittenTo, path))
            }
        } else {
            context.environment.output.out(text)
        }
    }

    /// The minutes of `state` in the asked format and language.
    static func render(_ state: SessionState, context: Context) throws(CLIError) -> String {
        let lang = context.langIsExplicit ? context.lang : state.language
        let document = MinutesDocument(
            state: state,
            options: MinutesOptions(
                language: lang, anonymize: context.invocation.has("anonymize"), now: context.environment.now(),
                links: context.links(of: state)))
        return try render(document, format: context.invocation.value("format") ?? "markdown")
    }

    /// `document` in `format` (`markdown`, `html` or `json`).
    static func render(_ document: MinutesDocument, format: String) throws(CLIError) -> String {
        switch format {
        case "json":
            do { return try JSONRenderer.render(document) } catch { throw CLIError(.ioError, "\(error)") }
        case "html":
            return HTMLRenderer.render(document)
        default:
            return MarkdownRenderer.render(document)
        }
    }

    static func redact(_ context: Context) throws(CLIError) {
        let result = try context.perform(.redact(text: context.invocation.positionals[0]))
        try MeetingCommands.confirm(
            context, result.records,
            result.records.isEmpty
                ? context.t(.alreadyOnTheRedactionList)
                : context.t(.willBeReplacedByInEvery))
    }

    static func approve(_ context: Context) throws(CLIError) {
        let result = try context.perform(.approve)
        try MeetingCommands.confirm(
            context, result.records,
            context.t(.minutesApprovedTheSessionTakesNo))
    }
}
