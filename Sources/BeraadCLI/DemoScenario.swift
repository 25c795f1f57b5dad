/// The worked example: a wijkteam deliberates on a client who avoids care. `beraad demo` plays it, and
/// Examples/wijkteam-demo.sh is generated from it (DemoTests keeps the two equal).
enum DemoScenario {
    /// One command of the example with the time it happened.
    struct Step: Sendable {
        var at: String
        var arguments: [String]
    }

    static let title = "Zorgmijding bij een alleenstaande oudere"
    static let day = "2026-03-12"

    private static func step(_ time: String, _ arguments: String...) -> Step {
        Step(at: "\(day)T\(time):00+01:00", arguments: arguments)
    }

    static let steps: [Step] = [
        step(
            "14:00", "new", title, "--facilitator", "Marleen Visser", "--note-taker", "Eva Smit", "--place",
            "Wijkcentrum De Linde, Utrecht", "--distribute", "Team Noord; teamleider wijkzorg", "--lang", "nl"),
        step("14:00", "join", "Sanne de Boer", "--role", "inbrenger"),
        step("14:00", "join", "Bram Jansen"),
        step("14:01", "join", "Fatima El Amrani"),
        step("14:01", "join", "Joost Verhoef"),
        step("14:01", "invite", "Ilse Mulder"),
        step(
            "14:02", "say", "Marleen",
            "Wat hier gezegd wordt, blijft in deze groep. De naam van de cliënt komt niet in het verslag.",
            "--category", "vertrouwelijkheid"),
        step(
            "14:03", "say", "Marleen",
            "Eva maakt het verslag; het gaat binnen een week naar de deelnemers en wordt in het teamoverleg vastgesteld.",
            "--category", "verslag"),
        step("14:05", "next"),
        step(
            "14:06", "case",
            "Meneer Kuipers (81) woont sinds de dood van zijn vrouw alleen. Het huis raakt vervuild, buren klagen over stank en ongedierte. Hij weigert thuiszorg en zegt: 'ik wil hier doodgaan, niet in een tehuis.' Vorige week vond ik een ontstoken wond aan zijn been. Hij liet alleen mij kijken en wil geen huisarts. Zijn dochter belt ons wekelijks en wil dat we hem laten opnemen.",
            "--question", "Mag ik de huisarts over de wond inlichten, ook als meneer dat niet wil?"
        ),
        step("14:09", "say", "Bram", "Heeft meneer schulden of achterstanden in de huur?"),
        step(
            "14:10", "say", "Sanne", "Nee, de huur wordt automatisch betaald; de woning is van een corporatie.",
            "--kind", "fact"),
        step("14:11", "say", "Joost", "Is er sprake van geheugenproblemen of verwardheid?"),
        step(
            "14:12", "say", "Sanne",
            "Hij is helder en weet precies wat hij wil; de huisarts kent hem al jaren niet meer.", "--kind", "fact"),
        step("14:15", "next"),
        step(
            "14:17", "dilemma",
            "Moet ik de huisarts en de GGD inschakelen voor een traject tegen zijn wil in, of blijven we op zijn voorwaarden in contact en aanvaarden we het risico?",
            "--option", "A: Huisarts en GGD inschakelen, ook tegen zijn wil",
            "--option", "B: Op zijn voorwaarden in contact blijven en het risico aanvaarden",
            "--harm",
            "A: Het vertrouwen dat hij alleen in Sanne heeft gaat verloren; hij voelt zich niet serieus genomen in zijn laatste levensfase.",
            "--harm",
            "B: Zijn gezondheid en het huis gaan verder achteruit; buren en dochter lijden eronder en wij dragen het risico van een ernstige infectie."
        ),
        step("14:24", "next"),
        step(
            "14:25", "say", "Fatima", "Autonomie: zelf bepalen hoe en waar hij leeft", "--kind", "value", "--about",
            "meneer Kuipers", "--option", "B"),
        step(
            "14:26", "say", "Bram", "Gezondheid en veiligheid", "--kind", "value", "--about", "meneer Kuipers",
            "--option", "A"),
        step(
            "14:27", "say", "Sanne", "Goede zorg: een ontstoken wond laat je niet verergeren", "--kind", "norm",
            "--about", "de wijkverpleging", "--option", "A"),
        step(
            "14:28", "say", "Joost", "Ingrijpen tegen iemands wil kan pas bij ernstig nadeel (Wvggz)", "--kind", "norm",
            "--about", "het wijkteam", "--option", "B"),
        step(
            "14:29", "say", "Bram", "Recht op een leefbare woonomgeving", "--kind", "right", "--about", "de buren",
            "--option", "A"),
        step(
            "14:31", "say", "Fatima", "De dochter is uitgeput en voelt zich schuldig dat ze niet vaker komt", "--kind",
            "perspective", "--about", "de dochter"),
        step(
            "14:33", "say", "Joost", "Vertrouwen: hij laat alleen Sanne binnen", "--kind", "value", "--about",
            "de relatie met Sanne", "--option", "B"),
        step("14:38", "next"),
        step(
            "14:40", "position", "Sanne", "B", "--because",
            "vertrouwen is het enige wat we nu hebben; zonder dat zien we hem niet meer",
            "--cannot", "zijn wond tegen zijn wil laten behandelen", "--mitigate",
            "vaker langsgaan en de huisarts op zijn voorwaarden meenemen",
            "--needs", "steun van het team als het toch misgaat"),
        step(
            "14:43", "position", "Bram", "A", "--because", "zijn gezondheid gaat nu zichtbaar achteruit",
            "--cannot", "zijn wens om met rust gelaten te worden helemaal volgen", "--mitigate",
            "Sanne erbij houden zodat het contact blijft",
            "--needs", "duidelijkheid over wie de verantwoordelijkheid draagt"),
        step(
            "14:46", "position", "Fatima", "B", "--because", "zijn autonomie weegt zwaar zolang hij wilsbekwaam is",
            "--cannot", "de zorgen van de dochter wegnemen", "--mitigate",
            "de dochter ondersteunen en eerlijk zijn over de risico's",
            "--needs", "een afspraak over wanneer we wél ingrijpen"),
        step(
            "14:49", "position", "Joost", "A", "--because", "de buren hebben ook rechten en klagen al maanden",
            "--cannot", "meneer helemaal zijn gang laten gaan"),
        step("14:53", "next"),
        step("14:55", "say", "Joost", "Als we vooraf een grens afspreken met meneer, kan ik met B leven."),
        step(
            "14:56", "position", "Joost", "B", "--because",
            "met een duidelijke grens blijft het vertrouwen en zijn de buren niet vergeten",
            "--cannot", "de overlast meteen oplossen", "--mitigate",
            "de corporatie vragen om tijdelijke hulp bij het schoonmaken",
            "--needs", "een vaste evaluatie"),
        step("14:58", "say", "Fatima", "De grens moet met meneer zelf besproken worden, niet over hem heen."),
        step(
            "15:02", "decide",
            "We blijven op zijn voorwaarden in contact, met een heldere grens: bij koorts, een val of een verergerde wond schakelt Sanne direct de huisarts in.",
            "--option", "B", "--rationale",
            "Zijn autonomie en het vertrouwen wegen nu het zwaarst; de grens beschermt zijn gezondheid zonder dat we over hem heen beslissen.",
            "--support", "majority", "--dissent", "Bram", "--review", "2026-04-09"),
        step(
            "15:03", "amend", "e36",
            "We blijven op zijn voorwaarden in contact, met een heldere grens: bij koorts, een val of een verergerde wond schakelt Sanne dezelfde dag de huisarts in."
        ),
        step("15:05", "next"),
        step(
            "15:06", "action", "Met meneer Kuipers de grens bespreken en wat er gebeurt als die bereikt wordt",
            "--owner", "Sanne", "--due", "2026-03-16"),
        step(
            "15:07", "action", "De huisarts informeren en vragen mee te gaan bij een huisbezoek", "--owner", "Fatima",
            "--due", "2026-03-19"),
        step(
            "15:08", "action", "De dochter het besluit uitleggen en mantelzorgondersteuning aanbieden", "--owner",
            "Joost", "--due", "2026-03-19"),
        step(
            "15:09", "action", "De corporatie vragen om hulp bij het schoonmaken", "--owner", "Bram", "--due",
            "2026-03-26"),
        step(
            "15:11", "signal", "Meer alleenstaande ouderen in de wijk mijden zorg na het overlijden van hun partner",
            "--level", "group"),
        step(
            "15:12", "signal", "Er is geen passende plek voor zorgmijders tussen thuis en het verpleeghuis", "--level",
            "policy", "--by", "Marleen", "--to", "teamleider wijkzorg"),
        step("15:13", "next"),
        step("15:14", "evaluate", "Sanne", "Ik voel me gesteund, ook door wie anders koos.", "--score", "5"),
        step("15:15", "evaluate", "Bram", "Goed gesprek; mijn zorg is gehoord, al blijf ik bij A.", "--score", "4"),
        step("15:15", "evaluate", "Fatima", "De stap van waarden naar standpunten hielp.", "--score", "4"),
        step("15:16", "evaluate", "Joost", "De tijd voor het dilemma was krap.", "--score", "3"),
        step("15:17", "close"),
        // The client's name leaves the journal on disk, not only the minutes.
        step("15:18", "redact", "Kuipers", "--by", "Marleen"),
    ]

