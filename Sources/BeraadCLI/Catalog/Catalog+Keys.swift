import BeraadEngine

/// The command line's texts, by kind: help, messages, parse errors, the live mode, the status, the handout and the
/// placeholders of help. Catalog+Texts.swift gives each key both languages in one exhaustive `switch` per kind.
extension Catalog {
    /// Help: command, option and argument summaries, and the words of the help pages.
    public enum HelpText: Sendable, Equatable {
        case usageLabel
        case seeCommandHelp(command: String)
        case commandPlaceholder
        case optionsPlaceholder
        case seeHelp
        case groupSessions
        case groupMeeting
        case groupCorrections
        case groupAfterwards
        case groupFollowUp
        case groupOther
        case globalHome
        case globalSession
        case globalLang
        case globalAt
        case globalNow
        case globalJSON
        case globalHelp
        case globalVersion
        case new
        case details
        case detailsTitle
        case newTitle
        case newProtocol
        case newFacilitator
        case newPlace
        case newDistribute
        case newTeam
        case newPlanned
        case start
        case actions
        case actionsOpen
        case actionsOverdue
        case actionsDone
        case actionsOwner
        case actionsSince
        case listTeam
        case signals
        case signalsLevel
        case signalsState
        case signalsSince
        case signalsReport
        case signalsFormat
        case signalsOutput
        case signalPass
        case signalPassTo
        case signalAnswer
        case signalAnswerText
        case signalClose
        case signalID
        case share
        case shareBy
        case casebank
        case casebankSearch
        case casebankMethod
        case casebankValue
        case casebankFormat
        case casebankOutput
        case followUp
        case followUpID
        case done
        case doneAction
        case doneNote
        case reopen
        case agenda
        case agendaWeeks
        case newNoteTaker
        case sessions
        case sessionsAll
        case sessionsSearch
        case sessionsProtocol
        case sessionsSince
        case sessionsUntil
        case sessionsState
        case use
        case useID
        case join
        case joinName
        case joinRole
        case joinAbsent
        case joinFunction
        case invite
        case leave
        case role
        case roleRole
        case status
        case `case`
        case caseText
        case caseBy
        case caseQuestion
        case dilemma
        case dilemmaQuestion
        case dilemmaOption
        case dilemmaHarm
        case say
        case sayName
        case sayText
        case sayKind
        case sayCategory
        case sayAbout
        case sayOption
        case sayLevel
        case sayServes
        case sayInfluence
        case sayAnswers
        case position
        case participantName
        case positionOption
        case positionBecause
        case positionCannot
        case positionMitigate
        case positionNeeds
        case decide
        case decideText
        case decideOption
        case decideRationale
        case decideSupport
        case decideDissent
        case decideReview
        case action
        case actionText
        case actionOwner
        case actionDue
        case signal
        case signalText
        case signalBy
        case signalTo
        case signalTheme
        case signalLevel
        case evaluate
        case evaluateText
        case evaluateScore
        case next
        case nextForce
        case nextReason
        case back
        case convene
        case board
        case boardOutput
        case run
        case log
        case amend
        case entryID
        case amendText
        case amendKind
        case retract
        case retractReason
        case undo
        case close
        case closeAbandon
        case closeReason
        case minutes
        case minutesFormat
        case minutesOutput
        case minutesAnonymize
        case minutesNoAppendix
        case redact
        case redactText
        case approve
        case approveBy
        case redactBy
        case redactAs
        case redactAll
        case redactList
        case verify
        case verifyID
        case verifyAll
        case verifyMinutes
        case export
        case exportID
        case exportOutput
        case importSession
        case importFile
        case forget
        case forgetName
        case forgetBy
        case forgetDryRun
        case purge
        case purgeOlderThan
        case purgeDryRun
        case protocols
        case protocolsShow
        case protocolsShowID
        case protocolsShowFormat
        case protocolsLint
        case protocolsLintFile
        case demo
        case demoDirectory
        case completions
        case completionsShell
        case help
        case overviewHeading
        case overview
        case usageHeading
        case globalOptionsHeading
        case seeCommandHelpFooter
        case argumentsHeading
        case optionsHeading
        case showThisHelp
        case subcommandsHeading
        case globalOptionsAreListed
        case values
    }

