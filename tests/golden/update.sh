#!/bin/sh
# update.sh: regenerate the golden records from the current extractor
# (make golden-update).  Review the diff before committing it: every change in
# tests/golden/expected/ is a change in what accord extracts.
set -eu
BUILD=${BUILD:-build}
here=$(dirname "$0")
corpus=${ACCORD_CORPUS:-../shared/corpus}
mkdir -p "$here/expected/seeds"
"$BUILD/accord" extract --format eval --output "$here/expected/seeds" "$corpus/seeds"
"$BUILD/accord" extract --format summary "$corpus/ungd2017" | sed '$d' > "$here/expected/ungd2017.txt"
echo "updated $here/expected: review with git diff"
