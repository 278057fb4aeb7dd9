/* page-compliance.c: compliance figures (per state, issue area, summit,
 * document), the commitments x states heatmap drawn here as SVG, the
 * implementation report of a summit (printable to A4) and /calendar.ics
 *
 * Reading is public: every assessment is published as soon as it is saved,
 * so anonymous readers see the same figures as signed-in users.
 */
#include "web-int.h"
#include "../track/track.h"

#include <string.h>

#define HEAT_MAX_ROWS 400 /* commitments drawn in one heatmap */
#define HEAT_CELL 44      /* px */
#define HEAT_ROW 22       /* px */
#define HEAT_LABEL 90     /* px, the row labels' column */

static const char *const by_msgid[] = { N_("Overall"), N_("By state"), N_("By issue area"), N_("By summit"),
					N_("By document"), N_("By section"), N_("By commitment") };

static void fig_table(struct http_req *req, struct buf *b, const struct track_pair *p, int n, int by,
		      const char *id)
{
	struct track_fig *f;
	int nf = track_figures(req->a, p, n, by, &f);
	html_raw(b, "<table class=\"figures\" id=\"");
	html_raw(b, id);
	html_raw(b, "\"><caption>");
	html_txtc(b, T(req, by_msgid[by]));
	html_raw(b, "</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\">");
	html_txtc(b, T(req, "pairs"));
	html_raw(b, "</th><th scope=\"col\">");
	html_txtc(b, T(req, "assessed"));
	html_raw(b, "</th><th scope=\"col\">");
	html_txtc(b, T(req, "average (−1..+1)"));
	html_raw(b, "</th><th scope=\"col\">");
	html_txtc(b, T(req, "compliance"));
	html_raw(b, "</th></tr></thead><tbody>\n");
	for (int i = 0; i < nf; i++) {
		html_raw(b, "<tr data-key=\"");
		html_attr(b, f[i].key);
		html_raw(b, "\"><th scope=\"row\">");
		/* track's keys "summit:ID" and "doc:ID" link to their report and document */
		Str num = STR_NULL;
		const char *href = NULL;
		if (by == TRACK_BY_SUMMIT && str_starts(f[i].key, S("summit:")) && !str_eq(f[i].key, S("summit:0")))
			num = str_slice(f[i].key, 7, f[i].key.len - 7), href = "/report/";
		else if (by == TRACK_BY_DOCUMENT && str_starts(f[i].key, S("doc:")))
			num = str_slice(f[i].key, 4, f[i].key.len - 4), href = "/documents/";
		if (href) {
			html_raw(b, "<a href=\"");
			html_raw(b, href);
			html_url_arg(b, num);
			html_raw(b, "\">");
			html_txt(b, f[i].key);
			html_raw(b, "</a>");
		} else if (by == TRACK_BY_ALL) {
			html_txtc(b, T(req, "all"));
		} else if (by == TRACK_BY_STATE) {
			html_entity(b, req, f[i].key, STR_NULL);
		} else if (by == TRACK_BY_AREA) {
			html_txtc(b, web_label(req, "issue area", f[i].key));
		} else {
			html_txt(b, f[i].key);
		}
		html_raw(b, "</th>");
		html_raw(b, "<td>");
		html_count(b, req, f[i].npairs);
		html_raw(b, "</td><td>");
		html_count(b, req, f[i].nassessed);
		html_raw(b, "</td><td class=\"avg\">");
		if (f[i].nassessed)
			html_txt(b, web_score(req, f[i].avg));
		else
			html_raw(b, "–");
		html_raw(b, "</td><td class=\"pct\">");
		if (f[i].nassessed)
			html_txt(b, web_percent(req, f[i].pct));
		else
			html_raw(b, "–");
		html_raw(b, "</td></tr>\n");
	}
	html_raw(b, "</tbody></table>\n");
}

/* The heatmap of pairs as an SVG element into b: one row per commitment,
 * one column per state, the score as colour and as text. */
