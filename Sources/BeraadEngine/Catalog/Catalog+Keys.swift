/// Every text a facilitator reads, by key: messages, prompts, help and the words of the minutes, grouped by where
/// they are read. Catalog+Texts.swift gives each key both languages in one exhaustive `switch` per kind, so a
/// missing translation does not compile; placeholders are named values of the key. (Protocol texts are data: the
/// protocol files carry both languages.)
public enum Catalog {
    /// The key of every text.
    public enum Key: Sendable, Equatable {
        case help(HelpText)
        case message(MessageText)
        case parse(ParseText)
        case live(LiveText)
        case status(StatusText)
        case handout(HandoutText)
        case rule(RuleText)
        case requirement(RequirementText)
        case kind(KindText)
        case minutes(MinutesText)
        case protocolFile(ProtocolFileText)
        case json(JSONText)
        case journal(JournalText)
        case placeholder(PlaceholderText)
        case date(DateText)
    }

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
        case nothingToErase
        case sessionDiffers(id: String)
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
        case noSignals
        case signalTheme(theme: String, count: Int, sessions: Int, first: String, last: String)
        case csvHeader
        case noTheme
        case reportWritten(path: String)
        case registerKicker
        case registerTitle
        case registerMade
        case registerSignals
        case registerSince
        case registerAnonymised
        case levelColumn
        case signalColumn
        case toColumn
        case answerColumn
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
        case homeReadableByOthers(path: String)
        case minutesApproved
        case noHome
        case homeSymlink(path: String)
        case homeWritableByOthers(path: String)
        case homeOwnedByOther(path: String)
        case lockTimeoutIgnored(value: String, low: String, high: String, used: String)
        case emptySessionOption
        case didYouMean(suggestion: String)
        case ioFailed(operation: String, path: String, reason: String)
        case journalDamaged(path: String, line: String, detail: String)
        case journalImpossible(path: String, line: String, detail: String)
        case wouldNotReplay(path: String, line: String, detail: String)
        case writeUnsure(path: String, marker: String)
        case writeUnsureReadOnly(path: String)
        case writeUnsureUnguarded(path: String)
        case sessionLocked(path: String, seconds: String)
        case noSession(id: String)
        case sessionExists(id: String)
        case notASessionID(id: String)
        case noCurrentSession
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
        case dateColumn
        case titleColumn
        case stateColumn
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
        case questionPlaceholder
        case becausePlaceholder
        case roundFinished
        case stillNeeded(needs: String)
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
        case signalState(SignalState)
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
        case questionsHeading
        case recalled(round: String)
        case basedOn(value: String)
        case cardCount(count: Int)
        case left
        case absent
        case closedAt(time: String)
        case abandonedAt(time: String, reason: String)
        case minutesApproved
        case minutesToApprove
        case time(minutes: String, timebox: String)
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

    /// The meeting's rules: why a command is refused.
    public enum RuleText: Sendable, Equatable {
        case notOpened
        case alreadyOpened
        case sessionEnded
        case sessionApproved
        case timeWentBackwards(given: String, last: String)
        case enteredAfterwards(last: String)
        case unknownParticipantNobodyYet(name: String)
        case unknownParticipant(name: String, known: String)
        case ambiguousParticipant(name: String, candidates: String)
        case participantAbsent(name: String)
        case participantAlreadyPresent(name: String)
        case participantAlreadyKnown(name: String)
        case noNoteTakerRole
        case invalidName(name: String)
        case unknownRole(role: String, known: String)
        case roleFull(role: String, holders: String)
        case roleUnchanged(name: String, role: String)
        case kindNotAccepted(round: String, kind: String, rounds: String)
        case kindNotAcceptedAnywhere(round: String, kind: String)
        case kindHasOwnCommand(kind: String, command: String)
        case noCategories
        case ambiguousCategory(category: String, candidates: String)
        case unknownQuestion(number: String, count: String)
        case noQuestions
        case categoryNotInRound(category: String, round: String, rounds: String)
        case unknownCategory(category: String, known: String)
        case noDilemma
        case unknownOption(label: String, known: String)
        case tooFewOptions
        case badOptionLabels(expected: String)
        case harmForUnknownOption(label: String)
        case emptyText
        case requirementsUnmet(round: String, unmet: String)
        case forceNeedsReason
        case lastRound
        case firstRound
        case noDecision
        case abandonNeedsReason
        case unknownEntry(id: String)
        case alreadyRetracted(id: String)
        case participantHasEntries(name: String, entries: String)
        case nothingToUndo
        case notEnded
        case erasureBreaksSession
        case notStarted
        case notPlanned
        case alreadyStarted
        case notAnAction(id: String)
        case notASignal(id: String)
        case actionAlreadyDone(id: String)
        case actionNotDone(id: String)
        case signalCannotMove(from: String, to: String)
        case passedOnToNobody
        case notApproved
        case alreadyShared
        case alreadyApproved
        case scoreOutOfRange(score: String)
        case cannotConvene(round: String, rounds: String)
        case cannotConveneAnywhere(round: String)
        case invalidDate(value: String)
    }

