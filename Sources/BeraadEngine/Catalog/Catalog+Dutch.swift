extension Catalog.Key {
    /// The text in Dutch.
    var dutch: String {
        switch self {
        case .help(let key): return key.dutch
        case .message(let key): return key.dutch
        case .parse(let key): return key.dutch
        case .live(let key): return key.dutch
        case .status(let key): return key.dutch
        case .handout(let key): return key.dutch
        case .rule(let key): return key.dutch
        case .requirement(let key): return key.dutch
        case .kind(let key): return key.dutch
        case .minutes(let key): return key.dutch
        case .protocolFile(let key): return key.dutch
        case .json(let key): return key.dutch
        case .journal(let key): return key.dutch
        case .placeholder(let key): return key.dutch
        case .date(let key): return key.dutch
        }
    }
}

extension Catalog.HelpText {
    var dutch: String {
        switch self {
        case .usageLabel: return "Gebruik"
        case .seeCommandHelp(let command): return "Zie 'beraad \(command) --help' voor meer informatie."
        case .commandPlaceholder: return "commando"
        case .optionsPlaceholder: return "opties"
        case .seeHelp: return "Zie 'beraad --help' voor meer informatie."
        case .groupSessions: return "Sessies"
        case .groupMeeting: return "Tijdens het beraad"
        case .groupCorrections: return "Correcties"
        case .groupAfterwards: return "Na afloop"
        case .groupFollowUp: return "OPVOLGING"
        case .groupOther: return "Overig"
        case .globalHome: return "map met de sessies (BERAAD_HOME)"
        case .globalSession: return "de sessie waarmee je werkt (BERAAD_SESSION)"
        case .globalLang: return "taal (BERAAD_LANG)"
        case .globalAt: return "leg vast als gebeurd op TIJD (ISO 8601, of UU:MM vandaag)"
        case .globalNow:
            return
                "leg nu vast in een beraad dat achteraf wordt ingevoerd en waarvan de laatste vastlegging lang geleden is"
        case .globalJSON: return "uitvoer als JSON"
        case .globalHelp: return "toont hulp"
        case .globalVersion: return "toont de versie"
        case .new: return "opent een sessie en maakt die actueel"
        case .details:
            return
                "zet de kop van het verslag na de start (tot vaststellen): titel, plaats, verspreiding, team, notulist"
        case .detailsTitle: return "de titel van het beraad"
        case .newTitle: return "titel van het beraad"
        case .newProtocol: return "de methode (standaard moreel-beraad)"
        case .newFacilitator: return "de gespreksleider"
        case .newPlace: return "waar het beraad plaatsvindt"
        case .newDistribute: return "wie het verslag krijgt, gescheiden door ';' (\"Team Noord; teamleider\")"
        case .newTeam: return "het team van deze sessie, om afspraken en signalen over sessies heen te volgen"
        case .newPlanned:
            return
                "plant de sessie op die dag; casus en dilemma kunnen vooraf, de eerste ronde begint met 'beraad begin'"
        case .start: return "begint een geplande sessie: de eerste ronde gaat nu in"
        case .actions: return "de afspraken van alle sessies, met hun id"
        case .actionsOpen: return "alleen wat nog open staat"
        case .actionsOverdue: return "alleen wat over tijd is"
        case .actionsDone: return "alleen wat gedaan is"
        case .actionsOwner: return "alleen van deze eigenaar"
        case .actionsSince: return "alleen afgesproken op of na deze dag"
        case .listTeam: return "alleen sessies van dit team"
        case .signals: return "het signalenregister over alle sessies, per thema"
        case .signalsLevel: return "alleen signalen van dit niveau"
        case .signalsState: return "alleen signalen in deze stand"
        case .signalsSince: return "alleen signalen van op of na deze dag"
        case .signalsReport: return "schrijft het register voor een beleidsoverleg, zonder namen"
        case .signalsFormat: return "markdown, html of csv (standaard markdown)"
        case .signalsOutput: return "het rapport naar dit bestand"
        case .signalPass: return "een signaal is doorgegeven (aan wie)"
        case .signalPassTo: return "aan wie het is doorgegeven"
        case .signalAnswer: return "wat er op een signaal terugkwam"
        case .signalAnswerText: return "het antwoord"
        case .signalClose: return "een signaal is afgehandeld"
        case .signalID: return "het signaal: SESSIE/s2 zoals 'beraad signalen' het toont, of s2 in de actuele sessie"
        case .share: return "deelt de vastgestelde sessie voor de casusbank (geanonimiseerd)"
        case .shareBy: return "wie ermee instemde"
        case .casebank: return "de casusbank: samenvattingen van gedeelde sessies, met de deelnemers bij hun rol"
        case .casebankSearch: return "alleen casussen met deze tekst"
        case .casebankMethod: return "alleen casussen met deze methode"
        case .casebankValue: return "alleen casussen waarin deze waarde, norm of dit recht speelde"
        case .casebankFormat: return "markdown, html of json (standaard markdown)"
        case .casebankOutput: return "naar dit bestand"
        case .followUp: return "opent een vervolgbespreking bij een sessie: besluit, afspraken en doelen gaan mee"
        case .followUpID: return "de sessie die gevolgd wordt"
        case .done: return "markeert een afspraak als gedaan (ook na vaststelling)"
        case .doneAction: return "de afspraak: SESSIE/a2 zoals 'beraad afspraken' hem toont, of a2 in de actuele sessie"
        case .doneNote: return "een notitie erbij (wat er is gebeurd)"
        case .reopen: return "zet een gedane afspraak weer open"
        case .agenda: return "wat er speelt: te evalueren besluiten, afspraken over tijd, geplande sessies"
        case .agendaWeeks: return "zoveel weken vooruit (standaard 4)"
        case .newNoteTaker: return "de notulist (doet mee in de rol notulist)"
        case .sessions: return "toont de sessies (lopende, of alle)"
        case .sessionsAll: return "ook afgesloten sessies"
        case .sessionsSearch: return "alleen sessies met deze tekst in titel, casus, vraag, dilemma of besluit"
        case .sessionsProtocol: return "alleen sessies met deze methode"
        case .sessionsSince: return "alleen sessies op of na deze dag"
        case .sessionsUntil: return "alleen sessies op of voor deze dag"
        case .sessionsState: return "alleen gepland, lopend, afgesloten of vastgesteld"
        case .use: return "maakt een sessie actueel"
        case .useID: return "sessie-id"
        case .join: return "voegt een deelnemer toe"
        case .joinName: return "naam"
        case .joinRole: return "rol uit de methode (standaard deelnemer)"
        case .joinAbsent: return "uitgenodigd maar niet aanwezig: staat als afwezig in het verslag"
        case .joinFunction: return "functie of discipline (huisarts, teamleider); staat bij de naam in het verslag"
        case .invite: return "zet iemand die uitgenodigd is maar er niet is op de lijst, als afwezig"
        case .leave: return "noteert dat een deelnemer vertrekt"
        case .role: return "geeft een deelnemer tijdens het gesprek een andere rol (de voorbeeldgever)"
        case .roleRole: return "de nieuwe rol uit de methode"
        case .status: return "de huidige ronde, de tijd en wie nog iets moet inbrengen"
        case .case: return "legt de casus vast"
        case .caseText: return "de casus"
        case .caseBy: return "door (standaard de inbrenger)"
        case .caseQuestion: return "de vraag van de inbrenger aan de groep"
        case .dilemma: return "formuleert het dilemma: de vraag, de opties en de schade van elke optie"
        case .dilemmaQuestion: return "de dilemmavraag"
        case .dilemmaOption: return "een optie"
        case .dilemmaHarm: return "de schade van een optie"
        case .say: return "legt een bijdrage vast in de huidige ronde"
        case .sayName: return "wie het zegt"
        case .sayText: return "wat er gezegd wordt"
        case .sayKind: return "soort (standaard de eerste van de ronde)"
        case .sayCategory: return "categorie van de ronde"
        case .sayAbout: return "de betrokkene om wie het gaat"
        case .sayOption: return "de optie die het steunt"
        case .sayLevel: return "het niveau van een interventie: individu, groep of organisatie-beleid"
        case .sayInfluence: return "of het helpt of belemmert (een factor uit fase 2)"
        case .sayAnswers: return "het nummer van de hulpvraag van de ronde die het beantwoordt"
        case .sayServes: return "de kaart uit een eerdere ronde die het dient (de voorwaarde uit fase 1)"
        case .position: return "legt iemands beargumenteerde keuze vast"
        case .participantName: return "deelnemer"
        case .positionOption: return "gekozen optie (A, B, …)"
        case .positionBecause: return "omdat (welke waarde)"
        case .positionCannot: return "daarom kan ik niet"
        case .positionMitigate: return "hoe ik de schade beperk"
        case .positionNeeds: return "wat ik nodig heb"
        case .decide: return "legt het besluit vast"
        case .decideText: return "het besluit"
        case .decideOption: return "de gekozen optie"
        case .decideRationale: return "de onderbouwing"
        case .decideSupport: return "hoe het besluit tot stand kwam"
        case .decideDissent: return "wie het er niet mee eens is"
        case .decideReview: return "wanneer het besluit geëvalueerd wordt"
        case .action: return "legt een afgesproken actie vast"
        case .actionText: return "de actie"
        case .actionOwner: return "wie het doet (hoeft niet bij het beraad te zijn)"
        case .actionDue: return "uiterlijk op: 2026-12-04, 4-12-2026, 4 december, vrijdag of over 2 weken"
        case .signal: return "legt een signaal vast dat verder moet"
        case .signalText: return "het signaal"
        case .signalBy: return "wie het signaleert (standaard de groep)"
        case .signalTo: return "naar wie het gaat"
        case .signalTheme: return "een thema om het signaal bij gelijke te groeperen (\"eenzaamheid\")"
        case .signalLevel: return "niveau"
        case .evaluate: return "legt iemands evaluatie vast"
        case .evaluateText: return "de evaluatie"
        case .evaluateScore: return "score van 1 tot 5"
        case .next: return "gaat naar de volgende ronde"
        case .nextForce: return "ook als de ronde niet af is"
        case .nextReason: return "waarom (bij --forceer)"
        case .back: return "gaat terug naar de vorige ronde"
        case .convene: return "belegt vanuit deze ronde een gekoppeld moreel beraad"
        case .board: return "schrijft het scherm voor de groep: één HTML-pagina die de browser steeds ververst"
        case .boardOutput: return "naar dit bestand (standaard ./beraad-board.html)"
        case .run: return "de begeleide live-modus: ronde voor ronde, elke regel direct vastgelegd"
        case .log: return "alle vastleggingen, elk met een id"
        case .amend: return "corrigeert de tekst van een vastlegging"
        case .entryID: return "id uit 'beraad log'"
        case .amendText: return "de nieuwe tekst (zonder tekst blijft die staan; in de live-modus komt hij op de regel)"
        case .amendKind:
            return
                "verplaatst de vastlegging naar een andere soort die haar ronde aanneemt (een vraag die als feit is vastgelegd)"
        case .retract: return "trekt een vastlegging in"
        case .retractReason: return "waarom"
        case .undo: return "trekt de laatste vastlegging in"
        case .close: return "sluit de sessie af"
        case .closeAbandon: return "afbreken zonder besluit"
        case .closeReason: return "waarom (bij --afbreken)"
        case .minutes: return "schrijft het verslag"
        case .minutesFormat: return "formaat (standaard markdown)"
        case .minutesOutput: return "naar dit bestand"
        case .minutesNoAppendix:
            return "laat de Verantwoording weg (bron, sessie-id, tijd per ronde, correcties)"
        case .minutesAnonymize: return "namen vervangen door rol en nummer"
        case .redact: return "wist TEKST (een naam, een adres) uit de sessie op schijf: […] komt ervoor in de plaats"
        case .redactText: return "bijvoorbeeld een naam of adres"
        case .approveBy: return "wie het verslag vaststelt (hoeft niet bij het beraad te zijn geweest)"
        case .redactBy: return "wie de tekst wist"
        case .redactAs: return "wat er in de plaats komt (\"meneer J.\"), in plaats van […]"
        case .verify: return "controleert of journaals heel en onveranderd zijn, of een verslag uit zijn journaal komt"
        case .verifyID: return "sessie-id (standaard de actuele sessie)"
        case .verifyAll: return "controleert elke sessie in de map"
        case .verifyMinutes: return "of dit verslagbestand uit het vastgestelde journaal komt"
        case .export: return "schrijft een sessie weg om over te dragen: haar journaal, gecontroleerd"
        case .exportID: return "sessie-id (standaard de actuele sessie)"
        case .exportOutput: return "naar dit bestand (standaard naar de standaarduitvoer)"
        case .importSession: return "neemt een geëxporteerde sessie op als die klopt"
        case .importFile: return "het geëxporteerde journaal"
        case .forget: return "wist iemands naam uit elke sessie (recht op vergetelheid)"
        case .forgetName: return "de naam zoals bij aansluiten gegeven"
        case .forgetDryRun: return "toont per sessie wat gewist zou worden, en wist niets"
        case .forgetBy: return "wie de naam wist"
        case .purge: return "verwijdert afgesloten sessies die ouder zijn dan de bewaartermijn"
        case .purgeOlderThan: return "de bewaartermijn: 2y, 18m, 6w, 90d (standaard 'retention' in config)"
        case .purgeDryRun: return "laat alleen zien wat zou worden verwijderd"
        case .approve: return "stelt het verslag van een afgesloten sessie vast"
        case .protocols: return "toont de methodes"
        case .protocolsShow: return "toont een methode ronde voor ronde"
        case .protocolsShowID: return "id van de methode"
        case .protocolsShowFormat: return "tekst, of markdown om af te drukken"
        case .protocolsLint: return "controleert protocolbestanden"
        case .protocolsLintFile: return "protocolbestand"
        case .demo: return "speelt een voorbeeldsessie en schrijft het verslag"
        case .demoDirectory: return "map voor het verslag (standaard ./beraad-demo)"
        case .completions: return "toont een script voor het aanvullen in de shell"
        case .completionsShell: return "bash, zsh of fish"
        case .help: return "toont hulp bij een commando"
        case .overviewHeading: return "OVERZICHT"
        case .overview:
            return
                "beraad begeleidt een moreel beraad ronde voor ronde, legt ieders inbreng direct vast en schrijft het verslag."
        case .usageHeading: return "GEBRUIK"
        case .globalOptionsHeading: return "ALGEMENE OPTIES"
        case .seeCommandHelpFooter:
            return "Zie 'beraad help <commando>' voor meer over een commando. Begin met 'beraad demo'."
        case .argumentsHeading: return "ARGUMENTEN"
        case .optionsHeading: return "OPTIES"
        case .showThisHelp: return "toont deze hulp"
        case .subcommandsHeading: return "SUBCOMMANDO'S"
        case .globalOptionsAreListed: return "Algemene opties staan in 'beraad --help'."
        case .values: return "waarden"
        }
    }
}

