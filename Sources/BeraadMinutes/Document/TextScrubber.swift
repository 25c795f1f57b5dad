import BeraadEngine
import Foundation

/// Replaces redacted texts by `[…]` and, when anonymising, participants' names by role and number — in every
/// user text, a first name or any other part of a name alone included.
///
/// Names are found as words, compared folded (case, diacritics, composed or decomposed Unicode): `Zoë`, `Zoe`
/// and `ZOË` are one name. A word is a name when it is one with a Dutch or English ending — the genitive
/// (`Johans`, `Zoë's`), a diminutive (`Sanneke`, `Johannetje`) — or with digits attached (`Johan2`). A
/// hyphenated or multi-word name is replaced whole where it stands whole, and each of its parts where a part
/// stands alone (`Anne`, `Marie`, `Berg`), but never a particle such as `van` or `de`. Finding is linear in the
/// text, whatever the number of participants.
public struct TextScrubber: Sendable {
    /// The mark that stands where a redacted text was.
    public static let redactionMark = "[…]"

    private let redactions: [String]
    /// Every participant's full name, folded, to its replacement.
    private let nameMap: [String: String]
    /// Full names as folded word sequences, by their first word; longest first.
    private let sequences: [String: [(words: [String], replacement: String)]]
    /// Each single word that names someone (a part of a name, or a whole one-word name), folded.
    private let words: [String: String]
    /// Each participant's name exactly as given, to its replacement.
    private let exact: [String: String]

    /// Words that are part of Dutch and other surnames but also ordinary words, so never replaced alone.
    static let particles: Set<String> = [
        "van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le", "von", "t", "in", "op", "d", "du", "da",
        "di", "del", "el", "al", "bin", "ben",
    ]

    /// Parts of names that are also ordinary words (de bakker op de hoek, een witte auto, de dam): alone and in
    /// lower case they are the word, not the person; with a capital they are the name.
    static let ordinaryWords: Set<String> = [
        "bakker", "visser", "smit", "smid", "boer", "jong", "groot", "klein", "wit", "zwart", "bruin", "groen",
        "rood", "bos", "vos", "berg", "dam", "hoek", "haan", "koning", "kok", "koster", "schipper", "timmerman",
        "kuiper", "molenaar", "mulder", "brouwer", "dekker", "kramer", "schaap", "lange", "leeuw", "meer", "veen",
        "beek", "bosch", "dijk", "wal", "brink", "hof", "kamp", "laan", "linden", "bloem", "roos", "mark",
        "baker", "smith", "miller", "white", "black", "brown", "green", "young", "king", "hill", "wood", "rose",
    ]

    /// A scrubber for `redactions` and, if given, the participants to anonymise with their replacement names.
    public init(redactions: [String], anonymize replacements: [(name: String, replacement: String)] = []) {
        self.redactions = redactions.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var map: [String: String] = [:]
        var sequences: [String: [(words: [String], replacement: String)]] = [:]
        var words: [String: String] = [:]
        for (name, replacement) in replacements {
            let parts = WordForms.words(in: name).map { WordForms.fold(String(name[$0])) }
            guard let first = parts.first else { continue }
            map[parts.joined(separator: " ")] = replacement
            sequences[first, default: []].append((parts, replacement))
            for part in parts where !Self.particles.contains(part) && part.count > 1 {
                // A part two people share stays with the first; their full names still tell them apart.
                if words[part] == nil { words[part] = replacement }
            }
        }
        for key in sequences.keys { sequences[key]?.sort { $0.words.count > $1.words.count } }
        self.nameMap = map
        self.sequences = sequences
        self.words = words
        var exact: [String: String] = [:]
        for (name, replacement) in replacements where exact[name] == nil { exact[name] = replacement }
        self.exact = exact
    }

    /// `text` with redactions and names replaced.
    public func callAsFunction(_ text: String) -> String {
        var result = text
        for redaction in redactions {
            result = result.replacingOccurrences(
                of: redaction, with: Self.redactionMark, options: [.caseInsensitive, .diacriticInsensitive])
        }
        return words.isEmpty ? result : replacingNames(in: result).text
    }

