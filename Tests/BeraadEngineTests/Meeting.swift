import BeraadEngine
import Foundation

/// A session driven command by command in memory, the way the store drives it, for rule tests.
struct Meeting {
    var session = Session.unopened
    var records: [Record] = []
    var clock: Int64 = 1_773_320_400  // 2026-03-12T13:00:00Z

    static func protocolNamed(_ id: String) -> ProtocolDefinition {
        try! BuiltinProtocols.named(id)!
    }

    /// A session under `protocolID` with a facilitator, an inbrenger and two participants.
    static func opened(_ protocolID: String = "moreel-beraad") -> Meeting {
        var meeting = Meeting()
        try! meeting.run(
            .open(
                id: "test", title: "Test", protocolDefinition: protocolNamed(protocolID), facilitator: "Mia", lang: .nl)
        )
        try! meeting.run(.join(name: "Anna", role: "inbrenger"))
        try! meeting.run(.join(name: "Bram", role: nil))
        try! meeting.run(.join(name: "Carla", role: nil))
        return meeting
    }

    /// The opened session's state.
    var state: SessionState { session.state! }

    /// Runs `command` a minute after the last one; on success its records are applied.
    @discardableResult
    mutating func run(_ command: Command) throws(RuleViolation) -> [Record] {
        clock += 60
        let at = Timestamp(seconds: clock, offsetSeconds: 3600)
        let new = session.records(for: try session.decide(command, at: at), at: at)
        for record in new { session.evolve(record) }
        records += new
        return new
    }

    /// The violation `command` meets, or `nil` when it is accepted (and then applied).
    mutating func violation(_ command: Command) -> RuleViolation? {
        do {
            try run(command)
            return nil
        } catch {
            return error
        }
    }

    /// Moves to the round with `id`, forcing past requirements.
    mutating func goTo(_ id: String) {
        while state.currentRound?.id != id {
            try! run(.advance(force: true, reason: "test"))
        }
    }

    static let dilemma = Command.frameDilemma(
        question: "A of B?", options: [LabeledText(label: "A", text: "dit"), LabeledText(label: "B", text: "dat")],
        harms: [LabeledText(label: "A", text: "pijn"), LabeledText(label: "B", text: "verdriet")])

    static func say(
        _ name: String, _ text: String, kind: ContributionKind? = nil, category: String? = nil, option: String? = nil
    ) -> Command {
        .say(name: name, text: text, kind: kind, category: category, about: nil, option: option)
    }

    static func position(_ name: String, _ option: String) -> Command {
        .takePosition(name: name, option: option, because: "omdat", cannot: nil, mitigate: nil, needs: nil)
    }
}
