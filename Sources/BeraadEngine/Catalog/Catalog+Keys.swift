/// The texts a facilitator reads, by key, each kept by the module that speaks it in that module's `Catalog/` folder:
/// here the engine's own (requirements, the names of kinds, protocol files, JSON, journals and dates); the minutes'
/// words in BeraadMinutes, the listings' in BeraadArchive, the store's warnings in BeraadStore, and help, messages,
/// the live mode and the status in BeraadCLI. A refusal of the rules (`RuleViolation`) and a store error
/// (`StoreError`) give their own text. Catalog+Texts.swift gives each key both languages in one exhaustive `switch`
/// per kind, so a missing translation does not compile; placeholders are named values of the key. (Protocol texts
/// are data: the protocol files carry both languages.)
public enum Catalog {
    /// The key of every text.
    public enum Key: Sendable, Equatable {
        case requirement(RequirementText)
        case kind(KindText)
        case protocolFile(ProtocolFileText)
        case json(JSONText)
        case journal(JournalText)
        case date(DateText)
    }

    /// A round's completion requirements, and what is still missing.
    public enum RequirementText: Sendable, Equatable {
        case caseRecorded
        case dilemmaFramed(count: String)
        case harmForEachOption
        case decisionRecorded
        case inThisRound
        case count(count: String, kind: String, scope: String)
        case each(kind: String)
        case fromPresenter(kind: String)
        case eachOther(kind: String)
        case noParticipantsYet
        case missingFrom(kind: String, names: String)
        case notYetForOption(options: String)
    }

    /// The names of the kinds of contribution.
    public enum KindText: Sendable, Equatable {
        case `case`
        case dilemma
        case fact
        case value
        case norm
        case right
        case perspective
        case alternative
        case consideration
        case position
        case decision
        case action
        case signal
        case evaluation
        case note
        case signalState(SignalState)
        case question
    }

    /// What is wrong with a protocol file.
    public enum ProtocolFileText: Sendable, Equatable {
        case dutchTextEmpty
        case englishTextEmpty
        case notAnID(id: String)
        case duplicateRole(id: String)
        case duplicateRound(id: String)
        case duplicateKind(id: String)
        case duplicateCategory(id: String)
        case numberOutOfRange(low: String, high: String)
        case recallsUnknownRound(id: String)
        case sourceEmpty
        case noRoles
        case noPresenterRole
        case kindNotAccepted(kind: String)
        case casePresenterUnusable
        case aliasIsTheID
        case duplicateAlias(id: String)
        case severalDefaultRoles
        case noRounds
        case roundAcceptsNothing
        case kindNeverCounted(kind: String)
        case missingField(field: String)
        case expectedString
        case expectedWholeNumber
        case expectedBool
        case expectedList
        case expectedObject
        case foundNull(expected: String)
        case notJSON
        case unknownField(field: String)
        case unknownFieldDidYouMean(field: String, suggestion: String)
        case unknownKind(value: String, hint: String)
        case unknownMinutesSection(value: String, hint: String)
        case minutesSectionTwice(section: String)
        case unknownRequirementType(value: String, hint: String)
        case unknownScope(value: String, hint: String)
        case didYouMean(suggestion: String)
        case known(values: String)
        case error(text: String)
    }

    /// What is wrong with a JSON document.
    public enum JSONText: Sendable, Equatable {
        case textAfterEnd
        case tooDeep
        case unexpectedEnd
        case unexpectedCharacter(character: String)
        case expectedWord(word: String)
        case expectedFieldName
        case expectedColon
        case expectedCommaOrBrace
        case expectedCommaOrBracket
        case stringNotClosed
        case controlCharacter
        case unknownEscape(character: String)
        case expectedHex
        case notANumber(text: String)
        case duplicateKey(key: String, firstLine: String, firstColumn: String)
        case byteOrderMark
        case invalidUTF8
    }

    /// What is wrong with a journal or one of its records.
    public enum JournalText: Sendable, Equatable {
        case newerVersion(version: String, current: String)
        case unknownType(type: String)
        case malformed(detail: String)
        case notFramed
        case checksumMismatch
        case sequenceGap(seq: String, expected: String)
        case empty
        case firstNotOpening
        case openedAgain
        case configNotKeyValue
        case configUnknownKey(key: String, known: String)
        case configNotUTF8
        case configNotAPeriod(value: String)
        case protocolInvalid(issue: String)
        case timeGoesBack(at: String, last: String)
        case noSuchRound(round: String)
        case roundSkipped(from: String, to: String)
        case neverJoined(name: String)
        case afterClose
        case noSuchOption(option: String)
        case afterApproval
        case noSuchEntry(entry: String)
        case openedAgainAt
        case scoreOutOfRange(score: String)
        case closedTwice
        case approvedWhileOpen
        case approvedTwice
        case chainBroken
        case unchainedAfterChained
        case unterminated
        case otherSession(id: String)
        case beforeStart
        case notPlanned
        case sharedBeforeApproval
        case sharedTwice
    }

    /// The names of days and months, as dates are written out.
    public enum DateText: Sendable, Equatable {
        /// 0 for Monday … 6 for Sunday.
        case weekday(index: Int)
        /// 1 for January … 12 for December.
        case month(index: Int)
        case holiday(CalendarDate.Holiday)
        /// "een zaterdag", "een zondag".
        case weekendDay(saturday: Bool)
    }
}
