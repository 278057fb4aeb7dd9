/* html.h: writing HTML: escaping helpers, the page frame, small widgets
 *
 * Text reaches a page only through html_txt (element content), html_attr
 * (a quoted attribute value) or html_url_arg (one component of a URL inside
 * an attribute); html_raw is the one loud exception, for markup written in
 * our own source.  The printf forms format first, then escape the whole.
 */
#ifndef ACCORD_HTML_H
#define ACCORD_HTML_H

#include "web.h"

void html_raw(struct buf *b, const char *z);              /* markup of our own, unescaped */
void html_txt(struct buf *b, Str s);                      /* & < > escaped */
void html_attr(struct buf *b, Str s);                     /* & < > " ' escaped */
void html_url_arg(struct buf *b, Str s);                  /* percent-encoded, safe in an attribute */
void html_txtf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void html_attrf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline void html_txtc(struct buf *b, const char *z) { html_txt(b, str_c(z)); }

/* The page frame: <!doctype>, head with the stylesheet, header with the
 * navigation (current marks the active item), <main>.  title is text. */
void html_begin(struct http_req *req, struct http_resp *resp, const char *title, const char *current);
void html_end(struct http_req *req, struct http_resp *resp);

/* A link <a href="href">text</a>; href is built by us (its variable parts
 * already through html_url_arg or numbers). */
void html_link(struct buf *b, const char *href, Str text);

/* The current query string with key set to value (value .s == NULL: key
 * removed), and "page" dropped unless key is "page": for facet, sort and
 * pager links.  Written attribute-safe. */
void html_query_with(struct buf *b, const struct http_req *req, const char *key, Str value);

#endif
