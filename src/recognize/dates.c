/* dates.c: the date recognizer: dates, date ranges, parts of day and relative dates in a sentence
 *
 * recognize_dates() walks the tokens of one sentence once, left to right,
 * and tries the patterns only at anchor tokens: numbers (days, years, ISO
 * and numeric dates, Chinese 年/月/日 dates), month names (English with a
 * capital, Russian in any case), and the head words of parts of day and of
 * relative dates ("morning", "day", "days", "today", "year", "Tuesday").
 * Context words before an anchor ("the third quarter of", "early", "the
 * next", "later that", "last") are found by looking back, never past the end
 * of the previous mention, so the mentions of one sentence come out in text
 * order and never overlap, except a part of day inside a relative date
 * ("evening" in "that evening": M_RELDATE, then M_PART_OF_DAY with
 * MENTION_NESTED).  A word costs one test of its first letter and length
 * (maybe_anchor) and at most one table look-up.
 *
 * A match is parsed in two layers: simple() reads one date ("June 17, 2025",
 * "17 June", "June 2025", "2027", "2025-06-17", "17.06.2025", "17 июня 2025
 * г.", "2025年6月17日"); parse() joins two simple dates around a separator
 * into a range ("May 29 – June 2, 2025", "2023 to 2027"), or a bare day and
 * a date ("16–18 June 2025"), or a date and a bare day ("June 16 to 18,
 * 2025"), and adds the qualifiers before a year.  Values are as written: a
 * missing year stays 0 for resolve to fill.  Spans are minimal: "from",
 * "between", "on", "in" and "the" stay outside dates (relative dates keep
 * theirs: "the next day").  Relative years ("this year", "March last year",
 * "the following year") and weekdays ("on Tuesday", "last Friday") carry the
 * flags of date-int.h for resolve.
 *
 * A bare four-digit number is a year only between 1900 and 2100 and only in
 * a year-like context (year_ok): not after "Resolution", "No.", "$", "+",
 * "than"; not before a unit or count noun ("2025 tons", "2000 participants"),
 * "%" or "@"; not next to other numbers (telephone numbers).
 */
#include "recognize.h"
#include "date-int.h"

#include <string.h>

enum { PREC_YEAR = 1, PREC_MONTH, PREC_DAY };

struct scan {
	Arena *a;
	const char *text;       /* doc.text */
	const struct token *t;  /* the sentence's tokens */
	int n;
	int sent;               /* DOC_SENT node */
	int floor;              /* first token after the last mention (look-backs stop here) */
	struct mention **v;
	ptrdiff_t *nv, *cap;
};

/* One parsed date expression: tokens [i0, end). */
struct dt {
	struct date v, e;       /* start, and end for a range (else unset) */
	int i0, end;
	int prec;               /* of v: PREC_YEAR, PREC_MONTH or PREC_DAY */
	bool lone;              /* a month name alone ("in June") */
	bool sure;              /* a year made certain by its form (年, года, ISO) */
	unsigned flags;         /* MENTION_DATE_RELYEAR, MENTION_DATE_DEICTIC */
	int years;              /* with MENTION_DATE_RELYEAR: the offset in years */
};

static Str tx(const struct scan *c, int i)
{
	return (Str){ c->text + c->t[i].off, c->t[i].len };
}

static int kind(const struct scan *c, int i)
{
	return i >= 0 && i < c->n ? c->t[i].kind : 0;
}

/* Token i follows token i-1 without white space. */
static bool glued(const struct scan *c, int i)
{
	return i > 0 && i < c->n && !(c->t[i].flags & TOK_SPACE);
}

static struct dword word(const struct scan *c, int i)
{
	if (kind(c, i) != TOK_WORD)
		return (struct dword){ DW_NONE, 0, 0 };
	return rec_date_word(tx(c, i));
}

static bool wis(const struct scan *c, int i, enum dw cls)
{
	struct dword w = word(c, i);
	return w.cls == cls || (w.also && (int)w.also == (int)cls);
}

/* Token i is exactly the bytes p (punctuation and CJK). */
static bool is(const struct scan *c, int i, const char *p)
{
	if (i < 0 || i >= c->n)
		return false;
	Str s = tx(c, i);
	size_t len = strlen(p);
	return (size_t)s.len == len && !memcmp(s.s, p, len);
}

static bool dash(const struct scan *c, int i)
{
	static const char *const dashes[] = { "-", "\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\x92",
					      "\xe2\x88\x92", "~", "\xef\xbd\x9e", "\xef\xbc\x8d",
					      "\xe2\x80\x90", "\xe2\x80\x91" };
	if (kind(c, i) != TOK_PUNCT)
		return false;
	for (size_t k = 0; k < sizeof dashes / sizeof *dashes; k++)
		if (is(c, i, dashes[k]))
			return true;
	return false;
}

/* Value of a number token of plain digits (ASCII or full-width), with its
 * digit count in *nd; -1 for anything else (inner "," or ".", too long). */
static int num(const struct scan *c, int i, int *nd)
{
	if (nd)
		*nd = 0; /* also when not a number: callers test it first */
	if (kind(c, i) != TOK_NUM)
		return -1;
	Str s = tx(c, i);
	int v = 0, n = 0;
	for (ptrdiff_t k = 0; k < s.len;) {
		unsigned char b = (unsigned char)s.s[k];
		if (b >= '0' && b <= '9') {
			v = v * 10 + (b - '0');
			k++;
		} else if (b == 0xef && k + 2 < s.len && (unsigned char)s.s[k + 1] == 0xbc &&
			   (unsigned char)s.s[k + 2] >= 0x90 && (unsigned char)s.s[k + 2] <= 0x99) {
			v = v * 10 + ((unsigned char)s.s[k + 2] - 0x90);
			k += 3;
		} else {
			return -1;
		}
		if (++n > 9)
			return -1;
	}
	if (nd)
		*nd = n;
	return v;
}

