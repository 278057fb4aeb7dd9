/* ical.c: dated clause targets and future events as an RFC 5545 iCalendar */
#include "track-int.h"
#include "../base/date.h"

#include <string.h>

#define ICAL_SUMMARY_MAX 160    /* bytes of clause text in a SUMMARY */

/* A content line, folded at 75 octets (RFC 5545 §3.1) without splitting a
 * UTF-8 sequence, ended by CRLF. */
static void line(struct buf *b, Str s)
{
	ptrdiff_t col = 0;
	for (ptrdiff_t i = 0; i < s.len;) {
		ptrdiff_t n = 1;
		unsigned char c = (unsigned char)s.s[i];
		if (c >= 0xF0)
			n = 4;
		else if (c >= 0xE0)
			n = 3;
		else if (c >= 0xC0)
			n = 2;
		if (i + n > s.len)
			n = s.len - i;
		if (col + n > 75) {
			buf_puts(b, "\r\n ");
			col = 1;
		}
		buf_put(b, str_slice(s, i, n));
		col += n;
		i += n;
	}
	buf_puts(b, "\r\n");
}

/* TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and
 * line ends; other control characters are dropped.  At most max bytes of s
 * (cut at a character boundary, "..." added). */
static Str text(Arena *a, Str s, ptrdiff_t max)
{
	struct buf b;
	buf_init(&b);
	bool cut = false;
	if (s.len > max) {
		while (max > 0 && ((unsigned char)s.s[max] & 0xC0) == 0x80)
			max--;
		s.len = max;
		cut = true;
	}
	for (ptrdiff_t i = 0; i < s.len; i++) {
		char c = s.s[i];
		if (c == '\\' || c == ';' || c == ',') {
			buf_putc(&b, '\\');
			buf_putc(&b, c);
		} else if (c == '\n') {
			buf_puts(&b, "\\n");
		} else if ((unsigned char)c >= 0x20 && c != 0x7f) {
			buf_putc(&b, c);
		}
	}
	if (cut)
		buf_puts(&b, "...");
	Str r = arena_str(a, buf_str(&b));
	buf_release(&b);
	return r.s ? r : S("");
}

static Str ymd(Arena *a, struct date dt)
{
	return arena_printf(a, "%04d%02d%02d", dt.y, dt.m, dt.d);
}

static void vevent(struct buf *b, Arena *a, Str uid, Str stamp, struct date from, struct date to, Str summary,
		   Str description)
{
	line(b, S("BEGIN:VEVENT"));
	line(b, arena_printf(a, "UID:%.*s", (int)uid.len, uid.s));
	line(b, arena_printf(a, "DTSTAMP:%.*s", (int)stamp.len, stamp.s));
	Str f = ymd(a, from), t = ymd(a, date_add_days(to, 1)); /* DTEND of a DATE is exclusive */
	line(b, arena_printf(a, "DTSTART;VALUE=DATE:%.*s", (int)f.len, f.s));
	line(b, arena_printf(a, "DTEND;VALUE=DATE:%.*s", (int)t.len, t.s));
	line(b, arena_printf(a, "SUMMARY:%.*s", (int)summary.len, summary.s));
	if (description.len)
		line(b, arena_printf(a, "DESCRIPTION:%.*s", (int)description.len, description.s));
	line(b, S("END:VEVENT"));
}

int track_ical(sqlite3 *db, Arena *a, int64_t now, struct buf *out, struct diag *d)
{
	sqlite3_stmt *s = NULL;
	Str iso = track_time_iso(a, now); /* 2026-11-23T11:15:26Z -> 20261123T111526Z */
	char st[17];
	snprintf(st, sizeof st, "%.4s%.2s%.2sT%.2s%.2s%.2sZ", iso.s, iso.s + 5, iso.s + 8, iso.s + 11, iso.s + 14,
		 iso.s + 17);
	Str stamp = str_c(st);
	struct date today = date_from_days((int32_t)(now / 86400));
	line(out, S("BEGIN:VCALENDAR"));
	line(out, S("VERSION:2.0"));
	line(out, S("PRODID:-//accord//implementation calendar//EN"));
	line(out, S("CALSCALE:GREGORIAN"));
	int r, rc = tk_prepare(db,
			       "SELECT t.clause_id, t.date, c.text, coalesce(d.title, ''), d.id FROM clause_targets t"
			       " JOIN clauses c ON c.id = t.clause_id JOIN documents d ON d.id = c.doc_id"
			       " ORDER BY t.date, t.clause_id",
			       &s, d);
	if (rc)
		goto out;
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		Str when = tk_col(a, s, 1);
		struct date dt = date_parse(when);
		if (!date_ok(dt))
			continue;
		/* A target is a deadline: its last day ("by 2030" -> 2030-12-31). */
		struct date last = date_last_day(dt);
		long long cid = sqlite3_column_int64(s, 0);
		Str title = tk_col(a, s, 3);
		vevent(out, a, arena_printf(a, "target-%lld-%.*s@accord", cid, (int)when.len, when.s), stamp, last, last,
		       text(a, arena_printf(a, "Target (clause %lld): %s", cid, (const char *)sqlite3_column_text(s, 2)),
			    ICAL_SUMMARY_MAX),
		       text(a, arena_printf(a, "%.*s%sdoc:%lld, clause:%lld, target %.*s", (int)title.len, title.s,
					    title.len ? ", " : "", (long long)sqlite3_column_int64(s, 4), cid, (int)when.len,
					    when.s),
			    4 * ICAL_SUMMARY_MAX));
	}
	if (r != SQLITE_DONE) {
		rc = store_err(db, d, "cannot read the targets");
		goto out;
	}
	sqlite3_finalize(s);
	s = NULL;
	if ((rc = tk_prepare(db,
			     "SELECT e.id, e.type, e.date, e.end_date, coalesce(e.summary, ''), coalesce(e.place, ''),"
			     " d.id FROM events e JOIN documents d ON d.id = e.doc_id"
			     " WHERE e.date IS NOT NULL ORDER BY e.date, e.id",
			     &s, d)))
		goto out;
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		struct date from = date_parse(tk_col(a, s, 2)), to = date_parse(tk_col(a, s, 3));
		if (!date_ok(from))
			continue;
		if (!date_ok(to) || date_cmp(to, from) < 0)
			to = from;
		if (date_cmp(date_last_day(to), today) < 0)
			continue; /* past: only future events */
		Str type = tk_col(a, s, 1), summary = tk_col(a, s, 4), place = tk_col(a, s, 5);
		long long eid = sqlite3_column_int64(s, 0);
		vevent(out, a, arena_printf(a, "event-%lld@accord", eid), stamp, date_first_day(from), date_last_day(to),
		       text(a, summary.len ? summary : type, ICAL_SUMMARY_MAX),
		       text(a, arena_printf(a, "%.*s%s%.*s, doc:%lld, event:%lld", (int)type.len, type.s,
					    place.len ? " in " : "", (int)place.len, place.s,
					    (long long)sqlite3_column_int64(s, 6), eid),
			    4 * ICAL_SUMMARY_MAX));
	}
	if (r != SQLITE_DONE)
		rc = store_err(db, d, "cannot read the events");
out:
	sqlite3_finalize(s);
	line(out, S("END:VCALENDAR"));
	return rc;
}
