/* test-store.c: the registry: migrations, ingest, re-ingest, changed documents
 * and their assessments, list filters, search, show, CSV quoting, AKN eIds */
#include "test.h"
#include "store/store.h"
#include "kb/kb.h"

#include <stdlib.h>
#include <unistd.h>

static const char doc_v1[] =
	"Joint Statement of the Test Summit\n"
	"\n"
	"The heads of state met in Astana on June 17, 2025.\n"
	"\n"
	"I. The parties will strengthen cooperation in energy and transport.\n"
	"\n"
	"The parties support the construction of the railway between their countries.\n"
	"\n"
	"II. The parties agree to hold the next summit in 2027.\n"
	"\n"
	"The parties will deepen cooperation on water resources.\n";

/* v2: the railway paragraph reworded, the others as they were (one with
 * changed punctuation and case only, which still matches after folding). */
static const char doc_v2[] =
	"Joint Statement of the Test Summit\n"
	"\n"
	"The heads of state met in Astana on June 17, 2025.\n"
	"\n"
	"I. The parties will strengthen cooperation in energy and transport.\n"
	"\n"
	"The parties support a feasibility study of the highway.\n"
	"\n"
	"II. The parties agree to hold the next summit in 2027.\n"
	"\n"
	"The Parties will deepen cooperation on water resources!\n";

static int64_t one(struct store *st, const char *sql)
{
	sqlite3_stmt *s = NULL;
	int64_t v = -1;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

static int ingest(struct store *st, const char *source, Str src, struct store_ingested *res)
{
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	int rc = store_ingest(st, kb_default(), &a, str_c(source), src, res, &d);
	if (rc)
		fprintf(stderr, "  ingest %s: %s\n", source, d.msg);
	arena_release(&a);
	return rc;
}

static bool open_mem(struct store *st)
{
	struct diag d;
	diag_clear(&d);
	if (store_init(st, ":memory:", &d)) {
		fprintf(stderr, "  store_init: %s\n", d.msg);
		return false;
	}
	return true;
}

TEST(store_migrates_to_current_version)
{
	char path[] = "/tmp/accord-test-XXXXXX";
	int fd = mkstemp(path);
	EXPECT(fd >= 0);
	close(fd);
	struct store st;
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_init(&st, path, &d), 0);
	EXPECT_INT(one(&st, "PRAGMA user_version"), store_schema_version());
	EXPECT_INT(one(&st, "PRAGMA foreign_keys"), 1);
	EXPECT_INT(one(&st, "SELECT count(*) FROM sqlite_master WHERE name IN ('documents', 'clauses', "
			    "'assessments', 'paragraphs_fts', 'explain', 'aliases')"), 6);
	store_release(&st);
	/* reopening applies nothing and keeps the version */
	EXPECT_INT(store_init(&st, path, &d), 0);
	EXPECT_INT(one(&st, "PRAGMA user_version"), store_schema_version());
	sqlite3_stmt *s = NULL;
	EXPECT_INT(sqlite3_prepare_v2(st.db, "PRAGMA journal_mode", -1, &s, NULL), SQLITE_OK);
	EXPECT_INT(sqlite3_step(s), SQLITE_ROW);
	EXPECT_STR(str_c((const char *)sqlite3_column_text(s, 0)), "wal");
	sqlite3_finalize(s);
	store_release(&st);
	char wal[64];
	snprintf(wal, sizeof wal, "%s-wal", path);
	unlink(wal);
	snprintf(wal, sizeof wal, "%s-shm", path);
	unlink(wal);
	unlink(path);
}

TEST(store_refuses_newer_schema)
{
	struct store st;
	if (!open_mem(&st)) {
		EXPECT(0);
		return;
	}
	sqlite3_exec(st.db, "PRAGMA user_version = 999", NULL, NULL, NULL);
	struct diag d;
	diag_clear(&d);
	EXPECT_INT(store_migrate(st.db, &d), ACC_EDB);
	EXPECT(strstr(d.msg, "newer") != NULL);
	store_release(&st);
}

