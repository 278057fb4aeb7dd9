/* page-commitments.c: the clauses as a table with facets and their counts,
 * full-text search, sorting and pages; the same view as CSV and JSON */
#include "web-int.h"

#include <string.h>

static const char *const dim_titles[CD_COUNT] = { N_("Issue area"), N_("Actor"), N_("Modality"), N_("Commitment"),
						  N_("Summit"), N_("Section") };

/* A facet's value for the reader: labels of the value sets, state names. */
static void facet_label(struct http_req *req, struct buf *b, int dim, Str label)
{
	switch (dim) {
	case CD_AREA: html_txtc(b, web_label(req, "issue area", label)); break;
	case CD_ACTOR: html_entity(b, req, label, STR_NULL); break;
	case CD_MODALITY: html_txtc(b, web_label(req, "modality", label)); break;
	case CD_COMMITMENT: html_txtc(b, web_label(req, "yes or no", label)); break;
	default: html_txt(b, label);
	}
}

static void facet(struct http_req *req, struct buf *b, int dim, const struct store_table *t)
{
	const char *key = cdim_names[dim];
	Str cur = http_param(req, key);
	html_raw(b, "<fieldset><legend>");
	html_txtc(b, T(req, dim_titles[dim]));
	html_raw(b, "</legend><ul>\n");
	for (int i = 0; i < t->nrows; i++) {
		Str v = q_str(t, i, "value");
		bool on = cur.len && str_eq(cur, v);
		html_raw(b, on ? "<li class=\"on\">" : "<li>");
		html_raw(b, "<a data-facet=\"");
		html_attr(b, str_c(key));
		html_raw(b, "\" data-value=\"");
		html_attr(b, v);
		html_raw(b, "\" href=\"/commitments");
		html_query_with(b, req, key, on ? STR_NULL : v);
		html_raw(b, "\"");
		if (on)
			html_raw(b, " aria-current=\"true\"");
		html_raw(b, ">");
		facet_label(req, b, dim, q_str(t, i, "label"));
		html_raw(b, "</a> <span class=\"n\">");
		html_count(b, req, q_int(t, i, "n"));
		html_raw(b, "</span></li>\n");
	}
	if (cur.len) {
		html_raw(b, "<li><a href=\"/commitments");
		html_query_with(b, req, key, STR_NULL);
		html_raw(b, "\">");
		html_txtc(b, T(req, "(any)"));
		html_raw(b, "</a></li>\n");
	}
	html_raw(b, "</ul></fieldset>\n");
}

static void sort_link(struct http_req *req, struct buf *b, const struct cfilter *f, int key, const char *msgid)
{
	bool on = f->sort == key;
	Str v = str_c(csort_names[key]);
	if (on && !f->desc)
		v = arena_printf(req->a, "-%s", csort_names[key]);
	html_raw(b, "<th scope=\"col\"");
	if (on)
		html_raw(b, f->desc ? " aria-sort=\"descending\"" : " aria-sort=\"ascending\"");
	html_raw(b, "><a href=\"/commitments");
	html_query_with(b, req, "sort", v);
	html_raw(b, "\">");
	html_txtc(b, T(req, msgid));
	if (on)
		html_raw(b, f->desc ? " ▼" : " ▲");
	html_raw(b, "</a></th>");
}

