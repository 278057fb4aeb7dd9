/* html.c: HTML -> text, map and typed lines (libxml2's HTML parser)
 *
 * libxml2 parses the page (recovering from errors, no network); we walk the
 * tree in document order and write the text of each block element (p, li,
 * div, h1..h6, title, td ...) as one line, white space collapsed, typed by
 * the element: <h1> (else <title>) is the title, h2..h6 are sections, li are
 * items.  script, style, nav, footer and the like are dropped, and so are
 * blocks that name themselves chrome (class or id "breadcrumb", "share",
 * "related", "menu" ...) unless they hold the page's <h1>.
 *
 * libxml2 gives no byte offsets for text nodes, so each text node is found
 * again in the source: a cursor walks src past tags and comments, matching
 * the node's characters one by one; an entity ("&amp;", "&#8217;") maps to
 * the '&' that starts it.  Every text node is aligned, dropped ones too, so
 * the cursor stays in step.  The extracted text then goes through
 * normalize.c and the two maps are composed.
 */
#include "doc-int.h"

#include <pthread.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#define MAX_DEPTH 512

struct hx {
	Arena *a;
	Str src;
	ptrdiff_t cur;        /* alignment cursor in src */
	char *out;            /* extracted text */
	int32_t *map;         /* out offset -> src offset */
	ptrdiff_t n, cap;
	uint8_t *kinds;       /* per emitted line: enum doc_line_kind */
	uint8_t *levels;
	ptrdiff_t nlines, lcap;
	uint8_t kind, level;  /* of the line being written */
	bool have_h1, have_title;
	int li_depth;
};

static void reserve(struct hx *h, ptrdiff_t extra)
{
	if (h->n + extra + 1 <= h->cap)
		return;
	ptrdiff_t cap = h->cap ? h->cap * 2 : h->src.len / 2 + 256;
	while (cap < h->n + extra + 1)
		cap *= 2;
	char *out = anew(h->a, char, cap);
	int32_t *map = anew(h->a, int32_t, cap);
	if (h->n) {
		memcpy(out, h->out, (size_t)h->n);
		memcpy(map, h->map, (size_t)h->n * sizeof *map);
	}
	h->out = out, h->map = map, h->cap = cap;
}

/* Append one byte of text from src offset at; the map never goes back
 * (when alignment lost step, later text maps where earlier text did). */
static inline void put(struct hx *h, char c, ptrdiff_t at)
{
	if (h->n && at < h->map[h->n - 1])
		at = h->map[h->n - 1];
	h->map[h->n] = (int32_t)at;
	h->out[h->n++] = c;
}

static bool line_open(const struct hx *h)
{
	return h->n > 0 && h->out[h->n - 1] != '\n';
}

/* End the line being written (if any), recording its type. */
static void end_line(struct hx *h)
{
	if (!line_open(h))
		return;
	while (h->n > 0 && h->out[h->n - 1] == ' ')
		h->n--;
	if (h->n > 0 && h->out[h->n - 1] != '\n') {
		reserve(h, 1);
		put(h, '\n', h->cur); /* just after the last character */
		if (h->nlines >= h->lcap) {
			ptrdiff_t cap = h->lcap ? h->lcap * 2 : 256;
			uint8_t *k = anew(h->a, uint8_t, cap), *l = anew(h->a, uint8_t, cap);
			if (h->nlines) {
				memcpy(k, h->kinds, (size_t)h->nlines);
				memcpy(l, h->levels, (size_t)h->nlines);
			}
			h->kinds = k, h->levels = l, h->lcap = cap;
		}
		h->kinds[h->nlines] = h->kind;
		h->levels[h->nlines++] = h->level;
	}
}

/* Move the cursor past tags, comments and raw-text elements to the next
 * character of text (or the end). */
