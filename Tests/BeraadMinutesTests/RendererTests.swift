import BeraadEngine
import Foundation
import BeraadTestSupport
import Testing

@testable import BeraadMinutes

@Suite struct RendererTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    /// Compares with the golden file beside the tests (BERAAD_RECORD=1 re-records).
    static func golden(_ name: String, _ actual: String) throws {
        try Golden.check(goldenFolder.appendingPathComponent(name), actual)
    }

    static func approvedRich() -> MeetingBuilder {
        var s = MeetingBuilder.rich()
        s.run(.approve())
        return s
    }

    @Test(arguments: [Language.nl, Language.en])
    func aRichSessionRendersAsItsGoldenFiles(_ lang: Language) throws {
        let doc = Self.approvedRich().document(lang)
        try Self.golden("rich.\(lang.rawValue).md", doc.markdown())
        try Self.golden("rich.\(lang.rawValue).html", doc.html())
        try Self.golden("rich.\(lang.rawValue).json", try doc.json())
    }

    @Test func theHTMLIsSelfContained() {
        let html = Self.approvedRich().document().html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        for forbidden in ["<script", "<link", "src=", "@import", "url(", "http://", "https://"]
        where forbidden != "http://" {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // The only address is the SVG namespace, which is never fetched.
        #expect(
            html.components(separatedBy: "http://").count == 2 && html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<th scope=\"col\">") && html.contains("@page { size: A4"))
        #expect(html.contains("<svg") && html.contains("role=\"img\""))
        #expect(html.contains("Vastgesteld op"))
    }

    @Test func everyPrintedPageSaysItsStatusConfidentialityAndNumber() {
        let html = MeetingBuilder.rich().document(.nl).html()
        let number = "@bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages) \"\";"
        let status = "@bottom-left { content: \"Concept · Beraad · Vertrouwelijk — niet in het cliëntdossier\";"
        #expect(html.contains(number) && html.contains(status), "\(html)")
        #expect(HTMLWriter.cssString("a\"b\\c</style><x>") == "\"a\\\"b\\\\c\\3C /style\\3E \\3C x\\3E \"")
    }

    @Test func datesDoNotWrapAndWordsAreNotBrokenInTablesAndTheAppendixStartsAPage() {
        let html = MeetingBuilder.rich().document(.nl).html()
        #expect(html.contains("<td class=\"unbroken\">20-03-2026</td>"))
        #expect(html.contains("td.unbroken { white-space: nowrap; }"))
        #expect(!html.contains("overflow-wrap: anywhere"), "anywhere breaks short words in narrow columns")
        #expect(html.contains("#verantwoording { break-before: page;"))
    }

    @Test func aBareSessionsHTMLHasNoEmptySection() {
        let html = MeetingBuilder(facilitator: nil).document(.en).html()
        for section in html.components(separatedBy: "<section").dropFirst() {
            let body = section.components(separatedBy: "</h2>\n").last ?? ""
            #expect(!body.hasPrefix("</section>"), "empty section")
        }
        #expect(!html.contains("null") && !html.contains("Positions"))
    }

    @Test func headingsComeInOrder() {
        let html = Self.approvedRich().document().html()
        var previous = 0
        for match in html.matches(of: /<h([1-6])/) {
            let level = Int(match.1)!
            #expect(level <= previous + 1, "h\(level) after h\(previous)")
            previous = level
        }
        #expect(html.components(separatedBy: "<h1").count == 2)
    }

    @Test func everyFactAgreesAcrossTheFormats() throws {
        let doc = Self.approvedRich().document(.en)
        let md = doc.markdown()
        let html = doc.html()
        let decoded = try JSONDecoder().decode(MinutesDocument.self, from: Data(try doc.json().utf8))
        #expect(decoded == doc)
        var texts: [String] =
            doc.participants.map(\.name) + doc.actions.flatMap { [$0.text, $0.owner] }
        texts += doc.positions.flatMap {
            $0.positions.flatMap { [$0.because, $0.cannot, $0.mitigate, $0.needs].compactMap { $0 } }
        }
        texts += [doc.decision!.text, doc.decision!.rationale!, doc.case!.text, doc.dilemma!.question]
        texts +=
            doc.dilemma!.options.flatMap { [$0.text, $0.harm!] } + doc.signals.map(\.text) + doc.evaluations.map(\.text)
        texts += doc.grid.map(\.text) + doc.agreements.map(\.text)
        for text in texts {
            #expect(md.contains(MarkdownWriter.escapeInline(text)), "Markdown lacks \(text)")
            #expect(html.contains(HTMLWriter.escape(text)), "HTML lacks \(text)")
        }
        for tally in doc.tally {
            #expect(md.contains("| \(tally.label) | \(MarkdownWriter.escapeInline(tally.text)) | \(tally.count) |"))
            #expect(
                html.contains("<td>\(tally.label)</td><td>\(HTMLWriter.escape(tally.text))</td><td>\(tally.count)</td>")
            )
        }
    }

    @Test func hostileTextIsShownAsTextInHTML() {
        var s = MeetingBuilder()
        s.next()
        s.run(.recordCase(text: "<script>alert('x')</script></style><img src=x onerror=alert(1)> & \"q\"", by: nil))
        s.run(.join(name: "<b>Eve</b>", role: nil))
        let html = s.document().html()
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>Eve"))
        #expect(
            html.contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"
            ))
        #expect(html.contains("&lt;b&gt;Eve&lt;/b&gt;"))
        #expect(html.components(separatedBy: "</style>").count == 2)
    }

    @Test func anonymisedHTMLAndChartContainNoName() {
        let html = MeetingBuilder.rich().document(.nl, anonymize: true).html()
        for name in ["Anna", "Bakker", "Bram", "Carla", "Dijk", "Mia", "Wit", "Kuipers"] {
            #expect(html.range(of: "\\b\(name)\\b", options: [.regularExpression, .caseInsensitive]) == nil, "\(name)")
        }
        #expect(html.contains("<desc id=\"chart-desc\">Inbrenger: B; Deelnemer 1: A → B; Deelnemer 2: B</desc>"))
    }

    @Test func theChartShowsFirstLastAndTheStepsBetween() throws {
        var s = MeetingBuilder()
        s.run(.join(name: "Anna", role: nil))
        s.next()
        s.next()
        s.run(Self.dilemma3)
        s.next()
        s.next()
        for option in ["A", "C", "B"] {
            s.run(.takePosition(name: "Anna", option: option, because: nil, cannot: nil, mitigate: nil, needs: nil))
        }
        let svg = HTMLWriter.svg(try #require(Self.chart(s.document())))
        #expect(svg.contains("Anna: A → C → B"))
        #expect(svg.components(separatedBy: "class=\"move\"").count == 3)
        #expect(svg.components(separatedBy: "class=\"step\"").count == 2)
        #expect(Self.chart(MeetingBuilder().document()) == nil)
    }

    /// The chart the page of `doc` draws, if any.
    static func chart(_ doc: MinutesDocument) -> StepChart? {
        func find(_ blocks: [Block]) -> StepChart? {
            for block in blocks {
                switch block {
                case .chart(let chart): return chart
                case .section(_, _, let inner), .group(let inner): if let chart = find(inner) { return chart }
                default: continue
                }
            }
            return nil
        }
        return find(doc.page().body)
    }

    static let dilemma3 = Command.frameDilemma(
        question: "?",
        options: [
            LabeledText(label: "A", text: "a"), LabeledText(label: "B", text: "b"), LabeledText(label: "C", text: "c"),
        ],
        harms: [])
}
