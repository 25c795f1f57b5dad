// The engine's texts in Dutch and English side by side: one exhaustive switch per kind of text, so a
// text missing in either language does not compile, and a value that one language leaves out is found by
// CatalogTests. The keys are named in Catalog+Keys.swift.

extension Catalog.Key {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .requirement(let key): return key.text
        case .kind(let key): return key.text
        case .protocolFile(let key): return key.text
        case .json(let key): return key.text
        case .journal(let key): return key.text
        case .date(let key): return key.text
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
        case .question:
            return LocalizedText(nl: "vraag", en: "question")
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
        case .error(let text):
            return LocalizedText(nl: "fout: \(text)", en: "error: \(text)")
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
