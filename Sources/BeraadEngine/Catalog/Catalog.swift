extension Catalog {
    /// The text of `key` in `language`.
    public static func text(_ key: Key, _ language: Language) -> String { key.text(language) }

    /// The text of `key` in both languages.
    public static func localized(_ key: Key) -> LocalizedText { key.text }
}