static void heatmap(struct http_req *req, struct buf *b, const struct track_pair *p, int n)
{
	Str *states = anew(req->a, Str, n + 1);
	int64_t *rows = anew(req->a, int64_t, n + 1);
	int ns = 0, nr = 0;
	for (int i = 0; i < n; i++) {
		int k = 0;
		while (k < ns && !str_eq(states[k], p[i].state))
			k++;
		if (k == ns)
			states[ns++] = p[i].state;
		if ((!nr || rows[nr - 1] != p[i].clause_id) && nr < HEAT_MAX_ROWS)
			rows[nr++] = p[i].clause_id;
	}
	/* states in alphabetical order */
	for (int i = 1; i < ns; i++)
		for (int k = i; k > 0 && str_cmp(states[k - 1], states[k]) > 0; k--) {
			Str t = states[k];
			states[k] = states[k - 1];
			states[k - 1] = t;
		}
	int w = HEAT_LABEL + ns * HEAT_CELL + 10, h = 30 + nr * HEAT_ROW + 10;
	html_raw(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" role=\"img\" font-family=\"sans-serif\" "
		    "font-size=\"12\" ");
	buf_printf(b, "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title>", w, h, w, h);
	html_txtc(b, T(req, "Commitments by state: scores from −1 to +1"));
	html_raw(b, "</title>\n");
	for (int k = 0; k < ns; k++) {
		/* codes fit the column; the name is the tooltip */
		buf_printf(b, "<text x=\"%d\" y=\"20\" text-anchor=\"middle\" font-weight=\"bold\"><title>",
			   HEAT_LABEL + k * HEAT_CELL + HEAT_CELL / 2);
		html_txt(b, web_entity_text(req, states[k], STR_NULL));
		html_raw(b, "</title>");
		html_txt(b, states[k]);
		html_raw(b, "</text>\n");
	}
	int r = -1;
	for (int i = 0; i < n; i++) {
		int k = 0;
		while (k < nr && rows[k] != p[i].clause_id)
			k++;
		if (k == nr)
			continue;
		if (k != r) {
			r = k;
			buf_printf(b, "<a href=\"/clauses/%lld\"><text x=\"4\" y=\"%d\">#%lld</text></a>\n",
				   (long long)p[i].clause_id, 30 + k * HEAT_ROW + 15, (long long)p[i].clause_id);
		}
		int c = 0;
		while (c < ns && !str_eq(states[c], p[i].state))
			c++;
		const char *fill = p[i].score == 1 ? "#1a9850" : p[i].score == 0 ? "#fee08b" : p[i].score == -1 ? "#d73027" : "#eeeeee";
		const char *label = p[i].score == 1 ? "+1" : p[i].score == 0 ? "0" : p[i].score == -1 ? "−1" : "·";
		int x = HEAT_LABEL + c * HEAT_CELL, y = 30 + k * HEAT_ROW;
		buf_printf(b, "<g class=\"cell\" data-clause=\"%lld\" data-state=\"", (long long)p[i].clause_id);
		html_attr(b, p[i].state);
		buf_printf(b, "\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>", x, y,
			   HEAT_CELL, HEAT_ROW, fill);
		buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text></g>\n", x + HEAT_CELL / 2, y + 15,
			   label);
	}
	html_raw(b, "</svg>\n");
}

static int load(struct http_req *req, struct http_resp *resp, struct track_pair **p, int *n, int64_t *summit)
{
	struct diag d;
	diag_clear(&d);
	bool bad = false;
	*summit = http_param_int(req, "summit", 0, 1, INT64_MAX / 2, &bad);
	int64_t doc = http_param_int(req, "document", 0, 1, INT64_MAX / 2, &bad);
	if (bad) {
		web_error(req, resp, 400, "summit and document must be positive ids");
		return -1;
	}
	if (track_pairs_load(req->db, req->a, *summit, doc, p, n, &d)) {
		web_error(req, resp, 500, "%s", d.msg);
		return -1;
	}
	return 0;
}

int svg_heatmap(struct http_req *req, struct http_resp *resp)
{
	struct track_pair *p;
	int n;
	int64_t summit;
	if (load(req, resp, &p, &n, &summit))
		return 0;
	resp->type = "image/svg+xml";
	heatmap(req, &resp->body, p, n);
	return 0;
}

int page_compliance(struct http_req *req, struct http_resp *resp)
{
	struct track_pair *p;
	int n;
	int64_t summit;
	if (load(req, resp, &p, &n, &summit))
		return 0;
	struct buf *b = &resp->body;
	html_begin(req, resp, T(req, "Compliance"), "compliance");
	html_raw(b, "<h1>");
	html_txtc(b, T(req, "Compliance with the commitments"));
	html_raw(b, "</h1>\n<p>");
	html_txtc(b, T(req, "Scores on the G7/G20 Research Group scale: −1 no compliance, 0 partial or in progress, "
			    "+1 full compliance; averages over the assessed pairs, and as a percentage (average + 1) / 2."));
	html_raw(b, "</p>\n<p class=\"muted\">");
	html_txtc(b, T(req, "Every assessment is published as soon as it is saved: these figures are the same for "
			    "everyone."));
	html_raw(b, "</p>\n");
	fig_table(req, b, p, n, TRACK_BY_ALL, "fig-all");
	fig_table(req, b, p, n, TRACK_BY_STATE, "fig-state");
	fig_table(req, b, p, n, TRACK_BY_AREA, "fig-area");
	fig_table(req, b, p, n, TRACK_BY_SUMMIT, "fig-summit");
	fig_table(req, b, p, n, TRACK_BY_DOCUMENT, "fig-document");
	html_raw(b, "<h2>");
	html_txtc(b, T(req, "Commitments by state"));
	html_raw(b, "</h2>\n<figure class=\"heat\">");
	heatmap(req, b, p, n);
	html_raw(b, "</figure>\n");
	html_end(req, resp);
	return 0;
}

