/* i18n.c: the interface's words in the reader's language: the embedded
 * catalogues, T() and web_label(), Accept-Language and the lang cookie,
 * and the switcher's route (/lang?to=ru&next=/path)
 *
 * The catalogues are the .po files of po/ compiled by msgfmt at build time and embedded
 * (Makefile: $(BUILD)/gen/i18n.c), so `accord serve` reads no file.  They
 * are parsed once (pthread_once) and then only read, by every thread.
 *
 * A miss -- a msgid with no translation in a language other than English --
 * is counted in struct web; with ACCORD_I18N_STRICT=1 in the server's
 * environment it also shows on the page as ⟦msgid⟧ and goes to the log, so
 * the browser test can fail on any untranslated word it sees.
 */
#include "i18n.h"
#include "web-int.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define LANG_MAX_ITEMS 32 /* Accept-Language items looked at */

struct embedded_file {
	const char *name;
	const char *data;
	ptrdiff_t len;
};
extern const struct embedded_file accord_po_files[]; /* $(BUILD)/gen/i18n.c */

static const char *const tags[WEB_NLANG] = { "en", "ru", "zh-Hans" };
static const char *const mo_names[WEB_NLANG] = { NULL, "ru.mo", "zh_Hans.mo" };

/* Read-only after the once: the parsed catalogues. */
static struct mo catalogs[WEB_NLANG];
static bool catalog_ok[WEB_NLANG];
static pthread_once_t catalogs_once = PTHREAD_ONCE_INIT;

static void load_catalogs(void)
{
	for (int l = 1; l < WEB_NLANG; l++)
		for (const struct embedded_file *f = accord_po_files; f->name; f++)
			if (!strcmp(f->name, mo_names[l])) {
				struct diag d;
				diag_clear(&d);
				catalog_ok[l] = !mo_open(&catalogs[l], (Str){ f->data, f->len }, &d);
			}
}

const struct mo *web_catalog(int id)
{
	pthread_once(&catalogs_once, load_catalogs);
	return id > 0 && id < WEB_NLANG && catalog_ok[id] ? &catalogs[id] : NULL;
}

const char *web_lang_tag(int id)
{
	return id >= 0 && id < WEB_NLANG ? tags[id] : "en";
}

int web_lang_id(Str tag)
{
	for (int i = 0; i < WEB_NLANG; i++)
		if (str_eq(tag, str_c(tags[i])))
			return i;
	return -1;
}

/* RFC 4647 basic ranges, case-insensitive, "_" read as "-".  Chinese is
 * ours unless the tag asks for Traditional script or a region writing it
 * (Taiwan, Hong Kong, Macao). */
int web_lang_match(Str tag)
{
	char t[36];
	if (!tag.len || tag.len >= (ptrdiff_t)sizeof t)
		return -1;
	for (ptrdiff_t i = 0; i < tag.len; i++) {
		char c = tag.s[i];
		c = c == '_' ? '-' : c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return -1;
		t[i] = c;
	}
	t[tag.len] = 0;
	Str s = str_c(t), primary, rest;
	if (!str_cut(s, '-', &primary, &rest))
		primary = s, rest = S("");
	if (str_eq(primary, S("en")))
		return WEB_EN;
	if (str_eq(primary, S("ru")))
		return WEB_RU;
	if (!str_eq(primary, S("zh")))
		return -1;
	Str sub;
	bool hans = false;
	while (rest.len) {
		str_cut(rest, '-', &sub, &rest);
		if (str_eq(sub, S("hans")))
			hans = true;
		else if (str_eq(sub, S("hant")) || (!hans && (str_eq(sub, S("tw")) || str_eq(sub, S("hk")) || str_eq(sub, S("mo")))))
			return -1;
	}
	return WEB_ZH;
}

/* RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ),
 * as thousandths; -1 when malformed. */
static int qvalue(Str v)
{
	if (!v.len || v.len > 5 || (v.s[0] != '0' && v.s[0] != '1'))
		return -1;
	int q = (v.s[0] - '0') * 1000;
	if (v.len == 1)
		return q;
	if (v.s[1] != '.')
		return -1;
	int scale = 100;
	for (ptrdiff_t i = 2; i < v.len; i++, scale /= 10) {
		if (v.s[i] < '0' || v.s[i] > '9')
			return -1;
		q += (v.s[i] - '0') * scale;
	}
	return q > 1000 ? -1 : q;
}

const char *web_lang(Str al)
{
	int best = WEB_EN, bestq = 0;
	Str item, rest = al;
	for (int n = 0; rest.len && n < LANG_MAX_ITEMS; n++) {
		str_cut(rest, ',', &item, &rest);
		Str tag, params, p;
		if (!str_cut(item, ';', &tag, &params))
			tag = item, params = S("");
		tag = str_trim(tag);
		int q = 1000;
		while (params.len) {
			str_cut(params, ';', &p, &params); /* the last: p is all of it */
			p = str_trim(p);
			if (p.len >= 2 && (p.s[0] == 'q' || p.s[0] == 'Q') && p.s[1] == '=')
				q = qvalue(str_trim(str_slice(p, 2, p.len - 2)));
		}
		/* "*" is any language: ours by default, English */
		int id = str_eq(tag, S("*")) ? WEB_EN : web_lang_match(tag);
		if (id < 0 || q <= 0)
			continue; /* not ours, malformed, or q=0 "not acceptable" */
		if (q > bestq)
			best = id, bestq = q; /* ties: the first listed wins */
	}
	return tags[best];
}

