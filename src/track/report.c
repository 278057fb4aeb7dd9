/* report.c: the implementation report of a summit's declarations: figures,
 * the commitments x states matrix, the assessments by section and state,
 * the evidence list; as text, JSON or CSV (one row per pair) */
#include "track-int.h"
#include "../base/json.h"

#include <stdlib.h>
#include <string.h>

#define REPORT_TEXT_CUT 110   /* bytes of a clause's text in the text format */

struct rsummit {
	int64_t id;
	Str name, start, end;
};

struct report {
	struct rsummit sm, other;          /* other.id == 0: no comparison */
	struct track_pair *p, *q;         /* this summit's pairs, the other's */
	int np, nq;
	Str *states;                      /* sorted, distinct */
	int nstates;
	struct store_table evidence;      /* clause, state, date, title, url, excerpt, user, at */
};

static int load_summit(sqlite3 *db, Arena *a, int64_t id, struct rsummit *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	int rc = tk_prepare(db, "SELECT coalesce(name, key), coalesce(start_date, ''), coalesce(end_date, '')"
				" FROM summits WHERE id = ?1", &s, d);
	if (rc)
		return rc;
	sqlite3_bind_int64(s, 1, id);
	int r = sqlite3_step(s);
	if (r == SQLITE_ROW)
		*out = (struct rsummit){ id, tk_col(a, s, 0), tk_col(a, s, 1), tk_col(a, s, 2) };
	else if (r == SQLITE_DONE)
		rc = diag_set(d, ACC_ENOTFOUND, -1, "no summit %lld", (long long)id);
	else
		rc = store_err(db, d, "cannot read the summit");
	sqlite3_finalize(s);
	return rc;
}

static int cmp_str(const void *x, const void *y)
{
	return str_cmp(*(const Str *)x, *(const Str *)y);
}

static int load(sqlite3 *db, Arena *a, int64_t summit, int64_t compare, struct report *r, struct diag *d)
{
	int rc;
	memset(r, 0, sizeof *r);
	if ((rc = load_summit(db, a, summit, &r->sm, d)) || (rc = track_pairs_load(db, a, summit, 0, &r->p, &r->np, d)))
		return rc;
	if (compare && ((rc = load_summit(db, a, compare, &r->other, d)) ||
			(rc = track_pairs_load(db, a, compare, 0, &r->q, &r->nq, d))))
		return rc;
	r->states = anew(a, Str, r->np + 1);
	for (int i = 0; i < r->np; i++) {
		int j = 0;
		while (j < r->nstates && !str_eq(r->states[j], r->p[i].state))
			j++;
		if (j == r->nstates)
			r->states[r->nstates++] = r->p[i].state;
	}
	if (r->nstates > 1)
		qsort(r->states, (size_t)r->nstates, sizeof *r->states, cmp_str);
	char id[24];
	snprintf(id, sizeof id, "%lld", (long long)summit);
	Str arg = str_c(id);
	return tk_table(db, a,
			"SELECT e.clause_id AS clause, e.state, e.date, e.title, e.url, e.excerpt, e.user_name AS user,"
			" e.created_at AS at FROM track_evidence e JOIN clauses c ON c.id = e.clause_id"
			" JOIN documents d ON d.id = c.doc_id WHERE d.summit_id = CAST(?1 AS INTEGER)"
			" ORDER BY c.doc_id, c.seq, e.state, e.id",
			&arg, 1, &r->evidence, d);
}

/* The pair of clause and state, or NULL when the clause does not bind it. */
static const struct track_pair *find(const struct report *r, int from, int64_t clause, Str state)
{
	for (int i = from; i < r->np && r->p[i].clause_id == clause; i++)
		if (str_eq(r->p[i].state, state))
			return &r->p[i];
	return NULL;
}

static const char *score_txt(int score)
{
	return score == 1 ? "+1" : score == 0 ? "0" : score == -1 ? "-1" : ".";
}

static const struct track_fig *fig_of(const struct track_fig *g, int n, Str key)
{
	for (int i = 0; i < n; i++)
		if (str_eq(g[i].key, key))
			return &g[i];
	return NULL;
}

/* Cut s to at most max bytes at a character boundary, "..." added. */
static Str cut(Arena *a, Str s, ptrdiff_t max)
{
	if (s.len <= max)
		return s;
	while (max > 0 && ((unsigned char)s.s[max] & 0xC0) == 0x80)
		max--;
	return arena_printf(a, "%.*s...", (int)max, s.s);
}

/* ---- text ---- */

