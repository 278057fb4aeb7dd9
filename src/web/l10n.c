/* l10n.c: dates, counts and entity names in the reader's language (ICU for
 * the formats, the kb for the names)
 *
 * ICU's formatters are costly to open (locale data, a pattern generator)
 * and not safe to share while formatting, so each thread keeps its own,
 * opened on first use per language and precision and closed when the
 * thread ends (a pthread key's destructor).  Dates are calendar dates:
 * formatted in UTC from the day's midnight, so no time zone can move them.
 * The machine-readable forms (ISO in <time datetime>, CSV, JSON) never pass
 * through here.
 */
#include "i18n.h"
#include "html.h"
#include "../kb/kb.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

enum { P_DAY, P_MONTH, P_YEAR, P_COUNT };

/* CLDR skeletons (UTS #35 §2.6.2): the locale picks order and words. */
static const char *const skeletons[P_COUNT] = { "yMMMMd", "yMMMM", "y" };
/* British English writes "17 June 2025", as diplomatic texts do. */
static const char *const locales[WEB_NLANG] = { "en_GB", "ru_RU", "zh_Hans_CN" };

struct fmts {
	UDateFormat *date[WEB_NLANG][P_COUNT];
	UNumberFormat *num[WEB_NLANG];
	UNumberFormat *dec[WEB_NLANG];   /* two decimals, no sign */
	UNumberFormat *pct[WEB_NLANG];   /* whole percents */
	bool failed[WEB_NLANG];  /* ICU could not open this language: ISO and digits */
};

static pthread_key_t fmts_key;
static pthread_once_t fmts_once = PTHREAD_ONCE_INIT;
static bool fmts_key_ok;

static void fmts_free(void *p)
{
	struct fmts *f = p;
	for (int l = 0; l < WEB_NLANG; l++) {
		for (int k = 0; k < P_COUNT; k++)
			if (f->date[l][k])
				udat_close(f->date[l][k]);
		if (f->num[l])
			unum_close(f->num[l]);
		if (f->dec[l])
			unum_close(f->dec[l]);
		if (f->pct[l])
			unum_close(f->pct[l]);
	}
	free(f);
}

static void fmts_init(void)
{
	fmts_key_ok = !pthread_key_create(&fmts_key, fmts_free);
}

/* This thread's formatters of lang, opened now if need be; NULL when ICU
 * cannot (callers fall back to ISO dates and plain digits). */
static struct fmts *fmts(int lang)
{
	pthread_once(&fmts_once, fmts_init);
	if (!fmts_key_ok || lang < 0 || lang >= WEB_NLANG)
		return NULL;
	struct fmts *f = pthread_getspecific(fmts_key);
	if (!f) {
		f = calloc(1, sizeof *f);
		if (!f || pthread_setspecific(fmts_key, f)) {
			free(f);
			return NULL;
		}
	}
	if (f->failed[lang])
		return NULL;
	if (f->num[lang])
		return f;
	UErrorCode st = U_ZERO_ERROR;
	UDateTimePatternGenerator *g = udatpg_open(locales[lang], &st);
	static const UChar utc[] = { 'U', 'T', 'C', 0 };
	for (int k = 0; k < P_COUNT && U_SUCCESS(st); k++) {
		UChar skel[16], pat[64];
		u_uastrcpy(skel, skeletons[k]);
		int32_t n = udatpg_getBestPattern(g, skel, -1, pat, 64, &st);
		if (U_SUCCESS(st))
			f->date[lang][k] = udat_open(UDAT_PATTERN, UDAT_PATTERN, locales[lang], utc, -1, pat, n, &st);
	}
	if (g)
		udatpg_close(g);
	if (U_SUCCESS(st))
		f->dec[lang] = unum_open(UNUM_DECIMAL, NULL, 0, locales[lang], NULL, &st);
	if (U_SUCCESS(st)) {
		unum_setAttribute(f->dec[lang], UNUM_MIN_FRACTION_DIGITS, 2);
		unum_setAttribute(f->dec[lang], UNUM_MAX_FRACTION_DIGITS, 2);
		f->pct[lang] = unum_open(UNUM_PERCENT, NULL, 0, locales[lang], NULL, &st);
	}
	/* num last: its presence says the language is open */
	if (U_SUCCESS(st))
		f->num[lang] = unum_open(UNUM_DECIMAL, NULL, 0, locales[lang], NULL, &st);
	if (U_FAILURE(st) || !f->num[lang]) {
		for (int k = 0; k < P_COUNT; k++)
			if (f->date[lang][k])
				udat_close(f->date[lang][k]), f->date[lang][k] = NULL;
		UNumberFormat **nf[] = { &f->num[lang], &f->dec[lang], &f->pct[lang] };
		for (int k = 0; k < 3; k++)
			if (*nf[k])
				unum_close(*nf[k]), *nf[k] = NULL;
		f->failed[lang] = true;
		return NULL;
	}
	return f;
}

