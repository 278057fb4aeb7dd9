/* page-doc.c: the document reader: the text with its outline, entities
 * highlighted and linked, each clause under its stable anchor with its
 * attributes beside it, each attribute linked to the words that decided it
 *
 * Highlights are spans of the text (mentions, explain rows) which may
 * overlap; they are written properly nested: spans open in order of start
 * (longest first), a span that would cross the end of the one around it is
 * cut there, so every explain row keeps an element to link to.
 */
#include "web-int.h"

#include <stdlib.h>
#include <string.h>

struct span {
	ptrdiff_t off, end;
	int64_t id;
	bool why;               /* an explain row (mark id="wN"), else a mention (a.ent) */
	int64_t entity;
};

static int span_cmp(const void *pa, const void *pb)
{
	const struct span *a = pa, *b = pb;
	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return a->why == b->why ? 0 : a->why ? -1 : 1;
}

/* Write text[off, end) with the spans (sorted) inside it. */
static void marked(struct buf *b, Str text, ptrdiff_t off, ptrdiff_t end, struct span *sp, int n)
{
	ptrdiff_t stack[32];
	bool stack_why[32];
	int depth = 0, k = 0, links = 0;
	ptrdiff_t at = off;
	while (k < n && sp[k].off < off)
		k++;
	while (at < end) {
		ptrdiff_t next = end;
		if (depth && stack[depth - 1] < next)
			next = stack[depth - 1];
		if (k < n && sp[k].off < next)
			next = sp[k].off;
		if (next > at)
			html_txt(b, (Str){ text.s + at, next - at });
		at = next;
		while (depth && stack[depth - 1] <= at) {
			html_raw(b, stack_why[depth - 1] ? "</mark>" : "</a>");
			links -= !stack_why[depth - 1];
			depth--;
		}
		while (k < n && sp[k].off <= at && at < end) {
			struct span *s = &sp[k++];
			if (s->off < at || depth >= 32)
				continue;
			ptrdiff_t e = s->end > end ? end : s->end;
			if (depth && e > stack[depth - 1])
				e = stack[depth - 1];
			if (e <= at)
				continue; /* empty: the explain row's anchor goes on the clause */
			if (!s->why && links)
				continue; /* a mention inside a mention: links do not nest (HTML §4.5.1) */
			links += !s->why;
			if (s->why) {
				html_raw(b, "<mark id=\"");
				html_attrf(b, "w%lld", (long long)s->id);
				html_raw(b, "\">");
			} else {
				html_raw(b, "<a class=\"ent\" href=\"");
				html_attrf(b, "/entities/%lld", (long long)s->entity);
				html_raw(b, "\">");
			}
			stack[depth] = e;
			stack_why[depth++] = s->why;
		}
	}
	while (depth)
		html_raw(b, stack_why[--depth] ? "</mark>" : "</a>");
}

static const char *attr_label(Str attr)
{
	if (str_eq(attr, S("issue_areas")))
		return N_("Issue areas");
	if (str_eq(attr, S("actors")))
		return N_("Actors");
	if (str_eq(attr, S("modality")))
		return N_("Modality");
	if (str_eq(attr, S("commitment")))
		return N_("Commitment");
	if (str_eq(attr, S("targets")))
		return N_("Targets");
	return "";
}

/* A space-separated list of values (codes, areas, dates), each written for
 * the reader: how is 'e' (state codes), 'l' (labels of ctx) or 'd' (dates). */
void html_list(struct buf *b, struct http_req *req, Str list, char how, const char *ctx)
{
	Str item, rest = list;
	bool first = true;
	/* TRANSLATORS: between the items of a list (Chinese enumerates with 、) */
	const char *sep = T(req, ", ");
	while (rest.len) {
		str_cut(rest, ' ', &item, &rest);
		if (!item.len)
			continue;
		if (!first)
			html_txtc(b, sep);
		first = false;
		if (how == 'e')
			html_entity(b, req, item, STR_NULL);
		else if (how == 'd')
			html_date(b, req, item);
		else
			html_txtc(b, web_label(req, ctx, item));
	}
}