static void skip_markup(struct hx *h)
{
	const char *s = h->src.s;
	ptrdiff_t n = h->src.len, p = h->cur;
	if (p == 0 && n >= 3 && !memcmp(s, "\xef\xbb\xbf", 3))
		p = 3; /* a byte-order mark */
	while (p < n && s[p] == '<') {
		if (p + 4 <= n && !memcmp(s + p, "<!--", 4)) {
			ptrdiff_t e = str_find((Str){ s + p + 4, n - p - 4 }, S("-->"));
			p = e < 0 ? n : p + 4 + e + 3;
			continue;
		}
		bool raw = false;
		const char *closer = NULL;
		if (p + 7 <= n && str_eq_nocase((Str){ s + p, 7 }, S("<script")))
			raw = true, closer = "</script";
		else if (p + 6 <= n && str_eq_nocase((Str){ s + p, 6 }, S("<style")))
			raw = true, closer = "</style";
		char q = 0;
		p++;
		while (p < n && (q || s[p] != '>')) {
			if (q && s[p] == q)
				q = 0;
			else if (!q && (s[p] == '"' || s[p] == '\''))
				q = s[p];
			p++;
		}
		p += p < n;
		if (raw) {
			ptrdiff_t cl = (ptrdiff_t)strlen(closer);
			while (p + cl <= n && !str_eq_nocase((Str){ s + p, cl }, (Str){ closer, cl }))
				p++;
		}
	}
	h->cur = p;
}

/* Find the src offset of the code point cp (of cplen bytes in UTF-8) at or
 * after the cursor, and move the cursor past it.  White space in the node
 * maps to the cursor without moving it past text. */
static ptrdiff_t align(struct hx *h, int32_t cp, const char *utf8, int cplen)
{
	const char *s = h->src.s;
	ptrdiff_t n = h->src.len;
	if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r') {
		ptrdiff_t at = h->cur;
		if (h->cur < n && doc_is_space(s[h->cur]))
			h->cur++;
		return at < n ? at : n - 1;
	}
	for (int tries = 0; tries < 64; tries++) {
		skip_markup(h);
		while (h->cur < n && doc_is_space(s[h->cur]))
			h->cur++;
		if (h->cur < n && s[h->cur] == '<')
			continue;
		break;
	}
	ptrdiff_t p = h->cur;
	if (p >= n)
		return n > 0 ? n - 1 : 0;
	if (s[p] == '&') {
		ptrdiff_t e = p + 1;
		while (e < n && e - p < 12 && s[e] != ';' && s[e] != '<' && !doc_is_space(s[e]))
			e++;
		/* "&amp;" decodes to one character; a bare '&' is itself */
		if (e < n && s[e] == ';' && !(cp == '&' && e == p + 1)) {
			h->cur = e + 1;
			return p;
		}
	}
	if (p + cplen <= n && !memcmp(s + p, utf8, (size_t)cplen)) {
		h->cur = p + cplen;
		return p;
	}
	/* out of step (markup libxml2 repaired, an odd encoding): look a little
	 * ahead for the character, else stay */
	for (ptrdiff_t q = p + 1; q + cplen <= n && q - p < 256; q++)
		if (!memcmp(s + q, utf8, (size_t)cplen)) {
			h->cur = q + cplen;
			return q;
		}
	return p;
}

/* When the cursor has lost step (markup libxml2 repaired or dropped), find
 * the node's first plain words again further on in src. */
static void resync(struct hx *h, Str t)
{
	ptrdiff_t b = 0, e;
	while (b < t.len && doc_is_space(t.s[b]))
		b++;
	for (e = b; e < t.len && e - b < 24; e++) {
		unsigned char c = (unsigned char)t.s[e];
		if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= 0x80 || doc_is_space(c))
			break; /* may be written as an entity, or spaced otherwise */
	}
	if (e - b < 4)
		return;
	Str want = { t.s + b, e - b };
	skip_markup(h);
	while (h->cur < h->src.len && doc_is_space(h->src.s[h->cur]))
		h->cur++;
	if (str_starts((Str){ h->src.s + h->cur, h->src.len - h->cur }, want))
		return;
	ptrdiff_t lim = h->src.len - h->cur < (1 << 20) ? h->src.len - h->cur : 1 << 20;
	ptrdiff_t at = str_find((Str){ h->src.s + h->cur, lim }, want);
	if (at >= 0)
		h->cur += at;
}