static bool plausible_year(int y)
{
	return y >= 1900 && y <= 2100;
}

/* A four-digit year at token i, or 0. */
static int year_at(const struct scan *c, int i)
{
	int nd = 0, y = num(c, i, &nd);
	return nd == 4 && plausible_year(y) ? y : 0;
}

/* A four-digit year after a day and month or a month ("29 September 1729"):
 * any from 1000 to 2999. */
static int year_after_month(const struct scan *c, int i)
{
	int nd = 0, y = num(c, i, &nd);
	return nd == 4 && y >= 1000 && y <= 2999 ? y : 0;
}

/* A day number (1..31, one or two digits) at token i, or 0. */
static int day_at(const struct scan *c, int i)
{
	int nd, d = num(c, i, &nd);
	return d >= 1 && d <= 31 && nd <= 2 ? d : 0;
}

/* An ordinal day word ("17th", "1st") at token i, or 0. */
static int ordday_at(const struct scan *c, int i)
{
	if (kind(c, i) != TOK_WORD)
		return 0;
	Str s = tx(c, i);
	int d = 0, k = 0;
	while (k < s.len && k < 2 && s.s[k] >= '0' && s.s[k] <= '9')
		d = d * 10 + (s.s[k++] - '0');
	if (k == 0 || s.len - k != 2 || d < 1 || d > 31)
		return 0;
	char a = (char)(s.s[k] | 32), b = (char)(s.s[k + 1] | 32);
	bool ok = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
		  (a == 't' && b == 'h');
	return ok ? d : 0;
}

/* A month name at token i: returns the month and sets *next past it (and past
 * an abbreviation's dot); *ru tells a Russian genitive (which follows a day). */
static int month_at(const struct scan *c, int i, int *next, int *cls)
{
	struct dword w = word(c, i);
	if (w.cls == DW_MONTH) {
		if (!(c->t[i].flags & TOK_CAP))
			return 0;
		*next = i + 1;
		Str s = tx(c, i); /* an abbreviation's dot: "Sept.", "Dec." (not "May.", "June.") */
		if ((s.len == 3 || s.len == 4) && is(c, i + 1, ".") && glued(c, i + 1) &&
		    !str_eq_nocase(s, S("may")) && !str_eq_nocase(s, S("june")) && !str_eq_nocase(s, S("july")))
			*next = i + 2;
	} else if (w.cls == DW_MONTH_GEN || w.cls == DW_MONTH_RU) {
		*next = i + 1;
	} else {
		return 0;
	}
	*cls = w.cls;
	return w.val;
}

static bool day_ok(int y, int m, int d)
{
	return date_valid(y ? y : 2000, m, d);
}

static struct date mk(int y, int m, int d)
{
	return (struct date){ (int16_t)y, (int8_t)m, (int8_t)d };
}

/* Russian "г." / "года" / "году" / "гг." after a year: the index past it. */
static int yearword(const struct scan *c, int i)
{
	if (word(c, i).cls != DW_YEARWORD)
		return i;
	if (tx(c, i).len <= 4 && is(c, i + 1, ".") && glued(c, i + 1))
		return i + 2;
	return i + 1;
}

/* "[,] YEAR" after a day and month: sets r->v.y and r->end when present. */
static void opt_year(const struct scan *c, int i, struct dt *r)
{
	int k = is(c, i, ",") ? i + 1 : i;
	int y = year_after_month(c, k);
	if (!y || word(c, k + 1).cls == DW_UNIT)
		return;
	r->v.y = (int16_t)y;
	r->end = yearword(c, k + 1);
	if (r->end > k + 1)
		r->sure = true;
}

/* Chinese "2025年6月17日", "2025年6月", "2025年", "6月17日" from token i. */
static bool chinese(const struct scan *c, int i, struct dt *r)
{
	int y = 0, m = 0, d = 0, k = i;
	if (is(c, k + 1, "年")) {
		y = year_at(c, k);
		if (!y)
			return false;
		k += 2;
		int mm = day_at(c, k);
		if (mm && mm <= 12 && is(c, k + 1, "月")) {
			m = mm;
			k += 2;
		}
	} else if (is(c, k + 1, "月")) {
		m = day_at(c, k);
		if (!m || m > 12)
			return false;
		k += 2;
	} else {
		return false;
	}
	if (m) {
		int dd = day_at(c, k);
		if (dd && (is(c, k + 1, "日") || is(c, k + 1, "号")) && day_ok(y, m, dd)) {
			d = dd;
			k += 2;
		}
	}
	r->v = mk(y, m, d);
	r->prec = d ? PREC_DAY : m ? PREC_MONTH : PREC_YEAR;
	r->end = k;
	r->sure = true;
	return true;
}

/* Numeric dates: "2025-06-17", "2025/06/17", "17/06/2025", "17-06-2025",
 * and one number token "17.06.2025" or "2025.06.17".  Day first unless the
 * first part cannot be a day and the second can (06/17/2025). */
