// Every text a facilitator reads, in Dutch and English side by side: one exhaustive switch per kind of text, so a
// text missing in either language does not compile, and a value that one language leaves out is found by
// CatalogTests. The keys are named in Catalog+Keys.swift.

extension Catalog.Key {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .help(let key): return key.text
        case .message(let key): return key.text
        case .parse(let key): return key.text
        case .live(let key): return key.text
        case .status(let key): return key.text
        case .handout(let key): return key.text
        case .rule(let key): return key.text
        case .requirement(let key): return key.text
        case .kind(let key): return key.text
        case .minutes(let key): return key.text
        case .protocolFile(let key): return key.text
        case .json(let key): return key.text
        case .journal(let key): return key.text
        case .placeholder(let key): return key.text
        case .date(let key): return key.text
        }
    }
}

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
                nl: "wist TEKST (een naam, een adres) uit de sessie op schijf: […] komt ervoor in de plaats",
                en: "erases TEXT (a name, an address) from the session on disk, leaving […] in its place")
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
        case .sessionDiffers(let id):
            return LocalizedText(
                nl:
                    "Hier staat al een sessie \(id) met een ander journaal; er is niets geïmporteerd. Exporteer die eerst als u beide wilt bewaren.",
                en:
                    "A session \(id) with a different journal is already here; nothing was imported. Export that one first if both are to be kept."
            )
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
        case .noSignals:
            return LocalizedText(nl: "Geen signalen die hierbij passen.", en: "No signals match.")
        case .signalTheme(let theme, let count, let sessions, let first, let last):
            return LocalizedText(
                nl:
                    "\(theme): \(count) \(count == 1 ? "signaal" : "signalen") uit \(sessions) \(sessions == 1 ? "sessie" : "sessies"), \(first) – \(last)",
                en:
                    "\(theme): \(count) \(count == 1 ? "signal" : "signals") from \(sessions) \(sessions == 1 ? "session" : "sessions"), \(first) – \(last)"
            )
        case .csvHeader:
            return LocalizedText(
                nl: "thema,gemeld,niveau,stand,signaal,aan,antwoord,sessies in thema",
                en: "theme,raised,level,state,signal,to,answer,sessions in theme")
        case .noTheme:
            return LocalizedText(nl: "zonder thema", en: "no theme")
        case .reportWritten(let path):
            return LocalizedText(nl: "Register geschreven naar \(path)\n", en: "Register written to \(path)\n")
        case .registerKicker:
            return LocalizedText(nl: "Signaleren", en: "Signals")
        case .registerTitle:
            return LocalizedText(nl: "Signalenregister", en: "Signal register")
        case .registerMade:
            return LocalizedText(nl: "Gemaakt op", en: "Made on")
        case .registerSignals:
            return LocalizedText(nl: "Signalen", en: "Signals")
        case .registerSince:
            return LocalizedText(nl: "Sinds", en: "Since")
        case .registerAnonymised:
            return LocalizedText(
                nl: "Zonder namen: deelnemers staan er met hun rol in, weggelaten tekst als […].",
                en: "Without names: participants appear by their role, erased text as […].")
        case .levelColumn:
            return LocalizedText(nl: "NIVEAU", en: "LEVEL")
        case .signalColumn:
            return LocalizedText(nl: "SIGNAAL", en: "SIGNAL")
        case .toColumn:
            return LocalizedText(nl: "AAN", en: "TO")
        case .answerColumn:
            return LocalizedText(nl: "ANTWOORD", en: "ANSWER")
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
        case .homeReadableByOthers(let path):
            return LocalizedText(
                nl: "anderen kunnen \(path) lezen; maak het privé (chmod go-rwx)",
                en: "others can read \(path); make it private (chmod go-rwx)")
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
        case .homeSymlink(let path):
            return LocalizedText(
                nl: "\(path) is een symbolische koppeling; Beraad schrijft er niet doorheen en weigert te schrijven",
                en: "\(path) is a symbolic link; Beraad does not write through it and refuses to write")
        case .homeWritableByOthers(let path):
            return LocalizedText(
                nl: "anderen kunnen schrijven in \(path); maak het privé (chmod go-w)",
                en: "others can write to \(path); make it private (chmod go-w)")
        case .homeOwnedByOther(let path):
            return LocalizedText(nl: "\(path) is van een andere gebruiker", en: "\(path) belongs to another user")
        case .noHome:
            return LocalizedText(
                nl: "geen map voor de sessies: geef --home DIR of zet BERAAD_HOME",
                en: "no folder for the sessions: give --home DIR or set BERAAD_HOME")
        case .didYouMean(let suggestion):
            return LocalizedText(nl: "Bedoel je '\(suggestion)'?", en: "Did you mean '\(suggestion)'?")
        case .ioFailed(let operation, let path, let reason):
            return LocalizedText(
                nl: "\(operation) van \(path) mislukt: \(reason)", en: "\(operation) of \(path) failed: \(reason)")
        case .journalDamaged(let path, let line, let detail):
            return LocalizedText(
                nl:
                    "\(path):\(line): het journaal is beschadigd op regel \(line) (\(detail)); er is niets geschreven. Maak een kopie en zie README, 'Herstel'",
                en:
                    "\(path):\(line): the journal is damaged at line \(line) (\(detail)); nothing was written. Make a copy and see README, 'Recovery'"
            )
        case .writeUnsureReadOnly(let path):
            return LocalizedText(
                nl:
                    "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet. Er kon geen markering worden geschreven, dus het journaal is alleen-lezen gemaakt. Kijk met 'beraad log' en maak het daarna weer schrijfbaar (chmod u+w \(path)); tot die tijd neemt de sessie niets meer aan",
                en:
                    "writing to \(path) failed and could not be undone: the last entry may or may not be there. No marker could be written, so the journal was made read-only. Check with 'beraad log', then make it writable again (chmod u+w \(path)); until then the session takes nothing more"
            )
        case .writeUnsureUnguarded(let path):
            return LocalizedText(
                nl:
                    "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet, en de schijf nam geen markering en geen andere modus van het journaal aan. Leg niets meer vast in deze sessie tot die is nagekeken met 'beraad controleer' en 'beraad log'",
                en:
                    "writing to \(path) failed and could not be undone: the last entry may or may not be there, and the disk took neither a marker nor a change of the journal's mode. Record nothing more in this session until it has been checked with 'beraad verify' and 'beraad log'"
            )
        case .writeUnsure(let path, let marker):
            return LocalizedText(
                nl:
                    "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet. Kijk met 'beraad log' en verwijder dan \(marker); tot die tijd neemt de sessie niets meer aan",
                en:
                    "writing to \(path) failed and could not be undone: the last entry may or may not be there. Check with 'beraad log', then remove \(marker); until then the session takes nothing more"
            )
        case .journalImpossible(let path, let line, let detail):
            return LocalizedText(
                nl:
                    "\(path):\(line): geen beraad kan dit journaal hebben geschreven: \(detail); er is niets geschreven",
                en: "\(path):\(line): no beraad could have written this journal: \(detail); nothing was written")
        case .wouldNotReplay(let path, let line, let detail):
            return LocalizedText(
                nl:
                    "niet vastgelegd: daarna zou beraad \(path) niet meer kunnen lezen (regel \(line): \(detail)); er is niets geschreven. Dit is een fout in beraad: meld het alstublieft",
                en:
                    "not recorded: beraad could not read \(path) back afterwards (line \(line): \(detail)); nothing was written. This is a bug in beraad: please report it"
            )
        case .sessionLocked(let path, let seconds):
            return LocalizedText(
                nl:
                    "\(path) is na \(seconds) s nog steeds vergrendeld door een ander beraad-proces; probeer het opnieuw",
                en: "\(path) is still locked by another beraad process after \(seconds) s; try again")
        case .noSession(let id):
            return LocalizedText(
                nl: "geen sessie '\(id)'; zie 'beraad sessies --alle'",
                en: "no session '\(id)'; see 'beraad sessions --all'")
        case .sessionExists(let id):
            return LocalizedText(nl: "sessie '\(id)' bestaat al", en: "session '\(id)' already exists")
        case .notASessionID(let id):
            return LocalizedText(
                nl: "'\(id)' is geen sessie-id (alleen a-z, 0-9 en '-')",
                en: "'\(id)' is not a session id (only a-z, 0-9 and '-')")
        case .noCurrentSession:
            return LocalizedText(
                nl: "geen actuele sessie; open er een met 'beraad nieuw TITEL' of kies er een met 'beraad kies ID'",
                en: "no current session; open one with 'beraad new TITLE' or choose one with 'beraad use ID'")
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
        case .dateColumn:
            return LocalizedText(nl: "DATUM", en: "DATE")
        case .titleColumn:
            return LocalizedText(nl: "TITEL", en: "TITLE")
        case .stateColumn:
            return LocalizedText(nl: "STATUS", en: "STATE")
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
        case .questionPlaceholder:
            return LocalizedText(nl: "vraag", en: "question")
        case .becausePlaceholder:
            return LocalizedText(nl: "omdat …", en: "because …")
        case .roundFinished:
            return LocalizedText(
                nl: "Deze ronde is af: /volgende voor de volgende.",
                en: "This round is finished: /next for the next one.")
        case .stillNeeded(let needs):
            return LocalizedText(nl: "Nog nodig: \(needs)", en: "Still needed: \(needs)")
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
        case .signalState(let state):
            return LocalizedText(
                nl: { () -> String in
                    switch state {
                    case .raised: return "gesignaleerd"
                    case .passedOn: return "doorgegeven"
                    case .answered: return "beantwoord"
                    case .closed: return "afgesloten"
                    }
                }(),
                en: { () -> String in
                    switch state {
                    case .raised: return "raised"
                    case .passedOn: return "passed on"
                    case .answered: return "answered"
                    case .closed: return "closed"
                    }
                }())
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
        case .questionsHeading:
            return LocalizedText(nl: "Hulpvragen:", en: "Guiding questions:")
        case .recalled(let round):
            return LocalizedText(nl: "Uit '\(round)':", en: "From '\(round)':")
        case .basedOn(let value):
            return LocalizedText(nl: "Gebaseerd op \(value)", en: "Based on \(value)")
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
        case .time(let minutes, let timebox):
            return LocalizedText(nl: "Tijd: \(minutes) van \(timebox) min", en: "Time: \(minutes) of \(timebox) min")
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

