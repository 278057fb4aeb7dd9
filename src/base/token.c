/* token.c: the shared tokenizer and folding */
#include "token.h"
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

enum cls { C_NONE, C_SPACE, C_NL, C_ALNUM, C_DIGIT, C_APOS, C_CJK, C_OTHER };

static const unsigned char ascii_cls[128] = {
	['\t'] = C_SPACE, ['\n'] = C_NL, ['\r'] = C_NL, ['\f'] = C_SPACE, ['\v'] = C_SPACE, [' '] = C_SPACE,
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT, ['4'] = C_DIGIT,
	['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT, ['8'] = C_DIGIT, ['9'] = C_DIGIT,
	['\''] = C_APOS,
};

/* ASCII word characters: bit 1 a letter, bit 2 lower case, bit 4 a digit. */
static const unsigned char ascii_word[128] = {
	['a'] = 3, ['b'] = 3, ['c'] = 3, ['d'] = 3, ['e'] = 3, ['f'] = 3, ['g'] = 3, ['h'] = 3, ['i'] = 3,
	['j'] = 3, ['k'] = 3, ['l'] = 3, ['m'] = 3, ['n'] = 3, ['o'] = 3, ['p'] = 3, ['q'] = 3, ['r'] = 3,
	['s'] = 3, ['t'] = 3, ['u'] = 3, ['v'] = 3, ['w'] = 3, ['x'] = 3, ['y'] = 3, ['z'] = 3,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
	['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['0'] = 4, ['1'] = 4, ['2'] = 4, ['3'] = 4, ['4'] = 4, ['5'] = 4, ['6'] = 4, ['7'] = 4, ['8'] = 4, ['9'] = 4,
};

static bool is_cjk(int32_t cp)
{
	return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
	       (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xf900 && cp <= 0xfaff) ||
	       (cp >= 0x20000 && cp <= 0x2fa1f);
}

static enum cls classify_slow(Str s, ptrdiff_t *off, int32_t *cpo);

/* Class of the code point at *off, advancing *off past it (ASCII inline). */
static inline enum cls classify(Str s, ptrdiff_t *off, int32_t *cpo)
{
	unsigned char c = (unsigned char)s.s[*off];
	if (c < 0x80) {
		*off += 1;
		*cpo = c;
		if ((c | 32) >= 'a' && (c | 32) <= 'z')
			return C_ALNUM;
		return ascii_cls[c] ? (enum cls)ascii_cls[c] : C_OTHER;
	}
	return classify_slow(s, off, cpo);
}

/* classify() past ASCII: utf8proc's categories. */
static enum cls classify_slow(Str s, ptrdiff_t *off, int32_t *cpo)
{
	int32_t cp = utf8_next(s, off);
	*cpo = cp;
	if (cp < 0)
		return C_OTHER;
	if (cp == 0x2019 || cp == 0x2018 || cp == 0x02bc)
		return C_APOS;
	if (is_cjk(cp))
		return C_CJK;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		return C_ALNUM;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
		return C_SPACE;
	case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
		return C_NL;
	default:
		return C_OTHER;
	}
}

static bool is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool tok_next(Str s, ptrdiff_t *offp, struct token *t)
{
	ptrdiff_t off = *offp;
	uint8_t flags = 0;
	int32_t cp;
	enum cls c;
	for (;;) {
		if (off >= s.len) {
			*offp = off;
			return false;
		}
		ptrdiff_t at = off;
		c = classify(s, &off, &cp);
		if (c == C_SPACE) {
			flags |= TOK_SPACE;
			continue;
		}
		if (c == C_NL) {
			flags |= TOK_SPACE | TOK_NEWLINE;
			continue;
		}
		off = at;
		break;
	}
	ptrdiff_t start = off;
	c = classify(s, &off, &cp);
	uint8_t kind;
	/* the key of an all-ASCII word, folded as tok_key() does, while scanning */
	uint64_t h = 0xcbf29ce484222325ull;
	bool hashed = false;
	if (c == C_ALNUM || c == C_DIGIT) {
		bool alpha = c == C_ALNUM, all_upper = is_upper(cp), first_upper = all_upper;
		int nletters = alpha;
		hashed = cp < 0x80;
		if (hashed)
			h = (h ^ (uint64_t)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)) * 0x100000001b3ull;
		for (;;) {
			/* ASCII fast path: letters and digits, as classify() would see them */
			unsigned acc = 0;
			while (off < s.len) {
				unsigned char b = (unsigned char)s.s[off];
				unsigned w = b < 0x80 ? ascii_word[b] : 0;
				if (!w)
					break;
				acc |= w;
				nletters += (int)(w & 1);
				/* | 0x20 folds a letter and keeps a digit as it is */
				h = (h ^ (uint64_t)(b | 0x20)) * 0x100000001b3ull;
				off++;
			}
			if (acc & 1)
				alpha = true;
			if (acc & 2)
				all_upper = false;
			ptrdiff_t at = off;
			if (off >= s.len)
				break;
			bool was = hashed;
			hashed = false; /* a character taken here leaves the key to tok_key() */
			int32_t cp2;
			enum cls c2 = classify(s, &off, &cp2);
			if (c2 == C_ALNUM || c2 == C_DIGIT) {
				if (c2 == C_ALNUM) {
					alpha = true;
					nletters++;
					if (!all_upper)
						;
					else if (cp2 < 0x80)
						all_upper = cp2 >= 'A' && cp2 <= 'Z';
					else if (!is_upper(cp2) && utf8proc_category(cp2) != UTF8PROC_CATEGORY_MN)
						all_upper = false;
				}
				continue;
			}
			/* inner apostrophe ("Xi'an"), but not a possessive "'s" at a word end */
			if (c2 == C_APOS && alpha && off < s.len) {
				ptrdiff_t o3 = off;
				int32_t cp3;
				enum cls c3 = classify(s, &o3, &cp3);
				if (c3 == C_ALNUM) {
					bool poss = (cp3 == 's' || cp3 == 'S');
					if (poss && o3 < s.len) {
						ptrdiff_t o4 = o3;
						int32_t cp4;
						enum cls c4 = classify(s, &o4, &cp4);
						poss = !(c4 == C_ALNUM || c4 == C_DIGIT);
					}
					if (!poss)
						continue;
				}
			}
			/* inner "," or "." between digits of a number */
			if (!alpha && (cp2 == ',' || cp2 == '.') && off < s.len) {
				ptrdiff_t o3 = off;
				int32_t cp3;
				if (classify(s, &o3, &cp3) == C_DIGIT)
					continue;
			}
			off = at;
			hashed = was;
			break;
		}
		kind = alpha ? TOK_WORD : TOK_NUM;
		if (alpha && first_upper)
			flags |= TOK_CAP;
		if (alpha && all_upper && nletters >= 2)
			flags |= TOK_UPPER;
	} else if (c == C_APOS && off < s.len && (s.s[off] == 's' || s.s[off] == 'S') &&
		   (off + 1 >= s.len || !((s.s[off + 1] | 32) >= 'a' && (s.s[off + 1] | 32) <= 'z'))) {
		off++; /* possessive 's */
		kind = TOK_WORD;
	} else if (c == C_CJK) {
		kind = TOK_CJK;
	} else {
		kind = TOK_PUNCT;
	}
	t->off = (int32_t)start;
	t->len = (int32_t)(off - start);
	t->kind = kind;
	t->flags = flags;
	t->key = hashed ? h : tok_key((Str){ s.s + start, off - start });
	*offp = off;
	return true;
}