/* Write (emit) or only align (!emit) the text node content z. */
static void text(struct hx *h, const xmlChar *z, bool emit)
{
	Str t = str_c((const char *)z);
	const char *src = h->src.s;
	ptrdiff_t n = h->src.len;
	resync(h, t);
	if (emit)
		reserve(h, t.len);
	for (ptrdiff_t i = 0; i < t.len;) {
		/* the common case: the text stands in src as it is, byte for byte */
		while (i < t.len && h->cur < n && t.s[i] == src[h->cur] && src[h->cur] != '&' && src[h->cur] != '<') {
			unsigned char c = (unsigned char)t.s[i];
			if (emit) {
				if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
					if (line_open(h) && h->out[h->n - 1] != ' ')
						put(h, ' ', h->cur);
				} else if (c >= 0x20) {
					put(h, (char)c, h->cur);
				}
			}
			i++, h->cur++;
		}
		if (i >= t.len)
			break;
		/* an entity, markup between, or a character libxml2 changed */
		int k;
		int32_t cp = doc_cp(t, i, &k);
		ptrdiff_t at = align(h, cp, t.s + i, k);
		bool space = cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' ||
			     cp == 0x2028 || cp == 0x2029 || cp == 0x85;
		if (emit) {
			if (space) {
				if (line_open(h) && h->out[h->n - 1] != ' ')
					put(h, ' ', at);
			} else if (cp >= 0x20) {
				for (int j = 0; j < k; j++)
					put(h, t.s[i + j], at);
			}
		}
		i += k;
	}
}

static bool name_is(const xmlNode *x, const char *name)
{
	return x->name && !strcmp((const char *)x->name, name);
}

static bool find_h1(const xmlNode *x, int depth);

/* Whether attribute attr of x contains one of the page-chrome words. */
static bool chrome_attr(const xmlNode *x, const char *attr)
{
	static const char *const words[] = { "nav", "menu", "breadcrumb", "share", "social", "related",
					     "sidebar", "footer", "comment", "advert", "banner", "cookie" };
	xmlChar *v = xmlGetProp((xmlNode *)x, (const xmlChar *)attr);
	if (!v)
		return false;
	bool hit = false;
	Str s = str_c((const char *)v);
	for (size_t i = 0; i < sizeof words / sizeof *words && !hit; i++) {
		ptrdiff_t n = (ptrdiff_t)strlen(words[i]);
		for (ptrdiff_t k = 0; k + n <= s.len && !hit; k++)
			hit = str_eq_nocase((Str){ s.s + k, n }, (Str){ words[i], n });
	}
	xmlFree(v);
	return hit;
}

/* Page chrome, not the document: scripts, navigation, footers, a header
 * without the page's <h1>, and blocks whose class or id says what they are
 * ("breadcrumb", "share", "related" ...). */
