/* date-int.h: the date recognizer's word classes, shared by dates.c and date-words.c */
#ifndef ACCORD_DATE_INT_H
#define ACCORD_DATE_INT_H

#include <stdint.h>
#include "../base/str.h"

/* What a word can do in a date expression.  One class per word; the val
 * says which month, part of day, ordinal, count or offset. */
enum dw {
	DW_NONE,
	DW_MONTH,     /* English month name or abbreviation: val 1..12 (needs a capital) */
	DW_MONTH_GEN, /* Russian month in the genitive ("июня"): val 1..12 */
	DW_MONTH_RU,  /* Russian month, nominative or prepositional ("июнь", "июне") */
	DW_YEARWORD,  /* Russian "г", "года", "году", "годы", "гг" */
	DW_SEP,       /* range separator: to, through, till, until; Russian "по" */
	DW_AND,       /* and (a separator only after "between") */
	DW_BETWEEN,
	DW_OF,
	DW_THE,
	DW_PREP,      /* in, on, since, by, during, from, before, after ... (context for a lone month) */
	DW_POD,       /* part of day: val enum part_of_day */
	DW_DAY,       /* day */
	DW_DAYS,      /* days */
	DW_WEEK,      /* week, weeks */
	DW_LATER,     /* later, after (after a count): val +1; earlier, before: -1 */
	DW_SAME,
	DW_NEXT,      /* next, following */
	DW_PREV,      /* previous, preceding, prior */
	DW_THAT,      /* that (val 0), this (val 1: the speaker's now) */
	DW_YEAR,      /* year ("this year", "the following year") */
	DW_WEEKDAY,   /* Monday .. Sunday: val 0 .. 6 (needs a capital) */
	DW_AT,        /* at ("at night") */
	DW_DEICTIC,   /* yesterday, today, tomorrow: val the offset */
	DW_TONIGHT,
	DW_QUARTER,
	DW_HALF,
	DW_ORD,       /* first .. fourth, last (val -1) */
	DW_QUAL,      /* early, mid, late */
	DW_QUAL_OF,   /* end, beginning, start, middle (before "of") */
	DW_SEASON,    /* val first month: 3 spring, 6 summer, 9 autumn, 12 winter */
	DW_COUNT,     /* a, an, one .. ten: val */
	DW_UNIT,      /* a count noun or unit: a number before it is no year */
	DW_NOYEAR,    /* a word after which a number is no year (resolution, no, than ...) */
	DW_PHONE      /* tel, phone, fax: digits nearby are a number */
};

struct dword {
	uint8_t cls;  /* enum dw */
	int8_t val;
	int8_t also;  /* second role: DW_PREP for "before", "after", "to", "until" */
};

/* Flags of M_DATE mentions, above the bits of enum mention_flag: a year
 * given relative to another ("this year", "March last year", "the following
 * year"); rel_days then holds the offset in years, and the value has year 0
 * for resolve to fill.  DEICTIC: counted from the document's date ("this",
 * "last", "next" year); else from the nearest year mentioned before. */
#define MENTION_DATE_RELYEAR (1u << 24)
#define MENTION_DATE_DEICTIC (1u << 25)
/* An M_RELDATE naming a day of the week ("on Tuesday"): rel_days holds the
 * weekday, 0 = Monday; resolve finds the day near its anchor.  With
 * MENTION_DATE_DEICTIC ("last Tuesday" -7 + weekday, "this Tuesday",
 * "next Tuesday" +7 + weekday) the anchor is the document's date. */
#define MENTION_DATE_WEEKDAY (1u << 26)

/* The date role of one word token (any case; Latin or Cyrillic). */
struct dword rec_date_word(Str s);

#endif
