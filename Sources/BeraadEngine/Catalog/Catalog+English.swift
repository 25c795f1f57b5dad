extension Catalog.Key {
    /// The text in English.
    var english: String {
        switch self {
        case .help(let key): return key.english
        case .message(let key): return key.english
        case .parse(let key): return key.english
        case .live(let key): return key.english
        case .status(let key): return key.english
        case .handout(let key): return key.english
        case .rule(let key): return key.english
        case .requirement(let key): return key.english
        case .kind(let key): return key.english
        case .minutes(let key): return key.english
        case .protocolFile(let key): return key.english
        case .json(let key): return key.english
        case .journal(let key): return key.english
        case .placeholder(let key): return key.english
        case .date(let key): return key.english
        }
    }
}

extension Catalog.HelpText {
    var english: String {
        switch self {
        case .usageLabel: return "Usage"
        case .seeCommandHelp(let command): return "See 'beraad \(command) --help' for more information."
        case .commandPlaceholder: return "command"
        case .optionsPlaceholder: return "options"
        case .seeHelp: return "See 'beraad --help' for more information."
        case .groupSessions: return "Sessions"
        case .groupMeeting: return "During the meeting"
        case .groupCorrections: return "Corrections"
        case .groupAfterwards: return "Afterwards"
        case .groupFollowUp: return "FOLLOW-UP"
        case .groupOther: return "Other"
        case .globalHome: return "where sessions are kept (BERAAD_HOME)"
        case .globalSession: return "the session to act on (BERAAD_SESSION)"
        case .globalLang: return "language (BERAAD_LANG)"
        case .globalAt: return "record as having happened at TIME (ISO 8601, or HH:MM today)"
        case .globalNow: return "record now in a meeting being entered afterwards whose last record is long ago"
        case .globalJSON: return "machine-readable output"
        case .globalHelp: return "show help"
        case .globalVersion: return "show the version"
        case .new: return "opens a session and makes it current"
        case .details:
            return
                "sets the minutes' header after the start (until approval): title, place, distribution, team, note-taker"
        case .detailsTitle: return "the meeting's title"
        case .newTitle: return "title of the meeting"
        case .newProtocol: return "the method (default moreel-beraad)"
        case .newFacilitator: return "the facilitator"
        case .newPlace: return "where the meeting is held"
        case .newDistribute: return "who receives the minutes, separated by ';' (\"Team Noord; team leader\")"
        case .newTeam: return "the team whose session this is, to follow actions and signals across sessions"
        case .newPlanned:
            return
                "plans the session for that day; case and dilemma can be recorded beforehand, the first round begins with 'beraad start'"
        case .start: return "starts a planned session: its first round begins now"
        case .actions: return "the agreed actions of every session, with their ids"
        case .actionsOpen: return "only those still open"
        case .actionsOverdue: return "only those past their due date"
        case .actionsDone: return "only those done"
        case .actionsOwner: return "only this owner's"
        case .actionsSince: return "only those agreed on or after this day"
        case .listTeam: return "only this team's sessions"
        case .signals: return "the signal register across sessions, by theme"
        case .signalsLevel: return "only signals of this level"
        case .signalsState: return "only signals in this state"
        case .signalsSince: return "only signals raised on or after this day"
        case .signalsReport: return "writes the register for a policy meeting, without names"
        case .signalsFormat: return "markdown, html or csv (default markdown)"
        case .signalsOutput: return "the report to this file"
        case .signalPass: return "a signal was passed on (to whom)"
        case .signalPassTo: return "to whom it was passed on"
        case .signalAnswer: return "what came back on a signal"
        case .signalAnswerText: return "the answer"
        case .signalClose: return "a signal is dealt with"
        case .signalID: return "the signal: SESSION/s2 as 'beraad signals' shows it, or s2 in the current session"
        case .share: return "shares the approved session for the case bank (anonymised)"
        case .shareBy: return "who agreed to it"
        case .casebank: return "the case bank: summaries of shared sessions, with the participants by their role"
        case .casebankSearch: return "only cases with this text"
        case .casebankMethod: return "only cases of this method"
        case .casebankValue: return "only cases in which this value, norm or right was at stake"
        case .casebankFormat: return "markdown, html or json (default markdown)"
        case .casebankOutput: return "to this file"
        case .followUp: return "opens a review session for a session: decision, actions and goals come along"
        case .followUpID: return "the session to follow up"
        case .done: return "marks an action done (after approval too)"
        case .doneAction: return "the action: SESSION/a2 as 'beraad actions' shows it, or a2 in the current session"
        case .doneNote: return "a note with it (what happened)"
        case .reopen: return "opens an action marked done again"
        case .agenda: return "what is due: decisions to evaluate, overdue actions, planned sessions"
        case .agendaWeeks: return "this many weeks ahead (default 4)"
        case .newNoteTaker: return "the note-taker (joins in the role notulist)"
        case .sessions: return "lists sessions (open ones, or all)"
        case .sessionsAll: return "closed sessions too"
        case .sessionsSearch: return "only sessions with this text in their title, case, question, dilemma or decision"
        case .sessionsProtocol: return "only sessions of this method"
        case .sessionsSince: return "only sessions on or after this day"
        case .sessionsUntil: return "only sessions on or before this day"
        case .sessionsState: return "only planned, open, closed or approved"
        case .use: return "makes a session current"
        case .useID: return "session id"
        case .join: return "adds a participant"
        case .joinName: return "name"
        case .joinRole: return "role from the method (default participant)"
        case .joinAbsent: return "invited but not there: listed as absent in the minutes"
        case .joinFunction:
            return "function or discipline (huisarts, team leader); shown beside the name in the minutes"
        case .invite: return "lists someone invited who is not there, as absent"
        case .leave: return "marks a participant as gone from now on"
        case .role: return "gives a participant another role during the session (the example-giver)"
        case .roleRole: return "the new role from the method"
        case .status: return "the current round, its time and who still has to contribute"
        case .case: return "records the case description"
        case .caseText: return "the case"
        case .caseBy: return "by (default the case presenter)"
        case .caseQuestion: return "the case presenter's question for the group"
        case .dilemma: return "frames the dilemma: the question, the options and the harm of each"
        case .dilemmaQuestion: return "the dilemma question"
        case .dilemmaOption: return "an option"
        case .dilemmaHarm: return "the harm of an option"
        case .say: return "records a contribution in the current round"
        case .sayName: return "who says it"
        case .sayText: return "what is said"
        case .sayKind: return "kind (default the round's first)"
        case .sayCategory: return "the round's category"
        case .sayAbout: return "the stakeholder it concerns"
        case .sayOption: return "the option it supports"
        case .sayLevel: return "an intervention's level: individu, groep or organisatie-beleid"
        case .sayInfluence: return "whether it helps or hinders (a factor of phase 2)"
        case .sayAnswers: return "the number of the round's guiding question it answers"
        case .sayServes: return "the card of an earlier round it serves (the condition of phase 1)"
        case .position: return "records someone's argued choice"
        case .participantName: return "participant"
        case .positionOption: return "chosen option (A, B, …)"
        case .positionBecause: return "because (which value)"
        case .positionCannot: return "therefore I cannot"
        case .positionMitigate: return "how I limit the harm"
        case .positionNeeds: return "what I need"
        case .decide: return "records the conclusion"
        case .decideText: return "the decision"
        case .decideOption: return "the chosen option"
        case .decideRationale: return "the rationale"
        case .decideSupport: return "how it was reached"
        case .decideDissent: return "who disagrees"
        case .decideReview: return "when the decision is to be evaluated"
        case .action: return "records an agreed action"
        case .actionText: return "the action"
        case .actionOwner: return "who does it (need not be at the meeting)"
        case .actionDue: return "due date: 2026-12-04, 4-12-2026, 4 December, friday or in 2 weeks"
        case .signal: return "records a signal to pass on"
        case .signalText: return "the signal"
        case .signalBy: return "who raised it (default the group)"
        case .signalTo: return "to whom it goes"
        case .signalTheme: return "a theme to group the signal with like ones (\"loneliness\")"
        case .signalLevel: return "level"
        case .evaluate: return "records a participant's evaluation"
        case .evaluateText: return "the evaluation"
        case .evaluateScore: return "score from 1 to 5"
        case .next: return "moves to the next round"
        case .nextForce: return "even if the round is not finished"
        case .nextReason: return "why (with --force)"
        case .back: return "returns to the previous round"
        case .convene: return "convenes a linked moreel beraad from this round"
        case .board: return "writes the group's screen: one HTML page the browser keeps reloading"
        case .boardOutput: return "to this file (default ./beraad-board.html)"
        case .run: return "the guided live mode: round by round, every line recorded at once"
        case .log: return "the session's entries, each with its id"
        case .amend: return "corrects an entry's text"
        case .entryID: return "id from 'beraad log'"
        case .amendText: return "the new text (without it the text stays; in the live mode it is put on the line)"
        case .amendKind: return "moves the entry to another kind its round accepts (a question recorded as a fact)"
        case .retract: return "withdraws an entry"
        case .retractReason: return "why"
        case .undo: return "retracts the most recent entry"
        case .close: return "ends the session"
        case .closeAbandon: return "end without a decision"
        case .closeReason: return "why (with --abandon)"
        case .minutes: return "writes the minutes"
        case .minutesFormat: return "format (default markdown)"
        case .minutesOutput: return "to this file"
        case .minutesNoAppendix:
            return "leaves out the Record of proceedings appendix (source, session id, time per round, corrections)"
        case .minutesAnonymize: return "replace names by role and number"
        case .redact: return "erases TEXT (a name, an address) from the session on disk, leaving […] in its place"
        case .redactText: return "a client's name or an address, for example"
        case .approveBy: return "who approves the minutes (need not have been at the meeting)"
        case .redactBy: return "who erases the text"
        case .redactAs: return "a stand-in to put where the text stood (\"meneer J.\"), instead of […]"
        case .verify: return "checks that journals are whole and unchanged, or that minutes came from one"
        case .verifyID: return "session id (the current one if none is given)"
        case .verifyAll: return "checks every session of the home"
        case .verifyMinutes: return "whether this minutes file was made from the approved journal"
        case .export: return "writes a session out to hand over: its journal, verified"
        case .exportID: return "session id (the current one if none is given)"
        case .exportOutput: return "to this file (otherwise to standard output)"
        case .importSession: return "adds an exported session once it verifies"
        case .importFile: return "the exported journal"
        case .forget: return "erases a person's name from every session (right to erasure)"
        case .forgetName: return "the name as given to join"
        case .forgetDryRun: return "shows what would be erased, session by session, and erases nothing"
        case .forgetBy: return "who erases the name"
        case .purge: return "removes closed sessions older than the retention period"
        case .purgeOlderThan: return "the retention period: 2y, 18m, 6w, 90d (otherwise 'retention' in config)"
        case .purgeDryRun: return "only shows what would be removed"
        case .approve: return "approves the closed session's minutes"
        case .protocols: return "lists the methods"
        case .protocolsShow: return "shows a method round by round"
        case .protocolsShowID: return "the method's id"
        case .protocolsShowFormat: return "text, or markdown to print"
        case .protocolsLint: return "validates protocol files"
        case .protocolsLintFile: return "protocol file"
        case .demo: return "plays a worked example session and writes its minutes"
        case .demoDirectory: return "folder for the minutes (default ./beraad-demo)"
        case .completions: return "prints a shell completion script"
        case .completionsShell: return "bash, zsh or fish"
        case .help: return "shows help for a command"
        case .overviewHeading: return "OVERVIEW"
        case .overview:
            return
                "beraad steps a moral case deliberation round by round, records everyone's input as it is given and writes the minutes."
        case .usageHeading: return "USAGE"
        case .globalOptionsHeading: return "GLOBAL OPTIONS"
        case .seeCommandHelpFooter:
            return "See 'beraad help <command>' for more on a command. Start with 'beraad demo'."
        case .argumentsHeading: return "ARGUMENTS"
        case .optionsHeading: return "OPTIONS"
        case .showThisHelp: return "show this help"
        case .subcommandsHeading: return "SUBCOMMANDS"
        case .globalOptionsAreListed: return "Global options are listed in 'beraad --help'."
        case .values: return "values"
        }
    }
}

