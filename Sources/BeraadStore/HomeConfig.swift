import BeraadEngine
import Foundation

/// The settings of one home, from its `config` file: `key = value` lines, `#` comments, blank lines.
///
/// ```
/// # What the minutes carry at the top; an empty value leaves the marking out.
/// confidentiality = Vertrouwelijk — alleen voor Team Noord
/// confidentiality.en = Confidential — Team Noord only
/// # How long closed sessions are kept before `beraad purge` removes them.
/// retention = 2y
/// ```
public struct HomeConfig: Sendable, Equatable {
    /// The organisation's marking for minutes, per language; a key without language holds for both. An empty
    /// text means no marking; no entry means the standard one.
    public var confidentiality: [Language: String] = [:]
    /// How long closed sessions are kept (`purge` without `--older-than`); none by default.
    public var retention: RetentionPeriod?

    /// The keys the file may hold.
    public static let keys = ["confidentiality", "confidentiality.nl", "confidentiality.en", "retention"]

    public init() {}

    /// Reads `text`; a line that is not `key = value` with a known key is a problem at that line.
    public init(parsing text: String, path: String) throws(StoreError) {
        var general: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw .invalidConfig(
                    path: path, line: index + 1, detail: Catalog.localized(.journal(.configNotKeyValue)))
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "confidentiality": general = value
            case "confidentiality.nl": confidentiality[.nl] = value
            case "confidentiality.en": confidentiality[.en] = value
            case "retention":
                guard let period = RetentionPeriod(value) else {
                    throw .invalidConfig(
                        path: path, line: index + 1,
                        detail: Catalog.localized(.journal(.configNotAPeriod(value: value))))
                }
                retention = period
            default:
                throw .invalidConfig(
                    path: path, line: index + 1,
                    detail: Catalog.localized(
                        .journal(.configUnknownKey(key: key, known: Self.keys.joined(separator: ", ")))))
            }
        }
        if let general {
            for lang in Language.allCases where confidentiality[lang] == nil { confidentiality[lang] = general }
        }
    }
}

extension SessionStore {
    /// The home's config file.
    public var configPath: String { home + "/config" }

    /// The home's settings; the defaults when it has no config file.
    public func config() throws(StoreError) -> HomeConfig {
        let fd: Int32
        do { fd = try POSIXFile.open(configPath, O_RDONLY) } catch {
            if errno == ENOENT { return HomeConfig() }
            throw error
        }
        defer { close(fd) }
        let bytes = try POSIXFile.readAll(fd, path: configPath)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidConfig(path: configPath, line: 1, detail: Catalog.localized(.journal(.configNotUTF8)))
        }
        return try HomeConfig(parsing: text, path: configPath)
    }
}
