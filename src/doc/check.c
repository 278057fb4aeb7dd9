/* check.c: refuse input that is not a text document (binary, NUL, bad UTF-8, long lines) */
#include "doc-int.h"
#include "../base/utf8.h"

#include <string.h>

#define SNIFF_BYTES 4096

/* Magic numbers of common binary formats (at byte 0). */
static const struct {
	const char *magic;
	int len;
} magics[] = {
	{ "\x7f" "ELF", 4 }, { "%PDF-", 5 }, { "PK\x03\x04", 4 }, { "\x89PNG", 4 },
	{ "GIF87a", 6 }, { "GIF89a", 6 }, { "\xff\xd8\xff", 3 }, { "\x1f\x8b", 2 },
	{ "\xd0\xcf\x11\xe0", 4 }, { "7z\xbc\xaf", 4 }, { "Rar!", 4 }, { "\xca\xfe\xba\xbe", 4 },
	{ "\0asm", 4 }, { "SQLite format 3", 15 }, { "OggS", 4 }, { "\x28\xb5\x2f\xfd", 4 },
	{ "\xfd" "7zXZ", 5 }, { "BZh", 3 }, { "\xfe\xed\xfa", 3 }, { "\xcf\xfa\xed\xfe", 4 },
	{ "\xff\xfe", 2 }, { "\xfe\xff", 2 }, { "wOFF", 4 }, { "\0\0\0", 3 },
};

/* A binary file: a known magic number, or more than a few control bytes
 * (other than tab, line ends, form feed, escape) in the first 4 KiB. */
static bool looks_binary(Str src)
{
	for (size_t i = 0; i < sizeof magics / sizeof *magics; i++)
		if (src.len >= magics[i].len && !memcmp(src.s, magics[i].magic, (size_t)magics[i].len)) {
			/* "BZh" is also how a line of text may begin: require its block-size digit */
			if (magics[i].magic[0] == 'B' && !(src.len > 3 && src.s[3] >= '1' && src.s[3] <= '9' && src.len > 4 &&
							     (unsigned char)src.s[4] == 0x31))
				continue;
			return true;
		}
	ptrdiff_t n = src.len < SNIFF_BYTES ? src.len : SNIFF_BYTES, ctl = 0;
	for (ptrdiff_t i = 0; i < n;) {
		if (i + 8 <= n) { /* skip words without a byte below 0x20 */
			uint64_t w;
			memcpy(&w, src.s + i, 8);
			if (!((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull)) {
				i += 8;
				continue;
			}
		}
		unsigned char c = (unsigned char)src.s[i++];
		ctl += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b;
	}
	return ctl > 4 && ctl * 64 > n;
}

/* Contract: returns 0 when src may be read as text; otherwise the error of
 * the earliest offending byte (binary files are judged first, on their
 * first 4 KiB), with d->off at that byte and a message naming it. */
int doc_check(Str src, struct diag *d)
{
	if (src.len > DOC_MAX_BYTES)
		return diag_set(d, ACC_ETOOBIG, -1, "file too large (%td bytes; the limit is %td)", src.len,
				DOC_MAX_BYTES);
	if (looks_binary(src))
		return diag_set(d, ACC_EBINARY, 0, "binary file");
	/* each check only looks at the bytes before an earlier failure */
	const char *z = memchr(src.s, 0, (size_t)src.len);
	ptrdiff_t limit = z ? z - src.s : src.len;
	ptrdiff_t bad = utf8_invalid((Str){ src.s, limit });
	if (bad >= 0)
		limit = bad;
	ptrdiff_t off = 0, lineno = 1;
	while (off < limit) {
		const char *nl = memchr(src.s + off, '\n', (size_t)(src.len - off));
		ptrdiff_t end = nl ? nl - src.s : src.len;
		/* a long line may be many: old Mac files end lines with a lone CR */
		while (end - off > DOC_MAX_LINE) {
			const char *cr = memchr(src.s + off, '\r', (size_t)(end - off));
			if (cr && cr - (src.s + off) <= DOC_MAX_LINE) {
				off = cr - src.s + 1;
				lineno++;
				continue;
			}
			if (off + DOC_MAX_LINE < limit) {
				int rc = diag_set(d, ACC_ELINE, off, "line %td longer than 1 MiB", lineno);
				if (d)
					d->line = (int)(lineno < 0x7fffffff ? lineno : 0x7fffffff);
				return rc;
			}
			break; /* an earlier failure comes first */
		}
		off = end + 1;
		lineno++;
	}
	if (bad >= 0)
		return diag_set(d, ACC_EUTF8, bad, "invalid UTF-8 at byte %td", bad);
	if (z)
		return diag_set(d, ACC_ENUL, limit, "NUL byte at byte %td", limit);
	return ACC_OK;
}
