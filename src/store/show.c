/* show.c: one record by id, with its provenance: document, section, the
 * sentence it came from and the reasons behind its attributes */
#include "store.h"

#include <stdlib.h>
#include <string.h>

struct kind {
	const char *prefix;    /* "clause" in "clause:17" */
	const char *list;      /* the store_list kind for its fields */
	const char *span;      /* SELECT doc_id, off, len, src_off, src_len, section WHERE id = ?1 */
	const char *explain;   /* its explain rows (?1 the id), or NULL */
	const char *extra;     /* related rows (?1 the id), or NULL */
};

#define EXPLAIN_SQL(where)                                                                          \
	"SELECT x.subject, x.attr, x.rule, CAST(substr(CAST(d.text AS BLOB), x.off + 1, x.len) AS TEXT) AS text," \
	" x.off, x.len, x.src_off, x.src_len FROM explain x JOIN documents d ON d.id = x.doc_id WHERE " where \
	" ORDER BY x.id"

static const struct kind kinds[] = {
	{ "doc", "documents", NULL, EXPLAIN_SQL("x.doc_id = ?1 AND x.subject = 'document'"),
	  "SELECT c.id AS clause, c.eid, c.section, c.modality, c.commitment, c.text FROM clauses c"
	  " WHERE c.doc_id = ?1 ORDER BY c.seq" },
	{ "clause", "clauses", "SELECT doc_id, off, len, src_off, src_len, section FROM clauses WHERE id = ?1",
	  EXPLAIN_SQL("x.clause_id = ?1"),
	  "SELECT a.id AS assessment, a.state, a.score, a.note, a.created_at FROM assessments a"
	  " WHERE a.clause_id = ?1 ORDER BY a.id" },
	{ "event", "events", "SELECT doc_id, off, len, src_off, src_len, NULL FROM events WHERE id = ?1",
	  EXPLAIN_SQL("x.event_id = ?1"), NULL },
	{ "agreement", "agreements", "SELECT doc_id, off, len, src_off, src_len, NULL FROM agreements WHERE id = ?1",
	  EXPLAIN_SQL("x.agreement_id = ?1"), NULL },
	{ "mention", "mentions", "SELECT doc_id, off, len, src_off, src_len, NULL FROM mentions WHERE id = ?1", NULL,
	  NULL },
	{ "paragraph", "paragraphs", "SELECT doc_id, off, len, src_off, src_len, section FROM paragraphs WHERE id = ?1",
	  NULL, NULL },
	{ "entity", "entities",
	  "SELECT doc_id, off, len, src_off, src_len, NULL FROM mentions WHERE entity_id = ?1 ORDER BY doc_id, off LIMIT 1",
	  NULL,
	  "SELECT m.id AS mention, m.doc_id AS document, d.title, m.text, m.off, m.src_off FROM mentions m"
	  " JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?1 ORDER BY m.doc_id, m.off LIMIT 100" },
	{ "summit", "summits", NULL,
	  EXPLAIN_SQL("x.subject = 'summit' AND x.doc_id IN (SELECT id FROM documents WHERE summit_id = ?1)"),
	  "SELECT d.id AS document, d.title, d.kind, d.date, d.source FROM documents d WHERE d.summit_id = ?1"
	  " ORDER BY d.date, d.id" },
};

static int rows(struct store *st, Arena *a, const char *sql, int64_t id, struct store_table *t, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = ACC_OK;
	memset(t, 0, sizeof *t);
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		rc = store_err(st->db, d, "cannot query");
		goto out;
	}
	sqlite3_bind_int64(s, 1, id);
	rc = store_table_fill(a, st->db, s, t, d);
out:
	sqlite3_finalize(s);
	return rc;
}

static int64_t int_at(const struct store_table *t, int row, int col)
{
	const struct store_cell *c = store_cell(t, row, col);
	return c->s.s ? strtoll(c->s.s, NULL, 10) : 0;
}

/* The sentence (or smallest paragraph-level node) around the span, and the
 * document's source and title. */