    /// How many take part in the example: each `join`, and the facilitator and note-taker `new` names.
    static var participantCount: Int {
        steps.reduce(0) { count, step in
            switch step.arguments.first {
            case "join": return count + 1
            case "new": return count + ["--facilitator", "--note-taker"].filter(step.arguments.contains).count
            default: return count
            }
        }
    }

    /// The example as a shell script that drives an installed `beraad`.
    static func shellScript() -> String {
        var lines = [
            "#!/bin/sh",
            "# The worked example of 'beraad demo', as commands anyone can run and change.",
            "# Generated from Sources/BeraadCLI/DemoScenario.swift; DemoTests fails when the two differ.",
            "# Usage: sh Examples/wijkteam-demo.sh [BERAAD_BINARY]   (writes minutes.md and minutes.html here)",
            "set -eu",
            "BERAAD=${1:-beraad}",
            "BERAAD_HOME=$(mktemp -d)",
            "export BERAAD_HOME",
            "trap 'rm -rf \"$BERAAD_HOME\"' EXIT",
            "",
        ]
        for step in steps {
            lines.append(
                "\"$BERAAD\" " + (step.arguments + ["--at", step.at]).map(shellQuoted).joined(separator: " ")
                    + " >/dev/null")
        }
        lines.append("\"$BERAAD\" minutes --output minutes.md")
        lines.append("\"$BERAAD\" minutes --format html --output minutes.html")
        return lines.joined(separator: "\n") + "\n"
    }

    static func shellQuoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_.:+/=,".unicodeScalars.contains($0)
        }
        if safe && !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
