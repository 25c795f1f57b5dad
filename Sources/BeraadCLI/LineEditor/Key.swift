/// One key press as the line editor understands it.
enum Key: Equatable, Sendable {
    case character(Character)
    case left, right, up, down, home, end
    case backspace, delete
    case tab, enter
    /// Ctrl-A, Ctrl-E, Ctrl-K, Ctrl-U, Ctrl-W.
    case lineStart, lineEnd, killToEnd, killToStart, killWord
    /// Ctrl-L.
    case clearScreen
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// A sequence the editor does not use.
    case ignored
}

/// Turns the bytes a terminal sends into keys: UTF-8 characters, control keys and escape sequences.
struct KeyDecoder {
    private var pending: [UInt8] = []
    /// The last byte decoded was a carriage return: a line feed right after it ends the same line (pasted text
    /// with `\r\n`), not another, empty one.
    private var afterReturn = false

    /// The keys that `bytes` complete; an unfinished sequence waits for the next bytes.
    mutating func keys(from bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        while let first = pending.first {
            if afterReturn && first == 0x0A {
                afterReturn = false
                pending.removeFirst()
                continue
            }
            guard let (key, length) = Self.decode(pending) else { break }
            afterReturn = first == 0x0D
            keys.append(key)
            pending.removeFirst(length)
        }
        return keys
    }

    /// The key at the start of `bytes` and how many bytes it takes; `nil` when more bytes are needed.
    static func decode(_ bytes: [UInt8]) -> (Key, Int)? {
        guard let first = bytes.first else { return nil }
        switch first {
        case 0x01: return (.lineStart, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x05: return (.lineEnd, 1)
        case 0x08, 0x7F: return (.backspace, 1)
        case 0x09: return (.tab, 1)
        case 0x0A, 0x0D: return (.enter, 1)
        case 0x0B: return (.killToEnd, 1)
        case 0x0C: return (.clearScreen, 1)
        case 0x15: return (.killToStart, 1)
        case 0x17: return (.killWord, 1)
        case 0x1B: return escape(bytes)
        case 0x00..<0x20: return (.ignored, 1)
        default: return character(bytes)
        }
    }

    /// `ESC [ …` and `ESC O …` sequences.
    private static func escape(_ bytes: [UInt8]) -> (Key, Int)? {
        guard bytes.count >= 2 else { return nil }
        guard bytes[1] == UInt8(ascii: "[") || bytes[1] == UInt8(ascii: "O") else { return (.ignored, 1) }
        // The final byte of a CSI sequence is in 0x40…0x7E; parameters come before it.
        var index = 2
        while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let parameters = String(decoding: bytes[2..<index], as: UTF8.self)
        let key: Key
        switch (bytes[index], parameters) {
        case (UInt8(ascii: "A"), _): key = .up
        case (UInt8(ascii: "B"), _): key = .down
        case (UInt8(ascii: "C"), _): key = .right
        case (UInt8(ascii: "D"), _): key = .left
        case (UInt8(ascii: "H"), _): key = .home
        case (UInt8(ascii: "F"), _): key = .end
        case (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): key = .home
        case (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): key = .end
        case (UInt8(ascii: "~"), "3"): key = .delete
        default: key = .ignored
        }
        return (key, index + 1)
    }

    /// One UTF-8 character; invalid bytes are skipped one at a time.
    private static func character(_ bytes: [UInt8]) -> (Key, Int)? {
        let first = bytes[0]
        let length: Int
        switch first {
        case 0x00..<0x80: length = 1
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return (.ignored, 1)
        }
        guard bytes.count >= length else { return nil }
        let scalarBytes = Array(bytes[0..<length])
        guard scalarBytes.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
            let scalar = String(validating: scalarBytes, as: UTF8.self)?.first
        else { return (.ignored, 1) }
        return (.character(scalar), length)
    }
}
