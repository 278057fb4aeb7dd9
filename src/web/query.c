/* query.c: the web's read-only queries beside the store's: the commitments
 * view with its filters, facets, sorting and pages
 *
 * The SQL is fixed text with ? parameters; the user's words only ever reach
 * SQLite as bound values (a search is turned into quoted FTS5 words first,
 * so no character of it is an operator).
 */
#include "web-int.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define Q_MAX_BINDS 24

int q_rows(struct http_req *req, struct store_table *t, struct diag *d, const char *sql, const char *binds, ...)
{
	sqlite3_stmt *s = NULL;
	int rc = ACC_OK;
	memset(t, 0, sizeof *t);
	if (sqlite3_prepare_v2(req->db, sql, -1, &s, NULL) != SQLITE_OK) {
		rc = store_err(req->db, d, "cannot query");
		goto out;
	}
	va_list ap;
	va_start(ap, binds);
	for (int i = 0; binds && binds[i]; i++) {
		if (binds[i] == 'i') {
			sqlite3_bind_int64(s, i + 1, va_arg(ap, int64_t));
		} else {
			Str v = va_arg(ap, Str);
			if (v.s)
				sqlite3_bind_text(s, i + 1, v.s, (int)v.len, SQLITE_STATIC);
		}
	}
	va_end(ap);
	rc = store_table_fill(req->a, req->db, s, t, d);
out:
	sqlite3_finalize(s);
	return rc;
}

Str q_str(const struct store_table *t, int row, const char *col)
{
	int c = store_table_col(t, col);
	if (c < 0 || row >= t->nrows)
		return STR_NULL;
	return store_cell(t, row, c)->s;
}

int64_t q_int(const struct store_table *t, int row, const char *col)
{
	Str s = q_str(t, row, col);
	return s.s ? strtoll(s.s, NULL, 10) : 0;
}

const char *const cdim_names[CD_COUNT] = { "area", "actor", "modality", "commitment", "summit", "section" };
const char *const csort_names[] = { "document", "modality", "section", "target", "id", NULL };

static bool is_word(Str s, ptrdiff_t max)
{
	if (!s.len || s.len > max)
		return false;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		char c = s.s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
			return false;
	}
	return true;
}

int cfilter_parse(struct http_req *req, struct cfilter *f, int64_t max_per, struct diag *d)
{
	memset(f, 0, sizeof *f);
	f->commitment = -1;
	bool bad = false;
	Str v;
	if ((v = http_param(req, "area")).len) {
		if (area_parse(v) < 0)
			return diag_set(d, ACC_EINVAL, -1, "unknown issue area '%.*s'", (int)v.len, v.s);
		f->area = v;
	}
	if ((v = http_param(req, "actor")).len) {
		if (v.len != 3 || !is_word(v, 3))
			return diag_set(d, ACC_EINVAL, -1, "not an ISO alpha-3 code '%.*s'", (int)v.len, v.s);
		char *up = arena_cstr(req->a, v);
		for (int i = 0; i < 3; i++)
			if (up[i] >= 'a' && up[i] <= 'z')
				up[i] = (char)(up[i] - 32);
		f->actor = (Str){ up, 3 };
	}
	if ((v = http_param(req, "modality")).len) {
		bool ok = false;
		for (int m = MOD_COMMIT; m <= MOD_NOTE; m++)
			ok |= str_eq(v, str_c(modality_name(m)));
		if (!ok)
			return diag_set(d, ACC_EINVAL, -1, "unknown modality '%.*s'", (int)v.len, v.s);
		f->modality = v;
	}
	if ((v = http_param(req, "section")).len) {
		if (v.len > 32)
			return diag_set(d, ACC_EINVAL, -1, "section over 32 bytes");
		f->section = v;
	}
	if ((v = http_param(req, "q")).len) {
		if (v.len > 256)
			return diag_set(d, ACC_EINVAL, -1, "search over 256 bytes");
		if (str_trim(v).len)
			f->q = str_trim(v);
	}
	if ((v = http_param(req, "commitment")).len) {
		if (str_eq(v, S("yes")) || str_eq(v, S("1")) || str_eq(v, S("true")))
			f->commitment = 1;
		else if (str_eq(v, S("no")) || str_eq(v, S("0")) || str_eq(v, S("false")))
			f->commitment = 0;
		else
			return diag_set(d, ACC_EINVAL, -1, "commitment must be yes or no, not '%.*s'", (int)v.len, v.s);
	}
	f->summit = http_param_int(req, "summit", 0, 1, INT64_MAX / 2, &bad);
	if (bad)
		return diag_set(d, ACC_EINVAL, -1, "summit must be a positive id");
	f->document = http_param_int(req, "document", 0, 1, INT64_MAX / 2, &bad);
	if (bad)
		return diag_set(d, ACC_EINVAL, -1, "document must be a positive id");
	f->page = http_param_int(req, "page", 1, 1, 1000000, &bad);
	if (bad)
		return diag_set(d, ACC_EINVAL, -1, "page must be a number from 1 to 1000000");
	f->per = http_param_int(req, "per", WEB_PAGE_DEFAULT, 1, max_per, &bad);
	if (bad)
		return diag_set(d, ACC_EINVAL, -1, "per must be a number from 1 to %lld", (long long)max_per);
	f->sort = CS_DOCUMENT;
	if ((v = http_param(req, "sort")).len) {
		if (v.s[0] == '-') {
			f->desc = true;
			v = str_slice(v, 1, v.len - 1);
		}
		int k = -1;
		for (int i = 0; csort_names[i]; i++)
			if (str_eq(v, str_c(csort_names[i])))
				k = i;
		if (k < 0)
			return diag_set(d, ACC_EINVAL, -1, "cannot sort by '%.*s' (document, modality, section, target, id)",
					(int)v.len, v.s);
		f->sort = k;
	}
	return ACC_OK;
}

