/* date.h: calendar dates at the precision a text gives (year, month or day) */
#ifndef ACCORD_DATE_H
#define ACCORD_DATE_H

#include <stdbool.h>
#include <stdint.h>
#include "str.h"

/* y == 0 means no date; m == 0 means year precision; d == 0 month precision. */
struct date {
	int16_t y;
	int8_t m;
	int8_t d;
};

#define DATE_NONE ((struct date){ 0, 0, 0 })

static inline bool date_ok(struct date a) { return a.y != 0; }
bool date_valid(int y, int m, int d);       /* a real calendar day (m, d may be 0) */
int date_days_in_month(int y, int m);
/* Order by start: a coarser date sorts before finer dates within it. */
int date_cmp(struct date a, struct date b);
/* ISO 8601 at the date's precision ("2025", "2025-06", "2025-06-17") into
 * out (at least 11 bytes); returns the length, 0 for no date. */
int date_iso(struct date a, char out[11]);
/* Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns DATE_NONE when malformed. */
struct date date_parse(Str s);
/* Whether a (at its precision) lies within [from, to] (each at its own precision);
 * an unset bound is open. */
bool date_within(struct date a, struct date from, struct date to);
/* The last day covered by a ("2025" -> 2025-12-31), for range comparisons. */
struct date date_last_day(struct date a);
struct date date_first_day(struct date a);

/* Day arithmetic on the proleptic Gregorian calendar.  date_days() counts
 * days since 1970-01-01 (negative before); a month or year precision date
 * counts from its first day.  date_from_days() is its inverse (a full day). */
int32_t date_days(struct date a);
struct date date_from_days(int32_t n);
/* a + n days at day precision; a date without a day is returned unchanged. */
struct date date_add_days(struct date a, int n);
/* Day of the week of a full date, 0 = Monday .. 6 = Sunday; -1 without a day. */
int date_weekday(struct date a);

#endif
