/* page-lists.c: summits, one summit, documents, entities, one entity */
#include "web-int.h"

#include <string.h>

/* A column of a table: the row's column name, its header (a msgid), and
 * how its cell is written: 't' text, 'd' an ISO date for the reader, 'n' a
 * count, 'e' a kb entity by name (the row's "code" beside it), or a label
 * of context ctx. */
struct col {
	const char *name, *head;
	char how;
	const char *ctx;
};

static void cell(struct http_req *req, struct buf *b, const struct store_table *t, int r, const struct col *c)
{
	Str v = q_str(t, r, c->name);
	switch (c->how) {
	case 'd': html_date(b, req, v); break;
	case 'n': html_count(b, req, q_int(t, r, c->name)); break;
	case 'e': html_entity(b, req, q_str(t, r, "code"), v); break;
	case 'l': html_txtc(b, web_label(req, c->ctx, v)); break;
	default: html_txt(b, v);
	}
}

/* A table of rows; link_col's cell links to prefix + the id column. */
static void table(struct http_req *req, struct buf *b, const struct store_table *t, const struct col *cols,
		  const char *link_col, const char *prefix, const char *caption)
{
	html_raw(b, "<div class=\"scroll\"><table>\n<caption class=\"vh\">");
	html_txtc(b, T(req, caption));
	html_raw(b, "</caption>\n<thead><tr>");
	for (int c = 0; cols[c].name; c++) {
		html_raw(b, "<th scope=\"col\">");
		html_txtc(b, T(req, cols[c].head));
		html_raw(b, "</th>");
	}
	html_raw(b, "</tr></thead>\n<tbody>\n");
	for (int r = 0; r < t->nrows; r++) {
		html_raw(b, "<tr>");
		for (int c = 0; cols[c].name; c++) {
			html_raw(b, "<td>");
			if (link_col && !strcmp(cols[c].name, link_col)) {
				html_raw(b, "<a href=\"");
				html_attrf(b, "%s%lld", prefix, (long long)q_int(t, r, "id"));
				html_raw(b, "\">");
				if (q_str(t, r, cols[c].name).len)
					cell(req, b, t, r, &cols[c]);
				else
					html_txtc(b, T(req, "(untitled)"));
				html_raw(b, "</a>");
			} else {
				cell(req, b, t, r, &cols[c]);
			}
			html_raw(b, "</td>");
		}
		html_raw(b, "</tr>\n");
	}
	html_raw(b, "</tbody></table></div>\n");
}

static void heading(struct http_req *req, struct buf *b, const char *tag, const char *msgid)
{
	html_raw(b, "<");
	html_raw(b, tag);
	html_raw(b, ">");
	html_txtc(b, T(req, msgid));
	html_raw(b, "</");
	html_raw(b, tag);
	html_raw(b, ">\n");
}

