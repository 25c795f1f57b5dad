import Foundation
import Testing

/// What only real processes show: kill -9 mid-burst, and two writers at once.
@Suite struct CrashEndToEndTests {
    struct Log: Decodable {
        struct Entry: Decodable { var text: String }
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
        #expect(log.entries.count == 400)
        for name in ["Mia", "Anna"] {
            #expect(log.entries.map(\.text).filter { $0.hasPrefix(name + " ") } == (1...200).map { "\(name) \($0)" })
        }
    }
}
