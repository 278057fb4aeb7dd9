/* form.c: request bodies as form fields: urlencoded and multipart/form-data
 * (RFC 7578), enough for an HTML upload form */
#include "web.h"

#include <string.h>

/* The value of parameter name in a header value ("...; boundary=xyz"). */
static Str header_param(Str v, Str name)
{
	Str item, rest = v;
	while (rest.len) {
		str_cut(rest, ';', &item, &rest);
		item = str_trim(item);
		Str k, val;
		if (str_cut(item, '=', &k, &val) && str_eq_nocase(str_trim(k), name)) {
			val = str_trim(val);
			if (val.len >= 2 && val.s[0] == '"' && val.s[val.len - 1] == '"')
				val = str_slice(val, 1, val.len - 2);
			return val;
		}
	}
	return STR_NULL;
}

static int multipart(struct http_req *req, Str boundary)
{
	if (!boundary.len || boundary.len > 70)
		return ACC_EINVAL;
	Str delim = arena_printf(req->a, "--%.*s", (int)boundary.len, boundary.s);
	Str body = req->body;
	ptrdiff_t at = str_find(body, delim);
	if (at < 0)
		return ACC_EINVAL;
	body = str_slice(body, at + delim.len, body.len - at - delim.len);
	Str next_delim = arena_printf(req->a, "\r\n--%.*s", (int)boundary.len, boundary.s);
	while (body.len && !str_starts(body, S("--"))) {
		if (!str_starts(body, S("\r\n")))
			return ACC_EINVAL;
		body = str_slice(body, 2, body.len - 2);
		ptrdiff_t hend = str_find(body, S("\r\n\r\n"));
		if (hend < 0)
			return ACC_EINVAL;
		Str headers = str_slice(body, 0, hend);
		body = str_slice(body, hend + 4, body.len - hend - 4);
		ptrdiff_t end = str_find(body, next_delim);
		if (end < 0)
			return ACC_EINVAL;
		Str value = str_slice(body, 0, end);
		body = str_slice(body, end + next_delim.len, body.len - end - next_delim.len);
		Str name = STR_NULL, filename = STR_NULL, line, hrest = headers;
		while (hrest.len) {
			str_cut(hrest, '\n', &line, &hrest);
			Str k, v;
			if (str_cut(line, ':', &k, &v) && str_eq_nocase(str_trim(k), S("Content-Disposition"))) {
				name = header_param(v, S("name"));
				filename = header_param(v, S("filename"));
			}
		}
		if (!name.s)
			continue;
		if (filename.s)
			req->upload_name = arena_str(req->a, filename);
		if (req->nparams < WEB_MAX_PARAMS)
			req->params[req->nparams++] = (struct http_param){ arena_str(req->a, name), value };
	}
	return ACC_OK;
}

int web_parse_form(struct http_req *req)
{
	Str type = req->content_type, base, params;
	if (!str_cut(type, ';', &base, &params))
		base = type, params = STR_NULL;
	base = str_trim(base);
	if (str_eq_nocase(base, S("application/x-www-form-urlencoded"))) {
		http_parse_query(req, req->body);
		return ACC_OK;
	}
	if (str_eq_nocase(base, S("multipart/form-data")))
		return multipart(req, header_param(params, S("boundary")));
	return ACC_OK;
}
