# t-registry.sh: the registry end to end with the real binary: ingest (twice:
# the second changes nothing, byte for byte), a changed and a broken file,
# list in each format, search, show, export json/csv/akn (+ xmllint)
. "$(dirname "$0")/lib.sh"
CORPUS=${ACCORD_CORPUS:-$SHARED/corpus}
XSD=$SHARED/schemas/akn/akomantoso30.xsd
DB=$TMP/reg.db
export ACCORD_DB=$DB
A=$ACCORD
# sql_is NAME EXPECTED SQL: sqlite3 (no database) prints EXPECTED; SQL may
# read files with readfile() and JSON with json_*()
sql_is() {
	got=$(sqlite3 :memory: "$3" 2>&1)
	if [ "$got" = "$2" ]; then ok "$1"; else fail "$1" "got '$got', expected '$2' from $3"; fi
}

# --- ingest the corpus twice ---
expect_status ingest-corpus 0 "$A" ingest "$CORPUS"
NDOCS=$(find "$CORPUS" -type f ! -name '.*' | wc -l)
expect_grep ingest-summary-all-new "^$NDOCS documents: $NDOCS new, 0 changed, 0 unchanged, 0 failed; [1-9][0-9]* facts added" "$TMP/out"
sqlite3 "$DB" .dump >"$TMP/dump1"
expect_status ingest-again 0 "$A" ingest "$CORPUS"
expect_grep ingest-again-all-unchanged "^$NDOCS documents: 0 new, 0 changed, $NDOCS unchanged, 0 failed; 0 facts added" "$TMP/out"
sqlite3 "$DB" .dump >"$TMP/dump2"
if cmp -s "$TMP/dump1" "$TMP/dump2"; then ok dump-identical-after-reingest; else fail dump-identical-after-reingest "dumps differ"; fi
check integrity-ok sh -c "[ \"\$(sqlite3 '$DB' 'PRAGMA integrity_check')\" = ok ]"
check fts-integrity sqlite3 "$DB" "INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')"
check wal-mode sh -c "[ \"\$(sqlite3 '$DB' 'PRAGMA journal_mode')\" = wal ]"

# --- a changed document, a broken one, the summary and exit status ---
mkdir -p "$TMP/docs"
printf 'Joint Statement\n\nI. The parties will develop cooperation in energy.\n\nThe parties support the railway.\n' >"$TMP/docs/j.txt"
printf 'bad \377 bytes\n' >"$TMP/docs/z-bad.txt"
expect_status ingest-with-a-bad-file 1 "$A" ingest --db "$TMP/small.db" "$TMP/docs"
expect_grep bad-file-named "cannot ingest '.*z-bad.txt'" "$TMP/err"
expect_grep bad-file-counted "2 documents: 1 new, 0 changed, 0 unchanged, 1 failed" "$TMP/out"
cid=$(sqlite3 "$TMP/small.db" "SELECT id FROM clauses WHERE text LIKE '%energy%'")
sqlite3 "$TMP/small.db" "INSERT INTO assessments(clause_id, state, score, created_at) VALUES ($cid, 'KAZ', 1, 'now')"
printf 'Joint Statement\n\nI. The parties will develop cooperation in energy.\n\nThe parties support the highway.\n' >"$TMP/docs/j.txt"
rm "$TMP/docs/z-bad.txt"
expect_status ingest-changed 0 "$A" ingest --db "$TMP/small.db" "$TMP/docs/j.txt"
expect_grep changed-counted "1 documents: 0 new, 1 changed, 0 unchanged, 0 failed" "$TMP/out"
check assessment-kept sh -c "[ \"\$(sqlite3 '$TMP/small.db' \"SELECT count(*) FROM assessments a JOIN clauses c ON c.id = a.clause_id WHERE c.id = $cid AND c.text LIKE '%energy%'\")\" = 1 ]"
check old-text-gone sh -c "[ \"\$(sqlite3 '$TMP/small.db' \"SELECT count(*) FROM paragraphs WHERE text LIKE '%railway%'\")\" = 0 ]"
(cd "$TMP/docs" && "$A" ingest --db "$TMP/small.db" ./j.txt ../docs/j.txt >"$TMP/out" 2>&1)
expect_grep relative-paths-are-one-source "2 documents: 0 new, 0 changed, 2 unchanged" "$TMP/out"

# --- errors ---
expect_status bad-db-path 3 "$A" list documents --db "$TMP/no/such/dir/x.db"
expect_grep bad-db-message "cannot open database '$TMP/no/such/dir/x.db'" "$TMP/err"
expect_status ingest-needs-files 2 "$A" ingest
expect_status list-needs-kind 2 "$A" list
expect_status list-unknown-kind 2 "$A" list frobs
expect_status list-bad-area 2 "$A" list clauses --area nowhere
expect_grep list-bad-area-says "unknown issue area 'nowhere'" "$TMP/err"
expect_status list-filter-not-for-kind 2 "$A" list events --modality commit
expect_status list-bad-date 2 "$A" list clauses --since yesterday
expect_status show-missing 4 "$A" show clause:999999
expect_status show-malformed 2 "$A" show clause:x
expect_status export-needs-format 2 "$A" export
expect_status help-ingest 0 "$A" help ingest
expect_grep help-ingest-examples "Examples:" "$TMP/out"

