import Foundation
import Testing

/// `beraad run` as a process: a pipe as standard input, end of input, and Ctrl-C.
@Suite struct LiveModeEndToEndTests {
    @Test func aTranscriptOnStandardInputIsRecordedLineByLine() throws {
        let b = BeraadProcess()
        try b.ok("new", "Live", "--facilitator", "Mia")
        let transcript = b.directory + "/meeting.txt"
        try "/join Anna --role inbrenger\n/next\n/case Meneer K.\nAnna: Sinds wanneer?\n".write(
            toFile: transcript, atomically: true, encoding: .utf8)
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: transcript))
        let (process, out, err) = try b.start(["run"], stdin: input)
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("Round 2/8: The case") && output.contains("Everything is saved"))
        #expect(!output.contains("›"))
        #expect(try b.ok("log").contains("Anna: Sinds wanneer?"))
    }

    @Test func ctrlCEndsTheRunCleanlyAndNothingAcceptedIsLost() throws {
        let b = BeraadProcess()
        try b.ok("new", "Live", "--facilitator", "Mia")
        let pipe = Pipe()
        let (process, out, err) = try b.start(["run"], stdin: pipe.fileHandleForReading)
        pipe.fileHandleForWriting.write(Data("/join Anna --role inbrenger\nMia: afspraak gemaakt\n".utf8))
        // Wait until both lines are in the journal, then interrupt while the run waits for the next line.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !(try b.ok("log").contains("afspraak gemaakt")) { usleep(20_000) }
        kill(process.processIdentifier, SIGINT)
        // A run that ignored Ctrl-C would hang the suite: give it ten seconds, then fail.
        let stop = Date().addingTimeInterval(10)
        while process.isRunning && Date() < stop { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("beraad run did not end on SIGINT")
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? pipe.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(output.contains("Interrupted"))
        // Running again continues where it stopped.
        let again = try b.run("status")
        #expect(again.stdout.contains("Anna (case presenter)"))
        #expect(try b.ok("log").contains("Mia: [vertrouwelijkheid] afspraak gemaakt") == false)
        #expect(try b.ok("log").contains("Mia: afspraak gemaakt"))
    }
}

/// The completion script in a real bash.
@Suite struct CompletionEndToEndTests {
    @Test func sourcingTheBashScriptCompletesParticipantNames() throws {
        let b = BeraadProcess()
        try b.ok("new", "x", "--facilitator", "Mia de Wit")
        try b.ok("join", "Sanne de Boer")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            #"source <(beraad completions bash); COMP_WORDS=(beraad say S); COMP_CWORD=2; _beraad; printf '%s\n' "${COMPREPLY[@]}""#,
        ]
        let folder = URL(fileURLWithPath: BeraadProcess.executable).deletingLastPathComponent().path
        process.environment = b.environment.merging(["PATH": folder + ":/usr/bin:/bin"]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "Sanne\\ de\\ Boer\n")
    }
}