int tok_all(Arena *a, Str text, struct token **out)
{
	struct token *v = NULL, t;
	ptrdiff_t n = 0, cap = 0, off = 0;
	/* about one token in five bytes of running text: fewer regrowths */
	if (text.len > 64)
		v = arena_grow(a, NULL, &cap, text.len / 5, (ptrdiff_t)sizeof *v, (ptrdiff_t)_Alignof(struct token));
	while (tok_next(text, &off, &t))
		apush(a, v, n, cap, t);
	*out = v;
	return (int)n;
}

static int32_t fold_cp(int32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x02bc: case 0x0060: case 0x00b4:
		return '\'';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
		return '-';
	case 0x201c: case 0x201d: case 0x00ab: case 0x00bb: case 0x201e:
		return '"';
	}
	return cp;
}

static bool ascii_folded(Str s)
{
	for (ptrdiff_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.s[i];
		if (c >= 0x80 || (c >= 'A' && c <= 'Z'))
			return false;
	}
	return true;
}

/* Fold into buf (cap bytes); returns the length, or -1 if it does not fit. */
static ptrdiff_t fold_into(Str s, char *buf, ptrdiff_t cap)
{
	ptrdiff_t n = 0, off = 0;
	while (off < s.len) {
		unsigned char c = (unsigned char)s.s[off];
		if (c < 0x80) {
			if (n + 1 > cap)
				return -1;
			buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			off++;
			continue;
		}
		int32_t cp = utf8_next(s, &off);
		if (cp < 0)
			continue;
		cp = fold_cp(cp);
		utf8proc_int32_t dec[8];
		utf8proc_ssize_t nd = utf8proc_decompose_char(cp, dec, 8, UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, NULL);
		if (nd <= 0 || nd > 8) {
			dec[0] = cp;
			nd = 1;
		}
		for (utf8proc_ssize_t i = 0; i < nd; i++) {
			if (n + 4 > cap)
				return -1;
			n += utf8_encode(fold_cp(dec[i]), buf + n);
		}
	}
	return n;
}

Str tok_fold(Arena *a, Str s)
{
	if (ascii_folded(s))
		return s;
	ptrdiff_t cap = s.len * 3 + 16;
	char *p = arena_alloc(a, 1, 1, cap);
	ptrdiff_t n = fold_into(s, p, cap);
	return (Str){ p, n < 0 ? 0 : n };
}

uint64_t tok_key(Str s)
{
	uint64_t h = 0xcbf29ce484222325ull;
	ptrdiff_t i = 0;
	/* ASCII fast path: fold case inline */
	for (; i < s.len; i++) {
		unsigned char c = (unsigned char)s.s[i];
		if (c >= 0x80)
			break;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		h ^= c;
		h *= 0x100000001b3ull;
	}
	if (i == s.len)
		return h;
	char tmp[256];
	Str rest = { s.s + i, s.len - i };
	ptrdiff_t n = fold_into(rest, tmp, sizeof tmp);
	if (n < 0)
		n = 0;
	for (ptrdiff_t k = 0; k < n; k++) {
		h ^= (unsigned char)tmp[k];
		h *= 0x100000001b3ull;
	}
	return h;
}
