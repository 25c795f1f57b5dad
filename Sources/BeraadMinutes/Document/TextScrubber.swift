import BeraadEngine
import Foundation

/// Replaces redacted texts by `[…]` and, when anonymising, participants' names by role and number — in every
/// user text, whole words, any case, a first name alone included.
public struct TextScrubber: Sendable {
    /// The mark that stands where a redacted text was.
    public static let redactionMark = "[…]"

    private let redactions: [String]
    private let nameMap: [String: String]
    private let namePatterns: [(regex: NSRegularExpressionBox, replacement: String)]

    /// Words that are part of Dutch and other surnames but also ordinary words, so never replaced alone.
    static let particles: Set<String> = [
        "van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le", "von", "'t", "in", "op", "d'", "du", "da",
        "di", "del", "el", "al", "bin", "ben",
    ]

    /// A scrubber for `redactions` and, if given, the participants to anonymise with their replacement names.
    public init(redactions: [String], anonymize replacements: [(name: String, replacement: String)] = []) {
        self.redactions = redactions.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var map: [String: String] = [:]
        var words: [(String, String)] = []
        for (name, replacement) in replacements {
            map[name.lowercased()] = replacement
            words.append((name, replacement))
            let parts = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if parts.count > 1 {
                for part in parts where !Self.particles.contains(part.lowercased()) && part.count > 1 {
                    words.append((part, replacement))
                }
            }
        }
        // Longest first, so "Anna de Vries" goes before "Anna".
        words.sort { $0.0.count > $1.0.count }
        namePatterns = words.compactMap { word, replacement in
            let escaped = NSRegularExpression.escapedPattern(for: word)
            guard
                let regex = try? NSRegularExpression(
                    pattern: "(?<![\\p{L}\\p{N}_])" + escaped + "(?![\\p{L}\\p{N}_])", options: [.caseInsensitive])
            else { return nil }
            return (NSRegularExpressionBox(regex), replacement)
        }
        nameMap = map
    }

    /// `text` with redactions and names replaced.
    public func callAsFunction(_ text: String) -> String {
        var result = text
        for redaction in redactions {
            result = result.replacingOccurrences(of: redaction, with: Self.redactionMark, options: [.caseInsensitive])
        }
        for (box, replacement) in namePatterns {
            let range = NSRange(result.startIndex..., in: result)
            result = box.regex.stringByReplacingMatches(
                in: result, options: [], range: range,
                withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
        }
        return result
    }

    /// `text` scrubbed, or `nil` for `nil`.
    public func callAsFunction(_ text: String?) -> String? { text.map { self($0) } }

    /// A participant's name as the minutes show it.
    public func name(_ name: String) -> String {
        if let replacement = nameMap[name.lowercased()] { return replacement }
        return self(name)
    }
}

/// `NSRegularExpression` is immutable once made; this box lets the scrubber be `Sendable`.
struct NSRegularExpressionBox: @unchecked Sendable {
    let regex: NSRegularExpression
    init(_ regex: NSRegularExpression) { self.regex = regex }
}
