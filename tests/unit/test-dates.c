/* test-dates.c: the date recognizer and resolver: patterns, non-dates, years from context, relative dates */
#include "test.h"
#include "base/date.h"
#include "base/token.h"
#include "doc/doc.h"
#include "recognize/recognize.h"
#include "resolve/resolve.h"

#include <stdlib.h>

/* Read text as a document, run the date recognizer over each sentence and,
 * when resolve is set, the resolver (with ref as the caller's date).  Returns
 * the mentions as "text=value" ("..end" for ranges; "@" before parts of day,
 * "~" before relative dates, "?" for an unresolved year), joined by " | ". */
static const char *run_ref(const char *text, bool resolve, struct date ref, struct date *got)
{
	static char out[4096];
	Arena a;
	arena_init(&a, 1 << 16);
	struct doc doc;
	struct diag d;
	int len = 0;
	out[0] = 0;
	if (doc_read(&a, S("t.txt"), str_c(text), &doc, &d) != 0) {
		arena_release(&a);
		return "(unreadable)";
	}
	struct token *tok;
	int ntok = tok_all(&a, doc.text, &tok);
	struct mention *v = NULL;
	ptrdiff_t n = 0, cap = 0;
	int t = 0;
	for (int s = 0; s < doc.nnodes; s++) {
		const struct doc_node *nd = &doc.nodes[s];
		if (nd->type != DOC_SENT)
			continue;
		while (t < ntok && tok[t].off < nd->off)
			t++;
		int t1 = t;
		while (t1 < ntok && tok[t1].off < nd->off + nd->len)
			t1++;
		recognize_dates(&a, &doc, tok + t, t1 - t, s, &v, &n, &cap);
		t = t1;
	}
	struct mentions m = { v, (int)n, tok, ntok };
	if (resolve) {
		struct date r = resolve_dates(&doc, &m, ref);
		if (got)
			*got = r;
	}
	for (int i = 0; i < m.n && len < (int)sizeof out - 100; i++) {
		const struct mention *x = &m.v[i];
		char a1[16], a2[16];
		date_iso(x->value, a1);
		date_iso(x->end, a2);
		const char *mark = x->type == M_PART_OF_DAY ? "@" : x->type == M_RELDATE ? "~" : "";
		if (x->type == M_DATE && !x->value.y)
			snprintf(a1, sizeof a1, x->value.m ? "?-%02d-%02d" : "?", x->value.m, x->value.d);
		if (x->type == M_DATE && x->end.m && !x->end.y)
			snprintf(a2, sizeof a2, "?-%02d-%02d", x->end.m, x->end.d);
		len += snprintf(out + len, sizeof out - (size_t)len, "%s%s%.*s=%s%s%s", i ? " | " : "", mark,
				(int)x->len, doc.text.s + x->off, a1, a2[0] ? ".." : "", a2);
	}
	arena_release(&a);
	return out;
}

static const char *run(const char *text, bool resolve)
{
	return run_ref(text, resolve, DATE_NONE, NULL);
}

#define RECOG(text, want) EXPECT_STR(str_c(run(text, false)), want)
#define RESOLVED(text, want) EXPECT_STR(str_c(run(text, true)), want)

TEST(dates_english_day_month_year)
{
	RECOG("The summit opened on June 17, 2025, in the capital.", "June 17, 2025=2025-06-17");
	RECOG("It was signed on 17 June 2025 by both sides.", "17 June 2025=2025-06-17");
	RECOG("Talks resumed on 3 Sept. 2024 and on Dec 1, 2024.", "3 Sept. 2024=2024-09-03 | Dec 1, 2024=2024-12-01");
	RECOG("The 17th of June 2025 was hot; the 1st July 2025 too.",
	      "17th of June 2025=2025-06-17 | 1st July 2025=2025-07-01");
	RECOG("They met on Tuesday, June 17 2025.", "June 17 2025=2025-06-17");
	RECOG("They met on June 17.", "June 17=?-06-17");
	RECOG("Since 29 September 1729 and September 1812.", "29 September 1729=1729-09-29 | September 1812=1812-09");
	RECOG("They met on 17 June.", "17 June=?-06-17");
	RECOG("The forum is held in June 2025 and in August of 2026.", "June 2025=2025-06 | August of 2026=2026-08");
	RECOG("It met in June, 2025 and in May, 2024 delegates came.", "June, 2025=2025-06 | May=?-05-00");
}

