/* lang.c: which of accord's languages a text is written in, by its script
 *
 * accord reads English, Russian and Chinese; each is the only one of the
 * three in its script, so counting letters by script is enough: Latin
 * letters, Cyrillic letters (U+0400..U+047F: lead bytes 0xD0, 0xD1) and Han
 * characters (U+4000..U+9FFF: lead bytes 0xE4..0xE9), a Han character
 * weighing three letters (a Chinese word is one or two characters, an
 * English or Russian word five or six letters).  One pass over the bytes,
 * no decoding, eight ASCII bytes at a time: a text quoting a few names in
 * another script keeps its own.
 */
#include "doc-int.h"

#include <string.h>

/* Latin letters among 8 ASCII bytes (SWAR: no byte has its high bit set,
 * so adding to each byte carries into no other). */
static inline unsigned latin8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t x = w | 0x20 * ones;            /* lower case; other bytes stay outside a..z */
	uint64_t ge_a = x + (0x80 - 'a') * ones;   /* high bit: x >= 'a' */
	uint64_t gt_z = x + (0x80 - 'z' - 1) * ones; /* high bit: x > 'z' */
	uint64_t m = (ge_a & ~gt_z & high) >> 7;
	return (unsigned)((m * ones) >> 56);
}

enum doc_lang doc_lang_detect(Str text)
{
	ptrdiff_t latin = 0, cyr = 0, han = 0, i = 0;
	const unsigned char *p = (const unsigned char *)text.s;
	while (i < text.len) {
		uint64_t w;
		if (i + 8 <= text.len) {
			memcpy(&w, p + i, 8);
			if (!(w & 0x8080808080808080ull)) { /* eight ASCII bytes: most of an English text */
				latin += latin8(w);
				i += 8;
				continue;
			}
		}
		unsigned c = p[i++];
		latin += ((c | 32) - 'a') < 26u;
		cyr += (c & 0xfe) == 0xd0;
		han += (c - 0xe4u) < 6u;
	}
	han *= 3;
	if (cyr > latin && cyr >= han)
		return DOC_LANG_RU;
	if (han > latin && han > cyr)
		return DOC_LANG_ZH;
	return DOC_LANG_EN;
}

const char *doc_lang_code(enum doc_lang lang)
{
	switch (lang) {
	case DOC_LANG_RU: return "ru";
	case DOC_LANG_ZH: return "zh";
	default: return "en";
	}
}
