#!/bin/sh
# The worked example of 'beraad demo', as commands anyone can run and change.
# Generated from Sources/BeraadCLI/DemoScenario.swift; DemoTests fails when the two differ.
# Usage: sh Examples/wijkteam-demo.sh [BERAAD_BINARY]   (writes minutes.md and minutes.html here)
set -eu
BERAAD=${1:-beraad}
BERAAD_HOME=$(mktemp -d)
export BERAAD_HOME
trap 'rm -rf "$BERAAD_HOME"' EXIT

"$BERAAD" new 'Zorgmijding bij een alleenstaande oudere' --facilitator 'Marleen Visser' --note-taker 'Eva Smit' --place 'Wijkcentrum De Linde, Utrecht' --distribute 'Team Noord; teamleider wijkzorg' --lang nl --at 2026-03-12T14:00:00+01:00 >/dev/null
"$BERAAD" join 'Sanne de Boer' --role inbrenger --at 2026-03-12T14:00:00+01:00 >/dev/null
"$BERAAD" join 'Bram Jansen' --at 2026-03-12T14:00:00+01:00 >/dev/null
"$BERAAD" join 'Fatima El Amrani' --at 2026-03-12T14:01:00+01:00 >/dev/null
"$BERAAD" join 'Joost Verhoef' --at 2026-03-12T14:01:00+01:00 >/dev/null
"$BERAAD" invite 'Ilse Mulder' --at 2026-03-12T14:01:00+01:00 >/dev/null
"$BERAAD" say Marleen 'Wat hier gezegd wordt, blijft in deze groep. De naam van de cliënt komt niet in het verslag.' --category vertrouwelijkheid --at 2026-03-12T14:02:00+01:00 >/dev/null
"$BERAAD" say Marleen 'Eva maakt het verslag; het gaat binnen een week naar de deelnemers en wordt in het teamoverleg vastgesteld.' --category verslag --at 2026-03-12T14:03:00+01:00 >/dev/null
"$BERAAD" next --at 2026-03-12T14:05:00+01:00 >/dev/null
"$BERAAD" case 'Meneer Kuipers (81) woont sinds de dood van zijn vrouw alleen. Het huis raakt vervuild, buren klagen over stank en ongedierte. Hij weigert thuiszorg en zegt: '\''ik wil hier doodgaan, niet in een tehuis.'\'' Vorige week vond ik een ontstoken wond aan zijn been. Hij liet alleen mij kijken en wil geen huisarts. Zijn dochter belt ons wekelijks en wil dat we hem laten opnemen.' --question 'Mag ik de huisarts over de wond inlichten, ook als meneer dat niet wil?' --at 2026-03-12T14:06:00+01:00 >/dev/null
"$BERAAD" say Bram 'Heeft meneer schulden of achterstanden in de huur?' --at 2026-03-12T14:09:00+01:00 >/dev/null
"$BERAAD" say Sanne 'Nee, de huur wordt automatisch betaald; de woning is van een corporatie.' --kind fact --at 2026-03-12T14:10:00+01:00 >/dev/null
"$BERAAD" say Joost 'Is er sprake van geheugenproblemen of verwardheid?' --at 2026-03-12T14:11:00+01:00 >/dev/null
"$BERAAD" say Sanne 'Hij is helder en weet precies wat hij wil; de huisarts kent hem al jaren niet meer.' --kind fact --at 2026-03-12T14:12:00+01:00 >/dev/null
"$BERAAD" next --at 2026-03-12T14:15:00+01:00 >/dev/null
"$BERAAD" dilemma 'Moet ik de huisarts en de GGD inschakelen voor een traject tegen zijn wil in, of blijven we op zijn voorwaarden in contact en aanvaarden we het risico?' --option 'A: Huisarts en GGD inschakelen, ook tegen zijn wil' --option 'B: Op zijn voorwaarden in contact blijven en het risico aanvaarden' --harm 'A: Het vertrouwen dat hij alleen in Sanne heeft gaat verloren; hij voelt zich niet serieus genomen in zijn laatste levensfase.' --harm 'B: Zijn gezondheid en het huis gaan verder achteruit; buren en dochter lijden eronder en wij dragen het risico van een ernstige infectie.' --at 2026-03-12T14:17:00+01:00 >/dev/null
"$BERAAD" next --at 2026-03-12T14:24:00+01:00 >/dev/null
"$BERAAD" say Fatima 'Autonomie: zelf bepalen hoe en waar hij leeft' --kind value --about 'meneer Kuipers' --option B --at 2026-03-12T14:25:00+01:00 >/dev/null
"$BERAAD" say Bram 'Gezondheid en veiligheid' --kind value --about 'meneer Kuipers' --option A --at 2026-03-12T14:26:00+01:00 >/dev/null
"$BERAAD" say Sanne 'Goede zorg: een ontstoken wond laat je niet verergeren' --kind norm --about 'de wijkverpleging' --option A --at 2026-03-12T14:27:00+01:00 >/dev/null
"$BERAAD" say Joost 'Ingrijpen tegen iemands wil kan pas bij ernstig nadeel (Wvggz)' --kind norm --about 'het wijkteam' --option B --at 2026-03-12T14:28:00+01:00 >/dev/null
"$BERAAD" say Bram 'Recht op een leefbare woonomgeving' --kind right --about 'de buren' --option A --at 2026-03-12T14:29:00+01:00 >/dev/null
"$BERAAD" say Fatima 'De dochter is uitgeput en voelt zich schuldig dat ze niet vaker komt' --kind perspective --about 'de dochter' --at 2026-03-12T14:31:00+01:00 >/dev/null
"$BERAAD" say Joost 'Vertrouwen: hij laat alleen Sanne binnen' --kind value --about 'de relatie met Sanne' --option B --at 2026-03-12T14:33:00+01:00 >/dev/null
"$BERAAD" next --at 2026-03-12T14:38:00+01:00 >/dev/null
"$BERAAD" position Sanne B --because 'vertrouwen is het enige wat we nu hebben; zonder dat zien we hem niet meer' --cannot 'zijn wond tegen zijn wil laten behandelen' --mitigate 'vaker langsgaan en de huisarts op zijn voorwaarden meenemen' --needs 'steun van het team als het toch misgaat' --at 2026-03-12T14:40:00+01:00 >/dev/null
"$BERAAD" position Bram A --because 'zijn gezondheid gaat nu zichtbaar achteruit' --cannot 'zijn wens om met rust gelaten te worden helemaal volgen' --mitigate 'Sanne erbij houden zodat het contact blijft' --needs 'duidelijkheid over wie de verantwoordelijkheid draagt' --at 2026-03-12T14:43:00+01:00 >/dev/null
"$BERAAD" position Fatima B --because 'zijn autonomie weegt zwaar zolang hij wilsbekwaam is' --cannot 'de zorgen van de dochter wegnemen' --mitigate 'de dochter ondersteunen en eerlijk zijn over de risico'\''s' --needs 'een afspraak over wanneer we wél ingrijpen' --at 2026-03-12T14:46:00+01:00 >/dev/null
"$BERAAD" position Joost A --because 'de buren hebben ook rechten en klagen al maanden' --cannot 'meneer helemaal zijn gang laten gaan' --at 2026-03-12T14:49:00+01:00 >/dev/null
"$BERAAD" next --at 2026-03-12T14:53:00+01:00 >/dev/null
"$BERAAD" say Joost 'Als we vooraf een grens afspreken met meneer, kan ik met B leven.' --at 2026-03-12T14:55:00+01:00 >/dev/null
"$BERAAD" position Joost B --because 'met een duidelijke grens blijft het vertrouwen en zijn de buren niet vergeten' --cannot 'de overlast meteen oplossen' --mitigate 'de corporatie vragen om tijdelijke hulp bij het schoonmaken' --needs 'een vaste evaluatie' --at 2026-03-12T14:56:00+01:00 >/dev/null
"$BERAAD" say Fatima 'De grens moet met meneer zelf besproken worden, niet over hem heen.' --at 2026-03-12T14:58:00+01:00 >/dev/null
"$BERAAD" decide 'We blijven op zijn voorwaarden in contact, met een heldere grens: bij koorts, een val of een verergerde wond schakelt Sanne direct de huisarts in.' --option B --rationale 'Zijn autonomie en het vertrouwen wegen nu het zwaarst; de grens beschermt zijn gezondheid zonder dat we over hem heen beslissen.' --support majority --dissent Bram --review 2026-04-09 --at 2026-03-12T15:02:00+01:00 >/dev/null
"$BERAAD" amend e36 'We blijven op zijn voorwaarden in contact, met een heldere grens: bij koorts, een val of een verergerde wond schakelt Sanne dezelfde dag de huisarts in.' --at 2026-03-12T15:03:00+01:00 >/dev/null
"$BERAAD" next --at 2026-03-12T15:05:00+01:00 >/dev/null
"$BERAAD" action 'Met meneer Kuipers de grens bespreken en wat er gebeurt als die bereikt wordt' --owner Sanne --due 2026-03-16 --at 2026-03-12T15:06:00+01:00 >/dev/null
"$BERAAD" action 'De huisarts informeren en vragen mee te gaan bij een huisbezoek' --owner Fatima --due 2026-03-19 --at 2026-03-12T15:07:00+01:00 >/dev/null
"$BERAAD" action 'De dochter het besluit uitleggen en mantelzorgondersteuning aanbieden' --owner Joost --due 2026-03-19 --at 2026-03-12T15:08:00+01:00 >/dev/null
"$BERAAD" action 'De corporatie vragen om hulp bij het schoonmaken' --owner Bram --due 2026-03-26 --at 2026-03-12T15:09:00+01:00 >/dev/null
"$BERAAD" signal 'Meer alleenstaande ouderen in de wijk mijden zorg na het overlijden van hun partner' --level group --at 2026-03-12T15:11:00+01:00 >/dev/null
"$BERAAD" signal 'Er is geen passende plek voor zorgmijders tussen thuis en het verpleeghuis' --level policy --by Marleen --to 'teamleider wijkzorg' --at 2026-03-12T15:12:00+01:00 >/dev/null
"$BERAAD" next --at 2026-03-12T15:13:00+01:00 >/dev/null
"$BERAAD" evaluate Sanne 'Ik voel me gesteund, ook door wie anders koos.' --score 5 --at 2026-03-12T15:14:00+01:00 >/dev/null
"$BERAAD" evaluate Bram 'Goed gesprek; mijn zorg is gehoord, al blijf ik bij A.' --score 4 --at 2026-03-12T15:15:00+01:00 >/dev/null
"$BERAAD" evaluate Fatima 'De stap van waarden naar standpunten hielp.' --score 4 --at 2026-03-12T15:15:00+01:00 >/dev/null
"$BERAAD" evaluate Joost 'De tijd voor het dilemma was krap.' --score 3 --at 2026-03-12T15:16:00+01:00 >/dev/null
"$BERAAD" close --at 2026-03-12T15:17:00+01:00 >/dev/null
"$BERAAD" redact Kuipers --by Marleen --at 2026-03-12T15:18:00+01:00 >/dev/null
"$BERAAD" minutes --output minutes.md
"$BERAAD" minutes --format html --output minutes.html
