/* doc.h: a document read from bytes, normalised and segmented into a tree
 *
 * doc_read() takes the original bytes of one file and produces:
 *   - text: the normalised text (UTF-8 validated, NFC, "\n" line ends,
 *     non-breaking and other odd spaces turned into ' ', markup removed for
 *     HTML).  Typographic quotes stay as written; matchers fold them.
 *   - a tree of nodes (title, infobox fields, headed sections, numbered parts,
 *     paragraphs, list items, sentences), each with its span in text and, via
 *     doc_src_off(), in the original bytes.
 *   - furniture: spans of text recognised as page furniture (contact footers,
 *     social-media labels).  No node covers them, so nothing downstream
 *     annotates them.
 * Everything lives in the arena given to doc_read(); Str fields point into
 * doc.text unless said otherwise.
 */
#ifndef ACCORD_DOC_H
#define ACCORD_DOC_H

#include <stdint.h>
#include "../base/arena.h"
#include "../base/diag.h"
#include "../base/str.h"

/* Named limits on input (exceeding one is its own error). */
#define DOC_MAX_BYTES ((ptrdiff_t)256 << 20)  /* one document */
#define DOC_MAX_LINE ((ptrdiff_t)1 << 20)     /* one line */
#define DOC_MAX_NODES 4000000                 /* nodes of one tree */

enum doc_format {
	DOC_FMT_TEXT,     /* plain text, one paragraph per line or blank-line separated */
	DOC_FMT_MARKDOWN, /* # headings, - lists */
	DOC_FMT_WIKI,     /* = Title =, Infobox, - Key: Value, == Section == */
	DOC_FMT_HTML      /* parsed with libxml2's HTML parser */
};

enum doc_node_type {
	DOC_ROOT,      /* the whole document */
	DOC_TITLE,     /* the title line; body = the title text */
	DOC_INFOBOX,   /* a block of key: value fields */
	DOC_FIELD,     /* one field: label = key, body = value */
	DOC_SECTION,   /* a headed section: label = heading text, level = depth (1 = "== X ==") */
	DOC_PART,      /* a numbered part: label = "VI", "3", "a"; level = nesting (1 = outermost) */
	DOC_PARA,      /* a paragraph; body = text without its number */
	DOC_ITEM,      /* a list item; body = text without the bullet */
	DOC_SIGNATURE, /* one line of a signature block ("Name, Title") */
	DOC_PLACEDATE, /* the closing place-and-date line ("Astana, June 17, 2025"), or such a dateline under the title */
	DOC_SENT       /* a sentence: child of a TITLE, FIELD, SECTION (its heading), PARA, ITEM, SIGNATURE or PLACEDATE */
};

/* Spans: off/len cover the node and everything under it (a SECTION runs
 * from its heading to the end of its last paragraph; a PART from its number
 * to the end of its last paragraph; an ITEM includes its nested items).
 * body_off/body_len: TITLE and SECTION -> the heading text (a SECTION's is
 * also its label);
 * INFOBOX -> its fields; FIELD -> the value (label = the key); PART -> from
 * after the number to the end of the part; PARA, ITEM -> the text without
 * number or bullet; SIGNATURE, PLACEDATE, SENT -> the line or sentence.
 * Sentences are the last level: every PARA, ITEM, FIELD, TITLE, SECTION,
 * SIGNATURE and PLACEDATE with text has at least one SENT child, and the
 * SENT spans lie inside the parent's body. */
/* The language of a text: accord reads these three (doc_lang_detect). */
enum doc_lang {
	DOC_LANG_EN,  /* Latin script (also the default: no letters at all) */
	DOC_LANG_RU,  /* Cyrillic */
	DOC_LANG_ZH   /* Han characters */
};

struct doc_node {
	enum doc_node_type type;
	int parent;          /* index in doc.nodes; -1 for the root */
	int level;           /* see doc_node_type */
	ptrdiff_t off, len;  /* the whole node, in doc.text */
	ptrdiff_t body_off, body_len; /* the content without numbering or markup, in doc.text */
	Str label;           /* part number, heading text or field key (into doc.text); empty if none.
	                      * A part numbered in Chinese numerals ("十二、") gets its value in
	                      * ASCII digits ("12", in the arena), one lettered in Russian ("в)")
	                      * the Latin letter of the same rank ("c"): labels and eIds are ASCII */
};

struct doc {
	Str path;            /* as given (arena copy) */
	Str src;             /* the original bytes */
	Str text;            /* normalised text */
	int32_t *map;        /* text offset -> src offset (len text.len + 1); NULL when text == src */
	enum doc_format format;
	enum doc_lang lang;  /* of text, by its script (doc_lang_detect) */
	struct doc_node *nodes; /* nodes[0] is the root; parents come before children, in text order */
	int nnodes;
	struct { ptrdiff_t off, len; } *furniture; /* dropped spans of text */
	int nfurniture;
};

/* Read and segment one document from its original bytes (src must stay alive
 * as long as the doc).  path is used for messages and to guess the format
 * (.html/.htm -> HTML, .md -> Markdown; otherwise sniffed from the content).
 * Returns 0, or ACC_EUTF8 (d->off = byte offset of the first bad byte),
 * ACC_ENUL, ACC_EBINARY, ACC_EEMPTY (nothing but white space), ACC_ELINE
 * (d->off = start of the long line), ACC_ETOOBIG. */
int doc_read(Arena *a, Str path, Str src, struct doc *doc, struct diag *d);

/* Read the file at path (with the size limit) and then doc_read() it. */
int doc_load(Arena *a, const char *path, struct doc *doc, struct diag *d);

/* Offset in the original bytes of a text offset. */
ptrdiff_t doc_src_off(const struct doc *doc, ptrdiff_t text_off);
Str doc_node_text(const struct doc *doc, int node);   /* the whole node */
Str doc_node_body(const struct doc *doc, int node);   /* its body */
/* Nearest ancestor of the given type, or -1. */
int doc_ancestor(const struct doc *doc, int node, enum doc_node_type type);
const char *doc_node_type_name(enum doc_node_type t);

/* The language a text is written in, by the script most of its letters
 * are in (Latin: en, Cyrillic: ru, Han: zh; Han characters weigh three
 * letters); DOC_LANG_EN when it has no letters.  One pass, no allocation. */
enum doc_lang doc_lang_detect(Str text);
/* "en", "ru" or "zh" (ISO 639-1; a static string). */
const char *doc_lang_code(enum doc_lang lang);

/* The ordinal of a part or item label in any of the scripts accord reads:
 * "12" -> 12, "IV" / "iv" -> 4, "一" -> 1, "十二" -> 12, "（三）" -> 3,
 * "b" -> 2, "в" -> 3 (Russian enumeration letters); 0 when the label is no
 * number.  For aligning the language versions of one text by numbering. */
int doc_label_ordinal(Str label);

#endif