# --- list in each format ---
expect_status list-documents-json 0 "$A" list documents --format json
sql_is list-json-parses "$NDOCS" "SELECT json_array_length(readfile('$TMP/out'))"
expect_status list-documents-csv 0 "$A" list documents --format csv
check list-csv-crlf sh -c "head -n 1 '$TMP/out' | od -c | grep -q '\\\\r  *\\\\n'"
check list-csv-header sh -c "head -n 1 '$TMP/out' | grep -q '^id,source,'"
check list-csv-rows sh -c "[ \"\$(sqlite3 :memory: -cmd '.import --csv $TMP/out t' 'SELECT count(*) FROM t')\" = $NDOCS ]"
expect_status list-documents-table 0 "$A" list documents --format table --limit 3
check list-table-rows sh -c "[ \$(wc -l <'$TMP/out') -eq 5 ]"
expect_status list-piped-is-json 0 "$A" list summits
expect_grep list-piped-json-array '^\[' "$TMP/out"
for k in summits events agreements clauses commitments entities mentions paragraphs; do
	expect_status "list-$k" 0 "$A" list "$k" --limit 5 --format csv
done
expect_status list-filtered 0 "$A" list clauses --area energy --since 2000 --until 2100 --commitment yes --format json
"$A" list documents --limit 3 --format json >"$TMP/three"
offset_ids=$(sqlite3 :memory: "SELECT group_concat(json_extract(value, '\$.id')) FROM json_each(readfile('$TMP/three')) WHERE key > 0")
expect_status list-offset 0 "$A" list documents --limit 2 --offset 1 --format json
sql_is list-offset-two "$offset_ids" "SELECT group_concat(json_extract(value, '\$.id')) FROM json_each(readfile('$TMP/out'))"

# --- search ---
expect_status search-railway 0 "$A" search --format json railway
expect_grep search-highlight '\[railway\]' "$TMP/out"
sql_is search-ranked "1" "WITH r AS (SELECT key, json_extract(value, '\$.rank') AS rank FROM json_each(readfile('$TMP/out'))) SELECT count(*) > 0 AND NOT EXISTS (SELECT 1 FROM r a JOIN r b ON b.key = a.key + 1 WHERE b.rank < a.rank) FROM r"
expect_status search-table 0 "$A" search --format table --limit 2 railway
expect_grep search-table-ids 'doc:[0-9]' "$TMP/out"
expect_status search-odd-syntax 0 "$A" search --format json 'U.S. "co-operation'
expect_status search-csv 0 "$A" search --format csv --limit 3 peace
expect_status search-filter 0 "$A" search --format json --document 1 --limit 1 summit

# --- show ---
cl=$(sqlite3 "$DB" "SELECT id FROM clauses WHERE text LIKE '%railway%' LIMIT 1")
if [ -n "$cl" ]; then
	expect_status show-clause 0 "$A" show "clause:$cl"
	expect_grep show-marks-span '«.*[Rr]ailway' "$TMP/out"
	expect_grep show-names-source 'from doc:[0-9]*  */' "$TMP/out"
	expect_status show-clause-json 0 "$A" show --format json "clause:$cl"
	sql_is show-json-parses "1" "SELECT json_extract(readfile('$TMP/out'), '\$.document.source') <> '' AND lower(json_extract(readfile('$TMP/out'), '\$.context')) LIKE '%railway%'"
else
	fail show-clause "no clause about a railway in the corpus"
fi
expect_status show-doc 0 "$A" show doc:1
expect_status show-summit-or-missing 0 sh -c "'$A' show summit:1 || [ \$? = 4 ]"

# --- export ---
expect_status export-json 0 "$A" export --format json --output "$TMP/reg.json"
sql_is export-json-parses "accord.registry/1 $NDOCS" "SELECT json_extract(readfile('$TMP/reg.json'), '\$.schema') || ' ' || json_array_length(readfile('$TMP/reg.json'), '\$.documents')"
expect_status export-csv 0 "$A" export --format csv
check export-csv-header sh -c "head -n 1 '$TMP/out' | grep -q '^id,document,eid,section,'"
mkdir -p "$TMP/csv"
expect_status export-csv-dir 0 "$A" export --format csv --output "$TMP/csv"
check export-csv-dir-files test -s "$TMP/csv/clauses.csv" -a -s "$TMP/csv/documents.csv"
decl=$(sqlite3 "$DB" "SELECT id FROM documents WHERE source LIKE '%astana-declaration%'")
expect_status export-akn 0 "$A" export --format akn --document "doc:$decl" --output "$TMP/decl.xml"
check akn-well-formed xmllint --noout "$TMP/decl.xml"
expect_grep akn-doc-declaration '<doc name="declaration">' "$TMP/decl.xml"
expect_grep akn-eid-sec-para 'eId="sec_VI__para_3"' "$TMP/decl.xml"
expect_grep akn-preamble 'eId="preamble__para_1"' "$TMP/decl.xml"
expect_grep akn-signatories '<signature>' "$TMP/decl.xml"
if [ -f "$XSD" ]; then
	check akn-valid xmllint --noout --schema "$XSD" "$TMP/decl.xml"
fi
expect_status export-akn-all 0 "$A" export --format akn --output "$TMP/akn"
check akn-all-files sh -c "[ \$(ls '$TMP/akn' | wc -l) -eq $NDOCS ]"
check akn-all-well-formed sh -c "xmllint --noout '$TMP/akn'/*.xml"
if [ -f "$XSD" ]; then
	check akn-all-valid sh -c "xmllint --noout --schema '$XSD' '$TMP/akn'/*.xml 2>&1 | grep -v ' validates\$' | grep -q . && exit 1 || exit 0"
fi
expect_status export-akn-several-needs-output 2 "$A" export --format akn