static bool numeric(const struct scan *c, int i, struct dt *r)
{
	int p[3], nd[3], end;
	if (kind(c, i) != TOK_NUM)
		return false;
	Str s = tx(c, i);
	if (memchr(s.s, '.', (size_t)s.len)) {
		int k = 0, v = 0, n = 0;
		for (ptrdiff_t j = 0; j <= s.len; j++) {
			if (j == s.len || s.s[j] == '.') {
				if (k >= 3 || n == 0)
					return false;
				p[k] = v, nd[k++] = n;
				v = n = 0;
			} else if (s.s[j] >= '0' && s.s[j] <= '9') {
				v = v * 10 + (s.s[j] - '0');
				n++;
			} else {
				return false;
			}
		}
		if (k != 3)
			return false;
		end = i + 1;
	} else {
		p[0] = num(c, i, &nd[0]);
		const char *sep = is(c, i + 1, "-") ? "-" : is(c, i + 1, "/") ? "/" : NULL;
		if (p[0] < 0 || !sep || !glued(c, i + 1) || !glued(c, i + 2) || !is(c, i + 3, sep) ||
		    !glued(c, i + 3) || !glued(c, i + 4))
			return false;
		p[1] = num(c, i + 2, &nd[1]);
		p[2] = num(c, i + 4, &nd[2]);
		if (p[1] < 0 || p[2] < 0)
			return false;
		end = i + 5;
	}
	int y, m, d;
	if (nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2) {
		y = p[0], m = p[1], d = p[2];
	} else if (nd[2] == 4 && nd[0] <= 2 && nd[1] <= 2) {
		y = p[2], d = p[0], m = p[1];
		if (m > 12 && d <= 12)
			m = p[0], d = p[1];
	} else {
		return false;
	}
	if (!plausible_year(y) || !date_valid(y, m, d) || m == 0 || d == 0)
		return false;
	r->v = mk(y, m, d);
	r->prec = PREC_DAY;
	r->end = end;
	r->sure = true;
	return true;
}

/* One date, not a range, starting at token i. */
static bool simple(const struct scan *c, int i, struct dt *r)
{
	memset(r, 0, sizeof *r);
	r->i0 = i;
	int k, m, mc;
	switch (kind(c, i)) {
	case TOK_NUM: {
		if (chinese(c, i, r) || numeric(c, i, r))
			return true;
		int y = year_at(c, i);
		if (y) {
			r->v = mk(y, 0, 0);
			r->prec = PREC_YEAR;
			r->end = yearword(c, i + 1);
			r->sure = r->end > i + 1;
			return true;
		}
		int d = day_at(c, i);
		if (!d)
			return false;
		k = i + 1;
		if (dash(c, k) && glued(c, k) && glued(c, k + 1) && (m = month_at(c, k + 1, &k, &mc)) &&
		    mc == DW_MONTH && dash(c, k) && glued(c, k) && glued(c, k + 1) && day_ok(0, m, d)) {
			int yy = year_after_month(c, k + 1); /* "17-Jun-2025" */
			if (!yy)
				return false;
			r->v = mk(yy, m, d);
			r->prec = PREC_DAY;
			r->end = k + 2;
			return true;
		}
		k = i + 1;
		if (wis(c, k, DW_OF) && k + 1 < c->n && (c->t[k + 1].flags & TOK_CAP))
			k++; /* "17 of June" */
		if (!(m = month_at(c, k, &k, &mc)) || mc == DW_MONTH_RU || !day_ok(0, m, d))
			return false;
		r->v = mk(0, m, d);
		r->prec = PREC_DAY;
		r->end = k;
		opt_year(c, k, r);
		return true;
	}
	case TOK_WORD: {
		int d = ordday_at(c, i);
		if (d) { /* "17th June", "17th of June 2025" */
			k = wis(c, i + 1, DW_OF) ? i + 2 : i + 1;
			if (!(m = month_at(c, k, &k, &mc)) || mc != DW_MONTH || !day_ok(0, m, d))
				return false;
			r->v = mk(0, m, d);
			r->prec = PREC_DAY;
			r->end = k;
			opt_year(c, k, r);
			return true;
		}
		if (!(m = month_at(c, i, &k, &mc)) || mc == DW_MONTH_GEN)
			return false;
		int y = year_after_month(c, k);
		if (y && word(c, k + 1).cls == DW_UNIT)
			y = 0;
		if (!y && wis(c, k, DW_OF) && (y = year_at(c, k + 1)))
			k++;
		if (!y && is(c, k, ",") && year_at(c, k + 1) && word(c, k + 2).cls != DW_UNIT)
			y = year_at(c, ++k); /* "June, 2025" */
		if (y) { /* "June 2025", "June of 2025", "June, 2025", "июнь 2025 года" */
			r->v = mk(y, m, 0);
			r->prec = PREC_MONTH;
			r->end = yearword(c, k + 1);
			return true;
		}
		if (mc == DW_MONTH_RU)
			return false;
		d = day_at(c, k);
		if (!d)
			d = ordday_at(c, k);
		if (d && day_ok(0, m, d) && !is(c, k + 1, ":")) { /* "June 17", "June 17, 2025" */
			r->v = mk(0, m, d);
			r->prec = PREC_DAY;
			r->end = k + 1;
			opt_year(c, k + 1, r);
			return true;
		}
		r->v = mk(0, m, 0); /* a lone month: the caller checks its context */
		r->prec = PREC_MONTH;
		r->end = k;
		r->lone = true;
		return true;
	}
	default:
		return false;
	}
}

/* A range separator at token i: returns the index after it, or 0.  "and"
 * counts only when between is set ("between 3 and 5 May"). */
