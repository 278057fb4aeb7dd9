/* normalize.c: original bytes -> normalised text (NFC, "\n" line ends, plain spaces) and its map
 *
 * One pass over src.  ASCII is skipped eight bytes at a time; only control
 * bytes and runs of non-ASCII bytes are looked at.  Nothing is copied until
 * the first change: a text that needs none is src itself (map NULL).  After
 * the first change, output grows in an arena buffer and every output byte
 * records the src offset it came from (map), identity spans by bulk copy.
 *
 * Rules: CR LF and lone CR -> LF; U+2028, U+0085, form feed, vertical tab ->
 * LF; tab and other C0/C1 controls -> ' '; the odd spaces (U+00A0, U+1680,
 * U+2000..U+200A, U+202F, U+205F, U+3000) -> ' '; U+200B, U+2060, U+FEFF,
 * U+00AD -> removed.  Typographic quotes and dashes stay.  NFC (utf8proc)
 * runs only on a non-ASCII run holding a code point that NFC may change
 * (a combining mark, an excluded or singleton decomposition, a conjoining
 * jamo); composed output maps to the src offset of the starter it came from.
 */
#include "doc-int.h"

#include <string.h>
#include <utf8proc.h>

struct norm {
	Arena *a;
	Str src;
	char *out;          /* NULL until the first change */
	int32_t *map;       /* out offset -> src offset */
	ptrdiff_t n, cap;   /* bytes in out, capacity of out and map */
	ptrdiff_t pend;     /* src[pend..] is not yet emitted (identity until a change) */
	int32_t *u32;       /* scratch for NFC */
	ptrdiff_t u32cap;
};

static void reserve(struct norm *z, ptrdiff_t extra)
{
	if (z->out && z->n + extra + 1 <= z->cap)
		return;
	ptrdiff_t cap = z->cap ? z->cap : z->src.len + z->src.len / 16 + 64;
	while (cap < z->n + extra + 1)
		cap *= 2;
	char *out = anew(z->a, char, cap);
	int32_t *map = anew(z->a, int32_t, cap);
	if (z->n) {
		memcpy(out, z->out, (size_t)z->n);
		memcpy(map, z->map, (size_t)z->n * sizeof *map);
	}
	z->out = out, z->map = map, z->cap = cap;
}

/* Emit src[pend, upto) unchanged. */
static void flush(struct norm *z, ptrdiff_t upto)
{
	ptrdiff_t len = upto - z->pend;
	if (len <= 0)
		return;
	reserve(z, len);
	memcpy(z->out + z->n, z->src.s + z->pend, (size_t)len);
	int32_t *m = z->map + z->n;
	int32_t from = (int32_t)z->pend;
	for (ptrdiff_t i = 0; i < len; i++)
		m[i] = from + (int32_t)i;
	z->n += len;
	z->pend = upto;
}

/* Replace src[at, at+srclen) by the bytes s (possibly none), all mapped to at. */
static void replace(struct norm *z, ptrdiff_t at, ptrdiff_t srclen, const char *s, int len)
{
	flush(z, at);
	reserve(z, len);
	for (int i = 0; i < len; i++) {
		z->out[z->n] = s[i];
		z->map[z->n++] = (int32_t)at;
	}
	z->pend = at + srclen;
}

/* What a code point becomes: -1 itself, 0 removed, else that ASCII byte. */
static int fold_cp(int32_t cp)
{
	switch (cp) {
	case 0x00a0: case 0x1680: case 0x202f: case 0x205f: case 0x3000:
		return ' ';
	case 0x200b: case 0x2060: case 0xfeff: case 0x00ad:
		return 0;
	case 0x2028: case 0x2029: case 0x0085:
		return '\n';
	}
	if (cp >= 0x2000 && cp <= 0x200a)
		return ' ';
	if (cp >= 0x80 && cp < 0xa0)
		return ' ';
	return -1;
}

/* Whether NFC may change a text holding cp (a conservative quick check). */
static bool nfc_suspect(int32_t cp)
{
	if (cp < 0x300 || (cp >= 0x400 && cp < 0x483) || (cp >= 0x48a && cp < 0x591) ||
	    (cp >= 0x2010 && cp < 0x2070) || (cp >= 0x4e00 && cp <= 0x9fff) ||
	    (cp >= 0x3001 && cp < 0x302a) || (cp >= 0xff01 && cp <= 0xffef))
		return false;
	if ((cp >= 0x1100 && cp < 0x1200) || cp == 0x374 || cp == 0x37e || cp == 0x387)
		return true;
	const utf8proc_property_t *p = utf8proc_get_property(cp);
	if (p->combining_class || p->comp_exclusion || p->category == UTF8PROC_CATEGORY_MC)
		return true;
	/* canonical singletons live above U+1F00 (Greek extended, Kelvin, CJK compatibility) */
	return cp >= 0x1f00 && p->decomp_type == 0 && p->decomp_seqindex != UINT16_MAX;
}

