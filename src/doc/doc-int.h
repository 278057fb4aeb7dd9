/* doc-int.h: what the files of the doc stage share (not for other stages)
 *
 * The stage runs in this order (read.c drives it):
 *   check.c      refuse what is not a text document (binary, NUL, bad UTF-8,
 *                over-long lines) before any other work
 *   normalize.c  src -> text + map (NFC, "\n", plain spaces); no copy when
 *                nothing changes
 *   html.c       or, for HTML, src -> extracted text + map + typed lines
 *   lines.c      text -> lines, each typed by the markup of its format
 *   furniture.c  mark leading and trailing page furniture
 *   closing.c    mark the signature block and the place-and-date line
 *   segment.c    lines -> the node tree (title, sections, infobox, numbered
 *                parts, paragraphs, items), with number.c for "IV." / "3." / "(b)"
 *   sentence.c   split a body into sentences
 * Every offset here is in doc.text unless said otherwise.
 */
#ifndef ACCORD_DOC_INT_H
#define ACCORD_DOC_INT_H

#include <stdbool.h>
#include "doc.h"

enum doc_line_kind {
	LN_BLANK,     /* nothing but spaces */
	LN_TEXT,      /* an ordinary line: part of a paragraph */
	LN_TITLE,     /* "= X =", "# X", <title>/<h1> */
	LN_SECTION,   /* "== X ==", "## X", <h2>..<h6>; level 1 = outermost */
	LN_INFOBOX,   /* the line "Infobox" */
	LN_FIELD,     /* "- Key: Value" inside an infobox */
	LN_ITEM,      /* "- item", "* item", <li>; level 1 = outermost */
	LN_FURNITURE, /* page furniture: no node covers it */
	LN_SIGNATURE, /* "Name, Title" in the closing signature block */
	LN_PLACEDATE, /* "City, Month D, YYYY" */
	LN_BREAK      /* HTML: a block boundary inside running text (ends a paragraph) */
};

/* Offsets are 32-bit: a text is at most DOC_MAX_BYTES (256 MiB). */
struct doc_line {
	int32_t off, len;           /* the line without surrounding spaces */
	int32_t body_off, body_len; /* without its markup (heading marks, bullet, key) */
	int32_t key_off, key_len;   /* LN_FIELD: the key */
	int32_t indent;             /* leading spaces in the original line */
	uint8_t kind;               /* enum doc_line_kind */
	uint8_t level;              /* LN_SECTION, LN_ITEM: see above */
};

/* Lines in text order; a run of blank lines is one LN_BLANK line.  At most
 * DOC_MAX_NODES lines are kept (each would make a node): full says more
 * were dropped. */
struct doc_lines {
	struct doc_line *v;
	int n;
	ptrdiff_t cap;
	bool full;
};

/* Tree building: nodes are appended in text order. */
struct doc_build {
	Arena *a;
	struct doc *doc;
	ptrdiff_t cap;   /* capacity of doc->nodes */
	bool full;       /* DOC_MAX_NODES was reached: later nodes were dropped */
};

/* check.c: 0, or ACC_EBINARY / ACC_ENUL / ACC_EUTF8 / ACC_ELINE / ACC_ETOOBIG
 * with d->off at the first offending byte (of the earliest failure). */
int doc_check(Str src, struct diag *d);
/* normalize.c: fill doc->text and doc->map from doc->src (valid UTF-8). */
void doc_normalize(Arena *a, struct doc *doc);
/* html.c: extract text, map and typed lines from doc->src (HTML). */
int doc_html(Arena *a, struct doc *doc, struct doc_lines *out, struct diag *d);
/* lines.c: split doc->text into lines typed by doc->format. */
void doc_lines_split(Arena *a, const struct doc *doc, struct doc_lines *out);
void doc_line_push(Arena *a, struct doc_lines *ls, struct doc_line l);
/* furniture.c: mark furniture lines (LN_FURNITURE) and record their spans. */
void doc_furniture(Arena *a, struct doc *doc, struct doc_lines *ls);
bool doc_is_furniture(Str line);
/* closing.c: mark the closing signature lines and place-and-date line. */
void doc_closing(const struct doc *doc, struct doc_lines *ls);
bool doc_is_placedate(Str line);
bool doc_is_signature(Str line);
/* segment.c: build doc->nodes from the lines. */
int doc_segment(Arena *a, struct doc *doc, struct doc_lines *ls, struct diag *d);
int doc_add_node(struct doc_build *b, struct doc_node n);

/* number.c: a leading paragraph number. */
enum doc_num_style {
	NUM_NONE,
	NUM_ROMAN,   /* "IV." */
	NUM_ARABIC,  /* "3." "3)" "3、" */
	NUM_ALPHA,   /* "(b)" "b)" */
	NUM_HAN,     /* "三、" */
	NUM_HANP,    /* "（三）" */
	NUM_LROMAN,  /* "(iv)" "iv)" */
	NUM_CYR,     /* "в)" "(в)": Russian letters */
	NUM_NSTYLES
};
struct doc_num {
	enum doc_num_style style;
	int value;                /* 1-based */
	int alt_style, alt_value; /* another reading ("(i)": letter 9 or roman 1), or 0 */
	ptrdiff_t label_off, label_len; /* "IV" (in the line) */
	ptrdiff_t body;           /* offset of the text after the number and its spaces */
};
bool doc_number(Str line, struct doc_num *out);

/* sentence.c: add DOC_SENT children of parent for the body [off, off+len). */
void doc_sentences(struct doc_build *b, int parent, ptrdiff_t off, ptrdiff_t len);

/* Small character helpers shared by the files (ASCII only). */
static inline bool doc_is_space(int c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
static inline bool doc_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool doc_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline bool doc_is_digit(int c) { return c >= '0' && c <= '9'; }
/* Code point at s.s[off] (s is valid UTF-8: the text always is); *n receives its length. */
static inline int32_t doc_cp(Str s, ptrdiff_t off, int *n)
{
	const unsigned char *p = (const unsigned char *)s.s + off;
	if (p[0] < 0x80) { *n = 1; return p[0]; }
	if (p[0] < 0xe0) { *n = 2; return ((p[0] & 0x1f) << 6) | (p[1] & 0x3f); }
	if (p[0] < 0xf0) { *n = 3; return ((p[0] & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f); }
	*n = 4;
	return ((p[0] & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
}
/* Code point ending just before s.s[off]; *n receives its length. */
static inline int32_t doc_cp_before(Str s, ptrdiff_t off, int *n)
{
	ptrdiff_t i = off - 1;
	while (i > 0 && off - i < 4 && ((unsigned char)s.s[i] & 0xc0) == 0x80)
		i--;
	return doc_cp(s, i, n);
}
/* Whether cp is an upper-case letter (any script). */
bool doc_cp_upper(int32_t cp);
/* Whether cp is a letter or digit (any script). */
bool doc_cp_alnum(int32_t cp);

#endif
