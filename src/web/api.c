/* api.c: the JSON API under /api/v1: every page and list, with the same
 * filters; lists carry total, page and per; errors are {"error": ...} */
#include "web-int.h"
#include "../kb/kb.h"

#include <stdlib.h>
#include <string.h>

static void cell(struct json *j, const struct store_cell *x)
{
	if (x->type == SQLITE_INTEGER)
		json_int(j, strtoll(x->s.s, NULL, 10));
	else if (x->type == SQLITE_FLOAT)
		json_num(j, strtod(x->s.s, NULL));
	else
		json_str(j, x->s);
}

static void row(struct json *j, const struct store_table *t, int r)
{
	json_obj(j);
	for (int c = 0; c < t->ncols; c++) {
		char key[64];
		snprintf(key, sizeof key, "%.*s", (int)t->cols[c].len, t->cols[c].s);
		json_key(j, key);
		cell(j, store_cell(t, r, c));
	}
	json_obj_end(j);
}

/* ?lang=: the language of the extra "name_local" fields (keys and codes
 * stay English).  WEB_EN when absent, -1 when not one of ours. */
static int api_lang(const struct http_req *req)
{
	Str v = http_param(req, "lang");
	if (!v.s || !v.len)
		return WEB_EN;
	int id = web_lang_id(v);
	return id >= 0 ? id : web_lang_match(v);
}

/* A row of entities with "name_local" beside "name" when lang asks: the
 * kb's name in that language, or null where it has none. */
static void row_local(const struct http_req *req, struct json *j, const struct store_table *t, int r, int lang)
{
	json_obj(j);
	for (int c = 0; c < t->ncols; c++) {
		char key[64];
		snprintf(key, sizeof key, "%.*s", (int)t->cols[c].len, t->cols[c].s);
		json_key(j, key);
		cell(j, store_cell(t, r, c));
		if (lang > WEB_EN && !strcmp(key, "name")) {
			Str local = web_entity_local(req->w && req->w->kb ? req->w->kb : kb_default(), lang,
						     q_str(t, r, "code"), q_str(t, r, "name"));
			json_key(j, "name_local");
			if (local.s)
				json_str(j, local);
			else
				json_null(j);
		}
	}
	json_obj_end(j);
}

void api_table(struct json *j, const char *key, const struct store_table *t)
{
	if (key)
		json_key(j, key);
	json_arr(j);
	for (int r = 0; r < t->nrows; r++)
		row(j, t, r);
	json_arr_end(j);
}

static void begin(struct http_resp *resp, struct json *j)
{
	resp->type = "application/json";
	json_init(j, &resp->body, false);
	json_obj(j);
}

static int end(struct http_resp *resp, struct json *j)
{
	json_obj_end(j);
	buf_putc(&resp->body, '\n');
	return 0;
}

/* A list answer: {"items": [...]} from store_list with the query's filters. */
static int list(struct http_req *req, struct http_resp *resp, const char *kind)
{
	struct store_filter f = STORE_FILTER_ANY;
	struct diag d;
	diag_clear(&d);
	bool bad = false;
	f.summit = http_param_int(req, "summit", 0, 1, INT64_MAX / 2, &bad);
	f.document = http_param_int(req, "document", 0, 1, INT64_MAX / 2, &bad);
	f.limit = http_param_int(req, "per", WEB_PAGE_MAX, 1, WEB_EXPORT_MAX, &bad);
	int64_t page = http_param_int(req, "page", 1, 1, 1000000, &bad);
	if (bad)
		return web_error(req, resp, 400, "summit, document, per and page must be positive numbers");
	f.offset = (page - 1) * f.limit;
	Str v;
	if ((v = http_param(req, "type")).len)
		f.type = v;
	if ((v = http_param(req, "actor")).len)
		f.actor = v;
	if ((v = http_param(req, "since")).len)
		f.since = v;
	if ((v = http_param(req, "until")).len)
		f.until = v;
	struct store st = { .db = req->db };
	int lang = api_lang(req);
	if (lang < 0)
		return web_error(req, resp, 400, "lang must be en, ru or zh-Hans");
	struct store_table t;
	int rc = store_list(&st, req->a, kind, &f, &t, &d);
	if (rc)
		return web_error(req, resp, rc == ACC_EINVAL ? 400 : 500, "%s", d.msg);
	struct json j;
	begin(resp, &j);
	json_key(&j, "page");
	json_int(&j, page);
	json_key(&j, "per");
	json_int(&j, f.limit);
	if (!strcmp(kind, "entities")) {
		json_key(&j, "items");
		json_arr(&j);
		for (int r = 0; r < t.nrows; r++)
			row_local(req, &j, &t, r, lang);
		json_arr_end(&j);
	} else {
		api_table(&j, "items", &t);
	}
	return end(resp, &j);
}

int api_summits(struct http_req *req, struct http_resp *resp) { return list(req, resp, "summits"); }
int api_documents(struct http_req *req, struct http_resp *resp) { return list(req, resp, "documents"); }
int api_entities(struct http_req *req, struct http_resp *resp) { return list(req, resp, "entities"); }

