import BeraadEngine
import BeraadMinutes
import BeraadStore

extension CaseBank {
    /// Which cases to gather; every filter left out passes all.
    public struct Filter: Sendable {
        /// Words to find in the case, compared without case or accents.
        public var search: String?
        /// A method's id.
        public var method: String?
        /// A value the case names.
        public var value: String?

        public init(search: String? = nil, method: String? = nil, value: String? = nil) {
            self.search = search
            self.method = method
            self.value = value
        }
    }

    /// The approved sessions of the home shared for the case bank that pass `filter`, newest first, each in
    /// `language`; each is kept in the index folder while its journal is unchanged, as making it replays the
    /// journal. Sessions that do not read are reported in `problems` and left out.
    public static func cases(
        in store: SessionStore, language: Language, filter: Filter
    ) -> (cases: [CaseSummary], problems: [StoreError]) {
        let (sessions, listingProblems) = store.summaries()
        var problems = listingProblems
        var cases: [CaseSummary] = []
        for session in sessions where session.shared && session.approved {
            if let method = filter.method, session.protocolID != method.lowercased() { continue }
            let summary: CaseSummary
            do {
                summary = try store.derived(
                    "cases\(CaseSummary.shapeVersion)-" + language.rawValue, of: session.id
                ) { () throws(StoreError) -> CaseSummary in
                    CaseSummary(state: try store.minutes(session.id).state, team: session.team, language: language)
                }
            } catch {
                problems.append(error)
                continue
            }
            if let search = filter.search,
                !summary.searchText.contains(search.trimmingWhitespace().searchFolded())
            {
                continue
            }
            if let value = filter.value, !summary.names(value: value.trimmingWhitespace()) { continue }
            cases.append(summary)
        }
        cases.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        return (cases, problems)
    }
}
