/* date.c: partial calendar dates */
#include "date.h"

#include <stdio.h>

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return days[m - 1] + (m == 2 && leap(y));
}

bool date_valid(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0)
		return false;
	if (m == 0)
		return d == 0;
	return d <= date_days_in_month(y, m);
}

int date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

int date_iso(struct date a, char out[11])
{
	if (!a.y) {
		out[0] = 0;
		return 0;
	}
	if (!a.m)
		return snprintf(out, 11, "%04d", a.y);
	if (!a.d)
		return snprintf(out, 11, "%04d-%02d", a.y, a.m);
	return snprintf(out, 11, "%04d-%02d-%02d", a.y, a.m, a.d);
}

static int digits(Str s, ptrdiff_t off, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (off + i >= s.len)
			return -1;
		char c = s.s[off + i];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

struct date date_parse(Str s)
{
	int y = digits(s, 0, 4), m = 0, d = 0;
	if (y < 0)
		return DATE_NONE;
	if (s.len == 4)
		goto done;
	if (s.len < 7 || s.s[4] != '-' || (m = digits(s, 5, 2)) < 1)
		return DATE_NONE;
	if (s.len == 7)
		goto done;
	if (s.len != 10 || s.s[7] != '-' || (d = digits(s, 8, 2)) < 1)
		return DATE_NONE;
done:
	if (!date_valid(y, m, d))
		return DATE_NONE;
	return (struct date){ (int16_t)y, (int8_t)m, (int8_t)d };
}

struct date date_first_day(struct date a)
{
	if (!a.y)
		return a;
	return (struct date){ a.y, (int8_t)(a.m ? a.m : 1), (int8_t)(a.d ? a.d : 1) };
}

struct date date_last_day(struct date a)
{
	if (!a.y)
		return a;
	int m = a.m ? a.m : 12;
	int d = a.d ? a.d : date_days_in_month(a.y, m);
	return (struct date){ a.y, (int8_t)m, (int8_t)d };
}

bool date_within(struct date a, struct date from, struct date to)
{
	if (!a.y)
		return false;
	if (from.y && date_cmp(date_last_day(a), date_first_day(from)) < 0)
		return false;
	if (to.y && date_cmp(date_first_day(a), date_last_day(to)) > 0)
		return false;
	return true;
}

/* Howard Hinnant's days_from_civil / civil_from_days: eras of 400 years,
 * years starting in March so that the leap day ends the year. */
int32_t date_days(struct date a)
{
	a = date_first_day(a);
	int y = a.y - (a.m <= 2);
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (a.m + (a.m > 2 ? -3 : 9)) + 2) / 5 + a.d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct date date_from_days(int32_t n)
{
	n += 719468;
	int era = (n >= 0 ? n : n - 146096) / 146097;
	int doe = n - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int d = doy - (153 * mp + 2) / 5 + 1;
	int m = mp < 10 ? mp + 3 : mp - 9;
	int y = yoe + era * 400 + (m <= 2);
	return (struct date){ (int16_t)y, (int8_t)m, (int8_t)d };
}

struct date date_add_days(struct date a, int n)
{
	if (!a.y || !a.m || !a.d)
		return a;
	return date_from_days(date_days(a) + n);
}

int date_weekday(struct date a)
{
	if (!a.y || !a.m || !a.d)
		return -1;
	int32_t n = date_days(a); /* 1970-01-01 was a Thursday (3) */
	return (int)(((n % 7) + 7 + 3) % 7);
}
