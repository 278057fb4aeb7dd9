# t-versions.sh: one declaration in English, Russian and Chinese (our own
# short texts in tests/data/versions) ingested as one work, linked by
# --version-of and by itself, aligned clause by clause, exported as three
# Akoma Ntoso expressions of one work
. "$(dirname "$0")/lib.sh"
A=$ACCORD
DATA=$(cd "$(dirname "$0")/../data/versions" && pwd)
XSD=$SHARED/schemas/akn/akomantoso30.xsd
DB=$TMP/v.db
# py NAME SCRIPT FILE: python3 SCRIPT (reading JSON from FILE as j) exits 0
py() {
	if python3 -c "import json,sys; j=json.load(open(sys.argv[1])); $2" "$3" 2>"$TMP/pyerr"; then ok "$1"
	else fail "$1" "$(tail -n 2 "$TMP/pyerr")"; fi
}

# pyh NAME SCRIPT FILE: the same with FILE's text as h (and re imported)
pyh() {
	if python3 -c "import re,sys; h=open(sys.argv[1]).read(); $2" "$3" 2>"$TMP/pyerr"; then ok "$1"
	else fail "$1" "$(tail -n 2 "$TMP/pyerr")"; fi
}

# --- explicit: --version-of ---
expect_status ingest-english 0 "$A" ingest --db "$DB" "$DATA/declaration-en.txt"
expect_status version-of-missing-doc 4 "$A" ingest --db "$DB" --version-of 99 "$DATA/declaration-ru.txt"
expect_grep version-of-missing-says-why "no document '99'" "$TMP/err"
expect_status version-of-needs-value 2 "$A" ingest --db "$DB" --version-of
expect_status ingest-versions 0 "$A" ingest --db "$DB" --version-of doc:1 "$DATA/declaration-ru.txt" "$DATA/declaration-zh.txt"
expect_status versions-json 0 "$A" versions --db "$DB" --format json 3
cp "$TMP/out" "$TMP/versions.json"
py versions-three-one-work "assert [(r['document'], r['lang'], r['pivot']) for r in j] == [(1, 'en', 1), (2, 'ru', 0), (3, 'zh', 0)], j" "$TMP/versions.json"
expect_status versions-of-lone-doc 0 "$A" versions --db "$DB" --format csv 1
expect_grep versions-csv-header "^document,lang,pivot,title,kind,date,place,source" "$TMP/out"

# the same language twice in one work is refused, and nothing changes
cp "$DATA/declaration-ru.txt" "$TMP/copy-ru.txt"
expect_status second-russian-refused 1 "$A" ingest --db "$DB" --version-of 1 "$TMP/copy-ru.txt"
expect_grep second-russian-says-why "already has a version in it (doc:2)" "$TMP/err"
check second-russian-not-linked sh -c "[ \"\$(sqlite3 '$DB' \"SELECT work_id IS NULL FROM documents WHERE source LIKE '%copy-ru.txt'\")\" = 1 ]"

# --- alignment: every English clause beside its Russian and Chinese paragraph ---
expect_status align-ru 0 "$A" versions --db "$DB" --align ru --format json 1
cp "$TMP/out" "$TMP/ru.json"
py align-ru-every-clause-paired "assert all(r['paragraph_ru'] for r in j if r['clause']), j" "$TMP/ru.json"
py align-ru-by-part-number "r = [r for r in j if r['eid'] == 'sec_II__para_2'][0]; assert 'бизнес-форум' in r['text_ru'] and 'business forum' in r['text_en'], r" "$TMP/ru.json"
py align-ru-carries-attributes "r = [r for r in j if r['eid'] == 'sec_I__para_1'][0]; assert r['modality'] == 'commit' and r['commitment'] == 1 and 'KAZ' in r['actors'] and 'трансграничных' in r['text_ru'], r" "$TMP/ru.json"
py align-ru-preamble "assert 'Министры' in j[0]['text_ru'] and j[0]['eid'] == 'preamble__para_1', j[0]" "$TMP/ru.json"
expect_status align-zh-from-version 0 "$A" versions --db "$DB" --align --format json 3
cp "$TMP/out" "$TMP/zh.json"
py align-zh-by-chinese-numerals "r = [r for r in j if r['eid'] == 'sec_III__para_1'][0]; assert '塔吉克斯坦' in r['text_zh'] and r['modality'] == 'welcome', r" "$TMP/zh.json"
py align-zh-same-rows "assert [r['eid'] for r in j if r['text_zh']][:6] == ['preamble__para_1', 'sec_I__para_1', 'sec_I__para_2', 'sec_II__para_1', 'sec_II__para_2', 'sec_III__para_1'], j" "$TMP/zh.json"
expect_status align-missing-language 4 "$A" versions --db "$DB" --align kk 1
expect_status align-then-id 0 "$A" versions --db "$DB" --format csv --align 3
expect_grep align-then-id-is-the-chinese "^section,eid,clause,modality,commitment,actors,areas,paragraph_en,text_en,paragraph_zh,text_zh" "$TMP/out"
expect_status align-lone-document 4 "$A" versions --db "$DB" --align "$(sqlite3 "$DB" "SELECT id FROM documents WHERE source LIKE '%copy-ru.txt'")"