/* The aside of one clause: each attribute's value, then where it came from. */
static void attrs(struct http_req *req, struct buf *b, const struct store_table *cl, int row,
		  const struct store_table *ex, int64_t clause_id)
{
	static const char *const order[] = { "actors", "modality", "commitment", "issue_areas", "targets" };
	html_raw(b, "<aside class=\"attrs\" aria-label=\"");
	html_attr(b, str_c(T(req, "Extracted attributes")));
	html_raw(b, "\"><dl>\n");
	for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
		Str attr = str_c(order[i]), value;
		char how = 'l';
		const char *ctx = "modality";
		if (!strcmp(order[i], "actors"))
			value = q_str(cl, row, "actors"), how = 'e';
		else if (!strcmp(order[i], "modality"))
			value = q_str(cl, row, "modality");
		else if (!strcmp(order[i], "commitment"))
			value = str_c(q_int(cl, row, "commitment") ? "yes" : "no"), ctx = "yes or no";
		else if (!strcmp(order[i], "issue_areas"))
			value = q_str(cl, row, "areas"), ctx = "issue area";
		else
			value = q_str(cl, row, "targets"), how = 'd';
		html_raw(b, "<dt>");
		html_txtc(b, T(req, attr_label(attr)));
		html_raw(b, "</dt><dd>");
		if (value.len)
			html_list(b, req, value, how, ctx);
		else
			html_txtc(b, T(req, "none"));
		for (int k = 0; k < ex->nrows; k++) {
			if (q_int(ex, k, "clause_id") != clause_id || !str_eq(q_str(ex, k, "attr"), attr))
				continue;
			Str rule = q_str(ex, k, "rule");
			if (!q_int(ex, k, "len")) {
				html_raw(b, " <span class=\"muted\">");
				html_txt(b, rule);
				html_raw(b, " (");
				html_txtc(b, T(req, "by default"));
				html_raw(b, ")</span>");
				continue;
			}
			html_raw(b, " <a class=\"why\" href=\"");
			html_attrf(b, "#w%lld", (long long)q_int(ex, k, "id"));
			html_raw(b, "\" title=\"");
			html_attr(b, str_c(T(req, "the words that decided it")));
			html_raw(b, "\">");
			html_txt(b, rule);
			html_raw(b, "</a>");
		}
		html_raw(b, "</dd>\n");
	}
	html_raw(b, "<dt>");
	html_txtc(b, T(req, "Link"));
	html_raw(b, "</dt><dd><a href=\"");
	html_attrf(b, "/api/v1/clauses/%lld", (long long)clause_id);
	html_raw(b, "\">JSON</a></dd>\n</dl></aside>\n");
}

