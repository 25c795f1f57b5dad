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
    /// The page with every text neutralised (`TextSafety`): what every writer starts from.
    public func neutralised() -> Page {
        var page = self
        let safe = TextSafety.neutralised
        page.title = safe(title)
        page.header = header.map { $0.mappingText(safe) }
        page.body = body.map { $0.mappingText(safe) }
        return page
    }
}

extension Block {
    /// The block with `transform` applied to every text in it.
    func mappingText(_ transform: (String) -> String) -> Block {
        func spans(_ items: [Span]) -> [Span] { items.map { Span(transform($0.text), $0.style) } }
        switch self {
        case .title(let kicker, let text): return .title(kicker: transform(kicker), text: transform(text))
        case .badge(let text, let tone): return .badge(transform(text), tone)
        case .facts(let facts):
            return .facts(
                facts.map { Fact(transform($0.label), spans($0.value), items: $0.items.map(spans)) })
        case .note(let text): return .note(transform(text))
        case .section(let id, let title, let blocks):
            return .section(id: id, title: transform(title), blocks: blocks.map { $0.mappingText(transform) })
        case .heading(let items): return .heading(spans(items))
        case .paragraph(let items): return .paragraph(spans(items))
        case .quote(let text, let attribution):
            return .quote(text: transform(text), attribution: attribution.map(transform))
        case .list(let items): return .list(items.map(spans))
        case .table(var table):
            table.header = table.header.map(transform)
            table.rows = table.rows.map { $0.map(transform) }
            return .table(table)
        case .group(let blocks): return .group(blocks.map { $0.mappingText(transform) })
        case .chart(var chart):
            chart.title = transform(chart.title)
            chart.summary = transform(chart.summary)
            chart.columns = chart.columns.map(transform)
            chart.rows = chart.rows.map { StepChart.Row(label: transform($0.label), steps: $0.steps) }
            chart.firstLegend = transform(chart.firstLegend)
            chart.lastLegend = transform(chart.lastLegend)
            return .chart(chart)
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
