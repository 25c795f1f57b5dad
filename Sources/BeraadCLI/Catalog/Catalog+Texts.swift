import BeraadEngine

// The command line's texts in Dutch and English side by side: one exhaustive switch per kind of text, so a text
// missing in either language does not compile. The keys are named in Catalog+Keys.swift.

extension Catalog.HelpText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .usageLabel:
            return LocalizedText(nl: "Gebruik", en: "Usage")
        case .seeCommandHelp(let command):
            return LocalizedText(
                nl: "Zie 'beraad \(command) --help' voor meer informatie.",
                en: "See 'beraad \(command) --help' for more information.")
        case .commandPlaceholder:
            return LocalizedText(nl: "commando", en: "command")
        case .optionsPlaceholder:
            return LocalizedText(nl: "opties", en: "options")
        case .seeHelp:
            return LocalizedText(
                nl: "Zie 'beraad --help' voor meer informatie.", en: "See 'beraad --help' for more information.")
        case .groupSessions:
            return LocalizedText(nl: "Sessies", en: "Sessions")
        case .groupMeeting:
            return LocalizedText(nl: "Tijdens het beraad", en: "During the meeting")
        case .groupCorrections:
            return LocalizedText(nl: "Correcties", en: "Corrections")
        case .groupAfterwards:
            return LocalizedText(nl: "Na afloop", en: "Afterwards")
        case .groupFollowUp:
            return LocalizedText(nl: "OPVOLGING", en: "FOLLOW-UP")
        case .groupOther:
            return LocalizedText(nl: "Overig", en: "Other")
        case .globalHome:
            return LocalizedText(nl: "map met de sessies (BERAAD_HOME)", en: "where sessions are kept (BERAAD_HOME)")
        case .globalSession:
            return LocalizedText(
                nl: "de sessie waarmee je werkt (BERAAD_SESSION)", en: "the session to act on (BERAAD_SESSION)")
        case .globalLang:
            return LocalizedText(nl: "taal (BERAAD_LANG)", en: "language (BERAAD_LANG)")
        case .globalAt:
            return LocalizedText(
                nl: "leg vast als gebeurd op TIJD (ISO 8601, of UU:MM vandaag)",
                en: "record as having happened at TIME (ISO 8601, or HH:MM today)")
        case .globalNow:
            return LocalizedText(
                nl:
                    "leg nu vast in een beraad dat achteraf wordt ingevoerd en waarvan de laatste vastlegging lang geleden is",
                en: "record now in a meeting being entered afterwards whose last record is long ago")
        case .globalJSON:
            return LocalizedText(nl: "uitvoer als JSON", en: "machine-readable output")
        case .globalHelp:
            return LocalizedText(nl: "toont hulp", en: "show help")
        case .globalVersion:
            return LocalizedText(nl: "toont de versie", en: "show the version")
        case .new:
            return LocalizedText(
                nl: "opent een sessie en maakt die actueel", en: "opens a session and makes it current")
        case .details:
            return LocalizedText(
                nl:
                    "zet de kop van het verslag na de start (tot vaststellen): titel, plaats, verspreiding, team, notulist",
                en:
                    "sets the minutes' header after the start (until approval): title, place, distribution, team, note-taker"
            )
        case .detailsTitle:
            return LocalizedText(nl: "de titel van het beraad", en: "the meeting's title")
        case .newTitle:
            return LocalizedText(nl: "titel van het beraad", en: "title of the meeting")
        case .newProtocol:
            return LocalizedText(nl: "de methode (standaard moreel-beraad)", en: "the method (default moreel-beraad)")
        case .newFacilitator:
            return LocalizedText(nl: "de gespreksleider", en: "the facilitator")
        case .newPlace:
            return LocalizedText(nl: "waar het beraad plaatsvindt", en: "where the meeting is held")
        case .newDistribute:
            return LocalizedText(
                nl: "wie het verslag krijgt, gescheiden door ';' (\"Team Noord; teamleider\")",
                en: "who receives the minutes, separated by ';' (\"Team Noord; team leader\")")
        case .newTeam:
            return LocalizedText(
                nl: "het team van deze sessie, om afspraken en signalen over sessies heen te volgen",
                en: "the team whose session this is, to follow actions and signals across sessions")
        case .newPlanned:
            return LocalizedText(
                nl:
                    "plant de sessie op die dag; casus en dilemma kunnen vooraf, de eerste ronde begint met 'beraad begin'",
                en:
                    "plans the session for that day; case and dilemma can be recorded beforehand, the first round begins with 'beraad start'"
            )
        case .start:
            return LocalizedText(
                nl: "begint een geplande sessie: de eerste ronde gaat nu in",
                en: "starts a planned session: its first round begins now")
        case .actions:
            return LocalizedText(
                nl: "de afspraken van alle sessies, met hun id",
                en: "the agreed actions of every session, with their ids")
        case .actionsOpen:
            return LocalizedText(nl: "alleen wat nog open staat", en: "only those still open")
        case .actionsOverdue:
            return LocalizedText(nl: "alleen wat over tijd is", en: "only those past their due date")
        case .actionsDone:
            return LocalizedText(nl: "alleen wat gedaan is", en: "only those done")
        case .actionsOwner:
            return LocalizedText(nl: "alleen van deze eigenaar", en: "only this owner's")
        case .actionsSince:
            return LocalizedText(
                nl: "alleen afgesproken op of na deze dag", en: "only those agreed on or after this day")
        case .listTeam:
            return LocalizedText(nl: "alleen sessies van dit team", en: "only this team's sessions")
        case .signals:
            return LocalizedText(
                nl: "het signalenregister over alle sessies, per thema",
                en: "the signal register across sessions, by theme")
        case .signalsLevel:
            return LocalizedText(nl: "alleen signalen van dit niveau", en: "only signals of this level")
        case .signalsState:
            return LocalizedText(nl: "alleen signalen in deze stand", en: "only signals in this state")
        case .signalsSince:
            return LocalizedText(
                nl: "alleen signalen van op of na deze dag", en: "only signals raised on or after this day")
        case .signalsReport:
            return LocalizedText(
                nl: "schrijft het register voor een beleidsoverleg, zonder namen",
                en: "writes the register for a policy meeting, without names")
        case .signalsFormat:
            return LocalizedText(
                nl: "markdown, html of csv (standaard markdown)", en: "markdown, html or csv (default markdown)")
        case .signalsOutput:
            return LocalizedText(nl: "het rapport naar dit bestand", en: "the report to this file")
        case .signalPass:
            return LocalizedText(nl: "een signaal is doorgegeven (aan wie)", en: "a signal was passed on (to whom)")
        case .signalPassTo:
            return LocalizedText(nl: "aan wie het is doorgegeven", en: "to whom it was passed on")
        case .signalAnswer:
            return LocalizedText(nl: "wat er op een signaal terugkwam", en: "what came back on a signal")
        case .signalAnswerText:
            return LocalizedText(nl: "het antwoord", en: "the answer")
        case .signalClose:
            return LocalizedText(nl: "een signaal is afgehandeld", en: "a signal is dealt with")
        case .signalID:
            return LocalizedText(
                nl: "het signaal: SESSIE/s2 zoals 'beraad signalen' het toont, of s2 in de actuele sessie",
                en: "the signal: SESSION/s2 as 'beraad signals' shows it, or s2 in the current session")
        case .share:
            return LocalizedText(
                nl: "deelt de vastgestelde sessie voor de casusbank (geanonimiseerd)",
                en: "shares the approved session for the case bank (anonymised)")
        case .shareBy:
            return LocalizedText(nl: "wie ermee instemde", en: "who agreed to it")
        case .casebank:
            return LocalizedText(
                nl: "de casusbank: samenvattingen van gedeelde sessies, met de deelnemers bij hun rol",
                en: "the case bank: summaries of shared sessions, with the participants by their role")
        case .casebankSearch:
            return LocalizedText(nl: "alleen casussen met deze tekst", en: "only cases with this text")
        case .casebankMethod:
            return LocalizedText(nl: "alleen casussen met deze methode", en: "only cases of this method")
        case .casebankValue:
            return LocalizedText(
                nl: "alleen casussen waarin deze waarde, norm of dit recht speelde",
                en: "only cases in which this value, norm or right was at stake")
        case .casebankFormat:
            return LocalizedText(
                nl: "markdown, html of json (standaard markdown)", en: "markdown, html or json (default markdown)")
        case .casebankOutput:
            return LocalizedText(nl: "naar dit bestand", en: "to this file")
        case .followUp:
            return LocalizedText(
                nl: "opent een vervolgbespreking bij een sessie: besluit, afspraken en doelen gaan mee",
                en: "opens a review session for a session: decision, actions and goals come along")
        case .followUpID:
            return LocalizedText(nl: "de sessie die gevolgd wordt", en: "the session to follow up")
        case .done:
            return LocalizedText(
                nl: "markeert een afspraak als gedaan (ook na vaststelling)",
                en: "marks an action done (after approval too)")
        case .doneAction:
            return LocalizedText(
                nl: "de afspraak: SESSIE/a2 zoals 'beraad afspraken' hem toont, of a2 in de actuele sessie",
                en: "the action: SESSION/a2 as 'beraad actions' shows it, or a2 in the current session")
        case .doneNote:
            return LocalizedText(nl: "een notitie erbij (wat er is gebeurd)", en: "a note with it (what happened)")
        case .reopen:
            return LocalizedText(nl: "zet een gedane afspraak weer open", en: "opens an action marked done again")
        case .agenda:
            return LocalizedText(
                nl: "wat er speelt: te evalueren besluiten, afspraken over tijd, geplande sessies",
                en: "what is due: decisions to evaluate, overdue actions, planned sessions")
        case .agendaWeeks:
            return LocalizedText(nl: "zoveel weken vooruit (standaard 4)", en: "this many weeks ahead (default 4)")
        case .newNoteTaker:
            return LocalizedText(
                nl: "de notulist (doet mee in de rol notulist)", en: "the note-taker (joins in the role notulist)")
        case .sessions:
            return LocalizedText(nl: "toont de sessies (lopende, of alle)", en: "lists sessions (open ones, or all)")
        case .sessionsAll:
            return LocalizedText(nl: "ook afgesloten sessies", en: "closed sessions too")
        case .sessionsSearch:
            return LocalizedText(
                nl: "alleen sessies met deze tekst in titel, casus, vraag, dilemma of besluit",
                en: "only sessions with this text in their title, case, question, dilemma or decision")
        case .sessionsProtocol:
            return LocalizedText(nl: "alleen sessies met deze methode", en: "only sessions of this method")
        case .sessionsSince:
            return LocalizedText(nl: "alleen sessies op of na deze dag", en: "only sessions on or after this day")
        case .sessionsUntil:
            return LocalizedText(nl: "alleen sessies op of voor deze dag", en: "only sessions on or before this day")
        case .sessionsState:
            return LocalizedText(
                nl: "alleen gepland, lopend, afgesloten of vastgesteld", en: "only planned, open, closed or approved")
        case .use:
            return LocalizedText(nl: "maakt een sessie actueel", en: "makes a session current")
        case .useID:
            return LocalizedText(nl: "sessie-id", en: "session id")
        case .join:
            return LocalizedText(nl: "voegt een deelnemer toe", en: "adds a participant")
        case .joinName:
            return LocalizedText(nl: "naam", en: "name")
        case .joinRole:
            return LocalizedText(
                nl: "rol uit de methode (standaard deelnemer)", en: "role from the method (default participant)")
        case .joinAbsent:
            return LocalizedText(
                nl: "uitgenodigd maar niet aanwezig: staat als afwezig in het verslag",
                en: "invited but not there: listed as absent in the minutes")
        case .joinFunction:
            return LocalizedText(
                nl: "functie of discipline (huisarts, teamleider); staat bij de naam in het verslag",
                en: "function or discipline (huisarts, team leader); shown beside the name in the minutes")
        case .invite:
            return LocalizedText(
                nl: "zet iemand die uitgenodigd is maar er niet is op de lijst, als afwezig",
                en: "lists someone invited who is not there, as absent")
        case .leave:
            return LocalizedText(
                nl: "noteert dat een deelnemer vertrekt", en: "marks a participant as gone from now on")
        case .role:
            return LocalizedText(
                nl: "geeft een deelnemer tijdens het gesprek een andere rol (de voorbeeldgever)",
                en: "gives a participant another role during the session (the example-giver)")
        case .roleRole:
            return LocalizedText(nl: "de nieuwe rol uit de methode", en: "the new role from the method")
        case .status:
            return LocalizedText(
                nl: "de huidige ronde, de tijd en wie nog iets moet inbrengen",
                en: "the current round, its time and who still has to contribute")
        case .case:
            return LocalizedText(nl: "legt de casus vast", en: "records the case description")
        case .caseText:
            return LocalizedText(nl: "de casus", en: "the case")
        case .caseBy:
            return LocalizedText(nl: "door (standaard de inbrenger)", en: "by (default the case presenter)")
        case .caseQuestion:
            return LocalizedText(
                nl: "de vraag van de inbrenger aan de groep", en: "the case presenter's question for the group")
        case .dilemma:
            return LocalizedText(
                nl: "formuleert het dilemma: de vraag, de opties en de schade van elke optie",
                en: "frames the dilemma: the question, the options and the harm of each")
        case .dilemmaQuestion:
            return LocalizedText(nl: "de dilemmavraag", en: "the dilemma question")
        case .dilemmaOption:
            return LocalizedText(nl: "een optie", en: "an option")
        case .dilemmaHarm:
            return LocalizedText(nl: "de schade van een optie", en: "the harm of an option")
        case .say:
            return LocalizedText(
                nl: "legt een bijdrage vast in de huidige ronde", en: "records a contribution in the current round")
        case .sayName:
            return LocalizedText(nl: "wie het zegt", en: "who says it")
        case .sayText:
            return LocalizedText(nl: "wat er gezegd wordt", en: "what is said")
        case .sayKind:
            return LocalizedText(nl: "soort (standaard de eerste van de ronde)", en: "kind (default the round's first)")
        case .sayCategory:
            return LocalizedText(nl: "categorie van de ronde", en: "the round's category")
        case .sayAbout:
            return LocalizedText(nl: "de betrokkene om wie het gaat", en: "the stakeholder it concerns")
        case .sayOption:
            return LocalizedText(nl: "de optie die het steunt", en: "the option it supports")
        case .sayLevel:
            return LocalizedText(
                nl: "het niveau van een interventie: individu, groep of organisatie-beleid",
                en: "an intervention's level: individu, groep or organisatie-beleid")
        case .sayInfluence:
            return LocalizedText(
                nl: "of het helpt of belemmert (een factor uit fase 2)",
                en: "whether it helps or hinders (a factor of phase 2)")
        case .sayAnswers:
            return LocalizedText(
                nl: "het nummer van de hulpvraag van de ronde die het beantwoordt",
                en: "the number of the round's guiding question it answers")
        case .sayServes:
            return LocalizedText(
                nl: "de kaart uit een eerdere ronde die het dient (de voorwaarde uit fase 1)",
                en: "the card of an earlier round it serves (the condition of phase 1)")
        case .position:
            return LocalizedText(nl: "legt iemands beargumenteerde keuze vast", en: "records someone's argued choice")
        case .participantName:
            return LocalizedText(nl: "deelnemer", en: "participant")
        case .positionOption:
            return LocalizedText(nl: "gekozen optie (A, B, …)", en: "chosen option (A, B, …)")
        case .positionBecause:
            return LocalizedText(nl: "omdat (welke waarde)", en: "because (which value)")
        case .positionCannot:
            return LocalizedText(nl: "daarom kan ik niet", en: "therefore I cannot")
        case .positionMitigate:
            return LocalizedText(nl: "hoe ik de schade beperk", en: "how I limit the harm")
        case .positionNeeds:
            return LocalizedText(nl: "wat ik nodig heb", en: "what I need")
        case .decide:
            return LocalizedText(nl: "legt het besluit vast", en: "records the conclusion")
        case .decideText:
            return LocalizedText(nl: "het besluit", en: "the decision")
        case .decideOption:
            return LocalizedText(nl: "de gekozen optie", en: "the chosen option")
        case .decideRationale:
            return LocalizedText(nl: "de onderbouwing", en: "the rationale")
        case .decideSupport:
            return LocalizedText(nl: "hoe het besluit tot stand kwam", en: "how it was reached")
        case .decideDissent:
            return LocalizedText(nl: "wie het er niet mee eens is", en: "who disagrees")
        case .decideReview:
            return LocalizedText(
                nl: "wanneer het besluit geëvalueerd wordt", en: "when the decision is to be evaluated")
        case .action:
            return LocalizedText(nl: "legt een afgesproken actie vast", en: "records an agreed action")
        case .actionText:
            return LocalizedText(nl: "de actie", en: "the action")
        case .actionOwner:
            return LocalizedText(
                nl: "wie het doet (hoeft niet bij het beraad te zijn)", en: "who does it (need not be at the meeting)")
        case .actionDue:
            return LocalizedText(
                nl: "uiterlijk op: 2026-12-04, 4-12-2026, 4 december, vrijdag of over 2 weken",
                en: "due date: 2026-12-04, 4-12-2026, 4 December, friday or in 2 weeks")
        case .signal:
            return LocalizedText(nl: "legt een signaal vast dat verder moet", en: "records a signal to pass on")
        case .signalText:
            return LocalizedText(nl: "het signaal", en: "the signal")
        case .signalBy:
            return LocalizedText(nl: "wie het signaleert (standaard de groep)", en: "who raised it (default the group)")
        case .signalTo:
            return LocalizedText(nl: "naar wie het gaat", en: "to whom it goes")
        case .signalTheme:
            return LocalizedText(
                nl: "een thema om het signaal bij gelijke te groeperen (\"eenzaamheid\")",
                en: "a theme to group the signal with like ones (\"loneliness\")")
        case .signalLevel:
            return LocalizedText(nl: "niveau", en: "level")
        case .evaluate:
            return LocalizedText(nl: "legt iemands evaluatie vast", en: "records a participant's evaluation")
        case .evaluateText:
            return LocalizedText(nl: "de evaluatie", en: "the evaluation")
        case .evaluateScore:
            return LocalizedText(nl: "score van 1 tot 5", en: "score from 1 to 5")
        case .next:
            return LocalizedText(nl: "gaat naar de volgende ronde", en: "moves to the next round")
        case .nextForce:
            return LocalizedText(nl: "ook als de ronde niet af is", en: "even if the round is not finished")
        case .nextReason:
            return LocalizedText(nl: "waarom (bij --forceer)", en: "why (with --force)")
        case .back:
            return LocalizedText(nl: "gaat terug naar de vorige ronde", en: "returns to the previous round")
        case .convene:
            return LocalizedText(
                nl: "belegt vanuit deze ronde een gekoppeld moreel beraad",
                en: "convenes a linked moreel beraad from this round")
        case .board:
            return LocalizedText(
                nl: "schrijft het scherm voor de groep: één HTML-pagina die de browser steeds ververst",
                en: "writes the group's screen: one HTML page the browser keeps reloading")
        case .boardOutput:
            return LocalizedText(
                nl: "naar dit bestand (standaard ./beraad-board.html)", en: "to this file (default ./beraad-board.html)"
            )
        case .run:
            return LocalizedText(
                nl: "de begeleide live-modus: ronde voor ronde, elke regel direct vastgelegd",
                en: "the guided live mode: round by round, every line recorded at once")
        case .log:
            return LocalizedText(
                nl: "alle vastleggingen, elk met een id", en: "the session's entries, each with its id")
        case .amend:
            return LocalizedText(nl: "corrigeert de tekst van een vastlegging", en: "corrects an entry's text")
        case .entryID:
            return LocalizedText(nl: "id uit 'beraad log'", en: "id from 'beraad log'")
        case .amendText:
            return LocalizedText(
                nl: "de nieuwe tekst (zonder tekst blijft die staan; in de live-modus komt hij op de regel)",
                en: "the new text (without it the text stays; in the live mode it is put on the line)")
        case .amendKind:
            return LocalizedText(
                nl:
                    "verplaatst de vastlegging naar een andere soort die haar ronde aanneemt (een vraag die als feit is vastgelegd)",
                en: "moves the entry to another kind its round accepts (a question recorded as a fact)")
        case .retract:
            return LocalizedText(nl: "trekt een vastlegging in", en: "withdraws an entry")
        case .retractReason:
            return LocalizedText(nl: "waarom", en: "why")
        case .undo:
            return LocalizedText(nl: "trekt de laatste vastlegging in", en: "retracts the most recent entry")
        case .close:
            return LocalizedText(nl: "sluit de sessie af", en: "ends the session")
        case .closeAbandon:
            return LocalizedText(nl: "afbreken zonder besluit", en: "end without a decision")
        case .closeReason:
            return LocalizedText(nl: "waarom (bij --afbreken)", en: "why (with --abandon)")
        case .minutes:
            return LocalizedText(nl: "schrijft het verslag", en: "writes the minutes")
        case .minutesFormat:
            return LocalizedText(nl: "formaat (standaard markdown)", en: "format (default markdown)")
        case .minutesOutput:
            return LocalizedText(nl: "naar dit bestand", en: "to this file")
        case .minutesNoAppendix:
            return LocalizedText(
                nl: "laat de Verantwoording weg (bron, sessie-id, tijd per ronde, correcties)",
                en: "leaves out the Record of proceedings appendix (source, session id, time per round, corrections)")
        case .minutesAnonymize:
            return LocalizedText(nl: "namen vervangen door rol en nummer", en: "replace names by role and number")
        case .redact:
            return LocalizedText(
                nl:
                    "wist TEKST (een naam, een adres) uit de sessie op schijf: […] komt ervoor in de plaats, ook in wat later wordt vastgelegd",
                en:
                    "erases TEXT (a name, an address) from the session on disk, leaving […] in its place, in what is recorded later too"
            )
        case .redactAll:
            return LocalizedText(
                nl: "in elke sessie van deze map, en in sessies die later worden geopend",
                en: "in every session of this home, and in sessions opened later")
        case .redactList:
            return LocalizedText(
                nl:
                    "hoeveel weglatingen er in deze sessie gelden (alleen als aantal: de teksten zelf zijn niet bewaard)",
                en: "how many redactions stand in this session (a count only: the texts themselves are not kept)")
        case .redactText:
            return LocalizedText(nl: "bijvoorbeeld een naam of adres", en: "a client's name or an address, for example")
        case .approveBy:
            return LocalizedText(
                nl: "wie het verslag vaststelt (hoeft niet bij het beraad te zijn geweest)",
                en: "who approves the minutes (need not have been at the meeting)")
        case .redactBy:
            return LocalizedText(nl: "wie de tekst wist", en: "who erases the text")
        case .redactAs:
            return LocalizedText(
                nl: "wat er in de plaats komt (\"meneer J.\"), in plaats van […]",
                en: "a stand-in to put where the text stood (\"meneer J.\"), instead of […]")
        case .verify:
            return LocalizedText(
                nl: "controleert of journaals heel en onveranderd zijn, of een verslag uit zijn journaal komt",
                en: "checks that journals are whole and unchanged, or that minutes came from one")
        case .verifyID:
            return LocalizedText(
                nl: "sessie-id (standaard de actuele sessie)", en: "session id (the current one if none is given)")
        case .verifyAll:
            return LocalizedText(nl: "controleert elke sessie in de map", en: "checks every session of the home")
        case .verifyMinutes:
            return LocalizedText(
                nl: "of dit verslagbestand uit het vastgestelde journaal komt",
                en: "whether this minutes file was made from the approved journal")
        case .export:
            return LocalizedText(
                nl: "schrijft een sessie weg om over te dragen: haar journaal, gecontroleerd",
                en: "writes a session out to hand over: its journal, verified")
        case .exportID:
            return LocalizedText(
                nl: "sessie-id (standaard de actuele sessie)", en: "session id (the current one if none is given)")
        case .exportOutput:
            return LocalizedText(
                nl: "naar dit bestand (standaard naar de standaarduitvoer)",
                en: "to this file (otherwise to standard output)")
        case .importSession:
            return LocalizedText(
                nl: "neemt een geëxporteerde sessie op als die klopt", en: "adds an exported session once it verifies")
        case .importFile:
            return LocalizedText(nl: "het geëxporteerde journaal", en: "the exported journal")
        case .forget:
            return LocalizedText(
                nl: "wist iemands naam uit elke sessie (recht op vergetelheid)",
                en: "erases a person's name from every session (right to erasure)")
        case .forgetName:
            return LocalizedText(nl: "de naam zoals bij aansluiten gegeven", en: "the name as given to join")
        case .forgetDryRun:
            return LocalizedText(
                nl: "toont per sessie wat gewist zou worden, en wist niets",
                en: "shows what would be erased, session by session, and erases nothing")
        case .forgetBy:
            return LocalizedText(nl: "wie de naam wist", en: "who erases the name")
        case .purge:
            return LocalizedText(
                nl: "verwijdert afgesloten sessies die ouder zijn dan de bewaartermijn",
                en: "removes closed sessions older than the retention period")
        case .purgeOlderThan:
            return LocalizedText(
                nl: "de bewaartermijn: 2y, 18m, 6w, 90d (standaard 'retention' in config)",
                en: "the retention period: 2y, 18m, 6w, 90d (otherwise 'retention' in config)")
        case .purgeDryRun:
            return LocalizedText(
                nl: "laat alleen zien wat zou worden verwijderd", en: "only shows what would be removed")
        case .approve:
            return LocalizedText(
                nl: "stelt het verslag van een afgesloten sessie vast", en: "approves the closed session's minutes")
        case .protocols:
            return LocalizedText(nl: "toont de methodes", en: "lists the methods")
        case .protocolsShow:
            return LocalizedText(nl: "toont een methode ronde voor ronde", en: "shows a method round by round")
        case .protocolsShowID:
            return LocalizedText(nl: "id van de methode", en: "the method's id")
        case .protocolsShowFormat:
            return LocalizedText(nl: "tekst, of markdown om af te drukken", en: "text, or markdown to print")
        case .protocolsLint:
            return LocalizedText(nl: "controleert protocolbestanden", en: "validates protocol files")
        case .protocolsLintFile:
            return LocalizedText(nl: "protocolbestand", en: "protocol file")
        case .demo:
            return LocalizedText(
                nl: "speelt een voorbeeldsessie en schrijft het verslag",
                en: "plays a worked example session and writes its minutes")
        case .demoDirectory:
            return LocalizedText(
                nl: "map voor het verslag (standaard ./beraad-demo)",
                en: "folder for the minutes (default ./beraad-demo)")
        case .completions:
            return LocalizedText(
                nl: "toont een script voor het aanvullen in de shell", en: "prints a shell completion script")
        case .completionsShell:
            return LocalizedText(nl: "bash, zsh of fish", en: "bash, zsh or fish")
        case .help:
            return LocalizedText(nl: "toont hulp bij een commando", en: "shows help for a command")
        case .overviewHeading:
            return LocalizedText(nl: "OVERZICHT", en: "OVERVIEW")
        case .overview:
            return LocalizedText(
                nl:
                    "beraad begeleidt een moreel beraad ronde voor ronde, legt ieders inbreng direct vast en schrijft het verslag.",
                en:
                    "beraad steps a moral case deliberation round by round, records everyone's input as it is given and writes the minutes."
            )
        case .usageHeading:
            return LocalizedText(nl: "GEBRUIK", en: "USAGE")
        case .globalOptionsHeading:
            return LocalizedText(nl: "ALGEMENE OPTIES", en: "GLOBAL OPTIONS")
        case .seeCommandHelpFooter:
            return LocalizedText(
                nl: "Zie 'beraad help <commando>' voor meer over een commando. Begin met 'beraad demo'.",
                en: "See 'beraad help <command>' for more on a command. Start with 'beraad demo'.")
        case .argumentsHeading:
            return LocalizedText(nl: "ARGUMENTEN", en: "ARGUMENTS")
        case .optionsHeading:
            return LocalizedText(nl: "OPTIES", en: "OPTIONS")
        case .showThisHelp:
            return LocalizedText(nl: "toont deze hulp", en: "show this help")
        case .subcommandsHeading:
            return LocalizedText(nl: "SUBCOMMANDO'S", en: "SUBCOMMANDS")
        case .globalOptionsAreListed:
            return LocalizedText(
                nl: "Algemene opties staan in 'beraad --help'.", en: "Global options are listed in 'beraad --help'.")
        case .values:
            return LocalizedText(nl: "waarden", en: "values")
        }
    }
}

