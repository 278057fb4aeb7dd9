/* closing.c: find a declaration's closing block: signature lines and the place-and-date line
 *
 * Joint statements end with who signed ("Jane Doe, Prime Minister of
 * Ruritania", one per line, no final period) and where and when ("Astana,
 * June 17, 2025", "Done at Astana on 17 June 2025", "Астана, 17 июня 2025
 * года", "Совершено в городе Астане 17 июня 2025 года ...",
 * "2025年6月17日于阿斯塔纳", "二〇二五年六月十七日于阿斯塔纳").  The run of such lines at the end of the
 * text (furniture aside) becomes LN_SIGNATURE / LN_PLACEDATE.
 */
#include "doc-int.h"

#include <string.h>

#define MAX_CLOSING_LINE 160

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
	"Sept", "Oct", "Nov", "Dec",
	/* Russian, genitive */
	"\xd1\x8f\xd0\xbd\xd0\xb2\xd0\xb0\xd1\x80\xd1\x8f", "\xd1\x84\xd0\xb5\xd0\xb2\xd1\x80\xd0\xb0\xd0\xbb\xd1\x8f",
	"\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82\xd0\xb0", "\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbb\xd1\x8f",
	"\xd0\xbc\xd0\xb0\xd1\x8f", "\xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f", "\xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f",
	"\xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82\xd0\xb0",
	"\xd1\x81\xd0\xb5\xd0\xbd\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", "\xd0\xbe\xd0\xba\xd1\x82\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f",
	"\xd0\xbd\xd0\xbe\xd1\x8f\xd0\xb1\xd1\x80\xd1\x8f", "\xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f",
};

/* Words that may come between capitalised words of a name or a place. */
static const char *const particles[] = { "von", "van", "der", "den", "de", "del", "da", "di", "du",
					  "la", "le", "bin", "ibn", "al", "el", "y", "of", "on", "upon" };

static bool is_word(Str w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (str_eq(w, str_c(list[i])))
			return true;
	return false;
}

/* Split off the next space-separated word of *s. */
static bool next_word(Str *s, Str *w)
{
	ptrdiff_t i = 0;
	while (i < s->len && s->s[i] == ' ')
		i++;
	ptrdiff_t j = i;
	while (j < s->len && s->s[j] != ' ')
		j++;
	*w = (Str){ s->s + i, j - i };
	*s = (Str){ s->s + j, s->len - j };
	return w->len > 0;
}

static bool capitalised(Str w)
{
	int n;
	return w.len && doc_cp_upper(doc_cp(w, 0, &n));
}

static bool has_digit(Str w)
{
	for (ptrdiff_t i = 0; i < w.len; i++)
		if (doc_is_digit(w.s[i]))
			return true;
	return false;
}

/* 1..6 words, capitalised (particles allowed inside), no digits; *nwords
 * receives the count. */
static bool name_like(Str s, int *nwords)
{
	Str w, last = STR_NULL;
	int n = 0;
	while (next_word(&s, &w)) {
		if (has_digit(w))
			return false;
		if (!capitalised(w) && (n == 0 || !is_word(w, particles, sizeof particles / sizeof *particles)))
			return false;
		last = w;
		n++;
	}
	*nwords = n;
	return n >= 1 && n <= 6 && capitalised(last);
}

static bool number(Str w, int lo, int hi)
{
	if (!w.len || w.len > 4)
		return false;
	int v = 0;
	for (ptrdiff_t i = 0; i < w.len; i++) {
		if (!doc_is_digit(w.s[i]))
			return false;
		v = v * 10 + (w.s[i] - '0');
	}
	return v >= lo && v <= hi;
}

static Str strip(Str w, const char *chars)
{
	while (w.len && strchr(chars, w.s[w.len - 1]))
		w.len--;
	return w;
}

/* "June 17, 2025", "17 June 2025", "17 июня 2025 года", "17.06.2025", "2025-06-17". */
static bool date_words(Str s)
{
	Str w[6];
	int n = 0;
	Str x;
	while (n < 6 && next_word(&s, &x))
		w[n++] = strip(x, ",.");
	if (n && (str_eq(w[n - 1], S("\xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0")) || str_eq(w[n - 1], S("\xd0\xb3"))))
		n--; /* "года", "г." */
	if (next_word(&s, &x))
		return false;
	size_t nm = sizeof months / sizeof *months;
	if (n == 3 && is_word(w[0], months, nm) && number(w[1], 1, 31) && number(w[2], 1000, 2999))
		return true;
	if (n == 3 && number(w[0], 1, 31) && is_word(w[1], months, nm) && number(w[2], 1000, 2999))
		return true;
	if (n == 1 && w[0].len == 10 && (w[0].s[2] == '.' || w[0].s[4] == '-'))
		return true;
	return false;
}

