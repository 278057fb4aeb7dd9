/* date-words.c: the word tables of the date recognizer (English and Russian) */
#include "date-int.h"

#include <string.h>
#include "recognize.h"

struct entry {
	const char *w; /* lower case */
	uint8_t len;
	uint8_t cls;   /* enum dw */
	int8_t val;
	int8_t also;   /* a second class, or 0 */
};

#define E(w, c, v) { w, sizeof w - 1, c, v, 0 }
#define E2(w, c, v, a) { w, sizeof w - 1, c, v, a }
#define N(a) ((int)(sizeof a / sizeof *a))

/* Latin words by first letter.  Month abbreviations need their capital (the
 * caller checks); "may", "march" as words are months only before a number. */
static const struct entry w_a[] = {
	E("a", DW_COUNT, 1), E("an", DW_COUNT, 1), E("and", DW_AND, 0),
	E("afternoon", DW_POD, POD_AFTERNOON), E2("after", DW_LATER, 1, DW_PREP),
	E("apr", DW_MONTH, 4), E("april", DW_MONTH, 4), E("aug", DW_MONTH, 8), E("august", DW_MONTH, 8),
	E("autumn", DW_SEASON, 9), E("approximately", DW_NOYEAR, 0), E("almost", DW_NOYEAR, 0),
	E("article", DW_NOYEAR, 0), E("agreements", DW_UNIT, 0), E("acres", DW_UNIT, 0), E("at", DW_AT, 0),
};
static const struct entry w_b[] = {
	E("between", DW_BETWEEN, 0), E2("before", DW_LATER, -1, DW_PREP), E("by", DW_PREP, 0),
	E("beginning", DW_QUAL_OF, 0), E("billion", DW_UNIT, 0), E("barrels", DW_UNIT, 0),
	E("beds", DW_UNIT, 0), E("books", DW_UNIT, 0), E("bcm", DW_UNIT, 0),
};
static const struct entry w_c[] = {
	E("companies", DW_UNIT, 0), E("cases", DW_UNIT, 0), E("containers", DW_UNIT, 0),
	E("cars", DW_UNIT, 0), E("children", DW_UNIT, 0), E("cubic", DW_UNIT, 0),
	E("copies", DW_UNIT, 0), E("cny", DW_NOYEAR, 0), E("code", DW_NOYEAR, 0),
};
static const struct entry w_d[] = {
	E("day", DW_DAY, 0), E("days", DW_DAYS, 0), E("dec", DW_MONTH, 12), E("december", DW_MONTH, 12),
	E("during", DW_PREP, 0), E("delegates", DW_UNIT, 0), E("dollars", DW_UNIT, 0),
	E("documents", DW_UNIT, 0),
};
static const struct entry w_e[] = {
	E("early", DW_QUAL, 0), E("earlier", DW_LATER, -1), E("end", DW_QUAL_OF, 0),
	E("evening", DW_POD, POD_EVENING), E("eight", DW_COUNT, 8), E("enterprises", DW_UNIT, 0),
	E("euros", DW_UNIT, 0), E("eur", DW_NOYEAR, 0),
};
static const struct entry w_f[] = {
	E("friday", DW_WEEKDAY, 4), E("feb", DW_MONTH, 2), E("february", DW_MONTH, 2), E("first", DW_ORD, 1), E("fourth", DW_ORD, 4),
	E("five", DW_COUNT, 5), E("four", DW_COUNT, 4), E("following", DW_NEXT, 0), E("from", DW_PREP, 0),
	E("fall", DW_SEASON, 9), E("fax", DW_PHONE, 0), E("flights", DW_UNIT, 0), E("firms", DW_UNIT, 0),
	E("families", DW_UNIT, 0),
};
static const struct entry w_g[] = { E("gw", DW_UNIT, 0), E("gwh", DW_UNIT, 0) };
static const struct entry w_h[] = {
	E("half", DW_HALF, 0), E("hectares", DW_UNIT, 0), E("ha", DW_UNIT, 0), E("hundred", DW_UNIT, 0),
	E("households", DW_UNIT, 0), E("hours", DW_UNIT, 0),
};
static const struct entry w_i[] = {
	E("in", DW_PREP, 0), E("items", DW_UNIT, 0), E("institutions", DW_UNIT, 0),
};
static const struct entry w_j[] = {
	E("jan", DW_MONTH, 1), E("january", DW_MONTH, 1), E("jun", DW_MONTH, 6), E("june", DW_MONTH, 6),
	E("jul", DW_MONTH, 7), E("july", DW_MONTH, 7), E("jobs", DW_UNIT, 0),
};
static const struct entry w_k[] = {
	E("km", DW_UNIT, 0), E("kg", DW_UNIT, 0), E("kw", DW_UNIT, 0), E("kwh", DW_UNIT, 0),
	E("kilometers", DW_UNIT, 0), E("kilometres", DW_UNIT, 0),
};
static const struct entry w_l[] = {
	E("late", DW_QUAL, 0), E("later", DW_LATER, 1), E("last", DW_ORD, -1),
};
static const struct entry w_m[] = {
	E("monday", DW_WEEKDAY, 0), E("mar", DW_MONTH, 3), E("march", DW_MONTH, 3), E("may", DW_MONTH, 5), E("mid", DW_QUAL, 0),
	E("middle", DW_QUAL_OF, 0), E("morning", DW_POD, POD_MORNING), E("million", DW_UNIT, 0),
	E("mw", DW_UNIT, 0), E("members", DW_UNIT, 0), E("meters", DW_UNIT, 0), E("metres", DW_UNIT, 0),
	E("minutes", DW_UNIT, 0), E("months", DW_UNIT, 0), E("mt", DW_UNIT, 0), E("mobile", DW_PHONE, 0),
};
static const struct entry w_n[] = {
	E("next", DW_NEXT, 0), E("night", DW_POD, POD_EVENING), E("nine", DW_COUNT, 9),
	E("nov", DW_MONTH, 11), E("november", DW_MONTH, 11), E("no", DW_NOYEAR, 0), E("nos", DW_NOYEAR, 0),
	E("number", DW_NOYEAR, 0), E("nearly", DW_NOYEAR, 0),
};
static const struct entry w_o[] = {
	E("oct", DW_MONTH, 10), E("october", DW_MONTH, 10), E("of", DW_OF, 0), E("on", DW_PREP, 0),
	E("one", DW_COUNT, 1),
};
static const struct entry w_p[] = {
	E("people", DW_UNIT, 0), E("persons", DW_UNIT, 0), E("participants", DW_UNIT, 0),
	E("pairs", DW_UNIT, 0), E("pieces", DW_UNIT, 0), E("projects", DW_UNIT, 0),
	E("percent", DW_UNIT, 0), E("per", DW_UNIT, 0), E("previous", DW_PREV, 0),
	E("preceding", DW_PREV, 0), E("prior", DW_PREV, 0), E("phone", DW_PHONE, 0),
	E("page", DW_NOYEAR, 0), E("pp", DW_NOYEAR, 0), E("paragraph", DW_NOYEAR, 0),
	E("para", DW_NOYEAR, 0),
};
static const struct entry w_q[] = { E("quarter", DW_QUARTER, 0) };
static const struct entry w_r[] = {
	E("resolution", DW_NOYEAR, 0), E("resolutions", DW_NOYEAR, 0), E("roughly", DW_NOYEAR, 0),
	E("rmb", DW_NOYEAR, 0), E("room", DW_NOYEAR, 0),
};
static const struct entry w_s[] = {
	E("saturday", DW_WEEKDAY, 5), E("sunday", DW_WEEKDAY, 6), E("same", DW_SAME, 0), E("second", DW_ORD, 2), E("sep", DW_MONTH, 9), E("sept", DW_MONTH, 9),
	E("september", DW_MONTH, 9), E("seven", DW_COUNT, 7), E("six", DW_COUNT, 6),
	E("since", DW_PREP, 0), E("spring", DW_SEASON, 3), E("start", DW_QUAL_OF, 0),
	E("summer", DW_SEASON, 6), E("students", DW_UNIT, 0), E("schools", DW_UNIT, 0),
	E("square", DW_UNIT, 0), E("sq", DW_UNIT, 0),
};
static const struct entry w_t[] = {
	E("tuesday", DW_WEEKDAY, 1), E("thursday", DW_WEEKDAY, 3), E("the", DW_THE, 0), E("that", DW_THAT, 0), E("this", DW_THAT, 1), E("third", DW_ORD, 3),
	E("three", DW_COUNT, 3), E("two", DW_COUNT, 2), E("ten", DW_COUNT, 10),
	E2("to", DW_SEP, 0, DW_PREP), E2("through", DW_SEP, 0, DW_PREP), E2("thru", DW_SEP, 0, DW_PREP),
	E2("till", DW_SEP, 0, DW_PREP), E("today", DW_DEICTIC, 0), E("tomorrow", DW_DEICTIC, 1),
	E("tonight", DW_TONIGHT, 0), E("tons", DW_UNIT, 0), E("tonnes", DW_UNIT, 0), E("ton", DW_UNIT, 0),
	E("tonne", DW_UNIT, 0), E("than", DW_NOYEAR, 0), E("thousand", DW_UNIT, 0), E("times", DW_UNIT, 0),
	E("tourists", DW_UNIT, 0), E("trains", DW_UNIT, 0), E("trips", DW_UNIT, 0),
	E("tel", DW_PHONE, 0), E("total", DW_NOYEAR, 0), E("tenge", DW_UNIT, 0),
};
static const struct entry w_u[] = {
	E2("until", DW_SEP, 0, DW_PREP), E("units", DW_UNIT, 0), E("usd", DW_NOYEAR, 0),
};
static const struct entry w_v[] = { E("vehicles", DW_UNIT, 0), E("visitors", DW_UNIT, 0) };
static const struct entry w_w[] = {
	E("wednesday", DW_WEEKDAY, 2), E("week", DW_WEEK, 0), E("weeks", DW_WEEK, 0), E("winter", DW_SEASON, 12),
};
static const struct entry w_y[] = {
	E("yesterday", DW_DEICTIC, -1), E("year", DW_YEAR, 0), E("years", DW_UNIT, 0), E("yuan", DW_UNIT, 0),
};