extension Catalog.RuleText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .notOpened:
            return LocalizedText(nl: "deze sessie is nog niet geopend", en: "this session has not been opened")
        case .alreadyOpened:
            return LocalizedText(nl: "deze sessie is al geopend", en: "this session is already open")
        case .sessionEnded:
            return LocalizedText(
                nl: "de sessie is afgesloten; alleen lezen, correcties, 'weglaten' en 'vaststellen' zijn nog mogelijk",
                en: "the session is closed; only reading, corrections, 'redact' and 'approve' are still possible")
        case .sessionApproved:
            return LocalizedText(
                nl: "het verslag is vastgesteld; de sessie neemt geen correcties meer aan",
                en: "the minutes are approved; the session takes no more corrections")
        case .timeWentBackwards(let given, let last):
            return LocalizedText(
                nl:
                    "tijd \(given) ligt vóór de laatste vastlegging (\(last)); tijden mogen niet teruglopen. Een vastlegging met een verkeerde tijd trek je in ('beraad log', dan 'beraad intrekken ID')",
                en:
                    "time \(given) is before the last entry (\(last)); times must not go backwards. Take back an entry given the wrong time ('beraad log', then 'beraad retract ID')"
            )
        case .enteredAfterwards(let last):
            return LocalizedText(
                nl:
                    "dit beraad wordt achteraf ingevoerd en de laatste vastlegging is van \(last): geef de tijd met --om TIJD, of leg het nu vast met --nu",
                en:
                    "this meeting is being entered afterwards and its last entry is of \(last): give the time with --at TIME, or record it now with --now"
            )
        case .unknownParticipantNobodyYet(let name):
            return LocalizedText(
                nl: "geen deelnemer '\(name)' (nog niemand is aangesloten: gebruik 'beraad aansluiten')",
                en: "no participant '\(name)' (nobody has joined yet: use 'beraad join')")
        case .unknownParticipant(let name, let known):
            return LocalizedText(
                nl: "geen deelnemer '\(name)'; deelnemers: \(known)",
                en: "no participant '\(name)'; participants: \(known)")
        case .ambiguousParticipant(let name, let candidates):
            return LocalizedText(
                nl: "'\(name)' kan meerdere deelnemers zijn: \(candidates)",
                en: "'\(name)' could be more than one participant: \(candidates)")
        case .participantAbsent(let name):
            return LocalizedText(nl: "\(name) is niet (meer) aanwezig", en: "\(name) is not present")
        case .participantAlreadyPresent(let name):
            return LocalizedText(nl: "\(name) doet al mee", en: "\(name) has already joined")
        case .participantAlreadyKnown(let name):
            return LocalizedText(
                nl: "\(name) staat al op de lijst van deze sessie", en: "\(name) is already on this session's list")
        case .noNoteTakerRole:
            return LocalizedText(
                nl: "deze methode kent geen rol voor een notulist", en: "this method has no role for a note-taker")
        case .invalidName(let name):
            return LocalizedText(
                nl:
                    "'\(name)' kan geen naam zijn: gebruik tekst zonder ':' of stuurtekens, hoogstens 100 tekens, niet beginnend met '-'",
                en:
                    "'\(name)' cannot be a name: use text without ':' or control characters, at most 100 characters, not starting with '-'"
            )
        case .unknownRole(let role, let known):
            return LocalizedText(
                nl: "onbekende rol '\(role)'; rollen: \(known)", en: "unknown role '\(role)'; roles: \(known)")
        case .roleFull(let role, let holders):
            return LocalizedText(
                nl: "de rol '\(role)' is al vergeven aan \(holders)",
                en: "the role '\(role)' is already taken by \(holders)")
        case .roleUnchanged(let name, let role):
            return LocalizedText(nl: "\(name) heeft de rol '\(role)' al", en: "\(name) has the role '\(role)' already")
        case .kindNotAccepted(let round, let kind, let rounds):
            return LocalizedText(
                nl: "de ronde '\(round)' neemt geen \(kind) aan; dat kan in: \(rounds)",
                en: "the round '\(round)' does not accept \(article(kind)) \(kind); it belongs in: \(rounds)")
        case .kindNotAcceptedAnywhere(let round, let kind):
            return LocalizedText(
                nl: "de ronde '\(round)' neemt geen \(kind) aan; geen ronde doet dat",
                en: "the round '\(round)' does not accept \(article(kind)) \(kind); no round does")
        case .kindHasOwnCommand(let kind, let command):
            return LocalizedText(
                nl: "een \(kind) leg je vast met 'beraad \(command)'",
                en: "a \(kind) is recorded with 'beraad \(command)'")
        case .noCategories:
            return LocalizedText(nl: "deze ronde heeft geen categorieën", en: "this round has no categories")
        case .unknownQuestion(let number, let count):
            return LocalizedText(
                nl: "deze ronde heeft geen hulpvraag \(number); ze heeft er \(count)",
                en: "this round has no guiding question \(number); it has \(count)")
        case .noQuestions:
            return LocalizedText(nl: "deze ronde heeft geen hulpvragen", en: "this round has no guiding questions")
        case .ambiguousCategory(let category, let candidates):
            return LocalizedText(
                nl: "'\(category)' kan meer dan één categorie zijn: \(candidates); typ er meer van",
                en: "'\(category)' could be more than one category: \(candidates); type more of it")
        case .categoryNotInRound(let category, let round, let rounds):
            return LocalizedText(
                nl: "de ronde '\(round)' kent de categorie '\(category)' niet; die hoort bij \(rounds)",
                en: "the round '\(round)' has no category '\(category)'; it belongs to \(rounds)")
        case .unknownCategory(let category, let known):
            return LocalizedText(
                nl: "onbekende categorie '\(category)'; categorieën: \(known)",
                en: "unknown category '\(category)'; categories: \(known)")
        case .noDilemma:
            return LocalizedText(
                nl: "er is nog geen dilemma met opties; leg dat eerst vast met 'beraad dilemma'",
                en: "there is no dilemma with options yet; frame it first with 'beraad dilemma'")
        case .unknownOption(let label, let known):
            return LocalizedText(
                nl: "geen optie '\(label)'; opties: \(known)", en: "no option '\(label)'; options: \(known)")
        case .tooFewOptions:
            return LocalizedText(
                nl: "een dilemma heeft minstens twee opties nodig", en: "a dilemma needs at least two options")
        case .badOptionLabels(let expected):
            return LocalizedText(
                nl: "de opties heten op volgorde \(expected)", en: "the options are labelled in order \(expected)")
        case .harmForUnknownOption(let label):
            return LocalizedText(
                nl: "schade voor onbekende optie '\(label)'", en: "harm for an unknown option '\(label)'")
        case .emptyText:
            return LocalizedText(nl: "de tekst is leeg", en: "the text is empty")
        case .requirementsUnmet(let round, let unmet):
            return LocalizedText(
                nl:
                    "ronde '\(round)' is nog niet af: \(unmet). Ga toch verder met 'beraad volgende --forceer --reden TEKST'.",
                en:
                    "round '\(round)' is not finished: \(unmet). To move on anyway: 'beraad next --force --reason TEXT'."
            )
        case .forceNeedsReason:
            return LocalizedText(nl: "--forceer vraagt om --reden TEKST", en: "--force needs --reason TEXT")
        case .lastRound:
            return LocalizedText(
                nl: "dit is de laatste ronde; sluit de sessie af met 'beraad afsluiten'",
                en: "this is the last round; end the session with 'beraad close'")
        case .firstRound:
            return LocalizedText(nl: "dit is de eerste ronde", en: "this is the first round")
        case .noDecision:
            return LocalizedText(
                nl:
                    "er is nog geen besluit; leg het vast met 'beraad besluit' of stop met 'beraad afsluiten --afbreken --reden TEKST'",
                en:
                    "there is no decision yet; record it with 'beraad decide' or stop with 'beraad close --abandon --reason TEXT'"
            )
        case .abandonNeedsReason:
            return LocalizedText(nl: "--afbreken vraagt om --reden TEKST", en: "--abandon needs --reason TEXT")
        case .unknownEntry(let id):
            return LocalizedText(
                nl: "geen vastlegging '\(id)'; zie 'beraad log'", en: "no entry '\(id)'; see 'beraad log'")
        case .alreadyRetracted(let id):
            return LocalizedText(nl: "\(id) is al ingetrokken", en: "\(id) is already retracted")
        case .participantHasEntries(let name, let entries):
            return LocalizedText(
                nl: "\(name) heeft nog vastleggingen die staan (\(entries)); trek die eerst in",
                en: "\(name) still has entries that stand (\(entries)); retract those first")
        case .nothingToUndo:
            return LocalizedText(nl: "er is niets om ongedaan te maken", en: "there is nothing to undo")
        case .notEnded:
            return LocalizedText(
                nl: "alleen het verslag van een afgesloten sessie kan worden vastgesteld",
                en: "only the minutes of a closed session can be approved")
        case .erasureBreaksSession:
            return LocalizedText(
                nl:
                    "wissen zou twee deelnemers dezelfde naam geven; wis de naam van een deelnemer met 'beraad vergeet NAAM'",
                en:
                    "erasing would give two participants the same name; erase a participant's name with 'beraad forget NAME'"
            )
        case .notStarted:
            return LocalizedText(
                nl: "de sessie is gepland en nog niet begonnen; begin met 'beraad begin' (of 'beraad live')",
                en: "the session is planned and has not started; start it with 'beraad start' (or 'beraad run')")
        case .notPlanned:
            return LocalizedText(
                nl: "deze sessie is niet gepland: ze liep al vanaf het openen",
                en: "this session was not planned: it has been running since it was opened")
        case .alreadyStarted:
            return LocalizedText(nl: "de sessie is al begonnen", en: "the session has started already")
        case .notAnAction(let id):
            return LocalizedText(
                nl: "\(id) is geen afspraak van deze sessie; zie 'beraad afspraken'",
                en: "\(id) is not an action of this session; see 'beraad actions'")
        case .notASignal(let id):
            return LocalizedText(
                nl: "\(id) is geen signaal van deze sessie; zie 'beraad signalen'",
                en: "\(id) is not a signal of this session; see 'beraad signals'")
        case .actionAlreadyDone(let id):
            return LocalizedText(nl: "afspraak \(id) is al gedaan", en: "action \(id) is done already")
        case .actionNotDone(let id):
            return LocalizedText(nl: "afspraak \(id) staat nog open", en: "action \(id) is still open")
        case .signalCannotMove(let from, let to):
            return LocalizedText(
                nl: "een signaal dat \(from) is, kan niet terug naar \(to)",
                en: "a signal that is \(from) cannot go back to \(to)")
        case .passedOnToNobody:
            return LocalizedText(nl: "aan wie? geef --aan NAAM", en: "to whom? give --to NAME")
        case .notApproved:
            return LocalizedText(
                nl: "alleen een vastgesteld verslag kan in de casusbank; stel het eerst vast met 'beraad vaststellen'",
                en: "only approved minutes can go into the case bank; approve them first with 'beraad approve'")
        case .alreadyShared:
            return LocalizedText(
                nl: "deze sessie is al gedeeld voor de casusbank",
                en: "this session is shared for the case bank already")
        case .alreadyApproved:
            return LocalizedText(nl: "het verslag is al vastgesteld", en: "the minutes are already approved")
        case .scoreOutOfRange(let score):
            return LocalizedText(
                nl: "score \(score) ligt niet tussen 1 en 5", en: "score \(score) is not between 1 and 5")
        case .cannotConvene(let round, let rounds):
            return LocalizedText(
                nl: "vanuit de ronde '\(round)' kan geen moreel beraad worden belegd; dat kan in: \(rounds)",
                en: "no moreel beraad can be convened from the round '\(round)'; that is done in: \(rounds)")
        case .cannotConveneAnywhere(let round):
            return LocalizedText(
                nl:
                    "vanuit de ronde '\(round)' kan geen moreel beraad worden belegd; deze methode kent zo'n ronde niet",
                en: "no moreel beraad can be convened from the round '\(round)'; this method has no such round")
        case .invalidDate(let value):
            return LocalizedText(
                nl: "'\(value)' is geen datum; gebruik JJJJ-MM-DD", en: "'\(value)' is not a date; use YYYY-MM-DD")
        }
    }
}