TEST(dates_years_and_year_ranges)
{
	RECOG("The third summit will be held in 2027.", "2027=2027");
	RECOG("The 2025 Forum met in 2025.", "2025=2025 | 2025=2025");
	RECOG("The chair for 2024-2025 is Ruritania.", "2024-2025=2024..2025");
	RECOG("The decade (2027–2036) was proclaimed.", "2027–2036=2027..2036");
	RECOG("The framework runs from 2023 to 2027 in all states.", "2023 to 2027=2023..2027");
	RECOG("The plan covers the period between 2023 and 2027.", "2023 and 2027=2023..2027");
	RECOG("The 2024-25 season and the 2024/25 budget.", "2024-25=2024..2025 | 2024/25=2024..2025");
	RECOG("Both 2023 and 2027 are named.", "2023=2023 | 2027=2027");
}

TEST(dates_day_ranges)
{
	RECOG("The summit took place on 16–18 June 2025 in Astana.", "16–18 June 2025=2025-06-16..2025-06-18");
	RECOG("It occurred from June 16 to 18, 2025, in Astana.", "June 16 to 18, 2025=2025-06-16..2025-06-18");
	RECOG("The conference was held from May 29 to 31, 2025.", "May 29 to 31, 2025=2025-05-29..2025-05-31");
	RECOG("A dialogue on April 24 to 25, 2025 was held.", "April 24 to 25, 2025=2025-04-24..2025-04-25");
	RECOG("The fair runs between 3 and 5 May 2024.", "3 and 5 May 2024=2024-05-03..2024-05-05");
	RECOG("The games ran May 29 – June 2, 2025.", "May 29 – June 2, 2025=2025-05-29..2025-06-02");
	RECOG("The games ran 29 May – 2 June 2025.", "29 May – 2 June 2025=2025-05-29..2025-06-02");
	RECOG("The talks ran June 16-18.", "June 16-18=?-06-16..?-06-18");
	RECOG("Talks on 16 and 17 June 2025 and on June 16 and 17, 2025; on 3 and 10 May.",
	      "16 and 17 June 2025=2025-06-16..2025-06-17 | June 16 and 17, 2025=2025-06-16..2025-06-17 | "
	      "10 May=?-05-10");
	RECOG("A festival from June to August 2025.", "June to August 2025=2025-06..2025-08");
	RECOG("Held from December 28, 2024 to January 3, 2025.",
	      "December 28, 2024 to January 3, 2025=2024-12-28..2025-01-03");
	RECOG("Held December 28 – January 3, 2025.", "December 28 – January 3, 2025=2024-12-28..2025-01-03");
}

TEST(dates_periods_of_a_year)
{
	RECOG("Growth slowed in the third quarter of 2023.", "third quarter of 2023=2023-07..2023-09");
	RECOG("It opens in the first half of 2026.", "first half of 2026=2026-01..2026-06");
	RECOG("It opens in the last quarter of 2026 or Q1 2027.",
	      "last quarter of 2026=2026-10..2026-12 | Q1 2027=2027-01..2027-03");
	RECOG("Work begins in early 2025, peaks by mid-2026 and ends in late 2027.",
	      "early 2025=2025 | mid-2026=2026 | late 2027=2027");
	RECOG("By the end of 2030 the line is built.", "end of 2030=2030");
	RECOG("The line opens in summer 2026.", "summer 2026=2026-06..2026-08");
	RECOG("The line opens in early June 2026 or in mid-July.", "early June 2026=2026-06 | mid-July=?-07-00");
}

TEST(dates_numeric_forms)
{
	RECOG("Dated 2025-06-17 and 17.06.2025 and 17/06/2025.",
	      "2025-06-17=2025-06-17 | 17.06.2025=2025-06-17 | 17/06/2025=2025-06-17");
	RECOG("Filed 06/17/2025.", "06/17/2025=2025-06-17");
	RECOG("Filed 17-Jun-2025 and 3-Sep-2024.", "17-Jun-2025=2025-06-17 | 3-Sep-2024=2024-09-03");
	RECOG("Filed 2025/06/17 and 2025.06.17.", "2025/06/17=2025-06-17 | 2025.06.17=2025-06-17");
}

