import BeraadEngine
import Foundation

extension MinutesDocument {
    /// The minutes as Markdown.
    public func markdown() -> String { MarkdownWriter.write(page()) }

    /// The minutes as one self-contained HTML page.
    public func html() -> String { HTMLWriter.write(page()) }

    /// The minutes as plain text for a terminal `width` columns wide.
    public func plainText(width: Int = 80) -> String { PlainTextWriter.write(page(), width: width) }

    /// The document itself as pretty-printed JSON with sorted keys, ending in a newline.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The encoder escapes C0 controls itself; C1 controls and bidi overrides it leaves raw (still valid JSON
        // once neutralised, as every other format is).
        return TextSafety.neutralised(String(decoding: try encoder.encode(self), as: UTF8.self)) + "\n"
    }
}
