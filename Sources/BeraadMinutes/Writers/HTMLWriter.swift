import BeraadEngine

/// Writes a page as one self-contained HTML file: inline CSS, no scripts, no external fetches; printable to A4,
/// readable on a phone. Every piece of text is escaped here; callers hand over text, never markup.
public struct HTMLWriter {
    private(set) var html = ""

    /// The page as HTML.
    public static func write(_ page: consuming Page) -> String {
        let page = (consume page).neutralised()
        var writer = HTMLWriter()
        let refresh: String
        let style: String
        switch page.medium {
        case .document:
            refresh = ""
            style = stylesheet + (page.running.map(Self.pageFooter) ?? "")
        case .screen(let seconds):
            // No script: the browser reloads the page, which the live mode rewrites after every line.
            refresh = "<meta http-equiv=\"refresh\" content=\"\(max(1, seconds))\">\n"
            style = screenStylesheet
        }
        writer.html = """
            <!DOCTYPE html>
            <html lang="\(page.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Beraad">
            \(refresh)<title>\(escape(page.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            <header>

            """
        for block in page.header { writer.write(block, level: 2) }
        writer.html += "</header>\n"
        for block in page.body { writer.write(block, level: 2) }
        if let colophon = page.colophon {
            writer.html += "<footer class=\"colophon\">" + escape(colophon) + "</footer>\n"
        }
        writer.html += "</main>\n</body>\n</html>\n"
        return writer.html
    }

    private mutating func write(_ block: Block, level: Int) {
        switch block {
        case .title(let kicker, let title):
            html += "<h1><span class=\"kicker\">" + Self.escape(kicker) + "</span> " + Self.escape(title) + "</h1>\n"
        case .badge(let text, let tone):
            html += "<p class=\"badge " + tone.rawValue + "\">" + Self.escape(text) + "</p>\n"
        case .facts(let facts):
            html += "<dl>\n"
            for fact in facts {
                html += "<dt>" + Self.escape(fact.label) + "</dt><dd>" + Self.inline(fact.value)
                if !fact.items.isEmpty {
                    html += "<ul>" + fact.items.map { "<li>" + Self.inline($0) + "</li>" }.joined() + "</ul>"
                }
                html += "</dd>\n"
            }
            html += "</dl>\n"
        case .note(let text):
            html += "<p class=\"note\">" + Self.escape(text) + "</p>\n"
        case .section(let id, let title, let blocks):
            html += "<section id=\"" + Self.escape(id) + "\">\n<h\(level)>" + Self.escape(title) + "</h\(level)>\n"
            for block in blocks { write(block, level: level + 1) }
            html += "</section>\n"
        case .heading(let spans):
            html += "<h\(level)>" + Self.inline(spans) + "</h\(level)>\n"
        case .paragraph(let spans):
            html += "<p>" + Self.inline(spans) + "</p>\n"
        case .quote(let text, let attribution):
            html += "<blockquote>\n<p>" + Self.paragraphs(text) + "</p>\n"
            if let attribution { html += "<footer>" + Self.escape(attribution) + "</footer>\n" }
            html += "</blockquote>\n"
        case .list(let items):
            html += "<ul>\n" + items.map { "<li>" + Self.inline($0) + "</li>\n" }.joined() + "</ul>\n"
        case .table(let table):
            html += "<table>\n<thead><tr>"
            html += table.header.map { "<th scope=\"col\">" + Self.escape($0) + "</th>" }.joined()
            html += "</tr></thead>\n<tbody>\n"
            for (index, row) in table.rows.enumerated() {
                html += (table.marked.contains(index) ? "<tr class=\"marked\">" : "<tr>")
                html +=
                    row.enumerated().map { column, cell in
                        (table.unbroken.contains(column) ? "<td class=\"unbroken\">" : "<td>") + Self.escape(cell)
                            + "</td>"
                    }.joined() + "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        case .group(let blocks):
            html += "<article>\n"
            for block in blocks { write(block, level: level) }
            html += "</article>\n"
        case .chart(let chart):
            html += "<figure class=\"chart\">\n" + Self.svg(chart) + "\n</figure>\n"
        }
    }

    /// Spans as inline HTML.
    static func inline(_ spans: [Span]) -> String {
        spans.map { span in
            let text = escape(span.text)
            switch span.style {
            case .plain: return text
            case .strong: return "<strong>" + text + "</strong>"
            case .label: return "<strong>" + text + ":</strong>"
            case .attribution: return " <span class=\"by\">— " + text + "</span>"
            case .aside: return "<span class=\"aside\">(" + text + ")</span>"
            case .tag: return "<span class=\"tag\">[" + text + "]</span>"
            case .quotation: return "<q>" + text + "</q>"
            case .link:
                // Only web addresses become links; anything else (a javascript: address) stays text.
                let lower = span.text.lowercased()
                guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return text }
                return "<a href=\"" + text + "\">" + text + "</a>"
            }
        }.joined()
    }

    /// `text` safe inside an element or a quoted attribute.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The running foot of every printed page, as page margin boxes: the status and confidentiality line, and
    /// "pagina 2 van 5".
    static func pageFooter(_ running: RunningFooter) -> String {
        let number = cssString(running.right)
            .replacingOccurrences(of: "%PAGES%", with: "\" counter(pages) \"")
            .replacingOccurrences(of: "%PAGE%", with: "\" counter(page) \"")
        return """

            @page {
              @bottom-left { content: \(cssString(running.left)); font: 8pt system-ui, sans-serif; color: #4a4a55; }
              @bottom-right { content: \(number); font: 8pt system-ui, sans-serif; color: #4a4a55; }
            }
            """
    }