    /// A round's completion requirements, and what is still missing.
    public enum RequirementText: Sendable, Equatable {
        case caseRecorded
        case dilemmaFramed(count: String)
        case harmForEachOption
        case decisionRecorded
        case inThisRound
        case count(count: String, kind: String, scope: String)
        case each(kind: String)
        case fromPresenter(kind: String)
        case eachOther(kind: String)
        case noParticipantsYet
        case missingFrom(kind: String, names: String)
        case notYetForOption(options: String)
    }

    /// The names of the kinds of contribution.
    public enum KindText: Sendable, Equatable {
        case `case`
        case dilemma
        case fact
        case value
        case norm
        case right
        case perspective
        case alternative
        case consideration
        case position
        case decision
        case action
        case signal
        case evaluation
        case note
    }

    /// The words of the minutes.
    public enum MinutesText: Sendable, Equatable {
        case minutesOf
        case concept
        case approvedOn
        case approvedBy
        case reviewOn
        case reviewDecision
        case place
        case noteTaker
        /// Who attends without being a member of the meeting (the minute-taker), as English minutes list them.
        case inAttendance
        case presentPeople
        case absent
        case distribution
        case appendix
        case appendixIntro
        case confidentialityStandard
        case date
        case time
        case method
        case facilitator
        case session
        case status
        case anonymized
        case redacted
        case fingerprint(hash: String)
        case erasureForgotten(at: String, count: String)
        case erasureRedacted(at: String, count: String)
        case erasuresLabel
        case erasedAfterApproval(at: String, count: String)
        case stateOpen
        case agreements
        case participants
        case name
        case role
        case function
        case present
        case leftAt
        case from
        case theCase
        case broughtInBy
        case questionToGroup
        case dilemma
        case option
        case harm
        case grid
        case stakeholder
        case kind
        case text
        case supports
        case by
        case theGroup
        case alternatives
        case positions
        case chooses
        case because
        case cannot
        case mitigate
        case needs
        case changedFrom
        case tally
        case decision
        case rationale
        case reachedBy
        case dueBy
        case kindHeading(kind: ContributionKind)
        case correctedMark
        case approvedShort
        case pageOf
        case notRedacted
        case onTheCard(card: String)
        case coveredByChoice
        case reviewing
        case summary
        case presenterQuestion
        case approvedLine(date: String, by: String)
        case dissent
        case actions
        case action
        case owner
        case due
        case signals
        case signal
        case level
        case evaluation
        case participant
        case score
        case remark
        case average
        case contributions
        case timePerRound
        case spent
        case timebox
        case notVisited
        case minutesUnit
        case forced
        case stillOpen
        case reason
        case corrections
        case steps
        case helps
        case hinders
        case unanswered
        case notDiscussed
        case serves
        case chosen
        case goalCheck
        case goal
        case wanted
        case servedBy
        case yes
        case no
        case retracted
        case replacedBy
        case alternativeOption
        case notAtTheMeeting
        case to
        case roundsNotReached(rounds: String)
        case carriedOverFrom(session: String)
        case undone
        case abandonedBecause
        case supportConsensus
        case supportMajority
        case supportPresenter
        case supportFacilitator
        case levelIndividual
        case levelGroup
        case levelPolicy
        case chartTitle
        case firstChoice
        case lastChoice
        case generatedBy
        case caseBankKicker
        case caseBankTitle
        case caseBankMade
        case caseBankCount
        case caseBankAnonymised
        case caseBankTeam
        case caseBankCase
        case caseBankDilemma
        case caseBankOption
        case caseBankHarm
        case caseBankTensions
        case caseBankFor
        case caseBankDecision
        case caseBankBecause
        case caseBankLearned
        case links
        case convenedFrom
        case convenedHere
        case followsUp
        case followedUpIn
        case inRound
        case itsDecision
        case notDecided
        case source
        case statePlanned
        case stateClosed
        case stateAbandoned
        case round
    }