static void u32_reserve(struct norm *z, ptrdiff_t need)
{
	if (need <= z->u32cap)
		return;
	z->u32cap = need * 2 + 64;
	z->u32 = anew(z->a, int32_t, z->u32cap);
}

/* NFC over src[from, to) (which ends a non-ASCII run), then the space rules;
 * returns false (and emits nothing) when NFC changes nothing there. */
static bool nfc_run(struct norm *z, ptrdiff_t from, ptrdiff_t to)
{
	const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)z->src.s + from;
	ptrdiff_t len = to - from;
	/* room for the decomposition, then the src offsets of the input starters */
	u32_reserve(z, len * 4 + 8);
	utf8proc_ssize_t n = utf8proc_decompose(s, len, z->u32, z->u32cap / 2, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0 || n > z->u32cap / 2)
		return false; /* cannot happen for valid UTF-8: keep the bytes */
	n = utf8proc_normalize_utf32(z->u32, n, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0)
		return false;
	int32_t *starts = z->u32 + z->u32cap / 2;
	ptrdiff_t nstarts = 0, ncp = 0;
	bool same = true;
	for (ptrdiff_t i = from; i < to;) {
		int k;
		int32_t cp = doc_cp(z->src, i, &k);
		same = same && ncp < n && z->u32[ncp] == cp;
		ncp++;
		if (!utf8proc_get_property(cp)->combining_class || nstarts == 0)
			starts[nstarts++] = (int32_t)i;
		i += k;
	}
	if (same && ncp == n)
		return false;
	flush(z, from);
	reserve(z, n * 4);
	ptrdiff_t k = -1;
	for (utf8proc_ssize_t i = 0; i < n; i++) {
		int32_t cp = z->u32[i];
		if (!utf8proc_get_property(cp)->combining_class && k + 1 < nstarts)
			k++;
		int32_t at = starts[k < 0 ? 0 : k];
		int f = fold_cp(cp);
		char buf[4];
		int blen;
		if (f < 0) {
			blen = utf8proc_encode_char(cp, (utf8proc_uint8_t *)buf);
		} else {
			buf[0] = (char)f;
			blen = f ? 1 : 0;
		}
		for (int j = 0; j < blen; j++) {
			z->out[z->n] = buf[j];
			z->map[z->n++] = at;
		}
	}
	z->pend = to;
	return true;
}

/* A non-ASCII run src[from, to): space rules per code point, NFC if needed. */
static void run(struct norm *z, ptrdiff_t from, ptrdiff_t to)
{
	bool nfc = false;
	for (ptrdiff_t i = from; i < to && !nfc;) {
		int k;
		nfc = nfc_suspect(doc_cp(z->src, i, &k));
		i += k;
	}
	if (nfc) {
		/* a combining mark may attach to the ASCII letter before the run */
		ptrdiff_t start = from;
		if (from > z->pend && (unsigned char)z->src.s[from - 1] > ' ')
			start = from - 1;
		if (nfc_run(z, start, to))
			return;
	}
	for (ptrdiff_t i = from; i < to;) {
		int k;
		int32_t cp = doc_cp(z->src, i, &k);
		int f = fold_cp(cp);
		if (f >= 0) {
			char c = (char)f;
			replace(z, i, k, &c, f ? 1 : 0);
		}
		i += k;
	}
}

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Contract: sets doc->text (and doc->map when text differs from doc->src);
 * doc->src must be valid UTF-8 without NUL.  Output lives in the arena and
 * is NUL-terminated after text.len. */
void doc_normalize(Arena *a, struct doc *doc)
{
	struct norm z = { .a = a, .src = doc->src };
	const unsigned char *s = (const unsigned char *)doc->src.s;
	ptrdiff_t len = doc->src.len, i = 0;
	while (i < len) {
		/* skip printable ASCII and line feeds, eight bytes at a time */
		while (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if ((w & HIGHS) || ((w - ONES * 0x20) & ~w & HIGHS))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		unsigned char c = s[i];
		if (c >= 0x20 && c < 0x80) {
			i++;
		} else if (c == '\n') {
			i++;
		} else if (c >= 0x80) {
			ptrdiff_t j = i + 1;
			while (j < len && s[j] >= 0x80)
				j++;
			run(&z, i, j);
			i = j;
		} else if (c == '\r') {
			if (i + 1 < len && s[i + 1] == '\n')
				replace(&z, i, 1, "", 0);
			else
				replace(&z, i, 1, "\n", 1);
			i++;
		} else if (c == '\f' || c == '\v') {
			replace(&z, i, 1, "\n", 1);
			i++;
		} else {
			replace(&z, i, 1, " ", 1);
			i++;
		}
	}
	if (!z.out) {
		doc->text = doc->src;
		doc->map = NULL;
		return;
	}
	flush(&z, len);
	reserve(&z, 1);
	z.out[z.n] = 0;
	z.map[z.n] = (int32_t)len;
	doc->text = (Str){ z.out, z.n };
	doc->map = z.map;
}