extension Catalog.MessageText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .sessionAbandoned:
            return LocalizedText(
                nl: "Sessie afgebroken. Het verslag: 'beraad verslag'.",
                en: "Session abandoned. The minutes: 'beraad minutes'.")
        case .closingLeavesOut(let rounds):
            return LocalizedText(
                nl: "deze rondes komen niet aan bod: \(rounds)", en: "these rounds were not reached: \(rounds)")
        case .boardWritten(let path):
            return LocalizedText(
                nl: "Scherm voor de groep geschreven naar \(path); open het in een browser.\n",
                en: "The group's screen is written to \(path); open it in a browser.\n")
        case .sessionClosed:
            return LocalizedText(
                nl: "Sessie afgesloten. Het verslag: 'beraad verslag'; vaststellen met 'beraad vaststellen'.",
                en: "Session closed. The minutes: 'beraad minutes'; approve them with 'beraad approve'.")
        case .minutesWritten(let path):
            return LocalizedText(nl: "Verslag geschreven naar \(path)\n", en: "Minutes written to \(path)\n")
        case .standingReplaced(let count):
            return LocalizedText(
                nl: "\(count) × […]: een weglating die blijft gelden, verving het voordat het werd opgeslagen",
                en: "\(count) × […]: a standing redaction replaced it before it was written")
        case .nowStanding:
            return LocalizedText(
                nl: "Vanaf nu wordt het ook vervangen door […] in alles wat in deze sessie wordt vastgelegd.",
                en: "From now on it is replaced by […] in whatever is recorded in this session too.")
        case .alreadyStanding:
            return LocalizedText(
                nl: "Het gold al als weglating in deze sessie.", en: "It stood redacted in this session already.")
        case .standingCount(let count, let everySession):
            return LocalizedText(
                nl:
                    "\(count) \(count == 1 ? "weglating geldt" : "weglatingen gelden") in deze sessie, waarvan \(everySession) in elke sessie van deze map.",
                en:
                    "\(count) \(count == 1 ? "redaction stands" : "redactions stand") in this session, \(everySession) of them in every session of this home."
            )
        case .erasedEverywhere(let count, let sessions, let mark):
            return LocalizedText(
                nl:
                    "Gewist: \(count)× vervangen door \(mark) in \(sessions) \(sessions == 1 ? "sessie" : "sessies") op schijf, elk met een aantekening van het wissen (zonder de tekst).",
                en:
                    "Erased: \(count)× replaced by \(mark) in \(sessions) \(sessions == 1 ? "session" : "sessions") on disk, each with a note of the erasure (without the text)."
            )
        case .redactListAlone:
            return LocalizedText(
                nl: "--lijst staat alleen: zonder TEKST, --alle, --als of --door",
                en: "--list stands alone: without TEXT, --all, --as or --by")
        case .nowStandingEverywhere:
            return LocalizedText(
                nl:
                    "Vanaf nu wordt het vervangen door […] in alles wat wordt vastgelegd, in elke sessie van deze map, ook in nieuwe.",
                en:
                    "From now on it is replaced by […] in whatever is recorded, in every session of this home, new ones too."
            )
        case .erased(let count, let mark):
            return LocalizedText(
                nl:
                    "Gewist: \(count)× vervangen door \(mark) in het journaal op schijf, met een aantekening van het wissen (zonder de tekst).",
                en:
                    "Erased: replaced \(count)× by \(mark) in the journal on disk, with a record of the erasure (without the text)."
            )
        case .nothingToErase:
            return LocalizedText(
                nl: "Die tekst komt in deze sessie niet voor; er is niets gewist.",
                en: "That text does not occur in this session; nothing was erased.")
        case .verifyAllAlone:
            return LocalizedText(
                nl: "--all controleert elke sessie; geef dan geen ID en geen --verslag",
                en: "--all checks every session; give no ID and no --minutes with it")
        case .verifyFailed(let failed, let total):
            return LocalizedText(
                nl: "\(failed) van de \(total) sessies klopt niet; zie hierboven welke regel",
                en: "\(failed) of \(total) sessions did not verify; see above which line")
        case .minutesDoNotVerify(let file):
            return LocalizedText(
                nl: "\(file) is niet te herleiden tot het vastgestelde journaal",
                en: "\(file) cannot be traced to the approved journal")
        case .verifyBroken(let id, let problem):
            return LocalizedText(nl: "\(id): FOUT — \(problem)", en: "\(id): BROKEN — \(problem)")
        case .verifyOK(let id, let records):
            return LocalizedText(
                nl: "\(id): in orde — \(records) regels, keten en naspelen kloppen",
                en: "\(id): ok — \(records) records, chain and replay intact")
        case .verifyUnchained(let count):
            return LocalizedText(
                nl: "; \(count) van vóór de hash-keten (niet te bewijzen)",
                en: "; \(count) from before the hash chain (cannot be proved)")
        case .verifyErased(let at, let count):
            return LocalizedText(nl: "; gewist op \(at) (\(count)×)", en: "; erased on \(at) (\(count)×)")
        case .minutesMatch(let file):
            return LocalizedText(
                nl: "\(file) komt uit dit journaal: de vingerafdruk klopt en het verslag is sindsdien niet veranderd.",
                en:
                    "\(file) was made from this journal: the fingerprint matches and the minutes have not been changed since."
            )
        case .minutesChanged(let file):
            return LocalizedText(
                nl:
                    "\(file) draagt de vingerafdruk van dit journaal, maar de tekst is veranderd nadat het verslag is gemaakt (of een andere versie van Beraad maakte het).",
                en:
                    "\(file) carries this journal's fingerprint, but its text was changed after the minutes were made (or another version of Beraad made them)."
            )
        case .minutesBeforeErasure(let file, let at):
            return LocalizedText(
                nl:
                    "\(file) is gemaakt uit dit journaal vóórdat er op \(at) tekst uit werd gewist; maak het verslag opnieuw.",
                en:
                    "\(file) was made from this journal before text was erased from it on \(at); make the minutes again."
            )
        case .minutesForeign(let file):
            return LocalizedText(
                nl: "\(file) komt niet uit dit journaal, of het journaal is veranderd sinds het verslag werd gemaakt.",
                en: "\(file) was not made from this journal, or the journal was altered since the minutes were made.")
        case .minutesNoFingerprint(let file):
            return LocalizedText(
                nl: "\(file) heeft geen vingerafdruk: het is geen vastgesteld verslag van Beraad.",
                en: "\(file) carries no fingerprint: it is not approved minutes made by Beraad.")
        case .minutesNotApproved:
            return LocalizedText(
                nl: "Deze sessie is niet vastgesteld; pas een vastgesteld verslag draagt een vingerafdruk.",
                en: "This session is not approved; only approved minutes carry a fingerprint.")
        case .noFile(let path):
            return LocalizedText(nl: "geen bestand '\(path)'", en: "no file '\(path)'")
        case .notARegularFile(let path):
            return LocalizedText(
                nl: "'\(path)' is geen gewoon bestand (maar een map of een apparaat)",
                en: "'\(path)' is not a regular file (but a folder or a device)")
        case .exported(let id, let path, let records):
            return LocalizedText(
                nl:
                    "Sessie \(id) geëxporteerd naar \(path) (\(records) regels, gecontroleerd). Opnemen op een andere computer: 'beraad importeer BESTAND'.\n",
                en:
                    "Session \(id) exported to \(path) (\(records) records, verified). Add it on another computer with 'beraad import FILE'.\n"
            )
        case .imported(let id, let title, let records):
            return LocalizedText(
                nl:
                    "Sessie \(id) opgenomen: \(title) (\(records) regels, gecontroleerd). Kies haar met 'beraad kies \(id)'.",
                en:
                    "Session \(id) imported: \(title) (\(records) records, verified). Make it current with 'beraad use \(id)'."
            )
        case .importUnchanged(let id):
            return LocalizedText(
                nl: "Sessie \(id) staat hier al, precies zo; er is niets veranderd.",
                en: "Session \(id) is here already, exactly the same; nothing changed.")
        case .importExtended(let id, let records, let added):
            return LocalizedText(
                nl: "Sessie \(id) bijgewerkt tot \(records) regels (\(added) nieuw).",
                en: "Session \(id) brought up to date: \(records) records (\(added) new).")
        case .forgetNone(let name):
            return LocalizedText(
                nl: "Geen sessie in deze map noemt \(name); er is niets gewist.",
                en: "No session in this home names \(name); nothing was erased.")
        case .forgotten(let id, let count, let replacement):
            return LocalizedText(
                nl: "\(id): \(count)× vervangen door '\(replacement)'",
                en: "\(id): replaced \(count)× by '\(replacement)'")
        case .forgottenTotal(let sessions, let count):
            return LocalizedText(
                nl:
                    "Vergeten in \(sessions) \(sessions == 1 ? "sessie" : "sessies"), \(count)× in totaal; elk journaal is herschreven en vermeldt het wissen (zonder de naam).",
                en:
                    "Forgotten in \(sessions) \(sessions == 1 ? "session" : "sessions"), \(count)× in all; each journal was rewritten and records the erasure (without the name)."
            )
        case .wouldForget(let id, let count, let replacement):
            return LocalizedText(
                nl: "\(id): \(count)× zou '\(replacement)' worden (proef: niets gewist)",
                en: "\(id): \(count)× would become '\(replacement)' (dry run: nothing erased)")
        case .confirmForget(let name, let sessions, let count):
            return LocalizedText(
                nl:
                    "\(name) \(count)× wissen in \(sessions) \(sessions == 1 ? "sessie" : "sessies")? Dat kan niet worden teruggedraaid. [j/N] ",
                en:
                    "Erase \(name) \(count)× in \(sessions) \(sessions == 1 ? "session" : "sessions")? This cannot be undone. [y/N] "
            )
        case .nothingErased:
            return LocalizedText(nl: "Niets gewist.", en: "Nothing was erased.")
        case .noRetention(let config):
            return LocalizedText(
                nl: "geen bewaartermijn: geef --ouder-dan (2y, 18m, 90d) of zet 'retention = 2y' in \(config)",
                en: "no retention period: give --older-than (2y, 18m, 90d) or set 'retention = 2y' in \(config)")
        case .purgeNone(let period, let before):
            return LocalizedText(
                nl:
                    "Geen afgesloten sessie is ouder dan \(period) (laatste vastlegging vóór \(before)); er is niets verwijderd.",
                en: "No closed session is older than \(period) (last entry before \(before)); nothing was removed.")
        case .purgeWould(let count, let period, let before):
            return LocalizedText(
                nl:
                    "Proef: \(count) afgesloten \(count == 1 ? "sessie" : "sessies") ouder dan \(period) (laatste vastlegging vóór \(before)) zouden worden verwijderd:",
                en:
                    "Dry run: \(count) closed \(count == 1 ? "session" : "sessions") older than \(period) (last entry before \(before)) would be removed:"
            )
        case .purged(let count, let period, let before):
            return LocalizedText(
                nl:
                    "\(count) afgesloten \(count == 1 ? "sessie" : "sessies") ouder dan \(period) (laatste vastlegging vóór \(before)) verwijderd, met hun geschiedenis, scherm en quarantaine:",
                en:
                    "Removed \(count) closed \(count == 1 ? "session" : "sessions") older than \(period) (last entry before \(before)), with their history, board and quarantine:"
            )
        case .lastEntryColumn:
            return LocalizedText(nl: "LAATSTE", en: "LAST ENTRY")
        case .noActions:
            return LocalizedText(nl: "Geen afspraken die hierbij passen.", en: "No actions match.")
        case .ownerColumn:
            return LocalizedText(nl: "EIGENAAR", en: "OWNER")
        case .dueColumn:
            return LocalizedText(nl: "UITERLIJK", en: "DUE")
        case .actionColumn:
            return LocalizedText(nl: "AFSPRAAK", en: "ACTION")
        case .actionDoneState:
            return LocalizedText(nl: "gedaan", en: "done")
        case .actionOverdueState:
            return LocalizedText(nl: "over tijd", en: "overdue")
        case .actionOpenState:
            return LocalizedText(nl: "open", en: "open")
        case .actionMarkedDone(let id, let text):
            return LocalizedText(nl: "Gedaan: \(text) [\(id)]", en: "Done: \(text) [\(id)]")
        case .actionReopened(let id, let text):
            return LocalizedText(nl: "Weer open: \(text) [\(id)]", en: "Open again: \(text) [\(id)]")
        case .agendaEmpty(let until):
            return LocalizedText(nl: "Niets te bespreken tot en met \(until).", en: "Nothing due up to \(until).")
        case .agendaHeading(let until):
            return LocalizedText(nl: "Agenda tot en met \(until):", en: "Agenda up to \(until):")
        case .agendaReviews:
            return LocalizedText(nl: "Besluiten om te evalueren", en: "Decisions to evaluate")
        case .agendaOverdue:
            return LocalizedText(nl: "Afspraken over tijd", en: "Overdue actions")
        case .agendaDueSoon:
            return LocalizedText(nl: "Afspraken die eraan komen", en: "Actions coming up")
        case .agendaPlanned:
            return LocalizedText(nl: "Geplande sessies", en: "Planned sessions")
        case .reportWritten(let path):
            return LocalizedText(nl: "Register geschreven naar \(path)\n", en: "Register written to \(path)\n")
        case .signalMoved(let id, let text, let state):
            return LocalizedText(nl: "\(text) [\(id)]: \(state)", en: "\(text) [\(id)]: \(state)")
        case .shared:
            return LocalizedText(
                nl: "Gedeeld voor de casusbank: alleen geanonimiseerd komt de casus daarin ('beraad casusbank').",
                en: "Shared for the case bank: the case appears there anonymised only ('beraad casebank').")
        case .casebankSearched:
            return LocalizedText(nl: "Gezocht op", en: "Searched for")
        case .casebankValue:
            return LocalizedText(nl: "Waarde", en: "Value")
        case .casebankMethod:
            return LocalizedText(nl: "Methode", en: "Method")
        case .casebankWritten(let path, let count):
            return LocalizedText(
                nl: "Casusbank (\(count) casussen) geschreven naar \(path)\n",
                en: "Case bank (\(count) cases) written to \(path)\n")
        case .followUpTitle:
            return LocalizedText(nl: "vervolg", en: "follow-up")
        case .followUpOpened(let original):
            return LocalizedText(
                nl:
                    "Vervolgbespreking geopend bij \(original) en actueel gemaakt; 'beraad status' toont de terugblik.\n",
                en: "Review session opened for \(original) and made current; 'beraad status' shows the look back.\n")
        case .goalQuestion(let number, let goal, let card):
            return LocalizedText(
                nl: "Doel \(number) (\(card)): \(goal) — bereiken we dit met de interventie(s)?",
                en: "Goal \(number) (\(card)): \(goal) — do the intervention(s) achieve it?")
        case .decisionQuestion(let decision):
            return LocalizedText(
                nl: "Besluit: \(decision) — heeft het gebracht wat we ervan verwachtten?",
                en: "Decision: \(decision) — has it brought what we expected of it?")
        case .carriedDecision(let date, let decision):
            return LocalizedText(nl: "Besluit van \(date): \(decision)", en: "Decision of \(date): \(decision)")
        case .carriedAction(let id, let text, let owner, let due, let state):
            return LocalizedText(
                nl: "Afspraak \(id): \(text) — \(owner), uiterlijk \(due): \(state)",
                en: "Action \(id): \(text) — \(owner), due \(due): \(state)")
        case .carriedActionOpen:
            return LocalizedText(nl: "nog open", en: "still open")
        case .carriedActionDone(let date):
            return LocalizedText(nl: "gedaan op \(date)", en: "done on \(date)")
        case .minutesApproved:
            return LocalizedText(
                nl: "Verslag vastgesteld; de sessie neemt geen correcties meer aan.",
                en: "Minutes approved; the session takes no more corrections.")
        case .lockTimeoutIgnored(let value, let low, let high, let used):
            return LocalizedText(
                nl: "BERAAD_LOCK_TIMEOUT '\(value)' is geen aantal seconden van \(low) tot \(high); ik wacht \(used) s",
                en:
                    "BERAAD_LOCK_TIMEOUT '\(value)' is not a number of seconds from \(low) to \(high); waiting \(used) s"
            )
        case .emptySessionOption:
            return LocalizedText(
                nl: "--sessie (of BERAAD_SESSION) heeft een sessie-id nodig, geen lege tekst",
                en: "--session (or BERAAD_SESSION) needs a session id, not empty text")
        case .noHome:
            return LocalizedText(
                nl: "geen map voor de sessies: geef --home DIR of zet BERAAD_HOME",
                en: "no folder for the sessions: give --home DIR or set BERAAD_HOME")
        case .didYouMean(let suggestion):
            return LocalizedText(nl: "Bedoel je '\(suggestion)'?", en: "Did you mean '\(suggestion)'?")
        case .noProtocolAmong(let reference, let available):
            return LocalizedText(
                nl: "geen protocol '\(reference)'; beschikbaar: \(available)",
                en: "no protocol '\(reference)'; available: \(available)")
        case .noProtocol(let reference):
            return LocalizedText(nl: "geen protocol '\(reference)'", en: "no protocol '\(reference)'")
        case .warning(let text):
            return LocalizedText(nl: "waarschuwing: \(text)", en: "warning: \(text)")
        case .error(let text):
            return LocalizedText(nl: "fout: \(text)", en: "error: \(text)")
        case .tornTail(let id):
            return LocalizedText(
                nl:
                    "de laatste regel van sessie \(id) is onvolledig (een schrijfactie is afgebroken); die telt niet mee en wordt bij de volgende wijziging verwijderd",
                en:
                    "the last line of session \(id) is incomplete (a write was cut short); it is ignored and will be removed at the next change"
            )
        case .convened(let parentTitle, let parentID):
            return LocalizedText(
                nl:
                    "Moreel beraad belegd vanuit '\(parentTitle)' en actueel gemaakt; de deelnemers zijn meegenomen. Terug naar de eerste sessie: 'beraad kies \(parentID)'.\n",
                en:
                    "Moreel beraad convened from '\(parentTitle)' and made current; the participants came along. Back to the first session: 'beraad use \(parentID)'.\n"
            )
        case .nothingRecorded:
            return LocalizedText(nl: "Nog niets vastgelegd.", en: "Nothing recorded yet.")
        case .amended(let entry):
            return LocalizedText(nl: "Gecorrigeerd: \(entry)", en: "Amended: \(entry)")
        case .undidAmendment(let entry):
            return LocalizedText(
                nl: "Correctie ongedaan gemaakt; er staat weer: \(entry)",
                en: "Correction undone; it reads again: \(entry)")
        case .retracted(let entry):
            return LocalizedText(nl: "Ingetrokken: \(entry)", en: "Retracted: \(entry)")
        case .undid(let entry):
            return LocalizedText(nl: "Ongedaan gemaakt: \(entry)", en: "Undone: \(entry)")
        case .dayOffNote(let day):
            return LocalizedText(nl: "Let op: dat is \(day).", en: "Note: that is \(day).")
        case .detailsSet:
            return LocalizedText(nl: "Gegevens van het verslag vastgelegd:", en: "The minutes' details are recorded:")
        case .detailsTitleLine(let title):
            return LocalizedText(nl: "titel: \(title)", en: "title: \(title)")
        case .detailsPlaceLine(let place):
            return LocalizedText(nl: "plaats: \(place)", en: "place: \(place)")
        case .detailsDistributionLine(let to):
            return LocalizedText(nl: "verspreiding: \(to)", en: "distribution: \(to)")
        case .detailsTeamLine(let team):
            return LocalizedText(nl: "team: \(team)", en: "team: \(team)")
        case .detailsNoteTakerLine(let name):
            return LocalizedText(nl: "notulist: \(name)", en: "note-taker: \(name)")
        case .arrived(let name, let role):
            return LocalizedText(
                nl: "\(name) is er nu (was uitgenodigd), als \(role)",
                en: "\(name) has arrived (was invited), as \(role)")
        case .readAsFunction(let given, let name, let function):
            return LocalizedText(
                nl: "'\(given)' gelezen als \(name), functie \(function) (--functie geeft die apart)",
                en: "'\(given)' read as \(name), function \(function) (--function gives it apart)")
        case .personJoined:
            return LocalizedText(nl: "aangesloten", en: "joined")
        case .personInvited:
            return LocalizedText(nl: "uitgenodigd", en: "invited")
        case .personArrived:
            return LocalizedText(nl: "aangekomen", en: "arrived")
        case .personLeft:
            return LocalizedText(nl: "weg", en: "left")
        case .personRoleChanged:
            return LocalizedText(nl: "nieuwe rol", en: "new role")
        case .demoPlayed(let title, let participants, let directory):
            return LocalizedText(
                nl:
                    "Voorbeeldsessie gespeeld: \"\(title)\" — een wijkteam, \(participants) deelnemers, alle acht rondes van het moreel beraad.\nVerslag: \(directory)/minutes.md en \(directory)/minutes.html (open in een browser om te printen)\n\nZelf proberen:\n  beraad nieuw \"Mijn casus\" --gespreksleider \"Je naam\"\n  beraad aansluiten Anna --rol inbrenger\n  beraad status\nDe hele sessie als script: Examples/wijkteam-demo.sh",
                en:
                    "Played the example session: \"\(title)\" — a wijkteam, \(participants) participants, all eight rounds of the moreel beraad.\nMinutes: \(directory)/minutes.md and \(directory)/minutes.html (open in a browser to print)\n\nTry it yourself:\n  beraad new \"My case\" --facilitator \"Your name\"\n  beraad join Anna --role presenter\n  beraad status\nThe whole session as a script: Examples/wijkteam-demo.sh"
            )
        case .demoFailed(let step, let reason):
            return LocalizedText(
                nl: "het voorbeeld liep vast bij '\(step)': \(reason)", en: "the example failed at '\(step)': \(reason)"
            )
        case .noTemporaryFolder(let path):
            return LocalizedText(
                nl: "kan geen tijdelijke map maken in \(path)", en: "cannot make a temporary folder in \(path)")
        case .retractedMark:
            return LocalizedText(nl: "  [ingetrokken]", en: "  [retracted]")
        case .amendedMark:
            return LocalizedText(nl: "  [gecorrigeerd]", en: "  [amended]")
        case .entryAbout(let who):
            return LocalizedText(nl: "over \(who)", en: "about \(who)")
        case .entryHarm(let harm):
            return LocalizedText(nl: " (schade: \(harm))", en: " (harm: \(harm))")
        case .entryBecause(let because):
            return LocalizedText(nl: ", omdat \(because)", en: ", because \(because)")
        case .entryCannot(let cannot):
            return LocalizedText(nl: "; daarom kan ik niet: \(cannot)", en: "; therefore I cannot: \(cannot)")
        case .entryMitigate(let mitigate):
            return LocalizedText(
                nl: "; de schade beperk ik door: \(mitigate)", en: "; I limit the harm by: \(mitigate)")
        case .entryNeeds(let needs):
            return LocalizedText(nl: "; wat ik nodig heb: \(needs)", en: "; what I need: \(needs)")
        case .entryDissent(let names):
            return LocalizedText(nl: "; oneens: \(names)", en: "; dissent: \(names)")
        case .entryDue(let date):
            return LocalizedText(nl: ", uiterlijk \(date)", en: ", due \(date)")
        case .entryServes(let goal):
            return LocalizedText(nl: "dient \(goal)", en: "serves \(goal)")
        case .entryAnswers(let number):
            return LocalizedText(nl: "hulpvraag \(number)", en: "guiding question \(number)")
        case .entryReview(let date):
            return LocalizedText(nl: "; evalueren op \(date)", en: "; to be evaluated on \(date)")
        case .joined(let name, let role):
            return LocalizedText(nl: "\(name) doet mee als \(role)", en: "\(name) joined as \(role)")
        case .invited(let name, let role):
            return LocalizedText(
                nl: "\(name) is uitgenodigd als \(role) en staat als afwezig in het verslag",
                en: "\(name) is invited as \(role) and listed as absent")
        case .left(let name):
            return LocalizedText(nl: "\(name) is vertrokken", en: "\(name) has left")
        case .roleGiven(let name, let role):
            return LocalizedText(nl: "\(name) is nu \(role)", en: "\(name) is now \(role)")
        case .forcedBecause(let reason):
            return LocalizedText(nl: " (doorgezet: \(reason))", en: " (forced: \(reason))")
        case .cannotBeRead:
            return LocalizedText(nl: "kan niet worden gelezen", en: "cannot be read")
        case .filesWithErrors(let count):
            return LocalizedText(
                nl: "\(count) \(count == 1 ? "bestand" : "bestanden") met fouten",
                en: "\(count) \(count == 1 ? "file" : "files") with errors")
        case .sessionOpened(let method):
            return LocalizedText(
                nl:
                    "Sessie geopend met \(method) en actueel gemaakt. Volgende stap: 'beraad aansluiten NAAM', daarna 'beraad status'.\n",
                en: "Session opened with \(method) and made current. Next: 'beraad join NAME', then 'beraad status'.\n")
        case .sessionPlanned(let method, let date):
            return LocalizedText(
                nl:
                    "Sessie gepland op \(date) met \(method). Vooraf: 'beraad aansluiten NAAM', 'beraad casus TEKST'; op de dag zelf: 'beraad begin'.\n",
                en:
                    "Session planned for \(date) with \(method). Beforehand: 'beraad join NAME', 'beraad case TEXT'; on the day: 'beraad start'.\n"
            )
        case .noSessions:
            return LocalizedText(
                nl: "Nog geen sessies. Begin met 'beraad nieuw TITEL'.",
                en: "No sessions yet. Start with 'beraad new TITLE'.")
        case .noSessionsMatch:
            return LocalizedText(nl: "Geen sessies die hierbij passen.", en: "No sessions match.")
        case .noOpenSessions:
            return LocalizedText(
                nl: "Geen lopende sessies ('beraad sessies --alle' toont ook afgesloten).",
                en: "No open sessions ('beraad sessions --all' shows closed ones too).")
        case .stateOpen:
            return LocalizedText(nl: "lopend", en: "open")
        case .statePlanned:
            return LocalizedText(nl: "gepland", en: "planned")
        case .stateClosed:
            return LocalizedText(nl: "afgesloten", en: "closed")
        case .stateAbandoned:
            return LocalizedText(nl: "afgebroken", en: "abandoned")
        case .titleColumn:
            return LocalizedText(nl: "TITEL", en: "TITLE")
        case .roundColumn:
            return LocalizedText(nl: "RONDE", en: "ROUND")
        case .currentSession(let id):
            return LocalizedText(nl: "Actuele sessie: \(id)", en: "Current session: \(id)")
        }
    }
}