extension Catalog.MessageText {
    var dutch: String {
        switch self {
        case .sessionAbandoned: return "Sessie afgebroken. Het verslag: 'beraad verslag'."
        case .closingLeavesOut(let rounds): return "deze rondes komen niet aan bod: \(rounds)"
        case .boardWritten(let path): return "Scherm voor de groep geschreven naar \(path); open het in een browser.\n"
        case .sessionClosed:
            return "Sessie afgesloten. Het verslag: 'beraad verslag'; vaststellen met 'beraad vaststellen'."
        case .minutesWritten(let path): return "Verslag geschreven naar \(path)\n"
        case .erased(let count, let mark):
            return
                "Gewist: \(count)× vervangen door \(mark) in het journaal op schijf, met een aantekening van het wissen (zonder de tekst)."
        case .nothingToErase: return "Die tekst komt in deze sessie niet voor; er is niets gewist."
        case .sessionDiffers(let id):
            return
                "Hier staat al een sessie \(id) met een ander journaal; er is niets geïmporteerd. Exporteer die eerst als u beide wilt bewaren."
        case .verifyAllAlone: return "--all controleert elke sessie; geef dan geen ID en geen --verslag"
        case .verifyFailed(let failed, let total):
            return "\(failed) van de \(total) sessies klopt niet; zie hierboven welke regel"
        case .minutesDoNotVerify(let file): return "\(file) is niet te herleiden tot het vastgestelde journaal"
        case .verifyBroken(let id, let problem): return "\(id): FOUT — \(problem)"
        case .verifyOK(let id, let records): return "\(id): in orde — \(records) regels, keten en naspelen kloppen"
        case .verifyUnchained(let count): return "; \(count) van vóór de hash-keten (niet te bewijzen)"
        case .verifyErased(let at, let count): return "; gewist op \(at) (\(count)×)"
        case .minutesMatch(let file):
            return "\(file) komt uit dit journaal: de vingerafdruk klopt en het verslag is sindsdien niet veranderd."
        case .minutesChanged(let file):
            return
                "\(file) draagt de vingerafdruk van dit journaal, maar de tekst is veranderd nadat het verslag is gemaakt (of een andere versie van Beraad maakte het)."
        case .minutesBeforeErasure(let file, let at):
            return
                "\(file) is gemaakt uit dit journaal vóórdat er op \(at) tekst uit werd gewist; maak het verslag opnieuw."
        case .minutesForeign(let file):
            return "\(file) komt niet uit dit journaal, of het journaal is veranderd sinds het verslag werd gemaakt."
        case .minutesNoFingerprint(let file):
            return "\(file) heeft geen vingerafdruk: het is geen vastgesteld verslag van Beraad."
        case .minutesNotApproved:
            return "Deze sessie is niet vastgesteld; pas een vastgesteld verslag draagt een vingerafdruk."
        case .noFile(let path): return "geen bestand '\(path)'"
        case .notARegularFile(let path): return "'\(path)' is geen gewoon bestand (maar een map of een apparaat)"
        case .exported(let id, let path, let records):
            return
                "Sessie \(id) geëxporteerd naar \(path) (\(records) regels, gecontroleerd). Opnemen op een andere computer: 'beraad importeer BESTAND'.\n"
        case .imported(let id, let title, let records):
            return
                "Sessie \(id) opgenomen: \(title) (\(records) regels, gecontroleerd). Kies haar met 'beraad kies \(id)'."
        case .importUnchanged(let id): return "Sessie \(id) staat hier al, precies zo; er is niets veranderd."
        case .importExtended(let id, let records, let added):
            return "Sessie \(id) bijgewerkt tot \(records) regels (\(added) nieuw)."
        case .forgetNone(let name): return "Geen sessie in deze map noemt \(name); er is niets gewist."
        case .forgotten(let id, let count, let replacement): return "\(id): \(count)× vervangen door '\(replacement)'"
        case .forgottenTotal(let sessions, let count):
            return
                "Vergeten in \(sessions) \(sessions == 1 ? "sessie" : "sessies"), \(count)× in totaal; elk journaal is herschreven en vermeldt het wissen (zonder de naam)."
        case .wouldForget(let id, let count, let replacement):
            return "\(id): \(count)× zou '\(replacement)' worden (proef: niets gewist)"
        case .confirmForget(let name, let sessions, let count):
            return
                "\(name) \(count)× wissen in \(sessions) \(sessions == 1 ? "sessie" : "sessies")? Dat kan niet worden teruggedraaid. [j/N] "
        case .nothingErased: return "Niets gewist."
        case .noRetention(let config):
            return "geen bewaartermijn: geef --ouder-dan (2y, 18m, 90d) of zet 'retention = 2y' in \(config)"
        case .purgeNone(let period, let before):
            return
                "Geen afgesloten sessie is ouder dan \(period) (laatste vastlegging vóór \(before)); er is niets verwijderd."
        case .purgeWould(let count, let period, let before):
            return
                "Proef: \(count) afgesloten \(count == 1 ? "sessie" : "sessies") ouder dan \(period) (laatste vastlegging vóór \(before)) zouden worden verwijderd:"
        case .purged(let count, let period, let before):
            return
                "\(count) afgesloten \(count == 1 ? "sessie" : "sessies") ouder dan \(period) (laatste vastlegging vóór \(before)) verwijderd, met hun geschiedenis, scherm en quarantaine:"
        case .lastEntryColumn: return "LAATSTE"
        case .noActions: return "Geen afspraken die hierbij passen."
        case .ownerColumn: return "EIGENAAR"
        case .dueColumn: return "UITERLIJK"
        case .actionColumn: return "AFSPRAAK"
        case .actionDoneState: return "gedaan"
        case .actionOverdueState: return "over tijd"
        case .actionOpenState: return "open"
        case .actionMarkedDone(let id, let text): return "Gedaan: \(text) [\(id)]"
        case .actionReopened(let id, let text): return "Weer open: \(text) [\(id)]"
        case .agendaEmpty(let until): return "Niets te bespreken tot en met \(until)."
        case .agendaHeading(let until): return "Agenda tot en met \(until):"
        case .agendaReviews: return "Besluiten om te evalueren"
        case .agendaOverdue: return "Afspraken over tijd"
        case .agendaDueSoon: return "Afspraken die eraan komen"
        case .agendaPlanned: return "Geplande sessies"
        case .noSignals: return "Geen signalen die hierbij passen."
        case .signalTheme(let theme, let count, let sessions, let first, let last):
            return
                "\(theme): \(count) \(count == 1 ? "signaal" : "signalen") uit \(sessions) \(sessions == 1 ? "sessie" : "sessies"), \(first) – \(last)"
        case .csvHeader: return "thema,gemeld,niveau,stand,signaal,aan,antwoord,sessies in thema"
        case .noTheme: return "zonder thema"
        case .reportWritten(let path): return "Register geschreven naar \(path)\n"
        case .registerKicker: return "Signaleren"
        case .registerTitle: return "Signalenregister"
        case .registerMade: return "Gemaakt op"
        case .registerSignals: return "Signalen"
        case .registerSince: return "Sinds"
        case .registerAnonymised: return "Zonder namen: deelnemers staan er met hun rol in, weggelaten tekst als […]."
        case .levelColumn: return "NIVEAU"
        case .signalColumn: return "SIGNAAL"
        case .toColumn: return "AAN"
        case .answerColumn: return "ANTWOORD"
        case .signalMoved(let id, let text, let state): return "\(text) [\(id)]: \(state)"
        case .shared:
            return "Gedeeld voor de casusbank: alleen geanonimiseerd komt de casus daarin ('beraad casusbank')."
        case .casebankSearched: return "Gezocht op"
        case .casebankValue: return "Waarde"
        case .casebankMethod: return "Methode"
        case .casebankWritten(let path, let count): return "Casusbank (\(count) casussen) geschreven naar \(path)\n"
        case .followUpTitle: return "vervolg"
        case .followUpOpened(let original):
            return "Vervolgbespreking geopend bij \(original) en actueel gemaakt; 'beraad status' toont de terugblik.\n"
        case .goalQuestion(let number, let goal, let card):
            return "Doel \(number) (\(card)): \(goal) — bereiken we dit met de interventie(s)?"
        case .decisionQuestion(let decision):
            return "Besluit: \(decision) — heeft het gebracht wat we ervan verwachtten?"
        case .carriedDecision(let date, let decision): return "Besluit van \(date): \(decision)"
        case .carriedAction(let id, let text, let owner, let due, let state):
            return "Afspraak \(id): \(text) — \(owner), uiterlijk \(due): \(state)"
        case .carriedActionOpen: return "nog open"
        case .carriedActionDone(let date): return "gedaan op \(date)"
        case .homeReadableByOthers(let path): return "anderen kunnen \(path) lezen; maak het privé (chmod go-rwx)"
        case .minutesApproved: return "Verslag vastgesteld; de sessie neemt geen correcties meer aan."
        case .lockTimeoutIgnored(let value, let low, let high, let used):
            return "BERAAD_LOCK_TIMEOUT '\(value)' is geen aantal seconden van \(low) tot \(high); ik wacht \(used) s"
        case .emptySessionOption: return "--sessie (of BERAAD_SESSION) heeft een sessie-id nodig, geen lege tekst"
        case .homeSymlink(let path):
            return "\(path) is een symbolische koppeling; Beraad schrijft er niet doorheen en weigert te schrijven"
        case .homeWritableByOthers(let path):
            return "anderen kunnen schrijven in \(path); maak het privé (chmod go-w)"
        case .homeOwnedByOther(let path): return "\(path) is van een andere gebruiker"
        case .noHome: return "geen map voor de sessies: geef --home DIR of zet BERAAD_HOME"
        case .didYouMean(let suggestion): return "Bedoel je '\(suggestion)'?"
        case .ioFailed(let operation, let path, let reason): return "\(operation) van \(path) mislukt: \(reason)"
        case .journalDamaged(let path, let line, let detail):
            return
                "\(path):\(line): het journaal is beschadigd op regel \(line) (\(detail)); er is niets geschreven. Maak een kopie en zie README, 'Herstel'"
        case .writeUnsureReadOnly(let path):
            return
                "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet. Er kon geen markering worden geschreven, dus het journaal is alleen-lezen gemaakt. Kijk met 'beraad log' en maak het daarna weer schrijfbaar (chmod u+w \(path)); tot die tijd neemt de sessie niets meer aan"
        case .writeUnsureUnguarded(let path):
            return
                "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet, en de schijf nam geen markering en geen andere modus van het journaal aan. Leg niets meer vast in deze sessie tot die is nagekeken met 'beraad controleer' en 'beraad log'"
        case .writeUnsure(let path, let marker):
            return
                "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet. Kijk met 'beraad log' en verwijder dan \(marker); tot die tijd neemt de sessie niets meer aan"
        case .journalImpossible(let path, let line, let detail):
            return
                "\(path):\(line): geen beraad kan dit journaal hebben geschreven: \(detail); er is niets geschreven"
        case .wouldNotReplay(let path, let line, let detail):
            return
                "niet vastgelegd: daarna zou beraad \(path) niet meer kunnen lezen (regel \(line): \(detail)); er is niets geschreven. Dit is een fout in beraad: meld het alstublieft"
        case .sessionLocked(let path, let seconds):
            return "\(path) is na \(seconds) s nog steeds vergrendeld door een ander beraad-proces; probeer het opnieuw"
        case .noSession(let id): return "geen sessie '\(id)'; zie 'beraad sessies --alle'"
        case .sessionExists(let id): return "sessie '\(id)' bestaat al"
        case .notASessionID(let id): return "'\(id)' is geen sessie-id (alleen a-z, 0-9 en '-')"
        case .noCurrentSession:
            return "geen actuele sessie; open er een met 'beraad nieuw TITEL' of kies er een met 'beraad kies ID'"
        case .noProtocolAmong(let reference, let available):
            return "geen protocol '\(reference)'; beschikbaar: \(available)"
        case .noProtocol(let reference): return "geen protocol '\(reference)'"
        case .warning(let text): return "waarschuwing: \(text)"
        case .error(let text): return "fout: \(text)"
        case .tornTail(let id):
            return
                "de laatste regel van sessie \(id) is onvolledig (een schrijfactie is afgebroken); die telt niet mee en wordt bij de volgende wijziging verwijderd"
        case .convened(let parentTitle, let parentID):
            return
                "Moreel beraad belegd vanuit '\(parentTitle)' en actueel gemaakt; de deelnemers zijn meegenomen. Terug naar de eerste sessie: 'beraad kies \(parentID)'.\n"
        case .nothingRecorded: return "Nog niets vastgelegd."
        case .amended(let entry): return "Gecorrigeerd: \(entry)"
        case .undidAmendment(let entry): return "Correctie ongedaan gemaakt; er staat weer: \(entry)"
        case .retracted(let entry): return "Ingetrokken: \(entry)"
        case .undid(let entry): return "Ongedaan gemaakt: \(entry)"
        case .dayOffNote(let day): return "Let op: dat is \(day)."
        case .detailsSet: return "Gegevens van het verslag vastgelegd:"
        case .detailsTitleLine(let title): return "titel: \(title)"
        case .detailsPlaceLine(let place): return "plaats: \(place)"
        case .detailsDistributionLine(let to): return "verspreiding: \(to)"
        case .detailsTeamLine(let team): return "team: \(team)"
        case .detailsNoteTakerLine(let name): return "notulist: \(name)"
        case .arrived(let name, let role): return "\(name) is er nu (was uitgenodigd), als \(role)"
        case .readAsFunction(let given, let name, let function):
            return "'\(given)' gelezen als \(name), functie \(function) (--functie geeft die apart)"
        case .personJoined: return "aangesloten"
        case .personInvited: return "uitgenodigd"
        case .personArrived: return "aangekomen"
        case .personLeft: return "weg"
        case .personRoleChanged: return "nieuwe rol"
        case .demoPlayed(let title, let participants, let directory):
            return
                "Voorbeeldsessie gespeeld: \"\(title)\" — een wijkteam, \(participants) deelnemers, alle acht rondes van het moreel beraad.\nVerslag: \(directory)/minutes.md en \(directory)/minutes.html (open in een browser om te printen)\n\nZelf proberen:\n  beraad nieuw \"Mijn casus\" --gespreksleider \"Je naam\"\n  beraad aansluiten Anna --rol inbrenger\n  beraad status\nDe hele sessie als script: Examples/wijkteam-demo.sh"
        case .demoFailed(let step, let reason): return "het voorbeeld liep vast bij '\(step)': \(reason)"
        case .noTemporaryFolder(let path): return "kan geen tijdelijke map maken in \(path)"
        case .retractedMark: return "  [ingetrokken]"
        case .amendedMark: return "  [gecorrigeerd]"
        case .entryAbout(let who): return "over \(who)"
        case .entryHarm(let harm): return " (schade: \(harm))"
        case .entryBecause(let because): return ", omdat \(because)"
        case .entryCannot(let cannot): return "; daarom kan ik niet: \(cannot)"
        case .entryMitigate(let mitigate): return "; de schade beperk ik door: \(mitigate)"
        case .entryNeeds(let needs): return "; wat ik nodig heb: \(needs)"
        case .entryDissent(let names): return "; oneens: \(names)"
        case .entryDue(let date): return ", uiterlijk \(date)"
        case .entryServes(let goal): return "dient \(goal)"
        case .entryAnswers(let number): return "hulpvraag \(number)"
        case .entryReview(let date): return "; evalueren op \(date)"
        case .joined(let name, let role): return "\(name) doet mee als \(role)"
        case .invited(let name, let role):
            return "\(name) is uitgenodigd als \(role) en staat als afwezig in het verslag"
        case .left(let name): return "\(name) is vertrokken"
        case .roleGiven(let name, let role): return "\(name) is nu \(role)"
        case .forcedBecause(let reason): return " (doorgezet: \(reason))"
        case .cannotBeRead: return "kan niet worden gelezen"
        case .filesWithErrors(let count): return "\(count) \(count == 1 ? "bestand" : "bestanden") met fouten"
        case .sessionOpened(let method):
            return
                "Sessie geopend met \(method) en actueel gemaakt. Volgende stap: 'beraad aansluiten NAAM', daarna 'beraad status'.\n"
        case .sessionPlanned(let method, let date):
            return
                "Sessie gepland op \(date) met \(method). Vooraf: 'beraad aansluiten NAAM', 'beraad casus TEKST'; op de dag zelf: 'beraad begin'.\n"
        case .noSessions: return "Nog geen sessies. Begin met 'beraad nieuw TITEL'."
        case .noSessionsMatch: return "Geen sessies die hierbij passen."
        case .noOpenSessions: return "Geen lopende sessies ('beraad sessies --alle' toont ook afgesloten)."
        case .stateOpen: return "lopend"
        case .statePlanned: return "gepland"
        case .stateClosed: return "afgesloten"
        case .stateAbandoned: return "afgebroken"
        case .dateColumn: return "DATUM"
        case .titleColumn: return "TITEL"
        case .stateColumn: return "STATUS"
        case .roundColumn: return "RONDE"
        case .currentSession(let id): return "Actuele sessie: \(id)"
        }
    }
}

