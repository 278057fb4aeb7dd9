/* buf.c: growable output buffer */
#include "buf.h"
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void buf_init(struct buf *b)
{
	memset(b, 0, sizeof *b);
}

void buf_release(struct buf *b)
{
	free(b->p);
	buf_init(b);
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	b->err = false;
	if (b->p)
		b->p[0] = 0;
}

static bool reserve(struct buf *b, ptrdiff_t more)
{
	if (b->err)
		return false;
	if (b->max && b->len + more > b->max) {
		b->err = true;
		return false;
	}
	if (b->len + more + 1 <= b->cap)
		return true;
	ptrdiff_t ncap = b->cap ? b->cap : 256;
	while (ncap < b->len + more + 1)
		ncap *= 2;
	char *p = realloc(b->p, (size_t)ncap);
	if (!p) {
		b->err = true;
		return false;
	}
	b->p = p;
	b->cap = ncap;
	return true;
}

void buf_put(struct buf *b, Str s)
{
	if (s.len <= 0 || !reserve(b, s.len))
		return;
	memcpy(b->p + b->len, s.s, (size_t)s.len);
	b->len += s.len;
	b->p[b->len] = 0;
}

void buf_puts(struct buf *b, const char *z)
{
	buf_put(b, str_c(z));
}

void buf_putc(struct buf *b, char c)
{
	if (!reserve(b, 1))
		return;
	b->p[b->len++] = c;
	b->p[b->len] = 0;
}

void buf_repeat(struct buf *b, char c, ptrdiff_t n)
{
	if (n <= 0 || !reserve(b, n))
		return;
	memset(b->p + b->len, c, (size_t)n);
	b->len += n;
	b->p[b->len] = 0;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n > 0 && reserve(b, n)) {
		vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
		b->len += n;
	}
	va_end(ap);
}

Str buf_str(const struct buf *b)
{
	return (Str){ b->p ? b->p : "", b->len };
}

int buf_flush(struct buf *b, FILE *f)
{
	int rc = b->err ? ACC_EIO : ACC_OK;
	if (b->len && fwrite(b->p, 1, (size_t)b->len, f) != (size_t)b->len)
		rc = ACC_EIO;
	buf_reset(b);
	return rc;
}