extension Catalog.MessageText {
    var english: String {
        switch self {
        case .sessionAbandoned: return "Session abandoned. The minutes: 'beraad minutes'."
        case .closingLeavesOut(let rounds): return "these rounds were not reached: \(rounds)"
        case .boardWritten(let path): return "The group's screen is written to \(path); open it in a browser.\n"
        case .sessionClosed: return "Session closed. The minutes: 'beraad minutes'; approve them with 'beraad approve'."
        case .minutesWritten(let path): return "Minutes written to \(path)\n"
        case .erased(let count, let mark):
            return
                "Erased: replaced \(count)× by \(mark) in the journal on disk, with a record of the erasure (without the text)."
        case .nothingToErase: return "That text does not occur in this session; nothing was erased."
        case .sessionDiffers(let id):
            return
                "A session \(id) with a different journal is already here; nothing was imported. Export that one first if both are to be kept."
        case .verifyAllAlone: return "--all checks every session; give no ID and no --minutes with it"
        case .verifyFailed(let failed, let total):
            return "\(failed) of \(total) sessions did not verify; see above which line"
        case .minutesDoNotVerify(let file): return "\(file) cannot be traced to the approved journal"
        case .verifyBroken(let id, let problem): return "\(id): BROKEN — \(problem)"
        case .verifyOK(let id, let records): return "\(id): ok — \(records) records, chain and replay intact"
        case .verifyUnchained(let count): return "; \(count) from before the hash chain (cannot be proved)"
        case .verifyErased(let at, let count): return "; erased on \(at) (\(count)×)"
        case .minutesMatch(let file):
            return
                "\(file) was made from this journal: the fingerprint matches and the minutes have not been changed since."
        case .minutesChanged(let file):
            return
                "\(file) carries this journal's fingerprint, but its text was changed after the minutes were made (or another version of Beraad made them)."
        case .minutesBeforeErasure(let file, let at):
            return "\(file) was made from this journal before text was erased from it on \(at); make the minutes again."
        case .minutesForeign(let file):
            return "\(file) was not made from this journal, or the journal was altered since the minutes were made."
        case .minutesNoFingerprint(let file):
            return "\(file) carries no fingerprint: it is not approved minutes made by Beraad."
        case .minutesNotApproved: return "This session is not approved; only approved minutes carry a fingerprint."
        case .noFile(let path): return "no file '\(path)'"
        case .notARegularFile(let path): return "'\(path)' is not a regular file (but a folder or a device)"
        case .exported(let id, let path, let records):
            return
                "Session \(id) exported to \(path) (\(records) records, verified). Add it on another computer with 'beraad import FILE'.\n"
        case .imported(let id, let title, let records):
            return
                "Session \(id) imported: \(title) (\(records) records, verified). Make it current with 'beraad use \(id)'."
        case .importUnchanged(let id): return "Session \(id) is here already, exactly the same; nothing changed."
        case .importExtended(let id, let records, let added):
            return "Session \(id) brought up to date: \(records) records (\(added) new)."
        case .forgetNone(let name): return "No session in this home names \(name); nothing was erased."
        case .forgotten(let id, let count, let replacement): return "\(id): replaced \(count)× by '\(replacement)'"
        case .forgottenTotal(let sessions, let count):
            return
                "Forgotten in \(sessions) \(sessions == 1 ? "session" : "sessions"), \(count)× in all; each journal was rewritten and records the erasure (without the name)."
        case .wouldForget(let id, let count, let replacement):
            return "\(id): \(count)× would become '\(replacement)' (dry run: nothing erased)"
        case .confirmForget(let name, let sessions, let count):
            return
                "Erase \(name) \(count)× in \(sessions) \(sessions == 1 ? "session" : "sessions")? This cannot be undone. [y/N] "
        case .nothingErased: return "Nothing was erased."
        case .noRetention(let config):
            return "no retention period: give --older-than (2y, 18m, 90d) or set 'retention = 2y' in \(config)"
        case .purgeNone(let period, let before):
            return "No closed session is older than \(period) (last entry before \(before)); nothing was removed."
        case .purgeWould(let count, let period, let before):
            return
                "Dry run: \(count) closed \(count == 1 ? "session" : "sessions") older than \(period) (last entry before \(before)) would be removed:"
        case .purged(let count, let period, let before):
            return
                "Removed \(count) closed \(count == 1 ? "session" : "sessions") older than \(period) (last entry before \(before)), with their history, board and quarantine:"
        case .lastEntryColumn: return "LAST ENTRY"
        case .noActions: return "No actions match."
        case .ownerColumn: return "OWNER"
        case .dueColumn: return "DUE"
        case .actionColumn: return "ACTION"
        case .actionDoneState: return "done"
        case .actionOverdueState: return "overdue"
        case .actionOpenState: return "open"
        case .actionMarkedDone(let id, let text): return "Done: \(text) [\(id)]"
        case .actionReopened(let id, let text): return "Open again: \(text) [\(id)]"
        case .agendaEmpty(let until): return "Nothing due up to \(until)."
        case .agendaHeading(let until): return "Agenda up to \(until):"
        case .agendaReviews: return "Decisions to evaluate"
        case .agendaOverdue: return "Overdue actions"
        case .agendaDueSoon: return "Actions coming up"
        case .agendaPlanned: return "Planned sessions"
        case .noSignals: return "No signals match."
        case .signalTheme(let theme, let count, let sessions, let first, let last):
            return
                "\(theme): \(count) \(count == 1 ? "signal" : "signals") from \(sessions) \(sessions == 1 ? "session" : "sessions"), \(first) – \(last)"
        case .csvHeader: return "theme,raised,level,state,signal,to,answer,sessions in theme"
        case .noTheme: return "no theme"
        case .reportWritten(let path): return "Register written to \(path)\n"
        case .registerKicker: return "Signals"
        case .registerTitle: return "Signal register"
        case .registerMade: return "Made on"
        case .registerSignals: return "Signals"
        case .registerSince: return "Since"
        case .registerAnonymised: return "Without names: participants appear by their role, erased text as […]."
        case .levelColumn: return "LEVEL"
        case .signalColumn: return "SIGNAL"
        case .toColumn: return "TO"
        case .answerColumn: return "ANSWER"
        case .signalMoved(let id, let text, let state): return "\(text) [\(id)]: \(state)"
        case .shared: return "Shared for the case bank: the case appears there anonymised only ('beraad casebank')."
        case .casebankSearched: return "Searched for"
        case .casebankValue: return "Value"
        case .casebankMethod: return "Method"
        case .casebankWritten(let path, let count): return "Case bank (\(count) cases) written to \(path)\n"
        case .followUpTitle: return "follow-up"
        case .followUpOpened(let original):
            return "Review session opened for \(original) and made current; 'beraad status' shows the look back.\n"
        case .goalQuestion(let number, let goal, let card):
            return "Goal \(number) (\(card)): \(goal) — do the intervention(s) achieve it?"
        case .decisionQuestion(let decision): return "Decision: \(decision) — has it brought what we expected of it?"
        case .carriedDecision(let date, let decision): return "Decision of \(date): \(decision)"
        case .carriedAction(let id, let text, let owner, let due, let state):
            return "Action \(id): \(text) — \(owner), due \(due): \(state)"
        case .carriedActionOpen: return "still open"
        case .carriedActionDone(let date): return "done on \(date)"
        case .homeReadableByOthers(let path): return "others can read \(path); make it private (chmod go-rwx)"
        case .minutesApproved: return "Minutes approved; the session takes no more corrections."
        case .lockTimeoutIgnored(let value, let low, let high, let used):
            return "BERAAD_LOCK_TIMEOUT '\(value)' is not a number of seconds from \(low) to \(high); waiting \(used) s"
        case .emptySessionOption: return "--session (or BERAAD_SESSION) needs a session id, not empty text"
        case .homeSymlink(let path):
            return "\(path) is a symbolic link; Beraad does not write through it and refuses to write"
        case .homeWritableByOthers(let path): return "others can write to \(path); make it private (chmod go-w)"
        case .homeOwnedByOther(let path): return "\(path) belongs to another user"
        case .noHome: return "no folder for the sessions: give --home DIR or set BERAAD_HOME"
        case .didYouMean(let suggestion): return "Did you mean '\(suggestion)'?"
        case .ioFailed(let operation, let path, let reason): return "\(operation) of \(path) failed: \(reason)"
        case .journalDamaged(let path, let line, let detail):
            return
                "\(path):\(line): the journal is damaged at line \(line) (\(detail)); nothing was written. Make a copy and see README, 'Recovery'"
        case .writeUnsureReadOnly(let path):
            return
                "writing to \(path) failed and could not be undone: the last entry may or may not be there. No marker could be written, so the journal was made read-only. Check with 'beraad log', then make it writable again (chmod u+w \(path)); until then the session takes nothing more"
        case .writeUnsureUnguarded(let path):
            return
                "writing to \(path) failed and could not be undone: the last entry may or may not be there, and the disk took neither a marker nor a change of the journal's mode. Record nothing more in this session until it has been checked with 'beraad verify' and 'beraad log'"
        case .writeUnsure(let path, let marker):
            return
                "writing to \(path) failed and could not be undone: the last entry may or may not be there. Check with 'beraad log', then remove \(marker); until then the session takes nothing more"
        case .journalImpossible(let path, let line, let detail):
            return "\(path):\(line): no beraad could have written this journal: \(detail); nothing was written"
        case .wouldNotReplay(let path, let line, let detail):
            return
                "not recorded: beraad could not read \(path) back afterwards (line \(line): \(detail)); nothing was written. This is a bug in beraad: please report it"
        case .sessionLocked(let path, let seconds):
            return "\(path) is still locked by another beraad process after \(seconds) s; try again"
        case .noSession(let id): return "no session '\(id)'; see 'beraad sessions --all'"
        case .sessionExists(let id): return "session '\(id)' already exists"
        case .notASessionID(let id): return "'\(id)' is not a session id (only a-z, 0-9 and '-')"
        case .noCurrentSession:
            return "no current session; open one with 'beraad new TITLE' or choose one with 'beraad use ID'"
        case .noProtocolAmong(let reference, let available):
            return "no protocol '\(reference)'; available: \(available)"
        case .noProtocol(let reference): return "no protocol '\(reference)'"
        case .warning(let text): return "warning: \(text)"
        case .error(let text): return "error: \(text)"
        case .tornTail(let id):
            return
                "the last line of session \(id) is incomplete (a write was cut short); it is ignored and will be removed at the next change"
        case .convened(let parentTitle, let parentID):
            return
                "Moreel beraad convened from '\(parentTitle)' and made current; the participants came along. Back to the first session: 'beraad use \(parentID)'.\n"
        case .nothingRecorded: return "Nothing recorded yet."
        case .amended(let entry): return "Amended: \(entry)"
        case .undidAmendment(let entry): return "Correction undone; it reads again: \(entry)"
        case .retracted(let entry): return "Retracted: \(entry)"
        case .undid(let entry): return "Undone: \(entry)"
        case .dayOffNote(let day): return "Note: that is \(day)."
        case .detailsSet: return "The minutes' details are recorded:"
        case .detailsTitleLine(let title): return "title: \(title)"
        case .detailsPlaceLine(let place): return "place: \(place)"
        case .detailsDistributionLine(let to): return "distribution: \(to)"
        case .detailsTeamLine(let team): return "team: \(team)"
        case .detailsNoteTakerLine(let name): return "note-taker: \(name)"
        case .arrived(let name, let role): return "\(name) has arrived (was invited), as \(role)"
        case .readAsFunction(let given, let name, let function):
            return "'\(given)' read as \(name), function \(function) (--function gives it apart)"
        case .personJoined: return "joined"
        case .personInvited: return "invited"
        case .personArrived: return "arrived"
        case .personLeft: return "left"
        case .personRoleChanged: return "new role"
        case .demoPlayed(let title, let participants, let directory):
            return
                "Played the example session: \"\(title)\" — a wijkteam, \(participants) participants, all eight rounds of the moreel beraad.\nMinutes: \(directory)/minutes.md and \(directory)/minutes.html (open in a browser to print)\n\nTry it yourself:\n  beraad new \"My case\" --facilitator \"Your name\"\n  beraad join Anna --role presenter\n  beraad status\nThe whole session as a script: Examples/wijkteam-demo.sh"
        case .demoFailed(let step, let reason): return "the example failed at '\(step)': \(reason)"
        case .noTemporaryFolder(let path): return "cannot make a temporary folder in \(path)"
        case .retractedMark: return "  [retracted]"
        case .amendedMark: return "  [amended]"
        case .entryAbout(let who): return "about \(who)"
        case .entryHarm(let harm): return " (harm: \(harm))"
        case .entryBecause(let because): return ", because \(because)"
        case .entryCannot(let cannot): return "; therefore I cannot: \(cannot)"
        case .entryMitigate(let mitigate): return "; I limit the harm by: \(mitigate)"
        case .entryNeeds(let needs): return "; what I need: \(needs)"
        case .entryDissent(let names): return "; dissent: \(names)"
        case .entryDue(let date): return ", due \(date)"
        case .entryServes(let goal): return "serves \(goal)"
        case .entryAnswers(let number): return "guiding question \(number)"
        case .entryReview(let date): return "; to be evaluated on \(date)"
        case .joined(let name, let role): return "\(name) joined as \(role)"
        case .invited(let name, let role): return "\(name) is invited as \(role) and listed as absent"
        case .left(let name): return "\(name) has left"
        case .roleGiven(let name, let role): return "\(name) is now \(role)"
        case .forcedBecause(let reason): return " (forced: \(reason))"
        case .cannotBeRead: return "cannot be read"
        case .filesWithErrors(let count): return "\(count) \(count == 1 ? "file" : "files") with errors"
        case .sessionOpened(let method):
            return "Session opened with \(method) and made current. Next: 'beraad join NAME', then 'beraad status'.\n"
        case .sessionPlanned(let method, let date):
            return
                "Session planned for \(date) with \(method). Beforehand: 'beraad join NAME', 'beraad case TEXT'; on the day: 'beraad start'.\n"
        case .noSessions: return "No sessions yet. Start with 'beraad new TITLE'."
        case .noSessionsMatch: return "No sessions match."
        case .noOpenSessions: return "No open sessions ('beraad sessions --all' shows closed ones too)."
        case .stateOpen: return "open"
        case .statePlanned: return "planned"
        case .stateClosed: return "closed"
        case .stateAbandoned: return "abandoned"
        case .dateColumn: return "DATE"
        case .titleColumn: return "TITLE"
        case .stateColumn: return "STATE"
        case .roundColumn: return "ROUND"
        case .currentSession(let id): return "Current session: \(id)"
        }
    }
}

