import BeraadEngine
import Glibc

/// Where the standing redactions are kept: a list per session, one for every session of the home, and the home's
/// secret they are salted with.
extension SessionStore {
    /// The folder of the lists.
    public var standingDirectory: String { home + "/redactions" }

    /// The list of session `id`.
    public func standingPath(_ id: String) -> String { standingDirectory + "/" + id + ".txt" }

    /// The list that stands in every session of the home, those opened later included. (A session id has no `_`.)
    public var homeStandingPath: String { standingDirectory + "/_every-session.txt" }

    /// The home's secret: 32 random bytes, private, made once.
    public var secretPath: String { home + "/secret" }

    /// The terms that stand in session `id`: its own and the home's. Empty, without the secret being read or made,
    /// when no list exists.
    public func standingRedaction(_ id: String) throws(StoreError) -> StandingRedaction {
        let own = try standingTerms(at: standingPath(id))
        let everywhere = try standingTerms(at: homeStandingPath)
        guard own != nil || everywhere != nil else { return StandingRedaction(salt: []) }
        return StandingRedaction(salt: try secret(), terms: (own ?? []).union(everywhere ?? []))
    }

    /// The terms of the home's own list.
    public func homeStandingRedaction() throws(StoreError) -> StandingRedaction {
        guard let terms = try standingTerms(at: homeStandingPath) else { return StandingRedaction(salt: []) }
        return StandingRedaction(salt: try secret(), terms: terms)
    }

    /// Puts `text` on the list of session `id` (nil: the home's list); false when it stood there already or has no
    /// word. Call it under the session's lock (`erase` does), so that no recording misses it.
    @discardableResult
    public func addStanding(_ text: String, to id: String?) throws(StoreError) -> Bool {
        let path = id.map(standingPath) ?? homeStandingPath
        var list = StandingRedaction(salt: try secret(), terms: try standingTerms(at: path) ?? [])
        guard let term = list.term(for: text), list.insert(term) else { return false }
        try ownDirectory(standingDirectory)
        try POSIXFile.writeAtomically(Array(list.text.utf8), to: path)
        return true
    }

    /// Puts the terms of session `parent`'s own list on the list of `child` (a session convened from it, or its
    /// review), so that what stood in the one stands in the other.
    public func inheritStanding(from parent: String, to child: String) throws(StoreError) {
        guard let terms = try standingTerms(at: standingPath(parent)), !terms.isEmpty else { return }
        let list = StandingRedaction(salt: [], terms: terms.union(try standingTerms(at: standingPath(child)) ?? []))
        try ownDirectory(standingDirectory)
        try POSIXFile.writeAtomically(Array(list.text.utf8), to: standingPath(child))
    }

    /// The terms of the list at `path`; nil when there is none.
    private func standingTerms(at path: String) throws(StoreError) -> Set<StandingRedaction.Term>? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw POSIXFile.error(path, "open")
        }
        defer { close(fd) }
        let bytes = try POSIXFile.readAll(fd, path: path)
        guard let terms = StandingRedaction.terms(in: String(decoding: bytes, as: UTF8.self)) else {
            throw .invalidConfig(
                path: path, line: 1, detail: Catalog.StoreText.standingListDamaged.text)
        }
        return terms
    }

    /// The home's secret, made the first time it is needed: written to a private new file and linked into place,
    /// so that two processes making it at once agree on the one that got there first.
    func secret() throws(StoreError) -> [UInt8] {
        if let existing = try readSecret() { return existing }
        try prepareHome()
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Array((SHA256.hex(bytes) + "\n").utf8)
        let directory = try POSIXFile.openDirectory(beneath: home, [], path: secretPath)
        defer { close(directory) }
        let temporary = ".secret.\(getpid()).tmp"
        try POSIXFile.writeNew(text, in: directory, named: temporary, path: secretPath)
        defer { unlinkat(directory, temporary, 0) }
        if linkat(directory, temporary, directory, "secret", 0) != 0 && errno != EEXIST {
            throw POSIXFile.error(secretPath, "link")
        }
        try POSIXFile.sync(directory, path: home)
        guard let made = try readSecret() else { throw POSIXFile.error(secretPath, "open", ENOENT) }
        return made
    }

    /// The secret as its file holds it (64 hex digits); nil when there is none.
    private func readSecret() throws(StoreError) -> [UInt8]? {
        let fd = open(secretPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw POSIXFile.error(secretPath, "open")
        }
        defer { close(fd) }
        let text = String(decoding: try POSIXFile.readAll(fd, path: secretPath), as: UTF8.self)
        let hex = Array(text.trimmingWhitespace())
        guard hex.count == 64, hex.allSatisfy(\.isHexDigit) else {
            throw .invalidConfig(path: secretPath, line: 1, detail: Catalog.StoreText.secretDamaged.text)
        }
        return stride(from: 0, to: 64, by: 2).map { UInt8(String(hex[$0...$0 + 1]), radix: 16) ?? 0 }
    }
}