extension Catalog.RequirementText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .caseRecorded:
            return LocalizedText(nl: "de casus is beschreven", en: "the case is described")
        case .dilemmaFramed(let count):
            return LocalizedText(
                nl: "het dilemma is geformuleerd met minstens \(count) opties",
                en: "the dilemma is framed with at least \(count) options")
        case .harmForEachOption:
            return LocalizedText(nl: "de schade van elke optie is benoemd", en: "the harm of each option is named")
        case .decisionRecorded:
            return LocalizedText(nl: "een besluit is vastgelegd", en: "a decision is recorded")
        case .inThisRound:
            return LocalizedText(nl: " in deze ronde", en: " in this round")
        case .count(let count, let kind, let scope):
            return LocalizedText(nl: "minstens \(count) × \(kind)\(scope)", en: "at least \(count) × \(kind)\(scope)")
        case .each(let kind):
            return LocalizedText(nl: "een \(kind) van iedere deelnemer", en: "a \(kind) from every participant")
        case .fromPresenter(let kind):
            return LocalizedText(nl: "een \(kind) van de inbrenger", en: "a \(kind) from the case presenter")
        case .eachOther(let kind):
            return LocalizedText(
                nl: "een \(kind) van iedere andere deelnemer", en: "a \(kind) from every other participant")
        case .noParticipantsYet:
            return LocalizedText(nl: " (er zijn nog geen deelnemers)", en: " (there are no participants yet)")
        case .missingFrom(let kind, let names):
            return LocalizedText(nl: "nog geen \(kind) van: \(names)", en: "no \(kind) yet from: \(names)")
        case .notYetForOption(let options):
            return LocalizedText(nl: " — nog niet van optie \(options)", en: " — not yet for option \(options)")
        }
    }
}