extension Catalog.ParseText {
    var dutch: String {
        switch self {
        case .unknownCommand(let word): return "onbekend commando '\(word)'"
        case .chooseShell: return "kies bash, zsh of fish"
        case .notATime(let text): return "'\(text)' is geen tijd; gebruik ISO 8601 (2026-03-12T14:05) of UU:MM"
        case .standInHoldsText: return "wat er in de plaats komt (--als) mag de tekst zelf niet bevatten"
        case .timeAhead(let text, let now):
            return
                "--om '\(text)' ligt na nu (\(now)): wat nog niet gebeurd is, legt beraad niet vast. Kijk de datum na"
        case .unknownOption(let name): return "onbekende optie '--\(name)'"
        case .missingValue(let name): return "'--\(name)' vraagt om een waarde"
        case .invalidValue(let value, let name, let choices):
            return "'\(value)' is geen waarde voor '--\(name)'; kies uit: \(choices)"
        case .repeatedOption(let name): return "'--\(name)' is twee keer gegeven"
        case .flagWithValue(let name): return "'--\(name)' neemt geen waarde"
        case .unknownShortOption(let word):
            return "onbekende optie '\(word)'; begint een tekst met '-', zet er dan '--' voor"
        case .unknownSubcommand(let word, let command): return "onbekend subcommando '\(word)' van '\(command)'"
        case .unexpectedArgument(let word):
            return "onverwacht argument '\(word)' (tekst met spaties tussen aanhalingstekens zetten)"
        case .missingArgument(let name): return "ontbrekend argument \(name)"
        case .missingOption(let name): return "'--\(name)' is verplicht"
        case .notADate(let text):
            return
                "'\(text)' is geen datum; schrijf bijvoorbeeld 2026-12-04, 4-12-2026, 4 december, vrijdag of over 2 weken"
        case .notAWeekCount(let text): return "'\(text)' is geen aantal weken (0 tot 104)"
        case .notAPeriod(let text):
            return "'\(text)' is geen termijn; schrijf bijvoorbeeld 2y (jaar), 18m (maanden), 6w of 90d"
        case .notAScore(let text): return "'\(text)' is geen score van 1 tot 5"
        case .notAQuestionNumber(let text): return "'\(text)' is geen nummer van een hulpvraag (1, 2, …)"
        case .reasonWithoutForce: return "--reden hoort bij --forceer"
        case .formatWithoutReport: return "--formaat en --uitvoer horen bij --rapport"
        case .eitherOption(let first, let second): return "\(first) en \(second) zeggen hier hetzelfde; geef er één"
        case .unlabeled(let option, let value):
            return "'--\(option) \(value)': begin met de letter van de optie, zoals 'A: tekst'"
        }
    }
}