static int provenance(struct store *st, Arena *a, struct store_shown *o, bool span, struct diag *d)
{
	struct store_table t;
	int rc = rows(st, a, "SELECT source, title FROM documents WHERE id = ?1", o->doc_id, &t, d);
	if (rc)
		return rc;
	if (t.nrows) {
		o->source = store_cell(&t, 0, 0)->s;
		o->title = store_cell(&t, 0, 1)->s;
	}
	if (!span)
		return ACC_OK;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(st->db,
			       "SELECT n.off, n.len, CAST(substr(CAST(d.text AS BLOB), n.off + 1, n.len) AS TEXT)"
			       " FROM nodes n JOIN documents d ON d.id = n.doc_id"
			       " WHERE n.doc_id = ?1 AND n.type IN ('sent', 'para', 'item', 'title', 'field', 'signature', 'placedate')"
			       " AND n.off <= ?2 AND n.off + n.len >= ?2 + ?3 ORDER BY n.len LIMIT 1",
			       -1, &s, NULL) != SQLITE_OK)
		return store_err(st->db, d, "cannot query");
	sqlite3_bind_int64(s, 1, o->doc_id);
	sqlite3_bind_int64(s, 2, o->off);
	sqlite3_bind_int64(s, 3, o->len);
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW) {
		ptrdiff_t off = sqlite3_column_int64(s, 0);
		o->context = arena_str(a, (Str){ (const char *)sqlite3_column_text(s, 2), sqlite3_column_bytes(s, 2) });
		o->mark_off = o->off - off;
		o->mark_len = o->len;
		if (o->mark_off < 0 || o->mark_off + o->mark_len > o->context.len)
			o->mark_off = o->mark_len = 0;
	} else if (r != SQLITE_DONE) {
		rc = store_err(st->db, d, "cannot query");
	}
	sqlite3_finalize(s);
	return rc;
}

int store_show(struct store *st, Arena *a, Str id, struct store_shown *o, struct diag *d)
{
	memset(o, 0, sizeof *o);
	Str prefix, num;
	if (!str_cut(id, ':', &prefix, &num) || !num.len || num.len > 18)
		return diag_set(d, ACC_EINVAL, -1, "not a record id '%.*s' (like doc:3 or clause:17)", (int)id.len, id.s);
	int64_t n = 0;
	for (ptrdiff_t i = 0; i < num.len; i++) {
		if (num.s[i] < '0' || num.s[i] > '9')
			return diag_set(d, ACC_EINVAL, -1, "not a record id '%.*s' (like doc:3 or clause:17)", (int)id.len,
					id.s);
		n = n * 10 + (num.s[i] - '0');
	}
	const struct kind *k = NULL;
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (str_eq(prefix, str_c(kinds[i].prefix)) || (!strcmp(kinds[i].prefix, "doc") && str_eq(prefix, S("document"))))
			k = &kinds[i];
	if (!k)
		return diag_set(d, ACC_EINVAL, -1, "unknown kind of record '%.*s' (doc, clause, event, agreement, "
				"entity, summit, paragraph, mention)", (int)prefix.len, prefix.s);
	struct store_filter f = STORE_FILTER_ANY;
	f.id = n;
	int rc = store_list(st, a, k->list, &f, &o->fields, d);
	if (rc)
		return rc;
	if (!o->fields.nrows)
		return diag_set(d, ACC_ENOTFOUND, -1, "no such record '%.*s'", (int)id.len, id.s);
	if (!strcmp(k->prefix, "doc"))
		o->doc_id = n;
	if (k->span) {
		struct store_table t;
		if ((rc = rows(st, a, k->span, n, &t, d)))
			return rc;
		if (t.nrows) {
			o->doc_id = int_at(&t, 0, 0);
			o->off = int_at(&t, 0, 1);
			o->len = int_at(&t, 0, 2);
			o->src_off = int_at(&t, 0, 3);
			o->src_len = int_at(&t, 0, 4);
			o->section = store_cell(&t, 0, 5)->s;
		}
	}
	if (o->doc_id && (rc = provenance(st, a, o, k->span != NULL, d)))
		return rc;
	if (k->explain && (rc = rows(st, a, k->explain, n, &o->explain, d)))
		return rc;
	if (k->extra && (rc = rows(st, a, k->extra, n, &o->extra, d)))
		return rc;
	return ACC_OK;
}