extension Catalog.KindText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .case:
            return LocalizedText(nl: "casus", en: "case")
        case .dilemma:
            return LocalizedText(nl: "dilemma", en: "dilemma")
        case .fact:
            return LocalizedText(nl: "feit", en: "fact")
        case .value:
            return LocalizedText(nl: "waarde", en: "value")
        case .norm:
            return LocalizedText(nl: "norm", en: "norm")
        case .right:
            return LocalizedText(nl: "recht", en: "right")
        case .perspective:
            return LocalizedText(nl: "perspectief", en: "perspective")
        case .alternative:
            return LocalizedText(nl: "alternatief", en: "alternative")
        case .consideration:
            return LocalizedText(nl: "overweging", en: "consideration")
        case .position:
            return LocalizedText(nl: "standpunt", en: "position")
        case .decision:
            return LocalizedText(nl: "besluit", en: "decision")
        case .action:
            return LocalizedText(nl: "actie", en: "action")
        case .signal:
            return LocalizedText(nl: "signaal", en: "signal")
        case .evaluation:
            return LocalizedText(nl: "evaluatie", en: "evaluation")
        case .note:
            return LocalizedText(nl: "notitie", en: "note")
        }
    }
}

extension Catalog.MinutesText {
    /// The text in both languages.
    var text: LocalizedText {
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
        }
    }
}

