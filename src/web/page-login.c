/* page-login.c: sign in (a form, then track_login: a session cookie) and
 * sign out; failed attempts are rate-limited by track (429 Retry-After) */
#include "web-int.h"
#include "../track/track.h"

static void login_form(struct http_req *req, struct http_resp *resp, const char *error)
{
	struct buf *b = &resp->body;
	html_begin(req, resp, T(req, "Log in"), NULL);
	html_raw(b, "<h1>");
	html_txtc(b, T(req, "Log in"));
	html_raw(b, "</h1>\n");
	if (error) {
		html_raw(b, "<p class=\"error\" role=\"alert\">");
		html_txtc(b, error);
		html_raw(b, "</p>\n");
	}
	html_raw(b, "<form id=\"login-form\" method=\"post\" action=\"/login\">");
	web_csrf_field(req, resp);
	Str next = http_param(req, "next");
	if (next.len) {
		html_raw(b, "<input type=\"hidden\" name=\"next\" value=\"");
		html_attr(b, next);
		html_raw(b, "\">");
	}
	html_raw(b, "\n<p><label for=\"name\">");
	html_txtc(b, T(req, "User name"));
	html_raw(b, "</label><br><input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"username\" required></p>\n"
		    "<p><label for=\"password\">");
	html_txtc(b, T(req, "Password"));
	html_raw(b, "</label><br><input id=\"password\" name=\"password\" type=\"password\" "
		    "autocomplete=\"current-password\" required></p>\n<p><button type=\"submit\">");
	html_txtc(b, T(req, "Log in"));
	html_raw(b, "</button></p>\n</form>\n");
	html_end(req, resp);
	resp->no_store = true;
}

int page_login(struct http_req *req, struct http_resp *resp)
{
	login_form(req, resp, NULL);
	return 0;
}

int page_login_post(struct http_req *req, struct http_resp *resp)
{
	struct diag d;
	diag_clear(&d);
	Str name = http_param(req, "name"), password = http_param(req, "password");
	if (!name.len || !password.len || name.len > TRACK_NAME_MAX || password.len > TRACK_PASSWORD_MAX) {
		resp->status = 400;
		login_form(req, resp, T(req, "Give a user name and a password."));
		return 0;
	}
	sqlite3 *rw = web_rw(req, &d);
	struct track_login out;
	if (!rw || track_login(rw, req->a, name, password, req->addr, web_now(), &out, &d))
		return web_error(req, resp, 500, "%s", d.msg);
	if (out.result == TRACK_LOGIN_LOCKED) {
		resp->status = 429;
		resp->retry_after = out.retry_after > 0 ? out.retry_after : 1;
		login_form(req, resp, T(req, "Too many failed attempts: try again later."));
		return 0;
	}
	if (out.result != TRACK_LOGIN_OK) {
		resp->status = 403;
		login_form(req, resp, T(req, "Wrong user name or password."));
		return 0;
	}
	resp->set_cookie[0] = arena_printf(req->a, "accord_session=%s%s; Max-Age=%d", out.session,
					   web_cookie_attrs(req), TRACK_SESSION_TTL);
	resp->set_cookie[1] = arena_printf(req->a, "accord_csrf=%s; Max-Age=0", web_cookie_attrs(req));
	resp->status = 303;
	resp->no_store = true;
	Str next = http_param(req, "next");
	/* only a path of ours (no open redirect), printable ASCII (no header splitting) */
	resp->location = web_local_path(next) ? next : S("/");
	html_raw(&resp->body, "<!doctype html><title>signed in</title><a href=\"/\">signed in</a>\n");
	return 0;
}

int page_logout_post(struct http_req *req, struct http_resp *resp)
{
	struct diag d;
	diag_clear(&d);
	if (req->session.len) {
		sqlite3 *rw = web_rw(req, &d);
		if (!rw || track_session_destroy(rw, req->session, &d))
			return web_error(req, resp, 500, "%s", d.msg);
	}
	resp->set_cookie[0] = arena_printf(req->a, "accord_session=%s; Max-Age=0", web_cookie_attrs(req));
	resp->status = 303;
	resp->no_store = true;
	resp->location = S("/");
	html_raw(&resp->body, "<!doctype html><title>signed out</title><a href=\"/\">signed out</a>\n");
	return 0;
}