extension Catalog.LiveText {
    var dutch: String {
        switch self {
        case .unknownCommand(let word): return "onbekende opdracht '/\(word)'; typ /hulp voor de mogelijkheden"
        case .expectedLineOrCommand: return "verwacht 'NAAM: tekst' of een /opdracht (typ /hulp)"
        case .expectedLine: return "verwacht 'NAAM: tekst'"
        case .welcome:
            return "Typ 'NAAM: tekst' om iets vast te leggen, /hulp voor alle opdrachten, /stop om te stoppen.\n"
        case .interrupted: return "Onderbroken. "
        case .saved: return "Alles is bewaard; ga verder met 'beraad run'.\n"
        case .didYouMean(let suggestion): return " (bedoel je '\(suggestion)'?)"
        case .closed: return "De sessie is afgesloten. Het verslag: 'beraad verslag'.\n"
        case .interruptedSaved: return "\nOnderbroken. Alles is bewaard; ga verder met 'beraad run'.\n"
        case .lineTooLong(let kilobytes):
            return "regel niet vastgelegd: langer dan \(kilobytes) KiB; de regels erna worden wel gelezen"
        case .upBringsItBack: return "  (↑ haalt de regel terug om te verbeteren)"
        case .timeIsUp(let minutes): return "⏰ De tijd voor deze ronde (\(minutes) min) is om.\n"
        case .thinkOf(let hints): return "Denk aan: \(hints)"
        case .record(let hints): return "Vastleggen: \(hints)"
        case .namePlaceholder: return "NAAM"
        case .textPlaceholder: return "tekst"
        case .questionPlaceholder: return "vraag"
        case .becausePlaceholder: return "omdat …"
        case .roundFinished: return "Deze ronde is af: /volgende voor de volgende."
        case .stillNeeded(let needs): return "Nog nodig: \(needs)"
        case .chose(let option): return "kiest \(option)"
        case .noPositionYet: return "nog geen standpunt"
        case .confirmClose(let rounds): return "Deze rondes komen dan niet aan bod: \(rounds). Toch afsluiten? [j/N] "
        case .notClosed: return "Niet afgesloten.\n"
        case .noSessionYet: return "Er is nog geen sessie; we beginnen er een.\n"
        case .askTitle: return "Titel van het beraad: "
        case .askMethod(let methods, let standard): return "Methode (\(methods)) [\(standard)]: "
        case .askFacilitator: return "Gespreksleider (naam, of leeg): "
        case .askPlace: return "Plaats (of leeg): "
        case .askTeam(let teams): return "Team (\(teams), een ander, of leeg): "
        case .unknownMethod(let answer, let methods):
            return "'\(answer)' is niet één methode; typ een van \(methods), of het begin ervan (Tab vult aan)"
        case .nothingYet: return "  nog niets deze ronde"
        case .helpContribution: return "legt een bijdrage vast (de standaardsoort van de ronde)"
        case .helpKinds(let kinds): return "een andere soort: \(kinds)"
        case .helpWho: return "wie wat heeft gezegd in deze ronde"
        case .helpHelp: return "deze hulp"
        case .helpQuit: return "stoppen (alles is bewaard)"
        case .usagePosition: return "/standpunt NAAM OPTIE omdat …"
        case .usageEvaluate: return "/evaluatie NAAM [1-5] tekst"
        case .usageEntry(let command): return "/\(command) e12 …"
        case .usage(let usage): return "gebruik: \(usage)"
        }
    }
}

