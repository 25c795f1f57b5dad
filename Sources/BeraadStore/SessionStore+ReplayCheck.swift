import BeraadEngine

/// The check every write passes before it reaches the disk: the journal it leaves must replay, so that no command
/// can write a journal that Beraad then refuses to read. `decide` means to guarantee this; the check makes it hold
/// whatever a command assembles around `decide` (opening records, carried-over facts, rewrites).
extension SessionStore {
    /// Checks that `records` replay from the first: a whole journal about to be created or rewritten.
    static func checkReplays(_ records: [Record], path: String) throws(StoreError) {
        var replayer = Replayer()
        for record in records { replayer.apply(record) }
        _ = try replayed(replayer, path: path)
    }

    /// The state `replayer` came to, or the rule a record broke, as `wouldNotReplay`.
    static func replayed(_ replayer: Replayer, path: String) throws(StoreError) -> SessionState {
        do throws(ReplayError) { return try replayer.result() } catch {
            switch JournalContents.storeError(error, path: path) {
            case .impossible(let path, let line, let detail):
                throw .wouldNotReplay(path: path, line: line, detail: detail)
            case let other: throw other
            }
        }
    }
}
