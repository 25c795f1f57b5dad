import BeraadEngine
import BeraadStore
@testable import BeraadCLI
import Foundation
import Testing

/// A seeded walk over every command that writes, as a careless or hurried facilitator would use them, into the late
/// rounds and beyond (positions, decisions, actions, signals, follow-ups of follow-ups, erasure, export and import).
/// After every step, whether the command was accepted or refused, every journal of the home verifies and the current
/// session reads: no command can leave a journal that Beraad then refuses.
@Suite struct SeededWalkTests {
    struct Verified: Decodable {
        struct Session: Decodable {
            var id: String
            var ok: Bool
            var problem: String?
        }
        var sessions: [Session]
    }

    /// One walk: `steps` commands drawn from `seed`.
    final class Walk {
        let h = Harness(lang: "nl")
        let random: SeededRandom
        var sessions: [String] = []
        var accepted = 0
        var seen: Set<String> = []
        static let names = ["Anna", "Bram", "Carla", "Dirk de Vries", "Eva Smit", "Joris van Dam"]

        init(seed: UInt64) { random = SeededRandom(seed: seed) }

        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        var name: String { pick(Self.names) }
        var entry: String { "e\(1 + random.next() % 40)" }
        var text: String { pick(["Hoe lang al?", "Meneer wil thuis blijven", "autonomie", "Vertrouwen", "Bellen"]) }
        var option: String { pick(["A", "B", "C"]) }

