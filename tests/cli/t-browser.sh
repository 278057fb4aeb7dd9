# t-browser.sh: accord in a real browser (tests/browser/run.mjs): Playwright
# from the npm registry (playwright-core, locked) driving Debian's chromium,
# against `accord serve` on a free loopback port and a registry of the seeds.
# Then tests/browser/i18n.mjs: the switcher on every page type in ru and
# zh-Hans, failing on any catalogue miss.  Then tests/browser/track.mjs: a focal point scores a commitment, the audit
# log verifies, then fails naming a row edited in SQLite.
# Installs what is missing: chromium through apt (as root), node modules
# through `npm ci`.  Screenshots go to tests/artifacts/browser/ (gitignored).
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BROWSER_DIR="$ROOT/tests/browser"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$CHROMIUM" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$TMP/apt.log" 2>&1 ||
			{ apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$TMP/apt.log" 2>&1; }
	fi
	if [ ! -x "$CHROMIUM" ]; then
		echo "browser tests need chromium: sudo apt-get install -y chromium" >&2
		echo "ok browser-skipped-no-chromium"
		exit 0
	fi
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "browser tests need node and npm: sudo apt-get install -y nodejs npm" >&2
	echo "ok browser-skipped-no-node"
	exit 0
fi
if [ ! -d "$BROWSER_DIR/node_modules/playwright-core" ] ||
	[ "$BROWSER_DIR/package-lock.json" -nt "$BROWSER_DIR/node_modules/.package-lock.json" ]; then
	(cd "$BROWSER_DIR" && npm ci --no-audit --no-fund --loglevel=error) >"$TMP/npm.log" 2>&1 ||
		{ fail browser-npm-ci "$(tail -n 3 "$TMP/npm.log" | tr '\n' ' ')"; exit 1; }
fi
ok browser-tools

DB="$TMP/browser.db"
"$ACCORD" ingest --db "$DB" "$SHARED/corpus/seeds" >/dev/null 2>&1 || { fail browser-ingest "cannot ingest $SHARED/corpus/seeds"; exit 1; }
# one declaration of our own in English, Russian and Chinese: one work, three versions
"$ACCORD" ingest --db "$DB" "$ROOT/tests/data/versions" >/dev/null 2>&1 || { fail browser-ingest-versions "cannot ingest tests/data/versions"; exit 1; }
# ACCORD_I18N_STRICT=1: a catalogue miss shows as ⟦msgid⟧ (and is logged), so
# tests/browser/i18n.mjs fails on any untranslated word it meets
ACCORD_I18N_STRICT=1 "$ACCORD" serve --db "$DB" --listen 127.0.0.1:0 --quiet >"$TMP/serve.out" 2>"$TMP/serve.err" &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$TMP"' EXIT
i=0; while [ $i -lt 50 ] && ! grep -q 'http://' "$TMP/serve.out"; do sleep 0.1; i=$((i + 1)); done
URL=$(sed -n 's/.* on \(http:[^ ]*\)$/\1/p' "$TMP/serve.out"); URL=${URL%/}
[ -n "$URL" ] || { fail browser-serve "$(cat "$TMP/serve.err")"; exit 1; }

printf 'Joint Statement on Quokka Cooperation\n\nI. The parties will establish a quokka research centre in Almaty by 2032.\n\nII. The parties support exchanges of young scientists.\n' >"$TMP/quokka-statement.txt"
ACCORD_URL=$URL CHROMIUM=$CHROMIUM ARTIFACTS="$ROOT/tests/artifacts/browser" UPLOAD="$TMP/quokka-statement.txt" \
	UPLOAD_WORD=quokka timeout 300 node "$BROWSER_DIR/run.mjs"
rc=$?
[ $rc = 0 ] || [ $rc = 1 ] || fail browser-run "node exited $rc"

# The interface in en, ru and zh-Hans (issue 8): the switcher on every page
# type, no catalogue miss in the browser nor in the server's log.
IDS=$(sqlite3 "$DB" "SELECT (SELECT min(id) FROM documents WHERE kind = 'declaration'), (SELECT min(id) FROM clauses WHERE commitment),
	(SELECT min(id) FROM summits), (SELECT min(id) FROM entities WHERE type = 'state'),
	(SELECT id FROM documents WHERE source LIKE '%declaration-en.txt'), (SELECT id FROM documents WHERE source LIKE '%declaration-zh.txt')" | tr '|' ' ')
set -- $IDS
ACCORD_URL=$URL CHROMIUM=$CHROMIUM ARTIFACTS="$ROOT/tests/artifacts/browser" DOC=$1 CLAUSE=$2 SUMMIT=$3 ENTITY=$4 \
	VERSIONS=$5 VERSION_ZH=$6 \
	timeout 300 node "$BROWSER_DIR/i18n.mjs"
rc=$?
[ $rc = 0 ] || [ $rc = 1 ] || fail browser-i18n-run "node exited $rc"
grep -q '^i18n: ' "$TMP/serve.err" && fail browser-i18n-server-log "$(grep '^i18n: ' "$TMP/serve.err" | sort -u | head -3 | tr '\n' ' ')" ||
	ok browser-i18n-server-log

# Implementation tracking (issue 7): the admin, made with the CLI, makes a
# focal point for KGZ; the browser does the rest (tests/browser/track.mjs);
# then the audit log verifies, and no longer does once a row is edited.
export ACCORD_PWHASH_FAST=1
echo 'admin-password-1' >"$TMP/pw-admin"
echo 'focal-password-1' >"$TMP/pw-focal"
"$ACCORD" user add sec --role admin --db "$DB" <"$TMP/pw-admin" >"$TMP/user.out" 2>&1 &&
	"$ACCORD" user add kgz-focal --role focal --state KGZ --as sec --db "$DB" <"$TMP/pw-focal" >>"$TMP/user.out" 2>&1 &&
	ok browser-users-made || fail browser-users-made "$(tail -n 2 "$TMP/user.out")"
CL=$(sqlite3 "$DB" "SELECT c.id FROM clauses c JOIN clause_actors k ON k.clause_id = c.id AND k.code = 'KGZ'
	JOIN clause_actors u ON u.clause_id = c.id AND u.code = 'UZB' WHERE c.commitment = 1 ORDER BY c.id LIMIT 1")
[ -n "$CL" ] || fail browser-track-fixture "no commitment binds KGZ and UZB"
ACCORD_URL=$URL CHROMIUM=$CHROMIUM ARTIFACTS="$ROOT/tests/artifacts/browser" FOCAL_NAME=kgz-focal \
	FOCAL_PASSWORD=focal-password-1 CLAUSE=$CL timeout 300 node "$BROWSER_DIR/track.mjs"
rc=$?
[ $rc = 0 ] || [ $rc = 1 ] || fail browser-track-run "node exited $rc"
kill -TERM $PID; wait $PID 2>/dev/null

"$ACCORD" audit verify --db "$DB" >"$TMP/verify.out" 2>&1 && ok browser-audit-verifies ||
	fail browser-audit-verifies "$(tail -n 2 "$TMP/verify.out")"
ID=$(sqlite3 "$DB" "SELECT id FROM track_audit WHERE action = 'assess' AND result = 'ok' ORDER BY id LIMIT 1")
DENIED=$(sqlite3 "$DB" "SELECT count(*) FROM track_audit WHERE action = 'assess' AND result = 'denied'")
[ -n "$ID" ] && [ "$DENIED" -ge 1 ] && ok browser-audit-has-both || fail browser-audit-has-both "assess entry '$ID', denied $DENIED"
sqlite3 "$DB" "UPDATE track_audit SET after = replace(after, 'adopted', 'repealed') WHERE id = $ID"
"$ACCORD" audit verify --db "$DB" >"$TMP/verify.out" 2>&1
rc=$?
[ $rc = 1 ] && grep -q "entry $ID was edited" "$TMP/verify.out" && ok browser-audit-names-edited-entry ||
	fail browser-audit-names-edited-entry "exit $rc: $(tail -n 2 "$TMP/verify.out")"
exit 0