extension Catalog.ProtocolFileText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .dutchTextEmpty:
            return LocalizedText(nl: "de Nederlandse tekst is leeg", en: "the Dutch text is empty")
        case .englishTextEmpty:
            return LocalizedText(nl: "de Engelse tekst is leeg", en: "the English text is empty")
        case .notAnID(let id):
            return LocalizedText(
                nl: "'\(id)' is geen id: gebruik a-z, 0-9 en '-', hoogstens 64",
                en: "'\(id)' is not an id: use a-z, 0-9 and '-', at most 64")
        case .duplicateRole(let id):
            return LocalizedText(nl: "dubbele rol-id '\(id)'", en: "duplicate role id '\(id)'")
        case .duplicateRound(let id):
            return LocalizedText(nl: "dubbele ronde-id '\(id)'", en: "duplicate round id '\(id)'")
        case .duplicateKind(let id):
            return LocalizedText(nl: "dubbele soort '\(id)'", en: "duplicate kind id '\(id)'")
        case .numberOutOfRange(let low, let high):
            return LocalizedText(
                nl: "moet een getal van \(low) tot en met \(high) zijn", en: "must be a number from \(low) to \(high)")
        case .duplicateCategory(let id):
            return LocalizedText(nl: "dubbele categorie-id '\(id)'", en: "duplicate category id '\(id)'")
        case .recallsUnknownRound(let id):
            return LocalizedText(
                nl: "'recalls' noemt ronde '\(id)', die eerder in de methode moet staan",
                en: "'recalls' names round '\(id)', which must come earlier in the method")
        case .sourceEmpty:
            return LocalizedText(nl: "de bron is leeg", en: "the source is empty")
        case .noPresenterRole:
            return LocalizedText(
                nl: "dit vraagt om een inbrenger, maar het protocol heeft geen rol met \"presenter\"",
                en: "this asks for a case presenter, but the protocol has no role with \"presenter\"")
        case .kindNotAccepted(let kind):
            return LocalizedText(nl: "de ronde neemt geen '\(kind)' aan", en: "the round does not accept '\(kind)'")
        case .casePresenterUnusable:
            return LocalizedText(
                nl: "casePresenter vraagt om een rol met \"presenter\" en een ronde die 'case' aanneemt",
                en: "casePresenter needs a role with \"presenter\" and a round that accepts 'case'")
        case .aliasIsTheID:
            return LocalizedText(
                nl: "een andere naam gelijk aan de id zegt niets", en: "an alias equal to the id says nothing")
        case .duplicateAlias(let id):
            return LocalizedText(nl: "dubbele andere naam '\(id)'", en: "duplicate alias '\(id)'")
        case .noRoles:
            return LocalizedText(
                nl: "een protocol heeft minstens één rol nodig", en: "a protocol needs at least one role")
        case .severalDefaultRoles:
            return LocalizedText(
                nl: "meer dan één rol is als standaard aangemerkt", en: "more than one role is marked default")
        case .noRounds:
            return LocalizedText(
                nl: "een protocol heeft minstens één ronde nodig", en: "a protocol needs at least one round")
        case .roundAcceptsNothing:
            return LocalizedText(
                nl: "een ronde moet minstens één soort aannemen", en: "a round must accept at least one kind")
        case .kindNeverCounted(let kind):
            return LocalizedText(
                nl: "de ronde neemt geen '\(kind)' aan, dus die kan nooit geteld worden",
                en: "the round does not accept '\(kind)', so it can never be counted")
        case .missingField(let field):
            return LocalizedText(nl: "verplicht veld '\(field)' ontbreekt", en: "required field '\(field)' is missing")
        case .expectedString:
            return LocalizedText(nl: "verwacht een tekst", en: "expected a string")
        case .expectedWholeNumber:
            return LocalizedText(nl: "verwacht een geheel getal", en: "expected a whole number")
        case .expectedBool:
            return LocalizedText(nl: "verwacht true of false", en: "expected true or false")
        case .expectedList:
            return LocalizedText(nl: "verwacht een lijst", en: "expected a list")
        case .expectedObject:
            return LocalizedText(nl: "verwacht een object", en: "expected an object")
        case .foundNull(let expected):
            return LocalizedText(nl: "\(expected), gevonden: null", en: "\(expected), found null")
        case .notJSON:
            return LocalizedText(nl: "geen geldige JSON", en: "not valid JSON")
        case .unknownField(let field):
            return LocalizedText(nl: "onbekend veld '\(field)'", en: "unknown field '\(field)'")
        case .unknownFieldDidYouMean(let field, let suggestion):
            return LocalizedText(
                nl: "onbekend veld '\(field)'; bedoel je '\(suggestion)'?",
                en: "unknown field '\(field)'; did you mean '\(suggestion)'?")
        case .unknownKind(let value, let hint):
            return LocalizedText(nl: "onbekende soort '\(value)'; \(hint)", en: "unknown kind '\(value)'; \(hint)")
        case .unknownMinutesSection(let value, let hint):
            return LocalizedText(
                nl: "onbekend verslagonderdeel '\(value)'; \(hint)", en: "unknown minutes section '\(value)'; \(hint)")
        case .minutesSectionTwice(let section):
            return LocalizedText(
                nl: "verslagonderdeel '\(section)' staat er twee keer",
                en: "minutes section '\(section)' is listed twice")
        case .unknownRequirementType(let value, let hint):
            return LocalizedText(
                nl: "onbekend type eis '\(value)'; \(hint)", en: "unknown requirement type '\(value)'; \(hint)")
        case .unknownScope(let value, let hint):
            return LocalizedText(nl: "onbekende scope '\(value)'; \(hint)", en: "unknown scope '\(value)'; \(hint)")
        case .didYouMean(let suggestion):
            return LocalizedText(nl: "bedoel je '\(suggestion)'?", en: "did you mean '\(suggestion)'?")
        case .known(let values):
            return LocalizedText(nl: "bekend: \(values)", en: "known: \(values)")
        }
    }
}

