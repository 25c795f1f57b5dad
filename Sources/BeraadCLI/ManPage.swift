import Foundation
import BeraadEngine

/// `beraad.1`, made from the command table (English). The repository keeps a copy; ManPageTests fails when it
/// is stale.
enum ManPage {
    static func render() -> String {
        let lang = Language.en
        var out = """
            .\\" Generated from the command declarations (Sources/BeraadCLI/Commands) by ManPage.swift; do not edit.
            .TH BERAAD 1 "" "beraad \(Help.version)" "User Commands"
            .SH NAME
            beraad \\- lead a moral case deliberation (moreel beraad) round by round and write its minutes
            .SH SYNOPSIS
            .B beraad
            .I command
            .RI [ options ]
            .SH DESCRIPTION
            .B beraad
            steps a facilitator (gespreksleider) through one moral dilemma in rounds, following a published method
            (moreel beraad, dilemmamethode, and others): the case, the dilemma, the clashing norms, values and rights,
            every participant's argued position, the decision, actions and signals.
            Every input is written to disk (and fsynced) before
            .B beraad
            says it is recorded.
            .B "beraad run"
            is the guided live mode for use during the meeting;
            .B "beraad demo"
            plays a worked example.

            """
        for group in CommandGroup.allCases {
            let commands = Commands.withPaths.filter { $0.command.declaration.group == group }
            guard !commands.isEmpty else { continue }
            out += ".SH " + escape(group.title(lang).uppercased()) + "\n"
            for (path, command) in commands { out += entry(command, path: path, lang) }
        }
        out += ".SH GLOBAL OPTIONS\nAccepted before or after the command.\n"
        for option in GlobalOptions.declarations { out += optionEntry(option, lang) }
        out += """
            .TP
            .B \\-h
            Same as \\fB\\-\\-help\\fR.
            .SH LIVE MODE
            In \\fBberaad run\\fR, \\fINAME\\fB: \\fItext\\fR records a contribution of the round's default kind;
            \\fB/\\fIkind NAME\\fB: \\fItext\\fR another kind; \\fB/position\\fR, \\fB/decide\\fR, \\fB/next\\fR, \\fB/back\\fR,
            \\fB/who\\fR, \\fB/status\\fR, \\fB/undo\\fR, \\fB/help\\fR and \\fB/quit\\fR as the commands above.
            Each line is journaled when Enter is pressed. Standard input may be a pipe.
            On a terminal a long line wraps and is edited in place; Up and Down walk through the lines typed
            before, Tab completes, and Ctrl-L clears the screen and shows the round again. A refused line leaves
            the prompt empty, as in a shell: Up brings it back to fix.
            .SH EXIT STATUS
            .TP
            .B 0
            done
            .TP
            .B 1
            refused by the meeting's rules (round requirements unmet, wrong round, session closed)
            .TP
            .B 64
            usage error: unknown command or option, missing or malformed argument
            .TP
            .B 65
            invalid data: a protocol or journal file that does not parse or validate
            .TP
            .B 66
            not found: session, participant, entry, protocol
            .TP
            .B 74
            I/O error, or a journal that is damaged (not just torn at the end)
            .TP
            .B 75
            the session is locked by another process for longer than the wait
            .SH ENVIRONMENT
            .TP
            .B BERAAD_HOME
            where sessions are kept (default \\fI$XDG_DATA_HOME/beraad\\fR, else \\fI~/.local/share/beraad\\fR)
            .TP
            .B BERAAD_SESSION
            the session to act on (default: the current one)
            .TP
            .B BERAAD_LANG
            nl or en, over the session's own language; otherwise a meeting's commands speak the session's \
            language, and \\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR or \\fBLANG\\fR decide the rest (and a new session's)
            .TP
            .B BERAAD_LOCK_TIMEOUT
            seconds to wait for another process's lock (default 10)
            .TP
            .B NO_COLOR
            no colour in the live mode
            .SH FILES
            .TP
            .I $BERAAD_HOME/sessions/ID.jsonl
            one append-only journal per session, one checksummed event per line
            .TP
            .I $BERAAD_HOME/protocols/ID.json
            protocols of your own, used by \\fBberaad new \\-\\-protocol ID\\fR
            .SH EXAMPLES
            .nf
            beraad new "Zorgmijding" \\-\\-facilitator Marleen
            beraad join Sanne \\-\\-role inbrenger
            beraad run
            beraad minutes \\-\\-format html \\-\\-output verslag.html
            .fi

            """
        return out
    }

    private static func entry(_ command: any BeraadCommand.Type, path: String, _ lang: Language) -> String {
        let spec = command.declaration
        var out = ".TP\n.B " + escape(Help.usage(command, path: path, lang)) + "\n" + escape(spec.summary(lang)) + ".\n"
        if !spec.options.isEmpty {
            out += ".RS\n"
            for option in spec.options { out += optionEntry(option, lang) }
            out += ".RE\n"
        }
        return out
    }

    private static func optionEntry(_ option: OptionDeclaration, _ lang: Language) -> String {
        var text = option.summary(lang)
        let values = option.values(lang)
        if !values.isEmpty { text += " (values: " + values.joined(separator: ", ") + ")" }
        return ".TP\n.B " + escape("--" + option.name(lang)) + (option.valueName(lang).map { " " + escape($0) } ?? "")
            + "\n"
            + escape(text) + "\n"
    }

    /// Text safe for roff: backslashes and dashes escaped, no line starting with a dot or quote.
    static func escape(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }
}
