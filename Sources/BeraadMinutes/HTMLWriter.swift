/// Builds HTML, escaping every piece of user text.
struct HTMLWriter {
    private(set) var html = ""

    /// `text` safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
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

    /// Raw markup, written by the renderer itself.
    mutating func raw(_ markup: String) { html += markup }

    /// An element whose content is user text.
    mutating func element(_ tag: String, _ text: String, attributes: String = "") {
        html += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>" + Self.escape(text) + "</\(tag)>\n"
    }

    /// A table with header cells; `cells` are user text.
    mutating func table(_ header: [String], _ rows: [[String]], caption: String? = nil) {
        html += "<table>\n"
        if let caption { html += "<caption>" + Self.escape(caption) + "</caption>\n" }
        html +=
            "<thead><tr>" + header.map { "<th scope=\"col\">" + Self.escape($0) + "</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + row.map { "<td>" + Self.escape($0) + "</td>" }.joined() + "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
    }

    /// User text as paragraphs, line breaks kept.
    static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0)) }
            .joined(separator: "<br>\n")
    }
}
