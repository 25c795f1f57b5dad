import Foundation

/// The protocols carried inside the binary, generated from Protocols/ by ProtocolTests (`BERAAD_RECORD=1 swift test`).
public enum BuiltinProtocols {
    /// The protocol `new` uses when none is named.
    public static let defaultID = "moreel-beraad"

    /// Every built-in protocol, decoded and validated, sorted by id.
    public static func all() throws(ProtocolError) -> [ProtocolDefinition] {
        var result: [ProtocolDefinition] = []
        for file in files {
            result.append(
                try ProtocolDefinition.load(Data(file.text.utf8), file: "(built in) " + file.name, minutesSections: nil)
            )
        }
        return result.sorted { $0.id < $1.id }
    }

    /// The built-in protocol with `id`, if there is one.
    public static func named(_ id: String) throws(ProtocolError) -> ProtocolDefinition? {
        guard let file = files.first(where: { $0.name == id + ".json" }) else { return nil }
        return try ProtocolDefinition.load(Data(file.text.utf8), file: "(built in) " + file.name, minutesSections: nil)
    }

    /// The exact text of each built-in protocol file, by file name, as the generator embedded it.
    public static var embeddedFiles: [(name: String, text: String)] { files }
}