extension Catalog.ParseText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .unknownCommand(let word):
            return LocalizedText(nl: "onbekend commando '\(word)'", en: "unknown command '\(word)'")
        case .chooseShell:
            return LocalizedText(nl: "kies bash, zsh of fish", en: "choose bash, zsh or fish")
        case .notATime(let text):
            return LocalizedText(
                nl: "'\(text)' is geen tijd; gebruik ISO 8601 (2026-03-12T14:05) of UU:MM",
                en: "'\(text)' is not a time; use ISO 8601 (2026-03-12T14:05) or HH:MM")
        case .standInHoldsText:
            return LocalizedText(
                nl: "wat er in de plaats komt (--als) mag de tekst zelf niet bevatten",
                en: "the stand-in (--as) must not contain the text it stands in for")
        case .timeAhead(let text, let now):
            return LocalizedText(
                nl:
                    "--om '\(text)' ligt na nu (\(now)): wat nog niet gebeurd is, legt beraad niet vast. Kijk de datum na",
                en:
                    "--at '\(text)' is later than now (\(now)): beraad records nothing that has not happened yet. Check the date"
            )
        case .unknownOption(let name):
            return LocalizedText(nl: "onbekende optie '--\(name)'", en: "unknown option '--\(name)'")
        case .missingValue(let name):
            return LocalizedText(nl: "'--\(name)' vraagt om een waarde", en: "'--\(name)' needs a value")
        case .invalidValue(let value, let name, let choices):
            return LocalizedText(
                nl: "'\(value)' is geen waarde voor '--\(name)'; kies uit: \(choices)",
                en: "'\(value)' is not a value for '--\(name)'; choose from: \(choices)")
        case .repeatedOption(let name):
            return LocalizedText(nl: "'--\(name)' is twee keer gegeven", en: "'--\(name)' is given twice")
        case .flagWithValue(let name):
            return LocalizedText(nl: "'--\(name)' neemt geen waarde", en: "'--\(name)' takes no value")
        case .unknownShortOption(let word):
            return LocalizedText(
                nl: "onbekende optie '\(word)'; begint een tekst met '-', zet er dan '--' voor",
                en: "unknown option '\(word)'; for text that starts with '-', put '--' before it")
        case .unknownSubcommand(let word, let command):
            return LocalizedText(
                nl: "onbekend subcommando '\(word)' van '\(command)'",
                en: "unknown subcommand '\(word)' of '\(command)'")
        case .unexpectedArgument(let word):
            return LocalizedText(
                nl: "onverwacht argument '\(word)' (tekst met spaties tussen aanhalingstekens zetten)",
                en: "unexpected argument '\(word)' (put text with spaces in quotes)")
        case .missingArgument(let name):
            return LocalizedText(nl: "ontbrekend argument \(name)", en: "missing argument \(name)")
        case .missingOption(let name):
            return LocalizedText(nl: "'--\(name)' is verplicht", en: "'--\(name)' is required")
        case .notADate(let text):
            return LocalizedText(
                nl:
                    "'\(text)' is geen datum; schrijf bijvoorbeeld 2026-12-04, 4-12-2026, 4 december, vrijdag of over 2 weken",
                en:
                    "'\(text)' is not a date; write, for example, 2026-12-04, 4-12-2026, 4 December, friday or in 2 weeks"
            )
        case .notAWeekCount(let text):
            return LocalizedText(
                nl: "'\(text)' is geen aantal weken (0 tot 104)", en: "'\(text)' is not a number of weeks (0 to 104)")
        case .notAPeriod(let text):
            return LocalizedText(
                nl: "'\(text)' is geen termijn; schrijf bijvoorbeeld 2y (jaar), 18m (maanden), 6w of 90d",
                en: "'\(text)' is not a period; write 2y (years), 18m (months), 6w or 90d, for example")
        case .notAScore(let text):
            return LocalizedText(nl: "'\(text)' is geen score van 1 tot 5", en: "'\(text)' is not a score from 1 to 5")
        case .notAQuestionNumber(let text):
            return LocalizedText(
                nl: "'\(text)' is geen nummer van een hulpvraag (1, 2, …)",
                en: "'\(text)' is not the number of a guiding question (1, 2, …)")
        case .reasonWithoutForce:
            return LocalizedText(nl: "--reden hoort bij --forceer", en: "--reason goes with --force")
        case .formatWithoutReport:
            return LocalizedText(
                nl: "--formaat en --uitvoer horen bij --rapport", en: "--format and --output go with --report")
        case .eitherOption(let first, let second):
            return LocalizedText(
                nl: "\(first) en \(second) zeggen hier hetzelfde; geef er één",
                en: "\(first) and \(second) say the same here; give one")
        case .unlabeled(let option, let value):
            return LocalizedText(
                nl: "'--\(option) \(value)': begin met de letter van de optie, zoals 'A: tekst'",
                en: "'--\(option) \(value)': start with the option's letter, as in 'A: text'")
        }
    }
}