TEST(dates_russian)
{
	RECOG("Саммит прошёл 17 июня 2025 г. в Астане.", "17 июня 2025 г.=2025-06-17");
	RECOG("Декларация подписана 17 июня 2025 года.", "17 июня 2025 года=2025-06-17");
	RECOG("Третий саммит пройдёт в 2027 году в Китае.", "2027 году=2027");
	RECOG("Форум пройдёт 16–18 июня 2025 года.", "16–18 июня 2025 года=2025-06-16..2025-06-18");
	RECOG("Встреча состоится в июне 2025 года.", "июне 2025 года=2025-06");
	RECOG("Программа на 2024–2025 годы принята.", "2024–2025 годы=2024..2025");
	RECOG("Встреча прошла 17 июня.", "17 июня=?-06-17");
	RECOG("В первом полугодии 2026 года и в конце 2025 года; с 2023 по 2027 год.",
	      "первом полугодии 2026 года=2026-01..2026-06 | конце 2025 года=2025 | 2023 по 2027 год=2023..2027");
	RECOG("С 16 по 18 июня 2025 года прошёл саммит. Утром 17 июня лидеры встретились.",
	      "16 по 18 июня 2025 года=2025-06-16..2025-06-18 | @Утром= | 17 июня=?-06-17");
}

TEST(dates_chinese)
{
	RECOG("峰会于2025年6月17日在阿斯塔纳举行。", "2025年6月17日=2025-06-17");
	RECOG("2025年6月，双方举行会谈。", "2025年6月=2025-06");
	RECOG("第三届峰会将于2027年在中国举办。", "2027年=2027");
	RECOG("论坛于2025年6月16日至18日举行。", "2025年6月16日至18日=2025-06-16..2025-06-18");
	RECOG("6月17日上午，双方会谈。", "6月17日=?-06-17 | @上午=");
	RECOG("2024—2025年合作规划", "2024—2025年=2024..2025");
	RECOG("五年内完成。", "");
}

TEST(dates_not_dates)
{
	RECOG("The Assembly adopted resolution 78/266 and Resolution 72/283.", "");
	RECOG("Security Council resolution 2231 was recalled.", "");
	RECOG("The 30th anniversary and the 77th session and the 43rd conference.", "");
	RECOG("They signed 24 agreements worth US$44 billion for 100 pairs of cities.", "");
	RECOG("The Bishkek+25 summit, the G20 and COP29 met.", "");
	RECOG("A theme year every two years; the Five-Year Framework; two to three plants.", "");
	RECOG("Write to gedf2013@outlook.com or call 18599996333.", "");
	RECOG("Their code is 2025@x and also 2025/7 and 2025-1.", "");
	RECOG("They shipped 2025 tons of grain to 1,000 buyers and 2000 participants came.", "");
	RECOG("Some 1850 or 2150 delegates; a 2030 Agenda.", "2030=2030");
	RECOG("Growth of 2025% is absurd; costs $2025 and No. 2024.", "");
	RECOG("Tel: +7 7172 2025 11 fax.", "");
	RECOG("The parties may 2 sign it; March on!", "");
	RECOG("They met in May.", "May=?-05-00");
	RECOG("May they prosper.", "");
	RECOG("It rose from 2 to 3 percent.", "");
	RECOG("Page 12 of 30 June.", "30 June=?-06-30");
	RECOG("June 31, 2025 is no day.", "2025=2025");
}

