import Foundation
import Testing

/// What only real processes show: kill -9 mid-burst, and two writers at once.
@Suite struct CrashEndToEndTests {
    struct Log: Decodable {
        struct Entry: Decodable {
            var text: String
            var kind: String
        }
        var entries: [Entry]
    }

    @Test func killNineDuringABurstLosesNoAcknowledgedEntry() throws {
        let b = BeraadProcess()
        try b.ok("new", "Burst", "--facilitator", "Mia")
        try b.ok("next")
        var acknowledged: [String] = []
        for index in 0..<60 {
            let text = "vraag \(index)"
            let (process, out, err) = try b.start(["say", "Mia", text])
            // Kill at a different moment each time: before, during or after the write.
            usleep(UInt32((index * 7919) % 80_000))
            // Every sixth command is left to finish, so that some are acknowledged however slow the machine.
            if index % 6 != 1 { kill(process.processIdentifier, SIGKILL) }
            _ = out.fileHandleForReading.readDataToEndOfFile()
            _ = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 { acknowledged.append(text) }
        }
        let result = try b.run("log", "--json")
        #expect(result.code == 0, "\(result.stderr)")
        let texts = try JSONDecoder().decode(Log.self, from: Data(result.stdout.utf8)).entries.map(\.text)
        for text in acknowledged { #expect(texts.contains(text), "\(text) was acknowledged but is gone") }
        #expect(
            !acknowledged.isEmpty && acknowledged.count < 60, "the kills should land both before and after the write")
        // And the journal still takes writes.
        try b.ok("say", "Mia", "na de crash")
    }

    @Test func killNineWhileTheSnapshotIsWrittenNeverChangesWhatACommandSees() throws {
        let b = BeraadProcess()
        try b.ok("new", "Momentopname", "--facilitator", "Mia")
        try b.ok("next")
        for index in 0..<60 { try b.ok("say", "Mia", "Vraag \(index), met wat tekst zodat de momentopname groeit") }
        let id = try b.currentID()
        let snapshot = b.home + "/snapshots/" + id + ".state"
        var acknowledged: [String] = []
        for index in 0..<30 {
            // Every other time without a snapshot, so that the command killed may be writing one whole; else it
            // rewrites the stamp, or the state every 32 records.
            if index % 2 == 0 { try? FileManager.default.removeItem(atPath: snapshot) }
            let text = "Na \(index)"
            let command = index % 3 == 0 ? ["status"] : ["say", "Mia", text]
            let (process, out, err) = try b.start(command)
            usleep(UInt32((index * 7919) % 40_000))
            if index % 5 != 1 { kill(process.processIdentifier, SIGKILL) }
            _ = out.fileHandleForReading.readDataToEndOfFile()
            _ = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationReason == .exit && process.terminationStatus == 0 && command[0] == "say" {
                acknowledged.append(text)
            }
            // The state through whatever snapshot the kill left is the state of a full replay of the journal.
            for read in [["log", "--json"], ["status", "--json"]] {
                let seen = try b.run(read)
                let replayed = try b.runReplayingWhole(read)
                #expect(seen.code == 0 && replayed.code == 0, "\(seen.stderr) \(replayed.stderr)")
                // The time spent in the round is counted to each process's own now.
                let elapsed = /"elapsedSeconds" *: *\d+/
                #expect(
                    seen.stdout.replacing(elapsed, with: "") == replayed.stdout.replacing(elapsed, with: ""),
                    "\(read) after kill \(index)")
            }
        }
        let texts = try JSONDecoder().decode(Log.self, from: Data(try b.ok("log", "--json").utf8)).entries.map(\.text)
        for text in acknowledged { #expect(texts.contains(text), "\(text) was acknowledged but is gone") }
        let left = try FileManager.default.contentsOfDirectory(atPath: b.home + "/snapshots")
        #expect(Set(left).isSubset(of: [id + ".state", "." + id + ".state.tmp"]), "\(left)")
        try b.ok("say", "Mia", "na de crash")
    }