extension Catalog.LiveText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .unknownCommand(let word):
            return LocalizedText(
                nl: "onbekende opdracht '/\(word)'; typ /hulp voor de mogelijkheden",
                en: "unknown command '/\(word)'; type /help to see what you can do")
        case .expectedLineOrCommand:
            return LocalizedText(
                nl: "verwacht 'NAAM: tekst' of een /opdracht (typ /hulp)",
                en: "expected 'NAME: text' or a /command (type /help)")
        case .expectedLine:
            return LocalizedText(nl: "verwacht 'NAAM: tekst'", en: "expected 'NAME: text'")
        case .welcome:
            return LocalizedText(
                nl: "Typ 'NAAM: tekst' om iets vast te leggen, /hulp voor alle opdrachten, /stop om te stoppen.\n",
                en: "Type 'NAME: text' to record something, /help for every command, /quit to stop.\n")
        case .interrupted:
            return LocalizedText(nl: "Onderbroken. ", en: "Interrupted. ")
        case .saved:
            return LocalizedText(
                nl: "Alles is bewaard; ga verder met 'beraad run'.\n",
                en: "Everything is saved; continue with 'beraad run'.\n")
        case .didYouMean(let suggestion):
            return LocalizedText(nl: " (bedoel je '\(suggestion)'?)", en: " (did you mean '\(suggestion)'?)")
        case .closed:
            return LocalizedText(
                nl: "De sessie is afgesloten. Het verslag: 'beraad verslag'.\n",
                en: "The session is closed. The minutes: 'beraad minutes'.\n")
        case .interruptedSaved:
            return LocalizedText(
                nl: "\nOnderbroken. Alles is bewaard; ga verder met 'beraad run'.\n",
                en: "\nInterrupted. Everything is saved; continue with 'beraad run'.\n")
        case .lineTooLong(let kilobytes):
            return LocalizedText(
                nl: "regel niet vastgelegd: langer dan \(kilobytes) KiB; de regels erna worden wel gelezen",
                en: "line not recorded: longer than \(kilobytes) KiB; the lines after it are read on")
        case .upBringsItBack:
            return LocalizedText(
                nl: "  (↑ haalt de regel terug om te verbeteren)", en: "  (↑ brings the line back to fix it)")
        case .timeIsUp(let minutes):
            return LocalizedText(
                nl: "⏰ De tijd voor deze ronde (\(minutes) min) is om.\n",
                en: "⏰ The time for this round (\(minutes) min) is up.\n")
        case .thinkOf(let hints):
            return LocalizedText(nl: "Denk aan: \(hints)", en: "Points to consider: \(hints)")
        case .record(let hints):
            return LocalizedText(nl: "Vastleggen: \(hints)", en: "Record: \(hints)")
        case .namePlaceholder:
            return LocalizedText(nl: "NAAM", en: "NAME")
        case .textPlaceholder:
            return LocalizedText(nl: "tekst", en: "text")
        case .becausePlaceholder:
            return LocalizedText(nl: "omdat …", en: "because …")
        case .roundFinished:
            return LocalizedText(
                nl: "Deze ronde is af: /volgende voor de volgende.",
                en: "This round is finished: /next for the next one.")
        case .chose(let option):
            return LocalizedText(nl: "kiest \(option)", en: "chooses \(option)")
        case .noPositionYet:
            return LocalizedText(nl: "nog geen standpunt", en: "no position yet")
        case .confirmClose(let rounds):
            return LocalizedText(
                nl: "Deze rondes komen dan niet aan bod: \(rounds). Toch afsluiten? [j/N] ",
                en: "These rounds would not be reached: \(rounds). Close anyway? [y/N] ")
        case .notClosed:
            return LocalizedText(nl: "Niet afgesloten.\n", en: "Not closed.\n")
        case .noSessionYet:
            return LocalizedText(
                nl: "Er is nog geen sessie; we beginnen er een.\n", en: "There is no session yet; let's start one.\n")
        case .askTitle:
            return LocalizedText(nl: "Titel van het beraad: ", en: "Title of the meeting: ")
        case .askMethod(let methods, let standard):
            return LocalizedText(nl: "Methode (\(methods)) [\(standard)]: ", en: "Method (\(methods)) [\(standard)]: ")
        case .askFacilitator:
            return LocalizedText(nl: "Gespreksleider (naam, of leeg): ", en: "Facilitator (name, or leave empty): ")
        case .askPlace:
            return LocalizedText(nl: "Plaats (of leeg): ", en: "Place (or leave empty): ")
        case .askTeam(let teams):
            return LocalizedText(
                nl: "Team (\(teams), een ander, of leeg): ", en: "Team (\(teams), another, or leave empty): ")
        case .unknownMethod(let answer, let methods):
            return LocalizedText(
                nl: "'\(answer)' is niet één methode; typ een van \(methods), of het begin ervan (Tab vult aan)",
                en: "'\(answer)' is not one method; type one of \(methods), or the start of one (Tab completes)")
        case .nothingYet:
            return LocalizedText(nl: "  nog niets deze ronde", en: "  nothing yet this round")
        case .helpContribution:
            return LocalizedText(
                nl: "legt een bijdrage vast (de standaardsoort van de ronde)",
                en: "records a contribution (the round's default kind)")
        case .helpKinds(let kinds):
            return LocalizedText(nl: "een andere soort: \(kinds)", en: "another kind: \(kinds)")
        case .helpWho:
            return LocalizedText(nl: "wie wat heeft gezegd in deze ronde", en: "who said what in this round")
        case .helpHelp:
            return LocalizedText(nl: "deze hulp", en: "this help")
        case .helpQuit:
            return LocalizedText(nl: "stoppen (alles is bewaard)", en: "stop (everything is saved)")
        case .usagePosition:
            return LocalizedText(nl: "/standpunt NAAM OPTIE omdat …", en: "/position NAME OPTION because …")
        case .usageEvaluate:
            return LocalizedText(nl: "/evaluatie NAAM [1-5] tekst", en: "/evaluate NAME [1-5] text")
        case .usageEntry(let command):
            return LocalizedText(nl: "/\(command) e12 …", en: "/\(command) e12 …")
        case .usage(let usage):
            return LocalizedText(nl: "gebruik: \(usage)", en: "usage: \(usage)")
        }
    }
}