static int sep_at(const struct scan *c, int i, bool between)
{
	if (dash(c, i) || is(c, i, "至") || is(c, i, "到"))
		return i + 1;
	struct dword w = word(c, i);
	if (w.cls == DW_SEP || (between && w.cls == DW_AND))
		return i + 1;
	return 0;
}

/* A separator after day d: also "and" before the next day ("16 and 17
 * June", "June 16 and 17, 2025": two days in a row are one range). */
static int day_sep(const struct scan *c, int i, bool between, int d)
{
	int s = sep_at(c, i, between);
	if (!s && word(c, i).cls == DW_AND && day_at(c, i + 1) == d + 1)
		s = i + 1;
	return s;
}

/* Year context of a bare year at token i whose expression ends at end. */
static bool year_ok(const struct scan *c, int i, int end)
{
	int p = i - 1;
	if (p >= 0) {
		if (glued(c, i) && kind(c, p) == TOK_PUNCT) {
			static const char *const bad[] = { "$", "+", "#", "@", "/", "№", "€", "£", "¥", ".", "\\", "=" };
			for (size_t k = 0; k < sizeof bad / sizeof *bad; k++)
				if (is(c, p, bad[k]))
					return false;
			if (dash(c, p) && (kind(c, p - 1) == TOK_NUM || !glued(c, p)))
				return false;
		}
		if (kind(c, p) == TOK_NUM)
			return false;
		int w = word(c, p).cls;
		if (w == DW_NOYEAR)
			return false;
		if (is(c, p, ".") && word(c, p - 1).cls == DW_NOYEAR)
			return false;
		if (is(c, p, "№"))
			return false;
		for (int k = p; k >= 0 && k >= i - 5; k--)
			if (word(c, k).cls == DW_PHONE)
				return false;
	}
	if (end < c->n) {
		if (kind(c, end) == TOK_NUM)
			return false;
		if (word(c, end).cls == DW_UNIT)
			return false;
		if (glued(c, end) && (is(c, end, "%") || is(c, end, "@") || is(c, end, "+") ||
				      (is(c, end, "/") && kind(c, end + 1) == TOK_NUM) ||
				      (dash(c, end) && kind(c, end + 1) == TOK_NUM)))
			return false;
	}
	return true;
}

/* Qualifiers before a lone year at r->i0: "the third quarter of 2023",
 * "the first half of 2026", "summer 2025", "Q3 2023", "early 2025",
 * "mid-2025", "the end of 2025".  Moves r->i0 back and may turn the year
 * into a month range; returns whether one was found. */
static bool year_qualifier(const struct scan *c, struct dt *r)
{
	int i = r->i0, p = i - 1, y = r->v.y;
	if (p < c->floor)
		return false;
	if (wis(c, p, DW_OF) && p - 1 >= c->floor) {
		struct dword w = word(c, p - 1);
		if ((w.cls == DW_QUARTER || w.cls == DW_HALF) && p - 2 >= c->floor) {
			struct dword o = word(c, p - 2);
			int q = o.val, nq = w.cls == DW_QUARTER ? 4 : 2, len = 12 / nq;
			if (o.cls != DW_ORD)
				return false;
			if (q < 0)
				q = nq;
			if (q < 1 || q > nq)
				return false;
			r->v = mk(y, (q - 1) * len + 1, 0);
			r->e = mk(y, q * len, 0);
			r->prec = PREC_MONTH;
			r->i0 = p - 2;
			return true;
		}
		if (w.cls == DW_QUAL_OF) {
			r->i0 = p - 1;
			return true;
		}
		if (w.cls == DW_SEASON) {
			p--;
			goto season;
		}
		return false;
	}
	struct dword w = word(c, p);
	if (w.cls == DW_QUAL) {
		r->i0 = p;
		return true;
	}
	if ((w.cls == DW_QUARTER || w.cls == DW_HALF) && p - 1 >= c->floor && word(c, p - 1).cls == DW_ORD) {
		/* "first half 2026", "в первом полугодии 2026 года" */
		int q = word(c, p - 1).val, nq = w.cls == DW_QUARTER ? 4 : 2, len = 12 / nq;
		if (q < 0)
			q = nq;
		if (q < 1 || q > nq)
			return false;
		r->v = mk(y, (q - 1) * len + 1, 0);
		r->e = mk(y, q * len, 0);
		r->prec = PREC_MONTH;
		r->i0 = p - 1;
		return true;
	}
	if (dash(c, p) && glued(c, p) && glued(c, i) && p - 1 >= c->floor && word(c, p - 1).cls == DW_QUAL) {
		r->i0 = p - 1;
		return true;
	}
	if (w.cls == DW_SEASON)
		goto season;
	if (kind(c, p) == TOK_WORD) { /* Q1..Q4, H1, H2 */
		Str s = tx(c, p);
		if (s.len == 2 && (s.s[0] == 'Q' || s.s[0] == 'H') && s.s[1] >= '1' &&
		    s.s[1] <= (s.s[0] == 'Q' ? '4' : '2')) {
			int q = s.s[1] - '0', len = s.s[0] == 'Q' ? 3 : 6;
			r->v = mk(y, (q - 1) * len + 1, 0);
			r->e = mk(y, q * len, 0);
			r->prec = PREC_MONTH;
			r->i0 = p;
			return true;
		}
	}
	return false;
season:
	w = word(c, p);
	r->i0 = p;
	if (w.val != 12) { /* winter straddles two years: keep the year */
		r->v = mk(y, w.val, 0);
		r->e = mk(y, w.val + 2, 0);
		r->prec = PREC_MONTH;
	}
	return true;
}

/* Fill a missing year on one side of a range from the other; false when the
 * two sides do not make a forward range. */