int api_stats(struct http_req *req, struct http_resp *resp)
{
	struct store st = { .db = req->db };
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	if (store_stats(&st, req->a, &t, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	struct json j;
	resp->type = "application/json";
	json_init(&j, &resp->body, false);
	row(&j, &t, 0);
	buf_putc(&resp->body, '\n');
	return 0;
}

/* One record through store_show: fields, explain, extra, provenance. */
static int shown(struct http_req *req, struct http_resp *resp, const char *prefix, const char *extra_key)
{
	int64_t id = web_cap_id(req, 0);
	if (!id)
		return web_error(req, resp, 404, "no such %s '%.*s'", prefix, (int)req->caps[0].len, req->caps[0].s);
	int lang = api_lang(req);
	if (lang < 0)
		return web_error(req, resp, 400, "lang must be en, ru or zh-Hans");
	struct store st = { .db = req->db };
	struct store_shown o;
	struct diag d;
	diag_clear(&d);
	int rc = store_show(&st, req->a, arena_printf(req->a, "%s:%lld", prefix, (long long)id), &o, &d);
	if (rc)
		return web_error(req, resp, rc == ACC_ENOTFOUND ? 404 : 500, "%s", d.msg);
	struct json j;
	begin(resp, &j);
	for (int c = 0; c < o.fields.ncols; c++) {
		char key[64];
		snprintf(key, sizeof key, "%.*s", (int)o.fields.cols[c].len, o.fields.cols[c].s);
		json_key(&j, key);
		cell(&j, store_cell(&o.fields, 0, c));
		if (lang > WEB_EN && !strcmp(prefix, "entity") && !strcmp(key, "name")) {
			Str local = web_entity_local(req->w && req->w->kb ? req->w->kb : kb_default(), lang,
						     q_str(&o.fields, 0, "code"), q_str(&o.fields, 0, "name"));
			json_key(&j, "name_local");
			if (local.s)
				json_str(&j, local);
			else
				json_null(&j);
		}
	}
	if (o.doc_id && strcmp(prefix, "doc")) {
		json_key(&j, "provenance");
		json_obj(&j);
		json_key(&j, "document");
		json_int(&j, o.doc_id);
		json_key(&j, "source");
		json_str(&j, o.source);
		json_key(&j, "off");
		json_int(&j, o.off);
		json_key(&j, "len");
		json_int(&j, o.len);
		json_key(&j, "src_off");
		json_int(&j, o.src_off);
		json_key(&j, "src_len");
		json_int(&j, o.src_len);
		json_key(&j, "context");
		json_str(&j, o.context);
		json_obj_end(&j);
	}
	if (o.explain.ncols)
		api_table(&j, "explain", &o.explain);
	if (extra_key && o.extra.ncols)
		api_table(&j, extra_key, &o.extra);
	return end(resp, &j);
}

int api_clause(struct http_req *req, struct http_resp *resp) { return shown(req, resp, "clause", "assessments"); }
int api_entity(struct http_req *req, struct http_resp *resp) { return shown(req, resp, "entity", "mentions"); }

int api_summit(struct http_req *req, struct http_resp *resp)
{
	int rc = shown(req, resp, "summit", "documents");
	if (rc || resp->status != 200)
		return rc;
	return 0;
}

int api_document(struct http_req *req, struct http_resp *resp)
{
	int64_t id = web_cap_id(req, 0);
	if (!id)
		return web_error(req, resp, 404, "no such document '%.*s'", (int)req->caps[0].len, req->caps[0].s);
	struct store_table doc, cl, ex;
	struct diag d;
	diag_clear(&d);
	if (q_rows(req, &doc, &d, "SELECT id, source, title, kind, date, place, summit_id AS summit, format, bytes, sha256,"
				  " ingested_at, text FROM documents WHERE id = ?", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	if (!doc.nrows)
		return web_error(req, resp, 404, "no such document %lld", (long long)id);
	if (q_rows(req, &cl, &d,
		   "SELECT c.id, c.eid, c.section, c.modality, c.commitment, c.scope,"
		   " (SELECT group_concat(code, ' ') FROM (SELECT code FROM clause_actors x WHERE x.clause_id = c.id ORDER BY code)) AS actors,"
		   " (SELECT group_concat(area, ' ') FROM (SELECT area FROM clause_areas x WHERE x.clause_id = c.id ORDER BY area)) AS areas,"
		   " (SELECT group_concat(date, ' ') FROM (SELECT date FROM clause_targets x WHERE x.clause_id = c.id ORDER BY date)) AS targets,"
		   " c.text, c.off, c.len, c.src_off, c.src_len FROM clauses c WHERE c.doc_id = ? ORDER BY c.seq", "i", id) ||
	    q_rows(req, &ex, &d,
		   "SELECT x.id, x.subject, x.clause_id AS clause, x.attr, x.rule,"
		   " CAST(substr(CAST(d.text AS BLOB), x.off + 1, x.len) AS TEXT) AS text, x.off, x.len, x.src_off, x.src_len"
		   " FROM explain x JOIN documents d ON d.id = x.doc_id WHERE x.doc_id = ? ORDER BY x.id", "i", id))
		return web_error(req, resp, 500, "%s", d.msg);
	struct json j;
	begin(resp, &j);
	bool with_text = !str_eq(http_param(req, "text"), S("no"));
	for (int c = 0; c < doc.ncols; c++) {
		if (!with_text && str_eq(doc.cols[c], S("text")))
			continue;
		char key[64];
		snprintf(key, sizeof key, "%.*s", (int)doc.cols[c].len, doc.cols[c].s);
		json_key(&j, key);
		cell(&j, store_cell(&doc, 0, c));
	}
	api_table(&j, "clauses", &cl);
	api_table(&j, "explain", &ex);
	return end(resp, &j);
}

int api_commitments(struct http_req *req, struct http_resp *resp)
{
	struct cfilter f;
	struct diag d;
	diag_clear(&d);
	if (cfilter_parse(req, &f, WEB_EXPORT_MAX, &d))
		return web_error(req, resp, 400, "%s", d.msg);
	struct store_table t;
	int64_t total = 0;
	if (q_commitments(req, &f, &t, &total, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	struct json j;
	begin(resp, &j);
	json_key(&j, "total");
	json_int(&j, total);
	json_key(&j, "page");
	json_int(&j, f.page);
	json_key(&j, "per");
	json_int(&j, f.per);
	api_table(&j, "items", &t);
	return end(resp, &j);
}

int api_commitments_csv(struct http_req *req, struct http_resp *resp)
{
	struct cfilter f;
	struct diag d;
	diag_clear(&d);
	/* the whole view unless per/page ask for one page */
	bool paged = http_param(req, "per").len || http_param(req, "page").len;
	if (cfilter_parse(req, &f, WEB_EXPORT_MAX, &d))
		return web_error(req, resp, 400, "%s", d.msg);
	if (!paged)
		f.per = WEB_EXPORT_MAX;
	struct store_table t;
	int64_t total = 0;
	if (q_commitments(req, &f, &t, &total, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	resp->type = "text/csv; charset=utf-8";
	resp->filename = S("commitments.csv");
	store_table_csv(&resp->body, &t);
	return 0;
}

int api_facets(struct http_req *req, struct http_resp *resp)
{
	struct cfilter f;
	struct diag d;
	diag_clear(&d);
	if (cfilter_parse(req, &f, WEB_EXPORT_MAX, &d))
		return web_error(req, resp, 400, "%s", d.msg);
	struct json j;
	begin(resp, &j);
	for (int k = 0; k < CD_COUNT; k++) {
		struct store_table t;
		if (q_facet(req, &f, k, &t, &d)) {
			buf_reset(&resp->body);
			return web_error(req, resp, 500, "%s", d.msg);
		}
		api_table(&j, cdim_names[k], &t);
	}
	return end(resp, &j);
}

int api_search(struct http_req *req, struct http_resp *resp)
{
	Str q = str_trim(http_param(req, "q"));
	if (!q.len)
		return web_error(req, resp, 400, "missing parameter 'q'");
	if (q.len > 256)
		return web_error(req, resp, 400, "search over 256 bytes");
	struct store st = { .db = req->db };
	struct store_filter f = STORE_FILTER_ANY;
	bool bad = false;
	f.limit = http_param_int(req, "per", 20, 1, WEB_PAGE_MAX, &bad);
	if (bad)
		return web_error(req, resp, 400, "per must be a number from 1 to %d", WEB_PAGE_MAX);
	struct store_table t;
	struct diag d;
	diag_clear(&d);
	int rc = store_search(&st, req->a, q, &f, "<b>", "</b>", &t, &d);
	if (rc)
		return web_error(req, resp, rc == ACC_EINVAL ? 400 : 500, "%s", d.msg);
	struct json j;
	begin(resp, &j);
	json_key(&j, "query");
	json_str(&j, q);
	api_table(&j, "items", &t);
	return end(resp, &j);
}

int api_import(struct http_req *req, struct http_resp *resp)
{
	int64_t id = 0;
	bool is_new = false;
	struct diag d;
	diag_clear(&d);
	int rc = web_ingest_upload(req, &id, &is_new, &d);
	if (rc)
		return web_error(req, resp, rc == ACC_EDB ? 500 : web_status_of(rc), "cannot import: %s", d.msg);
	resp->status = is_new ? 201 : 200;
	resp->no_store = true;
	resp->location = arena_printf(req->a, "/api/v1/documents/%lld", (long long)id);
	struct json j;
	begin(resp, &j);
	json_key(&j, "id");
	json_int(&j, id);
	json_key(&j, "new");
	json_bool(&j, is_new);
	json_key(&j, "url");
	json_str(&j, arena_printf(req->a, "/documents/%lld", (long long)id));
	return end(resp, &j);
}
