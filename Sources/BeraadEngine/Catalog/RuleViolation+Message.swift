// Why `decide` refused a command, in both languages side by side: one exhaustive switch, so a violation without
// its text in either language does not compile. The values are filled in where the sentence is written.

extension RuleViolation {
    /// The message in `language`.
    public func message(_ language: Language) -> String { text(language)(language) }

    /// The sentence for this violation in both languages, its lists and names filled in for `language`.
    private func text(_ language: Language) -> LocalizedText {
        func list(_ items: [String]) -> String { items.joined(separator: ", ") }
        func quoted(_ titles: [LocalizedText]) -> String { list(titles.map { "'\($0(language))'" }) }
        switch self {
        case .notOpened:
            return LocalizedText(nl: "deze sessie is nog niet geopend", en: "this session has not been opened")
        case .alreadyOpened: return LocalizedText(nl: "deze sessie is al geopend", en: "this session is already open")
        case .sessionEnded:
            return LocalizedText(
                nl: "de sessie is afgesloten; alleen lezen, correcties, 'weglaten' en 'vaststellen' zijn nog mogelijk",
                en: "the session is closed; only reading, corrections, 'redact' and 'approve' are still possible")
        case .sessionApproved:
            return LocalizedText(
                nl: "het verslag is vastgesteld; de sessie neemt geen correcties meer aan",
                en: "the minutes are approved; the session takes no more corrections")
        case .timeWentBackwards(let last, let given):
            return LocalizedText(
                nl:
                    "tijd \(given) ligt vóór de laatste vastlegging (\(last)); tijden mogen niet teruglopen. Een vastlegging met een verkeerde tijd trek je in ('beraad log', dan 'beraad intrekken ID')",
                en:
                    "time \(given) is before the last entry (\(last)); times must not go backwards. Take back an entry given the wrong time ('beraad log', then 'beraad retract ID')"
            )
        case .enteredAfterwards(let last):
            let time = last.civil.dateString + " " + last.civil.timeString()
            return LocalizedText(
                nl:
                    "dit beraad wordt achteraf ingevoerd en de laatste vastlegging is van \(time): geef de tijd met --om TIJD, of leg het nu vast met --nu",
                en:
                    "this meeting is being entered afterwards and its last entry is of \(time): give the time with --at TIME, or record it now with --now"
            )
        case .unknownParticipant(let name, let known):
            return known.isEmpty
                ? LocalizedText(
                    nl: "geen deelnemer '\(name)' (nog niemand is aangesloten: gebruik 'beraad aansluiten')",
                    en: "no participant '\(name)' (nobody has joined yet: use 'beraad join')")
                : LocalizedText(
                    nl: "geen deelnemer '\(name)'; deelnemers: \(list(known))",
                    en: "no participant '\(name)'; participants: \(list(known))")
        case .ambiguousParticipant(let name, let candidates):
            return LocalizedText(
                nl: "'\(name)' kan meerdere deelnemers zijn: \(list(candidates))",
                en: "'\(name)' could be more than one participant: \(list(candidates))")
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
            let roles = list(known.map { $0(language) })
            return LocalizedText(
                nl: "onbekende rol '\(role)'; rollen: \(roles)",
                en: "unknown role '\(role)'; roles: \(roles)")
        case .roleFull(let role, let holders):
            return LocalizedText(
                nl: "de rol '\(role(language))' is al vergeven aan \(list(holders))",
                en: "the role '\(role(language))' is already taken by \(list(holders))")
        case .roleUnchanged(let name, let role):
            return LocalizedText(
                nl: "\(name) heeft de rol '\(role(language))' al",
                en: "\(name) has the role '\(role(language))' already")
        case .kindNotAccepted(let kind, let round, let acceptedIn):
            if acceptedIn.isEmpty {
                return LocalizedText(
                    nl: "de ronde '\(round(language))' neemt geen \(kind.label(language)) aan; geen ronde doet dat",
                    en:
                        "the round '\(round(language))' does not accept \(article(kind.label(language))) \(kind.label(language)); no round does"
                )
            }
            return LocalizedText(
                nl:
                    "de ronde '\(round(language))' neemt geen \(kind.label(language)) aan; dat kan in: \(quoted(acceptedIn))",
                en:
                    "the round '\(round(language))' does not accept \(article(kind.label(language))) \(kind.label(language)); it belongs in: \(quoted(acceptedIn))"
            )
        case .kindHasOwnCommand(let kind):
            return LocalizedText(
                nl: "een \(kind.label(language)) leg je vast met 'beraad \(kind.commandName)'",
                en: "a \(kind.label(language)) is recorded with 'beraad \(kind.commandName)'")
        case .unknownCategory(let category, let known):
            return known.isEmpty
                ? LocalizedText(nl: "deze ronde heeft geen categorieën", en: "this round has no categories")
                : LocalizedText(
                    nl: "onbekende categorie '\(category)'; categorieën: \(list(known))",
                    en: "unknown category '\(category)'; categories: \(list(known))")
        case .ambiguousCategory(let category, let candidates):
            return LocalizedText(
                nl: "'\(category)' kan meer dan één categorie zijn: \(list(candidates)); typ er meer van",
                en: "'\(category)' could be more than one category: \(list(candidates)); type more of it")
        case .unknownQuestion(let number, let count):
            return count == 0
                ? LocalizedText(nl: "deze ronde heeft geen hulpvragen", en: "this round has no guiding questions")
                : LocalizedText(
                    nl: "deze ronde heeft geen hulpvraag \(number); ze heeft er \(count)",
                    en: "this round has no guiding question \(number); it has \(count)")
        case .categoryNotInRound(let category, let round, let takenIn):
            return LocalizedText(
                nl:
                    "de ronde '\(round(language))' kent de categorie '\(category)' niet; die hoort bij \(quoted(takenIn))",
                en: "the round '\(round(language))' has no category '\(category)'; it belongs to \(quoted(takenIn))")
        case .noDilemma:
            return LocalizedText(
                nl: "er is nog geen dilemma met opties; leg dat eerst vast met 'beraad dilemma'",
                en: "there is no dilemma with options yet; frame it first with 'beraad dilemma'")
        case .unknownOption(let label, let known):
            return LocalizedText(
                nl: "geen optie '\(label)'; opties: \(list(known))", en: "no option '\(label)'; options: \(list(known))"
            )
        case .tooFewOptions:
            return LocalizedText(
                nl: "een dilemma heeft minstens twee opties nodig", en: "a dilemma needs at least two options")
        case .badOptionLabels(let expected):
            return LocalizedText(
                nl: "de opties heten op volgorde \(list(expected))",
                en: "the options are labelled in order \(list(expected))")
        case .harmForUnknownOption(let label):
            return LocalizedText(
                nl: "schade voor onbekende optie '\(label)'", en: "harm for an unknown option '\(label)'")
        case .emptyText: return LocalizedText(nl: "de tekst is leeg", en: "the text is empty")
        case .requirementsUnmet(let round, let unmet):
            let needs = unmet.map { $0.describe(language) }.joined(separator: "; ")
            return LocalizedText(
                nl:
                    "ronde '\(round(language))' is nog niet af: \(needs). Ga toch verder met 'beraad volgende --forceer --reden TEKST'.",
                en:
                    "round '\(round(language))' is not finished: \(needs). To move on anyway: 'beraad next --force --reason TEXT'."
            )
        case .forceNeedsReason:
            return LocalizedText(nl: "--forceer vraagt om --reden TEKST", en: "--force needs --reason TEXT")
        case .lastRound:
            return LocalizedText(
                nl: "dit is de laatste ronde; sluit de sessie af met 'beraad afsluiten'",
                en: "this is the last round; end the session with 'beraad close'")
        case .firstRound: return LocalizedText(nl: "dit is de eerste ronde", en: "this is the first round")
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
        case .participantHasEntries(let name, let standing):
            return LocalizedText(
                nl:
                    "\(name) heeft nog vastleggingen die staan (\(list(standing.map(\.description)))); trek die eerst in",
                en: "\(name) still has entries that stand (\(list(standing.map(\.description)))); retract those first")
        case .nothingToUndo:
            return LocalizedText(nl: "er is niets om ongedaan te maken", en: "there is nothing to undo")
        case .notEnded:
            return LocalizedText(
                nl: "alleen het verslag van een afgesloten sessie kan worden vastgesteld",
                en: "only the minutes of a closed session can be approved")
        case .alreadyApproved:
            return LocalizedText(nl: "het verslag is al vastgesteld", en: "the minutes are already approved")
        case .scoreOutOfRange(let score):
            return LocalizedText(
                nl: "score \(score) ligt niet tussen 1 en 5",
                en: "score \(score) is not between 1 and 5")
        case .cannotConveneHere(let round, let roundsThatCan):
            if roundsThatCan.isEmpty {
                return LocalizedText(
                    nl:
                        "vanuit de ronde '\(round(language))' kan geen moreel beraad worden belegd; deze methode kent zo'n ronde niet",
                    en:
                        "no moreel beraad can be convened from the round '\(round(language))'; this method has no such round"
                )
            }
            return LocalizedText(
                nl:
                    "vanuit de ronde '\(round(language))' kan geen moreel beraad worden belegd; dat kan in: \(quoted(roundsThatCan))",
                en:
                    "no moreel beraad can be convened from the round '\(round(language))'; that is done in: \(quoted(roundsThatCan))"
            )
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
        case .signalCannotMove(let from, let target):
            return LocalizedText(
                nl: "een signaal dat \(from.label(language)) is, kan niet terug naar \(target.label(language))",
                en: "a signal that is \(from.label(language)) cannot go back to \(target.label(language))")
        case .passedOnToNobody: return LocalizedText(nl: "aan wie? geef --aan NAAM", en: "to whom? give --to NAME")
        case .notApproved:
            return LocalizedText(
                nl: "alleen een vastgesteld verslag kan in de casusbank; stel het eerst vast met 'beraad vaststellen'",
                en: "only approved minutes can go into the case bank; approve them first with 'beraad approve'")
        case .alreadyShared:
            return LocalizedText(
                nl: "deze sessie is al gedeeld voor de casusbank",
                en: "this session is shared for the case bank already")
        }
    }
}

/// "a" or "an" before an English word.
private func article(_ word: String) -> String {
    guard let first = word.lowercased().first else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
}
