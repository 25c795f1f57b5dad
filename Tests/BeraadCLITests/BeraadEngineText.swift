import BeraadEngine

/// Builds engine texts in tests that do not import the engine themselves.
enum BeraadEngineText {
    static func make(nl: String, en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }
}