static bool join(struct dt *a, const struct dt *b)
{
	struct date v = a->v, e = b->v;
	if (!v.y && e.y)
		v.y = (int16_t)(date_cmp(mk(e.y, v.m, v.d), e) > 0 ? e.y - 1 : e.y);
	else if (v.y && !e.y)
		e.y = (int16_t)(date_cmp(mk(v.y, e.m, e.d), v) < 0 ? v.y + 1 : v.y);
	if (v.y && e.y && date_cmp(v, e) >= 0)
		return false;
	if (!v.y && !e.y && date_cmp(v, e) >= 0)
		return false;
	a->v = v;
	a->e = b->e.y || b->e.m ? b->e : e;
	if (b->e.m && !b->e.y)
		a->e.y = e.y;
	a->end = b->end;
	a->sure |= b->sure;
	a->lone = false;
	return true;
}

/* A year relative to the speaker's ("this year", "last year", "next year")
 * or to the text's ("that year", "the same year", "the following year", "the
 * next year", "the previous year") with its head "year" at token i: sets the
 * offset and flags and returns the first token, or -1. */
static int relyear(const struct scan *c, int i, int floor, int *years, unsigned *flags)
{
	if (word(c, i).cls != DW_YEAR || i - 1 < floor)
		return -1;
	struct dword b = word(c, i - 1);
	bool the = i - 2 >= floor && word(c, i - 2).cls == DW_THE;
	*flags = MENTION_DATE_RELYEAR;
	if (b.cls == DW_THAT) {
		*years = 0;
		if (b.val)
			*flags |= MENTION_DATE_DEICTIC;
		return i - 1;
	}
	if (b.cls == DW_ORD && b.val == -1 && !the) { /* "last year" (not "the last year") */
		*years = -1;
		*flags |= MENTION_DATE_DEICTIC;
		return i - 1;
	}
	if (b.cls == DW_NEXT || b.cls == DW_PREV || b.cls == DW_SAME) {
		*years = b.cls == DW_NEXT ? 1 : b.cls == DW_PREV ? -1 : 0;
		if (!the && b.cls == DW_NEXT && tx(c, i - 1).len == 4)
			*flags |= MENTION_DATE_DEICTIC; /* "next year" */
		else if (!the)
			return -1;
		return the ? i - 2 : i - 1;
	}
	return -1;
}

/* "March this year", "10 May last year": a year-less date followed by a
 * relative year takes it on. */
static void relyear_after(const struct scan *c, struct dt *r)
{
	int k = r->end + 1, years;
	unsigned flags;
	if (r->v.y || kind(c, k) != TOK_WORD || word(c, k).cls != DW_YEAR)
		return;
	int at = relyear(c, k, r->end, &years, &flags);
	if (at != r->end || (flags & MENTION_DATE_DEICTIC) == 0)
		return;
	r->end = k + 1;
	r->flags = flags;
	r->years = years;
	r->lone = false;
}

/* Parse a date or range starting at token i (nothing before floor is used). */
static bool parse1(const struct scan *c, int i, struct dt *r);

/* "early", "mid", "late" before a month at token i ("mid-June" too): the
 * first token of the qualified date. */
static int qual_before(const struct scan *c, int i)
{
	if (i - 1 >= c->floor && word(c, i - 1).cls == DW_QUAL)
		return i - 1;
	if (i - 2 >= c->floor && dash(c, i - 1) && glued(c, i - 1) && glued(c, i) &&
	    word(c, i - 2).cls == DW_QUAL)
		return i - 2;
	return i;
}

static bool parse(const struct scan *c, int i, struct dt *r)
{
	if (!parse1(c, i, r))
		return false;
	relyear_after(c, r);
	return true;
}

static bool parse1(const struct scan *c, int i, struct dt *r)
{
	bool between = i - 1 >= c->floor && word(c, i - 1).cls == DW_BETWEEN;
	int d = day_at(c, i), s;
	struct dt b;
	/* a bare day before a separator: "16–18 June 2025", "between 3 and 5 May" */
	if (d && !simple(c, i, r) && (s = day_sep(c, i + 1, between, d))) {
		int d2 = day_at(c, s);
		if (d2 > d && simple(c, s, &b) && b.prec == PREC_DAY && b.v.d == d2 &&
		    day_ok(b.v.y, b.v.m, d)) {
			*r = b;
			r->i0 = i;
			r->v.d = (int8_t)d;
			r->e = b.v;
			return true;
		}
		return false;
	}
	if (!simple(c, i, r))
		return false;
	s = r->prec == PREC_DAY ? day_sep(c, r->end, between, r->v.d) : sep_at(c, r->end, between);
	if (s && r->prec == PREC_DAY && (d = day_at(c, s)) > r->v.d && !simple(c, s, &b)) {
		/* "June 16 to 18, 2025", "2025年6月16日至18日" */
		int k = s + 1;
		if (is(c, k, "日") || is(c, k, "号"))
			k++;
		if (day_ok(r->v.y, r->v.m, d)) {
			r->e = mk(r->v.y, r->v.m, d);
			r->end = k;
			if (!r->v.y) {
				opt_year(c, k, r);
				r->e.y = r->v.y;
			}
			return true;
		}
	}
	if (s && simple(c, s, &b) && !b.lone && (b.prec == r->prec || (r->lone && b.prec == PREC_MONTH))) {
		struct dt a = *r;
		if (r->prec == PREC_YEAR && !a.sure && !b.sure && !year_ok(c, i, b.end))
			goto single;
		if (join(&a, &b)) {
			*r = a;
			if (r->prec == PREC_YEAR && (is(c, r->end, "年") || word(c, r->end).cls == DW_YEARWORD))
				r->end = yearword(c, r->end) > r->end ? yearword(c, r->end) : r->end + 1;
			return true;
		}
	}
	s = r->end + 1;
	if (r->prec == PREC_YEAR && glued(c, s - 1) && glued(c, s) && (dash(c, s - 1) || is(c, s - 1, "/"))) {
		/* "2024-25", "2024/25", "2024/2025" */
		int nd, yy = num(c, s, &nd);
		int y2 = nd == 2 ? r->v.y - r->v.y % 100 + yy : yy;
		if ((nd == 2 || nd == 4) && y2 > r->v.y && (y2 == r->v.y + 1 || (dash(c, s - 1) && nd == 2)) &&
		    word(c, s + 1).cls != DW_UNIT && (r->sure || year_ok(c, i, s + 1))) {
			r->e = mk(y2, 0, 0);
			r->end = s + 1;
			return true;
		}
	}
single:
	if (r->prec == PREC_YEAR) {
		if (year_qualifier(c, r))
			return true;
		return r->sure || year_ok(c, i, r->end);
	}
	if (r->prec == PREC_MONTH)
		r->i0 = qual_before(c, i); /* "early June 2025", "mid-June" */
	if (r->lone && r->i0 == i) {
		struct dword w = word(c, i - 1);
		if (i - 1 < c->floor || !(w.cls == DW_PREP || w.also == DW_PREP || w.cls == DW_OF))
			return false;
		return !is(c, r->end, "'s") && !is(c, r->end, "\xe2\x80\x99s");
	}
	return true;
}

