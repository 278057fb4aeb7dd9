/* versions.c: language versions of one work, linked and aligned
 *
 * A declaration issued in English, Russian and Chinese is one work with
 * three expressions.  Each version is ingested as a document of its own;
 * documents.work_id ties them together under a pivot: the version whose
 * extracted attributes (modality, commitment, actors, issue areas) apply to
 * all, the English one when there is one.  Clauses are aligned by their
 * numbering (section ordinal, then position in the section), and by order
 * when the numbering does not match, so a reader sees a Russian paragraph
 * beside its English clause and that clause's attributes.
 *
 * Versions are linked explicitly (accord ingest --version-of) or when a new
 * document's kind, date and place agree with a document in another
 * language whose paragraph count is close to its own.
 */
#include "store.h"
#include "../doc/doc.h"

#include <stdlib.h>
#include <string.h>

/* Paragraph counts of two versions may differ by this many percent (a
 * heading split differently) and still be one work when linked automatically. */
#define VERSION_SLACK_PERCENT 20

static int prepare(sqlite3 *db, const char *sql, sqlite3_stmt **s, struct diag *d)
{
	if (sqlite3_prepare_v2(db, sql, -1, s, NULL) != SQLITE_OK)
		return store_err(db, d, "cannot query the versions");
	return ACC_OK;
}

