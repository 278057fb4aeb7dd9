/* dates.c: the date resolver: the document's reference date, missing years, relative dates, parts of day
 *
 * resolve_dates() works on the mentions in text order, in two passes.
 *
 * The reference date, when the caller has none: the full date on the closing
 * place-and-date line ("Astana, June 17, 2025"); else the full date of a line
 * that opens with "Published", "Updated", "Dated"; else the date in an infobox
 * field whose key names a date ("Date: 16–18 June 2025"); else the first full
 * date (year, month and day) in the title, or leading a sentence of the first
 * paragraph ("On June 17, 2025, ...").
 *
 * Pass 1, dates and relative dates.  A date without a year takes it from the
 * first of: a dated mention earlier in the same sentence ("In 2024 ... on
 * June 5"); the nearest earlier full date in the same section (or numbered
 * part; the same paragraph in a document without either: "in May 1992" is
 * a look back more often than the story's time);
 * the reference date; the nearest earlier full date anywhere.  A
 * year alone in another sentence is no anchor: narratives name past years
 * ("a Constitution adopted in 2005 ... on 25 September") and a wrong year
 * costs more than none.  Against an anchor with a month, the year chosen is
 * the one of anchor-1, anchor, anchor+1 that puts the date nearest to it
 * ("December 30, 2024 ... January 2" -> 2025).  A range's end gets the
 * start's year (or the next one when it would end before it starts).  A
 * relative date is its anchor plus rel_days: the nearest earlier full date
 * (dates and already resolved relative dates; the end of a range for a day
 * after it), except "today", "yesterday", "tomorrow", which count from the
 * reference date only (the speaker's day: none when the document has none).
 *
 * A weekday ("on Tuesday") is the first such day on or after the nearest
 * earlier full date of its paragraph (unless that date is a news dateline:
 * the day of reporting), else the last one on or before the
 * reference date, else the first after the nearest earlier full date.
 *
 * Pass 2, parts of day: the value of the relative date it sits in ("that
 * evening"), else the first full date after it in its sentence ("the morning
 * of June 17"), else the nearest full date before it (in its sentence, its
 * paragraph or section, or before: "In the evening, ..." follows the day's
 * story), else the reference date.
 *
 * A year given relatively (MENTION_DATE_RELYEAR: "this year", "March last
 * year", "the following year") is the reference year, or for the anaphoric
 * forms the year of the nearest dated mention before it, plus the offset.
 *
 * A date that finds no year keeps year 0 (the emitters skip it).
 */
#include "resolve.h"
#include "../recognize/date-int.h"

#include <string.h>

static bool full(struct date d)
{
	return d.y && d.m && d.d;
}

static const struct doc_node *parent_of(const struct doc *doc, int sent)
{
	if (sent < 0 || sent >= doc->nnodes || doc->nodes[sent].parent < 0)
		return NULL;
	return &doc->nodes[doc->nodes[sent].parent];
}

/* The scope in which an earlier date lends its year: the nearest headed
 * section or numbered part around the sentence; in a document without
 * either, its paragraph (a plain news text may recall "May 18, 2023" in one
 * paragraph and report "June 17" of this year in the next). */
static int section_of(const struct doc *doc, int sent)
{
	if (sent < 0 || sent >= doc->nnodes)
		return -1;
	for (int k = doc->nodes[sent].parent; k > 0; k = doc->nodes[k].parent)
		if (doc->nodes[k].type == DOC_SECTION || doc->nodes[k].type == DOC_PART)
			return k;
	return doc->nodes[sent].parent;
}

/* Whether an infobox key names a date ("Date", "Dates", "Дата", "日期"). */
static bool date_key(Str k)
{
	for (ptrdiff_t i = 0; i + 4 <= k.len; i++)
		if (str_eq_nocase((Str){ k.s + i, 4 }, S("date")))
			return true;
	return str_find(k, S("Дата")) >= 0 || str_find(k, S("дата")) >= 0 || str_find(k, S("日期")) >= 0;
}

/* Whether the sentence at node sent opens with a publication word
 * ("Published: 17.06.2025", "Updated June 17, 2025", "Dated ..."). */
static bool published(const struct doc *doc, int sent)
{
	static const Str words[] = { S("published"), S("posted"), S("updated"), S("released"), S("issued"),
				     S("dated"), S("date:"), S("опубликовано"), S("дата:"), S("发布") };
	Str t = { doc->text.s + doc->nodes[sent].off, doc->nodes[sent].len };
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (t.len >= words[k].len && str_eq_nocase((Str){ t.s, words[k].len }, words[k]))
			return true;
	return false;
}

