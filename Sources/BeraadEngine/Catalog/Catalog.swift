extension Catalog {
    /// The text of `key` in `language`.
    public static func text(_ key: Key, _ language: Language) -> String {
        switch language {
        case .nl: return key.dutch
        case .en: return key.english
        }
    }

    /// The text of `key` in both languages.
    public static func localized(_ key: Key) -> LocalizedText {
        LocalizedText(nl: key.dutch, en: key.english)
    }
}
