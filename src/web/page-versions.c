/* page-versions.c: the language versions of a document side by side,
 * clause by clause, and the same as JSON
 *
 * GET /documents/N/versions[?with=M] shows the work's pivot (the version
 * whose clauses carry the extracted attributes) beside another version:
 * N itself when it is not the pivot, else M, else the first other one.
 * Rows come from store_align: paragraphs paired by part number and order,
 * each with its pivot clause's modality, actors and issue areas.
 */
#include "web-int.h"

#include <stdlib.h>
#include <string.h>

/* The language's name as a reader of the page calls it. */
static const char *lang_name(const struct http_req *req, Str code)
{
	if (str_eq(code, S("ru")))
		return T(req, "Russian");
	if (str_eq(code, S("zh")))
		return T(req, "Chinese");
	return T(req, "English");
}

/* The HTML lang attribute of a version's text. */
static const char *lang_attr(Str code)
{
	if (str_eq(code, S("ru")))
		return "ru";
	if (str_eq(code, S("zh")))
		return "zh-Hans";
	return "en";
}

struct pair {
	struct store_table versions; /* store_versions: the pivot first */
	struct store_table rows;     /* store_align, when there is a second version */
	int64_t pivot, other;        /* document ids; other 0 when the work has one */
	Str pivot_lang, other_lang;
};

/* Look the work up and align its pivot with the version the request asks
 * for.  Returns 0, or an HTTP status with d. */
static int load(struct http_req *req, int64_t id, struct pair *p, struct diag *d)
{
	struct store st = { .db = req->db };
	memset(p, 0, sizeof *p);
	int rc = store_versions(&st, req->a, id, &p->versions, d);
	if (rc)
		return rc == ACC_ENOTFOUND ? 404 : 500;
	int cid = store_table_col(&p->versions, "document"), clang = store_table_col(&p->versions, "lang");
	p->pivot = strtoll(store_cell(&p->versions, 0, cid)->s.s, NULL, 10);
	p->pivot_lang = store_cell(&p->versions, 0, clang)->s;
	bool bad = false;
	int64_t with = http_param_int(req, "with", 0, 1, INT64_MAX, &bad);
	if (bad) {
		diag_set(d, ACC_EINVAL, -1, "with: a document id, please");
		return 400;
	}
	int64_t want = with ? with : id != p->pivot ? id : 0;
	for (int r = 1; r < p->versions.nrows; r++) {
		int64_t v = strtoll(store_cell(&p->versions, r, cid)->s.s, NULL, 10);
		if (!want || v == want) {
			p->other = v;
			p->other_lang = store_cell(&p->versions, r, clang)->s;
			break;
		}
	}
	if (with && !p->other) {
		diag_set(d, ACC_ENOTFOUND, -1, "document %lld is not a version of document %lld", (long long)with,
			 (long long)id);
		return 404;
	}
	if (p->other && store_align(&st, req->a, p->pivot, p->other, &p->rows, d))
		return 500;
	return 0;
}

/* One side of a row: the paragraph's text in its language, or a dash. */
static void side(struct buf *b, const struct store_table *t, int r, int col, Str lang)
{
	Str text = store_cell(t, r, col)->s;
	html_raw(b, "<td lang=\"");
	html_raw(b, lang_attr(lang));
	html_raw(b, "\">");
	if (text.s)
		html_txt(b, text);
	else
		html_raw(b, "<span class=\"muted\">—</span>");
	html_raw(b, "</td>");
}

static void attributes(struct buf *b, struct http_req *req, const struct store_table *t, int r, int64_t pivot)
{
	Str eid = q_str(t, r, "eid"), modality = q_str(t, r, "modality");
	html_raw(b, "<td>");
	if (eid.len) {
		html_raw(b, "<a href=\"");
		html_attrf(b, "/documents/%lld#", (long long)pivot);
		html_url_arg(b, eid);
		html_raw(b, "\">");
		html_txt(b, q_str(t, r, "section").len ? q_str(t, r, "section") : S("§"));
		html_raw(b, "</a>");
	}
	if (modality.len) {
		html_raw(b, "<br><span class=\"badge\">");
		html_txtc(b, web_label(req, "modality", modality));
		html_raw(b, "</span>");
	}
	if (q_str(t, r, "actors").len) {
		html_raw(b, "<br>");
		html_list(b, req, q_str(t, r, "actors"), 'e', NULL);
	}
	if (q_str(t, r, "areas").len) {
		html_raw(b, "<br><span class=\"muted\">");
		html_list(b, req, q_str(t, r, "areas"), 'l', "issue area");
		html_raw(b, "</span>");
	}
	html_raw(b, "</td>");
}

