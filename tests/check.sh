#!/bin/sh
# check.sh: run every test suite and end with one line "N passed, N failed".
# Suites: unit tests (C), command-line tests (tests/cli/*.sh), golden tests.
BUILD=${BUILD:-build}
export BUILD
export ACCORD="$PWD/$BUILD/accord"
pass=0; fail=0
log=$(mktemp); trap 'rm -f "$log"' EXIT

# unit tests: the runner's last line is "unit: N passed, N failed"
"$BUILD/test-unit" >"$log" 2>&1
tail -n 40 "$log" | grep -v '^unit:' | grep . | sed 's/^/  /'
line=$(tail -n 1 "$log")
echo "$line"
p=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p'); f=$(echo "$line" | sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p')
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))

# shell suites: each prints "ok NAME" or "FAIL NAME: why" per check
for t in tests/cli/t-*.sh tests/golden/t-*.sh; do
	[ -f "$t" ] || continue
	sh "$t" >"$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log"); f=$(grep -c '^FAIL ' "$log")
	grep '^FAIL ' "$log" | sed 's/^/  /'
	if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "  FAIL $t: exited $rc"; tail -n 5 "$log" | sed 's/^/    /'; f=1
	fi
	echo "$(basename "$t" .sh): $p passed, $f failed"
	pass=$((pass + p)); fail=$((fail + f))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