TEST(store_ingest_new_then_unchanged)
{
	struct store st;
	if (!open_mem(&st)) {
		EXPECT(0);
		return;
	}
	struct store_ingested r;
	EXPECT_INT(ingest(&st, "/t/joint.txt", S(doc_v1), &r), 0);
	EXPECT_INT(r.outcome, STORE_NEW);
	EXPECT(r.nfacts > 0);
	EXPECT_INT(one(&st, "SELECT count(*) FROM documents"), 1);
	EXPECT_INT(one(&st, "SELECT nfacts FROM documents"), r.nfacts);
	EXPECT_INT(one(&st, "SELECT length(sha256) FROM documents"), 64);
	/* one paragraph row per paragraph node, each with an eId and in the index */
	EXPECT_INT(one(&st, "SELECT count(*) FROM paragraphs"),
		   one(&st, "SELECT count(*) FROM nodes WHERE type IN ('para', 'item')"));
	EXPECT(one(&st, "SELECT count(*) FROM paragraphs") >= 4);
	EXPECT_INT(one(&st, "SELECT count(*) FROM paragraphs WHERE eid IS NULL"), 0);
	EXPECT_INT(one(&st, "SELECT count(*) FROM paragraphs WHERE eid = 'sec_I__para_2'"), 1);
	EXPECT_INT(one(&st, "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'railway'"), 1);
	/* every span lies inside the text */
	EXPECT_INT(one(&st, "SELECT count(*) FROM nodes n JOIN documents d ON d.id = n.doc_id"
			    " WHERE n.off < 0 OR n.off + n.len > length(CAST(d.text AS BLOB))"), 0);

	int64_t changes = sqlite3_total_changes(st.db);
	int64_t at = one(&st, "SELECT unixepoch(ingested_at) FROM documents");
	EXPECT_INT(ingest(&st, "/t/joint.txt", S(doc_v1), &r), 0);
	EXPECT_INT(r.outcome, STORE_UNCHANGED);
	EXPECT_INT(r.nfacts, 0);
	EXPECT_INT(sqlite3_total_changes(st.db), changes);
	EXPECT_INT(one(&st, "SELECT unixepoch(ingested_at) FROM documents"), at);
	/* the same bytes under another name are another document */
	EXPECT_INT(ingest(&st, "/t/copy.txt", S(doc_v1), &r), 0);
	EXPECT_INT(r.outcome, STORE_NEW);
	EXPECT_INT(one(&st, "SELECT count(*) FROM documents"), 2);
	store_release(&st);
}

TEST(store_changed_document_keeps_matching_clauses)
{
	struct store st;
	if (!open_mem(&st)) {
		EXPECT(0);
		return;
	}
	struct store_ingested r;
	EXPECT_INT(ingest(&st, "/t/joint.txt", S(doc_v1), &r), 0);
	int64_t nclauses = one(&st, "SELECT count(*) FROM clauses");
	EXPECT(nclauses >= 3);
	int64_t energy = one(&st, "SELECT id FROM clauses WHERE text LIKE '%energy and transport%'");
	int64_t water = one(&st, "SELECT id FROM clauses WHERE text LIKE '%water resources%'");
	int64_t railway = one(&st, "SELECT id FROM clauses WHERE text LIKE '%railway%'");
	EXPECT(energy > 0 && water > 0 && railway > 0);
	char sql[256];
	snprintf(sql, sizeof sql,
		 "INSERT INTO assessments(clause_id, state, score, note, created_at) VALUES"
		 " (%lld, 'KAZ', 1, 'done', '2026-01-01'), (%lld, 'CHN', 0, 'begun', '2026-01-01'),"
		 " (%lld, 'UZB', -1, 'dropped', '2026-01-01')",
		 (long long)energy, (long long)water, (long long)railway);
	EXPECT_INT(sqlite3_exec(st.db, sql, NULL, NULL, NULL), SQLITE_OK);

	EXPECT_INT(ingest(&st, "/t/joint.txt", S(doc_v2), &r), 0);
	EXPECT_INT(r.outcome, STORE_CHANGED);
	EXPECT_INT(one(&st, "SELECT count(*) FROM documents"), 1);
	EXPECT_INT(one(&st, "SELECT nfacts FROM documents"), r.nfacts);
	/* the unchanged and the re-punctuated clauses keep their ids and assessments */
	EXPECT_INT(one(&st, "SELECT clause_id FROM assessments WHERE state = 'KAZ'"), energy);
	EXPECT_INT(one(&st, "SELECT clause_id FROM assessments WHERE state = 'CHN'"), water);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM clauses WHERE id = %lld AND text LIKE '%%Parties will deepen%%'",
		 (long long)water);
	EXPECT_INT(one(&st, sql), 1);
	/* the reworded one is gone; its assessment stays, detached */
	EXPECT_INT(one(&st, "SELECT count(*) FROM clauses WHERE text LIKE '%railway%'"), 0);
	EXPECT_INT(one(&st, "SELECT count(*) FROM assessments WHERE state = 'UZB' AND clause_id IS NULL"), 1);
	EXPECT_INT(one(&st, "SELECT count(*) FROM assessments"), 3);
	/* the facts were replaced, not added to */
	EXPECT_INT(one(&st, "SELECT count(*) FROM paragraphs"),
		   one(&st, "SELECT count(*) FROM nodes WHERE type IN ('para', 'item')"));
	EXPECT_INT(one(&st, "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'railway'"), 0);
	EXPECT_INT(one(&st, "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'highway'"), 1);
	EXPECT_INT(one(&st, "SELECT count(*) FROM clauses"), nclauses);
	EXPECT_INT(one(&st, "PRAGMA foreign_key_check"), -1); /* no rows: no violations */
	store_release(&st);
}