int page_versions(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	if (!id)
		return web_error(req, resp, 404, "%s", T(req, "No such document."));
	struct pair p;
	struct diag d;
	diag_clear(&d);
	int status = load(req, id, &p, &d);
	if (status)
		return web_error(req, resp, status, "%s", status == 500 ? d.msg : T(req, "No such document."));
	struct buf *b = &resp->body;
	Str title = q_str(&p.versions, 0, "title");
	html_begin(req, resp, T(req, "Language versions"), "documents");
	html_raw(b, "<h1>");
	html_txtc(b, T(req, "Language versions"));
	html_raw(b, "</h1>\n<p><a href=\"");
	html_attrf(b, "/documents/%lld", (long long)p.pivot);
	html_raw(b, "\">");
	html_txt(b, title.len ? title : q_str(&p.versions, 0, "source"));
	html_raw(b, "</a></p>\n<ul class=\"versions\">\n");
	for (int r = 0; r < p.versions.nrows; r++) {
		int64_t v = q_int(&p.versions, r, "document");
		Str lang = q_str(&p.versions, r, "lang");
		html_raw(b, "<li><a href=\"");
		html_attrf(b, "/documents/%lld", (long long)v);
		html_raw(b, "\" lang=\"");
		html_raw(b, lang_attr(lang));
		html_raw(b, "\">");
		html_txt(b, q_str(&p.versions, r, "title").len ? q_str(&p.versions, r, "title")
							       : q_str(&p.versions, r, "source"));
		html_raw(b, "</a> (");
		html_txtc(b, lang_name(req, lang));
		html_raw(b, r == 0 ? ", " : ")");
		if (r == 0) {
			html_txtc(b, T(req, "its clauses' attributes apply to every version"));
			html_raw(b, ")");
		} else if (v != p.other) {
			html_raw(b, " · <a href=\"");
			html_attrf(b, "/documents/%lld/versions?with=%lld", (long long)id, (long long)v);
			html_raw(b, "\">");
			html_txtc(b, T(req, "side by side"));
			html_raw(b, "</a>");
		}
		html_raw(b, "</li>\n");
	}
	html_raw(b, "</ul>\n");
	if (!p.other) {
		html_raw(b, "<p>");
		html_txtc(b, T(req, "This document has no version in another language."));
		html_raw(b, "</p>\n");
		html_end(req, resp);
		return 0;
	}
	const int lcol = 8, rcol = 10; /* text_LA and text_LB of store_align */
	html_raw(b, "<table class=\"side-by-side\">\n<thead><tr><th>");
	html_txtc(b, T(req, "Clause"));
	html_raw(b, "</th><th>");
	html_txtc(b, lang_name(req, p.pivot_lang));
	html_raw(b, "</th><th>");
	html_txtc(b, lang_name(req, p.other_lang));
	html_raw(b, "</th></tr></thead>\n<tbody>\n");
	for (int r = 0; r < p.rows.nrows; r++) {
		html_raw(b, "<tr>");
		attributes(b, req, &p.rows, r, p.pivot);
		side(b, &p.rows, r, lcol, p.pivot_lang);
		side(b, &p.rows, r, rcol, p.other_lang);
		html_raw(b, "</tr>\n");
	}
	html_raw(b, "</tbody>\n</table>\n");
	html_end(req, resp);
	return 0;
}

int api_versions(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	if (!id)
		return web_error(req, resp, 404, "no such document '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	struct pair p;
	struct diag d;
	diag_clear(&d);
	int status = load(req, id, &p, &d);
	if (status)
		return web_error(req, resp, status, "%s", d.msg);
	resp->type = "application/json";
	struct json j;
	json_init(&j, &resp->body, false);
	json_obj(&j);
	json_key(&j, "document");
	json_int(&j, id);
	json_key(&j, "pivot");
	json_int(&j, p.pivot);
	api_table(&j, "versions", &p.versions);
	json_key(&j, "aligned_with");
	if (p.other)
		json_int(&j, p.other);
	else
		json_null(&j);
	api_table(&j, "alignment", &p.rows);
	json_obj_end(&j);
	buf_putc(&resp->body, '\n');
	return 0;
}
