/* i18n.h: the interface's languages: message catalogues (GNU .mo, embedded
 * at build time from po/ catalogues), the reader's language, and ICU formats of
 * dates and numbers
 *
 * Languages are "en" (the msgids themselves), "ru" and "zh-Hans".  The
 * catalogues are read-only data parsed once (pthread_once) and shared by
 * every thread; ICU's formatters are not shareable while they format, so
 * each thread opens its own on first use (l10n.c).
 */
#ifndef ACCORD_I18N_H
#define ACCORD_I18N_H

#include <stdint.h>
#include "web.h"

enum web_lang_id { WEB_EN, WEB_RU, WEB_ZH, WEB_NLANG };

#define MO_MAX_BYTES ((ptrdiff_t)16 << 20) /* one catalogue, bytes */
#define MO_MAX_STRINGS 100000              /* messages in one catalogue */
#define WEB_LANG_COOKIE_DAYS 365           /* how long the switcher's choice lasts */

/* Mark a msgid for xgettext where T() sees it only later (tables of
 * labels): N_("x") is "x"; NC_("ctx", "x") is "x" under msgctxt ctx. */
#define N_(s) s
#define NC_(ctx, s) s

/* A .mo catalogue read in place: the bytes must outlive it. */
struct mo {
	const unsigned char *p; /* points into the caller's bytes */
	ptrdiff_t len;          /* bytes */
	uint32_t n;             /* messages */
	uint32_t orig, trans;   /* offsets of the two (length, offset) tables */
	bool swap;              /* written in the other byte order */
};

/* Check bytes as a .mo file (header, both tables, every string inside the
 * bytes and NUL-terminated, originals strictly ascending) and fill m.
 * Returns 0, or ACC_EINVAL / ACC_ETOOBIG with d saying what is wrong;
 * nothing of a rejected catalogue is used. */
int mo_open(struct mo *m, Str bytes, struct diag *d);
/* The translation of key (a msgid, or "ctx\004msgid"), NUL-terminated in
 * m's bytes; .s == NULL when m has none (or an empty one). */
Str mo_get(const struct mo *m, Str key);

/* "en", "ru", "zh-Hans" by id, and back (-1 for another tag). */
const char *web_lang_tag(int id);
int web_lang_id(Str tag);
/* A tag as written by a client ("ru-RU", "zh-CN", "zh_Hans") mapped to one
 * of ours, or -1. */
int web_lang_match(Str tag);
/* The language of a request: the lang= cookie when it names one of ours,
 * else the best of Accept-Language. */
const char *web_req_lang(const struct http_req *req);
/* The embedded catalogue of a language (NULL for "en" or when it failed to
 * parse, which the unit tests rule out). */
const struct mo *web_catalog(int id);
/* Misses of T() and web_label() since w started (all threads). */
int64_t web_i18n_misses(const struct web *w);

/* A data value (a modality, an issue area, a kind ...) in the reader's
 * language: the catalogue's message under context ctx; a miss is marked
 * as T()'s are.  Returns a NUL-terminated string. */
const char *web_label(const struct http_req *req, const char *ctx, Str value);

/* Every (context, value) web_label is meant for, ended by { 0, 0 } (labels.c). */
extern const char *const web_labels[][2];

/* ---- l10n.c: ICU ---- */

/* An ISO date ("2025", "2025-06", "2025-06-17") written for the reader:
 * "17 June 2025", "17 июня 2025 г.", "2025年6月17日".  Anything else comes
 * back as given.  The result lives in the request's arena. */
Str web_date(const struct http_req *req, Str iso);
/* The same for a language id, into arena a (for tests). */
Str web_date_in(Arena *a, int lang, Str iso);
/* A count with the language's grouping: 12,345 / 12 345 / 12,345. */
Str web_count(const struct http_req *req, int64_t n);
Str web_count_in(Arena *a, int lang, int64_t n);

/* An average score with its sign and two decimals: +0.50 / +0,50 / +0.50
 * (a negative one with U+2212). */
Str web_score(const struct http_req *req, double x);
Str web_score_in(Arena *a, int lang, double x);
/* A percentage (pct from 0 to 100), whole: 50% / 50 % / 50%. */
Str web_percent(const struct http_req *req, double pct);
Str web_percent_in(Arena *a, int lang, double pct);

/* HTML: <time datetime="iso">localised</time> (the bare text when iso is
 * no date), and a count. */
void html_date(struct buf *b, const struct http_req *req, Str iso);
void html_count(struct buf *b, const struct http_req *req, int64_t n);
/* A state or other kb entity by its English name (and code when known):
 * <span title="Kazakhstan">Казахстан</span> in ru / zh-Hans, the English
 * name alone in en or where the kb has no localised name. */
void html_entity(struct buf *b, const struct http_req *req, Str code, Str english);
/* The same as plain text (for SVG): the localised name, else the English. */
Str web_entity_text(const struct http_req *req, Str code, Str english);
/* The localised name of a state code / English name in lang, or .s == NULL. */
Str web_entity_local(const struct kb *kb, int lang, Str code, Str english);

/* tmpl (a message with one "%s") with its "%s" replaced by arg, all
 * escaped as text: no printf reads a translated format. */
void html_txt_with(struct buf *b, const char *tmpl, Str arg);

/* ---- the switcher (i18n.c) ---- */

/* GET /lang?to=ru&next=/path: the lang cookie, then 303 to next. */
int page_lang(struct http_req *req, struct http_resp *resp);
/* The links to every language, for the page header. */
void html_lang_switcher(struct http_req *req, struct buf *b);

#endif
