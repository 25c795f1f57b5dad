/// Plain text laid out for a terminal: words wrapped to a width, tables padded to their widest cell.
public enum TextLayout {
    /// `text` broken at spaces so that no line passes `width`; continuation lines start with `indent` spaces.
    public static func wrap(_ text: String, width: Int, indent: Int, firstLineUsed: Int = 0) -> String {
        let limit = max(width, indent + 20)
        var lines: [String] = []
        var line = ""
        var used = firstLineUsed
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let extra = (line.isEmpty ? 0 : 1) + word.count
            if !line.isEmpty && used + extra > limit {
                lines.append(line)
                line = String(word)
                used = indent + word.count
            } else {
                line += (line.isEmpty ? "" : " ") + word
                used += extra
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    /// A table with columns padded to their widest cell, two spaces apart, no trailing spaces.
    public static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[safe: column]?.count ?? 0 }.max() ?? 0 }
        return all.map { row in
            var line = row.enumerated().map { index, cell in
                index == row.count - 1 || index >= widths.count
                    ? cell
                    : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}