static const struct {
	const struct entry *v;
	int n;
} latin[26] = {
	['a' - 'a'] = { w_a, N(w_a) }, ['b' - 'a'] = { w_b, N(w_b) }, ['c' - 'a'] = { w_c, N(w_c) },
	['d' - 'a'] = { w_d, N(w_d) }, ['e' - 'a'] = { w_e, N(w_e) }, ['f' - 'a'] = { w_f, N(w_f) },
	['g' - 'a'] = { w_g, N(w_g) }, ['h' - 'a'] = { w_h, N(w_h) }, ['i' - 'a'] = { w_i, N(w_i) },
	['j' - 'a'] = { w_j, N(w_j) }, ['k' - 'a'] = { w_k, N(w_k) }, ['l' - 'a'] = { w_l, N(w_l) },
	['m' - 'a'] = { w_m, N(w_m) }, ['n' - 'a'] = { w_n, N(w_n) }, ['o' - 'a'] = { w_o, N(w_o) },
	['p' - 'a'] = { w_p, N(w_p) }, ['q' - 'a'] = { w_q, N(w_q) }, ['r' - 'a'] = { w_r, N(w_r) },
	['s' - 'a'] = { w_s, N(w_s) }, ['t' - 'a'] = { w_t, N(w_t) }, ['u' - 'a'] = { w_u, N(w_u) },
	['v' - 'a'] = { w_v, N(w_v) }, ['w' - 'a'] = { w_w, N(w_w) }, ['y' - 'a'] = { w_y, N(w_y) },
};

