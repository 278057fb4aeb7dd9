/* http.c: what every request and response needs: parameters, errors as
 * HTML or JSON, ETag and gzip, the access log, the interface's words */
#include "html.h"
#include "i18n.h"
#include "../base/json.h"
#include "../base/os.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

bool web_local_path(Str s)
{
	bool local = s.len > 1 && s.len < 1024 && s.s[0] == '/' && s.s[1] != '/' && s.s[1] != '\\';
	for (ptrdiff_t i = 0; local && i < s.len; i++)
		local = (unsigned char)s.s[i] > 0x20 && (unsigned char)s.s[i] < 0x7f;
	return local || str_eq(s, S("/"));
}

Str http_param(const struct http_req *req, const char *key)
{
	Str k = str_c(key);
	for (int i = 0; i < req->nparams; i++)
		if (str_eq(req->params[i].key, k))
			return req->params[i].value;
	return STR_NULL;
}

int64_t http_param_int(const struct http_req *req, const char *key, int64_t def, int64_t lo, int64_t hi, bool *bad)
{
	Str v = http_param(req, key);
	if (!v.s || !v.len)
		return def;
	int64_t x = 0;
	if (v.len > 18)
		goto bad;
	for (ptrdiff_t i = 0; i < v.len; i++) {
		if (v.s[i] < '0' || v.s[i] > '9')
			goto bad;
		x = x * 10 + (v.s[i] - '0');
	}
	if (x < lo || x > hi)
		goto bad;
	return x;
bad:
	*bad = true;
	return -1;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

Str http_unescape(Arena *a, Str s)
{
	char *out = anew(a, char, s.len + 1);
	ptrdiff_t n = 0;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		if (s.s[i] == '+') {
			out[n++] = ' ';
		} else if (s.s[i] == '%' && i + 2 < s.len && hexval(s.s[i + 1]) >= 0 && hexval(s.s[i + 2]) >= 0) {
			out[n++] = (char)(hexval(s.s[i + 1]) * 16 + hexval(s.s[i + 2]));
			i += 2;
		} else {
			out[n++] = s.s[i];
		}
	}
	out[n] = 0;
	return (Str){ out, n };
}

void http_parse_query(struct http_req *req, Str q)
{
	Str part, rest = q;
	while (rest.len && req->nparams < WEB_MAX_PARAMS) {
		str_cut(rest, '&', &part, &rest);
		if (!part.len)
			continue;
		Str k, v;
		if (!str_cut(part, '=', &k, &v)) {
			k = part;
			v = S("");
		}
		req->params[req->nparams++] = (struct http_param){ http_unescape(req->a, k), http_unescape(req->a, v) };
	}
}

bool http_accepts_gzip(Str ae)
{
	Str item, rest = ae;
	while (rest.len) {
		str_cut(rest, ',', &item, &rest);
		Str name, params;
		if (!str_cut(item, ';', &name, &params))
			name = item, params = STR_NULL;
		name = str_trim(name);
		if (!str_eq_nocase(name, S("gzip")) && !str_eq(name, S("*")))
			continue;
		params = str_trim(params);
		/* RFC 9110 §12.4.2: a weight of 0 means "not acceptable" */
		if (str_starts(params, S("q="))) {
			char tmp[16];
			snprintf(tmp, sizeof tmp, "%.*s", (int)(params.len - 2 < 15 ? params.len - 2 : 15), params.s + 2);
			return strtod(tmp, NULL) > 0;
		}
		return true;
	}
	return false;
}

int http_gzip(Str s, struct buf *out)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	/* 15 + 16: a gzip wrapper rather than zlib's */
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return ACC_EIO;
	uLong bound = deflateBound(&z, (uLong)s.len);
	buf_reset(out);
	buf_repeat(out, 0, (ptrdiff_t)bound + 32);
	if (out->err) {
		deflateEnd(&z);
		return ACC_EIO;
	}
	z.next_in = (Bytef *)s.s;
	z.avail_in = (uInt)s.len;
	z.next_out = (Bytef *)out->p;
	z.avail_out = (uInt)out->len;
	int rc = deflate(&z, Z_FINISH);
	out->len = (ptrdiff_t)z.total_out;
	deflateEnd(&z);
	return rc == Z_STREAM_END ? ACC_OK : ACC_EIO;
}

const char *web_status_text(int status)
{
	/* N_: the pages show them through T() */
	switch (status) {
	case 200: return N_("OK");
	case 201: return N_("Created");
	case 303: return N_("See Other");
	case 304: return N_("Not Modified");
	case 400: return N_("Bad Request");
	case 401: return N_("Unauthorized");
	case 403: return N_("Forbidden");
	case 404: return N_("Not Found");
	case 405: return N_("Method Not Allowed");
	case 408: return N_("Request Timeout");
	case 413: return N_("Content Too Large");
	case 415: return N_("Unsupported Media Type");
	case 422: return N_("Unprocessable Content");
	case 429: return N_("Too Many Requests");
	case 503: return N_("Service Unavailable");
	default: return status < 500 ? N_("Error") : N_("Internal Server Error");
	}
}

int web_status_of(int err)
{
	switch (err) {
	case ACC_ENOTFOUND: case ACC_ENOENT: return 404;
	case ACC_EINVAL: case ACC_EUTF8: case ACC_ENUL: case ACC_EBINARY: case ACC_EEMPTY: case ACC_ELINE: return 422;
	case ACC_ETOOBIG: return 413;
	case ACC_EPERM: return 403;
	case ACC_ECONFLICT: return 409;
	default: return 500;
	}
}

/* The conversions of a printf format in order ("%.*s %lld" -> ".*s lld"),
 * to check that a translation takes the arguments its msgid takes. */