static void text_figs(struct buf *b, const char *title, const struct track_fig *g, int n)
{
	buf_printf(b, "\n%s\n", title);
	buf_printf(b, "  %-24s %9s %7s %7s\n", "", "assessed", "avg", "pct");
	for (int i = 0; i < n; i++) {
		char cnt[32];
		snprintf(cnt, sizeof cnt, "%d/%d", g[i].nassessed, g[i].npairs);
		Str k = g[i].key.len ? g[i].key : S("-");
		if (g[i].nassessed)
			buf_printf(b, "  %-24.*s %9s %+7.2f %6.1f%%\n", (int)k.len, k.s, cnt, g[i].avg, g[i].pct);
		else
			buf_printf(b, "  %-24.*s %9s %7s %7s\n", (int)k.len, k.s, cnt, "-", "-");
	}
}

static void text_report(struct buf *b, Arena *a, const struct report *r)
{
	struct track_fig *all, *g;
	int n = track_figures(a, r->p, r->np, TRACK_BY_ALL, &all);
	buf_printf(b, "Implementation report: %.*s (summit:%lld%s%.*s)\n", (int)r->sm.name.len, r->sm.name.s,
		   (long long)r->sm.id, r->sm.start.len ? ", " : "", (int)r->sm.start.len, r->sm.start.s);
	buf_puts(b, "Scores on the G7/G20 Research Group scale: +1 full compliance, 0 partial or in progress,\n"
		    "-1 no compliance; figures are the mean of the assessed pairs and (mean + 1) / 2 as a percentage.\n");
	if (!n) {
		buf_puts(b, "\nNo commitments.\n");
		return;
	}
	buf_printf(b, "\nOverall: %d of %d commitment-state pairs assessed", all[0].nassessed, all[0].npairs);
	if (all[0].nassessed)
		buf_printf(b, "; average %+.2f, %.1f%%", all[0].avg, all[0].pct);
	buf_putc(b, '\n');
	static const struct { int by; const char *title; } views[] = {
		{ TRACK_BY_STATE, "By state" }, { TRACK_BY_AREA, "By issue area" },
		{ TRACK_BY_SECTION, "By section" }, { TRACK_BY_DOCUMENT, "By document" },
	};
	for (size_t v = 0; v < sizeof views / sizeof *views; v++) {
		n = track_figures(a, r->p, r->np, views[v].by, &g);
		text_figs(b, views[v].title, g, n);
	}
	if (r->other.id) {
		struct track_fig *go;
		int no = track_figures(a, r->q, r->nq, TRACK_BY_STATE, &go);
		n = track_figures(a, r->p, r->np, TRACK_BY_STATE, &g);
		buf_printf(b, "\nChange from %.*s (summit:%lld)\n", (int)r->other.name.len, r->other.name.s,
			   (long long)r->other.id);
		buf_printf(b, "  %-6s %7s %7s %7s\n", "state", "then", "now", "change");
		for (int i = 0; i < n; i++) {
			const struct track_fig *o = fig_of(go, no, g[i].key);
			buf_printf(b, "  %-6.*s", (int)g[i].key.len, g[i].key.s);
			if (o && o->nassessed)
				buf_printf(b, " %+7.2f", o->avg);
			else
				buf_printf(b, " %7s", "-");
			if (g[i].nassessed)
				buf_printf(b, " %+7.2f", g[i].avg);
			else
				buf_printf(b, " %7s", "-");
			if (o && o->nassessed && g[i].nassessed)
				buf_printf(b, " %+7.2f\n", g[i].avg - o->avg);
			else
				buf_printf(b, " %7s\n", "-");
		}
	}
	buf_puts(b, "\nMatrix (commitments x states: +1, 0, -1; '.' not assessed; blank: not bound)\n");
	buf_printf(b, "  %-8s %-8s", "clause", "section");
	for (int j = 0; j < r->nstates; j++)
		buf_printf(b, " %4.*s", (int)r->states[j].len, r->states[j].s);
	buf_putc(b, '\n');
	for (int i = 0; i < r->np; i++) {
		if (i && r->p[i].clause_id == r->p[i - 1].clause_id)
			continue;
		Str sec = r->p[i].section.len ? r->p[i].section : S("-");
		buf_printf(b, "  %-8lld %-8.*s", (long long)r->p[i].clause_id, (int)sec.len, sec.s);
		for (int j = 0; j < r->nstates; j++) {
			const struct track_pair *p = find(r, i, r->p[i].clause_id, r->states[j]);
			buf_printf(b, " %4s", p ? score_txt(p->score) : "");
		}
		buf_putc(b, '\n');
	}
	buf_puts(b, "\nAssessments by section and state\n");
	Str section = { "", -1 };
	for (int i = 0; i < r->np; i++) {
		const struct track_pair *p = &r->p[i];
		if (!str_eq(p->section, section)) {
			section = p->section;
			buf_printf(b, "\n  Section %.*s\n", (int)(section.len ? section.len : 1), section.len ? section.s : "-");
		}
		if (!i || p->clause_id != r->p[i - 1].clause_id) {
			Str t = cut(a, p->text, REPORT_TEXT_CUT);
			buf_printf(b, "  clause:%lld  %.*s\n", (long long)p->clause_id, (int)t.len, t.s);
		}
		if (p->score != TRACK_NONE)
			buf_printf(b, "    %.*s %2s  %.*s (%.*s, %.*s)\n", (int)p->state.len, p->state.s, score_txt(p->score),
				   (int)p->note.len, p->note.s, (int)p->by.len, p->by.s, (int)p->at.len, p->at.s);
	}
	buf_printf(b, "\nEvidence (%d items)\n", r->evidence.nrows);
	for (int i = 0; i < r->evidence.nrows; i++) {
		const struct store_cell *c = store_cell(&r->evidence, i, 0);
		buf_printf(b, "  clause:%.*s %.*s %.*s \"%.*s\"%s%.*s\n", (int)c[0].s.len, c[0].s.s, (int)c[1].s.len,
			   c[1].s.s, (int)(c[2].s.s ? c[2].s.len : 1), c[2].s.s ? c[2].s.s : "-", (int)c[3].s.len, c[3].s.s,
			   c[4].s.s ? " " : "", (int)c[4].s.len, c[4].s.s ? c[4].s.s : "");
		if (c[5].s.len)
			buf_printf(b, "      %.*s\n", (int)c[5].s.len, c[5].s.s);
	}
}