static struct date reference(const struct doc *doc, const struct mentions *m)
{
	int first_para = -1;
	for (int i = 1; i < doc->nnodes && first_para < 0; i++)
		if (doc->nodes[i].type == DOC_PARA)
			first_para = i;
	struct date field = DATE_NONE, opening = DATE_NONE, pub = DATE_NONE;
	for (int i = 0; i < m->n; i++) {
		const struct mention *x = &m->v[i];
		if (x->type != M_DATE || !x->value.y)
			continue;
		const struct doc_node *p = parent_of(doc, x->sent);
		if (!p)
			continue;
		if (p->type == DOC_PLACEDATE && full(x->value))
			return x->value;
		if (p->type == DOC_FIELD && !field.y && date_key(p->label))
			field = x->value;
		if (!pub.y && full(x->value) && published(doc, x->sent))
			pub = x->value;
		/* the opening's own date leads its sentence ("On June 17, 2025, ...",
		 * "ASTANA, June 17, 2025 -"), not "since 24 September 2010" mid-way */
		bool lead = x->off - doc->nodes[x->sent].off <= 16;
		if (!opening.y && full(x->value) &&
		    (p->type == DOC_TITLE || (first_para >= 0 && doc->nodes[x->sent].parent == first_para && lead)))
			opening = x->value;
	}
	return pub.y ? pub : field.y ? field : opening;
}

/* The year for a date without one (month and maybe day) near anchor. */
static int pick_year(struct date d, struct date anchor)
{
	if (!anchor.m)
		return anchor.y;
	int best = anchor.y;
	int32_t at = date_days(anchor), dist = -1;
	for (int y = anchor.y - 1; y <= anchor.y + 1; y++) {
		if (!date_valid(y, d.m, d.d))
			continue;
		int32_t k = date_days((struct date){ (int16_t)y, d.m, d.d }) - at;
		if (k < 0)
			k = -k;
		if (dist < 0 || k < dist || (k == dist && y == anchor.y))
			best = y, dist = k;
	}
	return best;
}

/* A relative date counted from the speaker's day: its first word is
 * "today", "yesterday", "tomorrow", "tonight", "this" or "last" ("this
 * morning", "last night"). */
static bool deictic(Str s)
{
	ptrdiff_t n = 0;
	while (n < s.len && s.s[n] != ' ')
		n++;
	struct dword w = rec_date_word((Str){ s.s, n });
	return w.cls == DW_DEICTIC || w.cls == DW_TONIGHT || (w.cls == DW_THAT && w.val) ||
	       (w.cls == DW_ORD && w.val == -1) || str_eq(s, S("今天")) || str_eq(s, S("昨天")) ||
	       str_eq(s, S("明天"));
}

struct seen {
	int i;         /* mention index, or -1 */
	int sent, sec;
};

static void see(struct seen *s, int i, const struct mention *x, int sec)
{
	s->i = i;
	s->sent = x->sent;
	s->sec = sec;
}

static void complete_year(struct mention *x, struct date anchor)
{
	x->value.y = (int16_t)pick_year(x->value, anchor);
	if (x->end.m && !x->end.y) {
		x->end.y = x->value.y;
		if (date_cmp(x->end, x->value) < 0)
			x->end.y++;
	}
}

/* Whether date mention d is a news dateline: the date followed by a dash
 * that opens the report ("LIMA, 12 March 2026 — The minister ..."). */
static bool dateline(const struct doc *doc, const struct mention *d)
{
	Str t = doc->text;
	ptrdiff_t o = d->off + d->len;
	while (o < t.len && t.s[o] == ' ')
		o++;
	if (o < t.len && t.s[o] == '-')
		return true;
	/* U+2013 en dash, U+2014 em dash */
	return o + 2 < t.len && (unsigned char)t.s[o] == 0xe2 && (unsigned char)t.s[o + 1] == 0x80 &&
	       ((unsigned char)t.s[o + 2] == 0x93 || (unsigned char)t.s[o + 2] == 0x94);
}

