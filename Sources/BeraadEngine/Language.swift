/// The two languages everything a facilitator reads exists in.
public enum Language: String, Codable, Sendable, CaseIterable, Equatable {
    case nl
    case en

    /// Picks a language from a locale string such as `nl_NL.UTF-8`; `nil` when it names neither.
    public static func fromLocale(_ value: String) -> Language? {
        let lower = value.lowercased()
        if lower.hasPrefix("nl") { return .nl }
        if lower.hasPrefix("en") { return .en }
        return nil
    }
}

/// A text in both languages.
public struct LocalizedText: Codable, Sendable, Equatable, Hashable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The same text in both languages, for what cannot be translated (a system's own error text).
    public init(verbatim text: String) {
        self.init(nl: text, en: text)
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }
}
