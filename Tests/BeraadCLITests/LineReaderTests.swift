import Foundation
import Testing

@testable import BeraadCLI
@testable import BeraadStore

/// What `beraad run` reads from a pipe: a line ends at `\n`, `\r\n` or a bare `\r`; a byte-order mark is dropped; a
/// line longer than 64 KiB is refused and the rest is read on.
@Suite struct LineReaderTests {
    static func lines(_ bytes: [UInt8], chunked: Int? = nil) -> [(String, Bool)] {
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        let out = fds[1]
        let writer = Thread {
            var offset = 0
            let step = chunked ?? bytes.count
            while offset < bytes.count {
                let end = min(bytes.count, offset + max(step, 1))
                _ = bytes[offset..<end].withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
                offset = end
            }
            close(out)
        }
        writer.start()
        let reader = LineReader(fd: fds[0])
        var result: [(String, Bool)] = []
        while let line = reader.next() { result.append((line, reader.lastWasTooLong)) }
        close(fds[0])
        return result
    }

    @Test func everyLineEndEndsALineAndABOMIsDropped() {
        let text = Array("\u{FEFF}Anna: een\rBram: twee\r\nCarla: drie\nDirk: vier".utf8)
        for chunk in [nil, 1, 3] as [Int?] {
            let read = Self.lines(text, chunked: chunk).map(\.0)
            #expect(read == ["Anna: een", "Bram: twee", "Carla: drie", "Dirk: vier"], "\(String(describing: chunk))")
        }
    }

    @Test func aLineOverTheLimitIsRefusedAndTheRestIsReadOn() {
        let long = Array("Anna: ".utf8) + [UInt8](repeating: 0x78, count: 1024 * 1024)
        let read = Self.lines(long + Array("\nBram: daarna\n".utf8), chunked: 65536)
        #expect(read.count == 2)
        #expect(read[0].1 && read[0].0.hasPrefix("Anna: xxx") && read[0].0.utf8.count <= 80)
        #expect(read[1] == ("Bram: daarna", false))
    }

    @Test func theLiveModeRefusesTheLongLineAndRecordsTheNext() throws {
        let h = try Harness.meeting(upTo: "casus")
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        let bytes = Array("Bram: ".utf8) + [UInt8](repeating: 0x79, count: 70 * 1024) + Array("\rCarla: kort\n".utf8)
        let out = fds[1]
        let writer = Thread {
            _ = bytes.withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
            close(out)
        }
        writer.start()
        let reader = LineReader(fd: fds[0])
        var input = CLIInput(readLine: { reader.next() }, isTerminal: false)
        input.lastLineWasTooLong = { reader.lastWasTooLong }
        h.input = input
        let result = h.run("run")
        close(fds[0])
        #expect(result.stderr.contains("longer than 64 KiB"), "\(result.stderr)")
        let log = try h.ok("log")
        #expect(log.contains("Carla: kort") && !log.contains("yyyy"))
    }
}

/// Small refusals of issue 24: said clearly, once, and before anything is written.
@Suite struct HardeningTests {
    @Test func anEmptyBeraadSessionIsRefusedAsAnEmptySessionOptionIs() throws {
        let h = try Harness.meeting(upTo: "casus")
        h.variables["BERAAD_SESSION"] = ""
        let before = h.journal()
        let refused = h.run("say", "Bram", "x")
        #expect(refused.code == 64 && refused.stderr.contains("BERAAD_SESSION"), "\(refused)")
        #expect(h.journal() == before)
    }

    @Test func anEmptyOrWrongLockTimeoutIsWarnedAboutOnce() throws {
        let h = try Harness.meeting(upTo: "casus", lang: "nl")
        for value in ["", "abc"] {
            h.variables["BERAAD_LOCK_TIMEOUT"] = value
            let result = h.run("status")
            #expect(result.stderr.components(separatedBy: "BERAAD_LOCK_TIMEOUT").count == 2, "\(result.stderr)")
            #expect(!result.stderr.contains("warning:"), "one language: \(result.stderr)")
        }
    }

    @Test func aFolderOrADeviceIsNoFileToWriteOrToRead() throws {
        let h = try Harness.meeting(upTo: "casus")
        let board = h.run("board", "--output", "..")
        #expect(board.code == 74 && board.stderr.contains("Is a directory"), "\(board)")
        let minutes = h.run("minutes", "--output", h.directory + "/")
        #expect(minutes.code == 74)
        let verify = h.run("verify", "--minutes", "/dev/null")
        #expect(verify.code == 64 && verify.stderr.contains("not a regular file"), "\(verify)")
        #expect(h.run("import", "/dev/null").code == 64)
        #expect(h.run("import", h.directory).code == 64)
    }
}

/// A journal with a record nested a hundred thousand deep (checksum and chain valid) takes no listing down.
@Suite struct HostileJournalTests {
    @Test func everyArchiveWideCommandSkipsAHostileJournalWithAWarning() throws {
        let h = Harness(lang: "nl")
        try h.ok("nieuw", "Gewoon", "--gespreksleider", "Mia")
        try h.ok("nieuw", "Vijandig", "--gespreksleider", "Mia")
        let path = h.home + "/sessions/\(h.currentID).jsonl"
        let bytes = Array(FileManager.default.contents(atPath: path)!)
        let lines = bytes.split(separator: UInt8(ascii: "\n")).map(Array.init)
        let last = lines.last!
        let prevStart = last.firstRange(of: Array(#""prev":""#.utf8))!.upperBound
        let previous = Array(last[prevStart..<(prevStart + 64)])
        let recStart = last.firstRange(of: Array(#""rec":"#.utf8))!.upperBound
        var rec = Array(last[recStart..<(last.count - 2)])
        rec +=
            Array(#","x":"#.utf8) + [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
            + [UInt8](repeating: UInt8(ascii: "]"), count: 100_000) + [UInt8(ascii: "}")]
        let line = JournalLine.frame(rec: rec, previous: previous)
        let journal = lines.dropLast().flatMap { $0 + [UInt8(ascii: "\n")] } + line
        #expect(FileManager.default.createFile(atPath: path, contents: Data(journal)))
        let listed = h.run("sessies", "--alle")
        #expect(listed.code == 0 && listed.stdout.contains("Gewoon") && !listed.stderr.isEmpty, "\(listed)")
        #expect(h.run("acties").code == 0 && h.run("agenda").code == 0 && h.run("signalen").code == 0)
        let verified = h.run("controleer", "--alle")
        #expect(verified.code == 74 && verified.stdout.contains("in orde"), "\(verified)")
        #expect(verified.stdout.contains("het document is te diep genest"), "\(verified)")
        #expect(h.run("status").code == 65)
        #expect(h.run("importeer", path).code == 65)
    }
}
