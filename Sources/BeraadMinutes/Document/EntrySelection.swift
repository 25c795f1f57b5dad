import BeraadEngine

/// Some of a session's entries, in order, by their places in `entries`: what the minutes go over round by round,
/// narrowed step by step without copying an entry (a long session's entries are tens of megabytes).
struct EntrySelection: RandomAccessCollection {
    let entries: EntryLog
    let places: [Int]

    var startIndex: Int { places.startIndex }
    var endIndex: Int { places.endIndex }
    subscript(position: Int) -> Entry { entries[places[position]] }

    /// Those of these entries that meet `predicate`.
    func selecting(_ predicate: (Entry) -> Bool) -> EntrySelection {
        EntrySelection(entries: entries, places: places.filter { predicate(entries[$0]) })
    }

    /// The standing entries of each round of `state`, by round id.
    static func byRound(_ state: SessionState) -> [String: EntrySelection] {
        state.liveEntryPlacesByRound.mapValues { EntrySelection(entries: state.entries, places: $0) }
    }
}

extension Sequence<Entry> {
    /// The entries that meet `predicate`, each made into a `T` as it is read: no copy of the entries first.
    func mapping<T>(where predicate: (Entry) -> Bool, _ transform: (Entry) -> T) -> [T] {
        var result: [T] = []
        // A long list is made in one piece: grown as it is made, it would be held twice for a moment at each
        // doubling. The room is for all the entries there are; what the list does not fill is never touched, and
        // costs address space, not memory (an allocation that large is mapped page by page).
        if underestimatedCount > 1024 { result.reserveCapacity(underestimatedCount) }
        for entry in self where predicate(entry) { result.append(transform(entry)) }
        return result
    }
}
