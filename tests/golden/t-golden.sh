# t-golden.sh: golden tests over ../shared/corpus: the extractor's records for
# the seeds and a per-document digest of the UN General Debate speeches must
# equal tests/golden/expected (regenerate with make golden-update, then review
# the diff).  Also: the seed scores stay above the floors in floors.txt.
. "$(dirname "$0")/../cli/lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
corpus=${ACCORD_CORPUS:-$SHARED/corpus}
if [ ! -d "$corpus/seeds" ]; then
	echo "ok golden-skipped-no-corpus"; exit 0
fi
for g in "$here"/expected/seeds/*.json; do
	[ -f "$g" ] || continue
	n=$(basename "$g" .json)
	"$ACCORD" extract --format eval "$corpus/seeds/$n.txt" > "$TMP/$n.json" 2>"$TMP/err"
	if cmp -s "$g" "$TMP/$n.json"; then ok "golden-seed-$n"; else
		fail "golden-seed-$n" "record differs: $(diff "$g" "$TMP/$n.json" | head -5 | tr '\n' ' ')"; fi
done
if [ -f "$here/expected/ungd2017.txt" ]; then
	for f in "$corpus"/ungd2017/*.txt; do
		printf '%s %s\n' "$(basename "$f")" "$("$ACCORD" extract --format eval "$f" | sha256sum | cut -c1-16)"
	done > "$TMP/ungd.txt"
	if cmp -s "$here/expected/ungd2017.txt" "$TMP/ungd.txt"; then ok golden-ungd2017-digest; else
		fail golden-ungd2017-digest "records changed for: $(diff "$here/expected/ungd2017.txt" "$TMP/ungd.txt" | sed -n 's/^> \([^ ]*\).*/\1/p' | head -8 | tr '\n' ' ')(accord extract FILE shows the new record)"; fi
fi
# Score floors: each figure of the scorer's --json output named in floors.txt
# ("PATH MIN", PATH as dotted keys) must be at least MIN.
if [ -f "$here/floors.txt" ] && command -v python3 >/dev/null && [ -x "$SHARED/eval/score" ]; then
	mkdir -p "$TMP/sys"
	for g in "$SHARED"/eval/gold/*.json; do
		n=$(basename "$g" .json)
		"$ACCORD" extract --format eval "$corpus/seeds/$n.txt" > "$TMP/sys/$n.json" 2>/dev/null
	done
	"$SHARED/eval/score" --json --dir "$SHARED/eval/gold" "$TMP/sys" > "$TMP/score.json"
	python3 - "$TMP/score.json" "$here/floors.txt" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
for line in open(sys.argv[2]):
    line = line.split('#')[0].strip()
    if not line:
        continue
    path, floor = line.split()
    v = score
    for k in path.split('.'):
        v = v.get(k) if isinstance(v, dict) else None
    if isinstance(v, dict):
        v = v.get('f1', v.get('value'))
    if v is None:
        print(f"FAIL score-{path}: not in the scorer's output")
    elif v + 1e-9 >= float(floor):
        print(f"ok score-{path} ({v:.3f} >= {floor})")
    else:
        print(f"FAIL score-{path}: {v:.3f} < floor {floor}")
PY
fi
