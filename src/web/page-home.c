/* page-home.c: the mechanism at a glance: member states, summits on a
 * timeline, counts, the latest documents, the next dated targets */
#include "web-int.h"
#include "../track/track.h"

#include <time.h>

#define HOME_SOON_DAYS 90 /* how far ahead "coming soon" looks */

static void count_card(struct buf *b, struct http_req *req, const char *msgid, int64_t n, const char *href)
{
	html_raw(b, "<li><strong>");
	html_count(b, req, n);
	html_raw(b, "</strong>");
	if (href) {
		html_raw(b, "<a href=\"");
		html_raw(b, href);
		html_raw(b, "\">");
	}
	html_txtc(b, T(req, msgid));
	if (href)
		html_raw(b, "</a>");
	html_raw(b, "</li>\n");
}

int page_home(struct http_req *req, struct http_resp *resp)
{
	struct store_table stats, states, summits, docs, targets, soon;
	struct diag d;
	diag_clear(&d);
	char today[16];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(today, sizeof today, "%Y-%m-%d", &tm);
	if (q_rows(req, &stats, &d,
		   "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM summits) AS summits,"
		   " (SELECT count(*) FROM clauses) AS clauses, (SELECT count(*) FROM clauses WHERE commitment) AS commitments,"
		   " (SELECT count(*) FROM agreements) AS agreements, (SELECT count(*) FROM events) AS events", NULL) ||
	    q_rows(req, &states, &d,
		   "SELECT x.code, (SELECT e.id FROM entities e WHERE e.code = x.code AND e.type = 'state' LIMIT 1) AS entity,"
		   " (SELECT e.name FROM entities e WHERE e.code = x.code AND e.type = 'state' LIMIT 1) AS name"
		   " FROM (SELECT code FROM summit_participants UNION SELECT code FROM clause_actors) x ORDER BY x.code", NULL) ||
	    q_rows(req, &summits, &d,
		   "SELECT id, name, ordinal, city, start_date, (SELECT count(*) FROM documents d WHERE d.summit_id = s.id) AS documents"
		   " FROM summits s ORDER BY start_date, id", NULL) ||
	    q_rows(req, &docs, &d,
		   "SELECT id, coalesce(title, replace(source, rtrim(source, replace(source, '/', '')), '')) AS title, kind, date,"
		   " (SELECT count(*) FROM clauses c WHERE c.doc_id = d.id) AS clauses"
		   " FROM documents d ORDER BY ingested_at DESC, id DESC LIMIT 10", NULL) ||
	    q_rows(req, &targets, &d,
		   "SELECT t.date, c.id, c.doc_id, c.eid, substr(c.text, 1, 160) AS text FROM clause_targets t"
		   " JOIN clauses c ON c.id = t.clause_id WHERE t.date >= substr(?, 1, length(t.date))"
		   " ORDER BY t.date, c.id LIMIT 10", "s", str_c(today)) ||
	    track_upcoming(req->db, req->a, (int64_t)now, HOME_SOON_DAYS, &soon, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	struct buf *b = &resp->body;
	html_begin(req, resp, T(req, "Home"), "home");
	html_raw(b, "<h1>");
	html_txtc(b, T(req, "The registry at a glance"));
	html_raw(b, "</h1>\n<ul class=\"cards\">\n");
	/* TRANSLATORS: the counts of the home page's cards, a number above each */
	count_card(b, req, N_("documents"), q_int(&stats, 0, "documents"), "/documents");
	count_card(b, req, N_("summits"), q_int(&stats, 0, "summits"), "/summits");
	count_card(b, req, N_("commitments"), q_int(&stats, 0, "commitments"), "/commitments?commitment=yes");
	count_card(b, req, N_("clauses"), q_int(&stats, 0, "clauses"), "/commitments");
	count_card(b, req, N_("agreements"), q_int(&stats, 0, "agreements"), NULL);
	count_card(b, req, N_("events"), q_int(&stats, 0, "events"), NULL);
	html_raw(b, "</ul>\n<h2>");
	html_txtc(b, T(req, "Deadlines coming soon"));
	html_raw(b, "</h2>\n<p><a href=\"/calendar.ics\">");
	html_txtc(b, T(req, "Calendar (iCalendar)"));
	html_raw(b, "</a></p>\n<ul id=\"soon\">\n");
	if (!soon.nrows) {
		html_raw(b, "<li class=\"muted\">");
		html_txtc(b, T(req, "Nothing falls due in the next 90 days."));
		html_raw(b, "</li>\n");
	}
	for (int i = 0; i < soon.nrows; i++) {
		int64_t clause = q_int(&soon, i, "clause");
		html_raw(b, "<li><strong>");
		html_date(b, req, q_str(&soon, i, "date"));
		html_raw(b, "</strong> ");
		html_txtc(b, T(req, str_eq(q_str(&soon, i, "kind"), S("event")) ? N_("event") : N_("target")));
		html_raw(b, " ");
		if (clause) {
			html_raw(b, "<a href=\"");
			html_attrf(b, "/clauses/%lld", (long long)clause);
			html_raw(b, "\">");
		}
		html_txt(b, q_str(&soon, i, "summary"));
		if (clause)
			html_raw(b, "</a>");
		html_raw(b, "</li>\n");
	}
	html_raw(b, "</ul>\n<h2>");
	html_txtc(b, T(req, "Member states"));
	html_raw(b, "</h2>\n<ul>\n");
	for (int i = 0; i < states.nrows; i++) {
		int64_t ent = q_int(&states, i, "entity");
		Str code = q_str(&states, i, "code"), name = q_str(&states, i, "name");
		html_raw(b, "<li>");
		html_raw(b, "<a href=\"");
		if (ent)
			html_attrf(b, "/entities/%lld", (long long)ent);
		else {
			html_raw(b, "/commitments?actor=");
			html_url_arg(b, code);
		}
		html_raw(b, "\">");
		html_entity(b, req, code, name);
		html_raw(b, "</a> <span class=\"muted\">");
		html_txt(b, code);
		html_raw(b, "</span></li>\n");
	}
	html_raw(b, "</ul>\n<h2>");
	html_txtc(b, T(req, "Summits"));
	html_raw(b, "</h2>\n<figure><img src=\"/charts/timeline.svg\" alt=\"");
	html_attr(b, str_c(T(req, "Timeline of summits and events")));
	html_raw(b, "\" width=\"800\" height=\"140\"></figure>\n<ol>\n");
	for (int i = 0; i < summits.nrows; i++) {
		html_raw(b, "<li>");
		html_date(b, req, q_str(&summits, i, "start_date"));
		html_raw(b, " <a href=\"");
		html_attrf(b, "/summits/%lld", (long long)q_int(&summits, i, "id"));
		html_raw(b, "\">");
		Str name = q_str(&summits, i, "name");
		html_txt(b, name.len ? name : str_c(T(req, "Summit")));
		html_raw(b, "</a> ");
		html_entity(b, req, STR_NULL, q_str(&summits, i, "city"));
		html_raw(b, "</li>\n");
	}
	html_raw(b, "</ol>\n<h2>");
	html_txtc(b, T(req, "Latest documents"));
	html_raw(b, "</h2>\n<ul>\n");
	for (int i = 0; i < docs.nrows; i++) {
		html_raw(b, "<li><a href=\"");
		html_attrf(b, "/documents/%lld", (long long)q_int(&docs, i, "id"));
		html_raw(b, "\">");
		html_txt(b, q_str(&docs, i, "title"));
		html_raw(b, "</a> <span class=\"muted\">");
		html_txtc(b, web_label(req, "document kind", q_str(&docs, i, "kind")));
		html_raw(b, " ");
		html_date(b, req, q_str(&docs, i, "date"));
		html_raw(b, " · ");
		html_txt_with(b, T(req, "%s clauses"), web_count(req, q_int(&docs, i, "clauses")));
		html_raw(b, "</span></li>\n");
	}
	html_raw(b, "</ul>\n<h2>");
	html_txtc(b, T(req, "Next dated targets"));
	html_raw(b, "</h2>\n");
	if (!targets.nrows) {
		html_raw(b, "<p class=\"muted\">");
		html_txtc(b, T(req, "No dated target lies ahead."));
		html_raw(b, "</p>\n");
	}
	html_raw(b, "<ul>\n");
	for (int i = 0; i < targets.nrows; i++) {
		html_raw(b, "<li><strong>");
		html_date(b, req, q_str(&targets, i, "date"));
		html_raw(b, "</strong> <a href=\"");
		html_attrf(b, "/documents/%lld#", (long long)q_int(&targets, i, "doc_id"));
		html_url_arg(b, q_str(&targets, i, "eid"));
		html_raw(b, "\">");
		html_txt(b, q_str(&targets, i, "text"));
		html_raw(b, "…</a></li>\n");
	}
	html_raw(b, "</ul>\n<h2>");
	html_txtc(b, T(req, "Commitments per issue area and per actor"));
	html_raw(b, "</h2>\n<figure><img src=\"/charts/areas.svg\" alt=\"");
	html_attr(b, str_c(T(req, "Bar chart: commitments per issue area")));
	html_raw(b, "\" width=\"800\" height=\"400\"></figure>\n<figure><img src=\"/charts/actors.svg\" alt=\"");
	html_attr(b, str_c(T(req, "Bar chart: commitments per actor")));
	html_raw(b, "\" width=\"800\" height=\"300\"></figure>\n");
	html_end(req, resp);
	return 0;
}