extension Catalog.ParseText {
    var english: String {
        switch self {
        case .unknownCommand(let word): return "unknown command '\(word)'"
        case .chooseShell: return "choose bash, zsh or fish"
        case .notATime(let text): return "'\(text)' is not a time; use ISO 8601 (2026-03-12T14:05) or HH:MM"
        case .standInHoldsText: return "the stand-in (--as) must not contain the text it stands in for"
        case .timeAhead(let text, let now):
            return
                "--at '\(text)' is later than now (\(now)): beraad records nothing that has not happened yet. Check the date"
        case .unknownOption(let name): return "unknown option '--\(name)'"
        case .missingValue(let name): return "'--\(name)' needs a value"
        case .invalidValue(let value, let name, let choices):
            return "'\(value)' is not a value for '--\(name)'; choose from: \(choices)"
        case .repeatedOption(let name): return "'--\(name)' is given twice"
        case .flagWithValue(let name): return "'--\(name)' takes no value"
        case .unknownShortOption(let word):
            return "unknown option '\(word)'; for text that starts with '-', put '--' before it"
        case .unknownSubcommand(let word, let command): return "unknown subcommand '\(word)' of '\(command)'"
        case .unexpectedArgument(let word): return "unexpected argument '\(word)' (put text with spaces in quotes)"
        case .missingArgument(let name): return "missing argument \(name)"
        case .missingOption(let name): return "'--\(name)' is required"
        case .notADate(let text):
            return
                "'\(text)' is not a date; write, for example, 2026-12-04, 4-12-2026, 4 December, friday or in 2 weeks"
        case .notAWeekCount(let text): return "'\(text)' is not a number of weeks (0 to 104)"
        case .notAPeriod(let text):
            return "'\(text)' is not a period; write 2y (years), 18m (months), 6w or 90d, for example"
        case .notAScore(let text): return "'\(text)' is not a score from 1 to 5"
        case .notAQuestionNumber(let text): return "'\(text)' is not the number of a guiding question (1, 2, …)"
        case .reasonWithoutForce: return "--reason goes with --force"
        case .formatWithoutReport: return "--format and --output go with --report"
        case .eitherOption(let first, let second): return "\(first) and \(second) say the same here; give one"
        case .unlabeled(let option, let value):
            return "'--\(option) \(value)': start with the option's letter, as in 'A: text'"
        }
    }
}

