# t-web.sh: accord serve on loopback: pages, the JSON API against its
# OpenAPI description, limits, ETag, gzip, import, the access log, shutdown
. "$(dirname "$0")/lib.sh"
command -v curl >/dev/null || { echo "ok web-skipped-no-curl"; exit 0; }
SEEDS="$SHARED/corpus/seeds"
DB="$TMP/web.db"
if [ -d "$SEEDS" ]; then
	"$ACCORD" ingest --db "$DB" "$SEEDS" >/dev/null 2>&1
else
	printf 'Joint Declaration\n\nI. The parties will expand trade by 2030.\n' >"$TMP/d.txt"
	"$ACCORD" ingest --db "$DB" "$TMP/d.txt" >/dev/null 2>&1
fi

expect_status serve-bad-listen 2 "$ACCORD" serve --db "$DB" --listen nonsense
expect_status serve-bad-option 2 "$ACCORD" serve --frobnicate

"$ACCORD" serve --db "$DB" --listen 127.0.0.1:0 >"$TMP/serve.out" 2>"$TMP/serve.err" &
PID=$!
i=0; while [ $i -lt 50 ] && ! grep -q 'http://' "$TMP/serve.out"; do sleep 0.1; i=$((i + 1)); done
URL=$(sed -n 's/.* on \(http:[^ ]*\)$/\1/p' "$TMP/serve.out"); URL=${URL%/}
[ -n "$URL" ] && ok serve-prints-address || { fail serve-prints-address "$(cat "$TMP/serve.out" "$TMP/serve.err")"; kill $PID; exit 1; }

# get NAME PATH STATUS TYPE-PREFIX [curl args...]
get() {
	n=$1; p=$2; want=$3; type=$4; shift 4
	got=$(curl -s -o "$TMP/body" -w '%{http_code} %{content_type}' "$@" "$URL$p")
	case "$got" in
	"$want $type"*) ok "$n" ;;
	*) fail "$n" "GET $p: $got, expected $want $type" ;;
	esac
}
get page-home / 200 text/html
get page-summits /summits 200 text/html
get page-summit /summits/1 200 text/html
get page-documents /documents 200 text/html
get page-document /documents/1 200 text/html
expect_grep reader-has-clause-anchors 'class="clause" id="[a-z_]*__para_[0-9]*"' "$TMP/body"
expect_grep reader-links-attributes-to-words 'class="why" href="#w[0-9]*"' "$TMP/body"
get page-commitments /commitments 200 text/html
get page-commitments-facet '/commitments?area=trade&sort=-modality' 200 text/html
get page-entities /entities 200 text/html
get page-search '/search?q=trade' 200 text/html
get page-import /import 200 text/html
get stylesheet /static/style.css 200 text/css
get chart-timeline /charts/timeline.svg 200 image/svg+xml
get chart-areas /charts/areas.svg 200 image/svg+xml
get chart-actors /charts/actors.svg 200 image/svg+xml
for c in timeline areas actors; do
	curl -s "$URL/charts/$c.svg" >"$TMP/$c.svg"
	if command -v xmllint >/dev/null; then check "chart-$c-well-formed" xmllint --noout "$TMP/$c.svg"; fi
done
curl -s "$URL/documents/1" >"$TMP/reader.html"
if command -v xmllint >/dev/null; then
	xmllint --html --noout "$TMP/reader.html" 2>"$TMP/lint"
	grep -v 'Tag \(main\|nav\|header\|footer\|section\|article\|aside\|figure\|mark\|time\) invalid' "$TMP/lint" | grep -q 'error' &&
		fail reader-html-parses "$(grep -v invalid "$TMP/lint" | head -3)" || ok reader-html-parses
fi
get page-clause /clauses/1 200 text/html
get page-compliance /compliance 200 text/html
get heatmap-svg /charts/heatmap.svg 200 image/svg+xml
get report-page /report/1 200 text/html
get report-missing /report/999999 404 text/html
get calendar /calendar.ics 200 text/calendar
get page-login /login 200 text/html
get login-needs-csrf /login 403 text/html -d name=x -d password=y
get api-assess-needs-user /api/v1/clauses/1/assessments 401 application/json -H "Content-Type: application/json" --data-binary "{\"state\":\"KGZ\",\"score\":1}"
get page-missing /nowhere 404 text/html
get page-bad-filter '/commitments?area=%3Cx%3E' 400 text/html
get api-missing /api/v1/nowhere 404 application/json
expect_grep api-error-shape '{"error":{"status":404,"message":' "$TMP/body"
get api-bad-filter '/api/v1/commitments?per=0' 400 application/json
get api-method /api/v1/stats 405 application/json -X DELETE

