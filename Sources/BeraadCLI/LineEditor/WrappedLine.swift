/// How the prompt and a line that wraps over several rows are drawn again in place: from the prompt's first row,
/// whatever row the cursor stood on, so that a long case is edited where it stands instead of being printed anew
/// below itself at every key.
struct WrappedLine {
    /// The terminal's width.
    var columns: Int
    /// The rows between the prompt's first row and the cursor, as the last draw left it.
    private(set) var cursorRow = 0
    /// The columns from the prompt's start to the cursor, as the last draw left it.
    private var cursorOffset = 0
    /// The columns from the prompt's start to the line's end, as the last draw left it.
    private var endOffset = 0

    init(columns: Int) { self.columns = max(1, columns) }

    /// The bytes that draw `prompt` (`promptWidth` columns wide) and `text` (`textWidth`), with the cursor
    /// `cursorWidth` columns into the text.
    mutating func draw(prompt: String, promptWidth: Int, text: String, textWidth: Int, cursorWidth: Int) -> String {
        var out = cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : ""
        out += "\r" + prompt + text + "\u{1B}[J"
        let end = promptWidth + textWidth
        // A line that ends at the right margin leaves the cursor on the last column, its wrap pending: a new row
        // makes the cursor stand where the counting below says.
        if end > 0 && end % columns == 0 { out += "\r\n" }
        let target = promptWidth + cursorWidth
        let row = target / columns
        let column = target % columns
        if end / columns > row { out += "\u{1B}[\(end / columns - row)A" }
        out += "\r" + (column > 0 ? "\u{1B}[\(column)C" : "")
        cursorRow = row
        cursorOffset = target
        endOffset = end
        return out
    }

    /// The bytes that take the cursor from where it stands to a fresh row below the line: to leave it (Enter,
    /// Ctrl-C) or to print below it (the candidates of a completion).
    mutating func leave() -> String {
        let down = endOffset / columns - cursorRow
        cursorRow = 0
        cursorOffset = 0
        endOffset = 0
        return (down > 0 ? "\u{1B}[\(down)B" : "") + "\r\n"
    }

    /// Follows a terminal that is now `columns` wide and has flowed the rows drawn before into its new width (as
    /// terminals do): where the cursor stands is counted again.
    mutating func resize(to columns: Int) {
        self.columns = max(1, columns)
        cursorRow = cursorOffset / self.columns
    }

    /// Forgets what was drawn: the next draw starts on the row the cursor is on (after the screen was cleared).
    mutating func reset() {
        cursorRow = 0
        cursorOffset = 0
        endOffset = 0
    }

    /// The columns `text` takes on a terminal: escape sequences take none, wide characters and emoji two.
    static func width(of text: some StringProtocol) -> Int {
        var columns = 0
        var inEscape = false
        var afterEscape = false
        for character in text {
            if afterEscape {
                afterEscape = false
                inEscape = character == "["
                continue
            }
            if inEscape {
                if let ascii = character.asciiValue, (0x40...0x7E).contains(ascii) { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                afterEscape = true
                continue
            }
            columns += width(of: character)
        }
        return columns
    }

    /// The columns a character takes: two for wide characters and emoji, none for a control character.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.value < 0x20 || scalar.value == 0x7F { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