    /// What is wrong with a protocol file.
    public enum ProtocolFileText: Sendable, Equatable {
        case dutchTextEmpty
        case englishTextEmpty
        case notAnID(id: String)
        case duplicateRole(id: String)
        case duplicateRound(id: String)
        case duplicateKind(id: String)
        case duplicateCategory(id: String)
        case numberOutOfRange(low: String, high: String)
        case recallsUnknownRound(id: String)
        case sourceEmpty
        case noRoles
        case noPresenterRole
        case kindNotAccepted(kind: String)
        case casePresenterUnusable
        case aliasIsTheID
        case duplicateAlias(id: String)
        case severalDefaultRoles
        case noRounds
        case roundAcceptsNothing
        case kindNeverCounted(kind: String)
        case missingField(field: String)
        case expectedString
        case expectedWholeNumber
        case expectedBool
        case expectedList
        case expectedObject
        case foundNull(expected: String)
        case notJSON
        case unknownField(field: String)
        case unknownFieldDidYouMean(field: String, suggestion: String)
        case unknownKind(value: String, hint: String)
        case unknownMinutesSection(value: String, hint: String)
        case minutesSectionTwice(section: String)
        case unknownRequirementType(value: String, hint: String)
        case unknownScope(value: String, hint: String)
        case didYouMean(suggestion: String)
        case known(values: String)
    }

    /// What is wrong with a JSON document.
    public enum JSONText: Sendable, Equatable {
        case textAfterEnd
        case tooDeep
        case unexpectedEnd
        case unexpectedCharacter(character: String)
        case expectedWord(word: String)
        case expectedFieldName
        case expectedColon
        case expectedCommaOrBrace
        case expectedCommaOrBracket
        case stringNotClosed
        case controlCharacter
        case unknownEscape(character: String)
        case expectedHex
        case notANumber(text: String)
        case duplicateKey(key: String, firstLine: String, firstColumn: String)
        case byteOrderMark
        case invalidUTF8
    }

    /// What is wrong with a journal or one of its records.
    public enum JournalText: Sendable, Equatable {
        case newerVersion(version: String, current: String)
        case unknownType(type: String)
        case malformed(detail: String)
        case notFramed
        case checksumMismatch
        case sequenceGap(seq: String, expected: String)
        case empty
        case firstNotOpening
        case openedAgain
        case configNotKeyValue
        case configUnknownKey(key: String, known: String)
        case configNotUTF8
        case configNotAPeriod(value: String)
        case protocolInvalid(issue: String)
        case timeGoesBack(at: String, last: String)
        case noSuchRound(round: String)
        case roundSkipped(from: String, to: String)
        case neverJoined(name: String)
        case afterClose
        case noSuchOption(option: String)
        case afterApproval
        case noSuchEntry(entry: String)
        case openedAgainAt
        case scoreOutOfRange(score: String)
        case closedTwice
        case approvedWhileOpen
        case approvedTwice
        case chainBroken
        case unchainedAfterChained
        case unterminated
        case otherSession(id: String)
        case beforeStart
        case notPlanned
        case sharedBeforeApproval
        case sharedTwice
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

    /// The names of days and months, as dates are written out.
    public enum DateText: Sendable, Equatable {
        /// 0 for Monday … 6 for Sunday.
        case weekday(index: Int)
        /// 1 for January … 12 for December.
        case month(index: Int)
        case holiday(CalendarDate.Holiday)
        /// "een zaterdag", "een zondag".
        case weekendDay(saturday: Bool)
    }
}
