extension HTMLWriter {
    /// A step chart as a small SVG: a row per label, a column per value, the first step as a ring, the last as a
    /// dot and the moves between as arcs.
    static func svg(_ chart: StepChart) -> String {
        let labelWidth = 170
        let columnWidth = 90
        let rowHeight = 30
        let top = 34
        let width = max(labelWidth + columnWidth * chart.columns.count + 20, labelWidth + 300)
        let height = top + rowHeight * chart.rows.count + 28
        func x(_ column: Int) -> Int { labelWidth + columnWidth * column + columnWidth / 2 }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n"
        svg += "<title id=\"chart-title\">" + escape(chart.title) + "</title>\n"
        svg += "<desc id=\"chart-desc\">" + escape(chart.summary) + "</desc>\n"
        for (column, name) in chart.columns.enumerated() {
            svg +=
                "<text x=\"\(x(column))\" y=\"20\" text-anchor=\"middle\" class=\"axis\">" + escape(name) + "</text>\n"
            svg += "<line x1=\"\(x(column))\" y1=\"26\" x2=\"\(x(column))\" y2=\"\(height - 24)\" class=\"grid\"/>\n"
        }
        for (index, row) in chart.rows.enumerated() {
            let y = top + rowHeight * index + rowHeight / 2
            svg +=
                "<text x=\"\(labelWidth - 12)\" y=\"\(y + 4)\" text-anchor=\"end\" class=\"name\">"
                + escape(clip(row.label)) + "</text>\n"
            let steps = row.steps.map(x)
            // Each move bends a little more upward than the one before, so that moves back and forth stay visible.
            for (move, (from, to)) in zip(steps, steps.dropFirst()).enumerated() where from != to {
                let bend = y - 8 - 3 * move
                svg += "<path d=\"M \(from) \(y) Q \((from + to) / 2) \(bend) \(to) \(y)\" class=\"move\"/>\n"
            }
            for (step, cx) in steps.enumerated().dropLast().dropFirst() {
                svg += "<circle cx=\"\(cx)\" cy=\"\(y)\" r=\"4\" class=\"step\"><title>\(step + 1)</title></circle>\n"
            }
            if let first = steps.first { svg += "<circle cx=\"\(first)\" cy=\"\(y)\" r=\"8\" class=\"first\"/>\n" }
            if let last = steps.last { svg += "<circle cx=\"\(last)\" cy=\"\(y)\" r=\"5.5\" class=\"last\"/>\n" }
        }
        let legendY = height - 8
        svg += "<circle cx=\"\(labelWidth)\" cy=\"\(legendY - 4)\" r=\"6\" class=\"first\"/>"
        svg +=
            "<text x=\"\(labelWidth + 12)\" y=\"\(legendY)\" class=\"legend\">" + escape(chart.firstLegend)
            + "</text>\n"
        svg += "<circle cx=\"\(labelWidth + 150)\" cy=\"\(legendY - 4)\" r=\"5\" class=\"last\"/>"
        svg +=
            "<text x=\"\(labelWidth + 162)\" y=\"\(legendY)\" class=\"legend\">" + escape(chart.lastLegend)
            + "</text>\n"
        return svg + "</svg>"
    }

    private static func clip(_ name: String) -> String { name.count > 24 ? String(name.prefix(23)) + "…" : name }
}