extension Catalog.StatusText {
    var dutch: String {
        switch self {
        case .round: return "Ronde"
        case .signalState(let state):
            switch state {
            case .raised: return "gesignaleerd"
            case .passedOn: return "doorgegeven"
            case .answered: return "beantwoord"
            case .closed: return "afgesloten"
            }
        case .plannedFor(let date): return "Gepland op \(date); nog niet begonnen."
        case .casePrepared: return "Casus: voorbereid."
        case .caseNotPrepared: return "Casus: nog niet voorbereid ('beraad casus TEKST --vraag VRAAG')."
        case .dilemmaPrepared: return "Dilemma: voorbereid."
        case .startWith: return "Begin op de dag zelf met 'beraad begin' (of 'beraad live')."
        case .teamStillOpen(let team): return "Nog open uit eerdere sessies van \(team):"
        case .reviewDue(let decision, let title, let date): return "besluit evalueren (\(date)): \(decision) — \(title)"
        case .actionOverdue(let text, let owner, let date, let id):
            return "over tijd sinds \(date): \(text) — \(owner) [\(id)]"
        case .actionDue(let text, let owner, let date, let id): return "uiterlijk \(date): \(text) — \(owner) [\(id)]"
        case .plannedSession(let title, let date, let id): return "gepland op \(date): \(title) [\(id)]"
        case .carriedOver(let session): return "Meegenomen uit \(session):"
        case .invited(let people): return "Komen: \(people)"
        case .thinkOfHeading: return "Denk aan:"
        case .questionsHeading: return "Hulpvragen:"
        case .recalled(let round): return "Uit '\(round)':"
        case .basedOn(let value): return "Gebaseerd op \(value)"
        case .cardCount(let count):
            return count == 0 ? "nog niets" : count == 1 ? "1 bijdrage" : "\(count) bijdragen"
        case .left: return ", vertrokken"
        case .absent: return ", afwezig"
        case .closedAt(let time): return "Afgesloten om \(time)."
        case .abandonedAt(let time, let reason): return "Afgebroken om \(time): \(reason)."
        case .minutesApproved: return " Het verslag is vastgesteld."
        case .minutesToApprove: return " Het verslag: 'beraad verslag'; vaststellen met 'beraad vaststellen'."
        case .time(let minutes, let timebox): return "Tijd: \(minutes) van \(timebox) min"
        case .timeIsUp: return " — de tijd is om"
        case .prompts: return "Vragen:"
        case .recordedHere(let kinds): return "Hier vast te leggen: \(kinds)"
        case .participants(let people): return "Deelnemers: \(people)"
        case .noParticipants: return "Nog geen deelnemers: 'beraad aansluiten NAAM'."
        case .roundFinished: return "Deze ronde is af: 'beraad volgende'."
        case .lastRound: return "Laatste ronde; afsluiten met 'beraad afsluiten'."
        case .stillNeeded: return "Nog nodig:"
        }
    }
}

extension Catalog.HandoutText {
    var dutch: String {
        switch self {
        case .defaultMark: return " (standaard)"
        case .roundCount(let count): return "\(count) rondes"
        case .source(let citation): return "Bron: \(citation)"
        case .roles(let roles): return "Rollen: \(roles)"
        case .mayBeSkipped: return ", mag worden overgeslagen"
        case .records(let kinds): return "Legt vast: \(kinds)"
        case .finishedWhen(let requirements): return "Af als: \(requirements)"
        case .sourceLabel: return "Bron"
        case .duration: return "Duur"
        case .rolesLabel: return "Rollen"
        case .topicsLabel: return "Onderwerpen"
        case .suggested: return " (richttijd)"
        }
    }
}

