/// Why `decide` refused a command, in terms a facilitator can act on.
///
/// Errors carry data and are described in a language chosen by the caller (`describe(_:)`), not through
/// Foundation's `LocalizedError`: that reads the process's locale and bundle, while a session speaks the language
/// it was opened in, whatever the machine's locale, and one process may describe the same error in both (the
/// protocol linter's findings, a journal's damage). Swift's typed throws keep each error to the cases its layer
/// can produce, so the command line maps every one to its documented exit code in one exhaustive switch.
public enum RuleViolation: Error, Sendable, Equatable {
    case notOpened
    case alreadyOpened
    case sessionEnded
    case sessionApproved
    case timeWentBackwards(last: Timestamp, given: Timestamp)
    /// The meeting is being entered afterwards (its last record's time was given) and that record is long ago: a
    /// command without `--at` would put now in the middle of it.
    case enteredAfterwards(last: Timestamp)
    case unknownParticipant(name: String, known: [String])
    case ambiguousParticipant(name: String, candidates: [String])
    case participantAbsent(name: String)
    case participantAlreadyPresent(name: String)
    case participantAlreadyKnown(name: String)
    case noNoteTakerRole
    case invalidName(name: String)
    /// Roles are named as a session in each language types them (`inbrenger`, `presenter`).
    case unknownRole(role: String, known: [LocalizedText])
    case roleFull(role: LocalizedText, holders: [String])
    case roleUnchanged(name: String, role: LocalizedText)
    case kindNotAccepted(kind: ContributionKind, round: LocalizedText, acceptedIn: [LocalizedText])
    case kindHasOwnCommand(kind: ContributionKind)
    case unknownCategory(category: String, known: [String])
    case ambiguousCategory(category: String, candidates: [String])
    case unknownQuestion(number: Int, count: Int)
    case categoryNotInRound(category: String, round: LocalizedText, takenIn: [LocalizedText])
    case noDilemma
    case unknownOption(label: String, known: [String])
    case tooFewOptions
    case badOptionLabels(expected: [String])
    case harmForUnknownOption(label: String)
    case emptyText
    case requirementsUnmet(round: LocalizedText, unmet: [UnmetRequirement])
    case forceNeedsReason
    case lastRound
    case firstRound
    case noDecision
    case abandonNeedsReason
    case unknownEntry(id: String)
    case alreadyRetracted(id: EntryID)
    /// Taking back a join would leave entries of someone who is no longer in the session.
    case participantHasEntries(name: String, entries: [EntryID])
    case nothingToUndo
    case notEnded
    case alreadyApproved
    case scoreOutOfRange(score: Int)
    case cannotConveneHere(round: LocalizedText, roundsThatCan: [LocalizedText])
    /// Erasing the text would leave a journal that does not replay, such as two participants with one name.
    case erasureBreaksSession
    case notStarted
    case notPlanned
    case alreadyStarted
    case notAnAction(id: String)
    case notASignal(id: String)
    case actionAlreadyDone(id: EntryID)
    case actionNotDone(id: EntryID)
    case signalCannotMove(from: SignalState, to: SignalState)
    case passedOnToNobody
    case notApproved
    case alreadyShared

    /// How the refusal is classed for exit codes.
    public enum Category: Sendable, Equatable {
        /// Refused by the meeting's rules (exit 1).
        case rule
        /// A malformed argument (exit 64).
        case usage
        /// Something named does not exist (exit 66).
        case notFound
    }

    public var category: Category {
        switch self {
        case .notOpened, .alreadyOpened, .sessionEnded, .sessionApproved, .timeWentBackwards, .enteredAfterwards,
            .participantAbsent,
            .participantAlreadyPresent, .participantAlreadyKnown, .noNoteTakerRole, .roleFull, .roleUnchanged,
            .categoryNotInRound,
            .kindNotAccepted,
            .noDilemma, .unknownOption, .requirementsUnmet,
            .lastRound, .firstRound, .noDecision, .alreadyRetracted, .participantHasEntries, .nothingToUndo, .notEnded,
            .alreadyApproved,
            .cannotConveneHere, .erasureBreaksSession, .notStarted, .notPlanned, .alreadyStarted, .actionAlreadyDone,
            .actionNotDone, .signalCannotMove, .notApproved, .alreadyShared:
            return .rule
        case .passedOnToNobody:
            return .usage
        case .notAnAction, .notASignal:
            return .notFound
        case .invalidName, .unknownRole, .kindHasOwnCommand, .unknownCategory, .ambiguousCategory, .unknownQuestion,
            .tooFewOptions,
            .badOptionLabels,
            .harmForUnknownOption, .emptyText, .forceNeedsReason, .abandonNeedsReason, .scoreOutOfRange:
            return .usage
        case .unknownParticipant, .ambiguousParticipant, .unknownEntry:
            return .notFound
        }
    }
}
