/// A text with an option label, as given in `--option 'A: …'` and `--harm 'A: …'`.
public struct LabeledText: Sendable, Equatable {
    public var label: OptionLabel
    public var text: String

    public init(label: OptionLabel, text: String) {
        self.label = label
        self.text = text
    }

    /// Splits `A: text` (or `a:text`) into its upper-case label and text; `nil` when there is no label.
    public static func parse(_ value: String) -> LabeledText? {
        guard let colon = value.firstIndex(of: ":") else { return nil }
        guard let label = OptionLabel(String(value[..<colon])) else { return nil }
        return LabeledText(label: label, text: value[value.index(after: colon)...].trimmingWhitespace())
    }
}

extension StringProtocol {
    /// The text as searches and name comparisons see it: lower case, without diacritics (`Zoë` is `zoe`).
    public func searchFolded() -> String {
        String(self).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The text without leading and trailing spaces, tabs and newlines (no Foundation needed).
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