# --- Akoma Ntoso: three expressions of one work ---
mkdir -p "$TMP/akn"
expect_status export-akn 0 "$A" export --db "$DB" --format akn --output "$TMP/akn"
for n in 1 2 3; do check "akn-valid-doc-$n" xmllint --noout --schema "$XSD" "$TMP/akn/doc-$n.xml"; done
work=$(grep -A1 '<FRBRWork>' "$TMP/akn/doc-1.xml" | sed -n 's/.*FRBRthis value="\([^"]*\)".*/\1/p')
for n in 2 3; do expect_grep "akn-doc-$n-same-work" "<FRBRthis value=\"$work\"/>" "$TMP/akn/doc-$n.xml"; done
expect_grep akn-english-expression '<FRBRlanguage language="eng"/>' "$TMP/akn/doc-1.xml"
expect_grep akn-russian-expression '<FRBRlanguage language="rus"/>' "$TMP/akn/doc-2.xml"
expect_grep akn-chinese-expression '<FRBRlanguage language="zho"/>' "$TMP/akn/doc-3.xml"
expect_grep akn-russian-under-the-work "rus@/!main\"" "$TMP/akn/doc-2.xml"

# --- unchanged re-ingest keeps the work; a changed pivot stays the pivot ---
sqlite3 "$DB" .dump >"$TMP/d1"
"$A" ingest --db "$DB" "$DATA" >/dev/null 2>&1
sqlite3 "$DB" .dump >"$TMP/d2"
if cmp -s "$TMP/d1" "$TMP/d2"; then ok reingest-unchanged-keeps-links; else fail reingest-unchanged-keeps-links "dumps differ"; fi

# --- by itself: kind, date and place agree across languages ---
DB2=$TMP/auto.db
expect_status auto-ingest 0 "$A" ingest --db "$DB2" "$DATA/declaration-ru.txt" "$DATA/declaration-en.txt" "$DATA/declaration-zh.txt" "$SHARED/corpus/seeds"
expect_status auto-versions 0 "$A" versions --db "$DB2" --format json 1
cp "$TMP/out" "$TMP/auto.json"
py auto-linked-english-pivot "assert [(r['lang'], r['pivot']) for r in j] == [('en', 1), ('ru', 0), ('zh', 0)], j" "$TMP/auto.json"
check auto-seeds-stay-alone sh -c "[ \"\$(sqlite3 '$DB2' \"SELECT count(*) FROM documents WHERE source LIKE '%seeds%' AND work_id IS NULL\")\" = 2 ]"

# --- the reader: two versions side by side, clause by clause ---
"$A" serve --db "$DB" --listen 127.0.0.1:0 --quiet >"$TMP/serve.out" 2>"$TMP/serve.err" &
PID=$!
i=0; while [ $i -lt 50 ] && ! grep -q 'http://' "$TMP/serve.out"; do sleep 0.1; i=$((i + 1)); done
URL=$(sed -n 's/.* on \(http:[^ ]*\)$/\1/p' "$TMP/serve.out"); URL=${URL%/}
curl -s -o "$TMP/side.html" -w '%{http_code}' "$URL/documents/2/versions" >"$TMP/code"
expect_grep reader-side-by-side-200 '^200$' "$TMP/code"
pyh reader-rows-pair-clauses "rows = re.findall(r'<tr><td>(.*?)</tr>', h, re.S); r = [x for x in rows if 'sec_II__para_2' in x][0]; assert 'business forum' in r and 'бизнес-форум' in r and 'lang=\"ru\"' in r, r" "$TMP/side.html"
curl -s "$URL/documents/1/versions?with=3" >"$TMP/side-zh.html"
expect_grep reader-chinese-beside-english '<td lang="zh-Hans">各方将于2027年在塔什干举办商业论坛。</td>' "$TMP/side-zh.html"
curl -s "$URL/documents/1" >"$TMP/doc1.html"
expect_grep reader-links-versions 'href="/documents/1/versions"' "$TMP/doc1.html"
curl -s -o /dev/null -w '%{http_code}' "$URL/documents/1/versions?with=999" >"$TMP/code"
expect_grep reader-not-a-version-404 '^404$' "$TMP/code"
curl -s "$URL/api/v1/documents/2/versions" >"$TMP/api.json"
py api-versions-alignment "assert j['pivot'] == 1 and j['aligned_with'] == 2 and len(j['versions']) == 3 and any(r['modality'] == 'commit' and 'трансграничных' in (r['text_ru'] or '') for r in j['alignment']), j" "$TMP/api.json"
kill $PID
