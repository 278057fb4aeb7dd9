/* routes.c: the route table and the dispatcher (after cgit's def_cmd)
 *
 * A route is {method, pattern, handler, flags}.  The dispatcher finds the
 * first route whose pattern matches the path, answers 405 when only the
 * method differs, then checks the flags (signed in, allowed to import,
 * body allowed, the database at hand) and the CSRF token of every
 * cookie-borne POST before the handler runs: a handler never sees a request
 * its route does not accept.  Who the request comes from is settled first
 * (web_auth, auth.c).
 */
#include "web-int.h"
#include "../track/track.h"

#include <stdlib.h>
#include <string.h>

static const struct route routes[] = {
	{ HTTP_GET | HTTP_HEAD, "/", page_home, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/summits", page_summits, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/summits/*", page_summit, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/documents", page_documents, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/documents/*", page_document, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/documents/*/versions", page_versions, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/clauses/*", page_clause, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/commitments", page_commitments, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/entities", page_entities, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/entities/*", page_entity, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/search", page_search, R_DB },
	{ HTTP_POST, "/clauses/*", page_clause_post, R_DB | R_USER | R_BODY },
	{ HTTP_GET | HTTP_HEAD, "/compliance", page_compliance, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/charts/heatmap.svg", svg_heatmap, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/report/*", page_report, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/calendar.ics", ical_calendar, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/login", page_login, R_DB },
	{ HTTP_POST, "/login", page_login_post, R_DB | R_BODY },
	{ HTTP_POST, "/logout", page_logout_post, R_DB | R_BODY },
	{ HTTP_GET | HTTP_HEAD, "/import", page_import, R_DB | R_IMPORT },
	{ HTTP_POST, "/import", page_import_post, R_DB | R_IMPORT | R_BODY },
	{ HTTP_GET | HTTP_HEAD, "/lang", page_lang, 0 },
	{ HTTP_GET | HTTP_HEAD, "/static/style.css", asset_css, 0 },
	{ HTTP_GET | HTTP_HEAD, "/static/app.js", asset_js, 0 },
	{ HTTP_GET | HTTP_HEAD, "/charts/timeline.svg", svg_timeline, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/charts/areas.svg", svg_areas, R_DB },
	{ HTTP_GET | HTTP_HEAD, "/charts/actors.svg", svg_actors, R_DB },

	{ HTTP_GET | HTTP_HEAD, "/api/v1/openapi.json", api_openapi, R_API },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/stats", api_stats, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/summits", api_summits, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/summits/*", api_summit, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/documents", api_documents, R_API | R_DB },
	{ HTTP_POST, "/api/v1/documents", api_import, R_API | R_DB | R_IMPORT | R_BODY },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/documents/*", api_document, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/documents/*/versions", api_versions, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/clauses/*", api_clause, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/clauses/*/assessments", api_assessments, R_API | R_DB },
	{ HTTP_POST, "/api/v1/clauses/*/assessments", api_assessments_post, R_API | R_DB | R_USER | R_BODY },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/commitments", api_commitments, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/commitments.csv", api_commitments_csv, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/commitments/facets", api_facets, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/entities", api_entities, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/entities/*", api_entity, R_API | R_DB },
	{ HTTP_GET | HTTP_HEAD, "/api/v1/search", api_search, R_API | R_DB },
};

const struct route *web_routes(int *n)
{
	*n = (int)(sizeof routes / sizeof *routes);
	return routes;
}

bool web_match(const char *pattern, Str path, Str *caps, int *ncaps)
{
	ptrdiff_t i = 0;
	int nc = 0;
	for (const char *p = pattern; *p; p++) {
		if (*p == '*') {
			ptrdiff_t j = i;
			while (j < path.len && path.s[j] != '/')
				j++;
			if (j == i || nc >= WEB_MAX_CAPS)
				return false;
			caps[nc++] = (Str){ path.s + i, j - i };
			i = j;
		} else {
			if (i >= path.len || path.s[i] != *p)
				return false;
			i++;
		}
	}
	if (i != path.len)
		return false;
	*ncaps = nc;
	return true;
}