# The OpenAPI description: every path answers with its documented 200 and type.
get openapi /api/v1/openapi.json 200 application/json
cp "$TMP/body" "$TMP/openapi.json"
for p in $(grep -o '"/[a-z0-9./{}_-]*":{"get"' "$TMP/openapi.json" | sed 's/^"\([^"]*\)".*/\1/'); do
	path=$(echo "$p" | sed 's/{id}/1/g')
	case "$path" in /search) path="/search?q=trade" ;; esac
	case "$path" in *.csv) type=text/csv ;; *) type=application/json ;; esac
	got=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$URL/api/v1$path")
	code=${got%% *}
	# the path's own object in the description: from its key to the next path's key
	doc=$(sed 's/,"\//\n"\//g' "$TMP/openapi.json" | grep -F "\"$p\":{\"get\"")
	case "$doc" in
	*"\"$code\":{\"description\":\"error\",\"content\":{\"application/json\""*) want=application/json ;;
	*"\"$code\":{"*) want=$type ;;
	*) want=undocumented ;;
	esac
	case "$got" in
	"$code $want"*) ok "openapi-walk$p" ;;
	*) fail "openapi-walk$p" "GET /api/v1$path: $got, documented: $want" ;;
	esac
done
get openapi-search-needs-q /api/v1/search 400 application/json

# The CSV carries the same filters as the JSON: as many rows as its total.
curl -s "$URL/api/v1/commitments?area=trade&per=1" >"$TMP/j"
total=$(sed -n 's/^{"total":\([0-9]*\),.*/\1/p' "$TMP/j")
curl -s "$URL/api/v1/commitments.csv?area=trade" >"$TMP/c.csv"
rows=$(grep -c '^[0-9]' "$TMP/c.csv")
[ -n "$total" ] && [ "$total" -gt 0 ] && [ "$rows" = "$total" ] && ok csv-rows-match-total || fail csv-rows-match-total "total $total, csv rows $rows"
all=$(curl -s "$URL/api/v1/commitments?per=1" | sed -n 's/^{"total":\([0-9]*\),.*/\1/p')
[ "$total" -lt "$all" ] && ok facet-narrows || fail facet-narrows "$total of $all"

# ETag and If-None-Match
etag=$(curl -s -D - -o /dev/null "$URL/api/v1/stats" | sed -n 's/^ETag: *\([^\r]*\).*/\1/ip' | tr -d '\r')
[ -n "$etag" ] && ok etag-sent || fail etag-sent "no ETag"
get etag-304 /api/v1/stats 304 "" -H "If-None-Match: $etag"

# gzip when asked, not otherwise
curl -s -D "$TMP/h" -o "$TMP/z" -H 'Accept-Encoding: gzip' "$URL/documents/1"
grep -qi '^Content-Encoding: gzip' "$TMP/h" && gzip -t "$TMP/z" 2>/dev/null && ok gzip-when-asked || fail gzip-when-asked "$(head -5 "$TMP/h")"
curl -s -D "$TMP/h" -o /dev/null "$URL/documents/1"
grep -qi '^Content-Encoding' "$TMP/h" && fail gzip-only-when-asked "compressed" || ok gzip-only-when-asked

# Body limit: 413 before the body is read
head -c 9000000 /dev/zero | tr '\0' a >"$TMP/big"
get body-over-limit /api/v1/documents 413 application/json -H 'Content-Type: text/plain' --data-binary "@$TMP/big"

# Import a document, then find it
curl -s "$URL/api/v1/stats" >/dev/null
before=$(curl -s "$URL/api/v1/stats")
printf 'Joint Statement on Quokka Cooperation\n\nI. The parties will establish a quokka research centre by 2032.\n' >"$TMP/quokka.txt"
get import-form-post /import 303 text/html -F "file=@$TMP/quokka.txt"
get import-api-new /api/v1/documents 201 application/json -H 'Content-Type: text/plain' --data-binary "@$TMP/quokka.txt"
get import-api-again /api/v1/documents 200 application/json -H 'Content-Type: text/plain' --data-binary "@$TMP/quokka.txt"
after=$(curl -s "$URL/api/v1/stats")
[ "$before" != "$after" ] && ok cache-follows-imports || fail cache-follows-imports "stats unchanged after an import: $after"
get search-finds-import '/api/v1/search?q=quokka' 200 application/json
expect_grep search-has-snippet '<b>quokka</b>' "$TMP/body"
get search-page-highlights '/search?q=quokka' 200 text/html
expect_grep search-page-marks '<b>quokka</b>' "$TMP/body"

