import BeraadEngine

/// Texts that stand redacted: once `redact` has been given a text, every text recorded later in the session (or, for
/// the home's list, in any session) has it replaced by `[…]` before it reaches the disk.
///
/// A term is kept only as the salted SHA-256 of its folded words, with how many words it has: no plain copy of it
/// remains in the home. Text is searched word by word, each run of as many words as a term has hashed and looked
/// up, the last word also in the forms it takes in running text (`Bakkers`, `Bakker's`, `Annetje`), as anonymising
/// finds names (`WordForms`).
public struct StandingRedaction: Sendable, Equatable {
    /// One term, as it is kept.
    public struct Term: Sendable, Hashable, Comparable {
        /// How many words the term has.
        public var words: Int
        /// The salted SHA-256 of its folded words, joined by single spaces, in hex.
        public var hash: String

        public static func < (lhs: Term, rhs: Term) -> Bool { (lhs.words, lhs.hash) < (rhs.words, rhs.hash) }
    }

    /// The home's secret the terms are salted with.
    let salt: [UInt8]
    public private(set) var terms: Set<Term>
    /// The numbers of words the terms have, most first: a longer term is matched before a shorter one.
    private var lengths: [Int]

    public init(salt: [UInt8], terms: Set<Term> = []) {
        self.salt = salt
        self.terms = terms
        lengths = Set(terms.map(\.words)).sorted(by: >)
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// The term `text` stands for: its folded words; nil for text without a word.
    public func term(for text: String) -> Term? {
        let words = WordForms.words(in: text).map { WordForms.fold(String(text[$0])) }
        guard !words.isEmpty else { return nil }
        return Term(words: words.count, hash: hash(words))
    }

    /// Adds `term`; false when it stood already.
    @discardableResult
    public mutating func insert(_ term: Term) -> Bool {
        guard terms.insert(term).inserted else { return false }
        lengths = Set(terms.map(\.words)).sorted(by: >)
        return true
    }

    /// `text` with every standing term replaced by `[…]`, and how many there were.
    public func apply(_ text: String) -> (text: String, count: Int) {
        guard !terms.isEmpty else { return (text, 0) }
        let ranges = WordForms.words(in: text)
        guard !ranges.isEmpty else { return (text, 0) }
        let folded = ranges.map { WordForms.fold(String(text[$0])) }
        var result = ""
        var copied = text.startIndex
        var count = 0
        var index = 0
        while index < ranges.count {
            var matchedEnd: Int?
            for length in lengths where index + length <= ranges.count {
                let last = index + length - 1
                let head = folded[index..<last]
                if WordForms.stems(of: folded[last]).contains(where: {
                    terms.contains(Term(words: length, hash: hash(head + [$0])))
                }) {
                    matchedEnd = last
                    break
                }
            }
            if let end = matchedEnd {
                result += text[copied..<ranges[index].lowerBound] + TextErasure.mark
                copied = ranges[end].upperBound
                count += 1
                index = end + 1
            } else {
                index += 1
            }
        }
        return count == 0 ? (text, 0) : (result + text[copied...], count)
    }

    /// `events` with the texts people typed passed through `apply` (names, ids and labels untouched), and how many
    /// terms were replaced.
    public func apply(to events: [Event]) -> (events: [Event], count: Int) {
        guard !terms.isEmpty else { return (events, 0) }
        var count = 0
        let rewritten = events.map { event in
            event.rewritingText(
                { text in
                    let (replaced, found) = apply(text)
                    count += found
                    return replaced
                }, names: { $0 })
        }
        return (rewritten, count)
    }

    /// `records` with their events' texts passed through `apply`, and how many terms were replaced.
    public func apply(to records: [Record]) -> (records: [Record], count: Int) {
        let (events, count) = apply(to: records.map(\.event))
        guard count > 0 else { return (records, 0) }
        return (
            zip(records, events).map { record, event in
                var record = record
                record.event = event
                return record
            }, count
        )
    }

    private func hash<Words: Sequence>(_ words: Words) -> String where Words.Element == String {
        var sha = SHA256()
        sha.update(salt)
        sha.update([0])
        sha.update(Array(words.joined(separator: " ").utf8))
        return SHA256.hex(sha.finalize())
    }

    // MARK: - As the home keeps it

    static let header = "beraad-standing-redactions 1"

    /// The list as its file holds it: a header, then a line `WORDS HASH` per term, in order.
    var text: String {
        ([Self.header] + terms.sorted().map { "\($0.words) \($0.hash)" }).joined(separator: "\n") + "\n"
    }

    /// The terms of a list file; nil for a file of another shape.
    static func terms(in text: String) -> Set<Term>? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(header) else { return nil }
        lines.removeFirst()
        var terms: Set<Term> = []
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let words = Int(parts[0]), words > 0, parts[1].count == 64,
                parts[1].allSatisfy(\.isHexDigit)
            else { return nil }
            terms.insert(Term(words: words, hash: String(parts[1])))
        }
        return terms
    }
}