    /// What the command line says: confirmations, errors and warnings.
    public enum MessageText: Sendable, Equatable {
        case sessionAbandoned
        case closingLeavesOut(rounds: String)
        case boardWritten(path: String)
        case sessionClosed
        case minutesWritten(path: String)
        case erased(count: String, mark: String)
        case standingReplaced(count: String)
        case nowStanding
        case alreadyStanding
        case standingCount(count: Int, everySession: Int)
        case erasedEverywhere(count: String, sessions: Int, mark: String)
        case nowStandingEverywhere
        case redactListAlone
        case nothingToErase
        case verifyAllAlone
        case verifyFailed(failed: String, total: String)
        case minutesDoNotVerify(file: String)
        case verifyBroken(id: String, problem: String)
        case verifyOK(id: String, records: String)
        case verifyUnchained(count: String)
        case verifyErased(at: String, count: String)
        case minutesMatch(file: String)
        case minutesChanged(file: String)
        case minutesBeforeErasure(file: String, at: String)
        case minutesForeign(file: String)
        case minutesNoFingerprint(file: String)
        case minutesNotApproved
        case noFile(path: String)
        case notARegularFile(path: String)
        case exported(id: String, path: String, records: String)
        case imported(id: String, title: String, records: String)
        case importUnchanged(id: String)
        case importExtended(id: String, records: String, added: String)
        case forgetNone(name: String)
        case forgotten(id: String, count: String, replacement: String)
        case forgottenTotal(sessions: Int, count: Int)
        case wouldForget(id: String, count: String, replacement: String)
        case confirmForget(name: String, sessions: Int, count: Int)
        case nothingErased
        case noRetention(config: String)
        case purgeNone(period: String, before: String)
        case purgeWould(count: Int, period: String, before: String)
        case purged(count: Int, period: String, before: String)
        case lastEntryColumn
        case noActions
        case ownerColumn
        case dueColumn
        case actionColumn
        case actionDoneState
        case actionOverdueState
        case actionOpenState
        case actionMarkedDone(id: String, text: String)
        case actionReopened(id: String, text: String)
        case agendaEmpty(until: String)
        case agendaHeading(until: String)
        case agendaReviews
        case agendaOverdue
        case agendaDueSoon
        case agendaPlanned
        case reportWritten(path: String)
        case signalMoved(id: String, text: String, state: String)
        case shared
        case casebankSearched
        case casebankValue
        case casebankMethod
        case casebankWritten(path: String, count: String)
        case followUpTitle
        case followUpOpened(original: String)
        case goalQuestion(number: String, goal: String, card: String)
        case decisionQuestion(decision: String)
        case carriedDecision(date: String, decision: String)
        case carriedAction(id: String, text: String, owner: String, due: String, state: String)
        case carriedActionOpen
        case carriedActionDone(date: String)
        case minutesApproved
        case noHome
        case lockTimeoutIgnored(value: String, low: String, high: String, used: String)
        case emptySessionOption
        case didYouMean(suggestion: String)
        case noProtocolAmong(reference: String, available: String)
        case noProtocol(reference: String)
        case warning(text: String)
        case error(text: String)
        case tornTail(id: String)
        case convened(parentTitle: String, parentID: String)
        case nothingRecorded
        case amended(entry: String)
        case undidAmendment(entry: String)
        case retracted(entry: String)
        case undid(entry: String)
        case dayOffNote(day: String)
        case detailsSet
        case detailsTitleLine(title: String)
        case detailsPlaceLine(place: String)
        case detailsDistributionLine(to: String)
        case detailsTeamLine(team: String)
        case detailsNoteTakerLine(name: String)
        case arrived(name: String, role: String)
        case readAsFunction(given: String, name: String, function: String)
        case personJoined
        case personInvited
        case personArrived
        case personLeft
        case personRoleChanged
        case demoPlayed(title: String, participants: String, directory: String)
        case demoFailed(step: String, reason: String)
        case noTemporaryFolder(path: String)
        case retractedMark
        case amendedMark
        case entryAbout(who: String)
        case entryHarm(harm: String)
        case entryBecause(because: String)
        case entryCannot(cannot: String)
        case entryMitigate(mitigate: String)
        case entryNeeds(needs: String)
        case entryDissent(names: String)
        case entryDue(date: String)
        case entryServes(goal: String)
        case entryAnswers(number: String)
        case entryReview(date: String)
        case joined(name: String, role: String)
        case invited(name: String, role: String)
        case left(name: String)
        case roleGiven(name: String, role: String)
        case forcedBecause(reason: String)
        case cannotBeRead
        case filesWithErrors(count: Int)
        case sessionOpened(method: String)
        case sessionPlanned(method: String, date: String)
        case noSessions
        case noSessionsMatch
        case noOpenSessions
        case stateOpen
        case statePlanned
        case stateClosed
        case stateAbandoned
        case titleColumn
        case roundColumn
        case currentSession(id: String)
    }