TEST(store_unreadable_document_writes_nothing)
{
	struct store st;
	if (!open_mem(&st)) {
		EXPECT(0);
		return;
	}
	static const char bad[] = "The parties \xff\xfe agree.\n";
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	struct store_ingested r;
	EXPECT(store_ingest(&st, kb_default(), &a, S("/t/bad.txt"), S(bad), &r, &d) < 0);
	EXPECT(d.msg[0] != 0);
	EXPECT_INT(one(&st, "SELECT count(*) FROM documents"), 0);
	EXPECT_INT(one(&st, "SELECT count(*) FROM nodes"), 0);
	arena_release(&a);
	store_release(&st);
}

TEST(store_entities_merge_across_documents)
{
	struct store st;
	if (!open_mem(&st)) {
		EXPECT(0);
		return;
	}
	struct store_ingested r;
	EXPECT_INT(ingest(&st, "/t/a.txt", S("President Kassym-Jomart Tokayev visited Beijing.\n"), &r), 0);
	EXPECT_INT(ingest(&st, "/t/b.txt", S("President Tokaev met the Chinese side in Astana.\n"), &r), 0);
	/* however many mentions the recognizer finds, one person */
	EXPECT(one(&st, "SELECT count(DISTINCT entity_id) FROM mentions WHERE type = 'person'") <= 1);
	EXPECT_INT(one(&st, "SELECT count(*) FROM (SELECT key FROM entities GROUP BY key HAVING count(*) > 1)"), 0);
	store_release(&st);
}

