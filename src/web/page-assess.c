/* page-assess.c: a commitment's page (the clause, and for each state it
 * binds: current score, justification, evidence, history, and a form for
 * whoever may score it) and the same through the API
 * (/api/v1/clauses/{id}/assessments, GET the history, POST a new one) */
#include "web-int.h"
#include "../track/track.h"

#include <stdlib.h>
#include <string.h>

static const char *score_text(struct http_req *req, int score)
{
	switch (score) {
	case -1: return T(req, "−1 no compliance");
	case 0: return T(req, "0 partial or in progress");
	case 1: return T(req, "+1 full compliance");
	default: return T(req, "not assessed");
	}
}

/* The pairs of clause id (one per state it binds), or n = 0. */
static int clause_pairs(struct http_req *req, int64_t id, int64_t doc, struct track_pair **out, int *n,
			struct diag *d)
{
	struct track_pair *all;
	int nall;
	int rc = track_pairs_load(req->db, req->a, 0, doc, &all, &nall, d);
	if (rc)
		return rc;
	*n = 0;
	*out = anew(req->a, struct track_pair, nall + 1);
	for (int i = 0; i < nall; i++)
		if (all[i].clause_id == id)
			(*out)[(*n)++] = all[i];
	return 0;
}

/* Map track's errors to the statuses track.h names. */
static int status_of(int rc)
{
	return rc == ACC_EINVAL ? 400 : rc == ACC_EDB ? 500 : web_status_of(rc);
}

static void table(struct http_req *req, struct buf *b, const struct store_table *t, const char *const *cols,
		  const char *const *heads, const char *cls)
{
	html_raw(b, "<div class=\"scroll\"><table class=\"");
	html_raw(b, cls);
	html_raw(b, "\"><thead><tr>");
	for (int c = 0; cols[c]; c++) {
		html_raw(b, "<th scope=\"col\">");
		html_txtc(b, T(req, heads[c]));
		html_raw(b, "</th>");
	}
	html_raw(b, "</tr></thead><tbody>\n");
	for (int r = 0; r < t->nrows; r++) {
		html_raw(b, "<tr>");
		for (int c = 0; cols[c]; c++) {
			Str v = q_str(t, r, cols[c]);
			html_raw(b, "<td>");
			if (!strcmp(cols[c], "date"))
				html_date(b, req, v);
			else if (!strcmp(cols[c], "score"))
				html_txtc(b, score_text(req, v.len ? (int)strtol(arena_cstr(req->a, v), NULL, 10) : TRACK_NONE));
			else if (!strcmp(cols[c], "url") && (str_starts(v, S("https://")) || str_starts(v, S("http://")))) {
				html_raw(b, "<a rel=\"noopener noreferrer nofollow\" href=\"");
				html_attr(b, v);
				html_raw(b, "\">");
				html_txt(b, v);
				html_raw(b, "</a>");
			} else
				html_txt(b, v);
			html_raw(b, "</td>");
		}
		html_raw(b, "</tr>\n");
	}
	html_raw(b, "</tbody></table></div>\n");
}

static void field(struct http_req *req, struct buf *b, const char *st, const char *name, const char *label,
		  const char *type)
{
	html_raw(b, "<p><label for=\"");
	html_attrf(b, "%s-%s", name, st);
	html_raw(b, "\">");
	html_txtc(b, T(req, label));
	html_raw(b, "</label><br>");
	if (!strcmp(type, "textarea")) {
		html_raw(b, "<textarea rows=\"3\" cols=\"60\"");
	} else {
		html_raw(b, "<input type=\"");
		html_raw(b, type);
		html_raw(b, "\"");
	}
	html_raw(b, " id=\"");
	html_attrf(b, "%s-%s", name, st);
	html_raw(b, "\" name=\"");
	html_raw(b, name);
	html_raw(b, !strcmp(type, "textarea") ? "\"></textarea></p>\n" : "\"></p>\n");
}