/* Howard Hinnant's days_from_civil: days since 1970-01-01, proleptic
 * Gregorian. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int digits(Str s, ptrdiff_t at, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		char c = s.s[at + i];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day: its
 * precision, or -1.  Years before 1583 are refused: ICU's calendar is
 * Julian there, and no registry date lies so far back. */
static int parse_iso(Str s, int *y, int *m, int *d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (!(s.len == 4 || s.len == 7 || s.len == 10))
		return -1;
	*y = digits(s, 0, 4), *m = 6, *d = 15;
	if (*y < 1583)
		return -1;
	if (s.len == 4)
		return P_YEAR;
	if (s.s[4] != '-' || (*m = digits(s, 5, 2)) < 1 || *m > 12)
		return -1;
	if (s.len == 7)
		return P_MONTH;
	bool leap = (*y % 4 == 0 && *y % 100) || *y % 400 == 0;
	if (s.s[7] != '-' || (*d = digits(s, 8, 2)) < 1 || *d > mdays[*m - 1] || (*m == 2 && *d == 29 && !leap))
		return -1;
	return P_DAY;
}

static Str utf8(Arena *a, const UChar *u, int32_t n)
{
	char *out = anew(a, char, 4 * (ptrdiff_t)n + 1);
	int32_t len = 0;
	UErrorCode st = U_ZERO_ERROR;
	u_strToUTF8(out, 4 * n + 1, &len, u, n, &st);
	if (U_FAILURE(st))
		return STR_NULL;
	out[len] = 0;
	return (Str){ out, len };
}

Str web_date_in(Arena *a, int lang, Str iso)
{
	int y, m, d;
	int p = parse_iso(iso, &y, &m, &d);
	struct fmts *f = p < 0 ? NULL : fmts(lang);
	if (!f)
		return iso;
	UChar out[128];
	UErrorCode st = U_ZERO_ERROR;
	UDate when = (UDate)days_from_civil(y, m, d) * 86400000.0;
	int32_t n = udat_format(f->date[lang][p], when, out, 128, NULL, &st);
	Str s = U_SUCCESS(st) && n < 128 ? utf8(a, out, n) : STR_NULL;
	return s.s ? s : iso;
}

Str web_count_in(Arena *a, int lang, int64_t n)
{
	struct fmts *f = fmts(lang);
	UChar out[64];
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = f ? unum_formatInt64(f->num[lang], n, out, 64, NULL, &st) : 0;
	Str s = f && U_SUCCESS(st) && len < 64 ? utf8(a, out, len) : STR_NULL;
	return s.s ? s : arena_printf(a, "%lld", (long long)n);
}

Str web_score_in(Arena *a, int lang, double x)
{
	struct fmts *f = fmts(lang);
	UChar out[64];
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = f ? unum_formatDouble(f->dec[lang], x < 0 ? -x : x, out, 64, NULL, &st) : 0;
	Str s = f && U_SUCCESS(st) && len < 64 ? utf8(a, out, len) : arena_printf(a, "%.2f", x < 0 ? -x : x);
	/* U+2212 MINUS SIGN, as the scale is written on the pages (−1..+1) */
	return arena_printf(a, "%s%.*s", x < 0 ? "−" : "+", (int)s.len, s.s);
}

