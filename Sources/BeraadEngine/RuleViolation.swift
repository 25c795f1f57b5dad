/// Why `decide` refused a command, in terms a facilitator can act on.
public enum RuleViolation: Error, Sendable, Equatable {
    case notOpened
    case alreadyOpened
    case sessionEnded
    case sessionApproved
    case timeWentBackwards(last: Timestamp, given: Timestamp)
    case unknownParticipant(name: String, known: [String])
    case ambiguousParticipant(name: String, candidates: [String])
    case participantAbsent(name: String)
    case participantAlreadyPresent(name: String)
    case invalidName(name: String)
    case unknownRole(role: String, known: [String])
    case roleFull(role: String, holders: [String])
    case kindNotAccepted(kind: ContributionKind, round: LocalizedText, acceptedIn: [LocalizedText])
    case kindHasOwnCommand(kind: ContributionKind)
    case unknownCategory(category: String, known: [String])
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
    case nothingToUndo
    case notEnded
    case alreadyApproved
    case scoreOutOfRange(score: Int)
    case invalidDate(value: String)
    case cannotConveneHere(round: LocalizedText, roundsThatCan: [LocalizedText])

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
        case .notOpened, .alreadyOpened, .sessionEnded, .sessionApproved, .timeWentBackwards, .participantAbsent,
            .participantAlreadyPresent, .roleFull, .kindNotAccepted, .noDilemma, .unknownOption, .requirementsUnmet,
            .lastRound, .firstRound, .noDecision, .alreadyRetracted, .nothingToUndo, .notEnded, .alreadyApproved,
            .cannotConveneHere:
            return .rule
        case .invalidName, .unknownRole, .kindHasOwnCommand, .unknownCategory, .tooFewOptions, .badOptionLabels,
            .harmForUnknownOption, .emptyText, .forceNeedsReason, .abandonNeedsReason, .scoreOutOfRange, .invalidDate:
            return .usage
        case .unknownParticipant, .ambiguousParticipant, .unknownEntry:
            return .notFound
        }
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        func t(_ key: Catalog.Key, _ args: String...) -> String { Catalog.text(key, language, args) }
        func list(_ items: [String]) -> String { items.joined(separator: ", ") }
        switch self {
        case .notOpened:
            return t(.thisSessionHasNotBeenOpened)
        case .alreadyOpened:
            return t(.thisSessionIsAlreadyOpen)
        case .sessionEnded:
            return t(.theSessionIsClosedOnlyReading)
        case .sessionApproved:
            return t(.theMinutesAreApprovedTheSession)
        case .timeWentBackwards(let last, let given):
            return t(.timeIsBeforeTheLastEntry, given.description, last.description)
        case .unknownParticipant(let name, let known):
            let suffix =
                known.isEmpty
                ? t(.nobodyHasJoinedYetUseBeraad)
                : t(.participants2) + list(known)
            return t(.noParticipant, name) + suffix
        case .ambiguousParticipant(let name, let candidates):
            return t(.couldBeMoreThanOneParticipant, name)
                + list(candidates)
        case .participantAbsent(let name):
            return t(.isNotPresent, name)
        case .participantAlreadyPresent(let name):
            return t(.hasAlreadyJoined, name)
        case .invalidName(let name):
            return t(.cannotBeANameUseText, name)
        case .unknownRole(let role, let known):
            return t(.unknownRoleRoles, role) + list(known)
        case .roleFull(let role, let holders):
            return t(.theRoleIsAlreadyTakenBy, role) + list(holders)
        case .kindNotAccepted(let kind, let round, let acceptedIn):
            let base = t(.theRoundDoesNotAcceptA, round(language), kind.label(language))
            if acceptedIn.isEmpty { return base + t(.noRoundDoes) }
            return base + t(.itBelongsIn) + list(acceptedIn.map { "'\($0(language))'" })
        case .kindHasOwnCommand(let kind):
            return t(.aIsRecordedWithBeraad, kind.label(language), kind.commandName)
        case .unknownCategory(let category, let known):
            if known.isEmpty {
                return t(.thisRoundHasNoCategories)
            }
            return t(.unknownCategoryCategories, category)
                + list(known)
        case .noDilemma:
            return t(.thereIsNoDilemmaWithOptions)
        case .unknownOption(let label, let known):
            return t(.noOptionOptions, label) + list(known)
        case .tooFewOptions:
            return t(.aDilemmaNeedsAtLeastTwo)
        case .badOptionLabels(let expected):
            return t(.theOptionsAreLabelledInOrder) + list(expected)
        case .harmForUnknownOption(let label):
            return t(.harmForAnUnknownOption, label)
        case .emptyText:
            return t(.theTextIsEmpty)
        case .requirementsUnmet(let round, let unmet):
            return t(.roundIsNotFinished, round(language))
                + unmet.map { $0.describe(language) }.joined(separator: "; ")
                + t(.toMoveOnAnywayBeraadNext)
        case .forceNeedsReason:
            return t(.forceNeedsReasonText)
        case .lastRound:
            return t(.thisIsTheLastRoundEnd)
        case .firstRound:
            return t(.thisIsTheFirstRound)
        case .noDecision:
            return t(.thereIsNoDecisionYetRecord)
        case .abandonNeedsReason:
            return t(.abandonNeedsReasonText)
        case .unknownEntry(let id):
            return t(.noEntrySeeBeraadLog, id)
        case .alreadyRetracted(let id):
            return t(.isAlreadyRetracted, id)
        case .nothingToUndo:
            return t(.thereIsNothingToUndo)
        case .notEnded:
            return t(.onlyTheMinutesOfAClosed)
        case .alreadyApproved:
            return t(.theMinutesAreAlreadyApproved)
        case .scoreOutOfRange(let score):
            return t(.scoreIsNotBetween1And, String(score))
        case .cannotConveneHere(let round, let roundsThatCan):
            let base = t(.noMoreelBeraadCanBeConvened, round(language))
            if roundsThatCan.isEmpty {
                return base + t(.thisMethodHasNoSuchRound)
            }
            return base + t(.thatIsDoneIn) + list(roundsThatCan.map { "'\($0(language))'" })
        case .invalidDate(let value):
            return t(.isNotADateUseYyyy, value)
        }
    }
}