extension Catalog.LiveText {
    var english: String {
        switch self {
        case .unknownCommand(let word): return "unknown command '/\(word)'; type /help to see what you can do"
        case .expectedLineOrCommand: return "expected 'NAME: text' or a /command (type /help)"
        case .expectedLine: return "expected 'NAME: text'"
        case .welcome: return "Type 'NAME: text' to record something, /help for every command, /quit to stop.\n"
        case .interrupted: return "Interrupted. "
        case .saved: return "Everything is saved; continue with 'beraad run'.\n"
        case .didYouMean(let suggestion): return " (did you mean '\(suggestion)'?)"
        case .closed: return "The session is closed. The minutes: 'beraad minutes'.\n"
        case .interruptedSaved: return "\nInterrupted. Everything is saved; continue with 'beraad run'.\n"
        case .lineTooLong(let kilobytes):
            return "line not recorded: longer than \(kilobytes) KiB; the lines after it are read on"
        case .upBringsItBack: return "  (↑ brings the line back to fix it)"
        case .timeIsUp(let minutes): return "⏰ The time for this round (\(minutes) min) is up.\n"
        case .thinkOf(let hints): return "Points to consider: \(hints)"
        case .record(let hints): return "Record: \(hints)"
        case .namePlaceholder: return "NAME"
        case .textPlaceholder: return "text"
        case .questionPlaceholder: return "question"
        case .becausePlaceholder: return "because …"
        case .roundFinished: return "This round is finished: /next for the next one."
        case .stillNeeded(let needs): return "Still needed: \(needs)"
        case .chose(let option): return "chooses \(option)"
        case .noPositionYet: return "no position yet"
        case .confirmClose(let rounds): return "These rounds would not be reached: \(rounds). Close anyway? [y/N] "
        case .notClosed: return "Not closed.\n"
        case .noSessionYet: return "There is no session yet; let's start one.\n"
        case .askTitle: return "Title of the meeting: "
        case .askMethod(let methods, let standard): return "Method (\(methods)) [\(standard)]: "
        case .askFacilitator: return "Facilitator (name, or leave empty): "
        case .askPlace: return "Place (or leave empty): "
        case .askTeam(let teams): return "Team (\(teams), another, or leave empty): "
        case .unknownMethod(let answer, let methods):
            return "'\(answer)' is not one method; type one of \(methods), or the start of one (Tab completes)"
        case .nothingYet: return "  nothing yet this round"
        case .helpContribution: return "records a contribution (the round's default kind)"
        case .helpKinds(let kinds): return "another kind: \(kinds)"
        case .helpWho: return "who said what in this round"
        case .helpHelp: return "this help"
        case .helpQuit: return "stop (everything is saved)"
        case .usagePosition: return "/position NAME OPTION because …"
        case .usageEvaluate: return "/evaluate NAME [1-5] text"
        case .usageEntry(let command): return "/\(command) e12 …"
        case .usage(let usage): return "usage: \(usage)"
        }
    }
}

