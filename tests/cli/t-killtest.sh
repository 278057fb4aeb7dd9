# t-killtest.sh: kill -9 at 20 random moments while 1,000 documents are
# ingested (the corpus's files under varied names, as symbolic links); after
# each kill the database is intact (PRAGMA integrity_check, the FTS index's
# own check) and every document in it is whole (its fact rows all there, as
# many as for every other copy of the same bytes).  Each run resumes where
# the last was killed, so the kills fall all along the ingest.
. "$(dirname "$0")/lib.sh"
CORPUS=${ACCORD_CORPUS:-$SHARED/corpus}
KILLS=${KILLTEST_KILLS:-20}
NDOCS=${KILLTEST_DOCS:-1000}
MAXMS=${KILLTEST_MAX_MS:-1000}   # longest wait before a kill, milliseconds
A=$ACCORD
DB=$TMP/kill.db

# the corpus: NDOCS names for the corpus's text files: directories 1, 2, ...
# of links to all of them (one ln per directory: forks are slow), the last
# one cut to size
mkdir "$TMP/c" "$TMP/u"
ln -s "$CORPUS"/*/*.txt "$TMP/u/"
nu=$(ls "$TMP/u" | wc -l)
d=1
while [ $((d * nu)) -le "$NDOCS" ]; do
	mkdir "$TMP/c/$d" && ln -s "$TMP"/u/*.txt "$TMP/c/$d/"
	d=$((d + 1))
done
rest=$((NDOCS - (d - 1) * nu))
if [ "$rest" -gt 0 ]; then
	mkdir "$TMP/c/$d" && ln -s $(ls -d "$TMP"/u/*.txt | head -n "$rest") "$TMP/c/$d/"
fi
check corpus-has-1000-names sh -c "[ \$(find '$TMP/c' -name '*.txt' | wc -l) -eq $NDOCS ]"

# How long the command takes to start and ingest one document: the kills
# come after that much, plus a random wait, so they land while it writes.
t0=$(date +%s%N)
"$A" ingest --db "$TMP/probe.db" "$TMP/u/$(ls "$TMP/u" | head -n 1)" >/dev/null 2>&1
BASEMS=$((($(date +%s%N) - t0) / 1000000))

# Every document of the killed database must be whole: its nfacts column
# (written last, in the document's transaction) equals the rows it has in
# every fact table, and all copies of the same bytes (same SHA-256, ingested
# in different runs) have the same counts.  Prints the number of documents
# that are not whole (0 is right).
SQL="SELECT count(*) FROM documents d WHERE d.nfacts <>
    (SELECT count(*) FROM nodes WHERE doc_id = d.id) + (SELECT count(*) FROM signatories WHERE doc_id = d.id)
  + (SELECT count(*) FROM mentions WHERE doc_id = d.id) + (SELECT count(*) FROM explain WHERE doc_id = d.id)
  + (SELECT count(*) FROM events WHERE doc_id = d.id) + (SELECT count(*) FROM agreements WHERE doc_id = d.id)
  + (SELECT count(*) FROM event_participants x JOIN events e ON e.id = x.event_id WHERE e.doc_id = d.id)
  + (SELECT count(*) FROM agreement_parties x JOIN agreements g ON g.id = x.agreement_id WHERE g.doc_id = d.id)
  + (SELECT count(*) FROM agreement_fields x JOIN agreements g ON g.id = x.agreement_id WHERE g.doc_id = d.id)
  + (SELECT count(*) FROM clauses WHERE doc_id = d.id) + (SELECT count(*) FROM paragraphs WHERE doc_id = d.id)
  + (SELECT count(*) FROM clause_actors x JOIN clauses c ON c.id = x.clause_id WHERE c.doc_id = d.id)
  + (SELECT count(*) FROM clause_areas x JOIN clauses c ON c.id = x.clause_id WHERE c.doc_id = d.id)
  + (SELECT count(*) FROM clause_targets x JOIN clauses c ON c.id = x.clause_id WHERE c.doc_id = d.id)
  OR d.nfacts = 0
  OR d.nfacts <> (SELECT max(nfacts) FROM documents o WHERE o.sha256 = d.sha256)
  OR d.nfacts <> (SELECT min(nfacts) FROM documents o WHERE o.sha256 = d.sha256);"

k=1
while [ $k -le "$KILLS" ]; do
	r=$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')
	ms=$((BASEMS + r % MAXMS))
	"$A" ingest --db "$DB" "$TMP/c" >"$TMP/run.out" 2>"$TMP/run.err" &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -9 "$pid" 2>/dev/null && killed=killed || killed=finished
	wait "$pid" 2>/dev/null
	# one sqlite3: integrity, the FTS index's check (prints nothing when
	# sound), the documents not whole, the documents
	res=$(sqlite3 "$DB" "PRAGMA integrity_check; INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check');
		$SQL SELECT count(*) FROM documents;" 2>&1 | tr '\n' ' ')
	set -- $res
	ic=$1 bad=$2 have=$3 fts=ok
	[ $# -eq 3 ] || fts="$res"
	if [ "$ic" = ok ] && [ "$fts" = ok ] && [ "$bad" = 0 ]; then
		ok "kill-$k ($killed after ${ms} ms: $have documents, all whole)"
	else
		fail "kill-$k" "integrity '$ic', fts '$fts', $bad of $have documents not whole: $res"
	fi
	k=$((k + 1))
done