    @Test func readersAndWritersMakingTheSnapshotAtOnceAllSeeTheJournal() throws {
        let b = BeraadProcess()
        try b.ok("new", "Samen", "--facilitator", "Mia")
        try b.ok("next")
        for index in 0..<40 { try b.ok("say", "Mia", "Vraag \(index)") }
        let id = try b.currentID()
        for round in 0..<4 {
            // Six readers and two writers at once, none finding a snapshot: each may write one.
            try? FileManager.default.removeItem(atPath: b.home + "/snapshots/" + id + ".state")
            var started: [(Process, Pipe, Pipe)] = []
            for index in 0..<8 {
                let command = index < 6 ? ["log", "--json"] : ["say", "Mia", "Samen \(round).\(index)"]
                started.append(try b.start(command))
            }
            var logs: [String] = []
            for (index, (process, out, err)) in started.enumerated() {
                let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                _ = err.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                if index < 6 { logs.append(text) }
            }
            // Each reader saw the journal before, between or after the two writes: a prefix of what it holds now.
            let now = try b.ok("log", "--json")
            func texts(_ json: String) throws -> [String] {
                try JSONDecoder().decode(Log.self, from: Data(json.utf8)).entries.map(\.text)
            }
            let all = try texts(now)
            for log in logs {
                let seen = try texts(log)
                #expect(seen.count >= all.count - 2 && Array(all.prefix(seen.count)) == seen)
            }
            #expect(try b.runReplayingWhole(["log", "--json"]).stdout == now)
        }
    }

    @Test func killNineDuringRedactLeavesTheOldJournalOrTheNewOneWhole() throws {
        let b = BeraadProcess()
        try b.ok("new", "Wissen", "--facilitator", "Mia")
        try b.ok("next")
        // A journal of some size, so that the rewrite takes a while, and a name for each round to erase.
        let rounds = 30
        for index in 0..<120 { try b.ok("say", "Mia", "Vraag \(index) over Naam\(index % rounds)x en de buurt") }
        let id = try b.currentID()
        let journal = b.home + "/sessions/" + id + ".jsonl"
        func count(_ name: String) throws -> Int {
            try String(contentsOfFile: journal, encoding: .utf8).components(separatedBy: name).count - 1
        }
        var erased = 0
        var kept = 0
        for index in 0..<rounds {
            let name = "Naam\(index)x"
            let before = try count(name)
            let (process, out, err) = try b.start(["redact", name])
            usleep(UInt32((index * 7919) % 60_000))
            if index % 5 != 2 { kill(process.processIdentifier, SIGKILL) }
            _ = out.fileHandleForReading.readDataToEndOfFile()
            _ = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let acknowledged = process.terminationReason == .exit && process.terminationStatus == 0
            // Whatever the moment of the kill: the journal verifies, and holds the name everywhere or nowhere.
            let verified = try b.run("verify")
            #expect(verified.code == 0, "\(verified.stdout) \(verified.stderr)")
            let after = try count(name)
            #expect(after == 0 || after == before, "\(name): \(after) of \(before) left")
            if acknowledged { #expect(after == 0, "\(name) was erased, but is still there") }
            if after == 0 { erased += 1 } else { kept += 1 }
        }
        #expect(erased > 0 && kept > 0, "the kills should land both before and after the rename")
        // The journal takes writes and erasures after it all.
        try b.ok("say", "Mia", "na de crash")
        try b.ok("redact", "buurt")
        #expect(try count("buurt") == 0)
    }

    @Test func filesStayPrivateWhateverTheUmask() throws {
        let b = BeraadProcess()
        let script = """
            umask 000
            "$0" new Privé --facilitator Mia >/dev/null 2>&1 && "$0" join Anna >/dev/null 2>&1 \
                && "$0" board >/dev/null 2>&1 && "$0" export --output export.jsonl >/dev/null 2>&1
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, BeraadProcess.executable]
        process.environment = b.environment
        process.currentDirectoryURL = URL(fileURLWithPath: b.directory)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        var paths = [
            b.home, b.home + "/sessions", b.home + "/boards", b.directory + "/export.jsonl", b.home + "/current",
        ]
        paths += try FileManager.default.contentsOfDirectory(atPath: b.home + "/sessions").map {
            b.home + "/sessions/" + $0
        }
        for path in paths {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
            #expect(mode == 0o600 || mode == 0o700, "\(path) is \(String(mode, radix: 8))")
        }
    }

    @Test func twoProcessesAppending200EachLeave400InOrder() throws {
        let b = BeraadProcess()
        try b.ok("new", "Druk", "--facilitator", "Mia")
        try b.ok("join", "Anna")
        try b.ok("next")
        let script = """
            for i in $(seq 1 200); do "$0" say "$1" "$1 $i" || exit 1; done
            """
        var processes: [Process] = []
        for name in ["Mia", "Anna"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, BeraadProcess.executable, name]
            process.environment = b.environment.merging(["BERAAD_LOCK_TIMEOUT": "60"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let log = try JSONDecoder().decode(Log.self, from: Data(try b.ok("log", "--json").utf8))
        // Besides the 400 notes, the log lists Mia's and Anna's joining.
        #expect(log.entries.count == 402 && log.entries.filter { $0.kind == "joined" }.count == 2)
        for name in ["Mia", "Anna"] {
            #expect(log.entries.map(\.text).filter { $0.hasPrefix(name + " ") } == (1...200).map { "\(name) \($0)" })
        }
    }
}