        /// What a facilitator would most likely do next: start a planned session, and after the close approve it,
        /// follow it up or go on elsewhere; else any command at all.
        func command() -> [String] {
            let current = h.currentID
            let state = h.run("status", "--json").stdout
            if state.contains(#""state" : "planned""#) && chance(70) { return ["begin"] }
            if (state.contains(#""state" : "closed""#) || state.contains(#""state" : "abandoned""#)) && chance(70) {
                return pick([
                    ["vaststellen"], ["vervolg", current], ["kies", pick(sessions)],
                    ["nieuw", "Nog een", "--gespreksleider", "Mia"],
                ])
            }
            // In a round that takes something the walk would rarely reach at random, often give it that.
            struct Status: Decodable {
                struct Session: Decodable { var `protocol`: String }
                struct Round: Decodable { var id: String }
                struct Person: Decodable {
                    var name: String
                    var present: Bool
                }
                var session: Session
                var round: Round?
                var participants: [Person]
            }
            if let status = try? JSONDecoder().decode(Status.self, from: Data(state.utf8)),
                let definition = try? BuiltinProtocols.named(status.session.protocol),
                let round = definition.rounds.first(where: { $0.id == status.round?.id }), chance(60)
            {
                let present = status.participants.filter(\.present).map(\.name)
                let who = present.isEmpty ? name : pick(present)
                var likely: [[String]] = [["volgende", "--forceer", "--reden", "tijd"], ["aansluiten", name]]
                if round.accepts(.case) { likely.append(["casus", text]) }
                if round.accepts(.dilemma) {
                    likely.append(["dilemma", "A of B?", "--optie", "A: thuis", "--optie", "B: opname"])
                }
                if round.accepts(.position) {
                    likely += Array(repeating: ["standpunt", who, option, "--omdat", text], count: 3)
                }
                if round.accepts(.decision) {
                    likely.append(["besluit", text, "--optie", option, "--evalueren-op", "over 4 weken"])
                }
                if round.accepts(.action) {
                    likely.append(["actie", text, "--eigenaar", who, "--uiterlijk", "over 1 week"])
                }
                if round.accepts(.signal) { likely.append(["signaal", text, "--niveau", "beleid"]) }
                return pick(likely)
            }
            return anyCommand(current)
        }

        /// Any command, weighted so that the walk reaches the late rounds and the follow-up.
        func anyCommand(_ current: String) -> [String] {
            switch random.next() % 44 {
            case 0:
                let method = pick([
                    "moreel-beraad", "dilemmamethode", "afwegingskader", "nijmeegse-methode", "socratisch-gesprek",
                    "cura",
                ])
                var words = ["nieuw", "Sessie \(sessions.count + 1)", "--methode", method, "--gespreksleider", "Mia"]
                if chance(30) { words += ["--gepland", "over 2 weken"] }
                return words
            case 1, 2, 3: return ["aansluiten", name] + (chance(30) ? ["--functie", "huisarts"] : [])
            case 4:
                return chance(50)
                    ? ["uitnodigen", name] : ["rol", name, pick(["inbrenger", "deelnemer", "notulist"])]
            case 5: return ["weg", name]
            case 6: return ["casus", text]
            case 7, 8:
                return ["dilemma", "A of B?", "--optie", "A: thuis", "--optie", "B: opname", "--schade", "A: risico"]
            case 9, 10:
                return ["zeg", name, text]
                    + (chance(40) ? ["--soort", pick(["waarde", "norm", "feit", "vraag"])] : [])
            case 11, 12, 13, 14: return ["standpunt", name, option, "--omdat", text]
            case 15, 16, 17: return ["besluit", text, "--optie", option, "--evalueren-op", "over 4 weken"]
            case 18, 19: return ["actie", text, "--eigenaar", name, "--uiterlijk", "over 1 week"]
            case 20, 21: return ["signaal", text, "--niveau", "beleid"] + (chance(50) ? ["--door", name] : [])
            case 22: return ["evaluatie", name, text, "--score", String(1 + random.next() % 5)]
            case 23, 24, 25, 26: return ["volgende", "--forceer", "--reden", "tijd"]
            case 27: return ["terug"]
            case 28: return ["ongedaan"]
            case 29: return ["intrekken", entry]
            case 30: return ["corrigeer", entry, text] + (chance(30) ? ["--soort", "feit"] : [])
            case 31: return ["gegevens", "--plaats", "Wijkpost"] + (chance(30) ? ["--team", "Noord"] : [])
            case 32: return chance(50) ? ["afsluiten"] : ["afsluiten", "--afbreken", "--reden", "tijd"]
            case 33: return ["vaststellen"]
            case 34, 35:
                return ["vervolg", current] + (chance(50) ? ["--gepland", "over 3 weken"] : [])
            case 36: return chance(50) ? ["begin"] : ["kies", pick(sessions.isEmpty ? [current] : sessions)]
            case 37: return chance(50) ? ["weglaten", pick(["Meneer", "Anna", "thuis"])] : ["vergeet", name]
            case 38: return chance(50) ? ["gedaan", "a1"] : ["signalen", "doorgeven", "s1", "--aan", "teamleider"]
            case 39: return ["beleg", "Ingebracht dilemma"]
            default: return ["export", current, "--uitvoer", h.directory + "/export.jsonl"]
            }
        }

        /// Runs one step (`words`, or a command drawn at random), then checks the whole home.
        func step(_ given: [String]? = nil) throws {
            h.advance(minutes: 1 + Int64(random.next() % 30))
            let words = given ?? command()
            let result = h.run(words)
            if given != nil { #expect(result.code == 0, "\(words): \(result.stderr)") }
            if result.code == 0 {
                accepted += 1
                seen.insert(words[0])
                if words[0] == "nieuw" || words[0] == "vervolg" || words[0] == "beleg" {
                    sessions.append(h.currentID)
                }
                if words[0] == "export" {
                    let imported = h.run("importeer", h.directory + "/export.jsonl")
                    #expect(imported.code == 0, "\(imported)")
                }
            }
            // Whatever happened, the code is one the contract names, and the home reads back.
            #expect([0, 1, 64, 66].contains(result.code), "\(words) → \(result.code): \(result.stderr)")
            let verified = try JSONDecoder().decode(
                Verified.self, from: Data(h.run("controleer", "--alle", "--json").stdout.utf8))
            for session in verified.sessions where !session.ok {
                Issue.record("after \(words): \(session.id) does not verify: \(session.problem ?? "")")
            }
            if !h.currentID.isEmpty {
                let status = h.run("status")
                #expect(status.code == 0, "after \(words): status \(status.code): \(status.stderr)")
            }
            #expect(h.run("sessies", "--alle").stderr.isEmpty)
            try checkStates(after: words)
        }

        /// Every session's state as the store hands it out (from its snapshot when it has one) is the replay of its
        /// journal, which checks every record against the invariants; and the snapshot's encoding gives it back.
        func checkStates(after words: [String]) throws {
            let store = SessionStore(home: h.home, lockTimeout: 2)
            for id in Set(sessions) where store.exists(id) {
                let replayed: SessionState
                do { replayed = try store.read(id).session() } catch {
                    Issue.record("after \(words): \(id) does not replay: \(error)")
                    continue
                }
                #expect(try store.head(id).session() == replayed, "after \(words): \(id)'s snapshot")
                let bytes = replayed.binaryEncoded()
                #expect(try SessionState(binary: bytes[...]) == replayed, "after \(words): \(id)'s encoding")
            }
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func aSeededWalkOverEveryWritingCommandLeavesJournalsThatReadBack(seed: UInt64) throws {
        let walk = Walk(seed: seed)
        try walk.h.ok("nieuw", "Start", "--gespreksleider", "Mia")
        walk.sessions.append(walk.h.currentID)
        // A meeting into its late rounds and its follow-up, each step checked as the random ones are; then the
        // walk goes on at random from there.
        let meeting: [[String]] = [
            ["aansluiten", "Anna", "--rol", "inbrenger"], ["aansluiten", "Bram"], ["uitnodigen", "Carla"],
            ["volgende", "--forceer", "--reden", "tijd"], ["casus", "Meneer wil thuis blijven"],
            ["volgende", "--forceer", "--reden", "tijd"],
            [
                "dilemma", "Thuis of opname?", "--optie", "A: thuis", "--optie", "B: opname", "--schade", "A: vallen",
                "--schade", "B: heimwee",
            ],
            ["volgende", "--forceer", "--reden", "tijd"],
            ["zeg", "Bram", "autonomie", "--soort", "waarde", "--optie", "A"], ["aansluiten", "Carla"],
            ["volgende", "--forceer", "--reden", "tijd"], ["standpunt", "Anna", "A", "--omdat", "vertrouwen"],
            ["standpunt", "Bram", "B"],
            ["standpunt", "Carla", "A"], ["volgende", "--forceer", "--reden", "tijd"],
            ["besluit", "Thuis, met steun", "--optie", "A", "--evalueren-op", "over 4 weken"],
            ["volgende", "--forceer", "--reden", "tijd"],
            ["actie", "Dochter bellen", "--eigenaar", "Anna", "--uiterlijk", "over 1 week"],
            ["signaal", "Wachtlijsten", "--niveau", "beleid"], ["volgende", "--forceer", "--reden", "tijd"],
            ["evaluatie", "Bram", "goed", "--score", "4"],
            ["afsluiten"], ["vaststellen"], ["gedaan", "a1"],
            ["vervolg", walk.h.currentID, "--gepland", "over 4 weken"],
        ]
        for words in meeting { try walk.step(words) }
        for _ in 0..<220 { try walk.step() }
        // The walk got somewhere: many commands accepted, the late ones among them.
        #expect(walk.accepted > 100, "only \(walk.accepted) accepted")
        #expect(
            walk.seen.isSuperset(of: ["standpunt", "besluit", "actie", "signaal", "vervolg", "afsluiten"]),
            "\(walk.seen)")
    }
}
