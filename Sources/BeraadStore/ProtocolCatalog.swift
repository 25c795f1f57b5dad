import BeraadEngine
import Foundation

/// Where protocols come from: built into the binary, the home's `protocols/` folder, or a file named directly.
public struct ProtocolCatalog: Sendable {
    public let store: SessionStore

    /// The names a protocol file may list its minutes' sections by (`MinutesSection.names`).
    let minutesSections: [String]

    public init(store: SessionStore, minutesSections: [String]) {
        self.store = store
        self.minutesSections = minutesSections
    }

    /// Why a protocol could not be had.
    public enum Failure: Error, Equatable, Sendable {
        /// No protocol has that id or alias; `known` are the ids, `aliases` the other names, for "Did you mean".
        case notFound(String, known: [String], aliases: [String] = [])
        case invalid(ProtocolError)
        case unreadable(path: String, message: String)
    }

    /// The protocol `reference` names: a file path (anything with `/` or ending in `.json`), else an id looked up
    /// in the home's `protocols/` folder and then among the built-in ones, else an alias (`nijmegen`) of one of them;
    /// ids and aliases in any case.
    public func resolve(_ reference: String) throws(Failure) -> ProtocolDefinition {
        if Self.isPath(reference) { return try load(path: reference) }
        let folded = reference.lowercased()
        if Identifier.isValid(folded) {
            let userFile = store.protocolsDirectory + "/" + folded + ".json"
            if FileManager.default.fileExists(atPath: userFile) { return try load(path: userFile) }
            do {
                if let builtin = try BuiltinProtocols.named(folded) { return builtin }
            } catch { throw .invalid(error) }
        }
        let available = (try? all().map(\.definition)) ?? []
        if let aliased = available.first(where: { $0.aliases.contains(folded) }) { return aliased }
        throw .notFound(reference, known: available.map(\.id), aliases: available.flatMap(\.aliases))
    }

    /// Whether `reference` names a file rather than an id.
    public static func isPath(_ reference: String) -> Bool { reference.contains("/") || reference.hasSuffix(".json") }

    /// Reads and validates one protocol file.
    public func load(path: String) throws(Failure) -> ProtocolDefinition {
        guard let data = FileManager.default.contents(atPath: path) else {
            if !FileManager.default.fileExists(atPath: path) { throw .notFound(path, known: []) }
            throw .unreadable(path: path, message: "cannot be read")
        }
        do { return try ProtocolDefinition.load(data, file: path, minutesSections: minutesSections) } catch {
            throw .invalid(error)
        }
    }

    /// Where a listed protocol comes from.
    public enum Origin: Sendable, Equatable {
        case builtin
        case home(path: String)
    }

    /// Every protocol available by id: the home's files (which take precedence) and the built-in ones.
    public func all() throws(Failure) -> [(definition: ProtocolDefinition, origin: Origin)] {
        var result: [(definition: ProtocolDefinition, origin: Origin)] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store.protocolsDirectory)) ?? []
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = store.protocolsDirectory + "/" + name
            result.append((try load(path: path), .home(path: path)))
        }
        do {
            for builtin in try BuiltinProtocols.all() where !result.contains(where: { $0.definition.id == builtin.id })
            {
                result.append((builtin, .builtin))
            }
        } catch { throw .invalid(error) }
        return result.sorted { $0.definition.id < $1.definition.id }
    }
}
