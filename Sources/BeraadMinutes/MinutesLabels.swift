import BeraadEngine

/// The fixed words of the minutes, in both languages.
enum MinutesLabels {
    typealias T = LocalizedText

    static let minutesOf = T(nl: "Verslag", en: "Minutes")
    static let concept = T(nl: "Concept", en: "Draft")
    static let approvedOn = T(nl: "Vastgesteld op", en: "Approved on")
    static let date = T(nl: "Datum", en: "Date")
    static let time = T(nl: "Tijd", en: "Time")
    static let method = T(nl: "Methode", en: "Method")
    static let source = T(nl: "Bron", en: "Source")
    static let facilitator = T(nl: "Gespreksleider", en: "Facilitator")
    static let session = T(nl: "Sessie", en: "Session")
    static let status = T(nl: "Status", en: "Status")
    static let anonymized = T(
        nl: "Geanonimiseerd: namen van deelnemers zijn vervangen door hun rol.",
        en: "Anonymised: participants' names are replaced by their role.")
    static let redactedNote = T(
        nl: "Vertrouwelijke gegevens zijn weggelaten en vervangen door […].",
        en: "Confidential details are left out and replaced by […].")
    static let stateOpen = T(nl: "lopend", en: "in progress")
    static let stateClosed = T(nl: "afgesloten", en: "closed")
    static let stateAbandoned = T(nl: "afgebroken", en: "abandoned")
    static let agreements = T(nl: "Afspraken", en: "Agreements")
    static let participants = T(nl: "Deelnemers", en: "Participants")
    static let name = T(nl: "Naam", en: "Name")
    static let role = T(nl: "Rol", en: "Role")
    static let present = T(nl: "Aanwezig", en: "Present")
    static let leftAt = T(nl: "vertrokken om", en: "left at")
    static let from = T(nl: "vanaf", en: "from")
    static let theCase = T(nl: "Casus", en: "The case")
    static let broughtInBy = T(nl: "Ingebracht door", en: "Brought in by")
    static let clarifications = T(nl: "Verhelderende vragen en feiten", en: "Clarifying questions and facts")
    static let dilemma = T(nl: "Dilemma", en: "The dilemma")
    static let option = T(nl: "Optie", en: "Option")
    static let harm = T(nl: "Schade", en: "Harm")
    static let grid = T(nl: "Perspectieven, waarden, normen en rechten", en: "Perspectives, values, norms and rights")
    static let stakeholder = T(nl: "Betrokkene", en: "Stakeholder")
    static let kind = T(nl: "Soort", en: "Kind")
    static let text = T(nl: "Inhoud", en: "Content")
    static let supports = T(nl: "Steunt optie", en: "Supports option")
    static let by = T(nl: "Door", en: "By")
    static let alternatives = T(nl: "Alternatieven", en: "Alternatives")
    static let positions = T(nl: "Standpunten", en: "Positions")
    static let chooses = T(nl: "kiest", en: "chooses")
    static let because = T(nl: "Omdat", en: "Because")
    static let cannot = T(nl: "Daarom kan ik niet", en: "Therefore I cannot")
    static let mitigate = T(nl: "De schade beperk ik door", en: "I limit the harm by")
    static let needs = T(nl: "Wat ik nodig heb", en: "What I need")
    static let changedFrom = T(nl: "Eerder", en: "Earlier")
    static let tally = T(nl: "Overeenkomsten en verschillen", en: "Agreement and difference")
    static let noPosition = T(nl: "geen standpunt", en: "no position")
    static let decision = T(nl: "Besluit", en: "Decision")
    static let rationale = T(nl: "Onderbouwing", en: "Rationale")
    static let reachedBy = T(nl: "Genomen bij", en: "Reached by")
    static let dissent = T(nl: "Niet eens met het besluit", en: "Dissent")
    static let actions = T(nl: "Acties", en: "Actions")
    static let action = T(nl: "Actie", en: "Action")
    static let owner = T(nl: "Wie", en: "Owner")
    static let due = T(nl: "Uiterlijk", en: "Due")
    static let signals = T(nl: "Signalen", en: "Signals")
    static let signal = T(nl: "Signaal", en: "Signal")
    static let level = T(nl: "Niveau", en: "Level")
    static let evaluation = T(nl: "Evaluatie", en: "Evaluation")
    static let participant = T(nl: "Deelnemer", en: "Participant")
    static let score = T(nl: "Score", en: "Score")
    static let remark = T(nl: "Opmerking", en: "Remark")
    static let average = T(nl: "Gemiddelde score", en: "Average score")
    static let contributions = T(nl: "Inbreng per ronde", en: "Contributions by round")
    static let timePerRound = T(nl: "Tijd per ronde", en: "Time per round")
    static let round = T(nl: "Ronde", en: "Round")
    static let spent = T(nl: "Besteed", en: "Spent")
    static let timebox = T(nl: "Tijdbox", en: "Time box")
    static let notVisited = T(nl: "niet bereikt", en: "not reached")
    static let minutesUnit = T(nl: "min", en: "min")
    static let forced = T(nl: "Doorgegaan zonder dat de ronde af was", en: "Moved on before a round was finished")
    static let stillOpen = T(nl: "Nog open", en: "Still open")
    static let reason = T(nl: "Reden", en: "Reason")
    static let corrections = T(nl: "Bijlage: correcties", en: "Appendix: corrections")
    static let entry = T(nl: "Vastlegging", en: "Entry")
    static let original = T(nl: "Oorspronkelijk", en: "Original")
    static let amendedTo = T(nl: "gewijzigd in", en: "amended to")
    static let retracted = T(nl: "ingetrokken", en: "retracted")
    static let undone = T(nl: "ongedaan gemaakt", en: "undone")
    static let amendedMark = T(nl: "gecorrigeerd", en: "corrected")
    static let abandonedBecause = T(nl: "Afgebroken", en: "Abandoned")
}