struct query {
	struct buf sql;
	char types[Q_MAX_BINDS + 1];
	Str s[Q_MAX_BINDS];
	int64_t i[Q_MAX_BINDS];
	int n;
};

static void qs(struct query *q, const char *frag, Str v)
{
	buf_puts(&q->sql, frag);
	q->types[q->n] = 's';
	q->s[q->n++] = v;
}

static void qi(struct query *q, const char *frag, int64_t v)
{
	buf_puts(&q->sql, frag);
	q->types[q->n] = 'i';
	q->i[q->n++] = v;
}

/* The words of a search as FTS5 strings: "a" "b" (quotes doubled). */
static Str fts_words(Arena *a, Str s)
{
	struct buf b;
	buf_init(&b);
	Str w, rest = s;
	while (rest.len) {
		str_cut(rest, ' ', &w, &rest);
		w = str_trim(w);
		if (!w.len)
			continue;
		if (b.len)
			buf_putc(&b, ' ');
		buf_putc(&b, '"');
		for (ptrdiff_t i = 0; i < w.len; i++) {
			if (w.s[i] == '"')
				buf_putc(&b, '"');
			buf_putc(&b, w.s[i]);
		}
		buf_putc(&b, '"');
	}
	Str r = arena_str(a, b.len ? buf_str(&b) : S("\"\""));
	buf_release(&b);
	return r;
}

/* " AND ..." for every filter but skip's dimension (-1: none). */
static void where(struct http_req *req, struct query *q, const struct cfilter *f, int skip)
{
	if (f->area.s && skip != CD_AREA)
		qs(q, " AND EXISTS (SELECT 1 FROM clause_areas x WHERE x.clause_id = c.id AND x.area = ?)", f->area);
	if (f->actor.s && skip != CD_ACTOR)
		qs(q, " AND EXISTS (SELECT 1 FROM clause_actors x WHERE x.clause_id = c.id AND x.code = ?)", f->actor);
	if (f->modality.s && skip != CD_MODALITY)
		qs(q, " AND c.modality = ?", f->modality);
	if (f->commitment >= 0 && skip != CD_COMMITMENT)
		qi(q, " AND c.commitment = ?", f->commitment);
	if (f->summit && skip != CD_SUMMIT)
		qi(q, " AND d.summit_id = ?", f->summit);
	if (f->section.s && skip != CD_SECTION)
		qs(q, " AND c.section = ?", f->section);
	if (f->document)
		qi(q, " AND c.doc_id = ?", f->document);
	if (f->q.s)
		qs(q, " AND c.id IN (SELECT p.clause_id FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid"
		      " WHERE paragraphs_fts MATCH ?)", fts_words(req->a, f->q));
}

static int run(struct http_req *req, struct query *q, struct store_table *t, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = ACC_OK;
	memset(t, 0, sizeof *t);
	if (q->sql.err) {
		rc = diag_set(d, ACC_EDB, -1, "out of memory");
		goto out;
	}
	if (sqlite3_prepare_v2(req->db, q->sql.p, (int)q->sql.len, &s, NULL) != SQLITE_OK) {
		rc = store_err(req->db, d, "cannot query");
		goto out;
	}
	for (int i = 0; i < q->n; i++) {
		if (q->types[i] == 'i')
			sqlite3_bind_int64(s, i + 1, q->i[i]);
		else
			sqlite3_bind_text(s, i + 1, q->s[i].s, (int)q->s[i].len, SQLITE_STATIC);
	}
	rc = store_table_fill(req->a, req->db, s, t, d);
out:
	sqlite3_finalize(s);
	buf_release(&q->sql);
	return rc;
}

