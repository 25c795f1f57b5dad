import BeraadEngine

/// The opening event, with the whole protocol, as bytes for the snapshot (`SessionState+Binary`): read back
/// without a JSON decoder, which costs more than everything else a short command does. Field by field; a test
/// holds each type's stored properties to the lists below.
extension SessionOpened {
    /// The stored properties each encoded type has, in the order written.
    public static let binaryFields: [String: [String]] = [
        "SessionOpened": [
            "id", "title", "protocolDefinition", "facilitator", "lang", "parent", "place", "distribution", "team",
            "planned", "followUpOf",
        ],
        "ProtocolDefinition": [
            "schema", "id", "version", "title", "summary", "source", "durationMinutes", "requiresDecision", "roles",
            "rounds", "minutes", "aliases", "outcome", "caseQuestion",
        ],
        "ProtocolSource": ["citation", "note", "url"],
        "Role": ["id", "title", "contributes", "max", "isDefault", "isFacilitator", "isPresenter", "isNoteTaker"],
        "Round": [
            "id", "title", "purpose", "prompts", "hints", "questions", "accepts", "categories", "timeboxMinutes",
            "timeboxIsDefault", "skippable", "requirements", "convenes", "recalls", "minutes", "casePresenter",
        ],
        "Category": ["id", "title", "prompts", "hints", "basis", "alias"],
        "OutcomeTerms": ["title", "support"],
        "RoundMinutes": ["heading", "agreements", "grid", "chart", "kinds", "chosen"],
        "KindHeading": ["kind", "title", "name"],
        "LocalizedText": ["nl", "en"],
    ]
}

extension BinaryWriter {
    mutating func opened(_ opened: SessionOpened) {
        string(opened.id)
        string(opened.title)
        protocolDefinition(opened.protocolDefinition)
        optional(opened.facilitator) { $0.string($1) }
        raw(opened.lang)
        optional(opened.parent) { w, link in
            w.string(link.session)
            w.string(link.round)
        }
        optional(opened.place) { $0.string($1) }
        optional(opened.distribution) { w, names in w.array(names) { $0.string($1) } }
        optional(opened.team) { $0.string($1) }
        optional(opened.planned) { $0.string($1) }
        optional(opened.followUpOf) { $0.string($1) }
    }

    private mutating func protocolDefinition(_ definition: ProtocolDefinition) {
        optional(definition.schema) { $0.string($1) }
        string(definition.id)
        int(definition.version)
        localized(definition.title)
        localized(definition.summary)
        string(definition.source.citation)
        optional(definition.source.note) { $0.localized($1) }
        optional(definition.source.url) { $0.string($1) }
        optional(definition.durationMinutes) { $0.int($1) }
        bool(definition.requiresDecision)
        array(definition.roles) { w, role in
            w.string(role.id)
            w.localized(role.title)
            w.bool(role.contributes)
            w.optional(role.max) { $0.int($1) }
            w.bool(role.isDefault)
            w.bool(role.isFacilitator)
            w.bool(role.isPresenter)
            w.bool(role.isNoteTaker)
        }
        array(definition.rounds) { w, round in
            w.string(round.id)
            w.localized(round.title)
            w.localized(round.purpose)
            w.array(round.prompts) { $0.localized($1) }
            w.array(round.hints) { $0.localized($1) }
            w.array(round.questions) { $0.localized($1) }
            w.array(round.accepts) { $0.raw($1) }
            w.array(round.categories) { w, category in
                w.string(category.id)
                w.localized(category.title)
                w.array(category.prompts) { $0.localized($1) }
                w.array(category.hints) { $0.localized($1) }
                w.optional(category.basis) { $0.localized($1) }
                w.optional(category.alias) { $0.string($1) }
            }
            w.int(round.timeboxMinutes)
            w.bool(round.timeboxIsDefault)
            w.bool(round.skippable)
            w.array(round.requirements) { $0.requirement($1) }
            w.bool(round.convenes)
            w.array(round.recalls) { $0.string($1) }
            w.optional(round.minutes) { w, minutes in
                w.optional(minutes.heading) { $0.localized($1) }
                w.optional(minutes.agreements) { $0.bool($1) }
                w.bool(minutes.grid)
                w.bool(minutes.chart)
                w.array(minutes.kinds) { w, heading in
                    w.raw(heading.kind)
                    w.localized(heading.title)
                    w.optional(heading.name) { $0.localized($1) }
                }
                w.optional(minutes.chosen) { $0.raw($1) }
            }
            w.bool(round.casePresenter)
        }
        optional(definition.minutes) { w, sections in w.array(sections) { $0.string($1) } }
        array(definition.aliases) { $0.string($1) }
        optional(definition.outcome) { w, outcome in
            w.localized(outcome.title)
            w.bool(outcome.support)
        }
        optional(definition.caseQuestion) { $0.localized($1) }
    }

