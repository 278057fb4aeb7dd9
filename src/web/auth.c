/* auth.c: who a request comes from (session cookie or API token), the
 * read-write connection for track's writes, cookies and CSRF fields
 *
 * web_handle() calls web_auth() before the route's flags are checked:
 *   - "Authorization: Bearer T" -> track_token_lookup(): req->bearer, no
 *     CSRF needed (a browser never sends it on its own);
 *   - else the cookie accord_session -> track_session_lookup(); its token
 *     keys the CSRF token (track_csrf_token) of every form on the page;
 *   - else the anonymous public (req->user == NULL).
 * Before a session exists (the login form) the CSRF token is keyed by a
 * random pre-session cookie, accord_csrf (double-submit).
 *
 * Reads use the worker's read-only connection; writes (login, logout,
 * assessments, denied attempts' audit entries) open a read-write
 * connection for the request (web_rw), closed when the request ends.
 */
#include "web-int.h"
#include "../track/track.h"
#include "../base/os.h"

#include <sodium.h>
#include <string.h>

Str web_cookie(const struct http_req *req, const char *name)
{
	Str item, rest = req->cookie, k = str_c(name);
	while (rest.len) {
		str_cut(rest, ';', &item, &rest);
		item = str_trim(item);
		Str key, value;
		if (str_cut(item, '=', &key, &value) && str_eq(str_trim(key), k))
			return str_trim(value);
	}
	return STR_NULL;
}

int64_t web_now(void)
{
	return (int64_t)os_time();
}

sqlite3 *web_rw(struct http_req *req, struct diag *d)
{
	if (req->rw)
		return req->rw;
	sqlite3 *db = NULL;
	if (!req->w || sqlite3_open_v2(req->w->db_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		diag_set(d, ACC_EDB, -1, "cannot open the registry for writing: %s", db ? sqlite3_errmsg(db) : "no path");
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, STORE_BUSY_MS);
	if (track_open(db, d)) {
		sqlite3_close(db);
		return NULL;
	}
	req->rw = db;
	return db;
}

void web_rw_close(struct http_req *req)
{
	if (req->rw)
		sqlite3_close(req->rw);
	req->rw = NULL;
}

void web_auth(struct http_req *req)
{
	struct diag d;
	diag_clear(&d);
	req->user = NULL;
	req->session = STR_NULL;
	req->bearer = false;
	if (!req->db)
		return;
	struct track_user *u = anew(req->a, struct track_user, 1);
	Str auth = str_trim(req->authorization);
	if (auth.len > 7 && str_eq_nocase(str_slice(auth, 0, 7), S("Bearer "))) {
		Str tok = str_trim(str_slice(auth, 7, auth.len - 7));
		if (tok.len == TRACK_TOKEN_LEN && !track_token_lookup(req->db, req->a, tok, u, &d)) {
			req->user = u;
			req->bearer = true;
		}
		return;
	}
	Str sess = web_cookie(req, "accord_session");
	if (sess.len == TRACK_TOKEN_LEN && !track_session_lookup(req->db, req->a, sess, web_now(), u, &d)) {
		req->user = u;
		req->session = sess;
	}
}

/* The key the CSRF token of this request's forms is derived from. */
static Str csrf_key(struct http_req *req)
{
	return req->session.len ? req->session : web_cookie(req, "accord_csrf");
}

bool web_csrf_ok(struct http_req *req)
{
	Str key = csrf_key(req);
	Str got = http_param(req, "csrf");
	return key.len == TRACK_TOKEN_LEN && got.len && track_csrf_check(key, got);
}

const char *web_cookie_attrs(const struct http_req *req)
{
	return req->tls ? "; Path=/; HttpOnly; SameSite=Strict; Secure" : "; Path=/; HttpOnly; SameSite=Strict";
}

void web_csrf_field(struct http_req *req, struct http_resp *resp)
{
	Str key = csrf_key(req);
	if (key.len != TRACK_TOKEN_LEN) {
		/* no session yet: a pre-session cookie to key the login form's token */
		unsigned char raw[32];
		char tok[TRACK_TOKEN_LEN + 1];
		randombytes_buf(raw, sizeof raw);
		sodium_bin2base64(tok, sizeof tok, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
		key = arena_str(req->a, str_c(tok));
		resp->set_cookie[1] = arena_printf(req->a, "accord_csrf=%s%s", tok, web_cookie_attrs(req));
		resp->no_store = true;
	}
	char csrf[TRACK_TOKEN_LEN + 1];
	track_csrf_token(key, csrf);
	html_raw(&resp->body, "<input type=\"hidden\" name=\"csrf\" value=\"");
	html_attr(&resp->body, str_c(csrf));
	html_raw(&resp->body, "\">");
}

bool web_may(const struct http_req *req, int act, Str state)
{
	return track_authorize(req->user, (enum track_action)act, state) == 0;
}
