import BeraadEngine
import Foundation

extension MinutesDocument {
    // Each consumes the document: laid out as a page, it is let go of before the page is written (a long session's
    // document, page and text are not all held at once).

    /// The minutes as Markdown.
    public consuming func markdown() -> String { MarkdownWriter.write((consume self).page()) }

    /// The minutes as one self-contained HTML page.
    public consuming func html() -> String { HTMLWriter.write((consume self).page()) }

    /// The minutes as plain text for a terminal `width` columns wide.
    public consuming func plainText(width: Int = 80) -> String {
        PlainTextWriter.write((consume self).page(), width: width)
    }

    /// The document itself as pretty-printed JSON with sorted keys, ending in a newline.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The encoder escapes C0 controls itself; C1 controls and bidi overrides it leaves raw (still valid JSON
        // once neutralised, as every other format is).
        return TextSafety.neutralised(String(decoding: try encoder.encode(self), as: UTF8.self)) + "\n"
    }
}
