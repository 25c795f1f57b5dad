import BeraadArchive
import BeraadEngine
import BeraadStore

/// `signals pass SIGNAL --to WHOM [--note TEXT]`: the signal was passed on.
struct SignalPassCommand: BeraadCommand {
    static let signal = Argument(.signal, .signalID)
    static let to = Option("to", nl: "aan", value: .who, .signalPassTo)
    static let note = Option("note", nl: "notitie", value: .text, .doneNote)
    static let declaration = CommandDeclaration(
        "pass", aliases: ["doorgeven"], group: .followUp, summary: .signalPass, arguments: [signal.declaration],
        options: [to.declaration, note.declaration])

    var signal: String
    var to: String?
    var note: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        signal = try arguments.argument(Self.signal)
        to = try arguments.value(Self.to)
        note = try arguments.value(Self.note)
    }

    func run(_ context: Context) throws(CLIError) {
        try SignalUpdate.record(signal, .passedOn, to: to, text: note, context)
    }
}

/// `signals answer SIGNAL TEXT`: what came back.
struct SignalAnswerCommand: BeraadCommand {
    static let signal = Argument(.signal, .signalID)
    static let text = Argument(.text, .signalAnswerText)
    static let declaration = CommandDeclaration(
        "answer", aliases: ["beantwoord"], group: .followUp, summary: .signalAnswer,
        arguments: [signal.declaration, text.declaration])

    var signal: String
    var text: String

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        signal = try arguments.argument(Self.signal)
        text = try arguments.argument(Self.text)
    }

    func run(_ context: Context) throws(CLIError) {
        try SignalUpdate.record(signal, .answered, to: nil, text: text, context)
    }
}

/// `signals close SIGNAL [--note TEXT]`: nothing more to do with it.
struct SignalCloseCommand: BeraadCommand {
    static let signal = Argument(.signal, .signalID)
    static let note = Option("note", nl: "notitie", value: .text, .doneNote)
    static let declaration = CommandDeclaration(
        "close", aliases: ["sluit"], group: .followUp, summary: .signalClose, arguments: [signal.declaration],
        options: [note.declaration])

    var signal: String
    var note: String?

    init(parsing arguments: ParsedArguments) throws(ParseError) {
        signal = try arguments.argument(Self.signal)
        note = try arguments.value(Self.note)
    }

    func run(_ context: Context) throws(CLIError) {
        try SignalUpdate.record(signal, .closed, to: nil, text: note, context)
    }
}

/// Moving a signal on, in its session's journal.
enum SignalUpdate {
    static func record(_ reference: String, _ state: SignalState, to: String?, text: String?, _ context: Context)
        throws(CLIError)
    {
        let target = try FollowUpReference.resolve(reference, context)
        // `decide` finds the signal (`s2` or `e23`) in the session it reads under the lock.
        let result = try context.perform(
            .updateSignal(entry: target.entry, state: state, to: to, text: text), session: target.session)
        guard case .signalUpdated(let recorded)? = result.records.first?.event,
            let entry = result.state.entry(recorded.signal)
        else { return }
        let number = (result.state.signalEntries.firstIndex { $0.id == entry.id } ?? 0) + 1
        try context.confirm(
            result.records,
            context.t(
                .message(
                    .signalMoved(
                        id: FollowUpID.signal(session: target.session, number: number), text: entry.text,
                        state: state.label(context.lang)))))
    }
}
