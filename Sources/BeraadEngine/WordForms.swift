import Foundation

/// Words as names and redacted terms are found in running text: where the words are, how they are compared
/// (folded: composed, lower case, without diacritics), and the Dutch and English forms a word takes (`Johans`,
/// `Zoë's`, `Annetje`, `Brammie`). The minutes' anonymising, `forget` and the standing redactions share them.
public enum WordForms {
    /// Endings a name may carry in running Dutch or English text, longest first: diminutives and genitives.
    public static let endings = ["etje", "tje", "pje", "kje", "je", "ke", "ie", "'s", "’s", "s", "'", "’"]

    /// The diminutive endings: a name may change its last vowel before them (Anna, Annetje, Anneke).
    public static let diminutives: Set<String> = ["etje", "tje", "pje", "kje", "je", "ke", "ie"]

    /// `word` and what it may be with an ending taken off: `johans` → `johan`; `johannetje` → `johan`;
    /// `johan2` → `johan`.
    public static func stems(of word: String) -> [String] {
        var bare = word
        while let last = bare.last, last.isNumber { bare.removeLast() }
        var result = [word, bare]
        for ending in endings where bare.hasSuffix(ending) && bare.count > ending.count + 1 {
            let stem = String(bare.dropLast(ending.count))
            result.append(stem)
            // Dutch doubles a consonant before a diminutive: Johannetje, Sannetje, Brammie.
            var short = stem
            if let last = stem.last, stem.dropLast().last == last {
                short = String(stem.dropLast())
                result.append(short)
            }
            // Before a diminutive a name's last vowel goes or changes: Annetje and Anneke are Anna's, Jantje Jan's.
            if diminutives.contains(ending) {
                let base = short.last == "e" ? String(short.dropLast()) : short
                result += [base + "a", base + "e", base + "o", stem + "a", short + "a"]
                // Janneke: the vowel gone, the doubled consonant goes too.
                if let last = base.last, base.dropLast().last == last { result.append(String(base.dropLast())) }
            }
        }
        return result
    }

    /// The ranges of the words of `text`: runs of letters, marks and digits, with an apostrophe or hyphen kept
    /// inside a word only where letters stand on both sides ("Zoë's", but not a quote).
    public static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber
                || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let joinsWord =
                (character == "'" || character == "’") && start != nil && next < text.endIndex
                && isWordCharacter(text[next])
            if isWordCharacter(character) || joinsWord {
                if start == nil { start = index }
            } else if let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = next
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }

    /// A word as names are compared: composed, lower case, without diacritics.
    public static func fold(_ word: String) -> String {
        word.precomposedStringWithCanonicalMapping.folding(
            options: [.caseInsensitive, .diacriticInsensitive], locale: nil
        ).lowercased()
    }
}
