import BeraadEngine

/// What can go wrong with the files behind the sessions.
public enum StoreError: Error, Equatable, Sendable {
    /// A system call failed.
    case io(path: String, operation: String, message: String)
    /// A journal line other than a torn last one does not read.
    case damaged(path: String, line: Int, detail: LocalizedText)
    /// A journal line was written by a newer beraad.
    case newerFormat(path: String, line: Int, error: RecordDecodingError)
    /// Another process held the lock for longer than the wait.
    case locked(path: String, seconds: Double)
    /// No session with this id.
    case sessionNotFound(id: String)
    /// A session with this id exists already.
    case sessionExists(id: String)
    /// The text cannot be a session id.
    case invalidSessionID(id: String)
    /// No current session has been chosen.
    case noCurrentSession
    /// A write failed and could not be undone: the last entry may or may not be on disk, and the session takes
    /// no more writes until `marker` is removed.
    case unsure(path: String, marker: String)
    /// As `unsure`, but the marker could not be written either: the journal was made read-only instead (`guarded`),
    /// or not even that worked.
    case unsureUnmarked(path: String, guarded: Bool)
    /// A journal reads, but no `beraad` could have written it (its protocol breaks a rule, …).
    case impossible(path: String, line: Int, detail: LocalizedText)
    /// A session of this id exists here and is not the journal being imported, nor its beginning.
    case sessionDiffers(id: String)
    /// The records a command would write break a rule replay holds every journal to: written, the journal could
    /// not be read back. Nothing was written.
    case wouldNotReplay(path: String, line: Int, detail: LocalizedText)
    /// A line of the home's config file does not read.
    case invalidConfig(path: String, line: Int, detail: LocalizedText)
}

extension StoreError {
    /// The journal at `path` holds session `other`, not the one its file is named for: no beraad writes a
    /// session's records under another's name.
    static func otherSession(path: String, other: String) -> StoreError {
        .impossible(path: path, line: 1, detail: Catalog.localized(.journal(.otherSession(id: other))))
    }
}