extension Catalog.RuleText {
    var dutch: String {
        switch self {
        case .notOpened: return "deze sessie is nog niet geopend"
        case .alreadyOpened: return "deze sessie is al geopend"
        case .sessionEnded:
            return "de sessie is afgesloten; alleen lezen, correcties, 'weglaten' en 'vaststellen' zijn nog mogelijk"
        case .sessionApproved: return "het verslag is vastgesteld; de sessie neemt geen correcties meer aan"
        case .timeWentBackwards(let given, let last):
            return
                "tijd \(given) ligt vóór de laatste vastlegging (\(last)); tijden mogen niet teruglopen. Een vastlegging met een verkeerde tijd trek je in ('beraad log', dan 'beraad intrekken ID')"
        case .enteredAfterwards(let last):
            return
                "dit beraad wordt achteraf ingevoerd en de laatste vastlegging is van \(last): geef de tijd met --om TIJD, of leg het nu vast met --nu"
        case .unknownParticipantNobodyYet(let name):
            return "geen deelnemer '\(name)' (nog niemand is aangesloten: gebruik 'beraad aansluiten')"
        case .unknownParticipant(let name, let known): return "geen deelnemer '\(name)'; deelnemers: \(known)"
        case .ambiguousParticipant(let name, let candidates):
            return "'\(name)' kan meerdere deelnemers zijn: \(candidates)"
        case .participantAbsent(let name): return "\(name) is niet (meer) aanwezig"
        case .participantAlreadyPresent(let name): return "\(name) doet al mee"
        case .participantAlreadyKnown(let name): return "\(name) staat al op de lijst van deze sessie"
        case .noNoteTakerRole: return "deze methode kent geen rol voor een notulist"
        case .invalidName(let name):
            return
                "'\(name)' kan geen naam zijn: gebruik tekst zonder ':' of stuurtekens, hoogstens 100 tekens, niet beginnend met '-'"
        case .unknownRole(let role, let known): return "onbekende rol '\(role)'; rollen: \(known)"
        case .roleFull(let role, let holders): return "de rol '\(role)' is al vergeven aan \(holders)"
        case .roleUnchanged(let name, let role): return "\(name) heeft de rol '\(role)' al"
        case .kindNotAccepted(let round, let kind, let rounds):
            return "de ronde '\(round)' neemt geen \(kind) aan; dat kan in: \(rounds)"
        case .kindNotAcceptedAnywhere(let round, let kind):
            return "de ronde '\(round)' neemt geen \(kind) aan; geen ronde doet dat"
        case .kindHasOwnCommand(let kind, let command): return "een \(kind) leg je vast met 'beraad \(command)'"
        case .noCategories: return "deze ronde heeft geen categorieën"
        case .unknownQuestion(let number, let count):
            return "deze ronde heeft geen hulpvraag \(number); ze heeft er \(count)"
        case .noQuestions: return "deze ronde heeft geen hulpvragen"
        case .ambiguousCategory(let category, let candidates):
            return "'\(category)' kan meer dan één categorie zijn: \(candidates); typ er meer van"
        case .categoryNotInRound(let category, let round, let rounds):
            return "de ronde '\(round)' kent de categorie '\(category)' niet; die hoort bij \(rounds)"
        case .unknownCategory(let category, let known):
            return "onbekende categorie '\(category)'; categorieën: \(known)"
        case .noDilemma: return "er is nog geen dilemma met opties; leg dat eerst vast met 'beraad dilemma'"
        case .unknownOption(let label, let known): return "geen optie '\(label)'; opties: \(known)"
        case .tooFewOptions: return "een dilemma heeft minstens twee opties nodig"
        case .badOptionLabels(let expected): return "de opties heten op volgorde \(expected)"
        case .harmForUnknownOption(let label): return "schade voor onbekende optie '\(label)'"
        case .emptyText: return "de tekst is leeg"
        case .requirementsUnmet(let round, let unmet):
            return
                "ronde '\(round)' is nog niet af: \(unmet). Ga toch verder met 'beraad volgende --forceer --reden TEKST'."
        case .forceNeedsReason: return "--forceer vraagt om --reden TEKST"
        case .lastRound: return "dit is de laatste ronde; sluit de sessie af met 'beraad afsluiten'"
        case .firstRound: return "dit is de eerste ronde"
        case .noDecision:
            return
                "er is nog geen besluit; leg het vast met 'beraad besluit' of stop met 'beraad afsluiten --afbreken --reden TEKST'"
        case .abandonNeedsReason: return "--afbreken vraagt om --reden TEKST"
        case .unknownEntry(let id): return "geen vastlegging '\(id)'; zie 'beraad log'"
        case .alreadyRetracted(let id): return "\(id) is al ingetrokken"
        case .participantHasEntries(let name, let entries):
            return "\(name) heeft nog vastleggingen die staan (\(entries)); trek die eerst in"
        case .nothingToUndo: return "er is niets om ongedaan te maken"
        case .notEnded: return "alleen het verslag van een afgesloten sessie kan worden vastgesteld"
        case .erasureBreaksSession:
            return
                "wissen zou twee deelnemers dezelfde naam geven; wis de naam van een deelnemer met 'beraad vergeet NAAM'"
        case .notStarted:
            return "de sessie is gepland en nog niet begonnen; begin met 'beraad begin' (of 'beraad live')"
        case .notPlanned: return "deze sessie is niet gepland: ze liep al vanaf het openen"
        case .alreadyStarted: return "de sessie is al begonnen"
        case .notAnAction(let id): return "\(id) is geen afspraak van deze sessie; zie 'beraad afspraken'"
        case .notASignal(let id): return "\(id) is geen signaal van deze sessie; zie 'beraad signalen'"
        case .actionAlreadyDone(let id): return "afspraak \(id) is al gedaan"
        case .actionNotDone(let id): return "afspraak \(id) staat nog open"
        case .signalCannotMove(let from, let to): return "een signaal dat \(from) is, kan niet terug naar \(to)"
        case .passedOnToNobody: return "aan wie? geef --aan NAAM"
        case .notApproved:
            return "alleen een vastgesteld verslag kan in de casusbank; stel het eerst vast met 'beraad vaststellen'"
        case .alreadyShared: return "deze sessie is al gedeeld voor de casusbank"
        case .alreadyApproved: return "het verslag is al vastgesteld"
        case .scoreOutOfRange(let score): return "score \(score) ligt niet tussen 1 en 5"
        case .cannotConvene(let round, let rounds):
            return "vanuit de ronde '\(round)' kan geen moreel beraad worden belegd; dat kan in: \(rounds)"
        case .cannotConveneAnywhere(let round):
            return "vanuit de ronde '\(round)' kan geen moreel beraad worden belegd; deze methode kent zo'n ronde niet"
        case .invalidDate(let value): return "'\(value)' is geen datum; gebruik JJJJ-MM-DD"
        }
    }
}

extension Catalog.RequirementText {
    var dutch: String {
        switch self {
        case .caseRecorded: return "de casus is beschreven"
        case .dilemmaFramed(let count): return "het dilemma is geformuleerd met minstens \(count) opties"
        case .harmForEachOption: return "de schade van elke optie is benoemd"
        case .decisionRecorded: return "een besluit is vastgelegd"
        case .inThisRound: return " in deze ronde"
        case .count(let count, let kind, let scope): return "minstens \(count) × \(kind)\(scope)"
        case .each(let kind): return "een \(kind) van iedere deelnemer"
        case .fromPresenter(let kind): return "een \(kind) van de inbrenger"
        case .eachOther(let kind): return "een \(kind) van iedere andere deelnemer"
        case .noParticipantsYet: return " (er zijn nog geen deelnemers)"
        case .missingFrom(let kind, let names): return "nog geen \(kind) van: \(names)"
        case .notYetForOption(let options): return " — nog niet van optie \(options)"
        }
    }
}

extension Catalog.KindText {
    var dutch: String {
        switch self {
        case .case: return "casus"
        case .dilemma: return "dilemma"
        case .fact: return "feit"
        case .value: return "waarde"
        case .norm: return "norm"
        case .right: return "recht"
        case .perspective: return "perspectief"
        case .alternative: return "alternatief"
        case .consideration: return "overweging"
        case .position: return "standpunt"
        case .decision: return "besluit"
        case .action: return "actie"
        case .signal: return "signaal"
        case .evaluation: return "evaluatie"
        case .note: return "notitie"
        }
    }
}