TEST(dates_parts_of_day_and_relative)
{
	RECOG("On the morning of June 17, the leaders met.", "@morning= | June 17=?-06-17");
	RECOG("In the evening, a banquet was held.", "@evening=");
	RECOG("That afternoon they signed; later that day they left.", "~That afternoon= | @afternoon= | ~later that day=");
	RECOG("The next day they flew; the following day they rested; the day before, they met.",
	      "~The next day= | ~the following day= | ~the day before=");
	RECOG("Yesterday, today and tomorrow; the same day; two days later; a week later.",
	      "~Yesterday= | ~today= | ~tomorrow= | ~the same day= | ~two days later= | ~a week later=");
	RECOG("The night was long; the next morning they met.", "~the next morning= | @morning=");
	RECOG("They talked at night and on the night of 16 June; last night they slept.",
	      "@night= | @night= | 16 June=?-06-16 | ~last night= | @night=");
	RECOG("To this day the treaty holds; that day it was signed.", "~that day=");
	RECOG("In today's world and two days after the summit.", "");
}

TEST(dates_relative_years)
{
	RECOG("This year and last year, and in March this year; next year's summit.",
	      "This year=? | last year=? | March this year=?-03-00 | next year=?");
	RECOG("In 2015 a plan was adopted; the following year it began, and the same year ended.",
	      "2015=2015 | the following year=? | the same year=?");
	RECOG("The last year was hard; next years will be better.", "");
	struct date got;
	EXPECT_STR(str_c(run_ref("This year, in March last year, next year.", true, date_parse(S("2025-06-17")),
				 &got)),
		   "This year=2025 | March last year=2024-03 | next year=2026");
	RESOLVED("In 2015 a plan was adopted; the following year it began.\n",
		 "2015=2015 | the following year=2016");
	RESOLVED("This year is hard.\n", "This year=?");
}

TEST(dates_year_completion)
{
	/* the same section's earlier date gives the year */
	RESOLVED("On June 16, 2025, the leader arrived.\nOn the morning of June 17, they met.",
		 "June 16, 2025=2025-06-16 | @morning=2025-06-17 | June 17=2025-06-17");
	/* across a year end: the nearest year */
	RESOLVED("On December 30, 2024, they met.\nOn January 2 they met again.",
		 "December 30, 2024=2024-12-30 | January 2=2025-01-02");
	/* a year earlier in the same sentence */
	RESOLVED("In 2023, on June 5, the forum met.", "2023=2023 | June 5=2023-06-05");
	/* without sections, an earlier paragraph lends no year: the reference does */
	RESOLVED("On 17 June 2025, the leaders met in Astana.\n\nThe first summit was held on May 18, 2023.\n\n"
		 "On June 18, the leaders left.\n",
		 "17 June 2025=2025-06-17 | May 18, 2023=2023-05-18 | June 18=2025-06-18");
	/* the range's end gets the year */
	RESOLVED("Talks on June 16-18 followed.\nThey were held in 2026.", "June 16-18=?-06-16..?-06-18 | 2026=2026");
	/* the reference date given by the caller */
	struct date got;
	EXPECT_STR(str_c(run_ref("They met on January 3.", true, date_parse(S("2024-12-20")), &got)),
		   "January 3=2025-01-03");
	EXPECT_INT(date_cmp(got, date_parse(S("2024-12-20"))), 0);
}

TEST(dates_reference_date)
{
	struct date got = DATE_NONE;
	/* the closing place-and-date line */
	const char *decl = "Joint Statement\n\n"
			   "1. The parties met on May 5.\n\n"
			   "2. The parties will meet again on May 6.\n\n"
			   "Astana, June 17, 2025\n";
	EXPECT_STR(str_c(run_ref(decl, true, DATE_NONE, &got)),
		   "May 5=2025-05-05 | May 6=2025-05-06 | June 17, 2025=2025-06-17");
	EXPECT_INT(date_cmp(got, date_parse(S("2025-06-17"))), 0);
	/* the first full date of the first paragraph */
	got = DATE_NONE;
	EXPECT_STR(str_c(run_ref("On March 3, 2024, the forum met.\n\nA second round followed on April 9.\n", true,
				 DATE_NONE, &got)),
		   "March 3, 2024=2024-03-03 | April 9=2024-04-09");
	EXPECT_INT(date_cmp(got, date_parse(S("2024-03-03"))), 0);
	/* a past date inside the opening is not the document's date; "today"
	 * then has no day to count from */
	got = DATE_NONE;
	EXPECT_STR(str_c(run_ref("Much has happened since 24 September 2010.\n\nToday we meet again.\n", true,
				 DATE_NONE, &got)),
		   "24 September 2010=2010-09-24 | ~Today=");
	EXPECT(!date_ok(got));
	/* a publication line */
	EXPECT_STR(str_c(run_ref("Leaders meet in Astana\n\nPublished: 17.06.2025\n\nOn Monday, June 16, "
				 "they arrived. Talks followed yesterday.\n",
				 true, DATE_NONE, &got)),
		   "17.06.2025=2025-06-17 | June 16=2025-06-16 | ~yesterday=2025-06-16");
	EXPECT_INT(date_cmp(got, date_parse(S("2025-06-17"))), 0);
	/* an infobox date field */
	EXPECT_STR(str_c(run_ref("= Zenda Forum =\n\nInfobox\n- Date: 16–18 June 2025\n- City: Zenda\n\n"
				 "The forum opened with a speech.\n\n== Days ==\nOn the morning of June 17, "
				 "talks were held.\n",
				 true, DATE_NONE, &got)),
		   "16–18 June 2025=2025-06-16..2025-06-18 | @morning=2025-06-17 | June 17=2025-06-17");
	EXPECT_INT(date_cmp(got, date_parse(S("2025-06-16"))), 0);
}