TEST(store_list_search_show)
{
	struct store st;
	if (!open_mem(&st)) {
		EXPECT(0);
		return;
	}
	struct store_ingested r;
	EXPECT_INT(ingest(&st, "/t/joint.txt", S(doc_v1), &r), 0);
	Arena a;
	arena_init(&a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	struct store_table t;
	struct store_filter f = STORE_FILTER_ANY;
	EXPECT_INT(store_list(&st, &a, "documents", &f, &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	EXPECT(store_table_col(&t, "source") >= 0);
	EXPECT_INT(store_list(&st, &a, "frobs", &f, &t, &d), ACC_EINVAL);
	f.area = S("no-such-area");
	EXPECT_INT(store_list(&st, &a, "clauses", &f, &t, &d), ACC_EINVAL);
	f = STORE_FILTER_ANY;
	f.modality = S("commit");
	EXPECT_INT(store_list(&st, &a, "events", &f, &t, &d), ACC_EINVAL);
	EXPECT(strstr(d.msg, "--modality") != NULL);
	f = STORE_FILTER_ANY;
	f.section = S("II");
	EXPECT_INT(store_list(&st, &a, "clauses", &f, &t, &d), 0);
	EXPECT(t.nrows >= 1);
	f = STORE_FILTER_ANY;
	f.limit = 1;
	EXPECT_INT(store_list(&st, &a, "paragraphs", &f, &t, &d), 0);
	EXPECT_INT(t.nrows, 1);

	f = STORE_FILTER_ANY;
	EXPECT_INT(store_search(&st, &a, S("railways"), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 0); /* no stemming: the word as written */
	EXPECT_INT(store_search(&st, &a, S("RAILWAY"), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	if (t.nrows)
		EXPECT(strstr(store_cell(&t, 0, store_table_col(&t, "snippet"))->s.s, "[railway]") != NULL);
	EXPECT_INT(store_search(&st, &a, S("\"unbalanced cooperation"), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(store_search(&st, &a, S("cooperation"), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 2);
	f.section = S("II");
	EXPECT_INT(store_search(&st, &a, S("cooperation"), &f, "[", "]", &t, &d), 0);
	EXPECT_INT(t.nrows, 1);
	EXPECT_INT(store_search(&st, &a, S("  "), &f, "[", "]", &t, &d), ACC_EINVAL);

	struct store_shown s;
	int64_t railway = one(&st, "SELECT id FROM clauses WHERE text LIKE '%railway%'");
	char id[32];
	snprintf(id, sizeof id, "clause:%lld", (long long)railway);
	EXPECT_INT(store_show(&st, &a, str_c(id), &s, &d), 0);
	EXPECT_INT(s.doc_id, 1);
	EXPECT_STR(s.source, "/t/joint.txt");
	EXPECT_STR(s.section, "I");
	EXPECT(s.context.len > 0 && str_find(s.context, S("railway")) >= 0);
	EXPECT(s.mark_off >= 0 && s.mark_off + s.mark_len <= s.context.len);
	EXPECT_INT(store_show(&st, &a, S("clause:999"), &s, &d), ACC_ENOTFOUND);
	EXPECT_INT(store_show(&st, &a, S("bogus"), &s, &d), ACC_EINVAL);
	EXPECT_INT(store_show(&st, &a, S("frob:1"), &s, &d), ACC_EINVAL);
	EXPECT_INT(store_show(&st, &a, S("doc:1"), &s, &d), 0);

	struct rec rec;
	EXPECT_INT(store_load_rec(&st, &a, 1, &rec, &d), 0);
	EXPECT_INT(rec.doc.nnodes, one(&st, "SELECT count(*) FROM nodes"));
	struct buf b;
	buf_init(&b);
	emit_akn(&b, &a, &rec);
	EXPECT(strstr(b.p, "<doc name=") != NULL);
	EXPECT(strstr(b.p, "eId=\"sec_II__para_2\"") != NULL);
	buf_release(&b);
	arena_release(&a);
	store_release(&st);
}

TEST(store_csv_quotes_as_rfc4180)
{
	struct buf b;
	buf_init(&b);
	emit_csv_field(&b, S("plain"), true);
	emit_csv_field(&b, S("a,b"), false);
	emit_csv_field(&b, S("say \"hi\""), false);
	emit_csv_field(&b, S("two\r\nlines"), false);
	emit_csv_field(&b, S(""), false);
	emit_csv_end(&b);
	EXPECT_STR(buf_str(&b), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\r\n");
	buf_release(&b);

	struct store_table t = { 0 };
	Arena a;
	arena_init(&a, 1 << 12);
	Str cols[] = { S("id"), S("text") };
	struct store_cell cells[] = { { S("1"), SQLITE_INTEGER }, { S("x\"y"), SQLITE_TEXT },
				      { S("2"), SQLITE_INTEGER }, { STR_NULL, SQLITE_NULL } };
	t.ncols = 2;
	t.cols = cols;
	t.cells = cells;
	t.nrows = 2;
	buf_init(&b);
	store_table_csv(&b, &t);
	EXPECT_STR(buf_str(&b), "id,text\r\n1,\"x\"\"y\"\r\n2,\r\n");
	buf_reset(&b);
	store_table_json(&b, &t);
	EXPECT(strstr(b.p, "\"id\": 1") != NULL);
	EXPECT(strstr(b.p, "\"text\": null") != NULL);
	buf_release(&b);
	arena_release(&a);
}

TEST(store_fold_ignores_case_punctuation_and_marks)
{
	Arena a;
	arena_init(&a, 1 << 12);
	EXPECT(str_eq(store_fold(&a, S("The Parties, will -- deepen!")), store_fold(&a, S("the parties will deepen"))));
	EXPECT(str_eq(store_fold(&a, S("Tokayev")), S("tokayev")));
	EXPECT_INT(store_fold(&a, S("  ,,  ")).len, 0);
	char hex[65];
	store_sha256_hex(S("abc"), hex);
	EXPECT_STR(str_c(hex), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	arena_release(&a);
}