# Accounts: once one exists, importing needs the admin role; API tokens,
# the login form with its CSRF token and cookie, assessments by role
export ACCORD_PWHASH_FAST=1
echo 'admin-password' >"$TMP/pw"
"$ACCORD" user add sec --role admin --db "$DB" <"$TMP/pw" >/dev/null 2>&1
"$ACCORD" user add kgz --role focal --state KGZ --as sec --db "$DB" <"$TMP/pw" >/dev/null 2>&1
ADM=$("$ACCORD" user token sec --as sec --db "$DB" 2>/dev/null | tail -n 1)
FOC=$("$ACCORD" user token kgz --as sec --db "$DB" 2>/dev/null | tail -n 1)
[ ${#ADM} = 43 ] && [ ${#FOC} = 43 ] && ok web-tokens || fail web-tokens "tokens '$ADM' '$FOC'"
get import-needs-account /api/v1/documents 401 application/json -H 'Content-Type: text/plain' --data-binary "@$TMP/quokka.txt"
get import-page-needs-account /import 401 text/html
get import-focal-forbidden /api/v1/documents 403 application/json -H "Authorization: Bearer $FOC" -H 'Content-Type: text/plain' --data-binary "@$TMP/quokka.txt"
get import-admin-token /api/v1/documents 200 application/json -H "Authorization: Bearer $ADM" -H 'Content-Type: text/plain' --data-binary "@$TMP/quokka.txt"
CL=$(sqlite3 "$DB" "SELECT c.id FROM clauses c JOIN clause_actors k ON k.clause_id = c.id AND k.code = 'KGZ'
	JOIN clause_actors u ON u.clause_id = c.id AND u.code = 'UZB' WHERE c.commitment = 1 ORDER BY c.id LIMIT 1" 2>/dev/null)
if [ -n "$CL" ]; then
	get api-assess-own /api/v1/clauses/$CL/assessments 201 application/json -H "Authorization: Bearer $FOC" \
		-H 'Content-Type: application/json' --data-binary '{"state":"KGZ","score":1,"note":"law adopted","evidence":{"date":"2026-03-01","title":"Law No. 5","url":"https://example.org/law5","excerpt":"adopted"}}'
	get api-assess-other-state /api/v1/clauses/$CL/assessments 403 application/json -H "Authorization: Bearer $FOC" \
		-H 'Content-Type: application/json' --data-binary '{"state":"UZB","score":1,"note":"not mine to say"}'
	get api-assess-bad-score /api/v1/clauses/$CL/assessments 400 application/json -H "Authorization: Bearer $FOC" \
		-H 'Content-Type: application/json' --data-binary '{"state":"KGZ","score":7}'
	get api-assess-history /api/v1/clauses/$CL/assessments 200 application/json
	check api-history-content python3 -c 'import json,sys; d={s["state"]: s for s in json.load(open(sys.argv[1]))["states"]}; assert d["KGZ"]["score"] == 1 and len(d["KGZ"]["evidence"]) == 1 and d["UZB"]["score"] is None and not d["UZB"]["history"], d' "$TMP/body"
	for pg in "clauses/$CL" compliance report/1; do
		curl -s "$URL/$pg" >"$TMP/pg.html"
		if command -v xmllint >/dev/null; then
			xmllint --html --noout "$TMP/pg.html" 2>"$TMP/lint"
			grep -v 'Tag \(main\|nav\|header\|footer\|section\|article\|aside\|figure\|mark\|svg\|g\|rect\|text\|title\|details\|summary\|time\) invalid' "$TMP/lint" | grep -q 'error' &&
				fail "html-parses-$pg" "$(grep -v invalid "$TMP/lint" | head -3)" || ok "html-parses-$pg"
		fi
	done
	curl -s "$URL/charts/heatmap.svg" >"$TMP/heat.svg"
	if command -v xmllint >/dev/null; then check chart-heatmap-well-formed xmllint --noout "$TMP/heat.svg"; fi
	expect_grep heatmap-score-as-text "data-clause=\"$CL\" data-state=\"KGZ\"><rect [^>]*/><text [^>]*>+1</text>" "$TMP/heat.svg"
	get calendar-body /calendar.ics 200 text/calendar
	expect_grep calendar-vcalendar 'BEGIN:VCALENDAR' "$TMP/body"
	get compliance-shows-score /compliance 200 text/html
	expect_grep compliance-kgz '<tr data-key="KGZ"><th scope="row">Kyrgyzstan</th><td>[0-9]*</td><td>1</td><td class="avg">+1.00</td>' "$TMP/body"
else
	fail web-fixture "no commitment binds KGZ and UZB"
fi
# the login form: CSRF from its pre-session cookie, then a session cookie
curl -s -c "$TMP/jar" -o "$TMP/login.html" "$URL/login"
CSRF=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$TMP/login.html" | head -n 1)
cp "$TMP/jar" "$TMP/jar0"
get login-wrong-password /login 403 text/html -b "$TMP/jar" -d "csrf=$CSRF" -d name=kgz -d password=wrong-password
get login-ok /login 303 text/html -b "$TMP/jar" -c "$TMP/jar" -D "$TMP/hdr" -d "csrf=$CSRF" -d name=kgz -d password=admin-password
grep -i '^set-cookie: accord_session=' "$TMP/hdr" | grep -qi 'HttpOnly; SameSite=Strict' && ! grep -qi 'secure' "$TMP/hdr" &&
	ok login-cookie-flags || fail login-cookie-flags "$(grep -i set-cookie "$TMP/hdr")"
tr -d '\r' <"$TMP/hdr" | grep -qi '^location: /$' && ok login-goes-home || fail login-goes-home "$(grep -i location "$TMP/hdr")"
get login-next-local /login 303 text/html -b "$TMP/jar0" -D "$TMP/hdr" -d "csrf=$CSRF" -d name=kgz -d password=admin-password -d next=//evil.example/
tr -d '\r' <"$TMP/hdr" | grep -qi '^location: /$' && ok login-no-open-redirect || fail login-no-open-redirect "$(grep -i location "$TMP/hdr")"
get login-shows-user / 200 text/html -b "$TMP/jar"
expect_grep header-names-user '<span id="whoami">kgz</span>' "$TMP/body"
get login-over-tls /login 303 text/html -b "$TMP/jar0" -D "$TMP/hdr" -H 'X-Forwarded-Proto: https' -d "csrf=$CSRF" -d name=kgz -d password=admin-password
grep -i '^set-cookie: accord_session=' "$TMP/hdr" | grep -qi '; Secure' && ok login-cookie-secure-behind-tls || fail login-cookie-secure-behind-tls "$(grep -i set-cookie "$TMP/hdr")"
for k in 1 2 3 4 5 6; do curl -s -o /dev/null -b "$TMP/jar0" -d "csrf=$CSRF" -d name=sec -d password=nope "$URL/login"; done
get login-locked /login 429 text/html -D "$TMP/hdr" -d "csrf=$CSRF" -d name=sec -d password=admin-password -b "$TMP/jar0"
grep -qi '^retry-after: [1-9]' "$TMP/hdr" && ok login-retry-after || fail login-retry-after "$(cat "$TMP/hdr")"
get logout-needs-csrf /logout 403 text/html -b "$TMP/jar" -d csrf=nope

# Languages (issue 8): Accept-Language and the lang cookie choose; the URL
# stays; the cache of whole responses never gives one language's page to
# another (same URL, alternating languages, each answer checked); ETags
# differ by language; Vary names what the choice reads.
for k in 1 2; do
	for al in ru en zh-CN; do
		case $al in ru) wl=ru ;; en) wl=en ;; *) wl=zh-Hans ;; esac
		get "lang-$al-$k" / 200 text/html -H "Accept-Language: $al" -D "$TMP/hdr"
		expect_grep "lang-$al-$k-html" "<html lang=\"$wl\">" "$TMP/body"
		tr -d '\r' <"$TMP/hdr" | sed -n 's/^[Ee][Tt]ag: //p' >"$TMP/etag-$al"
	done