extension Catalog.JSONText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .textAfterEnd:
            return LocalizedText(
                nl: "onverwachte tekst na het einde van het document",
                en: "unexpected text after the end of the document")
        case .duplicateKey(let key, let line, let column):
            return LocalizedText(
                nl: "'\(key)' staat hier voor de tweede keer; de eerste keer op \(line):\(column)",
                en: "'\(key)' stands here a second time; the first time at \(line):\(column)")
        case .byteOrderMark:
            return LocalizedText(
                nl: "het bestand begint met een byte order mark (BOM); sla het op als UTF-8 zonder BOM",
                en: "the file starts with a byte order mark (BOM); save it as UTF-8 without one")
        case .invalidUTF8:
            return LocalizedText(
                nl: "hier staan bytes die geen geldige UTF-8 zijn", en: "these bytes are not valid UTF-8")
        case .tooDeep:
            return LocalizedText(nl: "het document is te diep genest", en: "the document nests too deeply")
        case .unexpectedEnd:
            return LocalizedText(nl: "onverwacht einde van het document", en: "unexpected end of the document")
        case .unexpectedCharacter(let character):
            return LocalizedText(nl: "onverwacht teken '\(character)'", en: "unexpected character '\(character)'")
        case .expectedWord(let word):
            return LocalizedText(nl: "verwacht '\(word)'", en: "expected '\(word)'")
        case .expectedFieldName:
            return LocalizedText(
                nl: "verwacht een veldnaam tussen dubbele aanhalingstekens",
                en: "expected a field name in double quotes")
        case .expectedColon:
            return LocalizedText(nl: "verwacht ':' na de veldnaam", en: "expected ':' after the field name")
        case .expectedCommaOrBrace:
            return LocalizedText(nl: "verwacht ',' of '}'", en: "expected ',' or '}'")
        case .expectedCommaOrBracket:
            return LocalizedText(nl: "verwacht ',' of ']'", en: "expected ',' or ']'")
        case .stringNotClosed:
            return LocalizedText(nl: "de tekst is niet afgesloten", en: "the string is not closed")
        case .controlCharacter:
            return LocalizedText(
                nl: "een stuurteken in een tekst; schrijf het als escape",
                en: "a control character inside a string; write it as an escape")
        case .unknownEscape(let character):
            return LocalizedText(nl: "onbekende escape '\\\(character)'", en: "unknown escape '\\\(character)'")
        case .expectedHex:
            return LocalizedText(
                nl: "verwacht vier hexadecimale cijfers na \\u", en: "expected four hex digits after \\u")
        case .notANumber(let text):
            return LocalizedText(nl: "'\(text)' is geen getal", en: "'\(text)' is not a number")
        }
    }
}