Str web_percent_in(Arena *a, int lang, double pct)
{
	struct fmts *f = fmts(lang);
	UChar out[64];
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = f ? unum_formatDouble(f->pct[lang], pct / 100, out, 64, NULL, &st) : 0;
	Str s = f && U_SUCCESS(st) && len < 64 ? utf8(a, out, len) : STR_NULL;
	return s.s ? s : arena_printf(a, "%.0f%%", pct);
}

static int lang_of(const struct http_req *req)
{
	int id = web_lang_id(str_c(req->lang));
	return id < 0 ? WEB_EN : id;
}

Str web_date(const struct http_req *req, Str iso)
{
	return web_date_in(req->a, lang_of(req), iso);
}

Str web_count(const struct http_req *req, int64_t n)
{
	return web_count_in(req->a, lang_of(req), n);
}

Str web_score(const struct http_req *req, double x)
{
	return web_score_in(req->a, lang_of(req), x);
}

Str web_percent(const struct http_req *req, double pct)
{
	return web_percent_in(req->a, lang_of(req), pct);
}

void html_date(struct buf *b, const struct http_req *req, Str iso)
{
	int y, m, d;
	if (parse_iso(iso, &y, &m, &d) < 0) {
		html_txt(b, iso);
		return;
	}
	html_raw(b, "<time datetime=\"");
	html_attr(b, iso);
	html_raw(b, "\">");
	html_txt(b, web_date(req, iso));
	html_raw(b, "</time>");
}

void html_count(struct buf *b, const struct http_req *req, int64_t n)
{
	html_txt(b, web_count(req, n));
}

Str web_entity_local(const struct kb *kb, int lang, Str code, Str english)
{
	if (!kb || lang <= WEB_EN || lang >= WEB_NLANG)
		return STR_NULL;
	int id = code.len ? kb_state(kb, code) : -1;
	static const enum kb_type types[] = { KB_STATE, KB_ORG, KB_PLACE, KB_PERSON };
	for (size_t i = 0; id < 0 && english.len && i < sizeof types / sizeof *types; i++)
		id = kb_find(kb, types[i], english);
	const struct kb_entity *e = id >= 0 ? kb_get(kb, id) : NULL;
	Str local = !e ? STR_NULL : lang == WEB_RU ? e->name_ru : e->name_zh;
	return local.len ? local : STR_NULL;
}

/* The English name of code / english: english, else the kb's name of the
 * state code, else the code. */
static Str english_of(const struct kb *kb, Str code, Str english)
{
	if (english.len && !(code.len && str_eq(english, code)))
		return english;
	int id = kb && code.len ? kb_state(kb, code) : -1;
	return id >= 0 ? kb_get(kb, id)->name : code;
}

static const struct kb *kb_of(const struct http_req *req)
{
	return req->w && req->w->kb ? req->w->kb : kb_default();
}

Str web_entity_text(const struct http_req *req, Str code, Str english)
{
	const struct kb *kb = kb_of(req);
	Str local = web_entity_local(kb, lang_of(req), code, english);
	return local.s ? local : english_of(kb, code, english);
}

void html_entity(struct buf *b, const struct http_req *req, Str code, Str english)
{
	const struct kb *kb = kb_of(req);
	Str local = web_entity_local(kb, lang_of(req), code, english);
	english = english_of(kb, code, english);
	if (!local.s || str_eq(local, english)) {
		html_txt(b, english);
		return;
	}
	html_raw(b, "<span title=\"");
	html_attr(b, english);
	html_raw(b, "\">");
	html_txt(b, local);
	html_raw(b, "</span>");
}

void html_txt_with(struct buf *b, const char *tmpl, Str arg)
{
	const char *at = strstr(tmpl, "%s");
	if (!at) {
		html_txtc(b, tmpl);
		return;
	}
	html_txt(b, (Str){ tmpl, at - tmpl });
	html_txt(b, arg);
	html_txtc(b, at + 2);
}
