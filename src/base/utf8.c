/* utf8.c: UTF-8 validation and decoding (RFC 3629) */
#include "utf8.h"

#include <string.h>

int32_t utf8_next(Str s, ptrdiff_t *off)
{
	const unsigned char *p = (const unsigned char *)s.s + *off;
	ptrdiff_t left = s.len - *off;
	unsigned c = p[0];
	if (c < 0x80) {
		*off += 1;
		return (int32_t)c;
	}
	int n;
	uint32_t cp, min;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2, cp = c & 0x1f, min = 0x80;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3, cp = c & 0x0f, min = 0x800;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4, cp = c & 0x07, min = 0x10000;
	else
		goto bad;
	if (left < n)
		goto bad;
	for (int i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			goto bad;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		goto bad;
	*off += n;
	return (int32_t)cp;
bad:
	*off += 1;
	return -1;
}

ptrdiff_t utf8_invalid(Str s)
{
	ptrdiff_t i = 0;
	while (i < s.len) {
		/* ASCII fast path, eight bytes at a time */
		while (i + 8 <= s.len) {
			uint64_t w;
			memcpy(&w, s.s + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= s.len)
			break;
		ptrdiff_t at = i;
		if (utf8_next(s, &i) < 0)
			return at;
	}
	return -1;
}

int utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	o[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}