/* Russian words, lower case: months in three cases, the year words, parts of
 * day, relative days and the few particles the patterns need. */
static const struct entry russian[] = {
	E("января", DW_MONTH_GEN, 1), E("февраля", DW_MONTH_GEN, 2), E("марта", DW_MONTH_GEN, 3),
	E("апреля", DW_MONTH_GEN, 4), E("мая", DW_MONTH_GEN, 5), E("июня", DW_MONTH_GEN, 6),
	E("июля", DW_MONTH_GEN, 7), E("августа", DW_MONTH_GEN, 8), E("сентября", DW_MONTH_GEN, 9),
	E("октября", DW_MONTH_GEN, 10), E("ноября", DW_MONTH_GEN, 11), E("декабря", DW_MONTH_GEN, 12),
	E("январь", DW_MONTH_RU, 1), E("февраль", DW_MONTH_RU, 2), E("март", DW_MONTH_RU, 3),
	E("апрель", DW_MONTH_RU, 4), E("май", DW_MONTH_RU, 5), E("июнь", DW_MONTH_RU, 6),
	E("июль", DW_MONTH_RU, 7), E("август", DW_MONTH_RU, 8), E("сентябрь", DW_MONTH_RU, 9),
	E("октябрь", DW_MONTH_RU, 10), E("ноябрь", DW_MONTH_RU, 11), E("декабрь", DW_MONTH_RU, 12),
	E("январе", DW_MONTH_RU, 1), E("феврале", DW_MONTH_RU, 2), E("марте", DW_MONTH_RU, 3),
	E("апреле", DW_MONTH_RU, 4), E("мае", DW_MONTH_RU, 5), E("июне", DW_MONTH_RU, 6),
	E("июле", DW_MONTH_RU, 7), E("августе", DW_MONTH_RU, 8), E("сентябре", DW_MONTH_RU, 9),
	E("октябре", DW_MONTH_RU, 10), E("ноябре", DW_MONTH_RU, 11), E("декабре", DW_MONTH_RU, 12),
	E("г", DW_YEARWORD, 0), E("гг", DW_YEARWORD, 0), E("года", DW_YEARWORD, 0),
	E("году", DW_YEARWORD, 0), E("годы", DW_YEARWORD, 0), E("годах", DW_YEARWORD, 0),
	E("годов", DW_YEARWORD, 0), E("год", DW_YEARWORD, 0),
	E("полугодии", DW_HALF, 0), E("полугодие", DW_HALF, 0), E("полугодия", DW_HALF, 0),
	E("квартале", DW_QUARTER, 0), E("квартал", DW_QUARTER, 0), E("квартала", DW_QUARTER, 0),
	E("первом", DW_ORD, 1), E("первое", DW_ORD, 1), E("первый", DW_ORD, 1), E("первого", DW_ORD, 1),
	E("втором", DW_ORD, 2), E("второе", DW_ORD, 2), E("второй", DW_ORD, 2), E("второго", DW_ORD, 2),
	E("третьем", DW_ORD, 3), E("третий", DW_ORD, 3), E("третьего", DW_ORD, 3),
	E("четвертом", DW_ORD, 4), E("четвёртом", DW_ORD, 4), E("четвертый", DW_ORD, 4),
	E("начале", DW_QUAL, 0), E("конце", DW_QUAL, 0), E("середине", DW_QUAL, 0),
	E("по", DW_SEP, 0), E("до", DW_SEP, 0), E("и", DW_AND, 0), E("между", DW_BETWEEN, 0),
	E("в", DW_PREP, 0), E("с", DW_PREP, 0), E("со", DW_PREP, 0),
	E("утром", DW_POD, POD_MORNING), E("днём", DW_POD, POD_AFTERNOON), E("днем", DW_POD, POD_AFTERNOON),
	E("вечером", DW_POD, POD_EVENING), E("ночью", DW_POD, POD_EVENING),
	E("вчера", DW_DEICTIC, -1), E("сегодня", DW_DEICTIC, 0), E("завтра", DW_DEICTIC, 1),
	E("тыс", DW_UNIT, 0), E("млн", DW_UNIT, 0), E("млрд", DW_UNIT, 0), E("человек", DW_UNIT, 0),
	E("тонн", DW_UNIT, 0), E("резолюции", DW_NOYEAR, 0), E("резолюция", DW_NOYEAR, 0),
	E("тел", DW_PHONE, 0),
};

