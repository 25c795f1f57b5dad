import BeraadEngine
import Foundation

/// What makes a home unsafe to trust: folders or journals others may read or write, or that belong to someone
/// else, and symbolic links inside it that would send a write elsewhere.
extension SessionStore {
    /// Problems with the home's folders and the journal of `session`, as warnings; empty when all is private.
    public func safetyWarnings(session: String?) -> [LocalizedText] {
        var paths = [
            home, sessionsDirectory, quarantineDirectory, home + "/history", home + "/boards", snapshotsDirectory,
            indexDirectory,
        ]
        if let session, let journal = try? journalPath(session) { paths.append(journal) }
        var warnings: [LocalizedText] = []
        for path in paths {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK && path != home {
                warnings.append(Catalog.StoreText.homeSymlink(path: path).text)
                continue
            }
            if info.st_mode & (S_IWGRP | S_IWOTH) != 0 {
                warnings.append(Catalog.StoreText.homeWritableByOthers(path: path).text)
            } else if info.st_mode & (S_IRGRP | S_IROTH) != 0 {
                // What is said in a moreel beraad is health and family data: nobody else should read it.
                warnings.append(Catalog.StoreText.homeReadableByOthers(path: path).text)
            }
            if info.st_uid != geteuid() {
                warnings.append(Catalog.StoreText.homeOwnedByOther(path: path).text)
            }
        }
        return warnings
    }

    /// Makes the folder `name` of the home (`boards`, `history`), private, refusing a symbolic link; returns its
    /// path.
    public func ownFolder(_ name: String) throws(StoreError) -> String {
        try ownDirectory(home + "/" + name)
        return home + "/" + name
    }

    /// Makes `path`, a folder inside the home, and refuses it when it is a symbolic link: a write must never
    /// be sent out of the home.
    func ownDirectory(_ path: String) throws(StoreError) {
        try POSIXFile.makeDirectory(path)
        var info = stat()
        if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
            throw .io(path: path, operation: "mkdir", message: String(cString: strerror(ELOOP)))
        }
    }
}