    /// `text` with the names replaced (redactions not applied), and how many names were found.
    public func replacingNamesCounted(_ text: String) -> (text: String, count: Int) {
        words.isEmpty ? (text, 0) : replacingNames(in: text)
    }

    /// `text` scrubbed, or `nil` for `nil`.
    public func callAsFunction(_ text: String?) -> String? { text.map { self($0) } }

    /// A participant's name as the minutes show it.
    public func name(_ name: String) -> String {
        // Most names are a participant's, said many times: found by the name as written before any folding.
        if let known = exact[name] { return known }
        guard !nameMap.isEmpty else { return self(name) }
        let folded = WordForms.words(in: name).map { WordForms.fold(String(name[$0])) }.joined(separator: " ")
        if let replacement = nameMap[folded] { return replacement }
        return self(name)
    }

    // MARK: - Finding names

    /// `text` with every name, whole or in part, replaced.
    private func replacingNames(in text: String) -> (text: String, count: Int) {
        let ranges = WordForms.words(in: text)
        var count = 0
        let folded = ranges.map { WordForms.fold(String(text[$0])) }
        var result = ""
        var copied = text.startIndex
        var index = 0
        while index < ranges.count {
            var matched: (end: Int, replacement: String)?
            // A whole name first, the longest that stands here: "Anne-Marie van der Berg" is one person.
            for candidate in sequences[Self.stem(folded[index], in: sequences.keys)] ?? []
            where candidate.words.count > 1 && index + candidate.words.count <= ranges.count {
                let span = index..<(index + candidate.words.count)
                let last = span.upperBound - 1
                let fits = span.allSatisfy { position in
                    position == last
                        ? Self.stem(folded[position], matching: candidate.words[position - index])
                        : folded[position]
                            == candidate.words[position - index]
                }
                if fits {
                    matched = (last, candidate.replacement)
                    break
                }
            }
            if matched == nil, let replacement = Self.lookup(folded[index], in: words),
                !Self.isOrdinaryWord(text[ranges[index]], folded: folded[index])
            {
                matched = (index, replacement)
            }
            if let (end, replacement) = matched {
                // A name kept as itself (a scrubber that protects others' names) is no replacement.
                if text[ranges[index].lowerBound..<ranges[end].upperBound] != replacement { count += 1 }
                result += text[copied..<ranges[index].lowerBound] + replacement
                copied = ranges[end].upperBound
                index = end + 1
            } else {
                index += 1
            }
        }
        return (result + text[copied...], count)
    }

    /// Whether `word` (a part of someone's name, standing alone) is meant as the ordinary word it also is: written
    /// in lower case, as a word and not a name is.
    private static func isOrdinaryWord(_ word: Substring, folded: String) -> Bool {
        guard let first = word.first, !first.isUppercase else { return false }
        return WordForms.stems(of: folded).contains { ordinaryWords.contains($0) }
    }

    /// The replacement for a word that is a name, with or without an ending or digits.
    private static func lookup(_ word: String, in names: [String: String]) -> String? {
        for candidate in WordForms.stems(of: word) { if let replacement = names[candidate] { return replacement } }
        return nil
    }

    /// The first word of a name `word` stands for, if any, else `word` itself.
    private static func stem(_ word: String, in keys: Dictionary<String, [(words: [String], replacement: String)]>.Keys)
        -> String
    {
        WordForms.stems(of: word).first { keys.contains($0) } ?? word
    }

    /// Whether `word` is `name` with or without an ending.
    private static func stem(_ word: String, matching name: String) -> Bool { WordForms.stems(of: word).contains(name) }

    /// Whether `a` and `b` are the same name as names are compared: word by word, folded (`Zoë de Vries` is
    /// `zoe  de vries`).
    public static func sameName(_ a: String, _ b: String) -> Bool {
        func folded(_ name: String) -> [String] { WordForms.words(in: name).map { WordForms.fold(String(name[$0])) } }
        let left = folded(a)
        return !left.isEmpty && left == folded(b)
    }
}