extension Catalog.MinutesText {
    var dutch: String {
        switch self {
        case .minutesOf: return "Verslag"
        case .concept: return "Concept"
        case .approvedOn: return "Vastgesteld op"
        case .approvedBy: return "door"
        case .reviewOn: return "Evalueren op"
        case .reviewDecision: return "Het besluit evalueren"
        case .place: return "Plaats"
        case .noteTaker: return "Notulist"
        case .inAttendance: return "Aanwezig als notulist"
        case .presentPeople: return "Aanwezig"
        case .absent: return "Afwezig"
        case .distribution: return "Verspreiding"
        case .appendix: return "Verantwoording"
        case .appendixIntro:
            return "Voor de gespreksleider en het archief; hoort niet bij het verslag dat in een dossier komt."
        case .confidentialityStandard: return "Vertrouwelijk — niet in het cliëntdossier"
        case .date: return "Datum"
        case .time: return "Tijd"
        case .method: return "Methode"
        case .facilitator: return "Gespreksleider"
        case .session: return "Sessie"
        case .status: return "Status"
        case .anonymized: return "Geanonimiseerd: de namen van de deelnemers zijn vervangen door hun rol."
        case .notRedacted:
            return
                "Andere namen en gegevens, zoals die van de cliënt, zijn niet weggelaten; dat doet 'beraad weglaten TEKST'."
        case .redacted: return "Vertrouwelijke gegevens zijn weggelaten en vervangen door […] of een aanduiding."
        case .fingerprint(let hash): return "Vingerafdruk van het vastgestelde journaal (SHA-256): \(hash)"
        case .erasureForgotten(let at, let count):
            return "\(at): \(count)× de naam van een deelnemer (recht op vergetelheid)"
        case .erasureRedacted(let at, let count): return "\(at): \(count)× weggelaten tekst (een naam, een adres)"
        case .erasuresLabel: return "Gewist"
        case .erasedAfterApproval(let at, let count):
            return "Na de vaststelling is op \(at) tekst uit het journaal gewist (\(count)×) en vervangen door […]."
        case .statePlanned: return "gepland"
        case .stateOpen: return "lopend"
        case .agreements: return "Afspraken"
        case .participants: return "Deelnemers"
        case .name: return "Naam"
        case .role: return "Rol"
        case .function: return "Functie"
        case .present: return "Aanwezig"
        case .leftAt: return "vertrokken om"
        case .from: return "vanaf"
        case .theCase: return "Casus"
        case .broughtInBy: return "Ingebracht door"
        case .questionToGroup: return "Vraag aan de groep"
        case .dilemma: return "Dilemma"
        case .option: return "Optie"
        case .harm: return "Schade"
        case .grid: return "Perspectieven, waarden, normen en rechten"
        case .stakeholder: return "Betrokkene"
        case .kind: return "Soort"
        case .text: return "Inhoud"
        case .supports: return "Steunt optie"
        case .by: return "Door"
        case .theGroup: return "de groep"
        case .alternatives: return "Alternatieven"
        case .positions: return "Standpunten"
        case .chooses: return "kiest"
        case .because: return "Omdat"
        case .cannot: return "Daarom kan ik niet"
        case .mitigate: return "De schade beperk ik door"
        case .needs: return "Wat ik nodig heb"
        case .changedFrom: return "Eerder"
        case .tally: return "Overeenkomsten en verschillen"
        case .decision: return "Besluit"
        case .rationale: return "Onderbouwing"
        case .reachedBy: return "Draagvlak"
        case .summary: return "Samenvatting"
        case .reviewing: return "Wat we evalueren"
        case .onTheCard(let card): return "zie de kaart \(card)"
        case .coveredByChoice: return "Gedekt door de gekozen interventie(s)"
        case .approvedShort: return "Vastgesteld"
        case .pageOf: return "pagina %PAGE% van %PAGES%"
        case .correctedMark: return "gecorrigeerd"
        case .kindHeading(let kind):
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
        case .dueBy: return "uiterlijk"
        case .presenterQuestion: return "Vraag van de inbrenger"
        case .approvedLine(let date, let by): return "vastgesteld op \(date)" + (by.isEmpty ? "" : " door \(by)")
        case .dissent: return "Niet eens met het besluit"
        case .actions: return "Acties"
        case .action: return "Actie"
        case .owner: return "Wie"
        case .due: return "Uiterlijk"
        case .signals: return "Signalen"
        case .signal: return "Signaal"
        case .level: return "Niveau"
        case .evaluation: return "Evaluatie"
        case .participant: return "Deelnemer"
        case .score: return "Score"
        case .remark: return "Opmerking"
        case .average: return "Gemiddelde score"
        case .contributions: return "Inbreng per ronde"
        case .timePerRound: return "Tijd per ronde"
        case .spent: return "Besteed"
        case .timebox: return "Tijdbox"
        case .notVisited: return "niet bereikt"
        case .minutesUnit: return "min"
        case .forced: return "Doorgegaan zonder dat de ronde af was"
        case .stillOpen: return "Nog open"
        case .reason: return "Reden"
        case .corrections: return "Correcties"
        case .steps: return "Stappen"
        case .helps: return "helpt"
        case .hinders: return "belemmert"
        case .unanswered: return "niet beantwoord"
        case .notDiscussed: return "niet besproken"
        case .serves: return "dient"
        case .chosen: return "gekozen"
        case .goalCheck: return "Bereiken we met de gekozen interventie wat we wilden bereiken?"
        case .goal: return "Voorwaarde"
        case .wanted: return "Wat we willen bereiken"
        case .servedBy: return "Interventies die het dienen"
        case .yes: return "ja"
        case .no: return "nee"
        case .retracted: return "ingetrokken"
        case .replacedBy: return "vervangen door"
        case .alternativeOption: return "alternatief"
        case .notAtTheMeeting: return "niet bij het beraad"
        case .to: return "Naar"
        case .roundsNotReached(let rounds): return "Afgesloten voordat deze rondes aan bod kwamen: \(rounds)."
        case .carriedOverFrom(let session): return "Meegenomen uit \u{201C}\(session)\u{201D}."
        case .undone: return "ongedaan gemaakt"
        case .abandonedBecause: return "Afgebroken"
        case .supportConsensus: return "consensus"
        case .supportMajority: return "meerderheid"
        case .supportPresenter: return "besluit van de inbrenger"
        case .supportFacilitator: return "besluit van de gespreksleider"
        case .levelIndividual: return "individueel"
        case .levelGroup: return "groep"
        case .levelPolicy: return "beleid"
        case .chartTitle: return "Wie koos wat: eerste en laatste keuze"
        case .firstChoice: return "eerste keuze"
        case .lastChoice: return "laatste keuze"
        case .generatedBy: return "Gemaakt met Beraad"
        case .caseBankKicker: return "Moresprudentie"
        case .caseBankTitle: return "Casusbank"
        case .caseBankMade: return "Gemaakt op"
        case .caseBankCount: return "Casussen"
        case .caseBankAnonymised:
            return
                "Alleen vastgestelde sessies die voor de casusbank zijn gedeeld. De namen van de deelnemers zijn vervangen door hun rol en weggelaten tekst staat er als […]; andere namen en gegevens, zoals die van de cliënt, zijn alleen weg waar ze zijn weggelaten. Lees een casus na voor u hem doorgeeft."
        case .caseBankTeam: return "Team"
        case .caseBankCase: return "De casus"
        case .caseBankDilemma: return "Het dilemma"
        case .caseBankOption: return "Optie"
        case .caseBankHarm: return "Schade"
        case .caseBankTensions: return "Waarden, normen en rechten in het geding"
        case .caseBankFor: return "voor"
        case .caseBankDecision: return "Het besluit"
        case .caseBankBecause: return "Omdat"
        case .caseBankLearned: return "Wat het opleverde"
        case .links: return "Verbonden sessies"
        case .convenedFrom: return "Belegd vanuit"
        case .convenedHere: return "Vanuit deze sessie belegd"
        case .followsUp: return "Vervolg op"
        case .followedUpIn: return "Vervolgd in"
        case .inRound: return "in de ronde"
        case .itsDecision: return "Besluit daar"
        case .notDecided: return "nog geen besluit"
        case .source: return "Bron"
        case .stateClosed: return "afgesloten"
        case .stateAbandoned: return "afgebroken"
        case .round: return "Ronde"
        }
    }
}

