import BeraadEngine

/// A session driven command by command in memory, as the store drives it, for tests of every module: each command
/// a minute after the one before, its records applied on success.
public struct SessionBuilder {
    public private(set) var session = Session.unopened
    public private(set) var records: [Record] = []
    /// Seconds since 1970; 2026-03-12T13:00:00Z to begin with.
    public var clock: Int64 = 1_773_320_400

    /// A session of `protocolID` with a facilitator (Mia), an inbrenger (Anna) and two participants (Bram, Carla).
    public static func opened(
        _ protocolID: String = "moreel-beraad", id: String = "test", title: String = "Test",
        details: SessionDetails = SessionDetails()
    ) throws -> SessionBuilder {
        var builder = SessionBuilder()
        guard let definition = try BuiltinProtocols.named(protocolID) else { throw RuleViolation.notOpened }
        try builder.run(
            .open(
                id: id, title: title, protocolDefinition: definition, facilitator: "Mia", lang: .nl,
                details: details))
        try builder.run(.join(name: "Anna", role: "inbrenger"))
        try builder.run(.join(name: "Bram", role: nil))
        try builder.run(.join(name: "Carla", role: nil))
        return builder
    }

    public init() {}

    /// The opened session's state.
    public var state: SessionState {
        guard let state = session.state else { preconditionFailure("the session is not opened") }
        return state
    }

    /// Runs `command` a minute after the last one; on success its records are applied and returned.
    @discardableResult
    public mutating func run(_ command: Command) throws(RuleViolation) -> [Record] {
        clock += 60
        let at = Timestamp(seconds: clock, offsetSeconds: 3600)
        let new = session.records(for: try session.decide(command, at: at), at: at)
        for record in new { session.evolve(record) }
        records += new
        return new
    }

    /// Applies `events` a minute after the last record without `decide`: records as an older beraad wrote them.
    public mutating func apply(_ events: [Event]) {
        clock += 60
        let new = session.records(for: events, at: Timestamp(seconds: clock, offsetSeconds: 3600))
        for record in new { session.evolve(record) }
        records += new
    }

    /// Moves on to the next round, forced with a reason when its requirements are not met.
    public mutating func next() throws(RuleViolation) {
        do { try run(.advance(force: false, reason: nil)) } catch { try run(.advance(force: true, reason: "tijd")) }
    }

    /// The violation `command` meets, or `nil` when it is accepted (and then applied).
    public mutating func violation(_ command: Command) -> RuleViolation? {
        do {
            try run(command)
            return nil
        } catch {
            return error
        }
    }

    /// Moves to the round with `id`, forced past requirements; a round the method does not have stops the test.
    public mutating func goTo(_ id: String) {
        while state.currentRound?.id != id {
            do { try run(.advance(force: true, reason: "test")) } catch { preconditionFailure("no round \(id)") }
        }
    }

    /// A built-in protocol; a test that names one that does not exist stops at once.
    public static func protocolNamed(_ id: String) -> ProtocolDefinition {
        guard let definition = try? BuiltinProtocols.named(id) else { preconditionFailure("no protocol \(id)") }
        return definition
    }

    /// `say NAME TEXT` as the command line records it, with a kind, a card or an option if given.
    public static func say(
        _ name: String, _ text: String, kind: ContributionKind? = nil, category: String? = nil, option: String? = nil
    ) -> Command {
        .say(name: name, text: text, kind: kind, category: category, about: nil, option: option)
    }

    /// `dilemma 'A of B?' --option 'A: dit' --option 'B: dat'` with the harm of each.
    public static let dilemma = Command.frameDilemma(
        question: "A of B?", options: [LabeledText(label: "A", text: "dit"), LabeledText(label: "B", text: "dat")],
        harms: [LabeledText(label: "A", text: "pijn"), LabeledText(label: "B", text: "verdriet")])

    /// `position NAME OPTION --because omdat`.
    public static func position(_ name: String, _ option: String) -> Command {
        .takePosition(name: name, option: option, because: "omdat", cannot: nil, mitigate: nil, needs: nil)
    }
}