/* One integer from sql with ?1 = a, ?2 = b; *v = 0 when no row. */
static int one_int(sqlite3 *db, const char *sql, int64_t a, int64_t b, int64_t *v, struct diag *d)
{
	sqlite3_stmt *s;
	int rc = prepare(db, sql, &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	*v = 0;
	int st = sqlite3_step(s);
	if (st == SQLITE_ROW)
		*v = sqlite3_column_int64(s, 0);
	else if (st != SQLITE_DONE)
		rc = store_err(db, d, "cannot query the versions");
	sqlite3_finalize(s);
	return rc;
}

static int exec2(sqlite3 *db, const char *sql, int64_t a, int64_t b, struct diag *d)
{
	sqlite3_stmt *s;
	int rc = prepare(db, sql, &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, b);
	if (sqlite3_step(s) != SQLITE_DONE)
		rc = store_err(db, d, "cannot link the versions");
	sqlite3_finalize(s);
	return rc;
}

static int set_lang(sqlite3 *db, int64_t doc, const char *lang, struct diag *d)
{
	sqlite3_stmt *s;
	int rc = prepare(db, "UPDATE documents SET lang = ?2 WHERE id = ?1", &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, doc);
	sqlite3_bind_text(s, 2, lang, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		rc = store_err(db, d, "cannot record a document's language");
	sqlite3_finalize(s);
	return rc;
}

/* documents.lang of doc, computed from its text when still NULL (a
 * document ingested before languages were recorded), and then recorded
 * when record is set (writers only: readers may be read-only). */
static int doc_lang(sqlite3 *db, int64_t doc, char lang[4], bool record, struct diag *d)
{
	sqlite3_stmt *s;
	int rc = prepare(db, "SELECT lang, text FROM documents WHERE id = ?1", &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, doc);
	int st = sqlite3_step(s);
	if (st != SQLITE_ROW) {
		rc = st == SQLITE_DONE ? diag_set(d, ACC_ENOTFOUND, -1, "no document doc:%lld", (long long)doc)
				       : store_err(db, d, "cannot read a document");
		sqlite3_finalize(s);
		return rc;
	}
	const char *have = (const char *)sqlite3_column_text(s, 0);
	bool known = have != NULL;
	snprintf(lang, 4, "%s",
		 known ? have
		       : doc_lang_code(doc_lang_detect(
				 (Str){ (const char *)sqlite3_column_text(s, 1), sqlite3_column_bytes(s, 1) })));
	sqlite3_finalize(s);
	return known || !record ? ACC_OK : set_lang(db, doc, lang, d);
}

/* Give the versions whose work_id is work the pivot they should have: the
 * English one, else the current pivot while it is one of them, else the
 * oldest. */
static int repivot(sqlite3 *db, int64_t work, struct diag *d)
{
	int64_t pivot;
	int rc = one_int(db,
			 "SELECT id FROM documents WHERE work_id = ?1 ORDER BY lang = 'en' DESC, id = ?1 DESC, id LIMIT 1",
			 work, 0, &pivot, d);
	if (!rc && pivot && pivot != work)
		rc = exec2(db, "UPDATE documents SET work_id = ?2 WHERE work_id = ?1", work, pivot, d);
	return rc;
}

/* Put doc into the work of other (a lone document becomes a work); the
 * work doc leaves, if any, and the one it joins get their pivots again.
 * Inside the caller's transaction. */
static int link(sqlite3 *db, int64_t other, int64_t doc, struct diag *d)
{
	int64_t work, old;
	int rc = one_int(db, "SELECT coalesce(work_id, id) FROM documents WHERE id = ?1", other, 0, &work, d);
	if (!rc)
		rc = one_int(db, "SELECT work_id FROM documents WHERE id = ?1", doc, 0, &old, d);
	if (!rc)
		rc = exec2(db, "UPDATE documents SET work_id = ?1 WHERE id IN (?1, ?2)", work, doc, d);
	if (!rc && old && old != work)
		rc = repivot(db, old, d);
	/* A work of one is a document alone. */
	if (!rc)
		rc = exec2(db,
			   "UPDATE documents SET work_id = NULL WHERE work_id IS NOT NULL AND"
			   " (SELECT count(*) FROM documents x WHERE x.work_id = documents.work_id) = 1",
			   0, 0, d);
	if (!rc)
		rc = repivot(db, work, d);
	return rc;
}

int store_version_attach(struct store *st, int64_t of, int64_t doc, struct diag *d)
{
	if (of == doc)
		return diag_set(d, ACC_EINVAL, -1, "doc:%lld cannot be a version of itself", (long long)doc);
	/* Its own transaction, or a savepoint inside the caller's (bulk ingest). */
	bool own = sqlite3_get_autocommit(st->db);
	if (sqlite3_exec(st->db, own ? "BEGIN IMMEDIATE" : "SAVEPOINT version", NULL, NULL, NULL) != SQLITE_OK)
		return store_err(st->db, d, "cannot begin a transaction");
	char la[4], lb[4];
	int64_t clash = 0;
	int rc = doc_lang(st->db, of, la, true, d);
	if (!rc)
		rc = doc_lang(st->db, doc, lb, true, d);
	if (!rc)
		rc = one_int(st->db,
			     "SELECT v.id FROM documents v, documents o, documents n WHERE o.id = ?1 AND n.id = ?2"
			     " AND v.work_id = coalesce(o.work_id, o.id) AND v.lang = n.lang AND v.id <> n.id LIMIT 1",
			     of, doc, &clash, d);
	if (!rc && (clash || !strcmp(la, lb)))
		rc = diag_set(d, ACC_EINVAL, -1,
			      "doc:%lld is in language '%s' and the work of doc:%lld already has a version in it (doc:%lld)",
			      (long long)doc, lb, (long long)of, (long long)(clash ? clash : of));
	if (!rc)
		rc = link(st->db, of, doc, d);
	if (rc || sqlite3_exec(st->db, own ? "COMMIT" : "RELEASE version", NULL, NULL, NULL) != SQLITE_OK) {
		if (!rc)
			rc = store_err(st->db, d, "cannot commit");
		if (own)
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		else
			sqlite3_exec(st->db, "ROLLBACK TO version; RELEASE version", NULL, NULL, NULL);
	}
	return rc;
}

int store_version_autolink(sqlite3 *db, int64_t doc, const char *lang, struct diag *d)
{
	/* Recorded again on every write: a changed text may have changed language. */
	int rc = set_lang(db, doc, lang, d);
	if (rc)
		return rc;
	int64_t linked, other;
	if ((rc = one_int(db, "SELECT work_id FROM documents WHERE id = ?1", doc, 0, &linked, d)) || linked)
		return rc;
	/* Candidates ingested before languages were recorded get theirs now. */
	sqlite3_stmt *s;
	if ((rc = prepare(db,
			  "SELECT o.id FROM documents o, documents me WHERE me.id = ?1 AND o.lang IS NULL"
			  " AND o.kind = me.kind AND o.date = me.date AND o.place = me.place",
			  &s, d)))
		return rc;
	sqlite3_bind_int64(s, 1, doc);
	while (!rc && sqlite3_step(s) == SQLITE_ROW) {
		char other_lang[4];
		rc = doc_lang(db, sqlite3_column_int64(s, 0), other_lang, true, d);
	}
	sqlite3_finalize(s);
	if (rc)
		return rc;
	/* The same kind, date and place, another language not yet in that
	 * work, and about as many paragraphs. */
	rc = one_int(db,
		     "WITH me AS (SELECT d.*, (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id) AS n"
		     "            FROM documents d WHERE d.id = ?1)"
		     " SELECT o.id FROM documents o, me"
		     " WHERE o.id <> me.id AND o.kind = me.kind AND me.kind <> 'other'"
		     "   AND o.date = me.date AND o.place = me.place AND o.lang IS NOT NULL AND o.lang <> me.lang"
		     "   AND NOT EXISTS (SELECT 1 FROM documents v WHERE v.work_id = coalesce(o.work_id, o.id)"
		     "                   AND v.lang = me.lang)"
		     "   AND abs((SELECT count(*) FROM paragraphs p WHERE p.doc_id = o.id) - me.n)"
		     "       <= ?2 * max(me.n, 1) / 100.0"
		     " ORDER BY o.lang = 'en' DESC, o.id LIMIT 1",
		     doc, VERSION_SLACK_PERCENT, &other, d);
	if (rc || !other)
		return rc;
	return link(db, other, doc, d);
}

int store_doc_version(struct store *st, int64_t doc, char lang[4], int64_t *pivot, struct diag *d)
{
	int rc = doc_lang(st->db, doc, lang, false, d);
	if (!rc)
		rc = one_int(st->db, "SELECT work_id FROM documents WHERE id = ?1", doc, 0, pivot, d);
	return rc;
}

int store_versions(struct store *st, Arena *a, int64_t doc, struct store_table *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	char lang[4];
	int rc = doc_lang(st->db, doc, lang, false, d);
	if (rc)
		return rc;
	sqlite3_stmt *s;
	if ((rc = prepare(st->db,
			  "SELECT v.id AS document, v.lang, v.id = v.work_id AS pivot, v.title, v.kind, v.date, v.place,"
			  " v.source FROM documents v, documents me WHERE me.id = ?1"
			  " AND (v.id = me.id OR v.work_id = me.work_id)"
			  " ORDER BY v.id <> coalesce(me.work_id, me.id), v.lang, v.id",
			  &s, d)))
		return rc;
	sqlite3_bind_int64(s, 1, doc);
	rc = store_table_fill(a, st->db, s, out, d);
	sqlite3_finalize(s);
	return rc;
}

/* ---- alignment ---- */

struct para {
	int64_t id;
	int section;     /* the section label's ordinal; 0 for the preamble */
	Str label, eid, text;
	int64_t clause;  /* the pivot's first clause in this paragraph, or 0 */
};

static int paras(sqlite3 *db, Arena *a, int64_t doc, struct para **out, int *n, struct diag *d)
{
	sqlite3_stmt *s;
	int rc = prepare(db,
			 "SELECT p.id, p.section, p.eid, p.text,"
			 " (SELECT min(c.id) FROM clauses c WHERE c.doc_id = p.doc_id AND"
			 "   (c.eid = p.eid OR substr(c.eid, 1, length(p.eid) + 2) = p.eid || '__'))"
			 " FROM paragraphs p WHERE p.doc_id = ?1 ORDER BY p.node",
			 &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, doc);
	ptrdiff_t np = 0, cap = 0;
	struct para *v = NULL;
	int st;
	/* A section label that is no number keeps its own ordinal past any
	 * number, in order of appearance, so unnumbered parts align by order. */
	int unnumbered = 1000;
	Str last = STR_NULL;
	int last_ord = 0;
	while ((st = sqlite3_step(s)) == SQLITE_ROW) {
		struct para p = { .id = sqlite3_column_int64(s, 0) };
		p.label = arena_str(a, (Str){ (const char *)sqlite3_column_text(s, 1), sqlite3_column_bytes(s, 1) });
		p.eid = arena_str(a, (Str){ (const char *)sqlite3_column_text(s, 2), sqlite3_column_bytes(s, 2) });
		p.text = arena_str(a, (Str){ (const char *)sqlite3_column_text(s, 3), sqlite3_column_bytes(s, 3) });
		p.clause = sqlite3_column_int64(s, 4);
		if (!p.label.len)
			p.section = 0;
		else if (last.s && str_eq(p.label, last))
			p.section = last_ord;
		else if (!(p.section = doc_label_ordinal(p.label)))
			p.section = ++unnumbered;
		last = p.label;
		last_ord = p.section;
		apush(a, v, np, cap, p);
	}
	if (st != SQLITE_DONE)
		rc = store_err(db, d, "cannot read the paragraphs");
	sqlite3_finalize(s);
	*out = v;
	*n = (int)np;
	return rc;
}

/* Rows are built a cell at a time; used counts the cells so far. */
struct builder {
	Arena *a;
	struct store_table *t;
	ptrdiff_t used;
};

static void cell(struct builder *b, Str s, int type)
{
	apush(b->a, b->t->cells, b->used, b->t->cap, ((struct store_cell){ s, type }));
}

static void cell_int(struct builder *b, int64_t v)
{
	if (!v) {
		cell(b, STR_NULL, SQLITE_NULL);
		return;
	}
	char num[24];
	int len = snprintf(num, sizeof num, "%lld", (long long)v);
	cell(b, arena_str(b->a, (Str){ num, len }), SQLITE_INTEGER);
}

static void cell_text(struct builder *b, Str s)
{
	cell(b, s, s.s ? SQLITE_TEXT : SQLITE_NULL);
}

/* The pivot clause's attributes: modality, commitment, actors, areas. */
static int attributes(sqlite3 *db, Arena *a, int64_t clause, struct store_cell out[4], struct diag *d)
{
	for (int k = 0; k < 4; k++)
		out[k] = (struct store_cell){ STR_NULL, SQLITE_NULL };
	if (!clause)
		return ACC_OK;
	sqlite3_stmt *s;
	int rc = prepare(db,
			 "SELECT c.modality, c.commitment,"
			 " (SELECT group_concat(code, ' ') FROM (SELECT code FROM clause_actors WHERE clause_id = c.id ORDER BY code)),"
			 " (SELECT group_concat(area, ' ') FROM (SELECT area FROM clause_areas WHERE clause_id = c.id ORDER BY area))"
			 " FROM clauses c WHERE c.id = ?1",
			 &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, clause);
	if (sqlite3_step(s) == SQLITE_ROW)
		for (int k = 0; k < 4; k++) {
			int type = sqlite3_column_type(s, k);
			if (type != SQLITE_NULL)
				out[k] = (struct store_cell){ arena_str(a, (Str){ (const char *)sqlite3_column_text(s, k),
										 sqlite3_column_bytes(s, k) }),
							      type };
		}
	sqlite3_finalize(s);
	return ACC_OK;
}

static int row(sqlite3 *db, struct builder *b, const struct para *p, const struct para *q, struct diag *d)
{
	const struct para *head = p ? p : q;
	struct store_cell attr[4];
	int rc = attributes(db, b->a, p ? p->clause : 0, attr, d);
	if (rc)
		return rc;
	cell_text(b, head->label);
	cell_text(b, p ? p->eid : STR_NULL);
	cell_int(b, p ? p->clause : 0);
	for (int k = 0; k < 4; k++)
		cell(b, attr[k].s, attr[k].type);
	cell_int(b, p ? p->id : 0);
	cell_text(b, p ? p->text : STR_NULL);
	cell_int(b, q ? q->id : 0);
	cell_text(b, q ? q->text : STR_NULL);
	b->t->nrows++;
	return ACC_OK;
}

/* Whether the two versions share any numbered section. */
static bool numbering_agrees(const struct para *p, int np, const struct para *q, int nq)
{
	for (int i = 0; i < np; i++)
		if (p[i].section && p[i].section < 1000)
			for (int j = 0; j < nq; j++)
				if (q[j].section == p[i].section)
					return true;
	return false;
}

int store_align(struct store *st, Arena *a, int64_t pivot, int64_t version, struct store_table *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	char la[4], lb[4];
	int rc = doc_lang(st->db, pivot, la, false, d);
	if (!rc)
		rc = doc_lang(st->db, version, lb, false, d);
	struct para *p = NULL, *q = NULL;
	int np = 0, nq = 0;
	if (rc || (rc = paras(st->db, a, pivot, &p, &np, d)) || (rc = paras(st->db, a, version, &q, &nq, d)))
		return rc;
	static const char *const fixed[] = { "section", "eid", "clause", "modality", "commitment", "actors", "areas" };
	out->ncols = 11;
	out->cols = anew(a, Str, out->ncols);
	for (int k = 0; k < 7; k++)
		out->cols[k] = str_c(fixed[k]);
	out->cols[7] = arena_printf(a, "paragraph_%s", la);
	out->cols[8] = arena_printf(a, "text_%s", la);
	out->cols[9] = arena_printf(a, "paragraph_%s", lb);
	out->cols[10] = arena_printf(a, "text_%s", lb);
	if (!strcmp(la, lb)) {
		out->cols[9] = arena_printf(a, "paragraph_%s_2", lb);
		out->cols[10] = arena_printf(a, "text_%s_2", lb);
	}
	/* Without a shared numbering every paragraph is in one section and
	 * pairs by order alone. */
	bool by_number = numbering_agrees(p, np, q, nq);
	struct builder b = { a, out, 0 };
	int i = 0, j = 0;
	while (!rc && (i < np || j < nq)) {
		int si = i < np ? (by_number ? p[i].section : 0) : -1;
		int sj = j < nq ? (by_number ? q[j].section : 0) : -1;
		if (si == sj)
			rc = row(st->db, &b, &p[i++], &q[j++], d);
		else if (sj < 0)
			rc = row(st->db, &b, &p[i++], NULL, d);
		else if (si < 0)
			rc = row(st->db, &b, NULL, &q[j++], d);
		else {
			/* The sections differ here: the one whose section comes later in
			 * the other version waits; a section the other lacks goes alone. */
			bool later_in_q = false;
			for (int k = j; k < nq && !later_in_q; k++)
				later_in_q = q[k].section == si;
			if (later_in_q)
				rc = row(st->db, &b, NULL, &q[j++], d);
			else
				rc = row(st->db, &b, &p[i++], NULL, d);
		}
	}
	return rc;
}