static struct dword found(const struct entry *e)
{
	return (struct dword){ e->cls, e->val, e->also };
}

/* Cyrillic upper case (U+0400..U+042F) to lower case, in UTF-8, into buf;
 * returns the length or -1 when s is not all Cyrillic letters or too long. */
static int fold_cyrillic(Str s, char *buf, int cap)
{
	if (s.len > cap)
		return -1;
	for (ptrdiff_t i = 0; i < s.len; i += 2) {
		if (i + 1 >= s.len)
			return -1;
		unsigned char b0 = (unsigned char)s.s[i], b1 = (unsigned char)s.s[i + 1];
		if (b0 == 0xd0 && b1 >= 0x90 && b1 <= 0x9f) {
			b1 += 0x20;
		} else if (b0 == 0xd0 && b1 >= 0xa0 && b1 <= 0xaf) {
			b0 = 0xd1;
			b1 -= 0x20;
		} else if (b0 == 0xd0 && b1 == 0x81) { /* Ё */
			b0 = 0xd1;
			b1 = 0x91;
		} else if (b0 != 0xd0 && b0 != 0xd1) {
			return -1;
		}
		buf[i] = (char)b0;
		buf[i + 1] = (char)b1;
	}
	return (int)s.len;
}

struct dword rec_date_word(Str s)
{
	struct dword none = { DW_NONE, 0, 0 };
	if (s.len < 1)
		return none;
	unsigned char c0 = (unsigned char)s.s[0];
	if (c0 == 0xd0 || c0 == 0xd1) {
		char buf[32];
		int len = fold_cyrillic(s, buf, (int)sizeof buf);
		if (len < 0)
			return none;
		for (int i = 0; i < N(russian); i++)
			if (russian[i].len == len && !memcmp(russian[i].w, buf, (size_t)len))
				return found(&russian[i]);
		return none;
	}
	/* Latin: the entries of the first letter's bucket, compared in place
	 * (s[k] | 32 equals a lower-case letter only for that letter) */
	unsigned char b = c0 | 32;
	if (b < 'a' || b > 'z' || s.len > 15)
		return none;
	const struct entry *v = latin[b - 'a'].v;
	int n = latin[b - 'a'].n;
	for (int i = 0; i < n; i++) {
		if (v[i].len != s.len)
			continue;
		ptrdiff_t k = 1;
		while (k < s.len && (s.s[k] | 32) == v[i].w[k])
			k++;
		if (k == s.len)
			return found(&v[i]);
	}
	return none;
}
