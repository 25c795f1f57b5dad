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

    /// Whether any of these entries meets `predicate`, each looked at where it is.
    func containsEntry(where predicate: (Entry) -> Bool) -> Bool {
        places.contains { predicate(entries[$0]) }
    }
}

extension Collection<Entry> {
    /// The entries that meet `predicate`, each made into a `T` as it is read: no copy of the entries first, and
    /// none of an entry `predicate` passes over (each is looked at where it is, by its index).
    func mapping<T>(where predicate: (Entry) -> Bool, _ transform: (Entry) -> T) -> [T] {
        var result: [T] = []
        // A long list is made in one piece: grown as it is made, it would be held twice for a moment at each
        // doubling. The room is for all the entries there are; what the list does not fill is never touched, and
        // costs address space, not memory (an allocation that large is mapped page by page).
        if count > 1024 { result.reserveCapacity(count) }
        for index in indices where predicate(self[index]) { result.append(transform(self[index])) }
        return result
    }
}
