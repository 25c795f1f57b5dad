import BeraadEngine

extension Catalog {
    /// The warnings about the home's files.
    enum StoreText: Sendable, Equatable {
        case homeSymlink(path: String)
        case homeWritableByOthers(path: String)
        case homeReadableByOthers(path: String)
        case homeOwnedByOther(path: String)
        case standingListDamaged
        case secretDamaged
        /// A snapshot's entries and the journal both changed while a command read them.
        case entriesUnreadable(snapshot: String, id: String)
    }
}

// In Dutch and English side by side: one exhaustive switch, so a text missing in either language does not compile.

extension Catalog.StoreText {
    /// The text in both languages.
    var text: LocalizedText {
        switch self {
        case .homeSymlink(let path):
            return LocalizedText(
                nl: "\(path) is een symbolische koppeling; Beraad schrijft er niet doorheen en weigert te schrijven",
                en: "\(path) is a symbolic link; Beraad does not write through it and refuses to write")
        case .homeWritableByOthers(let path):
            return LocalizedText(
                nl: "anderen kunnen schrijven in \(path); maak het privé (chmod go-w)",
                en: "others can write to \(path); make it private (chmod go-w)")
        case .homeReadableByOthers(let path):
            return LocalizedText(
                nl: "anderen kunnen \(path) lezen; maak het privé (chmod go-rwx)",
                en: "others can read \(path); make it private (chmod go-rwx)")
        case .homeOwnedByOther(let path):
            return LocalizedText(nl: "\(path) is van een andere gebruiker", en: "\(path) belongs to another user")
        case .standingListDamaged:
            return LocalizedText(
                nl: "dit is geen lijst van staande weglatingen; herstel het bestand uit een kopie",
                en: "this is no list of standing redactions; restore the file from a copy")
        case .entriesUnreadable(let snapshot, let id):
            return LocalizedText(
                nl:
                    "\(snapshot) en het journaal van '\(id)' zijn veranderd terwijl beraad ze las: er kan niets meer worden gelezen. Controleer de sessie met 'beraad controleer \(id)'",
                en:
                    "\(snapshot) and the journal of '\(id)' changed while beraad read them: nothing more could be read. Check the session with 'beraad verify \(id)'"
            )
        case .secretDamaged:
            return LocalizedText(
                nl: "het geheim van deze map is beschadigd; zonder dat werken de staande weglatingen niet",
                en: "the home's secret is damaged; the standing redactions do not work without it")
        }
    }
}
