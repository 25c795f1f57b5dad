import BeraadEngine
import Glibc

/// A session's head held in memory between one process's appends (the live mode's), so that recording a line costs
/// what the line records, not what the session holds: no snapshot is decoded, and the state is changed in place.
///
/// It is used only while the journal is exactly the file the last append left: the same device and inode, length
/// and modification time (the snapshot's own test). Anything else — another process's write, an erasure, an edit —
/// and the head is read from the disk as always. The holder must not keep a copy of `state` across an append, or
/// the append copies the state instead of changing it.
public final class HeldHead: @unchecked Sendable {
    /// While a head is held, the snapshot's state is written again once this many records lie beyond it (its stamp
    /// is kept up to date after every append): a reader in another process replays at most these.
    static let snapshotInterval = 1024

    private var held: (id: String, stamp: Stamp, head: JournalHead)?

    public init() {}

    /// The state held for session `id`, if the journal is still the file it was held for; else nothing is held.
    public func state(of id: String) -> SessionState? {
        guard let current = held, current.id == id else { return nil }
        let fd = open(current.head.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        defer { if fd >= 0 { close(fd) } }
        guard fd >= 0, Stamp(fd) == current.stamp else {
            held = nil
            return nil
        }
        return current.head.state
    }

    /// The held head of `id`, taken out (nothing is held after), if the journal open at `fd` is still the file it
    /// was held for.
    func take(_ id: String, fd: Int32) -> JournalHead? {
        guard let current = held, current.id == id, let stamp = Stamp(fd), stamp == current.stamp else { return nil }
        held = nil
        return current.head
    }

    /// Holds `head` of `id`, for the journal open at `fd` as it is now.
    func keep(_ head: JournalHead, of id: String, fd: Int32) {
        guard let stamp = Stamp(fd) else {
            held = nil
            return
        }
        held = (id, stamp, head)
    }

    /// What tells one version of a journal's file from another.
    struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var length: Int
        var modified: Int64

        init?(_ fd: Int32) {
            var info = stat()
            guard fstat(fd, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            length = Int(info.st_size)
            modified = SessionStore.modified(info)
        }
    }
}

extension SessionStore {
    /// Reads session `id`'s head under a shared lock and holds it in `held`; its state.
    public func hold(_ id: String, in held: HeldHead) throws(StoreError) -> SessionState {
        let path = try journalPath(id)
        let fd = try openLocked(id, path: path, flags: O_RDONLY, exclusive: false)
        defer { close(fd) }
        let head = try head(fd, id: id, path: path)
        let state = try head.session()
        held.keep(head, of: id, fd: fd)
        return state
    }
}