static void push(const struct scan *c, enum mention_type type, int i0, int i1, struct date v,
		 struct date e, int part, int rel, unsigned flags)
{
	struct mention m = { 0 };
	m.type = type;
	m.flags = flags;
	m.off = c->t[i0].off;
	m.len = c->t[i1 - 1].off + c->t[i1 - 1].len - m.off;
	m.sent = c->sent;
	m.kb = -1;
	m.entity = -1;
	m.value = v;
	m.end = e;
	m.part = part;
	m.rel_days = rel;
	mention_push(c->a, c->v, c->nv, c->cap, m);
}

/* Relative dates and parts of day around the head word at token i; returns
 * the index after the match, or 0. */
static int relative(struct scan *c, int i)
{
	struct dword w = word(c, i);
	int p = i - 1, i0 = i, rel = 0, n;
	bool ok = false;
	switch (w.cls) {
	case DW_POD:
	case DW_TONIGHT: {
		int part = w.cls == DW_TONIGHT ? POD_EVENING : w.val;
		if (w.cls == DW_TONIGHT) {
			ok = true;
		} else if (p >= c->floor) {
			struct dword b = word(c, p);
			if (b.cls == DW_THAT || b.cls == DW_SAME) {
				ok = true, i0 = p;
			} else if (b.cls == DW_NEXT) {
				ok = true, i0 = p, rel = 1;
			} else if (b.cls == DW_PREV) {
				ok = true, i0 = p, rel = -1;
			} else if (b.cls == DW_ORD && b.val == -1) { /* "last night" */
				ok = true, i0 = p, rel = -1;
			}
			if (ok && b.cls != DW_THAT && i0 - 1 >= c->floor && word(c, i0 - 1).cls == DW_THE)
				i0--;
		}
		/* "night" is a time of day only "at night", in a relative date, or
		 * before a date ("the night of June 16"): not "one long night" */
		if (!ok && tx(c, i).len == 5 && (tx(c, i).s[0] | 32) == 'n' && !(p >= c->floor && word(c, p).cls == DW_AT) &&
		    !(word(c, i + 1).cls == DW_OF && (kind(c, i + 2) == TOK_NUM ||
									  word(c, i + 2).cls == DW_MONTH)))
			return 0;
		if (ok)
			push(c, M_RELDATE, i0, i + 1, DATE_NONE, DATE_NONE, part, rel, 0);
		push(c, M_PART_OF_DAY, i, i + 1, DATE_NONE, DATE_NONE, part, 0, ok ? MENTION_NESTED : 0);
		return i + 1;
	}
	case DW_WEEKDAY: { /* "on Tuesday", not "Tuesday, June 17" (the date says it) */
		struct dt r;
		int k = is(c, i + 1, ",") ? i + 2 : i + 1;
		if (!(c->t[i].flags & TOK_CAP) || (kind(c, k) && parse(c, k, &r)))
			return 0;
		/* "last Tuesday", "this Friday", "next Monday": from the speaker's day */
		struct dword b = word(c, i - 1);
		unsigned flags = MENTION_DATE_WEEKDAY;
		rel = w.val;
		if (i - 1 >= c->floor && ((b.cls == DW_ORD && b.val == -1) || (b.cls == DW_THAT && b.val) ||
					  b.cls == DW_NEXT)) {
			flags |= MENTION_DATE_DEICTIC;
			i0 = i - 1;
			rel += b.cls == DW_ORD ? -7 : b.cls == DW_NEXT ? 7 : 0;
		}
		push(c, M_RELDATE, i0, i + 1, DATE_NONE, DATE_NONE, POD_NONE, rel, flags);
		return i + 1;
	}
	case DW_DEICTIC:
		if (is(c, i + 1, "'s") || is(c, i + 1, "\xe2\x80\x99s"))
			return 0; /* "today's world" */
		push(c, M_RELDATE, i, i + 1, DATE_NONE, DATE_NONE, POD_NONE, w.val, 0);
		return i + 1;
	case DW_DAY:
		if (p >= c->floor) {
			struct dword b = word(c, p);
			if (b.cls == DW_NEXT || b.cls == DW_PREV || b.cls == DW_SAME) {
				ok = true, i0 = p, rel = b.cls == DW_NEXT ? 1 : b.cls == DW_PREV ? -1 : 0;
				if (i0 - 1 >= c->floor && word(c, i0 - 1).cls == DW_THE)
					i0--;
			} else if (b.cls == DW_THAT && b.val == 0) { /* "that day", "later that day" (not "to this day") */
				ok = true, i0 = p;
				if (i0 - 1 >= c->floor && word(c, i0 - 1).cls == DW_LATER && word(c, i0 - 1).val > 0)
					i0--;
			} else if (b.cls == DW_THE && word(c, i + 1).cls == DW_LATER &&
				   kind(c, i + 2) != TOK_WORD && kind(c, i + 2) != TOK_NUM) {
				/* "the day before", "the day after" (not "... the summit") */
				push(c, M_RELDATE, p, i + 2, DATE_NONE, DATE_NONE, POD_NONE, word(c, i + 1).val, 0);
				return i + 2;
			}
		}
		if (!ok)
			goto count;
		push(c, M_RELDATE, i0, i + 1, DATE_NONE, DATE_NONE, POD_NONE, rel, 0);
		return i + 1;
	case DW_DAYS:
	case DW_WEEK:
	count: { /* "two days later", "a day earlier", "a week later" */
		struct dword l = word(c, i + 1);
		if (p < c->floor || l.cls != DW_LATER)
			return 0;
		if (l.also == DW_PREP && (kind(c, i + 2) == TOK_WORD || kind(c, i + 2) == TOK_NUM))
			return 0; /* "two days after the summit" */
		struct dword b = word(c, p);
		int nd;
		if (b.cls == DW_COUNT)
			n = b.val;
		else if ((n = num(c, p, &nd)) < 1 || n > 400)
			return 0;
		if (w.cls == DW_WEEK)
			n *= 7;
		push(c, M_RELDATE, p, i + 2, DATE_NONE, DATE_NONE, POD_NONE, n * l.val, 0);
		return i + 2;
	}
	default:
		return 0;
	}
}