    private mutating func localized(_ text: LocalizedText) {
        string(text.nl)
        string(text.en)
    }
}

extension BinaryReader {
    mutating func opened() throws(Malformed) -> SessionOpened {
        SessionOpened(
            id: try string(), title: try string(), protocolDefinition: try protocolDefinition(),
            facilitator: try optional { (r) throws(Malformed) in try r.string() }, lang: try raw(Language.self),
            parent: try optional { (r) throws(Malformed) in SessionLink(session: try r.string(), round: try r.string())
            },
            place: try optional { (r) throws(Malformed) in try r.string() },
            distribution: try optional { (r) throws(Malformed) in
                try r.array { (r) throws(Malformed) in try r.string() }
            },
            team: try optional { (r) throws(Malformed) in try r.string() },
            planned: try optional { (r) throws(Malformed) in try r.string() },
            followUpOf: try optional { (r) throws(Malformed) in try r.string() })
    }

    private mutating func protocolDefinition() throws(Malformed) -> ProtocolDefinition {
        ProtocolDefinition(
            schema: try optional { (r) throws(Malformed) in try r.string() }, id: try string(), version: try int(),
            title: try localized(), summary: try localized(),
            source: ProtocolSource(
                citation: try string(), note: try optional { (r) throws(Malformed) in try r.localized() },
                url: try optional { (r) throws(Malformed) in try r.string() }),
            durationMinutes: try optional { (r) throws(Malformed) in try r.int() }, requiresDecision: try bool(),
            roles: try array { (r) throws(Malformed) in
                Role(
                    id: try r.string(), title: try r.localized(), contributes: try r.bool(),
                    max: try r.optional { (r) throws(Malformed) in try r.int() }, isDefault: try r.bool(),
                    isFacilitator: try r.bool(), isPresenter: try r.bool(), isNoteTaker: try r.bool())
            },
            rounds: try array { (r) throws(Malformed) in try r.round() },
            minutes: try optional { (r) throws(Malformed) in
                try r.array { (r) throws(Malformed) in try r.string() }
            },
            aliases: try array { (r) throws(Malformed) in try r.string() },
            outcome: try optional { (r) throws(Malformed) in
                OutcomeTerms(title: try r.localized(), support: try r.bool())
            },
            caseQuestion: try optional { (r) throws(Malformed) in try r.localized() })
    }

    private mutating func round() throws(Malformed) -> Round {
        Round(
            id: try string(), title: try localized(), purpose: try localized(),
            prompts: try array { (r) throws(Malformed) in try r.localized() },
            hints: try array { (r) throws(Malformed) in try r.localized() },
            questions: try array { (r) throws(Malformed) in try r.localized() },
            accepts: try array { (r) throws(Malformed) in try r.raw(ContributionKind.self) },
            categories: try array { (r) throws(Malformed) in
                Category(
                    id: try r.string(), title: try r.localized(),
                    prompts: try r.array { (r) throws(Malformed) in try r.localized() },
                    hints: try r.array { (r) throws(Malformed) in try r.localized() },
                    basis: try r.optional { (r) throws(Malformed) in try r.localized() },
                    alias: try r.optional { (r) throws(Malformed) in try r.string() })
            },
            timeboxMinutes: try int(), timeboxIsDefault: try bool(), skippable: try bool(),
            requirements: try array { (r) throws(Malformed) in try r.requirement() }, convenes: try bool(),
            recalls: try array { (r) throws(Malformed) in try r.string() },
            minutes: try optional { (r) throws(Malformed) in
                RoundMinutes(
                    heading: try r.optional { (r) throws(Malformed) in try r.localized() },
                    agreements: try r.optional { (r) throws(Malformed) in try r.bool() }, grid: try r.bool(),
                    chart: try r.bool(),
                    kinds: try r.array { (r) throws(Malformed) in
                        KindHeading(
                            kind: try r.raw(ContributionKind.self), title: try r.localized(),
                            name: try r.optional { (r) throws(Malformed) in try r.localized() })
                    },
                    chosen: try r.optional { (r) throws(Malformed) in try r.raw(ContributionKind.self) })
            },
            casePresenter: try bool())
    }

    private mutating func localized() throws(Malformed) -> LocalizedText {
        LocalizedText(nl: try string(), en: try string())
    }
}
