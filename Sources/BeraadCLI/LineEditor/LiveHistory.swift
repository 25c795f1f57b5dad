import BeraadStore
import Foundation

/// The lines typed in one session's live mode, kept in a private file in the home (`history/ID.txt`) so that Up
/// recalls them after a restart too.
struct LiveHistory {
    /// At most this many lines are recalled.
    static let limit = 500

    let store: SessionStore
    let session: String
    let path: String
    private(set) var lines: [String]

    /// The history of session `id` (`history/ID.txt` in the store's home); an unreadable file is an empty history,
    /// never an error.
    init(store: SessionStore, session id: String) {
        self.store = store
        session = id
        path = store.historyPath(id)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        lines = Array(text.split(separator: "\n").map(String.init).suffix(Self.limit))
    }

    /// Remembers `line`, unless it is empty or the same as the last one; a file that cannot be written is skipped,
    /// since the journal, not the history, is the record. What stands redacted in the session is replaced first:
    /// the history is on disk too.
    mutating func add(_ line: String) {
        var line = line.trimmingWhitespace()
        if let standing = try? store.standingRedaction(session), !standing.isEmpty { line = standing.apply(line).text }
        guard !line.isEmpty, line != lines.last, !line.contains("\n") else { return }
        lines.append(line)
        if lines.count > Self.limit { lines.removeFirst(lines.count - Self.limit) }
        // A history folder that is a link to elsewhere is refused: nothing typed leaves the home.
        guard (try? store.ownFolder("history")) != nil else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        FileDescriptorWriter.write(line + "\n", to: fd)
    }
}