    /// What is wrong with a command line.
    public enum ParseText: Sendable, Equatable {
        case unknownCommand(word: String)
        case chooseShell
        case notATime(text: String)
        case timeAhead(text: String, now: String)
        case standInHoldsText
        case unknownOption(name: String)
        case missingValue(name: String)
        case invalidValue(value: String, name: String, choices: String)
        case repeatedOption(name: String)
        case flagWithValue(name: String)
        case unknownShortOption(word: String)
        case unknownSubcommand(word: String, command: String)
        case unexpectedArgument(word: String)
        case missingArgument(name: String)
        case missingOption(name: String)
        case notADate(text: String)
        case notAWeekCount(text: String)
        case notAPeriod(text: String)
        case notAScore(text: String)
        case notAQuestionNumber(text: String)
        case reasonWithoutForce
        case formatWithoutReport
        case eitherOption(first: String, second: String)
        case unlabeled(option: String, value: String)
    }

    /// The guided live mode.
    public enum LiveText: Sendable, Equatable {
        case unknownCommand(word: String)
        case expectedLineOrCommand
        case expectedLine
        case welcome
        case interrupted
        case saved
        case didYouMean(suggestion: String)
        case closed
        case interruptedSaved
        case upBringsItBack
        case lineTooLong(kilobytes: String)
        case timeIsUp(minutes: String)
        case thinkOf(hints: String)
        case record(hints: String)
        case namePlaceholder
        case textPlaceholder
        case becausePlaceholder
        case roundFinished
        case chose(option: String)
        case noPositionYet
        case confirmClose(rounds: String)
        case notClosed
        case noSessionYet
        case askTitle
        case askMethod(methods: String, standard: String)
        case askFacilitator
        case askPlace
        case askTeam(teams: String)
        case unknownMethod(answer: String, methods: String)
        case nothingYet
        case helpContribution
        case helpKinds(kinds: String)
        case helpWho
        case helpHelp
        case helpQuit
        case usagePosition
        case usageEvaluate
        case usageEntry(command: String)
        case usage(usage: String)
    }

    /// `status`: where the meeting is and what it still needs.
    public enum StatusText: Sendable, Equatable {
        case round
        case plannedFor(date: String)
        case casePrepared
        case caseNotPrepared
        case dilemmaPrepared
        case startWith
        case teamStillOpen(team: String)
        case reviewDue(decision: String, title: String, date: String)
        case actionOverdue(text: String, owner: String, date: String, id: String)
        case actionDue(text: String, owner: String, date: String, id: String)
        case plannedSession(title: String, date: String, id: String)
        case carriedOver(session: String)
        case invited(people: String)
        case thinkOfHeading
        case recalled(round: String)
        case cardCount(count: Int)
        case left
        case absent
        case closedAt(time: String)
        case abandonedAt(time: String, reason: String)
        case minutesApproved
        case minutesToApprove
        case timeIsUp
        case prompts
        case recordedHere(kinds: String)
        case participants(people: String)
        case noParticipants
        case roundFinished
        case lastRound
        case stillNeeded
    }

    /// `protocols` and `protocols show`: a method described.
    public enum HandoutText: Sendable, Equatable {
        case defaultMark
        case roundCount(count: String)
        case source(citation: String)
        case roles(roles: String)
        case mayBeSkipped
        case records(kinds: String)
        case finishedWhen(requirements: String)
        case sourceLabel
        case duration
        case rolesLabel
        case topicsLabel
        case suggested
    }

    /// The placeholders of help and usage lines: what an argument or an option's value stands for.
    public enum PlaceholderText: Sendable, Equatable {
        case text
        case name
        case who
        case label
        case labeledText
        case date
        case time
        case id
        case idOrFile
        case directory
        case file
        case action
        case state
        case signal
        case duration
        case role
        case kind
        case category
        case how
        case level
        case format
        case score
        case number
        case language
        case title
        case question
        case option
        case entry
        case shell
        case command
    }
}
