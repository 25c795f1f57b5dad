#!/bin/sh
# A dilemmamethode meeting of a wijkteam, typed live by the note-taker (dilemmamethode-live.txt: a late arrival,
# someone leaving early, a mistaken join undone, a refused line and the next speaker right after it, a correction,
# a forced move), then closed, approved and followed up with a planned review, and every journal verified.
# Usage: sh Examples/dilemmamethode-live.sh [BERAAD_BINARY]   (writes verslag.md and verslag.html here)
# Examples/dilemmamethode-live.nl.md and .html are these minutes as the test suite makes them, with a clock that
# moves a minute a line; a run of this script has the times of its own clock.
set -eu
BERAAD=${1:-beraad}
here=$(cd "$(dirname "$0")" && pwd)
BERAAD_HOME=$(mktemp -d)
export BERAAD_HOME
# Everything in Dutch, whatever the locale: the session, and what the commands say.
BERAAD_LANG=nl
export BERAAD_LANG
trap 'rm -rf "$BERAAD_HOME"' EXIT

id=$("$BERAAD" nieuw 'Valt meneer thuis of verhuist hij?' --methode dilemmamethode --gespreksleider 'Mia Verbeek' \
  --notulist 'Eva Smit' --plaats 'Wijkpost Oost' --verspreiding 'Wijkteam Oost; teamleider wijkzorg' \
  --team 'Wijkteam Oost')
"$BERAAD" run < "$here/dilemmamethode-live.txt" >/dev/null
"$BERAAD" afsluiten >/dev/null
"$BERAAD" vaststellen --door Teamoverleg >/dev/null
"$BERAAD" verslag --uitvoer verslag.md
"$BERAAD" verslag --formaat html --uitvoer verslag.html
"$BERAAD" vervolg "$id" 'Evaluatie: woont meneer nog veilig thuis?' --gepland 'over 6 weken' >/dev/null
"$BERAAD" controleer --alle