extension Catalog.StatusText {
    var english: String {
        switch self {
        case .round: return "Round"
        case .signalState(let state):
            switch state {
            case .raised: return "raised"
            case .passedOn: return "passed on"
            case .answered: return "answered"
            case .closed: return "closed"
            }
        case .plannedFor(let date): return "Planned for \(date); not started."
        case .casePrepared: return "Case: prepared."
        case .caseNotPrepared: return "Case: not yet prepared ('beraad case TEXT --question QUESTION')."
        case .dilemmaPrepared: return "Dilemma: prepared."
        case .startWith: return "On the day, begin with 'beraad start' (or 'beraad run')."
        case .teamStillOpen(let team): return "Still open from earlier sessions of \(team):"
        case .reviewDue(let decision, let title, let date):
            return "evaluate the decision (\(date)): \(decision) — \(title)"
        case .actionOverdue(let text, let owner, let date, let id):
            return "overdue since \(date): \(text) — \(owner) [\(id)]"
        case .actionDue(let text, let owner, let date, let id): return "due \(date): \(text) — \(owner) [\(id)]"
        case .plannedSession(let title, let date, let id): return "planned for \(date): \(title) [\(id)]"
        case .carriedOver(let session): return "Brought over from \(session):"
        case .invited(let people): return "Coming: \(people)"
        case .thinkOfHeading: return "Points to consider:"
        case .questionsHeading: return "Guiding questions:"
        case .recalled(let round): return "From '\(round)':"
        case .basedOn(let value): return "Based on \(value)"
        case .cardCount(let count):
            return count == 0 ? "nothing yet" : count == 1 ? "1 contribution" : "\(count) contributions"
        case .left: return ", left"
        case .absent: return ", absent"
        case .closedAt(let time): return "Closed at \(time)."
        case .abandonedAt(let time, let reason): return "Abandoned at \(time): \(reason)."
        case .minutesApproved: return " The minutes are approved."
        case .minutesToApprove: return " The minutes: 'beraad minutes'; approve them with 'beraad approve'."
        case .time(let minutes, let timebox): return "Time: \(minutes) of \(timebox) min"
        case .timeIsUp: return " — time is up"
        case .prompts: return "Prompts:"
        case .recordedHere(let kinds): return "Recorded here: \(kinds)"
        case .participants(let people): return "Participants: \(people)"
        case .noParticipants: return "No participants yet: 'beraad join NAME'."
        case .roundFinished: return "This round is finished: 'beraad next'."
        case .lastRound: return "Last round; end with 'beraad close'."
        case .stillNeeded: return "Still needed:"
        }
    }
}

extension Catalog.HandoutText {
    var english: String {
        switch self {
        case .defaultMark: return " (default)"
        case .roundCount(let count): return "\(count) rounds"
        case .source(let citation): return "Source: \(citation)"
        case .roles(let roles): return "Roles: \(roles)"
        case .mayBeSkipped: return ", may be skipped"
        case .records(let kinds): return "Records: \(kinds)"
        case .finishedWhen(let requirements): return "Finished when: \(requirements)"
        case .sourceLabel: return "Source"
        case .duration: return "Duration"
        case .rolesLabel: return "Roles"
        case .topicsLabel: return "Topics"
        case .suggested: return " (suggested)"
        }
    }
}

