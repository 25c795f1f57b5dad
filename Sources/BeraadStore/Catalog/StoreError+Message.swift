import BeraadEngine

// What went wrong with the files, in both languages side by side: one exhaustive switch, so an error without its
// text in either language does not compile.

extension StoreError {
    /// The message in `language`.
    public func message(_ language: Language) -> String { text(language) }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .newerFormat(let path, let line, let error):
            return LocalizedText(
                nl: "\(path):\(line): " + error.message(.nl), en: "\(path):\(line): " + error.message(.en))
        case .invalidConfig(let path, let line, let detail):
            return LocalizedText(nl: "\(path):\(line): " + detail.nl, en: "\(path):\(line): " + detail.en)
        case .unsureUnmarked(let path, let guarded):
            return guarded
                ? LocalizedText(
                    nl:
                        "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet. Er kon geen markering worden geschreven, dus het journaal is alleen-lezen gemaakt. Kijk met 'beraad log' en maak het daarna weer schrijfbaar (chmod u+w \(path)); tot die tijd neemt de sessie niets meer aan",
                    en:
                        "writing to \(path) failed and could not be undone: the last entry may or may not be there. No marker could be written, so the journal was made read-only. Check with 'beraad log', then make it writable again (chmod u+w \(path)); until then the session takes nothing more"
                )
                : LocalizedText(
                    nl:
                        "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet, en de schijf nam geen markering en geen andere modus van het journaal aan. Leg niets meer vast in deze sessie tot die is nagekeken met 'beraad controleer' en 'beraad log'",
                    en:
                        "writing to \(path) failed and could not be undone: the last entry may or may not be there, and the disk took neither a marker nor a change of the journal's mode. Record nothing more in this session until it has been checked with 'beraad verify' and 'beraad log'"
                )
        case .io(let path, let operation, let message):
            return LocalizedText(
                nl: "\(operation) van \(path) mislukt: \(message)", en: "\(operation) of \(path) failed: \(message)")
        case .damaged(let path, let line, let detail):
            return LocalizedText(
                nl:
                    "\(path):\(line): het journaal is beschadigd op regel \(line) (\(detail.nl)); er is niets geschreven. Maak een kopie en zie README, 'Herstel'",
                en:
                    "\(path):\(line): the journal is damaged at line \(line) (\(detail.en)); nothing was written. Make a copy and see README, 'Recovery'"
            )
        case .locked(let path, let seconds):
            return LocalizedText(
                nl:
                    "\(path) is na \(Self.seconds(seconds)) s nog steeds vergrendeld door een ander beraad-proces; probeer het opnieuw",
                en: "\(path) is still locked by another beraad process after \(Self.seconds(seconds)) s; try again")
        case .sessionNotFound(let id):
            return LocalizedText(
                nl: "geen sessie '\(id)'; zie 'beraad sessies --alle'",
                en: "no session '\(id)'; see 'beraad sessions --all'")
        case .sessionExists(let id):
            return LocalizedText(nl: "sessie '\(id)' bestaat al", en: "session '\(id)' already exists")
        case .invalidSessionID(let id):
            return LocalizedText(
                nl: "'\(id)' is geen sessie-id (alleen a-z, 0-9 en '-')",
                en: "'\(id)' is not a session id (only a-z, 0-9 and '-')")
        case .noCurrentSession:
            return LocalizedText(
                nl: "geen actuele sessie; open er een met 'beraad nieuw TITEL' of kies er een met 'beraad kies ID'",
                en: "no current session; open one with 'beraad new TITLE' or choose one with 'beraad use ID'")
        case .unsure(let path, let marker):
            return LocalizedText(
                nl:
                    "schrijven naar \(path) mislukte en kon niet worden teruggedraaid: de laatste bijdrage staat er misschien wel, misschien niet. Kijk met 'beraad log' en verwijder dan \(marker); tot die tijd neemt de sessie niets meer aan",
                en:
                    "writing to \(path) failed and could not be undone: the last entry may or may not be there. Check with 'beraad log', then remove \(marker); until then the session takes nothing more"
            )
        case .impossible(let path, let line, let detail):
            return LocalizedText(
                nl:
                    "\(path):\(line): geen beraad kan dit journaal hebben geschreven: \(detail.nl); er is niets geschreven",
                en:
                    "\(path):\(line): no beraad could have written this journal: \(detail.en); nothing was written"
            )
        case .wouldNotReplay(let path, let line, let detail):
            return LocalizedText(
                nl:
                    "niet vastgelegd: daarna zou beraad \(path) niet meer kunnen lezen (regel \(line): \(detail.nl)); er is niets geschreven. Dit is een fout in beraad: meld het alstublieft",
                en:
                    "not recorded: beraad could not read \(path) back afterwards (line \(line): \(detail.en)); nothing was written. This is a bug in beraad: please report it"
            )
        case .sessionDiffers(let id):
            return LocalizedText(
                nl:
                    "Hier staat al een sessie \(id) met een ander journaal; er is niets geïmporteerd. Exporteer die eerst als u beide wilt bewaren.",
                en:
                    "A session \(id) with a different journal is already here; nothing was imported. Export that one first if both are to be kept."
            )
        }
    }

    /// Seconds as a person reads them: `10`, `0.5`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
