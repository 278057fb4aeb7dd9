# t-track.sh: implementation tracking end to end with the real binary: the
# bootstrap admin, users and roles, assess with evidence, a focal point denied
# another state, a CSV import (dry run, then applied), the audit log verified,
# then tampered with in SQLite and named, the report in three formats, the
# iCalendar
. "$(dirname "$0")/lib.sh"
CORPUS=${ACCORD_CORPUS:-$SHARED/corpus}
export ACCORD_DB=$TMP/track.db ACCORD_PWHASH_FAST=1
unset ACCORD_USER
A=$ACCORD
q() { sqlite3 "$ACCORD_DB" "$1"; }
is() { if [ "$2" = "$3" ]; then ok "$1"; else fail "$1" "got '$2', expected '$3'"; fi; }

expect_status ingest-declaration 0 "$A" ingest "$CORPUS/seeds/astana-declaration-2025.txt"
SUMMIT=$(q "SELECT summit_id FROM documents LIMIT 1")
# a commitment binding both KGZ and UZB
CL=$(q "SELECT c.id FROM clauses c JOIN clause_actors k ON k.clause_id = c.id AND k.code = 'KGZ'
        JOIN clause_actors u ON u.clause_id = c.id AND u.code = 'UZB' WHERE c.commitment = 1 ORDER BY c.id LIMIT 1")
CL2=$(q "SELECT c.id FROM clauses c JOIN clause_actors k ON k.clause_id = c.id AND k.code = 'KGZ'
         WHERE c.commitment = 1 AND c.id > $CL ORDER BY c.id LIMIT 1")
NOTC=$(q "SELECT id FROM clauses WHERE commitment = 0 LIMIT 1")
[ -n "$CL" ] && [ -n "$CL2" ] && [ -n "$SUMMIT" ] && ok fixture-found || fail fixture-found "clause '$CL' '$CL2' summit '$SUMMIT'"

# --- users: the bootstrap admin, then roles ---
echo 'admin-password' >"$TMP/pw"
expect_status bootstrap-admin 0 "$A" user add sec --role admin <"$TMP/pw"
expect_status focal-needs-state 2 "$A" user add kgz --role focal --as sec <"$TMP/pw"
expect_status add-focal 0 "$A" user add kgz --role focal --state KGZ --as sec <"$TMP/pw"
expect_status add-analyst 0 "$A" user add ana --role analyst --as sec <"$TMP/pw"
expect_status no-bootstrap-once-users-exist 3 "$A" user add eve --role admin <"$TMP/pw"
expect_grep anonymous-denied "permission denied: 'anonymous'" "$TMP/err"
expect_status focal-cannot-add-users 3 "$A" user add eve --role admin --as kgz <"$TMP/pw"
expect_status unknown-actor 2 "$A" assess "$CL" KGZ --score 1 --note x --as nobody
echo short >"$TMP/short"
expect_status short-password 2 "$A" user add bob --role analyst --as sec <"$TMP/short"
expect_status user-list 0 "$A" user list --format csv
expect_grep user-list-focal "kgz,focal,KGZ,0" "$TMP/out"
is password-is-argon2id "$(q "SELECT count(*) FROM track_users WHERE pwhash LIKE '\$argon2id\$%'")" 3
expect_status passwd-self 0 "$A" user passwd ana --as ana <"$TMP/pw"
expect_status token 0 "$A" user token ana --as sec
TOKEN=$(cat "$TMP/out")
is token-shown-once-kept-hashed "$(q "SELECT count(*) FROM track_tokens WHERE hash = '$(printf %s "$TOKEN" | sha256sum | cut -c1-64)'")" 1

# --- assessments ---
expect_status focal-assesses-own-state 0 "$A" assess "clause:$CL" KGZ --score 1 --note 'law adopted' --as kgz \
	--evidence-title 'Law No. 12' --evidence-date 2025-09-01 --evidence-url https://example.org/law12 \
	--evidence-excerpt 'The law enters into force'
expect_grep assess-prints-row "clause:$CL KGZ +1" "$TMP/out"
N=$(q "SELECT count(*) FROM track_assessments")
expect_status focal-denied-other-state 3 "$A" assess "$CL" UZB --score 1 --note 'not mine' --as kgz
expect_grep focal-denied-says-why "may not assess for UZB" "$TMP/err"
is focal-denied-no-change "$(q "SELECT count(*) FROM track_assessments")" "$N"
is focal-denied-audited "$(q "SELECT count(*) FROM track_audit WHERE who = 'kgz' AND object = 'clause:$CL/UZB' AND result = 'denied'")" 1
expect_status analyst-cannot-assess 3 "$A" assess "$CL" KGZ --score 0 --note x --as ana
expect_status admin-assesses-any 0 "$A" assess "$CL" UZB --score 0 --note 'in progress' --as sec
expect_status not-a-commitment 2 "$A" assess "$NOTC" KGZ --score 1 --note x --as sec
expect_status no-such-clause 4 "$A" assess 999999 KGZ --score 1 --note x --as sec
expect_status bad-score 2 "$A" assess "$CL" KGZ --score 2 --note x --as sec
expect_status revise 0 "$A" assess "$CL" KGZ --score 0 --note 'implementation stalled' --as kgz
expect_status history 0 "$A" assess --history "$CL" KGZ --format csv
is history-keeps-both "$(grep -c 'kgz' "$TMP/out")" 2

# --- import ---
printf 'clause,state,score,note,evidence_date,evidence_title,evidence_url,evidence_excerpt\r\n%s,KGZ,+1,"done, fully",2025-10-01,Decree 7,https://example.org/d7,"He said ""yes"""\r\n%s,UZB,1,not mine,,,,\r\n%s,KGZ,5,bad,,,,\r\n' \
	"$CL2" "$CL" "$CL2" >"$TMP/in.csv"
N=$(q "SELECT count(*) FROM track_assessments")
expect_status import-dry-run 1 "$A" assess --import "$TMP/in.csv" --dry-run --as kgz
expect_grep dry-run-would-apply "line 2: clause:$CL2 KGZ: would apply" "$TMP/out"
expect_grep dry-run-rejects-other-state "line 3: clause:$CL UZB: rejected: permission denied" "$TMP/out"
expect_grep dry-run-rejects-bad-score "line 4: clause:$CL2 KGZ: rejected: bad score" "$TMP/out"
expect_grep dry-run-summary "3 rows: 1 would apply, 2 rejected" "$TMP/out"
is dry-run-writes-nothing "$(q "SELECT count(*) FROM track_assessments")" "$N"
expect_status import-applies 1 "$A" assess --import "$TMP/in.csv" --as kgz
expect_grep import-applied "line 2: clause:$CL2 KGZ: applied" "$TMP/out"
is import-evidence-quoted "$(q "SELECT excerpt FROM track_evidence WHERE title = 'Decree 7'")" 'He said "yes"'

# --- audit ---
expect_status audit-verify 0 "$A" audit verify
expect_grep audit-intact "audit log intact: [1-9][0-9]* entries" "$TMP/out"
HEAD=$(sed -n 's/^head //p' "$TMP/out")
expect_status audit-anchor 0 "$A" audit verify --anchor "$HEAD"
expect_grep audit-anchor-found "the anchor is entry" "$TMP/out"
expect_status audit-anchor-unknown 1 "$A" audit verify --anchor 0000000000000000000000000000000000000000000000000000000000000000
expect_status audit-list 0 "$A" audit list --limit 3 --format json
expect_grep audit-list-json '"result": *"ok"\|"result":"ok"' "$TMP/out"
ID=$(q "SELECT id FROM track_audit WHERE action = 'assess' AND result = 'ok' ORDER BY id LIMIT 1")
q "UPDATE track_audit SET after = replace(after, 'law adopted', 'law repealed') WHERE id = $ID"
expect_status audit-verify-tampered 1 "$A" audit verify
expect_grep audit-names-entry "entry $ID was edited" "$TMP/err"

# --- report, calendar ---
expect_status report-text 0 "$A" report --summit "$SUMMIT"
expect_grep report-overall "^Overall: 3 of [0-9]* commitment-state pairs assessed; average +0.33, 66.7%" "$TMP/out"
expect_grep report-kgz "^  KGZ  *2/[0-9]*   +0.50   75.0%" "$TMP/out"
expect_grep report-evidence "Law No. 12" "$TMP/out"
expect_status report-json 0 "$A" report --summit "$SUMMIT" --format json
check report-json-valid python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["overall"][0]["assessed"] == 3' "$TMP/out"
expect_status report-csv 0 "$A" report --summit "$SUMMIT" --format csv
expect_grep report-csv-row ",KGZ,0,implementation stalled,kgz," "$TMP/out"
expect_status report-no-summit 4 "$A" report --summit 999
expect_status report-needs-summit 2 "$A" report
expect_status calendar 0 "$A" report --calendar
expect_grep calendar-begins "^BEGIN:VCALENDAR" "$TMP/out"
expect_grep calendar-event "^BEGIN:VEVENT" "$TMP/out"
if awk '{ if (length($0) > 76) exit 1 }' "$TMP/out"; then ok calendar-lines-folded; else fail calendar-lines-folded "a line over 75 octets"; fi
# parsed by a real iCalendar reader when Debian's python3-icalendar is installed
if /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
	check calendar-parses /usr/bin/python3 -c '
import sys, icalendar
c = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = list(c.walk("VEVENT"))
assert ev and all(e["UID"] and e["DTEND"].dt > e["DTSTART"].dt for e in ev)
assert len(ev) == open(sys.argv[1]).read().count("BEGIN:VEVENT")' "$TMP/out"
fi
