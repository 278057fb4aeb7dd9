/* lang.c: which of accord's languages a text is written in, by its script
 *
 * accord reads English, Russian and Chinese; each is the only one of the
 * three in its script, so counting letters by script is enough: Latin
 * letters, Cyrillic letters (U+0400..U+047F: lead bytes 0xD0, 0xD1) and Han
 * characters (U+4000..U+9FFF: lead bytes 0xE4..0xE9), a Han character
 * weighing three letters (a Chinese word is one or two characters, an
 * English or Russian word five or six letters).  One pass over the bytes,
 * no decoding: a text quoting a few names in another script keeps its own.
 */
#include "doc-int.h"

enum doc_lang doc_lang_detect(Str text)
{
	ptrdiff_t latin = 0, cyr = 0, han = 0;
	const unsigned char *p = (const unsigned char *)text.s;
	for (ptrdiff_t i = 0; i < text.len; i++) {
		unsigned c = p[i];
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
