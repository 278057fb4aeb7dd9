/* import.c: bulk assessment updates from a CSV file, row by row, with a dry run */
#include "track.h"

#include <stdlib.h>
#include <string.h>

static const char *const columns[] = { "clause", "state", "score", "note", "evidence_date",
				       "evidence_title", "evidence_url", "evidence_excerpt" };
#define NCOLUMNS 8

/* "17", "clause:17" -> 17; 0 when malformed. */
static int64_t clause_id(Str s)
{
	s = str_trim(s);
	if (str_starts(s, S("clause:")))
		s = str_slice(s, 7, s.len - 7);
	if (!s.len || s.len > 18)
		return 0;
	int64_t v = 0;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		if (s.s[i] < '0' || s.s[i] > '9')
			return 0;
		v = v * 10 + (s.s[i] - '0');
	}
	return v;
}

static bool score(Str s, int *out)
{
	s = str_trim(s);
	if (str_eq(s, S("-1")))
		*out = -1;
	else if (str_eq(s, S("0")))
		*out = 0;
	else if (str_eq(s, S("1")) || str_eq(s, S("+1")))
		*out = 1;
	else if (str_eq_nocase(s, S("none")) || !s.len)
		*out = TRACK_NONE;
	else
		return false;
	return true;
}

int track_import(sqlite3 *db, Arena *a, const struct track_user *u, Str csv, bool dry_run, int64_t now,
		 struct track_row_fate **fates, int *n, struct diag *d)
{
	struct track_csv t;
	int col[NCOLUMNS], rc;
	*fates = NULL;
	*n = 0;
	if ((rc = track_csv_parse(a, csv, &t, d)))
		return rc;
	for (int c = 0; c < NCOLUMNS; c++) {
		col[c] = -1;
		for (int i = 0; i < t.ncols; i++)
			if (str_eq_nocase(str_trim(t.cells[i]), str_c(columns[c])))
				col[c] = i;
	}
	for (int c = 0; c < 4; c++)
		if (col[c] < 0)
			return diag_set(d, ACC_EINVAL, -1, "the header has no column '%s' (clause, state, score, note ...)",
					columns[c]);
	*fates = anew(a, struct track_row_fate, t.nrows);
	for (int r = 1; r < t.nrows; r++) {
		const Str *row = t.cells + (ptrdiff_t)r * t.ncols;
#define CELL(c) (col[c] >= 0 ? row[col[c]] : S(""))
		struct track_row_fate *f = &(*fates)[(*n)++];
		struct track_assess_in in = { 0 };
		struct diag rd;
		diag_clear(&rd);
		f->line = t.lines[r];
		f->fate = TRACK_REJECTED;
		in.clause_id = clause_id(CELL(0));
		in.state = str_trim(CELL(1));
		f->clause_id = in.clause_id;
		f->state = in.state;
		in.note = CELL(3);
		in.ev = (struct track_evidence){ str_trim(CELL(4)), CELL(5), str_trim(CELL(6)), CELL(7) };
		if (!in.clause_id) {
			f->why = arena_printf(a, "bad clause id '%.*s'", (int)(CELL(0).len > 40 ? 40 : CELL(0).len),
					      CELL(0).s);
			continue;
		}
		if (!score(CELL(2), &in.score)) {
			f->why = S("bad score (-1, 0, 1 or none)");
			continue;
		}
		rc = dry_run ? track_assess_check(db, a, u, &in, &rd) : track_assess(db, a, u, &in, now, NULL, &rd);
		if (rc == ACC_EDB)
			return diag_set(d, rc, -1, "line %d: %s", f->line, rd.msg);
		if (rc) {
			f->why = arena_str(a, str_c(rd.msg));
			continue;
		}
		f->fate = dry_run ? TRACK_WOULD_APPLY : TRACK_APPLIED;
#undef CELL
	}
	return ACC_OK;
}
