extension Catalog {
    /// The text of `key` in `language`, with `{0}`, `{1}`, … replaced by `arguments`.
    public static func text(_ key: Key, _ language: Language, _ arguments: [String] = []) -> String {
        let table =
            switch language {
            case .nl: dutch
            case .en: english
            }
        // CatalogTests guarantees every key in both tables; the other language is a last resort, never a crash.
        let template = table[key] ?? english[key] ?? dutch[key] ?? key.rawValue
        return fill(template, arguments)
    }

    /// The text of `key` in both languages.
    public static func localized(_ key: Key, _ arguments: String...) -> LocalizedText { localized(key, arguments) }

    public static func localized(_ key: Key, _ arguments: [String]) -> LocalizedText {
        LocalizedText(nl: text(key, .nl, arguments), en: text(key, .en, arguments))
    }

    /// `template` with each `{n}` replaced by the n-th argument; a placeholder without an argument stays.
    public static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
                arguments.indices.contains(index)
            {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The placeholders a template uses, for the test that both languages take the same arguments.
    public static func placeholders(_ template: String) -> Set<Int> {
        Set(template.matches(of: /\{(\d+)\}/).compactMap { Int($0.1) })
    }
}
