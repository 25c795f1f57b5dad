import BeraadEngine

/// The fixed words of the minutes, in both languages.
enum MinutesLabels {
    /// A text of the catalog, in both languages.
    static func T(_ key: Catalog.Key) -> LocalizedText { Catalog.localized(key) }

    static let minutesOf = T(.minutes)
    static let concept = T(.draft)
    static let approvedOn = T(.approvedOn)
    static let date = T(.date2)
    static let time = T(.time2)
    static let method = T(.method)
    static let source = T(.sourceLabel)
    static let facilitator = T(.facilitator)
    static let session = T(.session)
    static let status = T(.status)
    static let anonymized = T(.anonymisedParticipantsNamesAreReplacedBy)
    static let redactedNote = T(.confidentialDetailsAreLeftOutAnd)
    static let stateOpen = T(.inProgress)
    static let stateClosed = T(.closed)
    static let stateAbandoned = T(.abandoned)

    /// The label of a session's phase name (`open`, `closed`, `abandoned`).
    static func state(_ name: String) -> LocalizedText {
        switch name {
        case "closed": return stateClosed
        case "abandoned": return stateAbandoned
        default: return stateOpen
        }
    }
    static let agreements = T(.agreements)
    static let participants = T(.participants3)
    static let name = T(.name2)
    static let role = T(.role)
    static let present = T(.present)
    static let leftAt = T(.leftAt)
    static let from = T(.from)
    static let theCase = T(.theCase2)
    static let broughtInBy = T(.broughtInBy)
    static let clarifications = T(.clarifyingQuestionsAndFacts)
    static let dilemma = T(.theDilemma)
    static let option = T(.option)
    static let harm = T(.harm2)
    static let grid = T(.perspectivesValuesNormsAndRights)
    static let stakeholder = T(.stakeholder)
    static let kind = T(.kind)
    static let text = T(.content)
    static let supports = T(.supportsOption)
    static let by = T(.by)
    static let alternatives = T(.alternatives)
    static let positions = T(.positions)
    static let chooses = T(.chooses)
    static let because = T(.because2)
    static let cannot = T(.thereforeICannot2)
    static let mitigate = T(.iLimitTheHarmBy)
    static let needs = T(.whatINeed2)
    static let changedFrom = T(.earlier)
    static let tally = T(.agreementAndDifference)
    static let noPosition = T(.noPosition)
    static let decision = T(.decision2)
    static let rationale = T(.rationale)
    static let reachedBy = T(.reachedBy)
    static let dissent = T(.dissent2)
    static let actions = T(.actions)
    static let action = T(.action2)
    static let owner = T(.owner)
    static let due = T(.due2)
    static let signals = T(.signals)
    static let signal = T(.signal2)
    static let level = T(.level2)
    static let evaluation = T(.evaluation2)
    static let participant = T(.participant2)
    static let score = T(.score)
    static let remark = T(.remark)
    static let average = T(.averageScore)
    static let contributions = T(.contributionsByRound)
    static let timePerRound = T(.timePerRound)
    static let round = T(.round)
    static let spent = T(.spent)
    static let timebox = T(.timeBox)
    static let notVisited = T(.notReached)
    static let minutesUnit = T(.min)
    static let forced = T(.movedOnBeforeARoundWas)
    static let stillOpen = T(.stillOpen)
    static let reason = T(.reason)
    static let corrections = T(.appendixCorrections)
    static let entry = T(.entry)
    static let original = T(.original)
    static let amendedTo = T(.amendedTo)
    static let retracted = T(.retracted2)
    static let undone = T(.undone)
    static let amendedMark = T(.corrected)
    static let abandonedBecause = T(.abandoned2)
}

extension DecisionSupport {
    /// How the decision was reached, as the minutes say it.
    var label: LocalizedText {
        switch self {
        case .consensus: return Catalog.localized(.consensus)
        case .majority: return Catalog.localized(.majority)
        case .presenter: return Catalog.localized(.thePresenterSDecision)
        case .facilitator: return Catalog.localized(.theFacilitatorSDecision)
        }
    }
}

extension SignalLevel {
    /// The level as the minutes say it.
    var label: LocalizedText {
        switch self {
        case .individual: return Catalog.localized(.individual)
        case .group: return Catalog.localized(.group)
        case .policy: return Catalog.localized(.policy)
        }
    }
}

extension MinutesLabels {
    static let chartTitle = T(.whoChoseWhatFirstAndLast)
    static let firstChoice = T(.firstChoice)
    static let lastChoice = T(.lastChoice)
    static let contents = T(.contents)
    static let generatedBy = T(.madeWithBeraad)
}

extension MinutesLabels {
    static let links = T(.linkedSessions)
    static let convenedFrom = T(.convenedFrom)
    static let convenedHere = T(.convenedFromThisSession)
    static let inRound = T(.inTheRound)
    static let itsDecision = T(.itsDecision)
    static let notDecided = T(.noDecisionYet)
}