int page_report(struct http_req *req, struct http_resp *resp)
{
	int64_t summit = web_cap_id(req, 0);
	struct store_table s, ev;
	struct diag d;
	diag_clear(&d);
	if (summit && q_rows(req, &s, &d, "SELECT name, city, start_date FROM summits WHERE id = ?", "i", summit))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!summit || !s.nrows)
		return web_error(req, resp, 404, "no such summit '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	struct track_pair *p;
	int n;
	if (track_pairs_load(req->db, req->a, summit, 0, &p, &n, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	struct buf *b = &resp->body;
	Str name = q_str(&s, 0, "name");
	html_begin(req, resp, T(req, "Implementation report"), NULL);
	html_raw(b, "<style>@media print { @page { size: A4; margin: 18mm 15mm; } header, footer, nav, .qsearch, .who,"
		    " .skip, .noprint { display: none !important; } body { font-size: 10pt; } a { color: inherit;"
		    " text-decoration: none; } table, figure, section { break-inside: avoid; } svg.heatmap { max-width: 100%;"
		    " height: auto; } h2 { break-after: avoid; } }</style>\n<article class=\"report\">\n<h1>");
	html_txtc(b, T(req, "Implementation report"));
	html_raw(b, ": ");
	html_txt(b, name.len ? name : str_c(T(req, "Summit")));
	html_raw(b, "</h1>\n<p class=\"muted\">");
	html_entity(b, req, STR_NULL, q_str(&s, 0, "city"));
	html_raw(b, " ");
	html_date(b, req, q_str(&s, 0, "start_date"));
	html_raw(b, "</p>\n<p class=\"noprint\"><button type=\"button\" onclick=\"window.print()\">");
	html_txtc(b, T(req, "Print"));
	html_raw(b, "</button></p>\n<h2>");
	html_txtc(b, T(req, "Figures"));
	html_raw(b, "</h2>\n");
	fig_table(req, b, p, n, TRACK_BY_ALL, "fig-all");
	fig_table(req, b, p, n, TRACK_BY_STATE, "fig-state");
	fig_table(req, b, p, n, TRACK_BY_SECTION, "fig-section");
	fig_table(req, b, p, n, TRACK_BY_AREA, "fig-area");
	html_raw(b, "<h2>");
	html_txtc(b, T(req, "Matrix"));
	html_raw(b, "</h2>\n<figure class=\"heat\">");
	heatmap(req, b, p, n);
	html_raw(b, "</figure>\n<h2>");
	html_txtc(b, T(req, "By section and by state"));
	html_raw(b, "</h2>\n");
	int64_t last = 0;
	for (int i = 0; i < n; i++) {
		if (p[i].clause_id != last) {
			if (last)
				html_raw(b, "</ul></section>\n");
			last = p[i].clause_id;
			html_raw(b, "<section class=\"commitment\"><h3>");
			html_txt(b, p[i].section);
			html_txtf(b, " #%lld", (long long)p[i].clause_id);
			html_raw(b, "</h3><p>");
			html_txt(b, p[i].text);
			html_raw(b, "</p><ul>\n");
		}
		html_raw(b, "<li><strong>");
		html_entity(b, req, p[i].state, STR_NULL);
		html_raw(b, "</strong> ");
		if (p[i].score == TRACK_NONE)
			html_txtc(b, T(req, "not assessed"));
		else
			html_txtf(b, "%+d", p[i].score);
		if (p[i].note.len) {
			html_raw(b, ": ");
			html_txt(b, p[i].note);
		}
		html_raw(b, "</li>\n");
	}
	if (last)
		html_raw(b, "</ul></section>\n");
	html_raw(b, "<h2>");
	html_txtc(b, T(req, "Evidence"));
	html_raw(b, "</h2>\n");
	if (q_rows(req, &ev, &d,
		   "SELECT e.clause_id, e.state, e.date, e.title, e.url, e.excerpt FROM track_evidence e"
		   " JOIN clauses c ON c.id = e.clause_id JOIN documents d ON d.id = c.doc_id WHERE d.summit_id = ?"
		   " ORDER BY e.state, e.clause_id, e.id", "i", summit))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!ev.nrows) {
		html_raw(b, "<p class=\"muted\">");
		html_txtc(b, T(req, "No evidence yet."));
		html_raw(b, "</p>\n");
	}
	html_raw(b, "<ol class=\"evidence\">\n");
	for (int i = 0; i < ev.nrows; i++) {
		html_raw(b, "<li>");
		html_entity(b, req, q_str(&ev, i, "state"), STR_NULL);
		html_txtf(b, " #%lld ", (long long)q_int(&ev, i, "clause_id"));
		html_date(b, req, q_str(&ev, i, "date"));
		html_raw(b, " <cite>");
		html_txt(b, q_str(&ev, i, "title"));
		html_raw(b, "</cite> ");
		html_txt(b, q_str(&ev, i, "url"));
		html_raw(b, "<br><q>");
		html_txt(b, q_str(&ev, i, "excerpt"));
		html_raw(b, "</q></li>\n");
	}
	html_raw(b, "</ol>\n</article>\n");
	html_end(req, resp);
	return 0;
}

int ical_calendar(struct http_req *req, struct http_resp *resp)
{
	struct diag d;
	diag_clear(&d);
	if (track_ical(req->db, req->a, web_now(), &resp->body, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	resp->type = "text/calendar; charset=utf-8";
	return 0;
}