extension Catalog.RuleText {
    var english: String {
        switch self {
        case .notOpened: return "this session has not been opened"
        case .alreadyOpened: return "this session is already open"
        case .sessionEnded:
            return "the session is closed; only reading, corrections, 'redact' and 'approve' are still possible"
        case .sessionApproved: return "the minutes are approved; the session takes no more corrections"
        case .timeWentBackwards(let given, let last):
            return
                "time \(given) is before the last entry (\(last)); times must not go backwards. Take back an entry given the wrong time ('beraad log', then 'beraad retract ID')"
        case .enteredAfterwards(let last):
            return
                "this meeting is being entered afterwards and its last entry is of \(last): give the time with --at TIME, or record it now with --now"
        case .unknownParticipantNobodyYet(let name):
            return "no participant '\(name)' (nobody has joined yet: use 'beraad join')"
        case .unknownParticipant(let name, let known): return "no participant '\(name)'; participants: \(known)"
        case .ambiguousParticipant(let name, let candidates):
            return "'\(name)' could be more than one participant: \(candidates)"
        case .participantAbsent(let name): return "\(name) is not present"
        case .participantAlreadyPresent(let name): return "\(name) has already joined"
        case .participantAlreadyKnown(let name): return "\(name) is already on this session's list"
        case .noNoteTakerRole: return "this method has no role for a note-taker"
        case .invalidName(let name):
            return
                "'\(name)' cannot be a name: use text without ':' or control characters, at most 100 characters, not starting with '-'"
        case .unknownRole(let role, let known): return "unknown role '\(role)'; roles: \(known)"
        case .roleFull(let role, let holders): return "the role '\(role)' is already taken by \(holders)"
        case .roleUnchanged(let name, let role): return "\(name) has the role '\(role)' already"
        case .kindNotAccepted(let round, let kind, let rounds):
            return "the round '\(round)' does not accept \(article(kind)) \(kind); it belongs in: \(rounds)"
        case .kindNotAcceptedAnywhere(let round, let kind):
            return "the round '\(round)' does not accept \(article(kind)) \(kind); no round does"
        case .kindHasOwnCommand(let kind, let command): return "a \(kind) is recorded with 'beraad \(command)'"
        case .noCategories: return "this round has no categories"
        case .unknownQuestion(let number, let count):
            return "this round has no guiding question \(number); it has \(count)"
        case .noQuestions: return "this round has no guiding questions"
        case .ambiguousCategory(let category, let candidates):
            return "'\(category)' could be more than one category: \(candidates); type more of it"
        case .categoryNotInRound(let category, let round, let rounds):
            return "the round '\(round)' has no category '\(category)'; it belongs to \(rounds)"
        case .unknownCategory(let category, let known): return "unknown category '\(category)'; categories: \(known)"
        case .noDilemma: return "there is no dilemma with options yet; frame it first with 'beraad dilemma'"
        case .unknownOption(let label, let known): return "no option '\(label)'; options: \(known)"
        case .tooFewOptions: return "a dilemma needs at least two options"
        case .badOptionLabels(let expected): return "the options are labelled in order \(expected)"
        case .harmForUnknownOption(let label): return "harm for an unknown option '\(label)'"
        case .emptyText: return "the text is empty"
        case .requirementsUnmet(let round, let unmet):
            return "round '\(round)' is not finished: \(unmet). To move on anyway: 'beraad next --force --reason TEXT'."
        case .forceNeedsReason: return "--force needs --reason TEXT"
        case .lastRound: return "this is the last round; end the session with 'beraad close'"
        case .firstRound: return "this is the first round"
        case .noDecision:
            return
                "there is no decision yet; record it with 'beraad decide' or stop with 'beraad close --abandon --reason TEXT'"
        case .abandonNeedsReason: return "--abandon needs --reason TEXT"
        case .unknownEntry(let id): return "no entry '\(id)'; see 'beraad log'"
        case .alreadyRetracted(let id): return "\(id) is already retracted"
        case .participantHasEntries(let name, let entries):
            return "\(name) still has entries that stand (\(entries)); retract those first"
        case .nothingToUndo: return "there is nothing to undo"
        case .notEnded: return "only the minutes of a closed session can be approved"
        case .erasureBreaksSession:
            return
                "erasing would give two participants the same name; erase a participant's name with 'beraad forget NAME'"
        case .notStarted:
            return "the session is planned and has not started; start it with 'beraad start' (or 'beraad run')"
        case .notPlanned: return "this session was not planned: it has been running since it was opened"
        case .alreadyStarted: return "the session has started already"
        case .notAnAction(let id): return "\(id) is not an action of this session; see 'beraad actions'"
        case .notASignal(let id): return "\(id) is not a signal of this session; see 'beraad signals'"
        case .actionAlreadyDone(let id): return "action \(id) is done already"
        case .actionNotDone(let id): return "action \(id) is still open"
        case .signalCannotMove(let from, let to): return "a signal that is \(from) cannot go back to \(to)"
        case .passedOnToNobody: return "to whom? give --to NAME"
        case .notApproved:
            return "only approved minutes can go into the case bank; approve them first with 'beraad approve'"
        case .alreadyShared: return "this session is shared for the case bank already"
        case .alreadyApproved: return "the minutes are already approved"
        case .scoreOutOfRange(let score): return "score \(score) is not between 1 and 5"
        case .cannotConvene(let round, let rounds):
            return "no moreel beraad can be convened from the round '\(round)'; that is done in: \(rounds)"
        case .cannotConveneAnywhere(let round):
            return "no moreel beraad can be convened from the round '\(round)'; this method has no such round"
        case .invalidDate(let value): return "'\(value)' is not a date; use YYYY-MM-DD"
        }
    }
}

extension Catalog.RequirementText {
    var english: String {
        switch self {
        case .caseRecorded: return "the case is described"
        case .dilemmaFramed(let count): return "the dilemma is framed with at least \(count) options"
        case .harmForEachOption: return "the harm of each option is named"
        case .decisionRecorded: return "a decision is recorded"
        case .inThisRound: return " in this round"
        case .count(let count, let kind, let scope): return "at least \(count) × \(kind)\(scope)"
        case .each(let kind): return "a \(kind) from every participant"
        case .fromPresenter(let kind): return "a \(kind) from the case presenter"
        case .eachOther(let kind): return "a \(kind) from every other participant"
        case .noParticipantsYet: return " (there are no participants yet)"
        case .missingFrom(let kind, let names): return "no \(kind) yet from: \(names)"
        case .notYetForOption(let options): return " — not yet for option \(options)"
        }
    }
}

extension Catalog.KindText {
    var english: String {
        switch self {
        case .case: return "case"
        case .dilemma: return "dilemma"
        case .fact: return "fact"
        case .value: return "value"
        case .norm: return "norm"
        case .right: return "right"
        case .perspective: return "perspective"
        case .alternative: return "alternative"
        case .consideration: return "consideration"
        case .position: return "position"
        case .decision: return "decision"
        case .action: return "action"
        case .signal: return "signal"
        case .evaluation: return "evaluation"
        case .note: return "note"
        }
    }
}

