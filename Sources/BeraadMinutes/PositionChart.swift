/// The small SVG that shows, per participant, the option chosen first and last and the steps between.
enum PositionChart {
    /// The chart, or `nil` when nobody took a position or there is no dilemma.
    static func svg(_ doc: MinutesDocument) -> String? {
        let options = doc.dilemma?.options.map(\.label) ?? doc.tally.map(\.label)
        let people = doc.positions.filter { !$0.positions.isEmpty }
        guard !options.isEmpty, !people.isEmpty else { return nil }
        let lang = doc.language
        let labelWidth = 170
        let columnWidth = 90
        let rowHeight = 30
        let top = 34
        let width = max(labelWidth + columnWidth * options.count + 20, labelWidth + 300)
        let height = top + rowHeight * people.count + 28
        func x(_ label: String) -> Int {
            labelWidth + columnWidth * (options.firstIndex(of: label) ?? 0) + columnWidth / 2
        }
        let summary = people.map { person in
            person.participant + ": " + person.positions.map(\.option).joined(separator: " → ")
        }.joined(separator: "; ")
        let title = MinutesLabels.chartTitle(lang)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n"
        svg += "<title id=\"chart-title\">" + HTMLWriter.escape(title) + "</title>\n"
        svg += "<desc id=\"chart-desc\">" + HTMLWriter.escape(summary) + "</desc>\n"
        for label in options {
            svg +=
                "<text x=\"\(x(label))\" y=\"20\" text-anchor=\"middle\" class=\"axis\">"
                + HTMLWriter.escape(MinutesLabels.option(lang) + " " + label) + "</text>\n"
            svg += "<line x1=\"\(x(label))\" y1=\"26\" x2=\"\(x(label))\" y2=\"\(height - 24)\" class=\"grid\"/>\n"
        }
        for (row, person) in people.enumerated() {
            let y = top + rowHeight * row + rowHeight / 2
            svg +=
                "<text x=\"\(labelWidth - 12)\" y=\"\(y + 4)\" text-anchor=\"end\" class=\"name\">"
                + HTMLWriter.escape(clip(person.participant)) + "</text>\n"
            let steps = person.positions.map { x($0.option) }
            if steps.count > 1 {
                // Each step bends a little upward so that moves back and forth stay visible.
                for (index, (from, to)) in zip(steps, steps.dropFirst()).enumerated() where from != to {
                    let bend = y - 8 - 3 * index
                    svg += "<path d=\"M \(from) \(y) Q \((from + to) / 2) \(bend) \(to) \(y)\" class=\"move\"/>\n"
                }
            }
            for (index, cx) in steps.enumerated().dropLast().dropFirst() {
                svg +=
                    "<circle cx=\"\(cx)\" cy=\"\(y)\" r=\"4\" class=\"step\"><title>"
                    + HTMLWriter.escape("\(index + 1)") + "</title></circle>\n"
            }
            if let first = steps.first {
                svg += "<circle cx=\"\(first)\" cy=\"\(y)\" r=\"8\" class=\"first\"/>\n"
            }
            if let last = steps.last {
                svg += "<circle cx=\"\(last)\" cy=\"\(y)\" r=\"5.5\" class=\"last\"/>\n"
            }
        }
        let legendY = height - 8
        svg += "<circle cx=\"\(labelWidth)\" cy=\"\(legendY - 4)\" r=\"6\" class=\"first\"/>"
        svg +=
            "<text x=\"\(labelWidth + 12)\" y=\"\(legendY)\" class=\"legend\">"
            + HTMLWriter.escape(MinutesLabels.firstChoice(lang)) + "</text>\n"
        svg += "<circle cx=\"\(labelWidth + 150)\" cy=\"\(legendY - 4)\" r=\"5\" class=\"last\"/>"
        svg +=
            "<text x=\"\(labelWidth + 162)\" y=\"\(legendY)\" class=\"legend\">"
            + HTMLWriter.escape(MinutesLabels.lastChoice(lang)) + "</text>\n"
        svg += "</svg>"
        return svg
    }

    private static func clip(_ name: String) -> String { name.count > 24 ? String(name.prefix(23)) + "…" : name }
}