    /// `text` as a CSS string: quotes and backslashes escaped, and `<` written as an escape so that no text can end
    /// the style element.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text as paragraphs, line breaks kept.
    static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0)) }
            .joined(separator: "<br>\n")
    }

    /// Print to A4 with sensible breaks; one column on a phone; contrast of at least 7:1 for text.
    static let stylesheet = """
        :root { color-scheme: light; --ink: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --accent: #1d4e89; --soft: #f2f4f8; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #fff; color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
        main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.3rem 0 1rem; }
        h1 .kicker { display: block; font-size: 0.8rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
        h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        .badge { display: inline-block; margin: 0; padding: 0.1rem 0.6rem; border-radius: 1rem; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; }
        .caution { background: #fff1c2; color: #5c4200; border: 1px solid #d9b44a; }
        .settled { background: #dcf3e3; color: #0d4a23; border: 1px solid #6bbf86; }
        header .badge { margin-bottom: 0.6rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.3rem 0 0.6rem; }
        dt { font-weight: 600; }
        dd { margin: 0; overflow-wrap: break-word; }
        dd ul { margin: 0.2rem 0; padding-left: 1.2rem; }
        .note, .by, .aside, .tag, .colophon { color: var(--muted); }
        .note { font-style: italic; }
        blockquote { margin: 0.5rem 0; padding: 0.6rem 1rem; background: var(--soft); border-left: 4px solid var(--accent); }
        blockquote footer { margin-top: 0.4rem; color: var(--muted); font-size: 0.9rem; }
        table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border: 1px solid var(--line); overflow-wrap: break-word; hyphens: manual; }
        td.unbroken { white-space: nowrap; }
        th { background: var(--soft); white-space: nowrap; }
        tr.marked td { font-weight: 700; }
        article { margin: 0 0 1rem; padding: 0.2rem 0 0.6rem; border-bottom: 1px solid var(--line); }
        figure.chart { margin: 0.5rem 0 1.2rem; overflow-x: auto; }
        figure.chart svg { width: 100%; max-width: 40rem; height: auto; font: 13px system-ui, sans-serif; }
        svg .axis { font-weight: 600; fill: var(--ink); }
        svg .name { fill: var(--ink); }
        svg .legend { fill: var(--muted); font-size: 12px; }
        svg .grid { stroke: var(--line); stroke-dasharray: 3 3; }
        svg .move { fill: none; stroke: var(--accent); stroke-width: 2; }
        svg .first { fill: #fff; stroke: var(--accent); stroke-width: 2.5; }
        svg .last { fill: var(--accent); }
        svg .step { fill: var(--muted); }
        q { quotes: "“" "”"; }
        .colophon { margin-top: 3rem; font-size: 0.8rem; }
        @media (max-width: 36rem) {
          main { padding: 1rem 0.75rem 2rem; }
          h1 { font-size: 1.4rem; }
          dl { grid-template-columns: 1fr; }
          dd { margin-bottom: 0.4rem; }
          table { font-size: 0.88rem; }
        }
        @page { size: A4; margin: 14mm 15mm 16mm; }
        @media print {
          body { font-size: 9.5pt; line-height: 1.35; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 1.5rem; margin-bottom: 0.6rem; }
          h2 { font-size: 1.15rem; margin: 1.1rem 0 0.4rem; }
          h3 { font-size: 1rem; margin: 0.7rem 0 0.25rem; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          p, li, dd { orphans: 3; widows: 3; }
          ul, ol { margin: 0.2rem 0 0.4rem; }
          table { margin: 0.3rem 0 0.6rem; }
          th, td { padding: 0.2rem 0.4rem; }
          article { margin: 0 0 0.5rem; padding: 0 0 0.3rem; }
          figure.chart svg { max-width: 26rem; }
          tr, article, blockquote, figure.chart, li, .together { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          #verantwoording { break-before: page; page-break-before: always; }
          .colophon { display: none; }
        }
        """
}

extension HTMLWriter {
    /// A page for a projector or a shared screen: large type, high contrast, read from across a room.
    static let screenStylesheet = """
        :root { color-scheme: dark; --ink: #f5f5f7; --muted: #c8c8d0; --line: #55556a; --accent: #ffd166; --soft: #22223a; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #12121f; color: var(--ink); font: clamp(14px, min(1.3vw, 2.35vh), 30px)/1.3 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
        main { padding: 2vh 3vw; }
        h1 { font-size: 2em; line-height: 1.15; margin: 0 0 0.25em; }
        h1 .kicker { display: block; font-size: 0.45em; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
        h2 { font-size: 1.2em; margin: 0.8em 0 0.3em; color: var(--accent); }
        h3 { font-size: 1.1em; margin: 0.8em 0 0.3em; }
        p, ul { margin: 0.3em 0 0.6em; }
        li { margin: 0.2em 0; }
        .badge { display: inline-block; padding: 0.1em 0.6em; border-radius: 1em; font-weight: 700; }
        .caution { background: #5c4200; color: #fff1c2; }
        .settled { background: #0d4a23; color: #dcf3e3; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.3em 0; }
        dt { color: var(--muted); }
        dd { margin: 0; }
        .note, .by, .aside, .tag { color: var(--muted); }
        table { width: 100%; border-collapse: collapse; margin: 0.4em 0 0.8em; }
        th, td { text-align: left; vertical-align: top; padding: 0.25em 0.5em; border: 1px solid var(--line); }
        th { background: var(--soft); color: var(--muted); font-weight: 600; }
        tr.marked td { color: var(--accent); font-weight: 700; }
        section { break-inside: avoid; }
        /* The dilemma with who chose what is the widest thing on the screen: it takes the whole width. */
        @media (min-width: 1200px) { main { columns: 2; column-gap: 4vw; } header, #dilemma { column-span: all; } }
        """
}
