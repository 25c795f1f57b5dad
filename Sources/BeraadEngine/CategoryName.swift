import Foundation

/// How a facilitator may name a category: its id, its Dutch or English title, or the start of any of their
/// words (`empowerment`, `inclusie`), as long as that names one category of the round.
///
/// Names are compared folded: lower case, without diacritics, words joined by `-`, and doubled vowels made
/// single, because Dutch doubles a vowel where inflection closes the syllable (`sociaal` / `sociale`): typed
/// `sociaal` thus starts `sociaal-economische-zekerheid`, `sociale-empowerment` and `sociale-inclusie` alike,
/// and is ambiguous, as a reader would expect.
enum CategoryName {
    /// The categories of `categories` that `text` names: the one whose id or title it is, else every one with a
    /// word that it starts.
    static func matches(_ text: String, in categories: [Category]) -> [Category] {
        let typed = fold(text)
        guard !typed.isEmpty else { return [] }
        let exact = categories.filter { names(of: $0).contains(typed) }
        if !exact.isEmpty { return exact }
        return categories.filter { category in
            names(of: category).contains { name in wordStarts(of: name).contains { $0.hasPrefix(typed) } }
        }
    }

    /// The id, its English alias and both titles, folded.
    private static func names(of category: Category) -> [String] {
        ([category.id, category.title.nl, category.title.en] + (category.alias.map { [$0] } ?? [])).map(fold)
    }

    /// `name` from the start of each of its words: `sociale-empowerment`, `empowerment`.
    private static func wordStarts(of name: String) -> [String] {
        var starts = [name]
        var rest = Substring(name)
        while let dash = rest.firstIndex(of: "-") {
            rest = rest[rest.index(after: dash)...]
            if !rest.isEmpty { starts.append(String(rest)) }
        }
        return starts
    }

    /// Lower case, diacritics removed, every run of other characters than letters and digits one `-`, doubled
    /// vowels single.
    static func fold(_ text: String) -> String {
        let plain = text.searchFolded()
        var result = ""
        var pendingDash = false
        for character in plain {
            if character.isLetter || character.isNumber {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                if "aeou".contains(character), result.last == character { continue }
                result.append(character)
            } else {
                pendingDash = true
            }
        }
        return result
    }
}
