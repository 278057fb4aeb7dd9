/* json.c: streaming JSON writer */
#include "json.h"

#include <math.h>

void json_init(struct json *j, struct buf *out, bool pretty)
{
	j->out = out;
	j->depth = 0;
	j->pretty = pretty;
	j->first[0] = true;
	j->after_key = false;
}

static void indent(struct json *j)
{
	if (j->pretty) {
		buf_putc(j->out, '\n');
		buf_repeat(j->out, ' ', 2 * j->depth);
	}
}

/* Before any value or key: the separator and indentation it needs. */
static void item(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (!j->first[j->depth])
		buf_putc(j->out, ',');
	j->first[j->depth] = false;
	if (j->depth > 0)
		indent(j);
}

static void open(struct json *j, char c)
{
	item(j);
	buf_putc(j->out, c);
	if (j->depth + 1 >= JSON_MAX_DEPTH) {
		j->out->err = true;
		return;
	}
	j->first[++j->depth] = true;
}

static void close(struct json *j, char c)
{
	if (j->depth <= 0) {
		j->out->err = true;
		return;
	}
	bool empty = j->first[j->depth];
	j->depth--;
	if (!empty)
		indent(j);
	buf_putc(j->out, c);
	if (j->depth == 0 && j->pretty)
		buf_putc(j->out, '\n');
}

void json_obj(struct json *j) { open(j, '{'); }
void json_obj_end(struct json *j) { close(j, '}'); }
void json_arr(struct json *j) { open(j, '['); }
void json_arr_end(struct json *j) { close(j, ']'); }

void json_escape(struct buf *b, Str s)
{
	static const char hex[] = "0123456789abcdef";
	ptrdiff_t run = 0;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_put(b, (Str){ s.s + run, i - run });
		run = i + 1;
		switch (c) {
		case '"': buf_puts(b, "\\\""); break;
		case '\\': buf_puts(b, "\\\\"); break;
		case '\n': buf_puts(b, "\\n"); break;
		case '\r': buf_puts(b, "\\r"); break;
		case '\t': buf_puts(b, "\\t"); break;
		default:
			buf_puts(b, "\\u00");
			buf_putc(b, hex[c >> 4]);
			buf_putc(b, hex[c & 15]);
		}
	}
	buf_put(b, (Str){ s.s + run, s.len - run });
}

void json_key(struct json *j, const char *key)
{
	item(j);
	buf_putc(j->out, '"');
	json_escape(j->out, str_c(key));
	buf_puts(j->out, j->pretty ? "\": " : "\":");
	j->after_key = true;
}

void json_str(struct json *j, Str s)
{
	if (!s.s) {
		json_null(j);
		return;
	}
	item(j);
	buf_putc(j->out, '"');
	json_escape(j->out, s);
	buf_putc(j->out, '"');
}

void json_cstr(struct json *j, const char *z)
{
	if (!z)
		json_null(j);
	else
		json_str(j, str_c(z));
}

void json_int(struct json *j, int64_t v)
{
	item(j);
	buf_printf(j->out, "%lld", (long long)v);
}

void json_num(struct json *j, double v)
{
	item(j);
	if (isfinite(v))
		buf_printf(j->out, "%.6g", v);
	else
		buf_puts(j->out, "null");
}

void json_bool(struct json *j, bool v)
{
	item(j);
	buf_puts(j->out, v ? "true" : "false");
}

void json_null(struct json *j)
{
	item(j);
	buf_puts(j->out, "null");
}