done
[ "$(sort -u "$TMP"/etag-* | wc -l)" = 3 ] && ok lang-etags-differ || fail lang-etags-differ "$(cat "$TMP"/etag-*)"
grep -qi '^vary: .*accept-language.*cookie' "$TMP/hdr" && ok lang-vary || fail lang-vary "$(grep -i vary "$TMP/hdr")"
grep -qi '^content-language: zh-Hans' "$TMP/hdr" && ok lang-content-language || fail lang-content-language "$(grep -i content-language "$TMP/hdr")"
get lang-cookie-wins /documents 200 text/html -H 'Accept-Language: ru' -b 'lang=zh-Hans'
expect_grep lang-cookie-wins-html '<html lang="zh-Hans">' "$TMP/body"
get lang-cookie-cached /documents 200 text/html -H 'Accept-Language: ru' -b 'lang=en'
expect_grep lang-cookie-cached-html '<html lang="en">' "$TMP/body"
get lang-ru-after-en /documents 200 text/html -H 'Accept-Language: ru'
expect_grep lang-ru-after-en-html '<html lang="ru">' "$TMP/body"
get lang-304-per-language / 304 "" -H 'Accept-Language: zh-CN' -H "If-None-Match: $(cat "$TMP/etag-zh-CN")"
get lang-other-tag-200 / 200 text/html -H 'Accept-Language: ru' -H "If-None-Match: $(cat "$TMP/etag-zh-CN")"
get lang-switch /lang'?to=ru&next=/commitments%3Farea%3Dtrade' 303 text/html -D "$TMP/hdr"
tr -d '\r' <"$TMP/hdr" | grep -qi '^location: /commitments?area=trade$' && ok lang-switch-back-to-page ||
	fail lang-switch-back-to-page "$(grep -i location "$TMP/hdr")"