int page_commitments(struct http_req *req, struct http_resp *resp)
{
	struct cfilter f;
	struct diag d;
	diag_clear(&d);
	if (cfilter_parse(req, &f, WEB_PAGE_MAX, &d))
		return web_error(req, resp, 400, "%s", d.msg);
	struct store_table rows, facets[CD_COUNT];
	int64_t total = 0;
	if (q_commitments(req, &f, &rows, &total, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	for (int k = 0; k < CD_COUNT; k++)
		if (q_facet(req, &f, k, &facets[k], &d))
			return web_error(req, resp, 500, "%s", d.msg);
	struct buf *b = &resp->body;
	html_begin(req, resp, T(req, "Commitments"), "commitments");
	html_raw(b, "<h1>");
	html_txtc(b, T(req, "Commitments"));
	html_raw(b, "</h1>\n<form class=\"filters\" method=\"get\" action=\"/commitments\">\n<label for=\"cq\">");
	html_txtc(b, T(req, "Words in the clause"));
	html_raw(b, "</label> <input id=\"cq\" name=\"q\" type=\"search\" value=\"");
	html_attr(b, f.q.s ? f.q : S(""));
	html_raw(b, "\">\n");
	/* keep the other filters */
	for (int i = 0; i < req->nparams; i++) {
		Str k = req->params[i].key;
		if (str_eq(k, S("q")) || str_eq(k, S("page")) || !req->params[i].value.len)
			continue;
		html_raw(b, "<input type=\"hidden\" name=\"");
		html_attr(b, k);
		html_raw(b, "\" value=\"");
		html_attr(b, req->params[i].value);
		html_raw(b, "\">\n");
	}
	html_raw(b, "<button type=\"submit\">");
	html_txtc(b, T(req, "Search"));
	html_raw(b, "</button> <a href=\"/commitments\">");
	html_txtc(b, T(req, "Clear all filters"));
	html_raw(b, "</a>\n</form>\n<p><span id=\"total\" data-total=\"");
	html_attrf(b, "%lld", (long long)total);
	html_raw(b, "\">");
	html_txt_with(b, T(req, "%s clauses match"), web_count(req, total));
	html_raw(b, "</span> · ");
	html_txtc(b, T(req, "Download:"));
	html_raw(b, " <a id=\"csv\" href=\"/api/v1/commitments.csv");
	html_query_with(b, req, "page", STR_NULL);
	html_raw(b, "\" download>CSV</a>, <a id=\"json\" href=\"/api/v1/commitments");
	html_query_with(b, req, "page", STR_NULL);
	html_raw(b, "\">JSON</a></p>\n<div class=\"layout\">\n<nav class=\"facets\" aria-label=\"");
	html_attr(b, str_c(T(req, "Filters")));
	html_raw(b, "\">\n");
	for (int k = 0; k < CD_COUNT; k++)
		facet(req, b, k, &facets[k]);
	html_raw(b, "</nav>\n<div>\n<div class=\"scroll\"><table id=\"clauses\">\n<caption class=\"vh\">");
	html_txtc(b, T(req, "Clauses"));
	html_raw(b, "</caption>\n<thead><tr>");
	sort_link(req, b, &f, CS_DOCUMENT, N_("Document"));
	sort_link(req, b, &f, CS_SECTION, N_("Section"));
	sort_link(req, b, &f, CS_MODALITY, N_("Modality"));
	html_raw(b, "<th scope=\"col\">");
	html_txtc(b, T(req, "Actors"));
	html_raw(b, "</th><th scope=\"col\">");
	html_txtc(b, T(req, "Issue areas"));
	html_raw(b, "</th>");
	sort_link(req, b, &f, CS_TARGET, N_("Targets"));
	html_raw(b, "<th scope=\"col\">");
	html_txtc(b, T(req, "Text"));
	html_raw(b, "</th></tr></thead>\n<tbody>\n");
	for (int i = 0; i < rows.nrows; i++) {
		html_raw(b, "<tr><td><a href=\"");
		html_attrf(b, "/documents/%lld#", (long long)q_int(&rows, i, "document"));
		html_url_arg(b, q_str(&rows, i, "eid"));
		html_raw(b, "\">");
		html_txt(b, q_str(&rows, i, "eid"));
		html_raw(b, "</a></td><td>");
		html_txt(b, q_str(&rows, i, "section"));
		html_raw(b, "</td><td>");
		html_txtc(b, web_label(req, "modality", q_str(&rows, i, "modality")));
		if (q_int(&rows, i, "commitment"))
			html_raw(b, " ✓");
		html_raw(b, "</td><td>");
		html_list(b, req, q_str(&rows, i, "actors"), 'e', NULL);
		html_raw(b, "</td><td>");
		html_list(b, req, q_str(&rows, i, "areas"), 'l', "issue area");
		html_raw(b, "</td><td>");
		html_list(b, req, q_str(&rows, i, "targets"), 'd', NULL);
		html_raw(b, "</td><td>");
		Str t = q_str(&rows, i, "text");
		if (t.len > 240) {
			ptrdiff_t cut = 240;
			while (cut > 0 && ((unsigned char)t.s[cut] & 0xC0) == 0x80)
				cut--;
			t.len = cut;
			html_txt(b, t);
			html_raw(b, "…");
		} else {
			html_txt(b, t);
		}
		html_raw(b, "</td></tr>\n");
	}
	html_raw(b, "</tbody></table></div>\n<nav class=\"pager\" aria-label=\"");
	html_attr(b, str_c(T(req, "Pages")));
	html_raw(b, "\">");
	int64_t pages = (total + f.per - 1) / f.per;
	if (f.page > 1) {
		html_raw(b, "<a rel=\"prev\" href=\"/commitments");
		html_query_with(b, req, "page", arena_printf(req->a, "%lld", (long long)(f.page - 1)));
		html_raw(b, "\">");
		html_txtc(b, T(req, "Previous"));
		html_raw(b, "</a>");
	}
	html_raw(b, "<span>");
	html_count(b, req, f.page);
	html_raw(b, " / ");
	html_count(b, req, pages ? pages : 1);
	html_raw(b, "</span>");
	if (f.page < pages) {
		html_raw(b, "<a rel=\"next\" href=\"/commitments");
		html_query_with(b, req, "page", arena_printf(req->a, "%lld", (long long)(f.page + 1)));
		html_raw(b, "\">");
		html_txtc(b, T(req, "Next"));
		html_raw(b, "</a>");
	}
	html_raw(b, "</nav>\n</div>\n</div>\n");
	html_end(req, resp);
	return 0;
}

int page_search(struct http_req *req, struct http_resp *resp)
{
	Str q = str_trim(http_param(req, "q"));
	struct store_table t = { 0 };
	struct diag d;
	diag_clear(&d);
	if (q.len > 256)
		return web_error(req, resp, 400, "search over 256 bytes");
	struct store st = { .db = req->db };
	struct store_filter f = STORE_FILTER_ANY;
	f.limit = 50;
	/* snippets are escaped below and their marks restored from private-use delimiters */
	if (q.len && store_search(&st, req->a, q, &f, "\xee\x80\x80", "\xee\x80\x81", &t, &d) && d.code != ACC_EINVAL)
		return web_error(req, resp, 500, "%s", d.msg);
	struct buf *b = &resp->body;
	html_begin(req, resp, T(req, "Search"), "search");
	html_raw(b, "<h1>");
	html_txtc(b, T(req, "Search"));
	html_raw(b, "</h1>\n<form class=\"filters\" role=\"search\" method=\"get\" action=\"/search\"><label for=\"sq\">");
	html_txtc(b, T(req, "Words to find"));
	html_raw(b, "</label> <input id=\"sq\" name=\"q\" type=\"search\" value=\"");
	html_attr(b, q);
	html_raw(b, "\"> <button type=\"submit\">");
	html_txtc(b, T(req, "Search"));
	html_raw(b, "</button></form>\n");
	if (q.len) {
		html_raw(b, "<p id=\"nresults\">");
		html_txt_with(b, T(req, "%s paragraphs found"), web_count(req, t.nrows));
		html_raw(b, "</p>\n<ol class=\"results\">\n");
	}
	for (int i = 0; i < t.nrows; i++) {
		html_raw(b, "<li><a href=\"");
		html_attrf(b, "/documents/%lld#", (long long)q_int(&t, i, "document"));
		html_url_arg(b, q_str(&t, i, "eid"));
		html_raw(b, "\">");
		Str title = q_str(&t, i, "title");
		html_txt(b, title.len ? title : str_c(T(req, "(untitled)")));
		html_raw(b, " ");
		html_txt(b, q_str(&t, i, "eid"));
		html_raw(b, "</a><p class=\"snippet\">");
		Str s = q_str(&t, i, "snippet"), part, rest = s;
		/* split at the delimiters: text between them goes in <b> */
		bool in = false;
		while (rest.len) {
			ptrdiff_t at = str_find(rest, in ? S("\xee\x80\x81") : S("\xee\x80\x80"));
			part = at < 0 ? rest : str_slice(rest, 0, at);
			html_txt(b, part);
			if (at < 0)
				break;
			html_raw(b, in ? "</b>" : "<b>");
			in = !in;
			rest = str_slice(rest, at + 3, rest.len - at - 3);
		}
		if (in)
			html_raw(b, "</b>");
		html_raw(b, "</p></li>\n");
	}
	if (q.len)
		html_raw(b, "</ol>\n");
	html_end(req, resp);
	return 0;
}