int page_document(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	if (!id)
		return web_error(req, resp, 404, "no such document '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	struct store_table doc, nodes, cl, ex, men, sigs;
	struct diag d;
	diag_clear(&d);
	if (q_rows(req, &doc, &d,
		   "SELECT d.id, d.title, d.kind, d.date, d.place, d.source, d.summit_id, s.name AS summit, d.text, d.format, d.ingested_at,"
		   " d.work_id, coalesce(d.lang, 'en') AS lang"
		   " FROM documents d LEFT JOIN summits s ON s.id = d.summit_id WHERE d.id = ?", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!doc.nrows)
		return web_error(req, resp, 404, "no such document %lld", (long long)id);
	if (q_rows(req, &nodes, &d, "SELECT idx, type, parent, level, off, len, body_off, body_len, label FROM nodes"
				    " WHERE doc_id = ? AND type <> 'sent' ORDER BY idx", "i", id) ||
	    q_rows(req, &cl, &d,
		   "SELECT c.id, c.node, c.eid, c.section, c.modality, c.commitment, c.scope,"
		   " (SELECT group_concat(code, ' ') FROM (SELECT code FROM clause_actors x WHERE x.clause_id = c.id ORDER BY code)) AS actors,"
		   " (SELECT group_concat(area, ' ') FROM (SELECT area FROM clause_areas x WHERE x.clause_id = c.id ORDER BY area)) AS areas,"
		   " (SELECT group_concat(date, ' ') FROM (SELECT date FROM clause_targets x WHERE x.clause_id = c.id ORDER BY date)) AS targets"
		   " FROM clauses c WHERE c.doc_id = ? ORDER BY c.seq", "i", id) ||
	    q_rows(req, &ex, &d, "SELECT id, clause_id, attr, rule, off, len FROM explain WHERE doc_id = ? AND clause_id IS NOT NULL"
				 " ORDER BY id", "i", id) ||
	    q_rows(req, &men, &d, "SELECT id, entity_id, off, len FROM mentions WHERE doc_id = ? AND entity_id IS NOT NULL"
				  " ORDER BY off", "i", id) ||
	    q_rows(req, &sigs, &d, "SELECT name FROM signatories WHERE doc_id = ? ORDER BY seq", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);

	Str text = q_str(&doc, 0, "text");
	/* spans: explain rows with words, then mentions */
	int nsp = 0;
	struct span *sp = anew(req->a, struct span, ex.nrows + men.nrows + 1);
	for (int i = 0; i < ex.nrows; i++) {
		int64_t off = q_int(&ex, i, "off"), len = q_int(&ex, i, "len");
		if (len > 0 && off >= 0 && off + len <= text.len)
			sp[nsp++] = (struct span){ off, off + len, q_int(&ex, i, "id"), true, 0 };
	}
	for (int i = 0; i < men.nrows; i++) {
		int64_t off = q_int(&men, i, "off"), len = q_int(&men, i, "len");
		if (len > 0 && off >= 0 && off + len <= text.len)
			sp[nsp++] = (struct span){ off, off + len, q_int(&men, i, "id"), false, q_int(&men, i, "entity_id") };
	}
	if (nsp > 1)
		qsort(sp, (size_t)nsp, sizeof *sp, span_cmp);

	Str title = q_str(&doc, 0, "title");
	if (!title.len)
		title = q_str(&doc, 0, "source");
	struct buf *b = &resp->body;
	html_begin(req, resp, arena_cstr(req->a, title), "documents");
	/* the document's words keep their own language on a page in another
	 * (screen readers, hyphenation, fonts: WCAG 3.1.2) */
	Str dlang = q_str(&doc, 0, "lang");
	html_raw(b, "<h1 lang=\"");
	html_attr(b, dlang);
	html_raw(b, "\">");
	html_txt(b, title);
	html_raw(b, "</h1>\n<p class=\"muted\">");
	html_txtc(b, web_label(req, "document kind", q_str(&doc, 0, "kind")));
	if (q_str(&doc, 0, "date").len) {
		html_raw(b, " · ");
		html_date(b, req, q_str(&doc, 0, "date"));
	}
	if (q_str(&doc, 0, "place").len) {
		html_raw(b, " · ");
		html_entity(b, req, STR_NULL, q_str(&doc, 0, "place"));
	}
	if (q_int(&doc, 0, "summit_id")) {
		html_raw(b, " · <a href=\"");
		html_attrf(b, "/summits/%lld", (long long)q_int(&doc, 0, "summit_id"));
		html_raw(b, "\">");
		html_txt(b, q_str(&doc, 0, "summit"));
		html_raw(b, "</a>");
	}
	html_raw(b, " · ");
	html_txt_with(b, T(req, "%s clauses"), web_count(req, cl.nrows));
	html_raw(b, " · <a href=\"");
	html_attrf(b, "/commitments?document=%lld", (long long)id);
	html_raw(b, "\">");
	html_txtc(b, T(req, "as a table"));
	if (q_int(&doc, 0, "work_id")) {
		html_raw(b, "</a> · <a href=\"");
		html_attrf(b, "/documents/%lld/versions", (long long)id);
		html_raw(b, "\">");
		html_txtc(b, T(req, "Language versions"));
	}
	html_raw(b, "</a> · <a href=\"");
	html_attrf(b, "/api/v1/documents/%lld", (long long)id);
	html_raw(b, "\">JSON</a></p>\n<div class=\"layout\">\n<nav class=\"outline\" aria-label=\"");
	html_attr(b, str_c(T(req, "Outline")));
	html_raw(b, "\"><h2>");
	html_txtc(b, T(req, "Outline"));
	html_raw(b, "</h2>\n<ol>\n");
	/* outline: parts and sections, with their clauses' anchors */
	for (int i = 0; i < nodes.nrows; i++) {
		Str type = q_str(&nodes, i, "type"), label = q_str(&nodes, i, "label");
		if (str_eq(type, S("part")) && q_int(&nodes, i, "level") == 1) {
			html_raw(b, "<li><a href=\"#");
			for (int k = 0; k < cl.nrows; k++)
				if (str_eq(q_str(&cl, k, "section"), label)) {
					html_url_arg(b, q_str(&cl, k, "eid"));
					break;
				}
			html_raw(b, "\">");
			html_txt(b, label);
			html_raw(b, "</a>");
			html_raw(b, "<ol>");
			for (int k = 0; k < cl.nrows; k++) {
				if (!str_eq(q_str(&cl, k, "section"), label))
					continue;
				html_raw(b, "<li><a href=\"#");
				html_url_arg(b, q_str(&cl, k, "eid"));
				html_raw(b, "\">");
				html_txt(b, q_str(&cl, k, "eid"));
				html_raw(b, "</a></li>");
			}
			html_raw(b, "</ol></li>\n");
		} else if (str_eq(type, S("section"))) {
			html_raw(b, "<li><a href=\"");
			html_attrf(b, "#n%lld", (long long)q_int(&nodes, i, "idx"));
			html_raw(b, "\">");
			html_txt(b, label);
			html_raw(b, "</a></li>\n");
		}
	}
	html_raw(b, "</ol>\n</nav>\n<article lang=\"");
	html_attr(b, dlang);
	html_raw(b, "\">\n");
	int ci = 0;
	Str last_anchor = STR_NULL;
	for (int i = 0; i < nodes.nrows; i++) {
		Str type = q_str(&nodes, i, "type"), label = q_str(&nodes, i, "label");
		int64_t idx = q_int(&nodes, i, "idx");
		ptrdiff_t bo = q_int(&nodes, i, "body_off"), bl = q_int(&nodes, i, "body_len");
		if (bo < 0 || bo + bl > text.len)
			continue;
		if (str_eq(type, S("part")) && q_int(&nodes, i, "level") == 1) {
			/* the part's anchor is its clauses' eid prefix ("sec_VI" of "sec_VI__para_3") */
			Str anchor = STR_NULL;
			for (int k = ci; k < cl.nrows && !anchor.s; k++)
				if (q_int(&cl, k, "node") > idx) {
					Str eid = q_str(&cl, k, "eid");
					ptrdiff_t at = str_find(eid, S("__"));
					anchor = at > 0 ? str_slice(eid, 0, at) : S("");
				}
			html_raw(b, "<h2 id=\"");
			if (anchor.len && !str_eq(anchor, last_anchor))
				html_attr(b, anchor);
			else
				html_attrf(b, "n%lld", (long long)idx);
			last_anchor = anchor;
			html_raw(b, "\">");
			html_txt(b, label);
			html_raw(b, "</h2>\n");
		} else if (str_eq(type, S("section"))) {
			html_raw(b, "<h2 id=\"");
			html_attrf(b, "n%lld", (long long)idx);
			html_raw(b, "\">");
			html_txt(b, label);
			html_raw(b, "</h2>\n");
		} else if (str_eq(type, S("para")) || str_eq(type, S("item"))) {
			while (ci < cl.nrows && q_int(&cl, ci, "node") < idx)
				ci++;
			bool is_clause = ci < cl.nrows && q_int(&cl, ci, "node") == idx;
			html_raw(b, is_clause ? "<section class=\"clause\" id=\"" : "<div class=\"para\" id=\"");
			if (is_clause)
				html_attr(b, q_str(&cl, ci, "eid"));
			else
				html_attrf(b, "n%lld", (long long)idx);
			html_raw(b, "\"><p>");
			if (is_clause) {
				html_raw(b, "<a class=\"muted\" href=\"#");
				html_url_arg(b, q_str(&cl, ci, "eid"));
				html_raw(b, "\" aria-label=\"");
				html_attr(b, str_c(T(req, "Link to this clause")));
				html_raw(b, "\">§</a> ");
			}
			marked(b, text, bo, bo + bl, sp, nsp);
			html_raw(b, "</p>");
			if (is_clause) {
				attrs(req, b, &cl, ci, &ex, q_int(&cl, ci, "id"));
				html_raw(b, "</section>\n");
			} else {
				html_raw(b, "</div>\n");
			}
		} else if (str_eq(type, S("field"))) {
			html_raw(b, "<p><strong>");
			html_txt(b, label);
			html_raw(b, ":</strong> ");
			marked(b, text, bo, bo + bl, sp, nsp);
			html_raw(b, "</p>\n");
		} else if (str_eq(type, S("signature")) || str_eq(type, S("placedate"))) {
			html_raw(b, "<p class=\"muted\">");
			marked(b, text, bo, bo + bl, sp, nsp);
			html_raw(b, "</p>\n");
		}
	}
	html_raw(b, "</article>\n</div>\n");
	html_end(req, resp);
	return 0;
}

/* /clauses/N: to the clause's anchor in its document. */
