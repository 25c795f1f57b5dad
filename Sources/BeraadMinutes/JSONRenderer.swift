import Foundation

/// Writes the whole minutes document as JSON for other tools.
public enum JSONRenderer {
    /// The document as pretty-printed JSON with sorted keys, ending in a newline.
    public static func render(_ doc: MinutesDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
    }
}