extension Catalog.StatusText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .round:
            return LocalizedText(nl: "Ronde", en: "Round")
        case .plannedFor(let date):
            return LocalizedText(nl: "Gepland op \(date); nog niet begonnen.", en: "Planned for \(date); not started.")
        case .casePrepared:
            return LocalizedText(nl: "Casus: voorbereid.", en: "Case: prepared.")
        case .caseNotPrepared:
            return LocalizedText(
                nl: "Casus: nog niet voorbereid ('beraad casus TEKST --vraag VRAAG').",
                en: "Case: not yet prepared ('beraad case TEXT --question QUESTION').")
        case .dilemmaPrepared:
            return LocalizedText(nl: "Dilemma: voorbereid.", en: "Dilemma: prepared.")
        case .startWith:
            return LocalizedText(
                nl: "Begin op de dag zelf met 'beraad begin' (of 'beraad live').",
                en: "On the day, begin with 'beraad start' (or 'beraad run').")
        case .teamStillOpen(let team):
            return LocalizedText(
                nl: "Nog open uit eerdere sessies van \(team):", en: "Still open from earlier sessions of \(team):")
        case .reviewDue(let decision, let title, let date):
            return LocalizedText(
                nl: "besluit evalueren (\(date)): \(decision) — \(title)",
                en: "evaluate the decision (\(date)): \(decision) — \(title)")
        case .actionOverdue(let text, let owner, let date, let id):
            return LocalizedText(
                nl: "over tijd sinds \(date): \(text) — \(owner) [\(id)]",
                en: "overdue since \(date): \(text) — \(owner) [\(id)]")
        case .actionDue(let text, let owner, let date, let id):
            return LocalizedText(
                nl: "uiterlijk \(date): \(text) — \(owner) [\(id)]", en: "due \(date): \(text) — \(owner) [\(id)]")
        case .plannedSession(let title, let date, let id):
            return LocalizedText(
                nl: "gepland op \(date): \(title) [\(id)]", en: "planned for \(date): \(title) [\(id)]")
        case .carriedOver(let session):
            return LocalizedText(nl: "Meegenomen uit \(session):", en: "Brought over from \(session):")
        case .invited(let people):
            return LocalizedText(nl: "Komen: \(people)", en: "Coming: \(people)")
        case .thinkOfHeading:
            return LocalizedText(nl: "Denk aan:", en: "Points to consider:")
        case .recalled(let round):
            return LocalizedText(nl: "Uit '\(round)':", en: "From '\(round)':")
        case .cardCount(let count):
            return LocalizedText(
                nl: count == 0 ? "nog niets" : count == 1 ? "1 bijdrage" : "\(count) bijdragen",
                en: count == 0 ? "nothing yet" : count == 1 ? "1 contribution" : "\(count) contributions")
        case .left:
            return LocalizedText(nl: ", vertrokken", en: ", left")
        case .absent:
            return LocalizedText(nl: ", afwezig", en: ", absent")
        case .closedAt(let time):
            return LocalizedText(nl: "Afgesloten om \(time).", en: "Closed at \(time).")
        case .abandonedAt(let time, let reason):
            return LocalizedText(nl: "Afgebroken om \(time): \(reason).", en: "Abandoned at \(time): \(reason).")
        case .minutesApproved:
            return LocalizedText(nl: " Het verslag is vastgesteld.", en: " The minutes are approved.")
        case .minutesToApprove:
            return LocalizedText(
                nl: " Het verslag: 'beraad verslag'; vaststellen met 'beraad vaststellen'.",
                en: " The minutes: 'beraad minutes'; approve them with 'beraad approve'.")
        case .timeIsUp:
            return LocalizedText(nl: " — de tijd is om", en: " — time is up")
        case .prompts:
            return LocalizedText(nl: "Vragen:", en: "Prompts:")
        case .recordedHere(let kinds):
            return LocalizedText(nl: "Hier vast te leggen: \(kinds)", en: "Recorded here: \(kinds)")
        case .participants(let people):
            return LocalizedText(nl: "Deelnemers: \(people)", en: "Participants: \(people)")
        case .noParticipants:
            return LocalizedText(
                nl: "Nog geen deelnemers: 'beraad aansluiten NAAM'.", en: "No participants yet: 'beraad join NAME'.")
        case .roundFinished:
            return LocalizedText(
                nl: "Deze ronde is af: 'beraad volgende'.", en: "This round is finished: 'beraad next'.")
        case .lastRound:
            return LocalizedText(
                nl: "Laatste ronde; afsluiten met 'beraad afsluiten'.", en: "Last round; end with 'beraad close'.")
        case .stillNeeded:
            return LocalizedText(nl: "Nog nodig:", en: "Still needed:")
        }
    }
}