static void conversions(const char *f, char *out, size_t cap)
{
	size_t n = 0;
	for (; *f; f++) {
		if (*f != '%')
			continue;
		if (f[1] == '%') {
			f++;
			continue;
		}
		for (f++; *f && !strchr("diouxXeEfFgGaAcsp", *f); f++)
			if (strchr("*lhzjt", *f) && n + 1 < cap)
				out[n++] = *f;
		if (!*f)
			break;
		if (n + 2 < cap)
			out[n++] = *f, out[n++] = ' ';
	}
	out[n] = 0;
}

/* fmt in the reader's language, unless its translation would read other
 * arguments than fmt does (msgfmt -c checks this at build time; this keeps
 * a hand-edited catalogue from reading the stack). */
static const char *error_format(struct http_req *req, const char *fmt)
{
	if (!strcmp(fmt, "%s") || str_starts(req->path, S("/api/")))
		return fmt; /* already words, or the API: English */
	const char *t = T(req, fmt);
	char a[64], b[64];
	conversions(fmt, a, sizeof a);
	conversions(t, b, sizeof b);
	return strcmp(a, b) ? fmt : t;
}

int web_error(struct http_req *req, struct http_resp *resp, int status, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, error_format(req, fmt), ap);
	va_end(ap);
	buf_reset(&resp->body);
	resp->status = status;
	resp->no_store = true;
	resp->filename = STR_NULL;
	if (str_starts(req->path, S("/api/"))) {
		struct json j;
		resp->type = "application/json";
		json_init(&j, &resp->body, false);
		json_obj(&j);
		json_key(&j, "error");
		json_obj(&j);
		json_key(&j, "status");
		json_int(&j, status);
		json_key(&j, "message");
		json_cstr(&j, msg);
		json_obj_end(&j);
		json_obj_end(&j);
		buf_putc(&resp->body, '\n');
		return 0;
	}
	html_begin(req, resp, T(req, web_status_text(status)), NULL);
	struct buf *b = &resp->body;
	html_raw(b, "<h1>");
	html_txtf(b, "%d ", status);
	html_txtc(b, T(req, web_status_text(status)));
	html_raw(b, "</h1>\n<p class=\"error\">");
	html_txtc(b, msg);
	html_raw(b, "</p>\n");
	if (status == 401) {
		html_raw(b, "<p><a href=\"/login?next=");
		html_url_arg(b, req->path);
		html_raw(b, "\">");
		html_txtc(b, T(req, "Log in"));
		html_raw(b, "</a></p>\n");
	}
	html_raw(b, "<p><a href=\"/\">");
	html_txtc(b, T(req, "Back to the home page"));
	html_raw(b, "</a></p>\n");
	html_end(req, resp);
	return 0;
}

void http_resp_release(struct http_resp *resp)
{
	buf_release(&resp->body);
}

/* Strong ETag from the body's bytes (and its type): FNV-1a 64. */
static void make_etag(struct http_resp *resp)
{
	uint64_t h = str_hash(buf_str(&resp->body)) ^ str_hash(str_c(resp->type));
	snprintf(resp->etag, sizeof resp->etag, "\"%016llx\"", (unsigned long long)h);
}

/* If-None-Match: "*" or a list of (possibly weak) tags, one of them ours. */
bool web_etag_matches(Str inm, const char *etag)
{
	Str tag = str_c(etag), item, rest = inm;
	while (rest.len) {
		str_cut(rest, ',', &item, &rest);
		item = str_trim(item);
		if (str_starts(item, S("W/")))
			item = str_slice(item, 2, item.len - 2);
		if (str_eq(item, S("*")) || str_eq(item, tag))
			return true;
	}
	return false;
}

void web_finish(struct http_req *req, struct http_resp *resp)
{
	if (resp->body.err) {
		buf_reset(&resp->body);
		web_error(req, resp, 500, "response over %lld bytes", (long long)WEB_MAX_RESPONSE);
	}
	if (resp->status == 200 && !resp->no_store && (req->method & (HTTP_GET | HTTP_HEAD))) {
		make_etag(resp);
		if (req->if_none_match.len && web_etag_matches(req->if_none_match, resp->etag)) {
			resp->status = 304;
			buf_reset(&resp->body);
			return;
		}
	}
	if (resp->body.len >= WEB_GZIP_MIN && http_accepts_gzip(req->accept_encoding)) {
		struct buf z;
		buf_init(&z);
		if (!http_gzip(buf_str(&resp->body), &z) && z.len < resp->body.len) {
			buf_release(&resp->body);
			resp->body = z;
			resp->gzip = true;
		} else {
			buf_release(&z);
		}
	}
}

void web_log(struct web *w, const struct http_req *req, const struct http_resp *resp)
{
	if (!w || w->quiet || !w->log)
		return;
	char when[32];
	time_t now = (time_t)os_time();
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	const char *m = req->method == HTTP_GET ? "GET" : req->method == HTTP_HEAD ? "HEAD" : req->method == HTTP_POST ? "POST" : "OTHER";
	/* One line, path quoted with control bytes replaced, so a log line is one line. */
	char path[256];
	int n = 0;
	for (ptrdiff_t i = 0; i < req->path.len && n < (int)sizeof path - 1; i++) {
		unsigned char c = (unsigned char)req->path.s[i];
		path[n++] = c < 0x20 || c == 0x7f || c == '"' ? '?' : (char)c;
	}
	path[n] = 0;
	fprintf(w->log, "%s %s \"%s\" %d %lld %lldms%s\n", when, m, path, resp->status, (long long)resp->body.len,
		(long long)(os_now_ms() - req->t0), resp->gzip ? " gzip" : "");
}
