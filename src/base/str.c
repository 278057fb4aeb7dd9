/* str.c: operations on Str slices */
#include "str.h"

#include <string.h>

Str str_c(const char *z)
{
	return z ? (Str){ z, (ptrdiff_t)strlen(z) } : STR_NULL;
}

Str str_slice(Str s, ptrdiff_t off, ptrdiff_t len)
{
	if (off < 0)
		off = 0;
	if (off > s.len)
		off = s.len;
	if (len < 0 || off + len > s.len)
		len = s.len - off;
	return (Str){ s.s + off, len };
}

bool str_eq(Str a, Str b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.s, b.s, (size_t)a.len) == 0);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

bool str_eq_nocase(Str a, Str b)
{
	if (a.len != b.len)
		return false;
	for (ptrdiff_t i = 0; i < a.len; i++)
		if (lower((unsigned char)a.s[i]) != lower((unsigned char)b.s[i]))
			return false;
	return true;
}

bool str_starts(Str s, Str p)
{
	return s.len >= p.len && (p.len == 0 || memcmp(s.s, p.s, (size_t)p.len) == 0);
}

bool str_ends(Str s, Str p)
{
	return s.len >= p.len && (p.len == 0 || memcmp(s.s + s.len - p.len, p.s, (size_t)p.len) == 0);
}

ptrdiff_t str_find(Str h, Str n)
{
	if (n.len == 0)
		return 0;
	for (ptrdiff_t i = 0; i + n.len <= h.len; i++) {
		const char *p = memchr(h.s + i, n.s[0], (size_t)(h.len - n.len - i + 1));
		if (!p)
			return -1;
		i = p - h.s;
		if (memcmp(p, n.s, (size_t)n.len) == 0)
			return i;
	}
	return -1;
}

static bool space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Str str_trim(Str s)
{
	while (s.len && space((unsigned char)s.s[0]))
		s.s++, s.len--;
	while (s.len && space((unsigned char)s.s[s.len - 1]))
		s.len--;
	return s;
}

int str_cmp(Str a, Str b)
{
	ptrdiff_t n = a.len < b.len ? a.len : b.len;
	int c = n ? memcmp(a.s, b.s, (size_t)n) : 0;
	if (c)
		return c;
	return a.len < b.len ? -1 : a.len > b.len;
}

uint64_t str_hash(Str s)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		h ^= (unsigned char)s.s[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

bool str_cut(Str s, char sep, Str *head, Str *tail)
{
	const char *p = s.len ? memchr(s.s, sep, (size_t)s.len) : NULL;
	if (!p) {
		*head = s;
		*tail = (Str){ s.s + s.len, 0 };
		return false;
	}
	*head = (Str){ s.s, p - s.s };
	*tail = (Str){ p + 1, s.s + s.len - p - 1 };
	return true;
}
