import Foundation
import Testing

/// Every exit code of CLI.md, provoked through the real binary, with the journal unchanged on failure.
@Suite struct ExitCodeTests {
    func meeting() throws -> BeraadProcess {
        let b = BeraadProcess()
        try b.ok("new", "Test", "--facilitator", "Mia")
        try b.ok("join", "Anna", "--role", "inbrenger")
        return b
    }

    @Test func zeroAndOne() throws {
        let b = try meeting()
        let before = b.journals()
        let result = try b.run("next", "--force", "--reason", "x")
        #expect(result.code == 0)
        let refused = try b.run("next")
        #expect(refused.code == 1 && refused.stderr.hasPrefix("error: round 'The case' is not finished"))
        #expect(b.journals().count == before.count)
    }

    @Test(arguments: [
        ["positon"], ["say"], ["next", "--frce"], ["say", "Anna", "x", "--kind", "vote"], ["use", "a/b"],
    ])
    func sixtyFourForUsage(_ arguments: [String]) throws {
        let b = try meeting()
        let before = b.journals()
        let result = try b.run(arguments)
        #expect(result.code == 64)
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("--help' for more information."))
        #expect(b.journals() == before)
    }

    @Test func sixtyFiveForAnInvalidProtocolFile() throws {
        let b = try meeting()
        let file = b.directory + "/kapot.json"
        try #"{"id":"kapot","version":1}"#.write(toFile: file, atomically: true, encoding: .utf8)
        let before = b.journals()
        let result = try b.run("new", "x", "--protocol", file)
        #expect(result.code == 65)
        #expect(result.stderr.contains("kapot.json:1:1: $: required field 'title' is missing"))
        #expect(b.journals() == before)
        let lint = try b.run("protocols", "lint", file)
        #expect(lint.code == 65 && lint.stderr.contains("kapot.json:1:1: error: $: required field 'title' is missing"))
    }

    @Test func sixtyFiveForAJournalFromANewerBeraad() throws {
        let b = try meeting()
        let path = b.home + "/sessions/" + b.journals().keys.first!
        let rec = #"{"at":"2099-01-01T00:00:00Z","data":{},"seq":4,"type":"voteCast","v":1}"#
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((#"{"crc":""# + crc(rec) + #"","rec":"# + rec + "}\n").utf8))
        try handle.close()
        let before = b.journals()
        let result = try b.run("status")
        #expect(result.code == 65 && result.stderr.contains("voteCast"))
        #expect(try b.run("join", "Bram").code == 65)
        #expect(b.journals() == before)
    }

    @Test func sixtySixForWhatDoesNotExist() throws {
        let b = try meeting()
        let before = b.journals()
        for arguments in [
            ["say", "Zoë", "x"], ["amend", "e42", "x"], ["use", "nope"], ["new", "x", "--protocol", "nope"],
            ["protocols", "show", "nope"],
        ] {
            #expect(try b.run(arguments).code == 66, "\(arguments)")
        }
        #expect(b.journals() == before)
    }

    @Test func seventyFourForADamagedJournal() throws {
        let b = try meeting()
        try b.ok("join", "Bram")
        let name = b.journals().keys.first!
        let path = b.home + "/sessions/" + name
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        bytes[bytes.firstIndex(of: UInt8(ascii: "\n"))! + 30] ^= 0x04
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        // The damage comes later than the last write (a file system's clock may not have moved since): the
        // session's snapshot no longer describes the journal, which is read whole.
        // (1 << 30) - 2 is UTIME_OMIT (leave the access time), a macro Swift does not import.
        var times = [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2), timespec(tv_sec: time(nil) + 5, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let result = try b.run("join", "Carla")
        #expect(result.code == 74)
        #expect(result.stderr.contains(name) && result.stderr.contains("line 2"))
        #expect(b.journals()[name] == Data(bytes))
    }

    @Test func seventyFiveWhenAnotherProcessHoldsTheLock() throws {
        let b = try meeting()
        let path = b.home + "/sessions/" + b.journals().keys.first!
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let flockCall: (Int32, Int32) -> Int32 = flock
        #expect(flockCall(fd, LOCK_EX) == 0)
        let before = b.journals()
        let result = try b.run(["join", "Bram"], extra: ["BERAAD_LOCK_TIMEOUT": "0.3"])
        #expect(result.code == 75)
        #expect(result.stderr.contains("still locked"))
        _ = flockCall(fd, LOCK_UN)
        #expect(b.journals() == before)
    }

    @Test func oddBytesAndHostileArgumentsNeverCrash() throws {
        let b = try meeting()
        for arguments in [
            ["say", "Anna", "\u{FFFF}\u{0}\u{1B}]0;title\u{7}"], ["join", String(repeating: "x", count: 5000)],
            ["--session", "", "status"],
            ["--at", "99:99", "status"], ["dilemma", "", "--option", ":", "--option", "Z:"], ["say", "", ""],
            ["evaluate", "Anna", "x", "--score", "-1"],
            ["--home", "/proc/nonexistent/x", "new", "x"],
        ] {
            let result = try b.run(arguments)
            #expect([0, 1, 64, 66, 74].contains(result.code), "\(arguments) exited \(result.code): \(result.stderr)")
        }
    }

    private func crc(_ text: String) -> String {
        var table = [UInt32](repeating: 0, count: 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 == 1 ? (c >> 1) ^ 0x82F6_3B78 : c >> 1 }
            table[i] = c
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in text.utf8 { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        let hex = String(crc ^ 0xFFFF_FFFF, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
