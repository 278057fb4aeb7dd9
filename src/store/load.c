/* load.c: a document's record rebuilt from the registry (text, tree,
 * document fields, clauses), for the emitters that work from a struct rec */
#include "store.h"

#include <string.h>

static Str col(Arena *a, sqlite3_stmt *s, int i)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return STR_NULL;
	return arena_str(a, (Str){ (const char *)sqlite3_column_text(s, i), sqlite3_column_bytes(s, i) });
}

static int prepare(struct store *st, const char *sql, int64_t id, sqlite3_stmt **s, struct diag *d)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, s, NULL) != SQLITE_OK)
		return store_err(st->db, d, "cannot query");
	sqlite3_bind_int64(*s, 1, id);
	return ACC_OK;
}

/* Space-separated codes into a struct codes. */
static struct codes split_codes(Arena *a, Str s)
{
	struct codes c = { 0 };
	ptrdiff_t cap = 0, n = 0;
	Str head, rest = s;
	while (rest.len) {
		if (!str_cut(rest, ' ', &head, &rest)) {
			head = rest;
			rest = STR_NULL;
		}
		if (head.len)
			apush(a, c.v, n, cap, head);
	}
	c.n = (int)n;
	return c;
}

static int tree(struct store *st, Arena *a, int64_t id, struct rec *r, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = prepare(st, "SELECT type, parent, level, off, len, body_off, body_len, label FROM nodes"
			     " WHERE doc_id = ?1 ORDER BY idx", id, &s, d);
	if (rc)
		goto out;
	ptrdiff_t n = 0, cap = 0;
	int st_;
	while ((st_ = sqlite3_step(s)) == SQLITE_ROW) {
		struct doc_node x = { 0 };
		Str type = col(a, s, 0);
		for (int t = DOC_ROOT; t <= DOC_SENT; t++)
			if (str_eq(type, str_c(doc_node_type_name(t))))
				x.type = t;
		x.parent = sqlite3_column_int(s, 1);
		x.level = sqlite3_column_int(s, 2);
		x.off = sqlite3_column_int64(s, 3);
		x.len = sqlite3_column_int64(s, 4);
		x.body_off = sqlite3_column_int64(s, 5);
		x.body_len = sqlite3_column_int64(s, 6);
		Str label = col(a, s, 7);
		/* labels point into the text, as doc_read() gives them */
		ptrdiff_t at = label.len ? str_find((Str){ r->doc.text.s + x.off, x.len }, label) : -1;
		x.label = at >= 0 ? (Str){ r->doc.text.s + x.off + at, label.len } : label;
		if (x.off < 0 || x.off + x.len > r->doc.text.len || x.body_off < 0 ||
		    x.body_off + x.body_len > r->doc.text.len) {
			rc = diag_set(d, ACC_EDB, -1, "document %lld: a node's span is outside its text", (long long)id);
			goto out;
		}
		apush(a, r->doc.nodes, n, cap, x);
	}
	if (st_ != SQLITE_DONE)
		rc = store_err(st->db, d, "cannot read nodes");
	r->doc.nnodes = (int)n;
out:
	sqlite3_finalize(s);
	return rc;
}

static int signatories(struct store *st, Arena *a, int64_t id, struct rec *r, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = prepare(st, "SELECT name FROM signatories WHERE doc_id = ?1 ORDER BY seq", id, &s, d);
	if (rc)
		goto out;
	ptrdiff_t n = 0, cap = 0;
	while (sqlite3_step(s) == SQLITE_ROW)
		apush(a, r->x.doc.signatories, n, cap, col(a, s, 0));
	r->x.doc.nsignatories = (int)n;
out:
	sqlite3_finalize(s);
	return rc;
}

static int clauses(struct store *st, Arena *a, int64_t id, struct rec *r, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = prepare(st, "SELECT section, node, off, len, commitment,"
			     " (SELECT group_concat(code, ' ') FROM (SELECT code FROM clause_actors x"
			     "  WHERE x.clause_id = c.id ORDER BY code))"
			     " FROM clauses c WHERE doc_id = ?1 ORDER BY seq", id, &s, d);
	if (rc)
		goto out;
	ptrdiff_t n = 0, cap = 0;
	while (sqlite3_step(s) == SQLITE_ROW) {
		struct clause c = { 0 };
		c.section = col(a, s, 0);
		c.node = sqlite3_column_int(s, 1);
		c.off = sqlite3_column_int64(s, 2);
		c.len = sqlite3_column_int64(s, 3);
		if (c.off < 0 || c.off + c.len > r->doc.text.len)
			continue;
		c.text = (Str){ r->doc.text.s + c.off, c.len };
		c.commitment = sqlite3_column_int(s, 4);
		c.actors = split_codes(a, col(a, s, 5));
		apush(a, r->x.clauses, n, cap, c);
	}
	r->x.nclauses = (int)n;
out:
	sqlite3_finalize(s);
	return rc;
}

int store_load_rec(struct store *st, Arena *a, int64_t id, struct rec *r, struct diag *d)
{
	memset(r, 0, sizeof *r);
	sqlite3_stmt *s = NULL;
	int rc = prepare(st, "SELECT source, text, title, kind, date, place,"
			     " (SELECT group_concat(code, ' ') FROM summit_participants p WHERE p.summit_id = d.summit_id)"
			     " FROM documents d WHERE id = ?1", id, &s, d);
	if (rc)
		goto out;
	int x = sqlite3_step(s);
	if (x == SQLITE_DONE) {
		rc = diag_set(d, ACC_ENOTFOUND, -1, "no such record 'doc:%lld'", (long long)id);
		goto out;
	}
	if (x != SQLITE_ROW) {
		rc = store_err(st->db, d, "cannot read the document");
		goto out;
	}
	r->doc.path = col(a, s, 0);
	r->doc.text = col(a, s, 1);
	r->doc.src = r->doc.text;
	r->x.doc.title = col(a, s, 2);
	Str kind = col(a, s, 3);
	for (int k = DK_OTHER; k <= DK_STATEMENT; k++)
		if (str_eq(kind, str_c(doc_kind_name(k))))
			r->x.doc.kind = k;
	Str date = col(a, s, 4);
	r->x.doc.date = date.s ? date_parse(date) : DATE_NONE;
	r->x.doc.place = col(a, s, 5);
	r->x.summit.participants = split_codes(a, col(a, s, 6));
	r->x.summit.present = r->x.summit.participants.n > 0;
	if ((rc = tree(st, a, id, r, d)) || (rc = signatories(st, a, id, r, d)) || (rc = clauses(st, a, id, r, d)))
		goto out;
out:
	sqlite3_finalize(s);
	return rc;
}
