import Testing

@testable import BeraadCLI

@Suite struct KeyDecoderTests {
    @Test(
        arguments: [
            ([0x1B, 0x5B, 0x41], [Key.up]), ([0x1B, 0x5B, 0x42], [.down]), ([0x1B, 0x5B, 0x43], [.right]),
            ([0x1B, 0x5B, 0x44], [.left]), ([0x1B, 0x4F, 0x48], [.home]), ([0x1B, 0x5B, 0x46], [.end]),
            ([0x1B, 0x5B, 0x31, 0x7E], [.home]), ([0x1B, 0x5B, 0x34, 0x7E], [.end]),
            ([0x1B, 0x5B, 0x33, 0x7E], [.delete]),
            ([0x01, 0x05, 0x0B, 0x15, 0x17], [.lineStart, .lineEnd, .killToEnd, .killToStart, .killWord]),
            ([0x7F, 0x08, 0x09, 0x0D, 0x03, 0x04], [.backspace, .backspace, .tab, .enter, .interrupt, .endOfInput]),
            ([0xC3, 0xA9, 0x61], [.character("é"), .character("a")]),
            ([0xF0, 0x9F, 0x91, 0x8D], [.character("👍")]), ([0xFF, 0x61], [.ignored, .character("a")]),
            ([0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43], [.right]), ([0x1B, 0x5B, 0x32, 0x30, 0x30, 0x7E], [.ignored]),
        ] as [([UInt8], [Key])])
    func bytesBecomeKeys(_ bytes: [UInt8], _ keys: [Key]) {
        var decoder = KeyDecoder()
        #expect(decoder.keys(from: bytes) == keys)
    }

    @Test func aKeyThatArrivesInPiecesWaitsForTheRest() {
        var decoder = KeyDecoder()
        #expect(decoder.keys(from: [0x1B]).isEmpty)
        #expect(decoder.keys(from: [0x5B]).isEmpty)
        #expect(decoder.keys(from: [0x44, 0xC3]) == [.left])
        #expect(decoder.keys(from: [0xAB]) == [.character("ë")])
    }
}

@Suite struct LineEditorTests {
    private func type(_ text: String, into editor: inout LineEditor) {
        for character in text { _ = editor.handle(.character(character)) }
    }

    @Test func arrowsHomeAndEndMoveWhereTheNextKeyGoes() {
        var editor = LineEditor()
        type("Bram: helo", into: &editor)
        _ = editor.handle(.left)
        type("l", into: &editor)
        #expect(editor.text == "Bram: hello" && editor.cursor == 10)
        _ = editor.handle(.home)
        type("/", into: &editor)
        _ = editor.handle(.end)
        type("!", into: &editor)
        #expect(editor.text == "/Bram: hello!")
        #expect(editor.handle(.enter) == .accepted("/Bram: hello!"))
    }

    @Test func backspaceAndDeleteTakeWholeCharacters() {
        var editor = LineEditor(initial: "Zoë 👍🏽 café")
        #expect(editor.handle(.backspace) == .changed)
        #expect(editor.text == "Zoë 👍🏽 caf")
        _ = editor.handle(.lineStart)
        _ = editor.handle(.right)
        _ = editor.handle(.right)
        _ = editor.handle(.delete)
        #expect(editor.text == "Zo 👍🏽 caf")
        _ = editor.handle(.right)
        _ = editor.handle(.delete)
        #expect(editor.text == "Zo  caf", "the emoji with its skin tone is one character")
        #expect(editor.handle(.lineStart) == .changed && editor.handle(.backspace) == .unchanged)
    }

    @Test func controlKeysCutToTheEndToTheStartAndAWord() {
        var editor = LineEditor(initial: "Anna: het is goed zo")
        _ = editor.handle(.killWord)
        #expect(editor.text == "Anna: het is goed ")
        for _ in 0..<5 { _ = editor.handle(.left) }
        _ = editor.handle(.killToEnd)
        #expect(editor.text == "Anna: het is ")
        _ = editor.handle(.left)
        _ = editor.handle(.killToStart)
        #expect(editor.text == " " && editor.cursor == 0)
    }

    @Test func upAndDownWalkTheHistoryAndKeepWhatWasBeingTyped() {
        var editor = LineEditor(history: ["/next", "Bram: eerste"])
        type("Carla: nieuw", into: &editor)
        _ = editor.handle(.up)
        #expect(editor.text == "Bram: eerste")
        _ = editor.handle(.up)
        #expect(editor.text == "/next")
        #expect(editor.handle(.up) == .unchanged)
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.text == "Carla: nieuw")
        #expect(editor.handle(.down) == .unchanged)
    }

    @Test func ctrlDEndsOnlyAnEmptyLineAndCtrlCInterrupts() {
        var editor = LineEditor(initial: "ab")
        _ = editor.handle(.lineStart)
        #expect(editor.handle(.endOfInput) == .changed && editor.text == "b")
        var empty = LineEditor()
        #expect(empty.handle(.endOfInput) == .endOfInput)
        #expect(editor.handle(.interrupt) == .interrupted)
    }

    @Test func completionReplacesTheWordBeforeTheCursor() {
        var editor = LineEditor(initial: "/position Br")
        #expect(editor.handle(.tab) == .complete)
        editor.replace(from: 10, with: "Bram ")
        #expect(editor.text == "/position Bram " && editor.cursor == 15)
        #expect(TerminalLineEditor.sharedPrefix(["Bram", "brenda", "Bregje"]) == "Br")
        #expect(WrappedLine.width(of: "👍" as Character) == 2 && WrappedLine.width(of: "é" as Character) == 1)
    }
}
