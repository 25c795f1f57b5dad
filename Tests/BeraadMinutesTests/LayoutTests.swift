import BeraadEngine
import Foundation
import Testing

@testable import BeraadMinutes

@Suite struct LayoutTests {
    /// The section ids of a page, in order.
    static func sectionIDs(_ page: Page) -> [String] {
        page.body.compactMap { block in
            if case .section(let id, _, _) = block { return id }
            return nil
        }
    }

    /// The section titles each format shows, in order.
    static func titles(markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    }

    static func titles(html: String) -> [String] {
        html.matches(of: /<section id="[a-z]+">\n<h2>([^<]*)<\/h2>/).map { String($0.1) }
    }

    static func titles(text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.indices.dropFirst().filter { index in
            let rule = lines[index]
            return !rule.isEmpty && rule.allSatisfy { $0 == "-" } && rule.count == lines[index - 1].count
        }.map { lines[$0 - 1] }
    }

    @Test(arguments: [false, true])
    func everyFormatShowsTheSameSectionsInTheSameOrder(_ rich: Bool) {
        let doc = (rich ? MeetingBuilder.rich() : MeetingBuilder(facilitator: nil)).document(.en)
        let page = doc.page()
        let expected = page.body.compactMap { block -> String? in
            if case .section(_, let title, _) = block { return title }
            return nil
        }
        #expect(rich ? expected.count > 10 : expected == ["Record of proceedings"])
        #expect(Self.titles(markdown: doc.markdown()) == expected)
        #expect(Self.titles(html: doc.html()) == expected)
        #expect(Self.titles(text: doc.plainText()) == expected)
    }

    @Test func aProtocolChoosesTheOrderAndPresenceOfItsSections() throws {
        var definition = try #require(try BuiltinProtocols.named("moreel-beraad"))
        // A name from a newer beraad's minutes is left out, not refused: the journal stays readable.
        definition.minutes = ["decision", "case", "fromANewerBeraad", "participants"]
        let doc = MeetingBuilder.rich(protocolDefinition: definition).document(.en)
        #expect(Self.sectionIDs(doc.page()) == ["decision", "case", "participants", "verantwoording"])
        #expect(
            Self.titles(markdown: doc.markdown()) == ["Decision", "The case", "Participants", "Record of proceedings"])
        #expect(Self.titles(html: doc.html()) == ["Decision", "The case", "Participants", "Record of proceedings"])
        #expect(doc.sections == [.decision, .case, .participants])
        // Without its accountability sections the appendix still names the source and the journal.
        let appendix = try #require(doc.page().body.last)
        guard case .section(_, _, let blocks) = appendix else { return }
        #expect(!blocks.contains { if case .heading = $0 { return true } else { return false } })
    }

    @Test func theAccountabilitySectionsCloseThePageInTheAppendixWhichCanBeLeftOut() throws {
        var builder = MeetingBuilder.rich()
        let md = builder.document(.nl).markdown()
        let appendix = try #require(md.range(of: "## Verantwoording"))
        for part in ["### Tijd per ronde", "**Bron:**", "**Sessie:**"] {
            let found = try #require(md.range(of: part), "\(part)")
            #expect(found.lowerBound > appendix.lowerBound, "\(part) stands before the appendix")
        }
        #expect(md[..<appendix.lowerBound].contains("Vastgesteld") == false)
        builder.appendix = false
        let filed = builder.document(.nl)
        for output in [filed.markdown(), filed.html(), filed.plainText()] {
            for absent in ["Verantwoording", "Tijd per ronde", "Bron", "v5)", "Correcties", "oorspronkelijk"] {
                #expect(!output.contains(absent), "\(absent) is left in")
            }
        }
    }

    @Test func withoutAListTheSectionsFollowTheStandardOrder() {
        let page = MeetingBuilder.rich().document(.en).page()
        let ids = Self.sectionIDs(page)
        let order = MinutesSection.standardOrder.filter { !$0.isAccountability }.map(\.rawValue) + ["verantwoording"]
        #expect(ids == order.filter(ids.contains))
        #expect(ids.contains("positions") && ids.contains("corrections") == false)
    }

    @Test func theWritersEscapeEverySpanStyle() {
        let hostile = "<b>*x*</b> & _y_ [z](u)"
        for style in [Span.Style.plain, .strong, .label, .attribution, .aside, .tag, .quotation] {
            let spans = [Span(hostile, style)]
            let html = HTMLWriter.inline(spans)
            #expect(!html.contains("<b>") && html.contains("&lt;b&gt;") && html.contains("&amp;"), "\(style)")
            let markdown = MarkdownWriter.inline(spans)
            #expect(markdown.contains("\\<b>\\*x\\*\\</b>") && markdown.contains("[z\\](u)"), "\(style)")
            #expect(markdown.contains("\\_y\\_"), "\(style)")
        }
    }

    @Test func theMarkdownPastesIntoAnEMailWithoutStrayBackslashes() {
        // Only what Markdown would misread is escaped: a heading's number, an erasure mark, an underscore inside a
        // word, a lone tilde or a comparison stay as they are.
        for text in ["[…] woont op 3 hoog", "een_woord", "ongeveer ~5 km", "3 > 2", "zie [bijlage]", "1. Introductie"] {
            #expect(MarkdownWriter.escapeHeading(text) == text, "\(text)")
        }
        #expect(MarkdownWriter.inline([Span("[…] woont op 3 hoog")]) == "[…] woont op 3 hoog")
        #expect(MarkdownWriter.escapeInline("1. punt") == "1\\. punt")
        #expect(MarkdownWriter.escapeInline("> citaat") == "\\> citaat")
        #expect(MarkdownWriter.escapeInline("~~weg~~") == "\\~\\~weg\\~\\~")
        #expect(MarkdownWriter.escapeInline("<script>") == "\\<script>")
    }

    @Test func onlyWebAddressesBecomeLinks() {
        #expect(
            HTMLWriter.inline([Span("https://example.org/a?b=1&c", .link)])
                == "<a href=\"https://example.org/a?b=1&amp;c\">https://example.org/a?b=1&amp;c</a>")
        #expect(HTMLWriter.inline([Span("javascript:alert(1)", .link)]) == "javascript:alert(1)")
        #expect(MarkdownWriter.inline([Span("https://example.org/>x", .link)]) == "<https://example.org/x>")
    }

    @Test func plainTextHasNoMarkupAndKeepsToItsWidth() throws {
        let text = MeetingBuilder.rich().document(.en).plainText(width: 60)
        #expect(text.hasPrefix("Minutes: Beraad\n===============\n"))
        #expect(!text.contains("**") && !text.contains("<") && !text.contains("| ---"))
        #expect(text.contains("  • Anna, hoe oud is hij? — Bram"))
        #expect(text.contains("Earlier:") && text.contains("- 14:17 — A: gezondheid"))
        // A wrapped value goes on under itself.
        let source = text.split(separator: "\n").drop { !$0.hasPrefix("Source:") }.prefix(2).map(String.init)
        let first = try #require(source.first)
        let column = "Source:".count + first.dropFirst("Source:".count).prefix { $0 == " " }.count
        #expect(source[1].prefix { $0 == " " }.count == column)
        // Tables are as wide as their cells (two spaces between columns); every other line wraps.
        for line in text.split(separator: "\n") where line.hasPrefix("  ") || !line.contains("  ") {
            #expect(line.count <= 60, "\(line)")
        }
    }
}

