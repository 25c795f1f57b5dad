import BeraadEngine

// Sessions as the tests of every module need them, made through the engine command by command.

extension SessionBuilder {
    /// A moreel-beraad with a facilitator (Mia), an inbrenger (Anna) and two participants (Bram, Carla), taken to
    /// `round` as a meeting goes: the case, the dilemma with harms, values, positions, the decision and an action.
    public static func meeting(upTo round: String = "opening") throws -> SessionBuilder {
        var b = try opened()
        func label(_ text: String) -> OptionLabel { OptionLabel(text)! }
        let steps: [(String, [Command])] = [
            ("casus", []),
            ("dilemma", [.recordCase(text: "Er was eens", by: nil)]),
            (
                "normen-waarden-rechten",
                [
                    .frameDilemma(
                        question: "A of B?",
                        options: [
                            LabeledText(label: label("A"), text: "dit"), LabeledText(label: label("B"), text: "dat"),
                        ],
                        harms: [
                            LabeledText(label: label("A"), text: "pijn"),
                            LabeledText(label: label("B"), text: "verdriet"),
                        ])
                ]
            ),
            (
                "perspectieven",
                [
                    .say(name: "Bram", text: "autonomie", kind: .value, category: nil, about: "client", option: "B"),
                    .say(name: "Carla", text: "zorgplicht", kind: .norm, category: nil, about: "team", option: "A"),
                ]
            ),
            (
                "besluit",
                [
                    .takePosition(
                        name: "Anna", option: "B", because: "vertrouwen", cannot: nil, mitigate: nil, needs: nil),
                    .takePosition(name: "Bram", option: "B", because: nil, cannot: nil, mitigate: nil, needs: nil),
                    .takePosition(
                        name: "Carla", option: "A", because: "veiligheid", cannot: nil, mitigate: nil, needs: nil),
                ]
            ),
            (
                "afspraken-signalen",
                [
                    .decide(
                        text: "We doen B", option: "B", rationale: nil, support: .majority, dissent: ["Carla"],
                        review: CalendarDate(iso: "2026-06-11"))
                ]
            ),
            ("evaluatie", [.agreeAction(text: "Bellen", owner: "Anna", due: CalendarDate(iso: "2026-03-20"))]),
        ]
        for (target, commands) in steps {
            if round == "opening" { break }
            for command in commands { try b.run(command) }
            try b.next()
            if target == round { break }
        }
        return b
    }

    /// Sessions that between them hold every kind of record the engine writes but an erasure: a moreel-beraad
    /// closed, approved, followed up and shared, with corrections and a signal, and a planned card-set meeting.
    public static func samples() throws -> [SessionBuilder] {
        var meeting = try meeting(upTo: "afspraken-signalen")
        try meeting.run(.agreeAction(text: "Bellen", owner: "Anna", due: CalendarDate(iso: "2026-03-20")))
        try meeting.run(.raiseSignal(text: "Vaker zorgmijders", level: .policy, by: "Bram", to: "MT", theme: "zorg"))
        try meeting.next()
        try meeting.run(.evaluate(name: "Anna", score: 4, text: "Goed \"gesprek\" \\ met 👍🏽 en tab\there"))
        let said = try meeting.run(say("Carla", "Nog een gedachte"))
        try meeting.run(.amend(entry: said[0].entryID.description, text: "Nieuwe tekst\nmet een regel"))
        let other = try meeting.run(say("Bram", "Vergissing"))
        try meeting.run(.retract(entry: other[0].entryID.description, reason: "dubbel"))
        try meeting.run(.close(abandon: false, reason: nil))
        try meeting.run(.approve(by: "Mia"))
        guard let action = meeting.state.actionEntries.first, let signal = meeting.state.signalEntries.first else {
            throw RuleViolation.notAnAction(id: "a1")
        }
        try meeting.run(.followUpAction(entry: action.id.description, done: true, note: "gebeld"))
        try meeting.run(.updateSignal(entry: signal.id.description, state: .passedOn, to: "MT", text: nil))
        try meeting.run(.share(by: "Mia"))

        var cards = SessionBuilder()
        guard let definition = try BuiltinProtocols.named("afwegingskader") else { throw RuleViolation.notOpened }
        try cards.run(
            .open(
                id: "kaarten", title: "Kaarten", protocolDefinition: definition, facilitator: "Mia", lang: .nl,
                details: SessionDetails(planned: "2026-03-13")))
        try cards.run(.join(name: "Sanne", role: "inbrenger"))
        try cards.run(.recordCase(text: "Een casus", by: nil))
        try cards.run(.start)
        try cards.run(
            .say(name: "Sanne", text: "Stabiel", kind: .consideration, category: "zekerheid", about: nil, option: nil))
        try cards.run(.advance(force: true, reason: "x"))
        try cards.run(
            .say(
                name: "Sanne", text: "Kennis", kind: .consideration, category: "kennis", about: nil, option: nil,
                influence: .helps))
        try cards.run(.back)
        return [meeting, cards]
    }
}
