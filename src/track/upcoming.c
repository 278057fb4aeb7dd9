/* upcoming.c: the deadlines and events of the coming days, for the home page */
#include "track-int.h"
#include "../base/date.h"

#include <stdlib.h>
#include <string.h>

struct item {
	struct date when;      /* the day it falls on (a target's last day, an event's first day still to come) */
	bool target;
	int64_t clause, event, doc;
	Str summary;
};

static int cmp_item(const void *x, const void *y)
{
	const struct item *a = x, *b = y;
	int c = date_cmp(a->when, b->when);
	if (c)
		return c;
	if (a->target != b->target)
		return a->target ? -1 : 1;
	return a->clause + a->event < b->clause + b->event ? -1 : a->clause + a->event > b->clause + b->event;
}

int track_upcoming(sqlite3 *db, Arena *a, int64_t now, int days, struct store_table *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	struct date today = date_from_days((int32_t)(now / 86400)), end = date_add_days(today, days);
	struct item *it = NULL;
	ptrdiff_t n = 0, cap = 0;
	memset(out, 0, sizeof *out);
	int r, rc = tk_prepare(db,
			       "SELECT t.clause_id, t.date, c.doc_id, c.text FROM clause_targets t"
			       " JOIN clauses c ON c.id = t.clause_id"
			       " UNION ALL SELECT -e.id, e.date || '/' || coalesce(e.end_date, ''), e.doc_id,"
			       " coalesce(e.summary, e.type) FROM events e WHERE e.date IS NOT NULL",
			       &s, d);
	if (rc)
		return rc;
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		Str when = tk_col(a, s, 1), from = when, to = STR_NULL;
		struct item x = { .target = id > 0, .doc = sqlite3_column_int64(s, 2), .summary = tk_col(a, s, 3) };
		if (id > 0) {
			x.clause = id;
			x.when = date_last_day(date_parse(when));
		} else {
			x.event = -id;
			str_cut(when, '/', &from, &to);
			struct date f = date_first_day(date_parse(from)), l = date_parse(to);
			l = date_last_day(date_ok(l) ? l : date_parse(from));
			if (!date_ok(f) || date_cmp(l, today) < 0)
				continue;
			x.when = date_cmp(f, today) < 0 ? today : f;
		}
		if (!date_ok(x.when) || date_cmp(x.when, today) < 0 || date_cmp(x.when, end) > 0)
			continue;
		apush(a, it, n, cap, x);
	}
	if (r != SQLITE_DONE)
		rc = store_err(db, d, "cannot read targets and events");
	sqlite3_finalize(s);
	if (rc)
		return rc;
	if (n > 1)
		qsort(it, (size_t)n, sizeof *it, cmp_item);
	static const char *const cols[] = { "kind", "date", "clause", "event", "document", "summary" };
	out->ncols = 6;
	out->cols = anew(a, Str, 6);
	for (int i = 0; i < 6; i++)
		out->cols[i] = str_c(cols[i]);
	out->cells = anew(a, struct store_cell, n * 6 + 1);
	out->cap = n * 6 + 1;
	out->nrows = (int)n;
	for (ptrdiff_t i = 0; i < n; i++) {
		struct store_cell *c = &out->cells[i * 6];
		char iso[11];
		int len = date_iso(it[i].when, iso);
		c[0] = (struct store_cell){ str_c(it[i].target ? "target" : "event"), SQLITE_TEXT };
		c[1] = (struct store_cell){ arena_str(a, (Str){ iso, len }), SQLITE_TEXT };
		c[2] = it[i].clause ? (struct store_cell){ arena_printf(a, "%lld", (long long)it[i].clause), SQLITE_INTEGER }
				    : (struct store_cell){ STR_NULL, SQLITE_NULL };
		c[3] = it[i].event ? (struct store_cell){ arena_printf(a, "%lld", (long long)it[i].event), SQLITE_INTEGER }
				   : (struct store_cell){ STR_NULL, SQLITE_NULL };
		c[4] = (struct store_cell){ arena_printf(a, "%lld", (long long)it[i].doc), SQLITE_INTEGER };
		c[5] = (struct store_cell){ it[i].summary, SQLITE_TEXT };
	}
	return ACC_OK;
}
