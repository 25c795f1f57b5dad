import BeraadEngine
import BeraadMinutes

extension Context {
    /// The sessions linked to `state`, read from their journals; one that cannot be read is still named.
    func links(of state: SessionState) -> [SessionLinkInfo] {
        let lang = state.language
        func roundTitle(_ id: String, in definition: ProtocolDefinition?) -> String {
            definition?.rounds.first { $0.id == id }?.title(lang) ?? id
        }
        func read(_ id: String) -> SessionState? {
            try? store.read(id).session()
        }
        var result: [SessionLinkInfo] = []
        if let parent = state.opened.parent {
            let other = read(parent.session)
            result.append(
                SessionLinkInfo(
                    relation: .parent, id: parent.session, title: other?.title ?? parent.session,
                    round: roundTitle(parent.round, in: other?.protocolDefinition), state: other?.lifecycle.name,
                    decision: other?.decisionEntry?.text))
        }
        for child in state.convened {
            let other = read(child.session)
            result.append(
                SessionLinkInfo(
                    relation: .convened, id: child.session, title: other?.title ?? child.title,
                    round: roundTitle(child.round, in: state.protocolDefinition), state: other?.lifecycle.name,
                    decision: other?.decisionEntry?.text))
        }
        if let original = state.opened.followUpOf {
            let other = read(original)
            result.append(
                SessionLinkInfo(
                    relation: .reviews, id: original, title: other?.title ?? original, round: "",
                    state: other?.lifecycle.name, decision: other?.decisionEntry?.text))
        }
        for review in state.followUps {
            let other = read(review.session)
            result.append(
                SessionLinkInfo(
                    relation: .reviewedBy, id: review.session, title: other?.title ?? review.title, round: "",
                    state: other?.lifecycle.name, decision: other?.decisionEntry?.text))
        }
        return result
    }
}
