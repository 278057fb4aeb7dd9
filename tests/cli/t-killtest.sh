# t-killtest.sh: kill -9 at 20 random moments while 1,000 documents are
# ingested (the corpus's files under varied names, as symbolic links); after
# each kill the database is intact (PRAGMA integrity_check, the FTS index's
# own check) and every document in it is whole: its fact counts equal those
# of a clean ingest of the same bytes.  Each run resumes where the last was
# killed, so the kills fall all along the ingest.
. "$(dirname "$0")/lib.sh"
CORPUS=${ACCORD_CORPUS:-$SHARED/corpus}
KILLS=${KILLTEST_KILLS:-20}
NDOCS=${KILLTEST_DOCS:-1000}
MAXMS=${KILLTEST_MAX_MS:-1200}   # longest wait before a kill, milliseconds
A=$ACCORD
DB=$TMP/kill.db
REF=$TMP/ref.db

# the corpus: NDOCS names for the corpus's text files, round robin
mkdir "$TMP/c" "$TMP/u"
i=0
for f in "$CORPUS"/*/*.txt; do ln -s "$f" "$TMP/u/$(basename "$f")"; done
while [ $i -lt "$NDOCS" ]; do
	for f in "$TMP"/u/*.txt; do
		[ $i -ge "$NDOCS" ] && break
		ln -s "$f" "$TMP/c/$(printf '%04d' $i)-$(basename "$f")"
		i=$((i + 1))
	done
done
check corpus-has-1000-names sh -c "[ \$(ls '$TMP/c' | wc -l) -eq $NDOCS ]"

# the reference: each distinct file once, ingested without interruption
expect_status reference-ingest 0 "$A" ingest --db "$REF" "$TMP/u"

# Every document of the killed database against the reference, by SHA-256;
# prints the number of documents that are not whole (0 is right).
SQL="ATTACH '$REF' AS ref;
SELECT count(*) FROM documents d
LEFT JOIN ref.documents r ON r.id = (SELECT min(id) FROM ref.documents WHERE sha256 = d.sha256)
WHERE r.id IS NULL OR d.nfacts <> r.nfacts
   OR (SELECT count(*) FROM nodes WHERE doc_id = d.id) <> (SELECT count(*) FROM ref.nodes WHERE doc_id = r.id)
   OR (SELECT count(*) FROM mentions WHERE doc_id = d.id) <> (SELECT count(*) FROM ref.mentions WHERE doc_id = r.id)
   OR (SELECT count(*) FROM clauses WHERE doc_id = d.id) <> (SELECT count(*) FROM ref.clauses WHERE doc_id = r.id)
   OR (SELECT count(*) FROM paragraphs WHERE doc_id = d.id) <> (SELECT count(*) FROM ref.paragraphs WHERE doc_id = r.id)
   OR (SELECT count(*) FROM explain WHERE doc_id = d.id) <> (SELECT count(*) FROM ref.explain WHERE doc_id = r.id)
   OR (SELECT count(*) FROM events WHERE doc_id = d.id) <> (SELECT count(*) FROM ref.events WHERE doc_id = r.id);"

k=1
while [ $k -le "$KILLS" ]; do
	r=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
	ms=$((20 + r % MAXMS))
	"$A" ingest --db "$DB" "$TMP/c" >"$TMP/run.out" 2>"$TMP/run.err" &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -9 "$pid" 2>/dev/null && killed=killed || killed=finished
	wait "$pid" 2>/dev/null
	ic=$(sqlite3 "$DB" "PRAGMA integrity_check" 2>&1)
	fts=$(sqlite3 "$DB" "INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')" 2>&1)
	bad=$(sqlite3 "$DB" "$SQL" 2>&1)
	have=$(sqlite3 "$DB" "SELECT count(*) FROM documents" 2>&1)
	if [ "$ic" = ok ] && [ -z "$fts" ] && [ "$bad" = 0 ]; then
		ok "kill-$k ($killed after ${ms} ms: $have documents, all whole)"
	else
		fail "kill-$k" "integrity '$ic', fts '$fts', $bad of $have documents not whole"
	fi
	k=$((k + 1))
done
