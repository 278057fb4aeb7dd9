/* search.c: full-text search over paragraphs (FTS5, ranked by bm25) */
#include "store.h"

#include <string.h>

/* The best ids first (bm25 over every match, filters as short-circuited
 * EXISTS so an unused one costs nothing), then snippets for those only:
 * snippet() in the ranking query would be computed for every match. */
#define SEARCH_SQL                                                                                         \
	"WITH top AS (SELECT rowid AS id, bm25(paragraphs_fts) AS r FROM paragraphs_fts"                  \
	" WHERE paragraphs_fts MATCH ?3"                                                                   \
	" AND (?4 = 0 OR EXISTS (SELECT 1 FROM paragraphs p WHERE p.id = paragraphs_fts.rowid AND p.doc_id = ?4))" \
	" AND (?5 = 0 OR EXISTS (SELECT 1 FROM paragraphs p JOIN documents d ON d.id = p.doc_id"          \
	"  WHERE p.id = paragraphs_fts.rowid AND d.summit_id = ?5))"                                      \
	" AND (?6 IS NULL OR EXISTS (SELECT 1 FROM paragraphs p WHERE p.id = paragraphs_fts.rowid AND p.section = ?6))" \
	" AND (?7 IS NULL OR EXISTS (SELECT 1 FROM paragraphs p JOIN clause_areas x ON x.clause_id = p.clause_id" \
	"  WHERE p.id = paragraphs_fts.rowid AND x.area = ?7))"                                           \
	" ORDER BY r, id LIMIT ?8)"                                                                        \
	" SELECT p.id AS paragraph, p.doc_id AS document, p.clause_id AS clause, p.section, p.eid, d.title," \
	" snippet(paragraphs_fts, 0, ?1, ?2, '…', 16) AS snippet, round(top.r, 3) AS rank"                \
	" FROM top JOIN paragraphs_fts ON paragraphs_fts.rowid = top.id JOIN paragraphs p ON p.id = top.id" \
	" JOIN documents d ON d.id = p.doc_id WHERE paragraphs_fts MATCH ?3 ORDER BY top.r, top.id"

/* Chinese is written without spaces, and FTS5's unicode61 tokenizer takes a
 * whole run of Han characters for one token: a query with Han characters
 * is searched as a substring of the paragraphs instead, in document order,
 * every match in the paragraph marked. */
#define SUBSTRING_SQL                                                                                      \
	"SELECT p.id AS paragraph, p.doc_id AS document, p.clause_id AS clause, p.section, p.eid, d.title,"  \
	" replace(p.text, ?3, ?1 || ?3 || ?2) AS snippet, 0.0 AS rank"                                      \
	" FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE instr(p.text, ?3) > 0"                \
	" AND (?4 = 0 OR p.doc_id = ?4) AND (?5 = 0 OR d.summit_id = ?5) AND (?6 IS NULL OR p.section = ?6)" \
	" AND (?7 IS NULL OR EXISTS (SELECT 1 FROM clause_areas x WHERE x.clause_id = p.clause_id AND x.area = ?7))" \
	" ORDER BY p.doc_id, p.id LIMIT ?8"

static bool has_han(Str q)
{
	/* U+3400..U+9FFF: UTF-8 lead bytes 0xE3 (from U+3400) to 0xE9 */
	for (ptrdiff_t i = 0; i + 2 < q.len; i++) {
		unsigned char c = (unsigned char)q.s[i], c1 = (unsigned char)q.s[i + 1];
		if ((c >= 0xe4 && c <= 0xe9) || (c == 0xe3 && c1 >= 0x90))
			return true;
	}
	return false;
}

/* The query as plain words: each whitespace-separated word a quoted FTS5
 * string (quotes inside doubled), so no character is an operator. */
static Str plain(Arena *a, Str q)
{
	struct buf b;
	buf_init(&b);
	ptrdiff_t i = 0;
	while (i < q.len) {
		while (i < q.len && (q.s[i] == ' ' || q.s[i] == '\t' || q.s[i] == '\n'))
			i++;
		if (i >= q.len)
			break;
		if (b.len)
			buf_putc(&b, ' ');
		buf_putc(&b, '"');
		for (; i < q.len && q.s[i] != ' ' && q.s[i] != '\t' && q.s[i] != '\n'; i++) {
			if (q.s[i] == '"')
				buf_putc(&b, '"');
			buf_putc(&b, q.s[i]);
		}
		buf_putc(&b, '"');
	}
	Str r = arena_str(a, buf_str(&b));
	buf_release(&b);
	return r;
}

static int once(struct store *st, Arena *a, const char *sql, Str query, const struct store_filter *f,
		const char *open, const char *close, struct store_table *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = ACC_OK;
	memset(out, 0, sizeof *out);
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		rc = store_err(st->db, d, "cannot search");
		goto out;
	}
	sqlite3_bind_text(s, 1, open, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, close, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, query.s, (int)query.len, SQLITE_STATIC);
	sqlite3_bind_int64(s, 4, f->document);
	sqlite3_bind_int64(s, 5, f->summit);
	if (f->section.s)
		sqlite3_bind_text(s, 6, f->section.s, (int)f->section.len, SQLITE_STATIC);
	if (f->area.s)
		sqlite3_bind_text(s, 7, f->area.s, (int)f->area.len, SQLITE_STATIC);
	sqlite3_bind_int64(s, 8, f->limit > 0 ? f->limit : 20);
	rc = store_table_fill(a, st->db, s, out, d);
out:
	sqlite3_finalize(s);
	return rc;
}

int store_search(struct store *st, Arena *a, Str query, const struct store_filter *f, const char *open,
		 const char *close, struct store_table *out, struct diag *d)
{
	if (!str_trim(query).len)
		return diag_set(d, ACC_EINVAL, -1, "empty search query");
	if (f->area.s && area_parse(f->area) < 0)
		return diag_set(d, ACC_EINVAL, -1, "unknown issue area '%.*s'", (int)f->area.len, f->area.s);
	if (has_han(query))
		return once(st, a, SUBSTRING_SQL, str_trim(query), f, open, close, out, d);
	int rc = once(st, a, SEARCH_SQL, query, f, open, close, out, d);
	if (rc == ACC_EDB) {
		/* Not FTS5 syntax ("U.S.", "co-operation", a stray quote): search the words. */
		struct diag d2;
		diag_clear(&d2);
		if (!once(st, a, SEARCH_SQL, plain(a, query), f, open, close, out, &d2))
			rc = ACC_OK;
	}
	return rc;
}
