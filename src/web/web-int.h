/* web-int.h: what the web module's files share: handlers, the read-only
 * queries of query-*.c, the commitments filter */
#ifndef ACCORD_WEB_INT_H
#define ACCORD_WEB_INT_H

#include "html.h"
#include "i18n.h"
#include "../base/json.h"
#include "../store/store.h"

/* ---- queries (query.c): read-only SQL on req->db ---- */

/* Run sql with parameters described by binds ('i' int64_t, 's' Str bound as
 * text, or NULL when .s == NULL) into t.  Returns 0 or ACC_EDB (d). */
int q_rows(struct http_req *req, struct store_table *t, struct diag *d, const char *sql, const char *binds, ...);
/* The cell as text / integer (0 for NULL). */
Str q_str(const struct store_table *t, int row, const char *col);
int64_t q_int(const struct store_table *t, int row, const char *col);

/* The commitments view's filters, from the query string. */
enum csort { CS_DOCUMENT, CS_MODALITY, CS_SECTION, CS_TARGET, CS_ID };
enum cdim { CD_AREA, CD_ACTOR, CD_MODALITY, CD_COMMITMENT, CD_SUMMIT, CD_SECTION, CD_COUNT };

struct cfilter {
	Str area, actor, modality, section, q; /* .s == NULL: any */
	int commitment;       /* -1 any, 0 no, 1 yes */
	int64_t summit, document;
	int sort;             /* enum csort */
	bool desc;
	int64_t page;         /* 1-based */
	int64_t per;          /* rows per page */
};

/* Read and check the filters; 0, or ACC_EINVAL with d naming the bad one.
 * max_per bounds "per" (WEB_PAGE_MAX for pages, WEB_EXPORT_MAX for CSV). */
int cfilter_parse(struct http_req *req, struct cfilter *f, int64_t max_per, struct diag *d);
/* The page of clauses matching f, and their total. */
int q_commitments(struct http_req *req, const struct cfilter *f, struct store_table *t, int64_t *total,
		  struct diag *d);
/* Counts per value of one facet under every filter but its own: columns value, label, n. */
int q_facet(struct http_req *req, const struct cfilter *f, int dim, struct store_table *t, struct diag *d);
extern const char *const cdim_names[CD_COUNT];   /* the query parameter of each facet */
extern const char *const csort_names[];          /* NULL-terminated */

/* ---- who (auth.c) ---- */

/* Set req->user / session / bearer from the Authorization header or the
 * session cookie; the public when neither names a live one. */
void web_auth(struct http_req *req);
/* The value of cookie name, or .s == NULL. */
Str web_cookie(const struct http_req *req, const char *name);
/* A read-write connection to the registry with track's tables, opened on
 * first use for this request and closed by web_handle; NULL with d. */
sqlite3 *web_rw(struct http_req *req, struct diag *d);
void web_rw_close(struct http_req *req);
/* Whether a Cookie header is empty or names only lang= (cacheable). */
bool web_cookie_only_lang(Str cookie);
/* Whether the form's csrf field matches the session (or pre-session) cookie. */
bool web_csrf_ok(struct http_req *req);
/* A hidden csrf input for a form (sets the pre-session cookie when needed). */
void web_csrf_field(struct http_req *req, struct http_resp *resp);
/* "; Path=/; HttpOnly; SameSite=Strict" and "; Secure" over TLS. */
const char *web_cookie_attrs(const struct http_req *req);
/* track_authorize for the request's user (records nothing). */
bool web_may(const struct http_req *req, int act, Str state);
int64_t web_now(void);

/* A space-separated list of values (state codes, labels, dates), each
 * written for the reader: how is 'e' (state codes), 'd' (ISO dates) or 'l'
 * (labels of context ctx); comma-separated (page-doc.c). */
void html_list(struct buf *b, struct http_req *req, Str list, char how, const char *ctx);

/* ---- handlers ---- */
int page_login(struct http_req *, struct http_resp *);
int page_login_post(struct http_req *, struct http_resp *);
int page_logout_post(struct http_req *, struct http_resp *);
int page_clause_post(struct http_req *, struct http_resp *);
int page_compliance(struct http_req *, struct http_resp *);
int page_report(struct http_req *, struct http_resp *);
int svg_heatmap(struct http_req *, struct http_resp *);
int ical_calendar(struct http_req *, struct http_resp *);
int api_assessments(struct http_req *, struct http_resp *);
int api_assessments_post(struct http_req *, struct http_resp *);
int page_home(struct http_req *, struct http_resp *);
int page_summits(struct http_req *, struct http_resp *);
int page_summit(struct http_req *, struct http_resp *);
int page_documents(struct http_req *, struct http_resp *);
int page_document(struct http_req *, struct http_resp *);
int page_versions(struct http_req *, struct http_resp *);
int page_clause(struct http_req *, struct http_resp *);
int page_commitments(struct http_req *, struct http_resp *);
int page_entities(struct http_req *, struct http_resp *);
int page_entity(struct http_req *, struct http_resp *);
int page_search(struct http_req *, struct http_resp *);
int page_import(struct http_req *, struct http_resp *);
int page_import_post(struct http_req *, struct http_resp *);
int asset_css(struct http_req *, struct http_resp *);
int asset_js(struct http_req *, struct http_resp *);
int svg_timeline(struct http_req *, struct http_resp *);
int svg_areas(struct http_req *, struct http_resp *);
int svg_actors(struct http_req *, struct http_resp *);

int api_stats(struct http_req *, struct http_resp *);
int api_summits(struct http_req *, struct http_resp *);
int api_summit(struct http_req *, struct http_resp *);
int api_documents(struct http_req *, struct http_resp *);
int api_document(struct http_req *, struct http_resp *);
int api_versions(struct http_req *, struct http_resp *);
int api_clause(struct http_req *, struct http_resp *);
int api_commitments(struct http_req *, struct http_resp *);
int api_commitments_csv(struct http_req *, struct http_resp *);
int api_facets(struct http_req *, struct http_resp *);
int api_entities(struct http_req *, struct http_resp *);
int api_entity(struct http_req *, struct http_resp *);
int api_search(struct http_req *, struct http_resp *);
int api_import(struct http_req *, struct http_resp *);
int api_openapi(struct http_req *, struct http_resp *);

/* Ingest the uploaded document in req (body or form field "file"/"text")
 * through a read-write store; *doc_id is its id.  Returns 0 or the error
 * with d. */
int web_ingest_upload(struct http_req *req, int64_t *doc_id, bool *is_new, struct diag *d);

/* A capture as a positive id, or 0 when it is not one. */
int64_t web_cap_id(const struct http_req *req, int i);

/* JSON: a table as an array of objects under key (json.h's writer). */
void api_table(struct json *j, const char *key, const struct store_table *t);

#endif