static bool dropped(const xmlNode *x)
{
	static const char *const names[] = { "script", "style", "noscript", "template", "nav", "footer",
					     "iframe", "svg", "object", "button", "select", "textarea", "head" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (name_is(x, names[i]))
			return true;
	if (name_is(x, "header") || name_is(x, "aside"))
		return !find_h1(x->children, 0);
	if (name_is(x, "body") || name_is(x, "html") || name_is(x, "article") || name_is(x, "main"))
		return false;
	return (chrome_attr(x, "class") || chrome_attr(x, "id")) && !find_h1(x->children, 0);
}

static bool block(const xmlNode *x)
{
	static const char *const names[] = { "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
					     "h4", "h5", "h6", "title", "blockquote", "pre", "section",
					     "article", "header", "main", "table", "tr", "td", "th", "br",
					     "hr", "figcaption", "figure", "address", "body", "caption", "aside" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (name_is(x, names[i]))
			return true;
	return false;
}

static bool find_h1(const xmlNode *x, int depth)
{
	for (; x && depth < MAX_DEPTH; x = x->next) {
		if (x->type == XML_ELEMENT_NODE && (name_is(x, "h1") || find_h1(x->children, depth + 1)))
			return true;
	}
	return false;
}

static void walk(struct hx *h, xmlNode *x, bool emit, int depth)
{
	for (; x; x = x->next) {
		if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
			if (x->content)
				text(h, x->content, emit);
			continue;
		}
		if (x->type != XML_ELEMENT_NODE || depth >= MAX_DEPTH)
			continue;
		if (name_is(x, "script") || name_is(x, "style"))
			continue; /* raw text: skip_markup() steps over it in src */
		bool title = name_is(x, "title");
		bool keep = emit && (!dropped(x) || (title && !h->have_h1));
		if (name_is(x, "head")) { /* only its title */
			walk(h, x->children, emit, depth + 1);
			continue;
		}
		if (title && (h->have_h1 || h->have_title || !emit)) {
			walk(h, x->children, false, depth + 1);
			continue;
		}
		if (!block(x)) {
			walk(h, x->children, keep, depth + 1);
			continue;
		}
		/* a block: its text is a line of its own */
		end_line(h);
		uint8_t kind = LN_TEXT, level = 0;
		const char *nm = (const char *)x->name;
		if (title) {
			kind = LN_TITLE;
			h->have_title = true;
		} else if (nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6' && !nm[2]) {
			int lv = nm[1] - '0';
			if (lv == 1 && !h->have_title) {
				kind = LN_TITLE;
				h->have_title = true;
			} else {
				kind = LN_SECTION;
				level = (uint8_t)(lv > 1 ? lv - 1 : 1);
			}
		} else if (name_is(x, "li")) {
			kind = LN_ITEM;
			level = (uint8_t)(h->li_depth + 1);
		} else if (h->kind == LN_ITEM) {
			kind = LN_ITEM, level = h->level; /* <li><p>...</p></li> */
		}
		uint8_t saved_kind = h->kind, saved_level = h->level;
		h->kind = kind, h->level = level;
		h->li_depth += kind == LN_ITEM;
		walk(h, x->children, keep, depth + 1);
		end_line(h);
		h->li_depth -= kind == LN_ITEM;
		h->kind = saved_kind, h->level = saved_level;
	}
}

/* Contract: parses doc->src as HTML and sets doc->text (the extracted,
 * normalised text), doc->map (text -> src) and the typed lines in out;
 * returns 0, or ACC_EINVAL when libxml2 cannot parse the page at all. */
int doc_html(Arena *a, struct doc *doc, struct doc_lines *out, struct diag *d)
{
	int rc = ACC_OK;
	if (doc->src.len > 0x7fffffff)
		return diag_set(d, ACC_ETOOBIG, -1, "HTML file too large");
	/* libxml2 must be initialised once before threads parse concurrently */
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, xmlInitParser);
	htmlDocPtr x = htmlReadMemory(doc->src.s, (int)doc->src.len, NULL, "UTF-8",
				      HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER);
	if (!x)
		return diag_set(d, ACC_EINVAL, -1, "cannot parse HTML");
	struct hx h = { .a = a, .src = doc->src, .kind = LN_TEXT };
	xmlNode *root = xmlDocGetRootElement(x);
	h.have_h1 = find_h1(root, 0);
	walk(&h, root, true, 0);
	end_line(&h);
	reserve(&h, 1);
	h.out[h.n] = 0;
	h.map[h.n] = (int32_t)doc->src.len;
	xmlFreeDoc(x);

	/* normalise the extracted text, then compose the maps */
	struct doc t = { .src = { h.out, h.n } };
	doc_normalize(a, &t);
	doc->text = t.text;
	if (t.map) {
		for (ptrdiff_t i = 0; i <= t.text.len; i++)
			t.map[i] = h.map[t.map[i]];
		doc->map = t.map;
	} else {
		doc->map = h.map;
	}
	/* line k of the text is block k */
	ptrdiff_t off = 0;
	for (ptrdiff_t k = 0; off < doc->text.len; k++) {
		const char *nl = memchr(doc->text.s + off, '\n', (size_t)(doc->text.len - off));
		ptrdiff_t end = nl ? nl - doc->text.s : doc->text.len;
		ptrdiff_t b = off, e = end;
		while (b < e && doc->text.s[b] == ' ')
			b++;
		while (e > b && doc->text.s[e - 1] == ' ')
			e--;
		struct doc_line l = { b, e - b, b, e - b, 0, 0, 0, e > b ? LN_TEXT : LN_BLANK, 0 };
		if (k < h.nlines && e > b) {
			l.kind = h.kinds[k];
			l.level = h.levels[k];
		}
		doc_line_push(a, out, l);
		off = end + 1;
	}
	return rc;
}
