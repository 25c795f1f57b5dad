extension SessionState {
    /// The requirements of the round at `index` that the session does not yet meet, each with who or what is
    /// missing.
    public func unmetRequirements(ofRound index: Int) -> [UnmetRequirement] {
        guard let round = protocolDefinition.rounds[safe: index] else { return [] }
        return round.requirements.compactMap { requirement in
            let missing = self.missing(requirement, in: round)
            return missing.map { round.naming(UnmetRequirement(requirement: requirement, participants: $0)) }
        }
    }

    /// `nil` when `requirement` is met; otherwise the names (participants, or option labels for harms) it still
    /// lacks, possibly none.
    func missing(_ requirement: Requirement, in round: Round) -> [String]? {
        func inScope(_ entry: Entry, _ scope: RequirementScope) -> Bool {
            switch scope {
            case .round: return entry.round == round.id
            case .session: return true
            }
        }
        switch requirement {
        case .caseRecorded:
            return caseEntry == nil ? [] : nil
        case .dilemmaFramed(let minOptions):
            return dilemmaOptions.count >= minOptions ? nil : []
        case .harmForEachOption:
            let options = dilemmaOptions
            if options.isEmpty { return [] }
            let lacking = options.filter { ($0.harm ?? "").isEmpty }.map(\.label.description)
            return lacking.isEmpty ? nil : lacking
        case .decisionRecorded:
            return decisionEntry == nil ? [] : nil
        case .count(let kind, let min, let scope):
            let count = liveEntries { $0.kind == kind && inScope($0, scope) }.count
            return count >= min ? nil : []
        case .each(let kind, let scope):
            let people = contributingParticipants
            if people.isEmpty { return [] }
            let done = Set(
                liveEntries { $0.kind == kind && inScope($0, scope) }.compactMap { $0.participant?.lowercased() }
            )
            let lacking = people.filter { !done.contains($0.name.lowercased()) }.map(\.name)
            return lacking.isEmpty ? nil : lacking
        case .fromPresenter(let kind):
            guard let role = protocolDefinition.presenterRole else { return nil }
            let presenters = presentParticipants.filter { $0.role == role.id }
            if presenters.isEmpty { return [] }
            let done = Set(liveEntries { $0.kind == kind && inScope($0, .round) }.compactMap { $0.participant })
            return presenters.contains { done.contains($0.name) } ? nil : presenters.map(\.name)
        case .eachOther(let kind):
            let presenterRole = protocolDefinition.presenterRole?.id
            let people = contributingParticipants.filter { $0.role != presenterRole }
            if people.isEmpty { return [] }
            let done = Set(
                liveEntries { $0.kind == kind && inScope($0, .round) }.compactMap { $0.participant?.lowercased() }
            )
            let lacking = people.filter { !done.contains($0.name.lowercased()) }.map(\.name)
            return lacking.isEmpty ? nil : lacking
        }
    }
}

extension Requirement {
    /// What the requirement asks, as a facilitator reads it; `kindName` is what the round calls the kind.
    public func describe(_ language: Language, kindName: LocalizedText? = nil) -> String {
        func label(_ kind: ContributionKind) -> String { kindName?(language) ?? kind.label(language) }
        switch self {
        case .caseRecorded:
            return Catalog.text(.requirement(.caseRecorded), language)
        case .dilemmaFramed(let minOptions):
            return Catalog.text(.requirement(.dilemmaFramed(count: String(minOptions))), language)
        case .harmForEachOption:
            return Catalog.text(.requirement(.harmForEachOption), language)
        case .decisionRecorded:
            return Catalog.text(.requirement(.decisionRecorded), language)
        case .count(let kind, let min, let scope):
            let whereText =
                switch scope {
                case .round: Catalog.text(.requirement(.inThisRound), language)
                case .session: ""
                }
            return Catalog.text(
                .requirement(.count(count: String(min), kind: label(kind), scope: whereText)), language)
        case .each(let kind, _):
            return Catalog.text(.requirement(.each(kind: label(kind))), language)
        case .fromPresenter(let kind):
            return Catalog.text(.requirement(.fromPresenter(kind: label(kind))), language)
        case .eachOther(let kind):
            return Catalog.text(.requirement(.eachOther(kind: label(kind))), language)
        }
    }
}

extension UnmetRequirement {
    /// The requirement and, where it concerns people or options, who or what is still missing.
    public func describe(_ language: Language) -> String {
        let base = requirement.describe(language, kindName: kindName)
        switch requirement {
        case .each(let kind, _), .fromPresenter(let kind), .eachOther(let kind):
            if participants.isEmpty {
                return base
                    + Catalog.localized(.requirement(.noParticipantsYet))(
                        language)
            }
            return Catalog.text(
                .requirement(
                    .missingFrom(
                        kind: kindName?(language) ?? kind.label(language), names: participants.joined(separator: ", "))),
                language)
        case .harmForEachOption where !participants.isEmpty:
            return base
                + Catalog.text(.requirement(.notYetForOption(options: participants.joined(separator: ", "))), language)
        case .caseRecorded, .dilemmaFramed, .harmForEachOption, .decisionRecorded, .count:
            return base
        }
    }
}
