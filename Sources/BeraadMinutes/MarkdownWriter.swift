/// Builds Markdown text, escaping user text so that it shows as written and never as markup.
struct MarkdownWriter {
    private(set) var text = ""

    mutating func line(_ value: String) { text += value + "\n" }

    mutating func blank() {
        if !text.isEmpty && !text.hasSuffix("\n\n") { text += "\n" }
    }

    mutating func heading(_ level: Int, _ title: String) {
        blank()
        line(String(repeating: "#", count: level) + " " + Self.escapeInline(title))
        blank()
    }

    mutating func paragraph(_ value: String) {
        line(value)
        blank()
    }

    mutating func bullet(_ value: String) { line("- " + value) }

    /// A table; cells are user text and are escaped here.
    mutating func table(_ header: [String], _ rows: [[String]]) {
        line("| " + header.map(Self.escapeCell).joined(separator: " | ") + " |")
        line("|" + header.map { _ in " --- |" }.joined())
        for row in rows { line("| " + row.map(Self.escapeCell).joined(separator: " | ") + " |") }
        blank()
    }

    /// Characters that Markdown would read as markup anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// User text for use within a line: markup characters escaped, line breaks folded into spaces.
    static func escapeInline(_ value: String) -> String {
        var result = ""
        for character in value {
            if character == "\n" || character == "\r" || character == "\r\n" {
                result.append(" ")
            } else if inlineSpecials.contains(character) {
                result.append("\\")
                result.append(character)
            } else {
                result.append(character)
            }
        }
        return escapeLineStart(result)
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
        guard let first = value.first else { return value }
        if "#+-=".contains(first) { return "\\" + value }
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
