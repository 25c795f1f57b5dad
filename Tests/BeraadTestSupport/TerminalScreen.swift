/// What a person sees on a terminal after a program wrote `bytes` to it: a small model of a VT100-style screen
/// (printing with wrapping at the right margin, CR, LF, cursor moves, erasing, scrolling), so that tests can check
/// the screen itself, not only the bytes that drew it.
public struct TerminalScreen: Sendable {
    public let columns: Int
    public let rows: Int
    /// The visible rows.
    private var grid: [[Character]]
    /// Rows that scrolled off the top, oldest first.
    public private(set) var scrolledOff: [String] = []
    public private(set) var row = 0
    public private(set) var column = 0
    /// The cursor stands on the last column after a character was printed there; the next character wraps.
    private var wrapPending = false
    private var pending: [UInt8] = []

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        grid = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The visible rows, trailing blanks removed.
    public var lines: [String] {
        grid.map(Self.trimmed)
    }

    private static func trimmed(_ row: [Character]) -> String {
        var row = row
        while row.last == " " { row.removeLast() }
        return String(row)
    }

    /// The visible rows as they are, blanks and all: a line that wrapped reads on across them.
    public var paddedLines: [String] { grid.map { String($0) } }

    /// Everything shown, scrolled-off rows included, trailing blank rows removed.
    public var text: String {
        var all = scrolledOff + lines
        while all.last?.isEmpty == true { all.removeLast() }
        return all.joined(separator: "\n")
    }

    /// How often `needle` stands on the screen, scrolled-off rows included (rows joined as they wrapped).
    public func count(_ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// Takes more output.
    public mutating func feed(_ bytes: [UInt8]) {
        pending += bytes
        var index = 0
        while index < pending.count {
            let byte = pending[index]
            if byte == 0x1B {
                guard let end = escapeEnd(from: index) else { break }
                escape(Array(pending[index...end]))
                index = end + 1
                continue
            }
            if byte < 0x20 || byte == 0x7F {
                control(byte)
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard index + length <= pending.count else { break }
            let text = String(decoding: pending[index..<(index + length)], as: UTF8.self)
            for scalar in text.unicodeScalars { put(Character(scalar), wide: scalar.properties.isEmojiPresentation) }
            index += length
        }
        pending.removeFirst(index)
    }

    /// Where an escape sequence starting at `start` ends, or nil while it is incomplete.
    private func escapeEnd(from start: Int) -> Int? {
        guard start + 1 < pending.count else { return nil }
        guard pending[start + 1] == UInt8(ascii: "[") else { return start + 1 }
        var index = start + 2
        while index < pending.count {
            if (0x40...0x7E).contains(pending[index]) { return index }
            index += 1
        }
        return nil
    }

    private mutating func put(_ character: Character, wide: Bool) {
        // A combining mark or variation selector joins the character before it.
        if character.unicodeScalars.first.map({
            $0.properties.generalCategory == .nonspacingMark || $0.value == 0xFE0F
                || (0x1F3FB...0x1F3FF).contains($0.value)
        }) == true {
            return
        }
        if wrapPending {
            wrapPending = false
            column = 0
            lineFeed()
        }
        grid[row][column] = character
        let width = wide ? 2 : 1
        if width == 2, column + 1 < columns { grid[row][column + 1] = " " }
        if column + width >= columns {
            column = columns - 1
            wrapPending = true
        } else {
            column += width
        }
    }

    private mutating func lineFeed() {
        if row + 1 < rows {
            row += 1
        } else {
            scrolledOff.append(Self.trimmed(grid[0]))
            grid.removeFirst()
            grid.append(Array(repeating: " ", count: columns))
        }
    }

    private mutating func control(_ byte: UInt8) {
        switch byte {
        case 0x0D:
            column = 0
            wrapPending = false
        case 0x0A:
            wrapPending = false
            lineFeed()
        case 0x08:
            column = max(0, column - 1)
            wrapPending = false
        default:
            break
        }
    }

    private mutating func escape(_ sequence: [UInt8]) {
        guard sequence.count > 2, let final = sequence.last else { return }
        let parameters = String(decoding: sequence[2..<(sequence.count - 1)], as: UTF8.self)
            .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let n = max(1, parameters.first.flatMap { $0 } ?? 1)
        let first = parameters.first.flatMap { $0 } ?? 0
        switch final {
        case UInt8(ascii: "A"): row = max(0, row - n)
        case UInt8(ascii: "B"): row = min(rows - 1, row + n)
        case UInt8(ascii: "C"): column = min(columns - 1, column + n)
        case UInt8(ascii: "D"): column = max(0, column - n)
        case UInt8(ascii: "H"):
            row = min(rows - 1, max(0, (parameters.first.flatMap { $0 } ?? 1) - 1))
            column = min(columns - 1, max(0, (parameters.dropFirst().first.flatMap { $0 } ?? 1) - 1))
        case UInt8(ascii: "J"):
            if first == 2 {
                grid = Array(repeating: Array(repeating: " ", count: columns), count: rows)
            } else {
                for c in column..<columns { grid[row][c] = " " }
                for r in (row + 1)..<rows { grid[r] = Array(repeating: " ", count: columns) }
            }
        case UInt8(ascii: "K"):
            for c in column..<columns { grid[row][c] = " " }
        default:
            return
        }
        wrapPending = false
    }
}