extension Catalog.MinutesText {
    var english: String {
        switch self {
        case .minutesOf: return "Minutes"
        case .concept: return "Draft"
        case .approvedOn: return "Approved on"
        case .approvedBy: return "by"
        case .reviewOn: return "Review date"
        case .reviewDecision: return "Evaluate the decision"
        case .place: return "Place"
        case .noteTaker: return "Minute-taker"
        case .inAttendance: return "In attendance"
        case .presentPeople: return "Present"
        case .absent: return "Apologies"
        case .distribution: return "Distribution"
        case .appendix: return "Record of proceedings"
        case .appendixIntro: return "For the facilitator and the archive; not part of the minutes filed in a record."
        case .confidentialityStandard: return "Confidential — not to be filed in the patient's record"
        case .date: return "Date"
        case .time: return "Time"
        case .method: return "Method"
        case .facilitator: return "Facilitator"
        case .session: return "Session"
        case .status: return "Status"
        case .anonymized: return "Anonymised: the participants' names are replaced by their role."
        case .notRedacted:
            return "Other names and details, such as the client's, are not left out; 'beraad redact TEXT' does that."
        case .redacted: return "Confidential details are left out and replaced by […] or a stand-in."
        case .fingerprint(let hash): return "Fingerprint of the approved journal (SHA-256): \(hash)"
        case .erasureForgotten(let at, let count): return "\(at): \(count)× a participant's name (right to erasure)"
        case .erasureRedacted(let at, let count): return "\(at): \(count)× redacted text (a name, an address)"
        case .erasuresLabel: return "Erased"
        case .erasedAfterApproval(let at, let count):
            return "After approval, text was erased from the journal on \(at) (\(count)×) and replaced by […]."
        case .stateOpen: return "in progress"
        case .statePlanned: return "planned"
        case .agreements: return "Agreements"
        case .participants: return "Participants"
        case .name: return "Name"
        case .role: return "Role"
        case .function: return "Function"
        case .present: return "Present"
        case .leftAt: return "left at"
        case .from: return "from"
        case .theCase: return "The case"
        case .broughtInBy: return "Presented by"
        case .questionToGroup: return "Question for the group"
        case .dilemma: return "The dilemma"
        case .option: return "Option"
        case .harm: return "Harm"
        case .grid: return "Perspectives, values, norms and rights"
        case .stakeholder: return "Stakeholder"
        case .kind: return "Kind"
        case .text: return "Content"
        case .supports: return "Supports option"
        case .by: return "By"
        case .theGroup: return "the group"
        case .alternatives: return "Alternatives"
        case .positions: return "Positions"
        case .chooses: return "chooses"
        case .because: return "Because"
        case .cannot: return "Therefore I cannot"
        case .mitigate: return "I limit the harm by"
        case .needs: return "What I need"
        case .changedFrom: return "Earlier"
        case .tally: return "Agreement and difference"
        case .decision: return "Decision"
        case .rationale: return "Rationale"
        case .reachedBy: return "Agreed by"
        case .summary: return "Summary"
        case .reviewing: return "What we review"
        case .onTheCard(let card): return "see the card \(card)"
        case .coveredByChoice: return "Covered by the chosen intervention(s)"
        case .approvedShort: return "Approved"
        case .pageOf: return "page %PAGE% of %PAGES%"
        case .correctedMark: return "corrected"
        case .kindHeading(let kind):
            switch kind {
            case .question: return "Questions"
            case .fact: return "Facts"
            case .value: return "Values"
            case .norm: return "Norms"
            case .right: return "Rights"
            case .perspective: return "Perspectives"
            case .alternative: return "Alternatives"
            case .consideration: return "Considerations"
            case .note: return "Notes"
            case .`case`: return "Case"
            case .dilemma: return "Dilemma"
            case .position: return "Positions"
            case .decision: return "Decisions"
            case .action: return "Actions"
            case .signal: return "Issues to raise"
            case .evaluation: return "Evaluations"
            }
        case .dueBy: return "by"
        case .presenterQuestion: return "The presenter's question"
        case .approvedLine(let date, let by): return "approved on \(date)" + (by.isEmpty ? "" : " by \(by)")
        case .dissent: return "Dissent"
        case .actions: return "Actions"
        case .action: return "Action"
        case .owner: return "Owner"
        case .due: return "Due"
        case .signals: return "Issues to raise"
        case .signal: return "Issue"
        case .level: return "Level"
        case .evaluation: return "Evaluation"
        case .participant: return "Participant"
        case .score: return "Score"
        case .remark: return "Remark"
        case .average: return "Average score"
        case .contributions: return "Contributions by round"
        case .timePerRound: return "Time per round"
        case .spent: return "Spent"
        case .timebox: return "Time box"
        case .notVisited: return "not reached"
        case .minutesUnit: return "min"
        case .forced: return "Moved on before a round was finished"
        case .stillOpen: return "Still open"
        case .reason: return "Reason"
        case .corrections: return "Corrections"
        case .steps: return "Steps"
        case .helps: return "helps"
        case .hinders: return "hinders"
        case .unanswered: return "not answered"
        case .notDiscussed: return "not discussed"
        case .serves: return "serves"
        case .chosen: return "chosen"
        case .goalCheck: return "Does the chosen intervention achieve what we wanted to achieve?"
        case .goal: return "Condition"
        case .wanted: return "What we want to achieve"
        case .servedBy: return "Interventions that serve it"
        case .yes: return "yes"
        case .no: return "no"
        case .retracted: return "retracted"
        case .replacedBy: return "replaced by"
        case .alternativeOption: return "alternative"
        case .notAtTheMeeting: return "not at the meeting"
        case .to: return "To"
        case .roundsNotReached(let rounds): return "Closed before these rounds were reached: \(rounds)."
        case .carriedOverFrom(let session): return "Carried over from \u{201C}\(session)\u{201D}."
        case .undone: return "undone"
        case .abandonedBecause: return "Abandoned"
        case .supportConsensus: return "consensus"
        case .supportMajority: return "majority"
        case .supportPresenter: return "the presenter's decision"
        case .supportFacilitator: return "the facilitator's decision"
        case .levelIndividual: return "individual"
        case .levelGroup: return "group"
        case .levelPolicy: return "policy"
        case .chartTitle: return "Who chose what: first and last choice"
        case .firstChoice: return "first choice"
        case .lastChoice: return "last choice"
        case .generatedBy: return "Made with Beraad"
        case .caseBankKicker: return "Moresprudentie"
        case .caseBankTitle: return "Case bank"
        case .caseBankMade: return "Made on"
        case .caseBankCount: return "Cases"
        case .caseBankAnonymised:
            return
                "Only approved sessions shared for the case bank. The participants' names are replaced by their role and erased text stands as […]; other names and details, such as the client's, are gone only where they were redacted. Read a case before you pass it on."
        case .caseBankTeam: return "Team"
        case .caseBankCase: return "The case"
        case .caseBankDilemma: return "The dilemma"
        case .caseBankOption: return "Option"
        case .caseBankHarm: return "Harm"
        case .caseBankTensions: return "Values, norms and rights in tension"
        case .caseBankFor: return "for"
        case .caseBankDecision: return "The decision"
        case .caseBankBecause: return "Because"
        case .caseBankLearned: return "What was learned"
        case .links: return "Linked sessions"
        case .convenedFrom: return "Convened from"
        case .convenedHere: return "Convened from this session"
        case .followsUp: return "Follows up"
        case .followedUpIn: return "Followed up in"
        case .inRound: return "in the round"
        case .itsDecision: return "Its decision"
        case .notDecided: return "no decision yet"
        case .source: return "Source"
        case .stateClosed: return "closed"
        case .stateAbandoned: return "abandoned"
        case .round: return "Round"
        }
    }
}

extension Catalog.ProtocolFileText {
    var english: String {
        switch self {
        case .dutchTextEmpty: return "the Dutch text is empty"
        case .englishTextEmpty: return "the English text is empty"
        case .notAnID(let id): return "'\(id)' is not an id: use a-z, 0-9 and '-', at most 64"
        case .duplicateRole(let id): return "duplicate role id '\(id)'"
        case .duplicateRound(let id): return "duplicate round id '\(id)'"
        case .duplicateKind(let id): return "duplicate kind id '\(id)'"
        case .numberOutOfRange(let low, let high): return "must be a number from \(low) to \(high)"
        case .duplicateCategory(let id): return "duplicate category id '\(id)'"
        case .recallsUnknownRound(let id): return "'recalls' names round '\(id)', which must come earlier in the method"
        case .sourceEmpty: return "the source is empty"
        case .noPresenterRole: return "this asks for a case presenter, but the protocol has no role with \"presenter\""
        case .kindNotAccepted(let kind): return "the round does not accept '\(kind)'"
        case .casePresenterUnusable:
            return "casePresenter needs a role with \"presenter\" and a round that accepts 'case'"
        case .aliasIsTheID: return "an alias equal to the id says nothing"
        case .duplicateAlias(let id): return "duplicate alias '\(id)'"
        case .noRoles: return "a protocol needs at least one role"
        case .severalDefaultRoles: return "more than one role is marked default"
        case .noRounds: return "a protocol needs at least one round"
        case .roundAcceptsNothing: return "a round must accept at least one kind"
        case .kindNeverCounted(let kind): return "the round does not accept '\(kind)', so it can never be counted"
        case .missingField(let field): return "required field '\(field)' is missing"
        case .expectedString: return "expected a string"
        case .expectedWholeNumber: return "expected a whole number"
        case .expectedBool: return "expected true or false"
        case .expectedList: return "expected a list"
        case .expectedObject: return "expected an object"
        case .foundNull(let expected): return "\(expected), found null"
        case .notJSON: return "not valid JSON"
        case .unknownField(let field): return "unknown field '\(field)'"
        case .unknownFieldDidYouMean(let field, let suggestion):
            return "unknown field '\(field)'; did you mean '\(suggestion)'?"
        case .unknownKind(let value, let hint): return "unknown kind '\(value)'; \(hint)"
        case .unknownMinutesSection(let value, let hint): return "unknown minutes section '\(value)'; \(hint)"
        case .minutesSectionTwice(let section): return "minutes section '\(section)' is listed twice"
        case .unknownRequirementType(let value, let hint): return "unknown requirement type '\(value)'; \(hint)"
        case .unknownScope(let value, let hint): return "unknown scope '\(value)'; \(hint)"
        case .didYouMean(let suggestion): return "did you mean '\(suggestion)'?"
        case .known(let values): return "known: \(values)"
        }
    }
}

