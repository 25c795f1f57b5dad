/// Writing derived files (minutes, exports) the safe way: private, whole or not at all.
public enum PrivateFile {
    /// Replaces `path` with `text`: a 0600 temporary file, fsync, rename, fsync of the folder.
    public static func write(_ text: String, to path: String) throws(StoreError) {
        try POSIXFile.writeAtomically(Array(text.utf8), to: path)
    }

    /// Replaces `path` with `bytes`, the same way.
    public static func write(bytes: [UInt8], to path: String) throws(StoreError) {
        try POSIXFile.writeAtomically(bytes, to: path)
    }

    /// Creates `path` as a private folder (0700) with its parents, if it is not there.
    public static func makeDirectory(_ path: String) throws(StoreError) {
        try POSIXFile.makeDirectory(path)
    }
}
