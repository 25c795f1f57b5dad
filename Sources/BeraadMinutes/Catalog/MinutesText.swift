import BeraadEngine

extension Catalog {
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
        case basedOn(value: String)
        case questionsHeading
        case elapsed(minutes: String, timebox: String)
        case stillNeeded(needs: String)
    }
}

// The words of the minutes and the board in Dutch and English side by side: one exhaustive switch, so a text
// missing in either language does not compile.

extension Catalog.MinutesText {
    /// The text in both languages.
    public var text: LocalizedText {
        switch self {
        case .minutesOf:
            return LocalizedText(nl: "Verslag", en: "Minutes")
        case .concept:
            return LocalizedText(nl: "Concept", en: "Draft")
        case .approvedOn:
            return LocalizedText(nl: "Vastgesteld op", en: "Approved on")
        case .approvedBy:
            return LocalizedText(nl: "door", en: "by")
        case .reviewOn:
            return LocalizedText(nl: "Evalueren op", en: "Review date")
        case .reviewDecision:
            return LocalizedText(nl: "Het besluit evalueren", en: "Evaluate the decision")
        case .place:
            return LocalizedText(nl: "Plaats", en: "Place")
        case .noteTaker:
            return LocalizedText(nl: "Notulist", en: "Minute-taker")
        case .inAttendance:
            return LocalizedText(nl: "Aanwezig als notulist", en: "In attendance")
        case .presentPeople:
            return LocalizedText(nl: "Aanwezig", en: "Present")
        case .absent:
            return LocalizedText(nl: "Afwezig", en: "Apologies")
        case .distribution:
            return LocalizedText(nl: "Verspreiding", en: "Distribution")
        case .appendix:
            return LocalizedText(nl: "Verantwoording", en: "Record of proceedings")
        case .appendixIntro:
            return LocalizedText(
                nl: "Voor de gespreksleider en het archief; hoort niet bij het verslag dat in een dossier komt.",
                en: "For the facilitator and the archive; not part of the minutes filed in a record.")
        case .confidentialityStandard:
            return LocalizedText(
                nl: "Vertrouwelijk — niet in het cliëntdossier",
                en: "Confidential — not to be filed in the patient's record")
        case .date:
            return LocalizedText(nl: "Datum", en: "Date")
        case .time:
            return LocalizedText(nl: "Tijd", en: "Time")
        case .method:
            return LocalizedText(nl: "Methode", en: "Method")
        case .facilitator:
            return LocalizedText(nl: "Gespreksleider", en: "Facilitator")
        case .session:
            return LocalizedText(nl: "Sessie", en: "Session")
        case .status:
            return LocalizedText(nl: "Status", en: "Status")
        case .anonymized:
            return LocalizedText(
                nl: "Geanonimiseerd: de namen van de deelnemers zijn vervangen door hun rol.",
                en: "Anonymised: the participants' names are replaced by their role.")
        case .notRedacted:
            return LocalizedText(
                nl:
                    "Andere namen en gegevens, zoals die van de cliënt, zijn niet weggelaten; dat doet 'beraad weglaten TEKST'.",
                en: "Other names and details, such as the client's, are not left out; 'beraad redact TEXT' does that.")
        case .redacted:
            return LocalizedText(
                nl: "Vertrouwelijke gegevens zijn weggelaten en vervangen door […] of een aanduiding.",
                en: "Confidential details are left out and replaced by […] or a stand-in.")
        case .fingerprint(let hash):
            return LocalizedText(
                nl: "Vingerafdruk van het vastgestelde journaal (SHA-256): \(hash)",
                en: "Fingerprint of the approved journal (SHA-256): \(hash)")
        case .erasureForgotten(let at, let count):
            return LocalizedText(
                nl: "\(at): \(count)× de naam van een deelnemer (recht op vergetelheid)",
                en: "\(at): \(count)× a participant's name (right to erasure)")
        case .erasureRedacted(let at, let count):
            return LocalizedText(
                nl: "\(at): \(count)× weggelaten tekst (een naam, een adres)",
                en: "\(at): \(count)× redacted text (a name, an address)")
        case .erasuresLabel:
            return LocalizedText(nl: "Gewist", en: "Erased")
        case .erasedAfterApproval(let at, let count):
            return LocalizedText(
                nl: "Na de vaststelling is op \(at) tekst uit het journaal gewist (\(count)×) en vervangen door […].",
                en: "After approval, text was erased from the journal on \(at) (\(count)×) and replaced by […].")
        case .statePlanned:
            return LocalizedText(nl: "gepland", en: "planned")
        case .stateOpen:
            return LocalizedText(nl: "lopend", en: "in progress")
        case .agreements:
            return LocalizedText(nl: "Afspraken", en: "Agreements")
        case .participants:
            return LocalizedText(nl: "Deelnemers", en: "Participants")
        case .name:
            return LocalizedText(nl: "Naam", en: "Name")
        case .role:
            return LocalizedText(nl: "Rol", en: "Role")
        case .function:
            return LocalizedText(nl: "Functie", en: "Function")
        case .present:
            return LocalizedText(nl: "Aanwezig", en: "Present")
        case .leftAt:
            return LocalizedText(nl: "vertrokken om", en: "left at")
        case .from:
            return LocalizedText(nl: "vanaf", en: "from")
        case .theCase:
            return LocalizedText(nl: "Casus", en: "The case")
        case .broughtInBy:
            return LocalizedText(nl: "Ingebracht door", en: "Presented by")
        case .questionToGroup:
            return LocalizedText(nl: "Vraag aan de groep", en: "Question for the group")
        case .dilemma:
            return LocalizedText(nl: "Dilemma", en: "The dilemma")
        case .option:
            return LocalizedText(nl: "Optie", en: "Option")
        case .harm:
            return LocalizedText(nl: "Schade", en: "Harm")
        case .grid:
            return LocalizedText(
                nl: "Perspectieven, waarden, normen en rechten", en: "Perspectives, values, norms and rights")
        case .stakeholder:
            return LocalizedText(nl: "Betrokkene", en: "Stakeholder")
        case .kind:
            return LocalizedText(nl: "Soort", en: "Kind")
        case .text:
            return LocalizedText(nl: "Inhoud", en: "Content")
        case .supports:
            return LocalizedText(nl: "Steunt optie", en: "Supports option")
        case .by:
            return LocalizedText(nl: "Door", en: "By")
        case .theGroup:
            return LocalizedText(nl: "de groep", en: "the group")
        case .alternatives:
            return LocalizedText(nl: "Alternatieven", en: "Alternatives")
        case .positions:
            return LocalizedText(nl: "Standpunten", en: "Positions")
        case .chooses:
            return LocalizedText(nl: "kiest", en: "chooses")
        case .because:
            return LocalizedText(nl: "Omdat", en: "Because")
        case .cannot:
            return LocalizedText(nl: "Daarom kan ik niet", en: "Therefore I cannot")
        case .mitigate:
            return LocalizedText(nl: "De schade beperk ik door", en: "I limit the harm by")
        case .needs:
            return LocalizedText(nl: "Wat ik nodig heb", en: "What I need")
        case .changedFrom:
            return LocalizedText(nl: "Eerder", en: "Earlier")
        case .tally:
            return LocalizedText(nl: "Overeenkomsten en verschillen", en: "Agreement and difference")
        case .decision:
            return LocalizedText(nl: "Besluit", en: "Decision")
        case .rationale:
            return LocalizedText(nl: "Onderbouwing", en: "Rationale")
        case .reachedBy:
            return LocalizedText(nl: "Draagvlak", en: "Agreed by")
        case .summary:
            return LocalizedText(nl: "Samenvatting", en: "Summary")
        case .reviewing:
            return LocalizedText(nl: "Wat we evalueren", en: "What we review")
        case .onTheCard(let card):
            return LocalizedText(nl: "zie de kaart \(card)", en: "see the card \(card)")
        case .coveredByChoice:
            return LocalizedText(
                nl: "Gedekt door de gekozen interventie(s)", en: "Covered by the chosen intervention(s)")
        case .approvedShort:
            return LocalizedText(nl: "Vastgesteld", en: "Approved")
        case .pageOf:
            return LocalizedText(nl: "pagina %PAGE% van %PAGES%", en: "page %PAGE% of %PAGES%")
        case .correctedMark:
            return LocalizedText(nl: "gecorrigeerd", en: "corrected")
        case .kindHeading(let kind):
            return LocalizedText(
                nl: { () -> String in
                    switch kind {
                    case .question: return "Vragen"
                    case .fact: return "Feiten"
                    case .value: return "Waarden"
                    case .norm: return "Normen"
                    case .right: return "Rechten"
                    case .perspective: return "Perspectieven"
                    case .alternative: return "Alternatieven"
                    case .consideration: return "Overwegingen"
                    case .note: return "Notities"
                    case .`case`: return "Casus"
                    case .dilemma: return "Dilemma"
                    case .position: return "Standpunten"
                    case .decision: return "Besluiten"
                    case .action: return "Acties"
                    case .signal: return "Signalen"
                    case .evaluation: return "Evaluaties"
                    }
                }(),
                en: { () -> String in
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
                }())
        case .dueBy:
            return LocalizedText(nl: "uiterlijk", en: "by")
        case .presenterQuestion:
            return LocalizedText(nl: "Vraag van de inbrenger", en: "The presenter's question")
        case .approvedLine(let date, let by):
            return LocalizedText(
                nl: "vastgesteld op \(date)" + (by.isEmpty ? "" : " door \(by)"),
                en: "approved on \(date)" + (by.isEmpty ? "" : " by \(by)"))
        case .dissent:
            return LocalizedText(nl: "Niet eens met het besluit", en: "Dissent")
        case .actions:
            return LocalizedText(nl: "Acties", en: "Actions")
        case .action:
            return LocalizedText(nl: "Actie", en: "Action")
        case .owner:
            return LocalizedText(nl: "Wie", en: "Owner")
        case .due:
            return LocalizedText(nl: "Uiterlijk", en: "Due")
        case .signals:
            return LocalizedText(nl: "Signalen", en: "Issues to raise")
        case .signal:
            return LocalizedText(nl: "Signaal", en: "Issue")
        case .level:
            return LocalizedText(nl: "Niveau", en: "Level")
        case .evaluation:
            return LocalizedText(nl: "Evaluatie", en: "Evaluation")
        case .participant:
            return LocalizedText(nl: "Deelnemer", en: "Participant")
        case .score:
            return LocalizedText(nl: "Score", en: "Score")
        case .remark:
            return LocalizedText(nl: "Opmerking", en: "Remark")
        case .average:
            return LocalizedText(nl: "Gemiddelde score", en: "Average score")
        case .contributions:
            return LocalizedText(nl: "Inbreng per ronde", en: "Contributions by round")
        case .timePerRound:
            return LocalizedText(nl: "Tijd per ronde", en: "Time per round")
        case .spent:
            return LocalizedText(nl: "Besteed", en: "Spent")
        case .timebox:
            return LocalizedText(nl: "Tijdbox", en: "Time box")
        case .notVisited:
            return LocalizedText(nl: "niet bereikt", en: "not reached")
        case .minutesUnit:
            return LocalizedText(nl: "min", en: "min")
        case .forced:
            return LocalizedText(
                nl: "Doorgegaan zonder dat de ronde af was", en: "Moved on before a round was finished")
        case .stillOpen:
            return LocalizedText(nl: "Nog open", en: "Still open")
        case .reason:
            return LocalizedText(nl: "Reden", en: "Reason")
        case .corrections:
            return LocalizedText(nl: "Correcties", en: "Corrections")
        case .steps:
            return LocalizedText(nl: "Stappen", en: "Steps")
        case .helps:
            return LocalizedText(nl: "helpt", en: "helps")
        case .hinders:
            return LocalizedText(nl: "belemmert", en: "hinders")
        case .unanswered:
            return LocalizedText(nl: "niet beantwoord", en: "not answered")
        case .notDiscussed:
            return LocalizedText(nl: "niet besproken", en: "not discussed")
        case .serves:
            return LocalizedText(nl: "dient", en: "serves")
        case .chosen:
            return LocalizedText(nl: "gekozen", en: "chosen")
        case .goalCheck:
            return LocalizedText(
                nl: "Bereiken we met de gekozen interventie wat we wilden bereiken?",
                en: "Does the chosen intervention achieve what we wanted to achieve?")
        case .goal:
            return LocalizedText(nl: "Voorwaarde", en: "Condition")
        case .wanted:
            return LocalizedText(nl: "Wat we willen bereiken", en: "What we want to achieve")
        case .servedBy:
            return LocalizedText(nl: "Interventies die het dienen", en: "Interventions that serve it")
        case .yes:
            return LocalizedText(nl: "ja", en: "yes")
        case .no:
            return LocalizedText(nl: "nee", en: "no")
        case .retracted:
            return LocalizedText(nl: "ingetrokken", en: "retracted")
        case .replacedBy:
            return LocalizedText(nl: "vervangen door", en: "replaced by")
        case .alternativeOption:
            return LocalizedText(nl: "alternatief", en: "alternative")
        case .notAtTheMeeting:
            return LocalizedText(nl: "niet bij het beraad", en: "not at the meeting")
        case .to:
            return LocalizedText(nl: "Naar", en: "To")
        case .roundsNotReached(let rounds):
            return LocalizedText(
                nl: "Afgesloten voordat deze rondes aan bod kwamen: \(rounds).",
                en: "Closed before these rounds were reached: \(rounds).")
        case .carriedOverFrom(let session):
            return LocalizedText(
                nl: "Meegenomen uit \u{201C}\(session)\u{201D}.", en: "Carried over from \u{201C}\(session)\u{201D}.")
        case .undone:
            return LocalizedText(nl: "ongedaan gemaakt", en: "undone")
        case .abandonedBecause:
            return LocalizedText(nl: "Afgebroken", en: "Abandoned")
        case .supportConsensus:
            return LocalizedText(nl: "consensus", en: "consensus")
        case .supportMajority:
            return LocalizedText(nl: "meerderheid", en: "majority")
        case .supportPresenter:
            return LocalizedText(nl: "besluit van de inbrenger", en: "the presenter's decision")
        case .supportFacilitator:
            return LocalizedText(nl: "besluit van de gespreksleider", en: "the facilitator's decision")
        case .levelIndividual:
            return LocalizedText(nl: "individueel", en: "individual")
        case .levelGroup:
            return LocalizedText(nl: "groep", en: "group")
        case .levelPolicy:
            return LocalizedText(nl: "beleid", en: "policy")
        case .chartTitle:
            return LocalizedText(
                nl: "Wie koos wat: eerste en laatste keuze", en: "Who chose what: first and last choice")
        case .firstChoice:
            return LocalizedText(nl: "eerste keuze", en: "first choice")
        case .lastChoice:
            return LocalizedText(nl: "laatste keuze", en: "last choice")
        case .generatedBy:
            return LocalizedText(nl: "Gemaakt met Beraad", en: "Made with Beraad")
        case .caseBankKicker:
            return LocalizedText(nl: "Moresprudentie", en: "Moresprudentie")
        case .caseBankTitle:
            return LocalizedText(nl: "Casusbank", en: "Case bank")
        case .caseBankMade:
            return LocalizedText(nl: "Gemaakt op", en: "Made on")
        case .caseBankCount:
            return LocalizedText(nl: "Casussen", en: "Cases")
        case .caseBankAnonymised:
            return LocalizedText(
                nl:
                    "Alleen vastgestelde sessies die voor de casusbank zijn gedeeld. De namen van de deelnemers zijn vervangen door hun rol en weggelaten tekst staat er als […]; andere namen en gegevens, zoals die van de cliënt, zijn alleen weg waar ze zijn weggelaten. Lees een casus na voor u hem doorgeeft.",
                en:
                    "Only approved sessions shared for the case bank. The participants' names are replaced by their role and erased text stands as […]; other names and details, such as the client's, are gone only where they were redacted. Read a case before you pass it on."
            )
        case .caseBankTeam:
            return LocalizedText(nl: "Team", en: "Team")
        case .caseBankCase:
            return LocalizedText(nl: "De casus", en: "The case")
        case .caseBankDilemma:
            return LocalizedText(nl: "Het dilemma", en: "The dilemma")
        case .caseBankOption:
            return LocalizedText(nl: "Optie", en: "Option")
        case .caseBankHarm:
            return LocalizedText(nl: "Schade", en: "Harm")
        case .caseBankTensions:
            return LocalizedText(
                nl: "Waarden, normen en rechten in het geding", en: "Values, norms and rights in tension")
        case .caseBankFor:
            return LocalizedText(nl: "voor", en: "for")
        case .caseBankDecision:
            return LocalizedText(nl: "Het besluit", en: "The decision")
        case .caseBankBecause:
            return LocalizedText(nl: "Omdat", en: "Because")
        case .caseBankLearned:
            return LocalizedText(nl: "Wat het opleverde", en: "What was learned")
        case .links:
            return LocalizedText(nl: "Verbonden sessies", en: "Linked sessions")
        case .convenedFrom:
            return LocalizedText(nl: "Belegd vanuit", en: "Convened from")
        case .convenedHere:
            return LocalizedText(nl: "Vanuit deze sessie belegd", en: "Convened from this session")
        case .followsUp:
            return LocalizedText(nl: "Vervolg op", en: "Follows up")
        case .followedUpIn:
            return LocalizedText(nl: "Vervolgd in", en: "Followed up in")
        case .inRound:
            return LocalizedText(nl: "in de ronde", en: "in the round")
        case .itsDecision:
            return LocalizedText(nl: "Besluit daar", en: "Its decision")
        case .notDecided:
            return LocalizedText(nl: "nog geen besluit", en: "no decision yet")
        case .source:
            return LocalizedText(nl: "Bron", en: "Source")
        case .stateClosed:
            return LocalizedText(nl: "afgesloten", en: "closed")
        case .stateAbandoned:
            return LocalizedText(nl: "afgebroken", en: "abandoned")
        case .round:
            return LocalizedText(nl: "Ronde", en: "Round")
        case .basedOn(let value):
            return LocalizedText(nl: "Gebaseerd op \(value)", en: "Based on \(value)")
        case .questionsHeading:
            return LocalizedText(nl: "Hulpvragen:", en: "Guiding questions:")
        case .elapsed(let minutes, let timebox):
            return LocalizedText(nl: "Tijd: \(minutes) van \(timebox) min", en: "Time: \(minutes) of \(timebox) min")
        case .stillNeeded(let needs):
            return LocalizedText(nl: "Nog nodig: \(needs)", en: "Still needed: \(needs)")
        }
    }
}