static void assess_form(struct http_req *req, struct http_resp *resp, int64_t id, const struct track_pair *p)
{
	struct buf *b = &resp->body;
	const char *st = arena_cstr(req->a, p->state);
	html_raw(b, "<details class=\"assess\"><summary>");
	html_txtc(b, T(req, "Score this commitment"));
	html_raw(b, "</summary><form class=\"assess-form\" id=\"assess-");
	html_attr(b, p->state);
	html_raw(b, "\" method=\"post\" action=\"");
	html_attrf(b, "/clauses/%lld", (long long)id);
	html_raw(b, "\">");
	web_csrf_field(req, resp);
	html_raw(b, "<input type=\"hidden\" name=\"state\" value=\"");
	html_attr(b, p->state);
	html_raw(b, "\">\n<p><label for=\"score-");
	html_attr(b, p->state);
	html_raw(b, "\">");
	html_txtc(b, T(req, "Score"));
	html_raw(b, "</label><br><select name=\"score\" id=\"score-");
	html_attr(b, p->state);
	html_raw(b, "\">");
	static const char *const vals[] = { "1", "0", "-1", "none" };
	static const int scores[] = { 1, 0, -1, TRACK_NONE };
	for (int i = 0; i < 4; i++) {
		html_raw(b, "<option value=\"");
		html_raw(b, vals[i]);
		html_raw(b, "\">");
		html_txtc(b, score_text(req, scores[i]));
		html_raw(b, "</option>");
	}
	html_raw(b, "</select></p>\n");
	field(req, b, st, "note", N_("Justification"), "textarea");
	html_raw(b, "<fieldset><legend>");
	html_txtc(b, T(req, "Evidence"));
	html_raw(b, "</legend>\n");
	field(req, b, st, "ev_date", N_("Date (YYYY-MM-DD)"), "text");
	field(req, b, st, "ev_title", N_("Title"), "text");
	field(req, b, st, "ev_url", N_("Source URL"), "url");
	field(req, b, st, "ev_excerpt", N_("Excerpt"), "textarea");
	html_raw(b, "</fieldset>\n<p><button type=\"submit\">");
	html_txtc(b, T(req, "Save the assessment"));
	html_raw(b, "</button></p></form></details>\n");
}

