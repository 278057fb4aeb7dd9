/* figures.c: compliance figures as the G7 and G20 Research Groups compute them
 *
 * Each (commitment, state) pair has a current score: -1 (no compliance),
 * 0 (partial or in progress), +1 (full compliance), or none (not assessed).
 * The figure of a group of pairs (a state, an issue area, a summit ...) is
 * the plain mean of the scores of its assessed pairs, between -1 and +1,
 * and the same as a percentage, (mean + 1) / 2 * 100, the form the Research
 * Groups publish next to it.  Pairs not assessed count in npairs only.
 */
#include "track-int.h"

#include <string.h>

int track_pairs_load(sqlite3 *db, Arena *a, int64_t summit, int64_t doc, struct track_pair **out, int *n,
		     struct diag *d)
{
	static const char sql[] =
		"WITH bound(clause_id, code) AS ("
		"  SELECT clause_id, code FROM clause_actors"
		"  UNION SELECT c.id, p.code FROM clauses c JOIN documents d ON d.id = c.doc_id"
		"  JOIN summit_participants p ON p.summit_id = d.summit_id"
		"  WHERE NOT EXISTS (SELECT 1 FROM clause_actors x WHERE x.clause_id = c.id)),"
		" cur AS (SELECT clause_id, state, max(id) AS id FROM track_assessments GROUP BY clause_id, state)"
		" SELECT c.id, c.doc_id, coalesce(d.summit_id, 0), coalesce(c.section, ''), b.code,"
		"  coalesce(c.eid, ''), c.text,"
		"  coalesce((SELECT group_concat(area, ',') FROM (SELECT area FROM clause_areas"
		"    WHERE clause_id = c.id ORDER BY area)), ''),"
		"  t.score, t.note, t.user_name, t.created_at"
		" FROM clauses c JOIN documents d ON d.id = c.doc_id JOIN bound b ON b.clause_id = c.id"
		" LEFT JOIN cur ON cur.clause_id = c.id AND cur.state = b.code"
		" LEFT JOIN track_assessments t ON t.id = cur.id"
		" WHERE c.commitment = 1 AND (?1 = 0 OR d.summit_id = ?1) AND (?2 = 0 OR c.doc_id = ?2)"
		" ORDER BY c.doc_id, c.seq, b.code";
	sqlite3_stmt *s = NULL;
	ptrdiff_t cap = 0, len = 0;
	*out = NULL;
	*n = 0;
	int r, rc = tk_prepare(db, sql, &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, summit);
	sqlite3_bind_int64(s, 2, doc);
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		struct track_pair p = {
			.clause_id = sqlite3_column_int64(s, 0),
			.doc_id = sqlite3_column_int64(s, 1),
			.summit_id = sqlite3_column_int64(s, 2),
			.section = tk_col(a, s, 3),
			.state = tk_col(a, s, 4),
			.eid = tk_col(a, s, 5),
			.text = tk_col(a, s, 6),
			.areas = tk_col(a, s, 7),
			.score = sqlite3_column_type(s, 8) == SQLITE_NULL ? TRACK_NONE : sqlite3_column_int(s, 8),
			.note = tk_col(a, s, 9),
			.by = tk_col(a, s, 10),
			.at = tk_col(a, s, 11),
		};
		apush(a, *out, len, cap, p);
	}
	if (r != SQLITE_DONE)
		rc = store_err(db, d, "cannot read the assessments");
	*n = (int)len;
	sqlite3_finalize(s);
	return rc;
}

static void add(Arena *a, struct track_fig **g, int *n, ptrdiff_t *cap, Str key, int score)
{
	int i = 0;
	while (i < *n && !str_eq((*g)[i].key, key))
		i++;
	if (i == *n) {
		struct track_fig f = { .key = key };
		ptrdiff_t len = *n;
		apush(a, *g, len, *cap, f);
		*n = (int)len;
	}
	struct track_fig *f = &(*g)[i];
	f->npairs++;
	if (score != TRACK_NONE) {
		f->nassessed++;
		f->sum += score;
	}
}

int track_figures(Arena *a, const struct track_pair *p, int n, int by, struct track_fig **out)
{
	struct track_fig *g = NULL;
	int ng = 0;
	ptrdiff_t cap = 0;
	for (int i = 0; i < n; i++) {
		switch (by) {
		case TRACK_BY_STATE: add(a, &g, &ng, &cap, p[i].state, p[i].score); break;
		case TRACK_BY_SECTION: add(a, &g, &ng, &cap, p[i].section, p[i].score); break;
		case TRACK_BY_SUMMIT:
			add(a, &g, &ng, &cap, arena_printf(a, "summit:%lld", (long long)p[i].summit_id), p[i].score);
			break;
		case TRACK_BY_DOCUMENT:
			add(a, &g, &ng, &cap, arena_printf(a, "doc:%lld", (long long)p[i].doc_id), p[i].score);
			break;
		case TRACK_BY_CLAUSE:
			add(a, &g, &ng, &cap, arena_printf(a, "clause:%lld", (long long)p[i].clause_id), p[i].score);
			break;
		case TRACK_BY_AREA: {
			Str rest = p[i].areas, one;
			if (!rest.len) {
				add(a, &g, &ng, &cap, S("unclassified"), p[i].score);
				break;
			}
			while (rest.len) {
				str_cut(rest, ',', &one, &rest); /* one: up to the comma, or all that is left */
				if (one.len)
					add(a, &g, &ng, &cap, one, p[i].score);
			}
			break;
		}
		default: add(a, &g, &ng, &cap, S("all"), p[i].score); break;
		}
	}
	for (int i = 0; i < ng; i++) {
		g[i].avg = g[i].nassessed ? (double)g[i].sum / g[i].nassessed : 0;
		g[i].pct = (g[i].avg + 1) / 2 * 100;
	}
	*out = g;
	return ng;
}