extension DecisionSupport {
    /// How the decision was reached, as the minutes say it.
    var label: LocalizedText {
        switch self {
        case .consensus: return LocalizedText(nl: "consensus", en: "consensus")
        case .majority: return LocalizedText(nl: "meerderheid", en: "majority")
        case .presenter: return LocalizedText(nl: "besluit van de inbrenger", en: "the presenter's decision")
        case .facilitator: return LocalizedText(nl: "besluit van de gespreksleider", en: "the facilitator's decision")
        }
    }
}

extension SignalLevel {
    /// The level as the minutes say it.
    var label: LocalizedText {
        switch self {
        case .individual: return LocalizedText(nl: "individueel", en: "individual")
        case .group: return LocalizedText(nl: "groep", en: "group")
        case .policy: return LocalizedText(nl: "beleid", en: "policy")
        }
    }
}

extension MinutesLabels {
    static let chartTitle = T(nl: "Wie koos wat: eerste en laatste keuze", en: "Who chose what: first and last choice")
    static let firstChoice = T(nl: "eerste keuze", en: "first choice")
    static let lastChoice = T(nl: "laatste keuze", en: "last choice")
    static let contents = T(nl: "Inhoud", en: "Contents")
    static let generatedBy = T(nl: "Gemaakt met Beraad", en: "Made with Beraad")
}

extension MinutesLabels {
    static let links = T(nl: "Verbonden sessies", en: "Linked sessions")
    static let convenedFrom = T(nl: "Belegd vanuit", en: "Convened from")
    static let convenedHere = T(nl: "Vanuit deze sessie belegd", en: "Convened from this session")
    static let inRound = T(nl: "in de ronde", en: "in the round")
    static let itsDecision = T(nl: "Besluit daar", en: "Its decision")
    static let notDecided = T(nl: "nog geen besluit", en: "no decision yet")
}