extension Catalog.HandoutText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .defaultMark:
            return LocalizedText(nl: " (standaard)", en: " (default)")
        case .roundCount(let count):
            return LocalizedText(nl: "\(count) rondes", en: "\(count) rounds")
        case .source(let citation):
            return LocalizedText(nl: "Bron: \(citation)", en: "Source: \(citation)")
        case .roles(let roles):
            return LocalizedText(nl: "Rollen: \(roles)", en: "Roles: \(roles)")
        case .mayBeSkipped:
            return LocalizedText(nl: ", mag worden overgeslagen", en: ", may be skipped")
        case .records(let kinds):
            return LocalizedText(nl: "Legt vast: \(kinds)", en: "Records: \(kinds)")
        case .finishedWhen(let requirements):
            return LocalizedText(nl: "Af als: \(requirements)", en: "Finished when: \(requirements)")
        case .sourceLabel:
            return LocalizedText(nl: "Bron", en: "Source")
        case .duration:
            return LocalizedText(nl: "Duur", en: "Duration")
        case .rolesLabel:
            return LocalizedText(nl: "Rollen", en: "Roles")
        case .topicsLabel:
            return LocalizedText(nl: "Onderwerpen", en: "Topics")
        case .suggested:
            return LocalizedText(nl: " (richttijd)", en: " (suggested)")
        }
    }
}