/* Value of the Han digit token i (〇 零 一 .. 九), or -1. */
static int han_digit(const struct scan *c, int i)
{
	static const char *const digits[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "零" };
	if (i < 0 || i >= c->n || c->t[i].len != 3)
		return -1;
	const char *s = c->text + c->t[i].off;
	for (int k = 0; k < 11; k++)
		if (!memcmp(s, digits[k], 3))
			return k % 10;
	return -1;
}

/* A Han numeral 1..39 at token *k ("六", "十二", "二十", "三十一"); advances
 * *k past it, or returns 0. */
static int han_small(const struct scan *c, int *k)
{
	int i = *k, v, d = han_digit(c, i);
	if (is(c, i, "十")) {
		v = 10;
		d = han_digit(c, ++i);
	} else if (d > 0 && is(c, i + 1, "十")) {
		v = d * 10;
		i += 2;
		d = han_digit(c, i);
	} else if (d > 0) {
		*k = i + 1;
		return d;
	} else {
		return 0;
	}
	if (d > 0) {
		v += d;
		i++;
	}
	*k = i;
	return v;
}

/* Chinese dates written in Han numerals, as official texts date themselves:
 * "二〇二五年六月十七日", "二〇二五年六月" (the year digit by digit). */
static bool han_date(const struct scan *c, int i, struct dt *r)
{
	int y = 0, k = i;
	for (; k < i + 4; k++) {
		int d = han_digit(c, k);
		if (d < 0)
			return false;
		y = y * 10 + d;
	}
	if (!is(c, k, "年") || y < 1000 || y > 2999)
		return false;
	k++;
	int m = 0, d = 0, at = k, mm = han_small(c, &at);
	if (mm && mm <= 12 && is(c, at, "月")) {
		m = mm;
		k = at + 1;
		at = k;
		int dd = han_small(c, &at);
		if (dd && (is(c, at, "日") || is(c, at, "号")) && day_ok(y, m, dd)) {
			d = dd;
			k = at + 1;
		}
	}
	memset(r, 0, sizeof *r);
	r->v = mk(y, m, d);
	r->e = DATE_NONE;
	r->prec = d ? PREC_DAY : m ? PREC_MONTH : PREC_YEAR;
	r->i0 = i;
	r->end = k;
	r->sure = true;
	return true;
}