TEST(dates_relative_resolution)
{
	RESOLVED("On June 16, 2025, Xi arrived. The next day he met Tokayev. Two days later he left.",
		 "June 16, 2025=2025-06-16 | ~The next day=2025-06-17 | ~Two days later=2025-06-19");
	RESOLVED("On June 17, 2025, they met. In the evening, a banquet was held. That evening they left.",
		 "June 17, 2025=2025-06-17 | @evening=2025-06-17 | ~That evening=2025-06-17 | @evening=2025-06-17");
	RESOLVED("From June 16 to 18, 2025 they met. The day before, ministers met. The following day, they left.",
		 "June 16 to 18, 2025=2025-06-16..2025-06-18 | ~The day before=2025-06-15 | "
		 "~The following day=2025-06-16");
}

TEST(dates_weekdays)
{
	RECOG("On Tuesday, June 17, 2025 and on Saturday they met; monday is lower case.",
	      "June 17, 2025=2025-06-17 | ~Saturday=");
	/* forward from a date of the same section: June 16, 2025 is a Monday */
	RESOLVED("On June 16, 2025, Xi arrived. On Wednesday he left.",
		 "June 16, 2025=2025-06-16 | ~Wednesday=2025-06-18");
	/* back from the document's date */
	struct date got;
	EXPECT_STR(str_c(run_ref("The leaders met on Sunday.", true, date_parse(S("2025-06-17")), &got)),
		   "~Sunday=2025-06-15");
	/* 2025-06-17 is a Tuesday */
	EXPECT_STR(str_c(run_ref("Last Tuesday, this Friday, next Monday and last Monday.", true,
				 date_parse(S("2025-06-17")), &got)),
		   "~Last Tuesday=2025-06-10 | ~this Friday=2025-06-20 | ~next Monday=2025-06-23 | "
		   "~last Monday=2025-06-16");
	RESOLVED("On June 16, 2025, it began. Last Tuesday it ended.",
		 "June 16, 2025=2025-06-16 | ~Last Tuesday=2025-06-10");
	RESOLVED("It was planned since 3 May 2025. Last Tuesday it ended.",
		 "3 May 2025=2025-05-03 | ~Last Tuesday=");
}

TEST(date_day_arithmetic)
{
	struct date d = date_parse(S("2024-02-28"));
	char iso[11];
	date_iso(date_add_days(d, 1), iso);
	EXPECT_STR(str_c(iso), "2024-02-29");
	date_iso(date_add_days(d, 2), iso);
	EXPECT_STR(str_c(iso), "2024-03-01");
	date_iso(date_add_days(date_parse(S("2025-01-01")), -1), iso);
	EXPECT_STR(str_c(iso), "2024-12-31");
	EXPECT_INT(date_days(date_parse(S("1970-01-01"))), 0);
	EXPECT_INT(date_weekday(date_parse(S("2025-06-17"))), 1); /* a Tuesday */
	EXPECT_INT(date_weekday(date_parse(S("2025-06"))), -1);
}
