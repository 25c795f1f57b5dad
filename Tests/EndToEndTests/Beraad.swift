import BeraadTestSupport
import Foundation

/// The built `beraad`, run as a real process against a private temporary home.
final class BeraadProcess: @unchecked Sendable {
    let home: String
    let directory: String

    /// The executable `swift test` built beside the test bundle.
    static let executable: String = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("beraad").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("beraad").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    init() {
        directory = TemporaryFolder.make("beraad-e2e")
        home = directory + "/home"
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    struct Result {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    var environment: [String: String] {
        [
            "BERAAD_HOME": home, "LANG": "C", "PATH": "/usr/bin:/bin", "BERAAD_LOCK_TIMEOUT": "5",
            "TZ": "Europe/Amsterdam",
        ]
    }

    /// Starts `beraad` with `arguments`; output goes to pipes.
    func start(_ arguments: [String], extra: [String: String] = [:], stdin: FileHandle? = nil) throws -> (
        Process, Pipe, Pipe
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.environment = environment.merging(extra) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs `beraad` to the end.
    @discardableResult
    func run(_ arguments: String..., extra: [String: String] = [:]) throws -> Result {
        try run(arguments, extra: extra)
    }

    @discardableResult
    func run(_ arguments: [String], extra: [String: String] = [:]) throws -> Result {
        let (process, out, err) = try start(arguments, extra: extra)
        // Read both pipes to the end before waiting, or a full pipe deadlocks.
        let errData = DispatchQueue.global().sync { () -> Data in
            let group = DispatchGroup()
            nonisolated(unsafe) var errBytes = Data()
            group.enter()
            DispatchQueue.global().async {
                errBytes = err.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
            let outBytes = out.fileHandleForReading.readDataToEndOfFile()
            group.wait()
            return outBytes + Data([0]) + errBytes
        }
        process.waitUntilExit()
        let split = errData.firstIndex(of: 0)!
        return Result(
            code: process.terminationStatus, stdout: String(decoding: errData[..<split], as: UTF8.self),
            stderr: String(decoding: errData[(split + 1)...], as: UTF8.self))
    }

    /// Runs and requires exit 0.
    @discardableResult
    func ok(_ arguments: String...) throws -> String {
        let result = try run(arguments)
        guard result.code == 0 else {
            throw Failure(description: "\(arguments) exited \(result.code): \(result.stderr)")
        }
        return result.stdout
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// The current session's id.
    func currentID() throws -> String {
        try String(contentsOfFile: home + "/current", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `arguments` against a copy of the home without its snapshots: what a full replay of the journals gives.
    func runReplayingWhole(_ arguments: [String]) throws -> Result {
        let copy = directory + "/replaying-whole"
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: home, toPath: copy)
        try? FileManager.default.removeItem(atPath: copy + "/snapshots")
        return try run(arguments, extra: ["BERAAD_HOME": copy])
    }

    /// The bytes of every journal in the home, by file name.
    func journals() -> [String: Data] {
        let folder = home + "/sessions"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var result: [String: Data] = [:]
        for name in names { result[name] = FileManager.default.contents(atPath: folder + "/" + name) }
        return result
    }
}