extension Catalog.JournalText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .newerVersion(let version, let current):
            return LocalizedText(
                nl: "vastleggingsversie \(version) is nieuwer dan deze beraad kan lezen (\(current)); werk beraad bij",
                en: "record version \(version) is newer than this beraad reads (\(current)); update beraad")
        case .unknownType(let type):
            return LocalizedText(
                nl:
                    "gebeurtenis '\(type)' is onbekend voor deze beraad; een nieuwere versie schreef die: werk beraad bij",
                en: "event type '\(type)' is unknown to this beraad; it was written by a newer version: update beraad")
        case .malformed(let detail):
            return LocalizedText(nl: "geen geldige vastlegging: \(detail)", en: "not a valid record: \(detail)")
        case .notFramed:
            return LocalizedText(nl: "geen omlijste vastlegging", en: "not a framed record")
        case .checksumMismatch:
            return LocalizedText(nl: "controlegetal klopt niet", en: "checksum mismatch")
        case .sequenceGap(let seq, let expected):
            return LocalizedText(
                nl: "volgnummer \(seq) waar \(expected) hoort", en: "sequence number \(seq) where \(expected) belongs")
        case .empty:
            return LocalizedText(nl: "het journaal is leeg", en: "the journal is empty")
        case .firstNotOpening:
            return LocalizedText(
                nl: "de eerste regel opent geen sessie", en: "the first record does not open a session")
        case .openedAgain:
            return LocalizedText(
                nl: "de sessie wordt een tweede keer geopend", en: "the session is opened a second time")
        case .configNotKeyValue:
            return LocalizedText(
                nl: "verwacht 'sleutel = waarde' (of '#' voor een opmerking)",
                en: "expected 'key = value' (or '#' for a comment)")
        case .configUnknownKey(let key, let known):
            return LocalizedText(
                nl: "onbekende sleutel '\(key)'; bekend zijn: \(known)", en: "unknown key '\(key)'; known are: \(known)"
            )
        case .configNotUTF8:
            return LocalizedText(nl: "het bestand is geen UTF-8-tekst", en: "the file is not UTF-8 text")
        case .configNotAPeriod(let value):
            return LocalizedText(
                nl: "'\(value)' is geen bewaartermijn; schrijf bijvoorbeeld 2y (jaar), 18m (maanden), 6w of 90d",
                en: "'\(value)' is not a retention period; write 2y (years), 18m (months), 6w or 90d, for example")
        case .timeGoesBack(let at, let last):
            return LocalizedText(nl: "de tijd loopt terug: \(at) na \(last)", en: "time goes back: \(at) after \(last)")
        case .noSuchRound(let round):
            return LocalizedText(nl: "de methode kent geen ronde '\(round)'", en: "the method has no round '\(round)'")
        case .roundSkipped(let from, let to):
            return LocalizedText(
                nl:
                    "van ronde '\(from)' naar '\(to)' is geen stap die beraad zet (alleen naar de volgende of de vorige ronde)",
                en: "from round '\(from)' to '\(to)' is no step beraad takes (only to the next or the previous round)")
        case .neverJoined(let name):
            return LocalizedText(nl: "\(name) is nooit aangesloten", en: "\(name) never joined")
        case .afterClose:
            return LocalizedText(nl: "de sessie was al afgesloten", en: "the session was already closed")
        case .noSuchOption(let option):
            return LocalizedText(nl: "er is geen optie \(option)", en: "there is no option \(option)")
        case .afterApproval:
            return LocalizedText(nl: "het verslag was al vastgesteld", en: "the minutes were already approved")
        case .noSuchEntry(let entry):
            return LocalizedText(nl: "er is geen bijdrage \(entry)", en: "there is no entry \(entry)")
        case .openedAgainAt:
            return LocalizedText(
                nl: "de sessie wordt een tweede keer geopend", en: "the session is opened a second time")
        case .scoreOutOfRange(let score):
            return LocalizedText(nl: "score \(score) ligt niet tussen 1 en 5", en: "score \(score) is not from 1 to 5")
        case .closedTwice:
            return LocalizedText(
                nl: "de sessie wordt een tweede keer afgesloten", en: "the session is closed a second time")
        case .approvedWhileOpen:
            return LocalizedText(
                nl: "het verslag wordt vastgesteld terwijl de sessie nog loopt",
                en: "the minutes are approved while the session is still open")
        case .approvedTwice:
            return LocalizedText(
                nl: "het verslag wordt een tweede keer vastgesteld", en: "the minutes are approved a second time")
        case .chainBroken:
            return LocalizedText(
                nl:
                    "de hash-keten is verbroken: deze regel noemt niet de vorige regel (gewijzigd, weggehaald of ingevoegd)",
                en:
                    "the hash chain is broken: this line does not name the line before it (changed, removed or inserted)"
            )
        case .unchainedAfterChained:
            return LocalizedText(
                nl: "een regel zonder hash-keten na regels met een keten: zo schrijft geen beraad een journaal",
                en: "a line without the hash chain after lines with it: no beraad writes a journal that way")
        case .unterminated:
            return LocalizedText(
                nl: "de laatste regel is niet afgesloten (een onderbroken schrijfactie)",
                en: "the last line is not terminated (a write cut short)")
        case .otherSession(let id):
            return LocalizedText(nl: "dit journaal hoort bij sessie \(id)", en: "this journal belongs to session \(id)")
        case .beforeStart:
            return LocalizedText(
                nl:
                    "de sessie is gepland en nog niet begonnen; alleen deelnemers, casus en dilemma kunnen vooraf worden vastgelegd",
                en:
                    "the session is planned and has not started; only participants, the case and the dilemma can be recorded beforehand"
            )
        case .notPlanned:
            return LocalizedText(
                nl: "de sessie begint terwijl ze niet gepland is of al begonnen is",
                en: "the session starts while it is not planned or has started already")
        case .sharedBeforeApproval:
            return LocalizedText(
                nl: "de sessie wordt gedeeld voordat het verslag is vastgesteld",
                en: "the session is shared before its minutes were approved")
        case .sharedTwice:
            return LocalizedText(
                nl: "de sessie wordt een tweede keer gedeeld", en: "the session is shared a second time")
        case .protocolInvalid(let issue):
            return LocalizedText(
                nl: "de methode in de opening breekt een regel: \(issue)",
                en: "the method in the opening breaks a rule: \(issue)")
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

