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
        func t(_ nl: String, _ en: String) -> String { LocalizedText(nl: nl, en: en)(language) }
        func list(_ items: [String]) -> String { items.joined(separator: ", ") }
        switch self {
        case .notOpened:
            return t("deze sessie is nog niet geopend", "this session has not been opened")
        case .alreadyOpened:
            return t("deze sessie is al geopend", "this session is already open")
        case .sessionEnded:
            return t(
                "de sessie is afgesloten; alleen lezen, correcties, 'redact' en 'approve' zijn nog mogelijk",
                "the session is closed; only reading, corrections, 'redact' and 'approve' are still possible")
        case .sessionApproved:
            return t(
                "het verslag is vastgesteld; de sessie neemt geen correcties meer aan",
                "the minutes are approved; the session takes no more corrections")
        case .timeWentBackwards(let last, let given):
            return t(
                "tijd \(given) ligt vóór de laatste vastlegging (\(last)); tijden mogen niet teruglopen",
                "time \(given) is before the last entry (\(last)); times must not go backwards")
        case .unknownParticipant(let name, let known):
            let suffix =
                known.isEmpty
                ? t(
                    " (nog niemand is aangesloten: gebruik 'beraad join')",
                    " (nobody has joined yet: use 'beraad join')")
                : t("; deelnemers: ", "; participants: ") + list(known)
            return t("geen deelnemer '\(name)'", "no participant '\(name)'") + suffix
        case .ambiguousParticipant(let name, let candidates):
            return t("'\(name)' kan meerdere deelnemers zijn: ", "'\(name)' could be more than one participant: ")
                + list(candidates)
        case .participantAbsent(let name):
            return t("\(name) is niet (meer) aanwezig", "\(name) is not present")
        case .participantAlreadyPresent(let name):
            return t("\(name) doet al mee", "\(name) has already joined")
        case .invalidName(let name):
            return t(
                "'\(name)' kan geen naam zijn: gebruik tekst zonder ':' of stuurtekens, hoogstens 100 tekens, niet beginnend met '-'",
                "'\(name)' cannot be a name: use text without ':' or control characters, at most 100 characters, not starting with '-'"
            )
        case .unknownRole(let role, let known):
            return t("onbekende rol '\(role)'; rollen: ", "unknown role '\(role)'; roles: ") + list(known)
        case .roleFull(let role, let holders):
            return t("de rol '\(role)' is al vergeven aan ", "the role '\(role)' is already taken by ") + list(holders)
        case .kindNotAccepted(let kind, let round, let acceptedIn):
            let base = t(
                "de ronde '\(round.nl)' neemt geen \(kind.label.nl) aan",
                "the round '\(round.en)' does not accept a \(kind.label.en)")
            if acceptedIn.isEmpty { return base + t("; geen ronde doet dat", "; no round does") }
            return base + t("; dat kan in: ", "; it belongs in: ") + list(acceptedIn.map { "'\($0(language))'" })
        case .kindHasOwnCommand(let kind):
            return t(
                "een \(kind.label.nl) leg je vast met 'beraad \(kind.commandName)'",
                "a \(kind.label.en) is recorded with 'beraad \(kind.commandName)'")
        case .unknownCategory(let category, let known):
            if known.isEmpty {
                return t("deze ronde heeft geen categorieën", "this round has no categories")
            }
            return t("onbekende categorie '\(category)'; categorieën: ", "unknown category '\(category)'; categories: ")
                + list(known)
        case .noDilemma:
            return t(
                "er is nog geen dilemma met opties; leg dat eerst vast met 'beraad dilemma'",
                "there is no dilemma with options yet; frame it first with 'beraad dilemma'")
        case .unknownOption(let label, let known):
            return t("geen optie '\(label)'; opties: ", "no option '\(label)'; options: ") + list(known)
        case .tooFewOptions:
            return t("een dilemma heeft minstens twee opties nodig", "a dilemma needs at least two options")
        case .badOptionLabels(let expected):
            return t("de opties heten op volgorde ", "the options are labelled in order ") + list(expected)
        case .harmForUnknownOption(let label):
            return t("schade voor onbekende optie '\(label)'", "harm for an unknown option '\(label)'")
        case .emptyText:
            return t("de tekst is leeg", "the text is empty")
        case .requirementsUnmet(let round, let unmet):
            return t("ronde '\(round.nl)' is nog niet af: ", "round '\(round.en)' is not finished: ")
                + unmet.map { $0.describe(language) }.joined(separator: "; ")
                + t(
                    ". Ga toch verder met 'beraad next --force --reason TEKST'.",
                    ". To move on anyway: 'beraad next --force --reason TEXT'.")
        case .forceNeedsReason:
            return t("--force vraagt om --reason TEKST", "--force needs --reason TEXT")
        case .lastRound:
            return t(
                "dit is de laatste ronde; sluit de sessie af met 'beraad close'",
                "this is the last round; end the session with 'beraad close'")
        case .firstRound:
            return t("dit is de eerste ronde", "this is the first round")
        case .noDecision:
            return t(
                "er is nog geen besluit; leg het vast met 'beraad decide' of stop met 'beraad close --abandon --reason TEKST'",
                "there is no decision yet; record it with 'beraad decide' or stop with 'beraad close --abandon --reason TEXT'"
            )
        case .abandonNeedsReason:
            return t("--abandon vraagt om --reason TEKST", "--abandon needs --reason TEXT")
        case .unknownEntry(let id):
            return t("geen vastlegging '\(id)'; zie 'beraad log'", "no entry '\(id)'; see 'beraad log'")
        case .alreadyRetracted(let id):
            return t("\(id) is al ingetrokken", "\(id) is already retracted")
        case .nothingToUndo:
            return t("er is niets om ongedaan te maken", "there is nothing to undo")
        case .notEnded:
            return t(
                "alleen het verslag van een afgesloten sessie kan worden vastgesteld",
                "only the minutes of a closed session can be approved")
        case .alreadyApproved:
            return t("het verslag is al vastgesteld", "the minutes are already approved")
        case .scoreOutOfRange(let score):
            return t("score \(score) ligt niet tussen 1 en 5", "score \(score) is not between 1 and 5")
        case .cannotConveneHere(let round, let roundsThatCan):
            let base = t(
                "vanuit de ronde '\(round.nl)' kan geen moreel beraad worden belegd",
                "no moreel beraad can be convened from the round '\(round.en)'")
            if roundsThatCan.isEmpty {
                return base + t("; deze methode kent zo'n ronde niet", "; this method has no such round")
            }
            return base + t("; dat kan in: ", "; that is done in: ") + list(roundsThatCan.map { "'\($0(language))'" })
        case .invalidDate(let value):
            return t(
                "'\(value)' is geen datum; gebruik JJJJ-MM-DD", "'\(value)' is not a date; use YYYY-MM-DD")
        }
    }
}