int64_t web_cap_id(const struct http_req *req, int i)
{
	if (i >= req->ncaps)
		return 0;
	Str c = req->caps[i];
	if (!c.len || c.len > 18)
		return 0;
	int64_t x = 0;
	for (ptrdiff_t k = 0; k < c.len; k++) {
		if (c.s[k] < '0' || c.s[k] > '9')
			return 0;
		x = x * 10 + (c.s[k] - '0');
	}
	return x;
}

void web_handle(struct http_req *req, struct http_resp *resp)
{
	memset(resp, 0, sizeof *resp);
	buf_init(&resp->body);
	resp->body.max = WEB_MAX_RESPONSE;
	resp->status = 200;
	resp->type = "text/html; charset=utf-8";
	if (!req->lang)
		req->lang = web_req_lang(req);
	/* a trailing slash names the same page */
	if (req->path.len > 1 && req->path.s[req->path.len - 1] == '/')
		req->path.len--;
	const struct route *found = NULL;
	bool other_method = false;
	for (size_t i = 0; i < sizeof routes / sizeof *routes; i++) {
		Str caps[WEB_MAX_CAPS];
		int nc = 0;
		if (!web_match(routes[i].pattern, req->path, caps, &nc))
			continue;
		if (!(routes[i].method & req->method)) {
			other_method = true;
			continue;
		}
		found = &routes[i];
		for (int k = 0; k < nc; k++)
			req->caps[k] = caps[k];
		req->ncaps = nc;
		break;
	}
	if (!found) {
		if (other_method) {
			resp->allow = "GET, HEAD, POST";
			web_error(req, resp, 405, "method not allowed on '%.*s'", (int)req->path.len, req->path.s);
		} else {
			web_error(req, resp, 404, "no such page '%.*s'", (int)req->path.len, req->path.s);
		}
		return;
	}
	if (req->body_too_big) {
		web_error(req, resp, 413, "request body over %lld bytes", (long long)WEB_MAX_BODY);
		return;
	}
	if (req->body.len && !(found->flags & R_BODY)) {
		web_error(req, resp, 413, "'%.*s' takes no request body", (int)req->path.len, req->path.s);
		return;
	}
	if ((found->flags & R_DB) && !req->db) {
		web_error(req, resp, 503, "the registry cannot be opened");
		return;
	}
	web_auth(req);
	/* a form posted by a browser carries the token of its session (or,
	 * before login, of its pre-session cookie); API tokens need none */
	if (req->method == HTTP_POST && !req->bearer && (req->session.len || str_eq(req->path, S("/login")) ||
							 str_eq(req->path, S("/logout"))) && !web_csrf_ok(req)) {
		web_error(req, resp, 403, "the form's CSRF token is missing or stale: reload the page and try again");
		goto out;
	}
	if ((found->flags & R_USER) && !req->user) {
		web_error(req, resp, 401, "sign in first (a session or an API token)");
		goto out;
	}
	if (found->flags & R_IMPORT) {
		static const struct track_user bootstrap = { .id = 0, .name = { "bootstrap", 9 }, .role = TRACK_ADMIN };
		struct diag d;
		diag_clear(&d);
		const struct track_user *u = req->user;
		int64_t nusers = 1;
		/* as the CLI: before any account exists, this machine is the admin */
		if (!u && req->loopback && !track_user_count(req->db, &nusers, &d) && nusers == 0)
			u = &bootstrap;
		if (track_authorize(u, TRACK_IMPORT, S(""))) {
			/* denied: track_require records the attempt in the audit log */
			sqlite3 *rw = web_rw(req, &d);
			int rc = rw ? track_require(rw, u, TRACK_IMPORT, S(""), req->path, web_now(), &d) : ACC_EDB;
			if (rc == ACC_EPERM)
				web_error(req, resp, req->user ? 403 : 401, "%s", T(req, "importing documents needs the admin role"));
			else
				web_error(req, resp, 500, "%s", d.msg);
			goto out;
		}
		resp->no_store = true;
	}
	int rc = found->fn(req, resp);
	if (rc)
		web_error(req, resp, web_status_of(rc), "%s", acc_strerror(rc));
out:
	web_rw_close(req);
	/* what depends on who asks is never cached for others */
	if (req->user || (found->flags & (R_USER | R_IMPORT)) || req->method == HTTP_POST)
		resp->no_store = true;
}