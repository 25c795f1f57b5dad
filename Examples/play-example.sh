#!/bin/sh
# Plays one of the method examples (Examples/*-live.txt, Examples/nijmegen-committee.txt) in a throw-away home:
# the '#%' lines of the transcript are the commands around the meeting (opening it before, closing and approving
# it after), the other lines are typed into 'beraad run'. Writes the minutes in both languages here.
# Usage: sh Examples/play-example.sh Examples/cura-live.txt [BERAAD_BINARY]
# Examples/NAME.nl.md and NAME.en.md are these minutes as the test suite makes them, with a clock that moves a
# minute a line; a run of this script has the times of its own clock.
set -eu
transcript=$1
BERAAD=${2:-beraad}
name=$(basename "$transcript" .txt)
BERAAD_HOME=$(mktemp -d)
export BERAAD_HOME
trap 'rm -rf "$BERAAD_HOME"' EXIT
first=yes
grep '^#% ' "$transcript" | sed 's/^#% //' | while IFS= read -r command; do
  eval "set -- $command"
  "$BERAAD" "$@" >/dev/null
  if [ "$first" = yes ]; then
    grep -v '^#%' "$transcript" | "$BERAAD" run >/dev/null
    first=no
  fi
done
"$BERAAD" minutes --lang nl --output "$name.nl.md"
"$BERAAD" minutes --lang en --output "$name.en.md"
"$BERAAD" verify --all
