/* number.c: read the number that opens a numbered paragraph ("IV.", "3.", "(b)", "三、", "в)") */
#include "doc-int.h"

#include <string.h>

/* Value of a Roman numeral I..XL written in the usual subtractive form, or 0. */
static int roman(Str s)
{
	static const char *const tab[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
	static const char *const tens[] = { "", "X", "XX", "XXX", "XL" };
	for (int t = 0; t < 5; t++) {
		ptrdiff_t tl = (ptrdiff_t)strlen(tens[t]);
		if (s.len < tl || memcmp(s.s, tens[t], (size_t)tl))
			continue;
		for (int u = 0; u < 10; u++)
			if (s.len == tl + (ptrdiff_t)strlen(tab[u]) && !memcmp(s.s + tl, tab[u], strlen(tab[u])) &&
			    t * 10 + u > 0)
				return t * 10 + u;
	}
	return 0;
}

/* A lower-case label: one letter ("b"), a lower-case Roman numeral ("iv"),
 * or both readings for "i", "v", "x", "l". */
static bool letters(Str lab, struct doc_num *out)
{
	char up[8];
	if (lab.len > 6)
		return false;
	for (ptrdiff_t k = 0; k < lab.len; k++)
		up[k] = (char)(lab.s[k] - 'a' + 'A');
	int r = roman((Str){ up, lab.len });
	if (lab.len == 1) {
		out->style = NUM_ALPHA, out->value = lab.s[0] - 'a' + 1;
		if (r)
			out->alt_style = NUM_LROMAN, out->alt_value = r;
		return true;
	}
	if (!r)
		return false;
	out->style = NUM_LROMAN, out->value = r;
	return true;
}

/* Value of a Chinese numeral 一..九十九 at the start of s, or 0; *len its bytes. */
static int han(Str s, ptrdiff_t *len)
{
	static const char *const digits[] = { "\xe4\xb8\x80", "\xe4\xba\x8c", "\xe4\xb8\x89", "\xe5\x9b\x9b",
					      "\xe4\xba\x94", "\xe5\x85\xad", "\xe4\xb8\x83", "\xe5\x85\xab",
					      "\xe4\xb9\x9d" }; /* 一二三四五六七八九 */
	const char *ten = "\xe5\x8d\x81";             /* 十 */
	int v = 0, d = 0;
	ptrdiff_t i = 0;
	for (;;) {
		if (i + 3 > s.len)
			break;
		int k = -1;
		for (int j = 0; j < 9; j++)
			if (!memcmp(s.s + i, digits[j], 3))
				k = j + 1;
		if (k > 0) {
			d = k;
			i += 3;
			continue;
		}
		if (!memcmp(s.s + i, ten, 3) && v == 0) {
			v = (d ? d : 1) * 10;
			d = 0;
			i += 3;
			continue;
		}
		break;
	}
	*len = i;
	return i ? v + d : 0;
}

/* The Russian letters of enumerations, in order: а б в г д е ж з и к л м н
 * о п р с т у ф х ц ч ш щ э ю я (ё, й, ъ, ы, ь are not used for numbering). */
static const int32_t cyr_letters[] = { 0x430, 0x431, 0x432, 0x433, 0x434, 0x435, 0x436, 0x437, 0x438, 0x43a,
				       0x43b, 0x43c, 0x43d, 0x43e, 0x43f, 0x440, 0x441, 0x442, 0x443, 0x444,
				       0x445, 0x446, 0x447, 0x448, 0x449, 0x44d, 0x44e, 0x44f };

/* Contract: the ordinal of a part or item label, whatever its script, so
 * that the versions of one text in several languages can be aligned by
 * their numbering: "12" -> 12, "IV" and "iv" -> 4, "一" -> 1, "十二" -> 12,
 * "b" -> 2, "в" or "В" -> 3 (Russian enumeration letters).  The lower-case
 * "i", "v", "x", "l" and "c" read as Roman numerals.  Surrounding spaces and
 * one trailing '.', ')' or "、" and a leading '(' (ASCII or full width) are
 * ignored.  Returns 0 when the label is no number (empty, a heading, a
 * year: more than three digits). */
int doc_label_ordinal(Str label)
{
	Str s = str_trim(label);
	if (s.len && (s.s[0] == '('))
		s = str_slice(s, 1, -1);
	else if (s.len >= 3 && !memcmp(s.s, "\xef\xbc\x88", 3)) /* （ */
		s = str_slice(s, 3, -1);
	if (s.len && (s.s[s.len - 1] == '.' || s.s[s.len - 1] == ')'))
		s.len--;
	else if (s.len >= 3 && (!memcmp(s.s + s.len - 3, "\xe3\x80\x81", 3) || /* 、 */
				!memcmp(s.s + s.len - 3, "\xef\xbc\x89", 3)))  /* ） */
		s.len -= 3;
	if (!s.len || s.len > 12)
		return 0;
	unsigned char c = (unsigned char)s.s[0];
	if (doc_is_digit(c)) {
		if (s.len > 3)
			return 0;
		int v = 0;
		for (ptrdiff_t k = 0; k < s.len; k++) {
			if (!doc_is_digit(s.s[k]))
				return 0;
			v = v * 10 + s.s[k] - '0';
		}
		return v;
	}
	if (c < 0x80) {
		char up[8];
		if (s.len > 6)
			return 0;
		bool lower = doc_is_lower(c);
		for (ptrdiff_t k = 0; k < s.len; k++) {
			char ch = s.s[k];
			if (lower ? !doc_is_lower(ch) : !doc_is_upper(ch))
				return 0;
			up[k] = lower ? (char)(ch - 'a' + 'A') : ch;
		}
		int r = roman((Str){ up, s.len });
		if (r)
			return r;
		return s.len == 1 ? up[0] - 'A' + 1 : 0;
	}
	ptrdiff_t k;
	int v = han(s, &k);
	if (v && k == s.len)
		return v;
	int n;
	int32_t cp = doc_cp(s, 0, &n);
	if (n != s.len)
		return 0;
	if (cp >= 0x410 && cp <= 0x42f)
		cp += 0x20; /* А..Я -> а..я */
	for (int j = 0; j < (int)(sizeof cyr_letters / sizeof *cyr_letters); j++)
		if (cyr_letters[j] == cp)
			return j + 1;
	return 0;
}

/* Contract: when the (trimmed) line begins with a paragraph number followed
 * by its punctuation and a space (or, for Chinese "、", directly by text),
 * fills out and returns true.  "2025. " is no number (years are not
 * paragraph numbers: at most three digits), nor "I.e." (no space). */
bool doc_number(Str t, struct doc_num *out)
{
	memset(out, 0, sizeof *out);
	ptrdiff_t i = 0, n = t.len;
	if (n < 3)
		return false;
	const char *s = t.s;
	/* (a) (iv) (1) */
	if (s[0] == '(') {
		ptrdiff_t j = 1;
		while (j < n && j < 6 && (doc_is_lower(s[j]) || doc_is_digit(s[j])))
			j++;
		if (j >= n || s[j] != ')' || j == 1 || j + 1 >= n || s[j + 1] != ' ')
			goto han;
		Str lab = { s + 1, j - 1 };
		if (doc_is_lower(lab.s[0])) {
			if (!letters(lab, out))
				return false;
		} else if (doc_is_digit(lab.s[0]) && lab.len <= 3) {
			int v = 0;
			for (ptrdiff_t k = 0; k < lab.len; k++) {
				if (!doc_is_digit(lab.s[k]))
					return false;
				v = v * 10 + lab.s[k] - '0';
			}
			out->style = NUM_ARABIC, out->value = v;
		} else {
			return false;
		}
		out->label_off = 1, out->label_len = lab.len;
		i = j + 1;
		goto body;
	}
	/* 1. 12. 3) */
	if (doc_is_digit(s[0])) {
		ptrdiff_t j = 0;
		int v = 0;
		while (j < n && doc_is_digit(s[j]) && j < 4)
			v = v * 10 + s[j++] - '0';
		if (j > 3 || j >= n)
			return false;
		if ((s[j] == '.' || s[j] == ')') && j + 1 < n && s[j + 1] == ' ') {
			out->style = NUM_ARABIC, out->value = v;
			out->label_off = 0, out->label_len = j;
			i = j + 1;
			goto body;
		}
		if (j + 3 <= n && !memcmp(s + j, "\xe3\x80\x81", 3)) { /* 1、 */
			out->style = NUM_ARABIC, out->value = v;
			out->label_off = 0, out->label_len = j;
			i = j + 3;
			goto body;
		}
		return false;
	}
	/* IV. */
	if (s[0] == 'I' || s[0] == 'V' || s[0] == 'X') {
		ptrdiff_t j = 0;
		while (j < n && j < 8 && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X' || s[j] == 'L'))
			j++;
		if (j >= n - 1 || (s[j] != '.' && s[j] != ')') || s[j + 1] != ' ')
			return false;
		int v = roman((Str){ s, j });
		if (!v)
			return false;
		out->style = NUM_ROMAN, out->value = v;
		out->label_off = 0, out->label_len = j;
		i = j + 1;
		goto body;
	}
	/* a) iv) */
	if (doc_is_lower(s[0])) {
		ptrdiff_t j = 0;
		while (j < n && j < 5 && doc_is_lower(s[j]))
			j++;
		if (j + 1 >= n || s[j] != ')' || s[j + 1] != ' ' || !letters((Str){ s, j }, out))
			return false;
		out->label_off = 0, out->label_len = j;
		i = j + 1;
		goto body;
	}
han:
	/* а)  (б): Russian lettered items, ordinals of the Russian alphabet */
	{
		ptrdiff_t at = s[0] == '(' ? 1 : 0;
		int k;
		if (n >= at + 4 && ((unsigned char)s[at] & 0xfe) == 0xd0) {
			int32_t cp = doc_cp(t, at, &k);
			int v = 0;
			for (int j = 0; j < (int)(sizeof cyr_letters / sizeof *cyr_letters) && !v; j++)
				if (cyr_letters[j] == cp)
					v = j + 1;
			if (v && s[at + 2] == ')' && s[at + 3] == ' ') {
				out->style = NUM_CYR, out->value = v;
				out->label_off = at, out->label_len = 2;
				i = at + 3;
				goto body;
			}
		}
	}
	{
		/* 三、  （三）  (三)  （3） */
		ptrdiff_t k, start = 0;
		bool wide = n > 3 && !memcmp(s, "\xef\xbc\x88", 3); /* （ */
		bool paren = wide || s[0] == '(';
		if (paren)
			start = wide ? 3 : 1;
		int v = han((Str){ s + start, n - start }, &k);
		enum doc_num_style style = paren ? NUM_HANP : NUM_HAN;
		if (!v && wide) { /* （3）: Arabic digits, as "(3)" */
			for (k = 0; start + k < n && k < 3 && doc_is_digit(s[start + k]); k++)
				v = v * 10 + s[start + k] - '0';
			style = NUM_ARABIC;
		}
		if (!v)
			return false;
		ptrdiff_t j = start + k, close = 3;
		if (paren) {
			if (j < n && s[j] == ')')
				close = 1;
			else if (j + 3 > n || memcmp(s + j, "\xef\xbc\x89", 3)) /* ） */
				return false;
		} else if (j + 3 > n || memcmp(s + j, "\xe3\x80\x81", 3)) { /* 、 */
			return false;
		}
		out->style = style, out->value = v;
		out->label_off = start, out->label_len = k;
		i = j + close;
	}
body:
	while (i < n && t.s[i] == ' ')
		i++;
	if (i >= n)
		return false;
	out->body = i;
	return true;
}