#define FROM " FROM clauses c JOIN documents d ON d.id = c.doc_id WHERE 1"

int q_commitments(struct http_req *req, const struct cfilter *f, struct store_table *t, int64_t *total,
		  struct diag *d)
{
	struct query q = { 0 };
	struct store_table cnt;
	buf_init(&q.sql);
	buf_puts(&q.sql, "SELECT count(*) AS n" FROM);
	where(req, &q, f, -1);
	int rc = run(req, &q, &cnt, d);
	if (rc)
		return rc;
	*total = q_int(&cnt, 0, "n");

	memset(&q, 0, sizeof q);
	buf_init(&q.sql);
	buf_puts(&q.sql,
		 "SELECT c.id, c.doc_id AS document, d.title, d.date, d.summit_id AS summit, c.eid, c.section,"
		 " c.modality, c.commitment, c.scope,"
		 " (SELECT group_concat(code, ' ') FROM (SELECT code FROM clause_actors x WHERE x.clause_id = c.id ORDER BY code)) AS actors,"
		 " (SELECT group_concat(area, ' ') FROM (SELECT area FROM clause_areas x WHERE x.clause_id = c.id ORDER BY area)) AS areas,"
		 " (SELECT group_concat(date, ' ') FROM (SELECT date FROM clause_targets x WHERE x.clause_id = c.id ORDER BY date)) AS targets,"
		 " c.text" FROM);
	where(req, &q, f, -1);
	static const char *const order[] = {
		[CS_DOCUMENT] = " ORDER BY d.date %s, c.doc_id %s, c.seq %s, c.id",
		[CS_MODALITY] = " ORDER BY c.modality %s, c.doc_id %s, c.seq %s, c.id",
		[CS_SECTION] = " ORDER BY c.section %s, c.doc_id %s, c.seq %s, c.id",
		[CS_TARGET] = " ORDER BY (SELECT min(date) FROM clause_targets x WHERE x.clause_id = c.id) IS NULL,"
			      " (SELECT min(date) FROM clause_targets x WHERE x.clause_id = c.id) %s, c.doc_id %s, c.seq %s, c.id",
		[CS_ID] = " ORDER BY c.id %s, c.doc_id %s, c.seq %s",
	};
	const char *dir = f->desc ? "DESC" : "ASC";
	buf_printf(&q.sql, order[f->sort], dir, dir, dir);
	qi(&q, " LIMIT ?", f->per);
	qi(&q, " OFFSET ?", (f->page - 1) * f->per);
	return run(req, &q, t, d);
}

int q_facet(struct http_req *req, const struct cfilter *f, int dim, struct store_table *t, struct diag *d)
{
	static const char *const sel[CD_COUNT] = {
		[CD_AREA] = "SELECT x.area AS value, x.area AS label, count(*) AS n FROM clauses c"
			    " JOIN documents d ON d.id = c.doc_id JOIN clause_areas x ON x.clause_id = c.id WHERE 1",
		[CD_ACTOR] = "SELECT x.code AS value, x.code AS label, count(*) AS n FROM clauses c"
			     " JOIN documents d ON d.id = c.doc_id JOIN clause_actors x ON x.clause_id = c.id WHERE 1",
		[CD_MODALITY] = "SELECT c.modality AS value, c.modality AS label, count(*) AS n" FROM " AND c.modality IS NOT NULL",
		[CD_COMMITMENT] = "SELECT CASE c.commitment WHEN 1 THEN 'yes' ELSE 'no' END AS value,"
				  " CASE c.commitment WHEN 1 THEN 'yes' ELSE 'no' END AS label, count(*) AS n" FROM,
		[CD_SUMMIT] = "SELECT d.summit_id AS value, coalesce(s.name, 'summit ' || d.summit_id) AS label, count(*) AS n"
			      " FROM clauses c JOIN documents d ON d.id = c.doc_id JOIN summits s ON s.id = d.summit_id WHERE 1",
		[CD_SECTION] = "SELECT c.section AS value, c.section AS label, count(*) AS n" FROM " AND c.section IS NOT NULL",
	};
	struct query q = { 0 };
	buf_init(&q.sql);
	buf_puts(&q.sql, sel[dim]);
	where(req, &q, f, dim);
	buf_puts(&q.sql, dim == CD_SECTION ? " GROUP BY 1 ORDER BY min(c.doc_id), min(c.seq)" : " GROUP BY 1 ORDER BY 3 DESC, 1");
	return run(req, &q, t, d);
}