/* Whether three consecutive words of s make a date ("5 July 2025,"). */
static bool has_date_words(Str s)
{
	Str w[3] = { STR_NULL, STR_NULL, STR_NULL }, x;
	size_t nm = sizeof months / sizeof *months;
	while (next_word(&s, &x)) {
		w[0] = w[1];
		w[1] = w[2];
		w[2] = strip(x, ",.;");
		if (!w[0].len)
			continue;
		if (is_word(w[0], months, nm) && number(w[1], 1, 31) && number(w[2], 1000, 2999))
			return true;
		if (number(w[0], 1, 31) && is_word(w[1], months, nm) && number(w[2], 1000, 2999))
			return true;
	}
	return false;
}

/* Whether a Han digit ends just before off ("二〇二五年"). */
static bool han_digit_before(Str t, ptrdiff_t off)
{
	static const char *const digits[] = { "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
	if (off < 3)
		return false;
	for (size_t i = 0; i < sizeof digits / sizeof *digits; i++)
		if (!memcmp(t.s + off - 3, digits[i], 3))
			return true;
	return false;
}

/* Contract: whether t is a closing place-and-date line (see the top). */
bool doc_is_placedate(Str t)
{
	/* Cyrillic takes two bytes a letter: a Russian line may be twice as long */
	bool cyr = t.len && ((unsigned char)t.s[0] & 0xfe) == 0xd0;
	if (!t.len || t.len > (cyr ? 2 * MAX_CLOSING_LINE : MAX_CLOSING_LINE))
		return false;
	/* Chinese: "2025年6月17日于阿斯塔纳", "阿斯塔纳，2025年6月17日" */
	ptrdiff_t y = str_find(t, S("\xe5\xb9\xb4")), m = str_find(t, S("\xe6\x9c\x88")), d = str_find(t, S("\xe6\x97\xa5"));
	if (y > 0 && m > y && d > m && t.len <= 60 && (doc_is_digit(t.s[y - 1]) || han_digit_before(t, y)) &&
	    str_find(t, S("\xe3\x80\x82")) < 0)
		return true;
	Str rest = strip(t, ".");
	/* "Done at Astana, on 17 June 2025", "Signed in Astana on ..." */
	static const char *const lead[] = { "Done at ", "Done in ", "Signed at ", "Signed in ", "Adopted at ",
					    "Adopted in ", "Made at ", "Issued in ", "Issued at " };
	for (size_t i = 0; i < sizeof lead / sizeof *lead; i++)
		if (str_starts(rest, str_c(lead[i]))) {
			rest = (Str){ rest.s + strlen(lead[i]), rest.len - (ptrdiff_t)strlen(lead[i]) };
			/* the signing formula may go on: "Done in X on 5 July 2025 in two
			 * originals, in the English and French languages, ..." */
			if (has_date_words(rest))
				return true;
			break;
		}
	/* "Совершено в городе Астане 17 июня 2025 года в двух экземплярах ...",
	 * "Подписано в г. Астане ..." */
	static const char *const ru_lead[] = { "Совершено в ", "Совершено во ", "Подписано в ", "Подписано во ",
					       "Принято в ", "Принято во " };
	for (size_t i = 0; cyr && i < sizeof ru_lead / sizeof *ru_lead; i++)
		if (str_starts(rest, str_c(ru_lead[i])))
			return has_date_words((Str){ rest.s + strlen(ru_lead[i]), rest.len - (ptrdiff_t)strlen(ru_lead[i]) });
	if (str_starts(rest, S("\xd0\xb3. "))) /* "г. Астана" */
		rest = (Str){ rest.s + 4, rest.len - 4 };
	Str place, date;
	if (!str_cut(rest, ',', &place, &date)) {
		/* "Done at Astana on 17 June 2025" */
		ptrdiff_t on = str_find(rest, S(" on "));
		if (on < 0)
			return false;
		place = (Str){ rest.s, on };
		date = (Str){ rest.s + on + 4, rest.len - on - 4 };
	}
	int nwords;
	if (!name_like(str_trim(place), &nwords) || nwords > 4)
		return false;
	date = str_trim(date);
	if (str_starts(date, S("on ")))
		date = (Str){ date.s + 3, date.len - 3 };
	return date_words(date);
}

/* "Президент Республики Казахстан К. Токаев": an office, then an initial
 * and a surname. */
static bool title_then_initial(Str t)
{
	Str w, prev = STR_NULL, last = STR_NULL, s = t;
	int n = 0;
	while (next_word(&s, &w)) {
		prev = last, last = w;
		n++;
	}
	/* "К.Токаев" as one word, or "К." "Токаев" */
	int k;
	Str init = prev, sur = last;
	if (last.len > 2 && memchr(last.s, '.', (size_t)last.len)) {
		const char *dot = memchr(last.s, '.', (size_t)last.len);
		init = (Str){ last.s, dot - last.s + 1 };
		sur = (Str){ dot + 1, last.s + last.len - dot - 1 };
		n++;
	}
	if (n < 3 || !capitalised(t) || !capitalised(sur) || has_digit(sur) || sur.len < 3 || init.len < 2 ||
	    init.s[init.len - 1] != '.' || !capitalised(init))
		return false;
	doc_cp(init, 0, &k);
	return k == init.len - 1; /* one letter and its dot */
}

/* "Председатель Китайской Народной Республики Си Цзиньпин": a Russian
 * office, then two or three capitalised words of a name, no digits. */
static bool ru_title_name(Str t)
{
	static const char *const offices[] = { "Президент ", "Председатель ", "Премьер-министр ", "Премьер ",
					       "Министр ", "Генеральный секретарь ", "Король ", "Эмир ",
					       "Канцлер ", "Вице-президент " };
	bool office = false;
	for (size_t i = 0; i < sizeof offices / sizeof *offices && !office; i++)
		office = str_starts(t, str_c(offices[i]));
	if (!office || has_digit(t))
		return false;
	Str w, s = t, last[3] = { STR_NULL, STR_NULL, STR_NULL };
	int n = 0;
	while (next_word(&s, &w)) {
		last[0] = last[1], last[1] = last[2], last[2] = w;
		n++;
	}
	return n >= 4 && capitalised(last[1]) && capitalised(last[2]);
}

/* "中华人民共和国主席 习近平": an office ending in a title word, a space,
 * and a name of two to four Han characters. */
static bool han_title_name(Str t)
{
	static const char *const offices[] = {
		"\xe4\xb8\xbb\xe5\xb8\xad", "\xe6\x80\xbb\xe7\xbb\x9f", "\xe6\x80\xbb\xe7\x90\x86", /* 主席 总统 总理 */
		"\xe9\x83\xa8\xe9\x95\xbf", "\xe9\xa6\x96\xe7\x9b\xb8", "\xe5\x9b\xbd\xe7\x8e\x8b", /* 部长 首相 国王 */
		"\xe7\xa7\x98\xe4\xb9\xa6\xe9\x95\xbf",                                       /* 秘书长 */
	};
	if (t.len > 90)
		return false;
	ptrdiff_t sp = t.len - 1;
	while (sp > 0 && t.s[sp] != ' ')
		sp--;
	if (sp <= 0)
		return false;
	Str office = str_trim((Str){ t.s, sp }), name = { t.s + sp + 1, t.len - sp - 1 };
	if (name.len < 6 || name.len > 12 || name.len % 3)
		return false;
	for (ptrdiff_t i = 0; i < name.len; i += 3) {
		int k;
		int32_t cp = doc_cp(name, i, &k);
		if (k != 3 || cp < 0x4e00 || cp > 0x9fff)
			return false;
	}
	for (size_t i = 0; i < sizeof offices / sizeof *offices; i++)
		if (str_ends(office, str_c(offices[i])))
			return true;
	return false;
}

/* Contract: whether t reads as a signature line "Name, Title" (see the top),
 * or "Office I. Surname", "Office ... Name Surname" (Russian) or "Office
 * Name" (Chinese). */
bool doc_is_signature(Str t)
{
	bool cyr = t.len && ((unsigned char)t.s[0] & 0xfe) == 0xd0; /* two bytes a letter */
	if (t.len < 5 || t.len > (cyr ? 2 * MAX_CLOSING_LINE : MAX_CLOSING_LINE))
		return false;
	char last = t.s[t.len - 1];
	if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?')
		return false;
	if (title_then_initial(t) || han_title_name(t) || ru_title_name(t))
		return true;
	Str name, title;
	if (!str_cut(t, ',', &name, &title))
		return false;
	int nwords;
	if (!name_like(str_trim(name), &nwords) || nwords < 2)
		return false;
	title = str_trim(title);
	return capitalised(title) && !has_digit(title) && !doc_is_placedate(t);
}

/* Contract: marks, from the end of ls backwards (skipping blank and
 * furniture lines), the run of LN_TEXT lines that are signature lines or
 * one place-and-date line. */
void doc_closing(const struct doc *doc, struct doc_lines *ls)
{
	bool have_date = false;
	for (int i = ls->n - 1; i >= 0; i--) {
		struct doc_line *l = &ls->v[i];
		if (l->kind == LN_BLANK || l->kind == LN_FURNITURE)
			continue;
		if (l->kind != LN_TEXT)
			break;
		Str t = { doc->text.s + l->off, l->len };
		if (!have_date && doc_is_placedate(t)) {
			l->kind = LN_PLACEDATE;
			have_date = true;
		} else if (doc_is_signature(t)) {
			l->kind = LN_SIGNATURE;
		} else {
			break;
		}
	}
}