int page_clause(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	struct store_table t, hist, ev;
	struct diag d;
	diag_clear(&d);
	if (id && q_rows(req, &t, &d,
			 "SELECT c.doc_id, c.eid, c.text, c.section, c.modality, c.commitment,"
			 " coalesce(d.title, d.source) AS title, coalesce(d.lang, 'en') AS lang"
			 " FROM clauses c JOIN documents d ON d.id = c.doc_id"
			 " WHERE c.id = ?", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!id || !t.nrows)
		return web_error(req, resp, 404, "no such clause '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	int64_t doc = q_int(&t, 0, "doc_id");
	struct track_pair *p = NULL;
	int n = 0;
	if (q_int(&t, 0, "commitment") && clause_pairs(req, id, doc, &p, &n, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	struct buf *b = &resp->body;
	char title[64];
	snprintf(title, sizeof title, "%s %lld", T(req, q_int(&t, 0, "commitment") ? N_("Commitment") : N_("Clause")),
		 (long long)id);
	html_begin(req, resp, title, NULL);
	html_raw(b, "<h1>");
	html_txtc(b, title);
	html_raw(b, "</h1>\n<blockquote class=\"clause-text\" id=\"clause-text\" lang=\"");
	html_attr(b, q_str(&t, 0, "lang"));
	html_raw(b, "\">");
	html_txt(b, q_str(&t, 0, "text"));
	html_raw(b, "</blockquote>\n<p><a id=\"in-document\" href=\"");
	html_attrf(b, "/documents/%lld#", (long long)doc);
	html_url_arg(b, q_str(&t, 0, "eid"));
	html_raw(b, "\">");
	html_txtc(b, T(req, "In the document"));
	html_raw(b, "</a>: ");
	html_txt(b, q_str(&t, 0, "title"));
	html_raw(b, " <span class=\"muted\">");
	html_txt(b, q_str(&t, 0, "section"));
	html_raw(b, " ");
	html_txtc(b, web_label(req, "modality", q_str(&t, 0, "modality")));
	html_raw(b, "</span></p>\n");
	if (!n) {
		html_raw(b, "<p class=\"muted\">");
		html_txtc(b, T(req, "This clause binds no state to assess."));
		html_raw(b, "</p>\n");
	}
	static const char *const hcols[] = { "at", "score", "note", "user", NULL };
	static const char *const hheads[] = { N_("When"), N_("Score"), N_("Justification"), N_("By"), NULL };
	static const char *const ecols[] = { "date", "title", "url", "excerpt", "user", "at", NULL };
	static const char *const eheads[] = { N_("Date"), N_("Title"), N_("Source"), N_("Excerpt"), N_("By"), N_("Added"),
					      NULL };
	for (int i = 0; i < n; i++) {
		if (track_assess_history(req->db, req->a, id, p[i].state, &hist, &d) ||
		    track_evidence_list(req->db, req->a, id, p[i].state, &ev, &d))
			return web_error(req, resp, 500, "%s", d.msg);
		html_raw(b, "<section class=\"pair\" id=\"state-");
		html_attr(b, p[i].state);
		html_raw(b, "\"><h2>");
		html_entity(b, req, p[i].state, STR_NULL);
		html_raw(b, " <span class=\"score s");
		html_attrf(b, "%d", p[i].score == TRACK_NONE ? 9 : p[i].score + 1);
		html_raw(b, "\">");
		html_txtc(b, score_text(req, p[i].score));
		html_raw(b, "</span></h2>\n");
		if (p[i].note.len) {
			html_raw(b, "<p class=\"note\">");
			html_txt(b, p[i].note);
			html_raw(b, "</p>\n");
		}
		if (p[i].by.len) {
			html_raw(b, "<p class=\"muted\">");
			html_txt(b, p[i].by);
			html_raw(b, " · ");
			html_txt(b, p[i].at);
			html_raw(b, "</p>\n");
		}
		if (ev.nrows) {
			html_raw(b, "<h3>");
			html_txtc(b, T(req, "Evidence"));
			html_raw(b, "</h3>\n");
			table(req, b, &ev, ecols, eheads, "evidence");
		}
		if (hist.nrows) {
			html_raw(b, "<h3>");
			html_txtc(b, T(req, "History"));
			html_raw(b, "</h3>\n");
			table(req, b, &hist, hcols, hheads, "history");
		}
		if (req->user && req->session.len && web_may(req, TRACK_ASSESS, p[i].state))
			assess_form(req, resp, id, &p[i]);
		html_raw(b, "</section>\n");
	}
	html_end(req, resp);
	return 0;
}

static int parse_score(Str s, int *out)
{
	if (str_eq(s, S("1")) || str_eq(s, S("+1")))
		*out = 1;
	else if (str_eq(s, S("0")))
		*out = 0;
	else if (str_eq(s, S("-1")))
		*out = -1;
	else if (!s.len || str_eq(s, S("none")) || str_eq(s, S("null")))
		*out = TRACK_NONE;
	else
		return ACC_EINVAL;
	return 0;
}

static int assess(struct http_req *req, struct track_assess_in *in, int64_t *newid, struct diag *d)
{
	sqlite3 *rw = web_rw(req, d);
	if (!rw)
		return ACC_EDB;
	return track_assess(rw, req->a, req->user, in, web_now(), newid, d);
}

int page_clause_post(struct http_req *req, struct http_resp *resp)
{
	struct diag d;
	diag_clear(&d);
	struct track_assess_in in = { 0 };
	in.clause_id = web_cap_id(req, 0);
	in.state = http_param(req, "state");
	in.note = http_param(req, "note");
	in.ev.date = http_param(req, "ev_date");
	in.ev.title = http_param(req, "ev_title");
	in.ev.url = http_param(req, "ev_url");
	in.ev.excerpt = http_param(req, "ev_excerpt");
	if (!in.clause_id)
		return web_error(req, resp, 404, "no such clause '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	if (parse_score(http_param(req, "score"), &in.score))
		return web_error(req, resp, 400, "cannot assess: a score is -1, 0, 1 or none");
	int rc = assess(req, &in, NULL, &d);
	if (rc)
		return web_error(req, resp, status_of(rc), "cannot assess: %s", d.msg);
	resp->status = 303;
	resp->location = arena_printf(req->a, "/clauses/%lld#state-%.*s", (long long)in.clause_id, (int)in.state.len,
				      in.state.s);
	html_raw(&resp->body, "<!doctype html><title>saved</title><a href=\"");
	html_attr(&resp->body, resp->location);
	html_raw(&resp->body, "\">saved</a>\n");
	return 0;
}

int api_assessments(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	struct store_table t, hist, ev;
	struct diag d;
	diag_clear(&d);
	if (id && q_rows(req, &t, &d, "SELECT doc_id, commitment FROM clauses WHERE id = ?", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!id || !t.nrows)
		return web_error(req, resp, 404, "no such clause '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	struct track_pair *p = NULL;
	int n = 0;
	if (q_int(&t, 0, "commitment") && clause_pairs(req, id, q_int(&t, 0, "doc_id"), &p, &n, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	struct json j;
	resp->type = "application/json";
	json_init(&j, &resp->body, false);
	json_obj(&j);
	json_key(&j, "clause");
	json_int(&j, id);
	json_key(&j, "states");
	json_arr(&j);
	for (int i = 0; i < n; i++) {
		if (track_assess_history(req->db, req->a, id, p[i].state, &hist, &d) ||
		    track_evidence_list(req->db, req->a, id, p[i].state, &ev, &d))
			return web_error(req, resp, 500, "%s", d.msg);
		json_obj(&j);
		json_key(&j, "state");
		json_str(&j, p[i].state);
		json_key(&j, "score");
		if (p[i].score == TRACK_NONE)
			json_null(&j);
		else
			json_int(&j, p[i].score);
		json_key(&j, "note");
		json_str(&j, p[i].note);
		api_table(&j, "history", &hist);
		api_table(&j, "evidence", &ev);
		json_obj_end(&j);
	}
	json_arr_end(&j);
	json_obj_end(&j);
	buf_putc(&resp->body, '\n');
	return 0;
}

int api_assessments_post(struct http_req *req, struct http_resp *resp)
{
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	int64_t id = web_cap_id(req, 0);
	if (!id)
		return web_error(req, resp, 404, "no such clause '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	/* SQLite's JSON functions read the body: no second parser to trust */
	if (q_rows(req, &t, &d,
		   "SELECT json_valid(?1) AS ok, json_type(?1, '$.score') AS stype, json_extract(?1, '$.score') AS score,"
		   " json_extract(?1, '$.state') AS state, json_extract(?1, '$.note') AS note,"
		   " json_extract(?1, '$.evidence.date') AS date, json_extract(?1, '$.evidence.title') AS title,"
		   " json_extract(?1, '$.evidence.url') AS url, json_extract(?1, '$.evidence.excerpt') AS excerpt",
		   "s", req->body))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!q_int(&t, 0, "ok") || (!str_eq(q_str(&t, 0, "stype"), S("null")) && !str_eq(q_str(&t, 0, "stype"), S("integer"))))
		return web_error(req, resp, 400,
				 "cannot assess: the body is a JSON object {\"state\", \"score\" (-1, 0, 1 or null), \"note\", \"evidence\"}");
	struct track_assess_in in = { 0 };
	in.clause_id = id;
	in.state = q_str(&t, 0, "state");
	in.score = str_eq(q_str(&t, 0, "stype"), S("null")) ? TRACK_NONE : (int)q_int(&t, 0, "score");
	if (in.score != TRACK_NONE && (in.score < -1 || in.score > 1))
		return web_error(req, resp, 400, "cannot assess: a score is -1, 0, 1 or null");
	in.note = q_str(&t, 0, "note");
	in.ev.date = q_str(&t, 0, "date");
	in.ev.title = q_str(&t, 0, "title");
	in.ev.url = q_str(&t, 0, "url");
	in.ev.excerpt = q_str(&t, 0, "excerpt");
	int64_t newid = 0;
	int rc = assess(req, &in, &newid, &d);
	if (rc)
		return web_error(req, resp, status_of(rc), "cannot assess: %s", d.msg);
	struct json j;
	resp->status = 201;
	resp->type = "application/json";
	json_init(&j, &resp->body, false);
	json_obj(&j);
	json_key(&j, "id");
	json_int(&j, newid);
	json_key(&j, "clause");
	json_int(&j, id);
	json_key(&j, "state");
	json_str(&j, in.state);
	json_key(&j, "score");
	if (in.score == TRACK_NONE)
		json_null(&j);
	else
		json_int(&j, in.score);
	json_obj_end(&j);
	buf_putc(&resp->body, '\n');
	return 0;
}
