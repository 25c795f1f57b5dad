import BeraadEngine
import BeraadTestSupport
import Foundation
import Testing

/// An entry's id: typed by a facilitator in any of its forms, written by the journal in one.
@Suite struct EntryIDTests {
    @Test func aFacilitatorNamesAnEntryWithOrWithoutItsLetter() {
        #expect(EntryID("e12") == EntryID(seq: 12))
        #expect(EntryID("E12") == EntryID(seq: 12))
        #expect(EntryID("12") == EntryID(seq: 12))
        #expect(EntryID("e012") == EntryID(seq: 12))
        for text in ["", "e", "e0", "x12", "e-1", "e1.5", " e1", "e١", "e99999999999999999999"] {
            #expect(EntryID(text) == nil, "\(text)")
        }
    }

    @Test func theJournalTakesOnlyTheFormItWrites() throws {
        #expect(EntryID(journal: "e12") == EntryID(seq: 12))
        for text in ["E12", "12", "e012"] { #expect(EntryID(journal: text) == nil, "\(text)") }
        let encoded = try JSONEncoder().encode(EntryRetracted(entry: EntryID(seq: 7)))
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""entry":"e7""#))
        let typed = Data(#"{"entry":"7","undo":false}"#.utf8)
        #expect((try? JSONDecoder().decode(EntryRetracted.self, from: typed)) == nil)
    }

    @Test func idsSortByTheirNumber() {
        #expect(EntryID(seq: 9) < EntryID(seq: 10))
        #expect([EntryID(seq: 10), EntryID(seq: 9)].sorted().map(\.description) == ["e9", "e10"])
    }
}

/// Finding an entry by its id, in a session whose entries are a part of its records.
@Suite struct EntryLookupTests {
    @Test func everyEntryIsFoundByItsIdAndNothingElseIs() throws {
        let state = try SessionBuilder.samples()[0].state
        #expect(state.entries.count > 10)
        for entry in state.entries { #expect(state.entry(entry.id)?.id == entry.id) }
        for person in state.people { #expect(state.entry(person.id) == nil, "\(person.id)") }
        #expect(state.entry(EntryID(seq: 1)) == nil && state.entry(EntryID(seq: 99_999)) == nil)
        #expect(state.entry("E\(state.entries[3].seq)")?.text == state.entries[3].text)
    }
}

/// A session's entries with those a snapshot holds left unread (`EntryLog`): every reading sees the entries a full
/// replay gives, and appending or finding a later entry reads none of the deferred ones.
@Suite struct EntryLogTests {
    /// `entries` deferred: the log, and the deferred part, to see whether it was read.
    static func deferred(_ entries: [Entry]) -> (EntryLog, DeferredEntries) {
        let deferred = DeferredEntries(count: entries.count, lastID: entries.last?.id) { entries }
        return (EntryLog(deferred: deferred), deferred)
    }

    @Test func appendingAndFindingALaterEntryReadNothingDeferred() throws {
        let all = Array(try SessionBuilder.samples()[0].state.entries)
        let (split, later) = (all.count / 2, all[(all.count / 2)...])
        var (log, deferred) = Self.deferred(Array(all[..<split]))
        for entry in later { log.append(entry) }
        #expect(log.count == all.count && log.lastID == all.last?.id)
        for entry in later { #expect(log.entry(entry.id) == entry) }
        #expect(log.entry(EntryID(seq: 99_999)) == nil)
        #expect(!deferred.isLoaded)
        #expect(log.recentEntries == Array(later))
        // Read, it is every entry in order, and the deferred ones are read once.
        #expect(Array(log) == all)
        #expect(deferred.isLoaded)
        for entry in all { #expect(log.entry(entry.id) == entry) }
        #expect(log == EntryLog(all))
    }

    @Test func changingADeferredEntryBringsThemAllIn() throws {
        let all = Array(try SessionBuilder.samples()[0].state.entries)
        var (log, _) = Self.deferred(all)
        let copy = log
        log[1].text = "anders"
        #expect(log.deferred == nil && log.recentEntries.count == all.count)
        #expect(log[1].text == "anders" && log[0] == all[0])
        // A copy taken before keeps what it had.
        #expect(Array(copy) == all)
        var loaded = copy
        loaded.materialize()
        #expect(loaded.deferred == nil && Array(loaded) == all && Array(copy) == all)
    }
}

/// An entry's rarely given parts (corrections, a carried-over case, the case's question) are boxed apart.
@Suite struct EntryRarePartsTests {
    @Test func anEntryStaysSmallWhateverItMayCarry() {
        // A long session holds a hundred thousand entries: the four rare parts inline made each 256 bytes.
        #expect(MemoryLayout<Entry>.stride <= 184)
    }

    @Test func rarePartsReadAsGivenAndAnEntryRidOfThemEqualsOneThatNeverHadThem() throws {
        let plain = try #require(try SessionBuilder.samples()[0].state.entries.first { $0.amendments.isEmpty })
        var entry = plain
        entry.question = "Wat doen we?"
        entry.carriedOver = "2026-03-01-abcd"
        entry.retraction = Retraction(at: plain.at, reason: "dubbel", undo: false)
        entry.amendments = [Amendment(at: plain.at, oldText: "oud", newText: plain.text, seq: plain.seq + 1)]
        #expect(entry.question == "Wat doen we?" && entry.carriedOver == "2026-03-01-abcd")
        #expect(entry.retraction?.reason == "dubbel" && entry.originalText == "oud")
        #expect(entry != plain)
        let copy = entry
        entry.question = nil
        #expect(copy.question == "Wat doen we?", "a copy keeps its own parts")
        (entry.carriedOver, entry.retraction, entry.amendments) = (nil, nil, [])
        #expect(entry == plain)
    }
}