extension Catalog.ProtocolFileText {
    var dutch: String {
        switch self {
        case .dutchTextEmpty: return "de Nederlandse tekst is leeg"
        case .englishTextEmpty: return "de Engelse tekst is leeg"
        case .notAnID(let id): return "'\(id)' is geen id: gebruik a-z, 0-9 en '-', hoogstens 64"
        case .duplicateRole(let id): return "dubbele rol-id '\(id)'"
        case .duplicateRound(let id): return "dubbele ronde-id '\(id)'"
        case .duplicateKind(let id): return "dubbele soort '\(id)'"
        case .numberOutOfRange(let low, let high): return "moet een getal van \(low) tot en met \(high) zijn"
        case .duplicateCategory(let id): return "dubbele categorie-id '\(id)'"
        case .recallsUnknownRound(let id): return "'recalls' noemt ronde '\(id)', die eerder in de methode moet staan"
        case .sourceEmpty: return "de bron is leeg"
        case .noPresenterRole: return "dit vraagt om een inbrenger, maar het protocol heeft geen rol met \"presenter\""
        case .kindNotAccepted(let kind): return "de ronde neemt geen '\(kind)' aan"
        case .casePresenterUnusable:
            return "casePresenter vraagt om een rol met \"presenter\" en een ronde die 'case' aanneemt"
        case .aliasIsTheID: return "een andere naam gelijk aan de id zegt niets"
        case .duplicateAlias(let id): return "dubbele andere naam '\(id)'"
        case .noRoles: return "een protocol heeft minstens één rol nodig"
        case .severalDefaultRoles: return "meer dan één rol is als standaard aangemerkt"
        case .noRounds: return "een protocol heeft minstens één ronde nodig"
        case .roundAcceptsNothing: return "een ronde moet minstens één soort aannemen"
        case .kindNeverCounted(let kind): return "de ronde neemt geen '\(kind)' aan, dus die kan nooit geteld worden"
        case .missingField(let field): return "verplicht veld '\(field)' ontbreekt"
        case .expectedString: return "verwacht een tekst"
        case .expectedWholeNumber: return "verwacht een geheel getal"
        case .expectedBool: return "verwacht true of false"
        case .expectedList: return "verwacht een lijst"
        case .expectedObject: return "verwacht een object"
        case .foundNull(let expected): return "\(expected), gevonden: null"
        case .notJSON: return "geen geldige JSON"
        case .unknownField(let field): return "onbekend veld '\(field)'"
        case .unknownFieldDidYouMean(let field, let suggestion):
            return "onbekend veld '\(field)'; bedoel je '\(suggestion)'?"
        case .unknownKind(let value, let hint): return "onbekende soort '\(value)'; \(hint)"
        case .unknownMinutesSection(let value, let hint): return "onbekend verslagonderdeel '\(value)'; \(hint)"
        case .minutesSectionTwice(let section): return "verslagonderdeel '\(section)' staat er twee keer"
        case .unknownRequirementType(let value, let hint): return "onbekend type eis '\(value)'; \(hint)"
        case .unknownScope(let value, let hint): return "onbekende scope '\(value)'; \(hint)"
        case .didYouMean(let suggestion): return "bedoel je '\(suggestion)'?"
        case .known(let values): return "bekend: \(values)"
        }
    }
}

extension Catalog.JSONText {
    var dutch: String {
        switch self {
        case .textAfterEnd: return "onverwachte tekst na het einde van het document"
        case .duplicateKey(let key, let line, let column):
            return "'\(key)' staat hier voor de tweede keer; de eerste keer op \(line):\(column)"
        case .byteOrderMark: return "het bestand begint met een byte order mark (BOM); sla het op als UTF-8 zonder BOM"
        case .invalidUTF8: return "hier staan bytes die geen geldige UTF-8 zijn"
        case .tooDeep: return "het document is te diep genest"
        case .unexpectedEnd: return "onverwacht einde van het document"
        case .unexpectedCharacter(let character): return "onverwacht teken '\(character)'"
        case .expectedWord(let word): return "verwacht '\(word)'"
        case .expectedFieldName: return "verwacht een veldnaam tussen dubbele aanhalingstekens"
        case .expectedColon: return "verwacht ':' na de veldnaam"
        case .expectedCommaOrBrace: return "verwacht ',' of '}'"
        case .expectedCommaOrBracket: return "verwacht ',' of ']'"
        case .stringNotClosed: return "de tekst is niet afgesloten"
        case .controlCharacter: return "een stuurteken in een tekst; schrijf het als escape"
        case .unknownEscape(let character): return "onbekende escape '\\\(character)'"
        case .expectedHex: return "verwacht vier hexadecimale cijfers na \\u"
        case .notANumber(let text): return "'\(text)' is geen getal"
        }
    }
}

extension Catalog.JournalText {
    var dutch: String {
        switch self {
        case .newerVersion(let version, let current):
            return "vastleggingsversie \(version) is nieuwer dan deze beraad kan lezen (\(current)); werk beraad bij"
        case .unknownType(let type):
            return
                "gebeurtenis '\(type)' is onbekend voor deze beraad; een nieuwere versie schreef die: werk beraad bij"
        case .malformed(let detail): return "geen geldige vastlegging: \(detail)"
        case .notFramed: return "geen omlijste vastlegging"
        case .checksumMismatch: return "controlegetal klopt niet"
        case .sequenceGap(let seq, let expected): return "volgnummer \(seq) waar \(expected) hoort"
        case .empty: return "het journaal is leeg"
        case .firstNotOpening: return "de eerste regel opent geen sessie"
        case .openedAgain: return "de sessie wordt een tweede keer geopend"
        case .configNotKeyValue: return "verwacht 'sleutel = waarde' (of '#' voor een opmerking)"
        case .configUnknownKey(let key, let known): return "onbekende sleutel '\(key)'; bekend zijn: \(known)"
        case .configNotUTF8: return "het bestand is geen UTF-8-tekst"
        case .configNotAPeriod(let value):
            return "'\(value)' is geen bewaartermijn; schrijf bijvoorbeeld 2y (jaar), 18m (maanden), 6w of 90d"
        case .timeGoesBack(let at, let last): return "de tijd loopt terug: \(at) na \(last)"
        case .noSuchRound(let round): return "de methode kent geen ronde '\(round)'"
        case .roundSkipped(let from, let to):
            return
                "van ronde '\(from)' naar '\(to)' is geen stap die beraad zet (alleen naar de volgende of de vorige ronde)"
        case .neverJoined(let name): return "\(name) is nooit aangesloten"
        case .afterClose: return "de sessie was al afgesloten"
        case .noSuchOption(let option): return "er is geen optie \(option)"
        case .afterApproval: return "het verslag was al vastgesteld"
        case .noSuchEntry(let entry): return "er is geen bijdrage \(entry)"
        case .openedAgainAt: return "de sessie wordt een tweede keer geopend"
        case .scoreOutOfRange(let score): return "score \(score) ligt niet tussen 1 en 5"
        case .closedTwice: return "de sessie wordt een tweede keer afgesloten"
        case .approvedWhileOpen: return "het verslag wordt vastgesteld terwijl de sessie nog loopt"
        case .approvedTwice: return "het verslag wordt een tweede keer vastgesteld"
        case .chainBroken:
            return
                "de hash-keten is verbroken: deze regel noemt niet de vorige regel (gewijzigd, weggehaald of ingevoegd)"
        case .unchainedAfterChained:
            return "een regel zonder hash-keten na regels met een keten: zo schrijft geen beraad een journaal"
        case .unterminated: return "de laatste regel is niet afgesloten (een onderbroken schrijfactie)"
        case .otherSession(let id): return "dit journaal hoort bij sessie \(id)"
        case .beforeStart:
            return
                "de sessie is gepland en nog niet begonnen; alleen deelnemers, casus en dilemma kunnen vooraf worden vastgelegd"
        case .notPlanned: return "de sessie begint terwijl ze niet gepland is of al begonnen is"
        case .sharedBeforeApproval: return "de sessie wordt gedeeld voordat het verslag is vastgesteld"
        case .sharedTwice: return "de sessie wordt een tweede keer gedeeld"
        case .protocolInvalid(let issue): return "de methode in de opening breekt een regel: \(issue)"
        }
    }
}

extension Catalog.PlaceholderText {
    var dutch: String {
        switch self {
        case .text: return "TEKST"
        case .name: return "NAAM"
        case .who: return "WIE"
        case .label: return "LETTER"
        case .labeledText: return "'A: TEKST'"
        case .date: return "DATUM"
        case .time: return "TIJD"
        case .id: return "ID"
        case .idOrFile: return "ID|BESTAND"
        case .directory: return "MAP"
        case .file: return "BESTAND"
        case .action: return "ACTIE"
        case .state: return "STATUS"
        case .signal: return "SIGNAAL"
        case .duration: return "DUUR"
        case .role: return "ROL"
        case .kind: return "SOORT"
        case .category: return "CAT"
        case .how: return "HOE"
        case .level: return "NIVEAU"
        case .format: return "FORMAAT"
        case .score: return "1-5"
        case .number: return "NUMMER"
        case .language: return "nl|en"
        case .title: return "TITEL"
        case .question: return "VRAAG"
        case .option: return "OPTIE"
        case .entry: return "INVOER"
        case .shell: return "SHELL"
        case .command: return "COMMANDO"
        }
    }
}

extension Catalog.DateText {
    var dutch: String {
        switch self {
        case .weekday(let index):
            return ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][safe: index] ?? ""
        case .month(let index):
            return [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ][safe: index - 1] ?? ""
        case .holiday(let holiday):
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
        case .weekendDay(let saturday): return saturday ? "een zaterdag" : "een zondag"
        }
    }
}
