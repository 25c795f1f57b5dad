import Foundation

/// The rules for the ids that name sessions, rounds, roles and categories.
public enum Identifier {
    /// At most this many characters, so that an id stays a safe file name.
    public static let maxLength = 64

    /// Whether `value` is a non-empty run of `a-z`, `0-9` and `-`, not starting with `-`, within the length.
    public static func isValid(_ value: String) -> Bool {
        guard !value.isEmpty, value.utf8.count <= maxLength, value.first != "-" else { return false }
        return value.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// The id a session titled `title` gets on `date` (`2026-03-12-zorgmijding`), before any `-2` that keeps it unique.
    public static func session(title: String, on date: Timestamp) -> String {
        let slug = slug(title)
        return date.civil.dateString + "-" + (slug.isEmpty ? "beraad" : slug)
    }

    /// A valid id made from free text: lower case, accents folded, other characters as single dashes.
    public static func slug(_ text: String, maxLength: Int = 40) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let isAllowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAllowed {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
                if result.count >= maxLength { break }
            } else {
                pendingDash = true
            }
        }
        return result
    }
}
