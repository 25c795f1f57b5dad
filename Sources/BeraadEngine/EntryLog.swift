import Foundation

/// A session's entries in the order of their records. The ones a snapshot holds can stay there until something
/// reads them (`DeferredEntries`): recording a contribution appends one and never reads the thousands before it,
/// so that it costs the same in a long session as in a short one. Whatever reads an entry reads it as a full replay
/// gives it: the deferred ones are brought in on first reading, once.
public struct EntryLog: Sendable {
    /// The entries before `recent` that are still kept elsewhere, or nil once every entry is here.
    public private(set) var deferred: DeferredEntries?
    /// Every entry when none is deferred; else the ones after the deferred ones.
    private var recent: [Entry]

    public init(_ entries: [Entry] = []) {
        recent = entries
    }

    /// The log of `deferred`, with nothing after them yet.
    public init(deferred: DeferredEntries) {
        self.deferred = deferred.count > 0 ? deferred : nil
        recent = []
    }

    /// The entries after the deferred ones (every entry when none is deferred): what is new since the snapshot.
    public var recentEntries: [Entry] { recent }

    /// The id of the last entry, read from neither the deferred entries nor any other.
    public var lastID: EntryID? { recent.last?.id ?? deferred?.lastID }

    /// Appends `entry`, which comes after every entry there is: the deferred ones stay where they are.
    public mutating func append(_ entry: Entry) {
        recent.append(entry)
    }

    /// Brings the deferred entries in: before many passes over them (each read of a deferred entry takes a lock),
    /// and so that one of them can be changed.
    public mutating func materialize() {
        guard deferred != nil else { return }
        // Held by this log alone, the deferred entries are moved out, not copied: a long session's entries are
        // then never in memory twice.
        var entries = isKnownUniquelyReferenced(&deferred!) ? deferred!.take() : deferred!.entries
        deferred = nil
        entries += recent
        recent = entries
    }

    /// The entry with `id`. Entries are in the order of their records, so found by halving; one recorded after the
    /// deferred ones is found among the recent ones without reading the others.
    public func entry(_ id: EntryID) -> Entry? {
        if let deferred, let last = deferred.lastID, id.seq > last.seq {
            return Self.halving(recent, for: id)
        }
        return Self.halving(self, for: id)
    }

    private static func halving<Entries: RandomAccessCollection<Entry>>(_ entries: Entries, for id: EntryID) -> Entry?
    where Entries.Index == Int {
        var low = entries.startIndex
        var high = entries.endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if entries[middle].seq < id.seq { low = middle + 1 } else { high = middle }
        }
        return low < entries.endIndex && entries[low].id == id ? entries[low] : nil
    }
}

extension EntryLog: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { (deferred?.count ?? 0) + recent.count }

    public subscript(position: Int) -> Entry {
        // Lent, not copied: an entry holds a dozen references, and the minutes look at every entry several times
        // for one field or two.
        _read {
            if let deferred {
                if position < deferred.count {
                    yield deferred.entries[position]
                } else {
                    yield recent[position - deferred.count]
                }
            } else {
                yield recent[position]
            }
        }
        set {
            materialize()
            recent[position] = newValue
        }
    }
}

extension EntryLog: Equatable {
    public static func == (lhs: EntryLog, rhs: EntryLog) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension EntryLog: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Entry...) {
        self.init(elements)
    }
}

/// Entries kept elsewhere (the snapshot's), read the first time anything needs them and then kept.
public final class DeferredEntries: @unchecked Sendable {
    /// How many entries there are.
    public let count: Int
    /// The id of the last of them: an entry after it is found without reading them.
    public let lastID: EntryID?
    /// Where they are, as the one who deferred them knows it (the store writes a snapshot's entries out again
    /// without reading them).
    public let origin: (any Sendable)?
    private let load: @Sendable () -> [Entry]
    /// Guards `loaded`: a state is `Sendable`, and two threads may read the same entries first.
    private let lock = NSLock()
    private var loaded: [Entry]?

    /// Entries `load` reads when first needed; it must give exactly `count` of them, the last with `lastID`.
    public init(count: Int, lastID: EntryID?, origin: (any Sendable)? = nil, load: @escaping @Sendable () -> [Entry]) {
        self.count = count
        self.lastID = lastID
        self.origin = origin
        self.load = load
    }

    /// The entries, read on the first call.
    public var entries: [Entry] {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let read = load()
        loaded = read
        return read
    }

    /// The entries, given up: for the only holder, which keeps them from now on.
    fileprivate func take() -> [Entry] {
        lock.lock()
        defer { lock.unlock() }
        defer { loaded = nil }
        return loaded ?? load()
    }

    /// Whether they have been read.
    public var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return loaded != nil
    }
}
