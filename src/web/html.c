/* html.c: HTML escaping helpers and the page frame (after cgit's html.c) */
#include "web-int.h"
#include "i18n.h"
#include "../track/track.h"

#include <stdarg.h>
#include <string.h>

void html_raw(struct buf *b, const char *z)
{
	buf_puts(b, z);
}

void html_txt(struct buf *b, Str s)
{
	ptrdiff_t run = 0;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		const char *e = NULL;
		switch (s.s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		default: continue;
		}
		buf_put(b, (Str){ s.s + run, i - run });
		buf_puts(b, e);
		run = i + 1;
	}
	buf_put(b, (Str){ s.s + run, s.len - run });
}

void html_attr(struct buf *b, Str s)
{
	ptrdiff_t run = 0;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		const char *e = NULL;
		switch (s.s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '"': e = "&quot;"; break;
		case '\'': e = "&#39;"; break;
		default: continue;
		}
		buf_put(b, (Str){ s.s + run, i - run });
		buf_puts(b, e);
		run = i + 1;
	}
	buf_put(b, (Str){ s.s + run, s.len - run });
}

/* RFC 3986 §2.3: unreserved characters pass, every other byte is %XX. */
void html_url_arg(struct buf *b, Str s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (ptrdiff_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
		    c == '_' || c == '.' || c == '~') {
			buf_putc(b, (char)c);
		} else {
			buf_putc(b, '%');
			buf_putc(b, hex[c >> 4]);
			buf_putc(b, hex[c & 15]);
		}
	}
}

void html_txtf(struct buf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	html_txt(b, (Str){ tmp, n < 0 ? 0 : n >= (int)sizeof tmp ? (int)sizeof tmp - 1 : n });
}

void html_attrf(struct buf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	html_attr(b, (Str){ tmp, n < 0 ? 0 : n >= (int)sizeof tmp ? (int)sizeof tmp - 1 : n });
}

void html_link(struct buf *b, const char *href, Str text)
{
	html_raw(b, "<a href=\"");
	html_attr(b, str_c(href));
	html_raw(b, "\">");
	html_txt(b, text);
	html_raw(b, "</a>");
}

void html_query_with(struct buf *b, const struct http_req *req, const char *key, Str value)
{
	bool first = true;
	Str k = str_c(key);
	for (int i = 0; i < req->nparams; i++) {
		const struct http_param *p = &req->params[i];
		if (str_eq(p->key, k) || (str_eq(p->key, S("page")) && strcmp(key, "page")) || !p->value.len)
			continue;
		buf_putc(b, first ? '?' : '&');
		buf_puts(b, first ? "" : "amp;");
		first = false;
		html_url_arg(b, p->key);
		buf_putc(b, '=');
		html_url_arg(b, p->value);
	}
	if (value.s) {
		buf_putc(b, first ? '?' : '&');
		buf_puts(b, first ? "" : "amp;");
		first = false;
		html_url_arg(b, k);
		buf_putc(b, '=');
		html_url_arg(b, value);
	}
	if (first)
		buf_putc(b, '?');
}

struct nav {
	const char *href, *msgid, *key;
};

static const struct nav nav[] = {
	{ "/", N_("Home"), "home" },
	{ "/commitments", N_("Commitments"), "commitments" },
	{ "/compliance", N_("Compliance"), "compliance" },
	{ "/documents", N_("Documents"), "documents" },
	{ "/entities", N_("Entities"), "entities" },
	{ "/search", N_("Search"), "search" },
	{ "/import", N_("Import"), "import" },
};

void html_begin(struct http_req *req, struct http_resp *resp, const char *title, const char *current)
{
	struct buf *b = &resp->body;
	resp->type = "text/html; charset=utf-8";
	resp->lang = req->lang;
	html_raw(b, "<!doctype html>\n<html lang=\"");
	html_attr(b, str_c(req->lang));
	html_raw(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
	html_txtc(b, title);
	html_raw(b, " · accord</title>\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n"
		    "<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">");
	html_txtc(b, T(req, "Skip to content"));
	html_raw(b, "</a>\n<header>\n<nav aria-label=\"");
	html_attr(b, str_c(T(req, "Main")));
	html_raw(b, "\"><a class=\"brand\" href=\"/\">accord</a>\n<ul>\n");
	for (size_t i = 0; i < sizeof nav / sizeof *nav; i++) {
		html_raw(b, "<li><a href=\"");
		html_raw(b, nav[i].href);
		html_raw(b, "\"");
		if (current && !strcmp(current, nav[i].key))
			html_raw(b, " aria-current=\"page\"");
		html_raw(b, ">");
		html_txtc(b, T(req, nav[i].msgid));
		html_raw(b, "</a></li>\n");
	}
	html_raw(b, "</ul>\n<form class=\"qsearch\" role=\"search\" action=\"/search\" method=\"get\">"
		    "<label for=\"q-top\" class=\"vh\">");
	html_txtc(b, T(req, "Search the documents"));
	html_raw(b, "</label><input id=\"q-top\" name=\"q\" type=\"search\" placeholder=\"");
	html_attr(b, str_c(T(req, "Search")));
	html_raw(b, "\"><button type=\"submit\">");
	html_txtc(b, T(req, "Go"));
	html_raw(b, "</button></form>\n<p class=\"who\">");
	if (req->user) {
		html_raw(b, "<span id=\"whoami\">");
		html_txt(b, req->user->name);
		html_raw(b, "</span> <span class=\"muted\">");
		html_txtc(b, web_label(req, "role", str_c(track_role_name(req->user->role))));
		if (req->user->state[0]) {
			html_raw(b, " ");
			html_entity(b, req, str_c(req->user->state), STR_NULL);
		}
		html_raw(b, "</span>");
		if (req->session.len) {
			html_raw(b, " <form class=\"logout\" method=\"post\" action=\"/logout\">");
			web_csrf_field(req, resp);
			html_raw(b, "<button id=\"logout\" type=\"submit\">");
			html_txtc(b, T(req, "Log out"));
			html_raw(b, "</button></form>");
		}
	} else {
		html_raw(b, "<a id=\"login\" href=\"/login\">");
		html_txtc(b, T(req, "Log in"));
		html_raw(b, "</a>");
	}
	html_raw(b, "</p>\n");
	html_lang_switcher(req, b);
	html_raw(b, "\n</nav>\n</header>\n<main id=\"main\">\n");
}

void html_end(struct http_req *req, struct http_resp *resp)
{
	struct buf *b = &resp->body;
	html_raw(b, "</main>\n<footer><p>");
	html_txtc(b, T(req, "Every record links to the words it came from."));
	html_raw(b, " <a href=\"/api/v1/openapi.json\">");
	html_txtc(b, T(req, "JSON API"));
	html_raw(b, "</a></p></footer>\n</body>\n</html>\n");
}