int page_summits(struct http_req *req, struct http_resp *resp)
{
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	struct store_filter f = STORE_FILTER_ANY;
	struct store st = { .db = req->db };
	if (store_list(&st, req->a, "summits", &f, &t, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	html_begin(req, resp, T(req, "Summits"), NULL);
	heading(req, &resp->body, "h1", N_("Summits"));
	static const struct col cols[] = { { "name", N_("Name"), 't', 0 }, { "ordinal", N_("Ordinal"), 't', 0 },
					   { "city", N_("City"), 'e', 0 }, { "start", N_("Start"), 'd', 0 },
					   { "end", N_("End"), 'd', 0 }, { "chair", N_("Chair"), 'e', 0 },
					   { "documents", N_("Documents"), 'n', 0 }, { 0 } };
	table(req, &resp->body, &t, cols, "name", "/summits/", "Summits");
	html_end(req, resp);
	return 0;
}

int page_summit(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	struct store_table s, names, parts, events, agr, docs;
	struct diag d;
	diag_clear(&d);
	if (!id)
		return web_error(req, resp, 404, "no such summit");
	if (q_rows(req, &s, &d, "SELECT * FROM summits WHERE id = ?", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!s.nrows)
		return web_error(req, resp, 404, "no such summit %lld", (long long)id);
	if (q_rows(req, &names, &d, "SELECT lang, title FROM summit_names WHERE summit_id = ? ORDER BY lang", "i", id) ||
	    q_rows(req, &parts, &d,
		   "SELECT p.code, (SELECT e.id FROM entities e WHERE e.code = p.code AND e.type = 'state' LIMIT 1) AS entity,"
		   " (SELECT e.name FROM entities e WHERE e.code = p.code AND e.type = 'state' LIMIT 1) AS name"
		   " FROM summit_participants p WHERE summit_id = ? ORDER BY code", "i", id) ||
	    q_rows(req, &events, &d,
		   "SELECT e.id, e.date, e.part_of_day, e.type, e.place, e.summary, e.doc_id FROM events e JOIN documents d ON d.id = e.doc_id"
		   " WHERE d.summit_id = ? ORDER BY e.date, e.seq", "i", id) ||
	    q_rows(req, &agr, &d,
		   "SELECT g.id, g.kind, g.date, g.count, g.title, g.doc_id FROM agreements g JOIN documents d ON d.id = g.doc_id"
		   " WHERE d.summit_id = ? ORDER BY g.date, g.seq", "i", id) ||
	    q_rows(req, &docs, &d, "SELECT id, title, kind, date, source FROM documents WHERE summit_id = ? ORDER BY date, id", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	struct buf *b = &resp->body;
	Str name = q_str(&s, 0, "name");
	html_begin(req, resp, name.len ? arena_cstr(req->a, name) : T(req, "Summit"), NULL);
	/* the summit's own name in the reader's language, when it has one */
	Str local = STR_NULL;
	for (int i = 0; i < names.nrows && strcmp(req->lang, "en"); i++)
		if (str_eq(q_str(&names, i, "lang"), str_starts(str_c(req->lang), S("zh")) ? S("zh") : str_c(req->lang)))
			local = q_str(&names, i, "title");
	html_raw(b, "<h1>");
	if (local.len && name.len) {
		html_raw(b, "<span title=\"");
		html_attr(b, name);
		html_raw(b, "\">");
		html_txt(b, local);
		html_raw(b, "</span>");
	} else {
		html_txt(b, name.len ? name : str_c(T(req, "Summit")));
	}
	html_raw(b, "</h1>\n<p><a id=\"report-link\" href=\"");
	html_attrf(b, "/report/%lld", (long long)id);
	html_raw(b, "\">");
	html_txtc(b, T(req, "Implementation report"));
	html_raw(b, "</a> · <a href=\"");
	html_attrf(b, "/compliance?summit=%lld", (long long)id);
	html_raw(b, "\">");
	html_txtc(b, T(req, "Compliance"));
	html_raw(b, "</a></p>\n<dl>\n");
	static const struct col fields[] = { { "ordinal", N_("Ordinal"), 't', 0 }, { "host", N_("Host"), 'e', 0 },
					     { "city", N_("City"), 'e', 0 }, { "venue", N_("Venue"), 't', 0 },
					     { "chair", N_("Chair"), 'e', 0 }, { "start_date", N_("Start"), 'd', 0 },
					     { "end_date", N_("End"), 'd', 0 } };
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
		Str v = q_str(&s, 0, fields[i].name);
		if (!v.len)
			continue;
		html_raw(b, "<dt>");
		html_txtc(b, T(req, fields[i].head));
		html_raw(b, "</dt><dd>");
		if (fields[i].how == 'e')
			html_entity(b, req, v, v);
		else
			cell(req, b, &s, 0, &fields[i]);
		html_raw(b, "</dd>\n");
	}
	for (int i = 0; i < names.nrows; i++) {
		html_raw(b, "<dt>");
		html_txtc(b, T(req, "Name"));
		html_raw(b, " (");
		html_txt(b, q_str(&names, i, "lang"));
		html_raw(b, ")</dt><dd lang=\"");
		html_attr(b, q_str(&names, i, "lang"));
		html_raw(b, "\">");
		html_txt(b, q_str(&names, i, "title"));
		html_raw(b, "</dd>\n");
	}
	html_raw(b, "</dl>\n");
	heading(req, b, "h2", N_("Participants"));
	html_raw(b, "<ul>");
	for (int i = 0; i < parts.nrows; i++) {
		html_raw(b, "<li>");
		Str code = q_str(&parts, i, "code"), nm = q_str(&parts, i, "name");
		if (q_int(&parts, i, "entity")) {
			html_raw(b, "<a href=\"");
			html_attrf(b, "/entities/%lld", (long long)q_int(&parts, i, "entity"));
			html_raw(b, "\">");
			html_entity(b, req, code, nm);
			html_raw(b, "</a>");
		} else {
			html_entity(b, req, code, STR_NULL);
		}
		html_raw(b, "</li>");
	}
	html_raw(b, "</ul>\n");
	heading(req, b, "h2", N_("Events"));
	html_raw(b, "<figure><img src=\"/charts/timeline.svg?summit=");
	html_attrf(b, "%lld", (long long)id);
	html_raw(b, "\" alt=\"");
	html_attr(b, str_c(T(req, "Timeline of the summit's events")));
	html_raw(b, "\" width=\"800\" height=\"140\"></figure>\n<ol>\n");
	for (int i = 0; i < events.nrows; i++) {
		html_raw(b, "<li>");
		html_date(b, req, q_str(&events, i, "date"));
		html_raw(b, " ");
		html_txtc(b, web_label(req, "part of day", q_str(&events, i, "part_of_day")));
		html_raw(b, " <strong>");
		html_txtc(b, web_label(req, "event", q_str(&events, i, "type")));
		html_raw(b, "</strong> ");
		html_txt(b, q_str(&events, i, "summary"));
		html_raw(b, "</li>\n");
	}
	html_raw(b, "</ol>\n");
	heading(req, b, "h2", N_("Agreements"));
	static const struct col acols[] = { { "kind", N_("Kind"), 'l', "agreement kind" }, { "date", N_("Date"), 'd', 0 },
					    { "count", N_("Count"), 'n', 0 }, { "title", N_("Title"), 't', 0 }, { 0 } };
	table(req, b, &agr, acols, NULL, NULL, N_("Agreements"));
	heading(req, b, "h2", N_("Documents"));
	static const struct col dcols[] = { { "title", N_("Title"), 't', 0 }, { "kind", N_("Kind"), 'l', "document kind" },
					    { "date", N_("Date"), 'd', 0 }, { 0 } };
	table(req, b, &docs, dcols, "title", "/documents/", N_("Documents"));
	html_end(req, resp);
	return 0;
}

int page_documents(struct http_req *req, struct http_resp *resp)
{
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	if (q_rows(req, &t, &d,
		   "SELECT d.id, coalesce(d.title, replace(d.source, rtrim(d.source, replace(d.source, '/', '')), '')) AS title,"
		   " d.kind, d.date, d.place, (SELECT count(*) FROM clauses c WHERE c.doc_id = d.id) AS clauses,"
		   " (SELECT count(*) FROM clauses c WHERE c.doc_id = d.id AND c.commitment) AS commitments"
		   " FROM documents d ORDER BY d.date, d.id LIMIT ?", "i", (int64_t)WEB_EXPORT_MAX))
		return web_error(req, resp, 500, "%s", d.msg);
	html_begin(req, resp, T(req, "Documents"), "documents");
	heading(req, &resp->body, "h1", N_("Documents"));
	static const struct col cols[] = { { "title", N_("Title"), 't', 0 }, { "kind", N_("Kind"), 'l', "document kind" },
					   { "date", N_("Date"), 'd', 0 }, { "place", N_("Place"), 'e', 0 },
					   { "clauses", N_("Clauses"), 'n', 0 }, { "commitments", N_("Commitments"), 'n', 0 },
					   { 0 } };
	table(req, &resp->body, &t, cols, "title", "/documents/", N_("Documents"));
	html_end(req, resp);
	return 0;
}

int page_entities(struct http_req *req, struct http_resp *resp)
{
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	Str type = http_param(req, "type");
	if (q_rows(req, &t, &d,
		   "SELECT e.id, e.type, e.name, e.code, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions"
		   " FROM entities e WHERE (?1 IS NULL OR e.type = ?1) ORDER BY e.type, e.name LIMIT ?2",
		   "si", type.len ? type : STR_NULL, (int64_t)WEB_EXPORT_MAX))
		return web_error(req, resp, 500, "%s", d.msg);
	html_begin(req, resp, T(req, "Entities"), "entities");
	heading(req, &resp->body, "h1", N_("Entities"));
	static const struct col cols[] = { { "name", N_("Name"), 'e', 0 }, { "type", N_("Type"), 'l', "entity type" },
					   { "code", N_("Code"), 't', 0 }, { "mentions", N_("Mentions"), 'n', 0 }, { 0 } };
	table(req, &resp->body, &t, cols, "name", "/entities/", N_("Entities"));
	if (!t.nrows) {
		html_raw(&resp->body, "<p class=\"muted\">");
		html_txtc(&resp->body, T(req, "No entities yet."));
		html_raw(&resp->body, "</p>\n");
	}
	html_end(req, resp);
	return 0;
}

int page_entity(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	struct store_table e, men, cls;
	struct diag d;
	diag_clear(&d);
	if (!id)
		return web_error(req, resp, 404, "no such entity");
	if (q_rows(req, &e, &d, "SELECT id, type, name, code FROM entities WHERE id = ?", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!e.nrows)
		return web_error(req, resp, 404, "no such entity %lld", (long long)id);
	Str code = q_str(&e, 0, "code");
	if (q_rows(req, &men, &d,
		   "SELECT m.id, m.doc_id, coalesce(d.title, d.source) AS title, m.text,"
		   " (SELECT p.eid FROM paragraphs p WHERE p.doc_id = m.doc_id AND p.off <= m.off AND p.off + p.len >= m.off + m.len LIMIT 1) AS eid,"
		   " (SELECT substr(p.text, 1, 200) FROM paragraphs p WHERE p.doc_id = m.doc_id AND p.off <= m.off AND p.off + p.len >= m.off + m.len LIMIT 1) AS context"
		   " FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ? ORDER BY m.doc_id, m.off LIMIT 500",
		   "i", id) ||
	    q_rows(req, &cls, &d,
		   "SELECT c.id, c.doc_id, c.eid, c.modality, c.commitment, substr(c.text, 1, 200) AS text FROM clauses c"
		   " JOIN clause_actors x ON x.clause_id = c.id WHERE x.code = ? ORDER BY c.doc_id, c.seq LIMIT 500",
		   "s", code.len ? code : S("-")))
		return web_error(req, resp, 500, "%s", d.msg);
	struct buf *b = &resp->body;
	html_begin(req, resp, arena_cstr(req->a, q_str(&e, 0, "name")), "entities");
	html_raw(b, "<h1>");
	html_entity(b, req, code, q_str(&e, 0, "name"));
	html_raw(b, "</h1>\n<p class=\"muted\">");
	html_txtc(b, web_label(req, "entity type", q_str(&e, 0, "type")));
	html_raw(b, " ");
	html_txt(b, code);
	html_raw(b, "</p>\n");
	heading(req, b, "h2", N_("Mentions"));
	html_raw(b, "<ul>\n");
	for (int i = 0; i < men.nrows; i++) {
		html_raw(b, "<li><a href=\"");
		html_attrf(b, "/documents/%lld#", (long long)q_int(&men, i, "doc_id"));
		html_url_arg(b, q_str(&men, i, "eid"));
		html_raw(b, "\">");
		html_txt(b, q_str(&men, i, "title"));
		html_raw(b, "</a>: <q>");
		html_txt(b, q_str(&men, i, "text"));
		html_raw(b, "</q> <span class=\"muted\">");
		html_txt(b, q_str(&men, i, "context"));
		html_raw(b, "</span></li>\n");
	}
	html_raw(b, "</ul>\n");
	if (code.len) {
		heading(req, b, "h2", N_("Clauses where it acts"));
		html_raw(b, "<p><a href=\"/commitments?actor=");
		html_url_arg(b, code);
		html_raw(b, "\">");
		html_txtc(b, T(req, "All of them as a table"));
		html_raw(b, "</a></p>\n<ul>\n");
		for (int i = 0; i < cls.nrows; i++) {
			html_raw(b, "<li><a href=\"");
			html_attrf(b, "/documents/%lld#", (long long)q_int(&cls, i, "doc_id"));
			html_url_arg(b, q_str(&cls, i, "eid"));
			html_raw(b, "\">");
			html_txt(b, q_str(&cls, i, "eid"));
			html_raw(b, "</a> ");
			html_txtc(b, web_label(req, "modality", q_str(&cls, i, "modality")));
			html_raw(b, ": ");
			html_txt(b, q_str(&cls, i, "text"));
			html_raw(b, "</li>\n");
		}
		html_raw(b, "</ul>\n");
	}
	html_end(req, resp);
	return 0;
}