/* ---- JSON ---- */

static void json_figs(struct json *j, const char *key, const struct track_fig *g, int n)
{
	json_key(j, key);
	json_arr(j);
	for (int i = 0; i < n; i++) {
		json_obj(j);
		json_key(j, "key");
		json_str(j, g[i].key);
		json_key(j, "pairs");
		json_int(j, g[i].npairs);
		json_key(j, "assessed");
		json_int(j, g[i].nassessed);
		json_key(j, "average");
		if (g[i].nassessed)
			json_num(j, g[i].avg);
		else
			json_null(j);
		json_key(j, "percent");
		if (g[i].nassessed)
			json_num(j, g[i].pct);
		else
			json_null(j);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void json_report(struct buf *b, Arena *a, const struct report *r)
{
	struct json j;
	struct track_fig *g;
	json_init(&j, b, true);
	json_obj(&j);
	json_key(&j, "summit");
	json_obj(&j);
	json_key(&j, "id");
	json_int(&j, r->sm.id);
	json_key(&j, "name");
	json_str(&j, r->sm.name);
	json_key(&j, "start_date");
	json_str(&j, r->sm.start.len ? r->sm.start : STR_NULL);
	json_obj_end(&j);
	int n = track_figures(a, r->p, r->np, TRACK_BY_ALL, &g);
	json_figs(&j, "overall", g, n);
	static const struct { int by; const char *key; } views[] = {
		{ TRACK_BY_STATE, "by_state" }, { TRACK_BY_AREA, "by_area" },
		{ TRACK_BY_SECTION, "by_section" }, { TRACK_BY_DOCUMENT, "by_document" },
	};
	for (size_t v = 0; v < sizeof views / sizeof *views; v++) {
		n = track_figures(a, r->p, r->np, views[v].by, &g);
		json_figs(&j, views[v].key, g, n);
	}
	if (r->other.id) {
		struct track_fig *go;
		int no = track_figures(a, r->q, r->nq, TRACK_BY_STATE, &go);
		n = track_figures(a, r->p, r->np, TRACK_BY_STATE, &g);
		json_key(&j, "change");
		json_obj(&j);
		json_key(&j, "from_summit");
		json_int(&j, r->other.id);
		json_key(&j, "by_state");
		json_arr(&j);
		for (int i = 0; i < n; i++) {
			const struct track_fig *o = fig_of(go, no, g[i].key);
			json_obj(&j);
			json_key(&j, "state");
			json_str(&j, g[i].key);
			json_key(&j, "then");
			if (o && o->nassessed)
				json_num(&j, o->avg);
			else
				json_null(&j);
			json_key(&j, "now");
			if (g[i].nassessed)
				json_num(&j, g[i].avg);
			else
				json_null(&j);
			json_key(&j, "change");
			if (o && o->nassessed && g[i].nassessed)
				json_num(&j, g[i].avg - o->avg);
			else
				json_null(&j);
			json_obj_end(&j);
		}
		json_arr_end(&j);
		json_obj_end(&j);
	}
	json_key(&j, "states");
	json_arr(&j);
	for (int i = 0; i < r->nstates; i++)
		json_str(&j, r->states[i]);
	json_arr_end(&j);
	json_key(&j, "commitments");
	json_arr(&j);
	for (int i = 0; i < r->np; i++) {
		const struct track_pair *p = &r->p[i];
		if (!i || p->clause_id != r->p[i - 1].clause_id) {
			if (i) {
				json_obj_end(&j);
				json_obj_end(&j);
			}
			json_obj(&j);
			json_key(&j, "clause");
			json_int(&j, p->clause_id);
			json_key(&j, "document");
			json_int(&j, p->doc_id);
			json_key(&j, "section");
			json_str(&j, p->section);
			json_key(&j, "eid");
			json_str(&j, p->eid);
			json_key(&j, "text");
			json_str(&j, p->text);
			json_key(&j, "areas");
			json_str(&j, p->areas);
			json_key(&j, "scores");
			json_obj(&j);
		}
		char st[8];
		snprintf(st, sizeof st, "%.*s", (int)(p->state.len < 7 ? p->state.len : 7), p->state.s);
		json_key(&j, st);
		json_obj(&j);
		json_key(&j, "score");
		if (p->score == TRACK_NONE)
			json_null(&j);
		else
			json_int(&j, p->score);
		json_key(&j, "note");
		json_str(&j, p->note);
		json_key(&j, "by");
		json_str(&j, p->by);
		json_key(&j, "at");
		json_str(&j, p->at);
		json_obj_end(&j);
	}
	if (r->np) {
		json_obj_end(&j);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_key(&j, "evidence");
	json_arr(&j);
	for (int i = 0; i < r->evidence.nrows; i++) {
		json_obj(&j);
		for (int c = 0; c < r->evidence.ncols; c++) {
			char key[32];
			const struct store_cell *v = store_cell(&r->evidence, i, c);
			snprintf(key, sizeof key, "%.*s", (int)r->evidence.cols[c].len, r->evidence.cols[c].s);
			json_key(&j, key);
			if (v->type == SQLITE_INTEGER)
				json_int(&j, atoll(v->s.s));
			else
				json_str(&j, v->s);
		}
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_obj_end(&j);
	buf_putc(b, '\n');
}

/* ---- CSV ---- */

/* RFC 4180 §2.6-2.7: quoted when it holds a comma, quote or line end; a quote is doubled. */
static void csv_field(struct buf *b, Str s, bool last)
{
	bool q = false;
	for (ptrdiff_t i = 0; i < s.len; i++)
		if (s.s[i] == ',' || s.s[i] == '"' || s.s[i] == '\n' || s.s[i] == '\r')
			q = true;
	if (q) {
		buf_putc(b, '"');
		for (ptrdiff_t i = 0; i < s.len; i++) {
			if (s.s[i] == '"')
				buf_putc(b, '"');
			buf_putc(b, s.s[i]);
		}
		buf_putc(b, '"');
	} else {
		buf_put(b, s);
	}
	buf_puts(b, last ? "\r\n" : ",");
}

static void csv_report(struct buf *b, Arena *a, const struct report *r)
{
	buf_puts(b, "summit,document,clause,section,eid,areas,state,score,note,by,at,evidence\r\n");
	for (int i = 0; i < r->np; i++) {
		const struct track_pair *p = &r->p[i];
		int nev = 0;
		for (int e = 0; e < r->evidence.nrows; e++)
			if (str_eq(store_cell(&r->evidence, e, 1)->s, p->state) &&
			    atoll(store_cell(&r->evidence, e, 0)->s.s) == p->clause_id)
				nev++;
		csv_field(b, arena_printf(a, "%lld", (long long)r->sm.id), false);
		csv_field(b, arena_printf(a, "%lld", (long long)p->doc_id), false);
		csv_field(b, arena_printf(a, "%lld", (long long)p->clause_id), false);
		csv_field(b, p->section, false);
		csv_field(b, p->eid, false);
		csv_field(b, p->areas, false);
		csv_field(b, p->state, false);
		csv_field(b, p->score == TRACK_NONE ? S("") : str_c(score_txt(p->score)), false);
		csv_field(b, p->note, false);
		csv_field(b, p->by, false);
		csv_field(b, p->at, false);
		csv_field(b, arena_printf(a, "%d", nev), true);
	}
}

int track_report(sqlite3 *db, Arena *a, int64_t summit, int64_t compare, int fmt, struct buf *out,
		 struct diag *d)
{
	struct report r;
	int rc = load(db, a, summit, compare, &r, d);
	if (rc)
		return rc;
	if (fmt == TRACK_JSON)
		json_report(out, a, &r);
	else if (fmt == TRACK_CSV)
		csv_report(out, a, &r);
	else
		text_report(out, a, &r);
	return ACC_OK;
}