struct date resolve_dates(const struct doc *doc, struct mentions *m, struct date doc_date)
{
	struct date ref = date_ok(doc_date) ? doc_date : reference(doc, m);
	struct seen year = { -1, -1, -1 }, day = { -1, -1, -1 },
		    fulldate = { -1, -1, -1 };
	for (int i = 0; i < m->n; i++) {
		struct mention *x = &m->v[i];
		if (x->type != M_DATE && x->type != M_RELDATE)
			continue;
		int sec = section_of(doc, x->sent);
		if (x->type == M_DATE && (x->flags & MENTION_DATE_RELYEAR)) {
			/* "this year", "March last year": from the document's year;
			 * "the following year": from the year named before */
			int y = (x->flags & MENTION_DATE_DEICTIC) ? ref.y : year.i >= 0 ? m->v[year.i].value.y : 0;
			if (!y)
				continue;
			x->value.y = (int16_t)(y + x->rel_days);
			if (x->end.m)
				x->end.y = x->value.y;
			see(&year, i, x, sec);
			if (full(x->value)) {
				see(&day, i, x, sec);
				see(&fulldate, i, x, sec);
			}
			continue;
		}
		if (x->type == M_DATE) {
			if (!x->value.y && x->value.m) {
				const struct mention *a = NULL;
				if (year.i >= 0 && year.sent == x->sent)
					a = &m->v[year.i];
				else if (fulldate.i >= 0 && fulldate.sec == sec)
					a = &m->v[fulldate.i];
				if (a)
					complete_year(x, a->value);
				else if (ref.y)
					complete_year(x, ref);
				else if (fulldate.i >= 0)
					complete_year(x, m->v[fulldate.i].value);
			}
			if (!x->value.y)
				continue;
			see(&year, i, x, sec);
			if (full(x->value)) {
				see(&day, i, x, sec);
				see(&fulldate, i, x, sec);
			}
		} else if (x->type == M_RELDATE && (x->flags & MENTION_DATE_WEEKDAY)) {
			/* after a date of the same paragraph: the first such weekday on
			 * or after it (a narrative moves forward); else the last one on
			 * or before the document's date (news reports the past) */
			struct date anchor = DATE_NONE;
			int dir = 1, wday = x->rel_days;
			if (x->flags & MENTION_DATE_DEICTIC) { /* last / this / next Tuesday */
				int wd = date_weekday(ref), shift = wday < 0 ? -7 : wday > 6 ? 7 : 0;
				wday -= shift;
				if (wd < 0)
					continue;
				int delta = (wday - wd + 7) % 7;
				if (shift < 0)
					delta = -((wd - wday + 7) % 7 ? (wd - wday + 7) % 7 : 7);
				else if (shift > 0)
					delta = delta ? delta : 7;
				x->value = date_add_days(ref, delta);
				see(&day, i, x, sec);
				continue;
			}
			/* a news dateline ("LIMA, 12 March 2026 — ...") is the day of
			 * reporting: the weekday lies before it */
			if (day.i >= 0 && parent_of(doc, day.sent) == parent_of(doc, x->sent) &&
			    !dateline(doc, &m->v[day.i]))
				anchor = m->v[day.i].value;
			else if (full(ref))
				anchor = ref, dir = -1;
			else if (day.i >= 0)
				anchor = m->v[day.i].value;
			if (!full(anchor))
				continue;
			int wd = date_weekday(anchor);
			int delta = dir > 0 ? (wday - wd + 7) % 7 : -((wd - wday + 7) % 7);
			x->value = date_add_days(anchor, delta);
			see(&day, i, x, sec);
		} else if (x->type == M_RELDATE) {
			struct date anchor = DATE_NONE;
			bool now = deictic((Str){ doc->text.s + x->off, x->len });
			if (now) {
				anchor = ref;
			} else if (day.i >= 0) {
				const struct mention *a = &m->v[day.i];
				anchor = x->rel_days > 0 && full(a->end) ? a->end : a->value;
			} else {
				anchor = ref;
			}
			if (!full(anchor))
				continue;
			x->value = date_add_days(anchor, x->rel_days);
			see(&day, i, x, sec);
		}
	}
	/* pass 2: parts of day */
	day = (struct seen){ -1, -1, -1 };
	for (int i = 0; i < m->n; i++) {
		struct mention *x = &m->v[i];
		if ((x->type == M_DATE || x->type == M_RELDATE) && full(x->value)) {
			see(&day, i, x, -1);
			continue;
		}
		if (x->type != M_PART_OF_DAY)
			continue;
		struct date v = DATE_NONE;
		if ((x->flags & MENTION_NESTED) && day.i >= 0 && m->v[day.i].type == M_RELDATE &&
		    m->v[day.i].off <= x->off && m->v[day.i].off + m->v[day.i].len >= x->off + x->len)
			v = m->v[day.i].value;
		for (int k = i + 1; !v.y && k < m->n && m->v[k].sent == x->sent; k++)
			if ((m->v[k].type == M_DATE || m->v[k].type == M_RELDATE) && full(m->v[k].value))
				v = m->v[k].value;
		if (!v.y && day.i >= 0)
			v = m->v[day.i].value;
		if (!v.y && full(ref))
			v = ref;
		x->value = v;
	}
	return ref;
}