/* Chinese parts of day and relative days: two Han characters. */
static int relative_cjk(struct scan *c, int i)
{
	static const struct {
		const char *w;
		int cls, val;
	} words[] = {
		{ "上午", DW_POD, POD_MORNING }, { "早上", DW_POD, POD_MORNING }, { "清晨", DW_POD, POD_MORNING },
		{ "下午", DW_POD, POD_AFTERNOON }, { "中午", DW_POD, POD_AFTERNOON },
		{ "晚上", DW_POD, POD_EVENING }, { "晚间", DW_POD, POD_EVENING }, { "傍晚", DW_POD, POD_EVENING },
		{ "当晚", DW_TONIGHT, 0 }, { "当天", DW_DEICTIC, 0 }, { "当日", DW_DEICTIC, 0 },
		{ "同日", DW_DEICTIC, 0 }, { "次日", DW_DEICTIC, 1 }, { "翌日", DW_DEICTIC, 1 },
		{ "今天", DW_DEICTIC, 0 }, { "昨天", DW_DEICTIC, -1 }, { "明天", DW_DEICTIC, 1 },
	};
	if (kind(c, i + 1) != TOK_CJK || c->t[i + 1].off != c->t[i].off + c->t[i].len)
		return 0;
	Str s = { c->text + c->t[i].off, c->t[i].len + c->t[i + 1].len };
	for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
		if (strlen(words[k].w) != (size_t)s.len || memcmp(words[k].w, s.s, (size_t)s.len))
			continue;
		if (words[k].cls == DW_POD) {
			push(c, M_PART_OF_DAY, i, i + 2, DATE_NONE, DATE_NONE, words[k].val, 0, 0);
		} else if (words[k].cls == DW_TONIGHT) {
			push(c, M_RELDATE, i, i + 2, DATE_NONE, DATE_NONE, POD_EVENING, 0, 0);
			push(c, M_PART_OF_DAY, i + 1, i + 2, DATE_NONE, DATE_NONE, POD_EVENING, 0, MENTION_NESTED);
		} else {
			push(c, M_RELDATE, i, i + 2, DATE_NONE, DATE_NONE, POD_NONE, words[k].val, 0);
		}
		return i + 2;
	}
	return 0;
}

/* Lengths (bit n: n bytes) of the anchor words by first letter: heads of
 * parts of day and relative dates in any case ("afternoon", "day", "days",
 * "evening", "morning", "night", "today", "tonight", "tomorrow", "week",
 * "weeks", "year", "yesterday"), and month and weekday names with a capital.  Most words fail
 * here without a table look-up ("the", "and", "cooperation"). */
#define L(n) (1u << (n))
static const uint16_t anchor_len[26] = {
	['a' - 'a'] = L(9), ['d' - 'a'] = L(3) | L(4), ['e' - 'a'] = L(7), ['m' - 'a'] = L(7),
	['n' - 'a'] = L(5), ['t' - 'a'] = L(5) | L(7) | L(8), ['w' - 'a'] = L(4) | L(5), ['y' - 'a'] = L(4) | L(9),
};
static const uint16_t month_len[26] = { /* and weekdays */
	['j' - 'a'] = L(3) | L(4) | L(7), ['f' - 'a'] = L(3) | L(6) | L(8), ['m' - 'a'] = L(3) | L(5) | L(6),
	['a' - 'a'] = L(3) | L(5) | L(6), ['s' - 'a'] = L(3) | L(4) | L(6) | L(8) | L(9),
	['o' - 'a'] = L(3) | L(7), ['n' - 'a'] = L(3) | L(8), ['d' - 'a'] = L(3) | L(8),
	['t' - 'a'] = L(7) | L(8), ['w' - 'a'] = L(9),
};
#undef L

static bool maybe_anchor(unsigned char b, int32_t len, unsigned flags)
{
	b |= 32;
	if (b < 'a' || b > 'z' || len > 9)
		return false;
	unsigned mask = anchor_len[b - 'a'] | (flags & TOK_CAP ? month_len[b - 'a'] : 0);
	return mask >> len & 1;
}

void recognize_dates(Arena *a, const struct doc *doc, const struct token *tok, int ntok, int sent,
		     struct mention **v, ptrdiff_t *n, ptrdiff_t *cap)
{
	struct scan c = { a, doc->text.s, tok, ntok, sent, 0, v, n, cap };
	for (int i = 0; i < ntok;) {
		struct dt r;
		int next = 0;
		switch (tok[i].kind) {
		case TOK_NUM:
			if (parse(&c, i, &r)) {
				push(&c, M_DATE, r.i0, r.end, r.v, r.e, POD_NONE, r.years, r.flags);
				next = r.end;
			}
			break;
		case TOK_WORD: {
			/* one word-table look-up per word: only months and the head
			 * words of relative dates and parts of day go further */
			unsigned char b = (unsigned char)c.text[tok[i].off];
			int cls = DW_NONE;
			if (b >= '0' && b <= '9')
				cls = DW_MONTH; /* "17th" */
			else if (b >= 0x80 || maybe_anchor(b, tok[i].len, tok[i].flags))
				cls = rec_date_word(tx(&c, i)).cls;
			if (cls == DW_MONTH || cls == DW_MONTH_GEN || cls == DW_MONTH_RU) {
				if (parse(&c, i, &r)) {
					push(&c, M_DATE, r.i0, r.end, r.v, r.e, POD_NONE, r.years, r.flags);
					next = r.end;
				}
			} else if (cls == DW_YEAR) {
				int years, at = relyear(&c, i, c.floor, &years, &r.flags);
				if (at >= 0) {
					push(&c, M_DATE, at, i + 1, DATE_NONE, DATE_NONE, POD_NONE, years, r.flags);
					next = i + 1;
				}
			} else if (cls == DW_WEEKDAY || cls == DW_POD || cls == DW_TONIGHT || cls == DW_DEICTIC || cls == DW_DAY ||
				   cls == DW_DAYS || cls == DW_WEEK) {
				next = relative(&c, i);
			}
			break;
		}
		case TOK_CJK:
			if (han_date(&c, i, &r)) {
				push(&c, M_DATE, r.i0, r.end, r.v, r.e, POD_NONE, r.years, r.flags);
				next = r.end;
			} else {
				next = relative_cjk(&c, i);
			}
			break;
		}
		if (next > i) {
			c.floor = next;
			i = next;
		} else {
			i++;
		}
	}
}
