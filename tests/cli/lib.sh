# lib.sh: helpers for command-line tests.  Each check prints "ok NAME" or
# "FAIL NAME: why"; tests/check.sh counts them.
ACCORD=${ACCORD:-$PWD/build/accord}
SHARED=${SHARED:-$(cd "$(dirname "$0")/../../.." && pwd)/shared}
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }
# check NAME CMD...: passes when CMD succeeds
check() { n=$1; shift; if "$@" >/dev/null 2>&1; then ok "$n"; else fail "$n" "$*"; fi; }
# expect_status NAME STATUS CMD...: the command exits with STATUS
expect_status() {
	n=$1; want=$2; shift 2
	"$@" >"$TMP/out" 2>"$TMP/err"; got=$?
	if [ "$got" = "$want" ]; then ok "$n"; else fail "$n" "exit $got, expected $want: $(head -c 300 "$TMP/err")"; fi
}
# expect_grep NAME PATTERN FILE: FILE has a line matching PATTERN
expect_grep() { if grep -q -- "$2" "$3"; then ok "$1"; else fail "$1" "no '$2' in $(head -c 300 "$3")"; fi; }
