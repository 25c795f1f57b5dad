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
    case alreadyRetracted(id: String)
    /// Taking back a join would leave entries of someone who is no longer in the session.
    case participantHasEntries(name: String, entries: [String])
    case nothingToUndo
    case notEnded
    case alreadyApproved
    case scoreOutOfRange(score: Int)
    case invalidDate(value: String)
    case cannotConveneHere(round: LocalizedText, roundsThatCan: [LocalizedText])
    /// Erasing the text would leave a journal that does not replay, such as two participants with one name.
    case erasureBreaksSession
    case notStarted
    case notPlanned
    case alreadyStarted
    case notAnAction(id: String)
    case notASignal(id: String)
    case actionAlreadyDone(id: String)
    case actionNotDone(id: String)
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
            .harmForUnknownOption, .emptyText, .forceNeedsReason, .abandonNeedsReason, .scoreOutOfRange, .invalidDate:
            return .usage
        case .unknownParticipant, .ambiguousParticipant, .unknownEntry:
            return .notFound
        }
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        Catalog.text(.rule(text(language)), language)
    }

    /// The catalog's sentence for this violation, its lists and names filled in for `language`.
    private func text(_ language: Language) -> Catalog.RuleText {
        func list(_ items: [String]) -> String { items.joined(separator: ", ") }
        func quoted(_ titles: [LocalizedText]) -> String { list(titles.map { "'\($0(language))'" }) }
        switch self {
        case .notOpened: return .notOpened
        case .alreadyOpened: return .alreadyOpened
        case .sessionEnded: return .sessionEnded
        case .sessionApproved: return .sessionApproved
        case .timeWentBackwards(let last, let given):
            return .timeWentBackwards(given: given.description, last: last.description)
        case .enteredAfterwards(let last):
            let civil = last.civil
            return .enteredAfterwards(last: civil.dateString + " " + civil.timeString())
        case .unknownParticipant(let name, let known):
            return known.isEmpty
                ? .unknownParticipantNobodyYet(name: name) : .unknownParticipant(name: name, known: list(known))
        case .ambiguousParticipant(let name, let candidates):
            return .ambiguousParticipant(name: name, candidates: list(candidates))
        case .participantAbsent(let name): return .participantAbsent(name: name)
        case .participantAlreadyPresent(let name): return .participantAlreadyPresent(name: name)
        case .participantAlreadyKnown(let name): return .participantAlreadyKnown(name: name)
        case .noNoteTakerRole: return .noNoteTakerRole
        case .invalidName(let name): return .invalidName(name: name)
        case .unknownRole(let role, let known):
            return .unknownRole(role: role, known: list(known.map { $0(language) }))
        case .roleFull(let role, let holders): return .roleFull(role: role(language), holders: list(holders))
        case .roleUnchanged(let name, let role): return .roleUnchanged(name: name, role: role(language))
        case .kindNotAccepted(let kind, let round, let acceptedIn):
            if acceptedIn.isEmpty {
                return .kindNotAcceptedAnywhere(round: round(language), kind: kind.label(language))
            }
            return .kindNotAccepted(round: round(language), kind: kind.label(language), rounds: quoted(acceptedIn))
        case .kindHasOwnCommand(let kind):
            return .kindHasOwnCommand(kind: kind.label(language), command: kind.commandName)
        case .unknownCategory(let category, let known):
            return known.isEmpty ? .noCategories : .unknownCategory(category: category, known: list(known))
        case .ambiguousCategory(let category, let candidates):
            return .ambiguousCategory(category: category, candidates: list(candidates))
        case .unknownQuestion(let number, let count):
            return count == 0 ? .noQuestions : .unknownQuestion(number: String(number), count: String(count))
        case .categoryNotInRound(let category, let round, let takenIn):
            return .categoryNotInRound(category: category, round: round(language), rounds: quoted(takenIn))
        case .noDilemma: return .noDilemma
        case .unknownOption(let label, let known): return .unknownOption(label: label, known: list(known))
        case .tooFewOptions: return .tooFewOptions
        case .badOptionLabels(let expected): return .badOptionLabels(expected: list(expected))
        case .harmForUnknownOption(let label): return .harmForUnknownOption(label: label)
        case .emptyText: return .emptyText
        case .requirementsUnmet(let round, let unmet):
            return .requirementsUnmet(
                round: round(language), unmet: unmet.map { $0.describe(language) }.joined(separator: "; "))
        case .forceNeedsReason: return .forceNeedsReason
        case .lastRound: return .lastRound
        case .firstRound: return .firstRound
        case .noDecision: return .noDecision
        case .abandonNeedsReason: return .abandonNeedsReason
        case .unknownEntry(let id): return .unknownEntry(id: id)
        case .alreadyRetracted(let id): return .alreadyRetracted(id: id)
        case .participantHasEntries(let name, let entries):
            return .participantHasEntries(name: name, entries: list(entries))
        case .nothingToUndo: return .nothingToUndo
        case .notEnded: return .notEnded
        case .alreadyApproved: return .alreadyApproved
        case .scoreOutOfRange(let score): return .scoreOutOfRange(score: String(score))
        case .cannotConveneHere(let round, let roundsThatCan):
            if roundsThatCan.isEmpty { return .cannotConveneAnywhere(round: round(language)) }
            return .cannotConvene(round: round(language), rounds: quoted(roundsThatCan))
        case .invalidDate(let value): return .invalidDate(value: value)
        case .erasureBreaksSession: return .erasureBreaksSession
        case .notStarted: return .notStarted
        case .notPlanned: return .notPlanned
        case .alreadyStarted: return .alreadyStarted
        case .notAnAction(let id): return .notAnAction(id: id)
        case .notASignal(let id): return .notASignal(id: id)
        case .actionAlreadyDone(let id): return .actionAlreadyDone(id: id)
        case .actionNotDone(let id): return .actionNotDone(id: id)
        case .signalCannotMove(let from, let to):
            return .signalCannotMove(from: from.label(language), to: to.label(language))
        case .passedOnToNobody: return .passedOnToNobody
        case .notApproved: return .notApproved
        case .alreadyShared: return .alreadyShared
        }
    }
}
