/* svg.c: charts drawn by the server as SVG: summits and events on a
 * timeline, clauses per issue area and per actor (horizontal bars)
 *
 * Every text in a chart goes through the escaping helpers; sizes are
 * fixed (a viewBox, so the browser scales them to the screen).
 */
#include "web-int.h"

#include <stdlib.h>

static void svg_begin(struct http_req *req, struct http_resp *resp, int w, int h, const char *title)
{
	struct buf *b = &resp->body;
	resp->type = "image/svg+xml";
	html_raw(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" font-family=\"sans-serif\" font-size=\"13\" ");
	buf_printf(b, "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"", w, h, w, h);
	html_raw(b, "><title>");
	html_txtc(b, T(req, title));
	html_raw(b, "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
}

/* "2025-06-17" -> days since 0000 (approximate is enough for placing). */
static double day_of(Str iso)
{
	if (iso.len < 4)
		return -1;
	char tmp[11] = { 0 };
	for (int i = 0; i < 10 && i < iso.len; i++)
		tmp[i] = iso.s[i];
	int y = atoi(tmp), m = iso.len >= 7 ? atoi(tmp + 5) : 6, d = iso.len >= 10 ? atoi(tmp + 8) : 15;
	return y * 365.25 + (m - 1) * 30.44 + d;
}

/* A point's label: a summit's name, or an event's type in the reader's
 * language. */
static const char *label(struct http_req *req, const struct store_table *t, int i)
{
	Str l = q_str(t, i, "label");
	if (str_eq(q_str(t, i, "kind"), S("summit")))
		return l.len ? arena_cstr(req->a, l) : T(req, "Summit");
	return web_label(req, "event", l);
}

int svg_timeline(struct http_req *req, struct http_resp *resp)
{
	bool bad = false;
	int64_t summit = http_param_int(req, "summit", 0, 1, INT64_MAX / 2, &bad);
	if (bad)
		return web_error(req, resp, 400, "summit must be a positive id");
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	if (q_rows(req, &t, &d,
		   "SELECT start_date AS date, name AS label, 'summit' AS kind FROM summits"
		   " WHERE start_date IS NOT NULL AND (?1 = 0 OR id = ?1)"
		   " UNION ALL SELECT e.date, e.type, 'event' FROM events e JOIN documents d ON d.id = e.doc_id"
		   " WHERE e.date IS NOT NULL AND (?1 = 0 OR d.summit_id = ?1) ORDER BY 1 LIMIT 200", "i", summit))
		return web_error(req, resp, 500, "%s", d.msg);
	const int W = 800, H = 140, L = 40, R = 760, Y = 70;
	svg_begin(req, resp, W, H, N_("Timeline of summits and events"));
	struct buf *b = &resp->body;
	buf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" stroke-width=\"2\"/>\n", L, Y, R, Y);
	if (!t.nrows) {
		buf_printf(b, "<text x=\"%d\" y=\"%d\" fill=\"#555\">", L, Y - 10);
		html_txtc(b, T(req, "No dated summits or events yet."));
		html_raw(b, "</text>\n");
	}
	double lo = 1e18, hi = -1e18;
	for (int i = 0; i < t.nrows; i++) {
		double x = day_of(q_str(&t, i, "date"));
		if (x < 0)
			continue;
		lo = x < lo ? x : lo;
		hi = x > hi ? x : hi;
	}
	if (hi - lo < 30)
		lo -= 15, hi += 15;
	for (int i = 0; i < t.nrows; i++) {
		double day = day_of(q_str(&t, i, "date"));
		if (day < 0)
			continue;
		int x = L + (int)((day - lo) / (hi - lo) * (R - L));
		bool is_summit = str_eq(q_str(&t, i, "kind"), S("summit"));
		buf_printf(b, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"><title>", x, Y, is_summit ? 8 : 4,
			   is_summit ? "#0b4f9c" : "#8a4b00");
		html_txt(b, web_date(req, q_str(&t, i, "date")));
		html_raw(b, " ");
		html_txtc(b, label(req, &t, i));
		html_raw(b, "</title></circle>\n");
		if (is_summit || t.nrows <= 8) {
			buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#1a1a1a\">", x,
				   is_summit ? Y - 16 : Y + 24 + (i % 2) * 16);
			if (is_summit)
				html_txtc(b, label(req, &t, i));
			else
				html_txt(b, web_date(req, q_str(&t, i, "date")));
			html_raw(b, "</text>\n");
		}
	}
	html_raw(b, "</svg>\n");
	return 0;
}

/* Horizontal bars of (label, n) rows; labels are issue areas (ctx) or
 * state codes (ctx NULL). */
static int bars(struct http_req *req, struct http_resp *resp, const char *sql, const char *title, const char *ctx)
{
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	if (q_rows(req, &t, &d, sql, NULL))
		return web_error(req, resp, 500, "%s", d.msg);
	const int W = 800, row = 22, top = 30, label_w = 200;
	int H = top + (t.nrows ? t.nrows : 1) * row + 20;
	svg_begin(req, resp, W, H, title);
	struct buf *b = &resp->body;
	buf_printf(b, "<text x=\"10\" y=\"20\" font-weight=\"bold\" fill=\"#1a1a1a\">");
	html_txtc(b, T(req, title));
	html_raw(b, "</text>\n");
	int64_t max = 1;
	for (int i = 0; i < t.nrows; i++)
		if (q_int(&t, i, "n") > max)
			max = q_int(&t, i, "n");
	for (int i = 0; i < t.nrows; i++) {
		int y = top + i * row;
		int64_t n = q_int(&t, i, "n");
		int w = (int)(n * (W - label_w - 60) / max);
		buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1a1a1a\">", label_w - 8, y + 15);
		if (ctx)
			html_txtc(b, web_label(req, ctx, q_str(&t, i, "label")));
		else
			html_txt(b, web_entity_text(req, q_str(&t, i, "label"), STR_NULL));
		html_raw(b, "</text>");
		buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#0b4f9c\"/>", label_w, y + 3, w, row - 6);
		buf_printf(b, "<text x=\"%d\" y=\"%d\" fill=\"#1a1a1a\">", label_w + w + 6, y + 15);
		html_txt(b, web_count(req, n));
		html_raw(b, "</text>\n");
	}
	html_raw(b, "</svg>\n");
	return 0;
}

int svg_areas(struct http_req *req, struct http_resp *resp)
{
	return bars(req, resp,
		    "SELECT area AS label, count(*) AS n FROM clause_areas x JOIN clauses c ON c.id = x.clause_id"
		    " WHERE c.commitment GROUP BY 1 ORDER BY 2 DESC, 1",
		    N_("Commitments per issue area"), "issue area");
}

int svg_actors(struct http_req *req, struct http_resp *resp)
{
	return bars(req, resp,
		    "SELECT code AS label, count(*) AS n FROM clause_actors x JOIN clauses c ON c.id = x.clause_id"
		    " WHERE c.commitment GROUP BY 1 ORDER BY 2 DESC, 1",
		    N_("Commitments per actor"), NULL);
}