const char *web_req_lang(const struct http_req *req)
{
	int id = web_lang_id(web_cookie(req, "lang"));
	return id >= 0 ? tags[id] : web_lang(req->accept_language);
}

static void miss(const struct http_req *req, const char *lang, Str key)
{
	if (!req->w)
		return;
	__atomic_fetch_add(&req->w->i18n_misses, 1, __ATOMIC_RELAXED);
	if (req->w->i18n_strict && req->w->log)
		fprintf(req->w->log, "i18n: no %s message for \"%.*s\"\n", lang, (int)key.len, key.s);
}

static bool strict(const struct http_req *req)
{
	return req->w && req->w->i18n_strict;
}

const char *T(const struct http_req *req, const char *msgid)
{
	int id = web_lang_id(str_c(req->lang));
	if (id <= 0 || !msgid[0])
		return msgid;
	Str t = mo_get(web_catalog(id), str_c(msgid));
	if (t.s)
		return t.s; /* NUL-terminated in the embedded bytes */
	miss(req, tags[id], str_c(msgid));
	return strict(req) ? arena_printf(req->a, "⟦%s⟧", msgid).s : msgid;
}

const char *web_label(const struct http_req *req, const char *ctx, Str value)
{
	int id = web_lang_id(str_c(req->lang));
	if (!value.len)
		return "";
	if (id <= 0)
		return arena_cstr(req->a, value);
	Str key = arena_printf(req->a, "%s\004%.*s", ctx, (int)value.len, value.s);
	Str t = mo_get(web_catalog(id), key);
	if (t.s)
		return t.s;
	miss(req, tags[id], key);
	return strict(req) ? arena_printf(req->a, "⟦%.*s⟧", (int)value.len, value.s).s : arena_cstr(req->a, value);
}

int64_t web_i18n_misses(const struct web *w)
{
	return __atomic_load_n(&w->i18n_misses, __ATOMIC_RELAXED);
}

/* GET /lang?to=ru&next=/path: remember the choice in a cookie and go back.
 * The page's URL is the same in every language. */
int page_lang(struct http_req *req, struct http_resp *resp)
{
	Str to = http_param(req, "to");
	int id = web_lang_id(to);
	if (id < 0)
		id = web_lang_match(to);
	if (id < 0)
		return web_error(req, resp, 400, "no interface language '%.*s' (en, ru, zh-Hans)",
				 (int)(to.len > 32 ? 32 : to.len), to.s ? to.s : "");
	Str next = http_param(req, "next");
	resp->set_cookie[0] = arena_printf(req->a, "lang=%s%s; Max-Age=%d", tags[id], web_cookie_attrs(req),
					   WEB_LANG_COOKIE_DAYS * 86400);
	resp->status = 303;
	resp->no_store = true;
	resp->location = web_local_path(next) ? next : S("/");
	req->lang = tags[id];
	html_raw(&resp->body, "<!doctype html><title>accord</title><a href=\"");
	html_attr(&resp->body, resp->location);
	html_raw(&resp->body, "\">");
	html_txtc(&resp->body, T(req, "Continue"));
	html_raw(&resp->body, "</a>\n");
	return 0;
}

/* A query component as a browser would keep it: RFC 3986 §3.4 lets "/",
 * ":" and "@" stand in a query, so /login?next=/compliance comes back as
 * written; everything else but the unreserved characters is %XX. */
static void query_arg(struct buf *b, Str s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (ptrdiff_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c && strchr("-_.~/:@", c))) {
			buf_putc(b, (char)c);
		} else {
			buf_putc(b, '%');
			buf_putc(b, hex[c >> 4]);
			buf_putc(b, hex[c & 15]);
		}
	}
}

/* The language switcher of every page: links to /lang with this page as
 * next (its query too, for a GET; never a POST's fields). */
void html_lang_switcher(struct http_req *req, struct buf *b)
{
	static const char *const names[WEB_NLANG] = { "English", "Русский", "简体中文" };
	struct buf next;
	buf_init(&next);
	next.max = 1024;
	buf_put(&next, req->path);
	for (int i = 0; req->method != HTTP_POST && i < req->nparams; i++) {
		buf_putc(&next, i ? '&' : '?');
		query_arg(&next, req->params[i].key);
		buf_putc(&next, '=');
		query_arg(&next, req->params[i].value);
	}
	Str nx = next.err ? req->path : buf_str(&next);
	html_raw(b, "<ul class=\"langs\" aria-label=\"");
	html_attr(b, str_c(T(req, "Language")));
	html_raw(b, "\">");
	for (int l = 0; l < WEB_NLANG; l++) {
		html_raw(b, "<li><a lang=\"");
		html_raw(b, tags[l]);
		html_raw(b, "\" hreflang=\"");
		html_raw(b, tags[l]);
		html_raw(b, "\" data-lang=\"");
		html_raw(b, tags[l]);
		html_raw(b, "\" href=\"/lang?to=");
		html_raw(b, tags[l]);
		html_raw(b, "&amp;next=");
		html_url_arg(b, nx);
		html_raw(b, "\"");
		if (!strcmp(req->lang, tags[l]))
			html_raw(b, " aria-current=\"true\"");
		html_raw(b, ">");
		html_raw(b, names[l]);
		html_raw(b, "</a></li>");
	}
	html_raw(b, "</ul>");
	buf_release(&next);
}