extension Catalog.PlaceholderText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .text:
            return LocalizedText(nl: "TEKST", en: "TEXT")
        case .name:
            return LocalizedText(nl: "NAAM", en: "NAME")
        case .who:
            return LocalizedText(nl: "WIE", en: "WHO")
        case .label:
            return LocalizedText(nl: "LETTER", en: "LABEL")
        case .labeledText:
            return LocalizedText(nl: "'A: TEKST'", en: "'A: TEXT'")
        case .date:
            return LocalizedText(nl: "DATUM", en: "DATE")
        case .time:
            return LocalizedText(nl: "TIJD", en: "TIME")
        case .id:
            return LocalizedText(nl: "ID", en: "ID")
        case .idOrFile:
            return LocalizedText(nl: "ID|BESTAND", en: "ID|FILE")
        case .directory:
            return LocalizedText(nl: "MAP", en: "DIR")
        case .file:
            return LocalizedText(nl: "BESTAND", en: "FILE")
        case .action:
            return LocalizedText(nl: "ACTIE", en: "ACTION")
        case .state:
            return LocalizedText(nl: "STATUS", en: "STATE")
        case .signal:
            return LocalizedText(nl: "SIGNAAL", en: "SIGNAL")
        case .duration:
            return LocalizedText(nl: "DUUR", en: "DURATION")
        case .role:
            return LocalizedText(nl: "ROL", en: "ROLE")
        case .kind:
            return LocalizedText(nl: "SOORT", en: "KIND")
        case .category:
            return LocalizedText(nl: "CAT", en: "CAT")
        case .how:
            return LocalizedText(nl: "HOE", en: "HOW")
        case .level:
            return LocalizedText(nl: "NIVEAU", en: "LEVEL")
        case .format:
            return LocalizedText(nl: "FORMAAT", en: "FORMAT")
        case .score:
            return LocalizedText(nl: "1-5", en: "1-5")
        case .number:
            return LocalizedText(nl: "NUMMER", en: "NUMBER")
        case .language:
            return LocalizedText(nl: "nl|en", en: "nl|en")
        case .title:
            return LocalizedText(nl: "TITEL", en: "TITLE")
        case .question:
            return LocalizedText(nl: "VRAAG", en: "QUESTION")
        case .option:
            return LocalizedText(nl: "OPTIE", en: "OPTION")
        case .entry:
            return LocalizedText(nl: "INVOER", en: "ENTRY")
        case .shell:
            return LocalizedText(nl: "SHELL", en: "SHELL")
        case .command:
            return LocalizedText(nl: "COMMANDO", en: "COMMAND")
        }
    }
}
