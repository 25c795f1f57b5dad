/// Writes a page as plain Markdown that reads well as text and pastes into e-mail and wikis; every piece of text
/// is escaped here, so that it shows as written and never as markup.
public struct MarkdownWriter {
    private(set) var text = ""

    /// The page as Markdown.
    public static func write(_ page: consuming Page) -> String {
        let page = (consume page).neutralised()
        var writer = MarkdownWriter()
        for block in page.header + page.body { writer.write(block, level: 2) }
        return writer.text
    }

    private mutating func write(_ block: Block, level: Int) {
        switch block {
        case .title(let kicker, let title):
            heading(1, Self.escapeHeading(kicker + ": " + title))
        case .badge(let text, _):
            paragraph("**" + Self.escapeInline(text) + "**")
        case .facts(let facts):
            for fact in facts {
                let value = Self.inline(fact.value)
                line("- **" + Self.escapeInline(fact.leadingLabel) + "**" + (value.isEmpty ? "" : " " + value))
                for item in fact.items { line("  - " + Self.inline(item)) }
            }
            blank()
        case .note(let text):
            paragraph("_" + Self.escapeInline(text) + "_")
        case .section(_, let title, let blocks):
            heading(level, Self.escapeHeading(title))
            for block in blocks { write(block, level: level + 1) }
        case .heading(let spans):
            heading(level, Self.inline(spans))
        case .paragraph(let spans):
            paragraph(Self.inline(spans))
        case .quote(let text, let attribution):
            paragraph(Self.escapeBlock(text))
            if let attribution { paragraph("_" + Self.escapeInline(attribution) + "_") }
        case .list(let items):
            for item in items {
                text += "- "
                Self.appendInline(item, to: &text)
                text += "\n"
            }
            blank()
        case .table(let table):
            self.table(table.header, table.rows)
        case .group(let blocks):
            for block in blocks { write(block, level: level) }
            blank()
        case .chart:
            // A drawing has no Markdown form; the tables beside it hold the same facts.
            break
        }
    }

    /// Spans as one line of Markdown.
    static func inline(_ spans: [Span]) -> String {
        var line = ""
        appendInline(spans, to: &line)
        return line
    }

    /// `inline(spans)` added to the end of `out`, piece by piece: a long list is written without a string made
    /// for each span and each item first.
    static func appendInline(_ spans: [Span], to out: inout String) {
        for span in spans {
            let (before, after): (String, String)
            switch span.style {
            case .plain: (before, after) = ("", "")
            case .strong: (before, after) = ("**", "**")
            case .label: (before, after) = ("**", ":**")
            case .attribution: (before, after) = (" — _", "_")
            case .aside: (before, after) = ("(", ")")
            case .tag: (before, after) = ("[", "]")
            case .quotation: (before, after) = ("“", "”")
            case .link:
                out += "<" + span.text.filter { $0 != ">" && !$0.isWhitespace } + ">"
                continue
            }
            out += before
            out += escapeInline(span.text)
            out += after
        }
    }

    private mutating func line(_ value: String) { text += value + "\n" }

    private mutating func blank() {
        if !text.isEmpty && !text.hasSuffix("\n\n") { text += "\n" }
    }

    private mutating func heading(_ level: Int, _ title: String) {
        blank()
        line(String(repeating: "#", count: level) + " " + title)
        blank()
    }

    private mutating func paragraph(_ value: String) {
        line(value)
        blank()
    }

    /// A table; cells are escaped here.
    private mutating func table(_ header: [String], _ rows: [[String]]) {
        line("| " + header.map(Self.escapeCell).joined(separator: " | ") + " |")
        line("|" + header.map { _ in " --- |" }.joined())
        for row in rows { line("| " + row.map(Self.escapeCell).joined(separator: " | ") + " |") }
        blank()
    }

