import Foundation
import Glibc

/// Thin, checked wrappers over the system calls the journal needs (LINUX-IO.md says why each is done this way).
enum POSIXFile {
    static func error(_ path: String, _ operation: String, _ code: Int32 = errno) -> StoreError {
        .io(path: path, operation: operation, message: String(cString: strerror(code)))
    }

    /// Opens `path` with `flags` (always close-on-exec and never through a symbolic link).
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(StoreError) -> Int32 {
        let fd = Glibc.open(path, flags | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw error(path, "open") }
        return fd
    }

    /// Writes all of `bytes`, retrying short writes and interrupts.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                // The loop runs only while bytes remain, so the buffer has an address.
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw error(path, "write")
            }
            offset += written
        }
    }

    /// Flushes the file to the disk; a failure is final (no retry that could claim success).
    static func sync(_ fd: Int32, path: String) throws(StoreError) {
        guard fsync(fd) == 0 else { throw error(path, "fsync") }
    }

    /// Flushes a directory entry change (a created or renamed file) to the disk.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try sync(fd, path: path)
    }

    /// Opens `relative` (such as `sessions/x.jsonl`) beneath the folder `home` without following a symbolic link
    /// at any step: each folder is opened from the one before it (`openat`, `O_NOFOLLOW`), so nothing swapped in
    /// for a folder of the home can send a read or a write elsewhere. The home itself may be a link.
    static func open(beneath home: String, _ relative: String, _ flags: Int32, mode: mode_t = 0o600)
        throws(StoreError) -> Int32
    {
        let full = home + "/" + relative
        let parts = relative.split(separator: "/").map(String.init)
        guard let last = parts.last else { throw error(full, "open", EINVAL) }
        let directory = try openDirectory(beneath: home, parts.dropLast(), path: full)
        defer { close(directory) }
        let fd = openat(directory, last, flags | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw error(full, "open") }
        return fd
    }

    /// The folder `parts` beneath `home`, opened step by step without following a link; the caller closes it.
    static func openDirectory(beneath home: String, _ parts: ArraySlice<String>, path: String) throws(StoreError)
        -> Int32
    {
        var directory = Glibc.open(home, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw error(path, "open") }
        for part in parts {
            let next = openat(directory, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let code = errno
            close(directory)
            guard next >= 0 else {
                errno = code
                throw error(path, "open", code)
            }
            directory = next
        }
        return directory
    }

    /// Creates the file `name` in the open folder `directory` (never over an existing one, never through a link),
    /// private, with `bytes` written and fsynced; on failure nothing of it is left. Errors name `path`.
    static func writeNew(_ bytes: [UInt8], in directory: Int32, named name: String, path: String) throws(StoreError) {
        let fd = openat(directory, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw error(path, "open") }
        do {
            try writeAll(fd, bytes, path: path)
            try sync(fd, path: path)
        } catch {
            close(fd)
            unlinkat(directory, name, 0)
            throw error
        }
        close(fd)
    }

    /// Reads the whole file from offset 0, in one piece of the size `fstat` gives.
    static func readAll(_ fd: Int32, path: String) throws(StoreError) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw error(path, "fstat") }
        var result = try read(fd, at: 0, count: Int(info.st_size), path: path)
        // A file that grew meanwhile (read without a lock) is read to its end.
        while result.count >= Int(info.st_size) {
            let more = try read(fd, at: result.count, count: 1 << 16, path: path)
            if more.isEmpty { break }
            result += more
        }
        return result
    }

    /// Reads from offset 0 up to the first newline (not included), or the whole file if it has none.
    static func readFirstLine(_ fd: Int32, path: String) throws(StoreError) -> [UInt8] {
        let pieceSize = 1 << 16
        var result: [UInt8] = []
        while true {
            let piece = try read(fd, at: result.count, count: pieceSize, path: path)
            if let end = piece.firstIndex(of: UInt8(ascii: "\n")) { return result + piece[..<end] }
            result += piece
            // A short piece is the end of the file.
            if piece.count < pieceSize { return result }
        }
    }

    /// Reads `count` bytes from `offset`, or fewer where the file ends first.
    static func read(_ fd: Int32, at offset: Int, count: Int, path: String) throws(StoreError) -> [UInt8] {
        guard count > 0 else { return [] }
        var failure: Int32 = 0
        let result = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let got = pread(fd, buffer.baseAddress! + initialized, count - initialized, off_t(offset + initialized))
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                initialized += got
            }
        }
        if failure != 0 { throw error(path, "read", failure) }
        return result
    }

    /// Whether the file open at `fd` is still the one `path` names (not replaced or removed meanwhile).
    static func isNamed(_ fd: Int32, _ path: String) -> Bool {
        var held = stat()
        var named = stat()
        return fstat(fd, &held) == 0 && lstat(path, &named) == 0 && held.st_ino == named.st_ino
            && held.st_dev == named.st_dev
    }

    /// Takes a `flock` on `fd`, waiting at most `timeout` seconds.
    static func lock(_ fd: Int32, exclusive: Bool, timeout: Double, path: String) throws(StoreError) {
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        let deadline = Date().addingTimeInterval(timeout)
        // `struct flock` shadows the function; naming the function type picks the function.
        let flockCall: (Int32, Int32) -> Int32 = flock
        while flockCall(fd, operation) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else { throw error(path, "flock", code) }
            if Date() >= deadline { throw .locked(path: path, seconds: timeout) }
            usleep(5_000)
        }
    }

    /// Creates `path` as a private directory if it is not there, with its parents.
    static func makeDirectory(_ path: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw error(path, "mkdir", ENOTDIR) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw error(path, "mkdir") }
    }

    /// Replaces `path` with `bytes` so that a reader sees the old or the new file, never a part: a private
    /// temporary file, fsync, rename, fsync of the directory. Only for derived files, never a journal.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
        // A folder (`..`, `out/`) is no file to write: said before anything is written.
        var info = stat()
        if path.hasSuffix("/") || (stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR) {
            throw error(path, "write", EISDIR)
        }
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = directory + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
        // Errors name the file being written, not the temporary one beside it.
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw error(path, "open") }
        do {
            try writeAll(fd, bytes, path: path)
            try sync(fd, path: path)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let failure = error(path, "rename")
            unlink(temporary)
            throw failure
        }
        try syncDirectory(directory)
    }
}