extension Catalog.DateText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .weekday(let index):
            return LocalizedText(
                nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][safe: index] ?? "",
                en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][safe: index] ?? "")
        case .month(let index):
            return LocalizedText(
                nl: [
                    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                    "november", "december",
                ][safe: index - 1] ?? "",
                en: [
                    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December",
                ][safe: index - 1] ?? "")
        case .holiday(let holiday):
            return LocalizedText(
                nl: { () -> String in
                    switch holiday {
                    case .newYear: return "nieuwjaarsdag"
                    case .goodFriday: return "Goede Vrijdag"
                    case .easter: return "eerste paasdag"
                    case .easterMonday: return "tweede paasdag"
                    case .kingsDay: return "Koningsdag"
                    case .liberationDay: return "Bevrijdingsdag"
                    case .ascension: return "Hemelvaartsdag"
                    case .whitsun: return "eerste pinksterdag"
                    case .whitMonday: return "tweede pinksterdag"
                    case .christmas: return "eerste kerstdag"
                    case .boxingDay: return "tweede kerstdag"
                    }
                }(),
                en: { () -> String in
                    switch holiday {
                    case .newYear: return "New Year's Day"
                    case .goodFriday: return "Good Friday"
                    case .easter: return "Easter Sunday"
                    case .easterMonday: return "Easter Monday"
                    case .kingsDay: return "King's Day"
                    case .liberationDay: return "Liberation Day"
                    case .ascension: return "Ascension Day"
                    case .whitsun: return "Whit Sunday"
                    case .whitMonday: return "Whit Monday"
                    case .christmas: return "Christmas Day"
                    case .boxingDay: return "Boxing Day"
                    }
                }())
        case .weekendDay(let saturday):
            return LocalizedText(nl: saturday ? "een zaterdag" : "een zondag", en: saturday ? "a Saturday" : "a Sunday")
        }
    }
}

/// "a" or "an" before `word`, by its first letter: English grammar belongs with the English texts.
private func article(_ word: String) -> String {
    guard let first = word.lowercased().first else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
}
