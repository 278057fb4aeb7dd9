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
# the UN General Debate speeches: one line per speech, its counts and the
# SHA-256 of its whole record (any change to any record shows here)
for f in "$corpus"/ungd2017/*.txt; do
	printf '%s %s\n' "$(basename "$f")" "$("$BUILD/accord" extract --format eval "$f" | sha256sum | cut -c1-16)"
done > "$here/expected/ungd2017.txt"
echo "updated $here/expected: review with git diff"
