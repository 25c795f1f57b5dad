import BeraadEngine

/// Minutes laid out for writing: a page of blocks whose text is user text, escaped by the writer that prints it.
/// Writers know these blocks and nothing of moral deliberation.
/// The foot of every printed page.
public struct RunningFooter: Sendable, Equatable {
    public var left: String
    /// With `%PAGE%` and `%PAGES%` where the numbers go.
    public var right: String

    public init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}

public struct Page: Sendable, Equatable {
    public var language: Language
    /// The page's title, as a window or tab shows it.
    public var title: String
    /// What opens the page: title, status badge, facts, notes.
    public var header: [Block]
    public var body: [Block]
    /// A last line that print leaves out (HTML only).
    public var colophon: String?
    /// What the page is for: a document to read and print, or a screen the group looks at together.
    public var medium: Medium = .document
    /// What every printed page says at its foot: the status and the confidentiality line on the left, and the
    /// page's number out of how many (`%PAGE%`, `%PAGES%` stand for them) on the right.
    public var running: RunningFooter? = nil

    public init(
        language: Language, title: String, header: [Block], body: [Block], colophon: String? = nil,
        medium: Medium = .document
    ) {
        self.language = language
        self.title = title
        self.header = header
        self.body = body
        self.colophon = colophon
        self.medium = medium
    }

    /// How a page is shown.
    public enum Medium: Sendable, Equatable {
        case document
        /// Large type for a projector or a shared screen, reloaded by the browser every `refreshSeconds`.
        case screen(refreshSeconds: Int)
    }
}

extension Page {
    /// The page with every text neutralised (`TextSafety`): what every writer starts from. Changed in place, item by
    /// item: a page of a hundred thousand contributions is not held twice while it is made safe.
    public consuming func neutralised() -> Page {
        let safe = TextSafety.neutralised
        title = safe(title)
        for index in header.indices { header[index].changeText(safe) }
        for index in body.indices { body[index].changeText(safe) }
        return self
    }
}

extension Block {
    /// Applies `transform` to every text in the block, in place: each item is replaced as it is made.
    mutating func changeText(_ transform: (String) -> String) {
        func change(_ spans: inout [Span]) {
            for index in spans.indices { spans[index].text = transform(spans[index].text) }
        }
        func change(_ blocks: inout [Block]) { for index in blocks.indices { blocks[index].changeText(transform) } }
        // What a case holds is taken out of it first (the block is a placeholder meanwhile), so that it is the only
        // reference and changes in place rather than as a copy.
        switch self {
        case .title(let kicker, let text): self = .title(kicker: transform(kicker), text: transform(text))
        case .badge(let text, let tone): self = .badge(transform(text), tone)
        case .facts(var facts):
            self = .note("")
            for index in facts.indices {
                facts[index].label = transform(facts[index].label)
                change(&facts[index].value)
                for item in facts[index].items.indices { change(&facts[index].items[item]) }
            }
            self = .facts(facts)
        case .note(let text): self = .note(transform(text))
        case .section(let id, let title, var blocks):
            self = .note("")
            change(&blocks)
            self = .section(id: id, title: transform(title), blocks: blocks)
        case .heading(var items):
            self = .note("")
            change(&items)
            self = .heading(items)
        case .paragraph(var items):
            self = .note("")
            change(&items)
            self = .paragraph(items)
        case .quote(let text, let attribution):
            self = .quote(text: transform(text), attribution: attribution.map(transform))
        case .list(var items):
            self = .note("")
            for index in items.indices { change(&items[index]) }
            self = .list(items)
        case .table(var table):
            self = .note("")
            table.header = table.header.map(transform)
            for index in table.rows.indices { table.rows[index] = table.rows[index].map(transform) }
            self = .table(table)
        case .group(var blocks):
            self = .note("")
            change(&blocks)
            self = .group(blocks)
        case .chart(var chart):
            chart.title = transform(chart.title)
            chart.summary = transform(chart.summary)
            chart.columns = chart.columns.map(transform)
            chart.rows = chart.rows.map { StepChart.Row(label: transform($0.label), steps: $0.steps) }
            chart.firstLegend = transform(chart.firstLegend)
            chart.lastLegend = transform(chart.lastLegend)
            self = .chart(chart)
        }
    }
}

/// One block of a page.
public enum Block: Sendable, Equatable {
    /// The page's main heading: a small kicker above (or before) the title.
    case title(kicker: String, text: String)
    /// A status shown as a badge.
    case badge(String, Tone)
    /// Labelled values, one per line.
    case facts([Fact])
    /// A remark about the page itself, set apart.
    case note(String)
    /// A titled part of the page; `id` is its anchor.
    case section(id: String, title: String, blocks: [Block])
    /// A heading within a section.
    case heading([Span])
    case paragraph([Span])
    /// A quoted text, its line breaks kept, with who it is from.
    case quote(text: String, attribution: String?)
    case list([[Span]])
    case table(Table)
    /// Blocks that belong together, such as one person's position.
    case group([Block])
    /// A drawing of steps between columns; text formats leave it out, the data is in the tables around it.
    case chart(StepChart)

    /// How a badge reads.
    public enum Tone: String, Sendable, Equatable {
        /// Not final yet.
        case caution
        /// Settled.
        case settled
    }
}

/// A run of inline text and how it is set.
public struct Span: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case plain
        case strong
        /// A label before the text it names: `Label:`.
        case label
        /// Who said it: ` — name`.
        case attribution
        /// A parenthetical: `(text)`.
        case aside
        /// A short tag: `[text]`.
        case tag
        /// Quoted words: “text”.
        case quotation
        /// A web address.
        case link
    }

    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A label and its value, with an optional list under it.
public struct Fact: Sendable, Equatable {
    public var label: String
    public var value: [Span]
    public var items: [[Span]] = []

    public init(_ label: String, _ value: [Span], items: [[Span]] = []) {
        self.label = label
        self.value = value
        self.items = items
    }

    public init(_ label: String, _ value: String) { self.init(label, [Span(value)]) }

    /// The label as it leads its value: with a colon, unless it is a question.
    public var leadingLabel: String { label.hasSuffix("?") ? label : label + ":" }
}

/// A table of plain cells; `marked` rows stand out, and the cells of `unbroken` columns (dates, times) never wrap.
public struct Table: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    public var marked: Set<Int> = []
    public var unbroken: Set<Int> = []

    public init(header: [String], rows: [[String]], marked: Set<Int> = [], unbroken: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.marked = marked
        self.unbroken = unbroken
    }
}

/// Rows of steps across named columns: where each row began, where it ended, and the steps between.
public struct StepChart: Sendable, Equatable {
    public var title: String
    /// The whole chart in one sentence, for those who cannot see it.
    public var summary: String
    public var columns: [String]
    public var rows: [Row]
    public var firstLegend: String
    public var lastLegend: String

    public struct Row: Sendable, Equatable {
        public var label: String
        /// Column indices, first to last.
        public var steps: [Int]
    }
}
