/// Writes a page as plain text for a terminal: no markup, words wrapped to the width, tables padded.
public struct PlainTextWriter {
    private(set) var text = ""
    let width: Int

    /// The page as plain text, wrapped to `width` columns.
    public static func write(_ page: consuming Page, width: Int = 80) -> String {
        let page = (consume page).neutralised()
        var writer = PlainTextWriter(width: max(width, 40))
        for block in page.header + page.body { writer.write(block) }
        return writer.text
    }

    private mutating func write(_ block: Block) {
        switch block {
        case .title(let kicker, let title):
            let line = kicker + ": " + title
            self.line(line)
            self.line(String(repeating: "=", count: min(line.count, width)))
            blank()
        case .badge(let text, _):
            paragraph("[ " + text + " ]")
        case .facts(let facts):
            let labelWidth = facts.map { $0.label.count + 1 }.max() ?? 0
            for fact in facts {
                let label = fact.leadingLabel + String(repeating: " ", count: labelWidth - fact.leadingLabel.count)
                line(
                    TextLayout.wrap(
                        label + " " + Self.inline(fact.value), width: width, indent: labelWidth + 1))
                for item in fact.items {
                    line(
                        TextLayout.wrap(
                            String(repeating: " ", count: labelWidth + 1) + "- " + Self.inline(item), width: width,
                            indent: labelWidth + 3))
                }
            }
            blank()
        case .note(let text):
            paragraph(TextLayout.wrap(text, width: width, indent: 0))
        case .section(_, let title, let blocks):
            blank()
            line(title)
            line(String(repeating: "-", count: min(title.count, width)))
            blank()
            for block in blocks { write(block) }
        case .heading(let spans):
            paragraph(TextLayout.wrap(Self.inline(spans), width: width, indent: 0))
        case .paragraph(let spans):
            paragraph(TextLayout.wrap(Self.inline(spans), width: width, indent: 0))
        case .quote(let quoted, let attribution):
            for part in quoted.split(separator: "\n", omittingEmptySubsequences: false) {
                line("  " + TextLayout.wrap(String(part), width: width, indent: 2, firstLineUsed: 2))
            }
            if let attribution { line("  — " + attribution) }
            blank()
        case .list(let items):
            for item in items {
                line("  • " + TextLayout.wrap(Self.inline(item), width: width, indent: 4, firstLineUsed: 4))
            }
            blank()
        case .table(let table):
            text += TextLayout.table(header: table.header, rows: table.rows)
            blank()
        case .group(let blocks):
            for block in blocks { write(block) }
        case .chart:
            // A drawing has no text form; the tables beside it hold the same facts.
            break
        }
    }

    /// Spans as one line of text.
    static func inline(_ spans: [Span]) -> String {
        spans.map { span in
            switch span.style {
            case .plain, .strong, .link: return span.text
            case .label: return span.text + ":"
            case .attribution: return " — " + span.text
            case .aside: return "(" + span.text + ")"
            case .tag: return "[" + span.text + "]"
            case .quotation: return "“" + span.text + "”"
            }
        }.joined()
    }

    private mutating func line(_ value: String) { text += value + "\n" }

    private mutating func blank() {
        if !text.isEmpty && !text.hasSuffix("\n\n") { text += "\n" }
    }

    private mutating func paragraph(_ value: String) {
        line(value)
        blank()
    }
}
