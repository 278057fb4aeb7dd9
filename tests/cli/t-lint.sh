# t-lint.sh: house rules checked on the source: the functions listed in
# src/base/banned.h (after git's) are used nowhere in src/ or tools/.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
names=$(sed -n 's/^#undef \([a-z]*\)$/\1/p' "$ROOT/src/base/banned.h")
[ -n "$names" ] || { fail lint-banned-list "no names in src/base/banned.h"; exit 0; }
for n in $names; do
	hits=$(grep -rn --include='*.c' --include='*.h' -E "(^|[^_a-zA-Z0-9.>])$n[[:space:]]*\(" "$ROOT/src" "$ROOT/tools" |
		grep -v 'src/base/banned.h' | head -3)
	if [ -z "$hits" ]; then ok "lint-no-$n"; else fail "lint-no-$n" "$hits"; fi
done