extension Catalog.JSONText {
    var english: String {
        switch self {
        case .textAfterEnd: return "unexpected text after the end of the document"
        case .duplicateKey(let key, let line, let column):
            return "'\(key)' stands here a second time; the first time at \(line):\(column)"
        case .byteOrderMark: return "the file starts with a byte order mark (BOM); save it as UTF-8 without one"
        case .invalidUTF8: return "these bytes are not valid UTF-8"
        case .tooDeep: return "the document nests too deeply"
        case .unexpectedEnd: return "unexpected end of the document"
        case .unexpectedCharacter(let character): return "unexpected character '\(character)'"
        case .expectedWord(let word): return "expected '\(word)'"
        case .expectedFieldName: return "expected a field name in double quotes"
        case .expectedColon: return "expected ':' after the field name"
        case .expectedCommaOrBrace: return "expected ',' or '}'"
        case .expectedCommaOrBracket: return "expected ',' or ']'"
        case .stringNotClosed: return "the string is not closed"
        case .controlCharacter: return "a control character inside a string; write it as an escape"
        case .unknownEscape(let character): return "unknown escape '\\\(character)'"
        case .expectedHex: return "expected four hex digits after \\u"
        case .notANumber(let text): return "'\(text)' is not a number"
        }
    }
}

extension Catalog.JournalText {
    var english: String {
        switch self {
        case .newerVersion(let version, let current):
            return "record version \(version) is newer than this beraad reads (\(current)); update beraad"
        case .unknownType(let type):
            return "event type '\(type)' is unknown to this beraad; it was written by a newer version: update beraad"
        case .malformed(let detail): return "not a valid record: \(detail)"
        case .notFramed: return "not a framed record"
        case .checksumMismatch: return "checksum mismatch"
        case .sequenceGap(let seq, let expected): return "sequence number \(seq) where \(expected) belongs"
        case .empty: return "the journal is empty"
        case .firstNotOpening: return "the first record does not open a session"
        case .openedAgain: return "the session is opened a second time"
        case .configNotKeyValue: return "expected 'key = value' (or '#' for a comment)"
        case .configUnknownKey(let key, let known): return "unknown key '\(key)'; known are: \(known)"
        case .configNotUTF8: return "the file is not UTF-8 text"
        case .configNotAPeriod(let value):
            return "'\(value)' is not a retention period; write 2y (years), 18m (months), 6w or 90d, for example"
        case .timeGoesBack(let at, let last): return "time goes back: \(at) after \(last)"
        case .noSuchRound(let round): return "the method has no round '\(round)'"
        case .roundSkipped(let from, let to):
            return "from round '\(from)' to '\(to)' is no step beraad takes (only to the next or the previous round)"
        case .neverJoined(let name): return "\(name) never joined"
        case .afterClose: return "the session was already closed"
        case .noSuchOption(let option): return "there is no option \(option)"
        case .afterApproval: return "the minutes were already approved"
        case .noSuchEntry(let entry): return "there is no entry \(entry)"
        case .openedAgainAt: return "the session is opened a second time"
        case .scoreOutOfRange(let score): return "score \(score) is not from 1 to 5"
        case .closedTwice: return "the session is closed a second time"
        case .approvedWhileOpen: return "the minutes are approved while the session is still open"
        case .approvedTwice: return "the minutes are approved a second time"
        case .chainBroken:
            return "the hash chain is broken: this line does not name the line before it (changed, removed or inserted)"
        case .unchainedAfterChained:
            return "a line without the hash chain after lines with it: no beraad writes a journal that way"
        case .unterminated: return "the last line is not terminated (a write cut short)"
        case .otherSession(let id): return "this journal belongs to session \(id)"
        case .beforeStart:
            return
                "the session is planned and has not started; only participants, the case and the dilemma can be recorded beforehand"
        case .notPlanned: return "the session starts while it is not planned or has started already"
        case .sharedBeforeApproval: return "the session is shared before its minutes were approved"
        case .sharedTwice: return "the session is shared a second time"
        case .protocolInvalid(let issue): return "the method in the opening breaks a rule: \(issue)"
        }
    }
}

extension Catalog.PlaceholderText {
    var english: String {
        switch self {
        case .text: return "TEXT"
        case .name: return "NAME"
        case .who: return "WHO"
        case .label: return "LABEL"
        case .labeledText: return "'A: TEXT'"
        case .date: return "DATE"
        case .time: return "TIME"
        case .id: return "ID"
        case .idOrFile: return "ID|FILE"
        case .directory: return "DIR"
        case .file: return "FILE"
        case .action: return "ACTION"
        case .state: return "STATE"
        case .signal: return "SIGNAL"
        case .duration: return "DURATION"
        case .role: return "ROLE"
        case .kind: return "KIND"
        case .category: return "CAT"
        case .how: return "HOW"
        case .level: return "LEVEL"
        case .format: return "FORMAT"
        case .score: return "1-5"
        case .number: return "NUMBER"
        case .language: return "nl|en"
        case .title: return "TITLE"
        case .question: return "QUESTION"
        case .option: return "OPTION"
        case .entry: return "ENTRY"
        case .shell: return "SHELL"
        case .command: return "COMMAND"
        }
    }
}

extension Catalog.DateText {
    var english: String {
        switch self {
        case .weekday(let index):
            return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][safe: index] ?? ""
        case .month(let index):
            return [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ][safe: index - 1] ?? ""
        case .holiday(let holiday):
            switch holiday {
            case .newYear: return "New Year's Day"
            case .goodFriday: return "Good Friday"
            case .easter: return "Easter Sunday"
            case .easterMonday: return "Easter Monday"
            case .kingsDay: return "King's Day"
            case .liberationDay: return "Liberation Day"
            case .ascension: return "Ascension Day"
            case .whitsun: return "Whit Sunday"
            case .whitMonday: return "Whit Monday"
            case .christmas: return "Christmas Day"
            case .boxingDay: return "Boxing Day"
            }
        case .weekendDay(let saturday): return saturday ? "a Saturday" : "a Sunday"
        }
    }
}

/// "a" or "an" before `word`, by its first letter: English grammar belongs with the English texts.
private func article(_ word: String) -> String {
    guard let first = word.lowercased().first else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
}