    /// Characters that Markdown would read as markup anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "]", "<", "|", "~"]
    /// The markup characters and line breaks as two 64-bit masks over ASCII, tested per byte without hashing.
    private static let inlineSpecialMask: (low: UInt64, high: UInt64) = {
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for byte in inlineSpecials.compactMap(\.asciiValue) + [0x0A, 0x0D] {
            if byte < 64 { mask.low |= 1 << UInt64(byte) } else { mask.high |= 1 << UInt64(byte - 64) }
        }
        return mask
    }()

    /// Whether `value` holds a markup character or a line break. The masks are read once, not for each byte (a
    /// static is looked up through a call).
    private static func containsInlineSpecial(_ value: String) -> Bool {
        let (low, high) = inlineSpecialMask
        func isSpecial(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
        return value.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) }
            ?? value.utf8.contains(where: isSpecial)
    }

    /// User text for use within a line: markup characters escaped, line breaks folded into spaces.
    static func escapeInline(_ value: String) -> String {
        // Most texts hold none of the markup characters and no line break: those need no pass by character.
        guard containsInlineSpecial(value) else { return escapeLineStart(value) }
        return escapeLineStart(escapeMarkup(value))
    }

    /// `value` with only what Markdown would misread escaped, so that a text pasted into an e-mail unrendered
    /// shows no stray backslashes: `*`, `` ` ``, `\`, `|`; `_` and `~` where they can open or close emphasis;
    /// `]` where a link would follow, `<` where a tag or an autolink would start. Line breaks become spaces.
    private static func escapeMarkup(_ value: String) -> String {
        let characters = Array(value)
        var result = ""
        result.reserveCapacity(value.utf8.count + 8)
        for (index, character) in characters.enumerated() {
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            switch character {
            case "\n", "\r", "\r\n":
                result.append(" ")
                continue
            case "\\", "`", "*", "|":
                result.append("\\")
            case "_":
                // Inside a word (een_woord) an underscore emphasises nothing.
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) { result.append("\\") }
            case "~":
                if before == "~" || after == "~" { result.append("\\") }
            case "]":
                if after == "(" || after == "[" || after == ":" { result.append("\\") }
            case "<":
                if after.isLetter || after == "/" || after == "!" || after == "?" { result.append("\\") }
            default:
                break
            }
            result.append(character)
        }
        return result
    }

    /// A heading's text: "1. Introductie" after `##` is no list, so only the markup within the line is escaped.
    static func escapeHeading(_ value: String) -> String {
        containsInlineSpecial(value) ? escapeMarkup(value) : value
    }

    /// User text as a block of its own: each line escaped, line breaks kept.
    static func escapeBlock(_ value: String) -> String {
        value.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeInline(String($0)) + "  " }
            .joined(separator: "\n")
            .trimmingTrailingBreak()
    }

    private static func escapeCell(_ value: String) -> String {
        let escaped = escapeInline(value)
        return escaped.isEmpty ? " " : escaped
    }

    /// A line that would start a heading, list, quote or rule is escaped at its start.
    private static func escapeLineStart(_ value: String) -> String {
        // Text that begins with a letter or anything else that starts no markup is left as it is at once.
        if let byte = value.utf8.first, byte >= 0x40 || byte == 0x20 { return value }
        guard let first = value.first else { return value }
        if "#+-=>".contains(first) { return "\\" + value }
        // "1. text" would become a numbered list.
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, value.dropFirst(digits.count).first == "." || value.dropFirst(digits.count).first == ")" {
            return digits + "\\" + value.dropFirst(digits.count)
        }
        return value
    }
}

extension String {
    fileprivate func trimmingTrailingBreak() -> String { hasSuffix("  ") ? String(dropLast(2)) : self }
}

/// Markdown escaping for other modules' documents (protocol handouts).
public enum MarkdownEscaping {
    /// `text` for use within a line: markup characters escaped, line breaks folded.
    public static func inline(_ text: String) -> String { MarkdownWriter.escapeInline(text) }
}