@Suite struct ReplacedEntryTests {
    @Test func aReframedDilemmaIsShownOnceAndTheOldOneAsReplaced() throws {
        var s = MeetingBuilder()
        s.run(.join(name: "Anna", role: "inbrenger"))
        s.next()
        s.next()
        s.run(
            .frameDilemma(
                question: "Bellen of niet?",
                options: [LabeledText(label: "A", text: "bellen"), LabeledText(label: "B", text: "niet")],
                harms: [LabeledText(label: "A", text: "vertrouwen weg")]))
        s.run(.frameDilemma(question: nil, options: [], harms: [LabeledText(label: "B", text: "wond erger")]))
        let doc = s.document(.en)
        #expect(doc.dilemma?.options.map(\.harm) == ["vertrouwen weg", "wond erger"])
        let markdown = doc.markdown()
        #expect(markdown.components(separatedBy: "**Bellen of niet?**").count == 2, "one dilemma")
        #expect(markdown.contains("replaced by e"), "the first framing is in the appendix as replaced")
        #expect(!doc.rounds.flatMap(\.contributions).contains { $0.kind == "dilemma" })
    }
}

@Suite struct OutsideOwnerTests {
    @Test func anOwnerFromOutsideTheMeetingIsShownAsSuch() {
        var s = MeetingBuilder()
        s.run(.join(name: "Anna", role: "inbrenger"))
        for _ in 0..<6 { s.next() }
        s.run(.agreeAction(text: "Melden bij Veilig Thuis", owner: "Marjan (aandachtsfunctionaris)", due: nil))
        s.run(.agreeAction(text: "Bellen", owner: "Anna", due: nil))
        let doc = s.document(.en)
        #expect(doc.actions.map(\.ownerTookPart) == [false, true])
        let markdown = doc.markdown()
        #expect(markdown.contains("| Melden bij Veilig Thuis | Marjan (aandachtsfunctionaris) (not at the meeting) |"))
        #expect(markdown.contains("| Bellen | Anna | — |"))
    }
}