grep -qi '^set-cookie: lang=ru; Path=/' "$TMP/hdr" && ok lang-switch-cookie || fail lang-switch-cookie "$(grep -i set-cookie "$TMP/hdr")"
get lang-switch-no-open-redirect /lang'?to=zh-Hans&next=//evil.example/' 303 text/html -D "$TMP/hdr"
tr -d '\r' <"$TMP/hdr" | grep -qi '^location: /$' && ok lang-switch-local-only || fail lang-switch-local-only "$(grep -i location "$TMP/hdr")"
get lang-switch-unknown '/lang?to=xx' 400 text/html
get lang-ru-dates /documents/1 200 text/html -b 'lang=ru'
expect_grep lang-ru-date-words '<time datetime="2025-06-17">17 июня 2025' "$TMP/body"
get lang-zh-names / 200 text/html -b 'lang=zh-Hans'
expect_grep lang-zh-state-name '<span title="Kazakhstan">哈萨克斯坦</span>' "$TMP/body"
get api-lang-stays-english '/api/v1/entities?type=state' 200 application/json -b 'lang=ru' -H 'Accept-Language: ru'
grep -q 'name_local' "$TMP/body" && fail api-no-name-local-unasked "name_local without lang=" || ok api-no-name-local-unasked
get api-lang-ru '/api/v1/entities?type=state&lang=ru' 200 application/json
expect_grep api-lang-ru-name-local '"name":"Kazakhstan","name_local":"Казахстан","code":"KAZ"' "$TMP/body"
get api-lang-bad '/api/v1/entities?lang=fr' 400 application/json

# Injection: the query never reaches the page unescaped
get search-escapes '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E' 200 text/html
grep -q '<script>alert' "$TMP/body" && fail search-escapes-script "raw script in page" || ok search-escapes-script

# Readers do not block each other
for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do
	curl -s -o /dev/null -w '%{http_code}\n' "$URL/commitments?page=1" >>"$TMP/par" &
done
wait_n=0; while [ "$(wc -l <"$TMP/par")" -lt 16 ] && [ $wait_n -lt 100 ]; do sleep 0.1; wait_n=$((wait_n + 1)); done
[ "$(grep -c '^200$' "$TMP/par")" = 16 ] && ok parallel-readers || fail parallel-readers "$(sort "$TMP/par" | uniq -c)"

expect_grep access-log-line '"/api/v1/stats" 304' "$TMP/serve.err"

kill -TERM $PID
wait $PID
rc=$?
[ $rc = 0 ] && ok sigterm-stops-cleanly || fail sigterm-stops-cleanly "exit $rc"
