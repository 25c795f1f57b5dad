import BeraadTestSupport
import Testing

@testable import BeraadCLI

/// A line longer than the terminal is wide is drawn in place over its rows, at every key, at any width.
@Suite struct WrappedLineTests {
    static let prompt = "[2/8 3:12/15:00] › "
    static let caseText =
        "Mevrouw De Vries (84) woont alleen en wil niet naar het verpleeghuis. Haar dochter belt de wijkverpleging "
        + "dagelijks: moeder valt, vergeet haar medicijnen en laat het gas aan. De huisarts vindt dat het niet langer "
        + "verantwoord is. Mevrouw zegt dat ze liever thuis valt dan in een tehuis weg te kwijnen. De wijkverpleegkundige "
        + "twijfelt: respecteren we haar wens, of beschermen we haar tegen zichzelf en de buren tegen brand? Het team "
        + "moet vandaag besluiten."

    /// An editor at a prompt on a screen of `columns`, drawn as the terminal line editor draws it.
    struct Typing {
        var screen: TerminalScreen
        var editor = LineEditor()
        var line: WrappedLine

        init(columns: Int, rows: Int = 24) {
            screen = TerminalScreen(columns: columns, rows: rows)
            line = WrappedLine(columns: columns)
            screen.feed(Array("── Case ──\r\n".utf8))
            draw()
        }

        mutating func draw() {
            let output = line.draw(
                prompt: WrappedLineTests.prompt, promptWidth: WrappedLine.width(of: WrappedLineTests.prompt),
                text: editor.text, textWidth: WrappedLine.width(of: editor.text),
                cursorWidth: WrappedLine.width(of: editor.textBeforeCursor))
            screen.feed(Array(output.utf8))
        }

        mutating func press(_ key: Key) {
            _ = editor.handle(key)
            draw()
        }

        mutating func type(_ text: String) { for character in text { press(.character(character)) } }

        /// The rows the prompt and the line stand on, joined.
        var shown: String { screen.paddedLines.joined() }
    }

    @Test(arguments: [80, 53, 40, 20])
    func aLongCaseTypedKeyByKeyStandsOnceOnTheScreen(columns: Int) {
        var typing = Typing(columns: columns, rows: 40)
        typing.type(Self.caseText)
        #expect(typing.screen.count("[2/8") == 1)
        #expect(typing.screen.count("── Case ──") == 1)
        #expect(typing.shown.contains(Self.prompt + Self.caseText))
        // The cursor stands after the last character.
        let end = Self.prompt.count + Self.caseText.count
        let lastRow = end % columns == 0 ? end / columns : end / columns
        #expect(typing.screen.row == 1 + lastRow && typing.screen.column == end % columns)
    }

    @Test func editingAcrossTheWrappedRowsChangesTheLineInPlace() {
        var typing = Typing(columns: 80, rows: 40)
        typing.type(Self.caseText)
        // Home, then a word at the start; Ctrl-W at the end; the arrows across a row boundary.
        typing.press(.home)
        typing.type("Casus: ")
        typing.press(.end)
        typing.press(.killWord)
        for _ in 0..<70 { typing.press(.left) }
        typing.type("X")
        var expected = Array("Casus: " + Self.caseText.dropLast("besluiten.".count))
        expected.insert("X", at: expected.count - 70)
        #expect(typing.editor.text == String(expected))
        #expect(typing.shown.contains(Self.prompt + String(expected)))
        #expect(typing.screen.count("[2/8") == 1)
        // Backspacing it all leaves the prompt alone on its row, the rows below cleared.
        for _ in 0..<expected.count { typing.press(.backspace) }
        typing.press(.end)
        for _ in 0..<expected.count { typing.press(.backspace) }
        #expect(typing.editor.text.isEmpty)
        #expect(typing.screen.lines[1] == Self.prompt.trimmingCharacters(in: .whitespaces))
        #expect(typing.screen.lines[2...].allSatisfy { $0.isEmpty })
    }

    @Test func aLineThatEndsAtTheRightMarginKeepsTheCursorWhereTheCountSays() {
        var typing = Typing(columns: 30)
        typing.type(String(repeating: "a", count: 30 - Self.prompt.count + 30))
        #expect(typing.screen.row == 3 && typing.screen.column == 0)
        typing.type("b")
        typing.press(.backspace)
        typing.press(.home)
        typing.type("c")
        #expect(typing.screen.count("[2/8") == 1)
        #expect(typing.shown.contains(Self.prompt + "c" + String(repeating: "a", count: 41)))
    }

    @Test func aNarrowerTerminalRedrawsTheLineOverItsNewRows() {
        var typing = Typing(columns: 80, rows: 40)
        typing.type(Self.caseText)
        // The terminal flows what it shows into the new width; here the screen is drawn anew at that width.
        var narrower = TerminalScreen(columns: 50, rows: 40)
        narrower.feed(Array(("── Case ──\r\n" + Self.prompt + Self.caseText).utf8))
        typing.screen = narrower
        typing.line.resize(to: 50)
        typing.press(.home)
        typing.type("!")
        #expect(typing.screen.count("[2/8") == 1)
        #expect(typing.shown.contains(Self.prompt + "!" + Self.caseText))
    }

    @Test func escapeSequencesTakeNoColumnsAndWideCharactersTwo() {
        #expect(WrappedLine.width(of: "\u{1B}[2m[1/8 \u{1B}[0m› ") == 7)
        #expect(WrappedLine.width(of: "Zoë 👍 日本") == 11)
    }

    @Test func ctrlLAsksForTheScreenToBeCleared() {
        var editor = LineEditor(initial: "Bram: ")
        #expect(editor.handle(.clearScreen) == .clearScreen)
        var decoder = KeyDecoder()
        #expect(decoder.keys(from: [0x0C]) == [.clearScreen])
    }

    @Test func pastedLinesEndingInCarriageReturnAndLineFeedEndOnceEach() {
        var decoder = KeyDecoder()
        #expect(
            decoder.keys(from: [0x61, 0x0D, 0x0A, 0x62, 0x0D]) == [.character("a"), .enter, .character("b"), .enter])
        #expect(decoder.keys(from: [0x0A, 0x0A]) == [.enter])
        #expect(decoder.keys(from: [0x0D, 0x0D]) == [.enter, .enter])
    }
}
