/* recognize-int.h: what the recognizers of one document share (not public)
 *
 * recognize() tokenizes the document once and then calls each recognizer per
 * sentence with a struct rctx: the token range [b, e) of the sentence, the
 * mentions found so far (all sentences, in the order found) and the index of
 * the first mention of the current sentence.  Recognizers append; the driver
 * sorts, removes duplicates and marks nesting at the end.
 */
#ifndef ACCORD_RECOGNIZE_INT_H
#define ACCORD_RECOGNIZE_INT_H

#include "recognize.h"

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

/* Classes of head nouns (words.c). */
enum head_class {
	H_NONE = 0,
	H_ORG,        /* Council, Organization, Center ... */
	H_INIT,       /* Initiative, Treaty, Conference ... */
	H_PLACE,      /* Seaport, Residence, Palace ... */
	H_FORUM       /* an org or an event series, decided by context */
};

enum head_flag {
	HF_EVENT = 1,    /* an event: "in Place" after it is where it is held */
	HF_LEGAL = 2,    /* an instrument: its "on X, Y and Z" may hold commas */
	HF_OF = 4,       /* only before "of" ("Year of", "Palace of") */
	HF_SUBUNIT = 8,  /* may follow another head ("Commission Office") */
	HF_NOBARE = 16   /* never a bare back-reference ("the Year") */
};

struct head {
	enum head_class cls;
	unsigned flags;  /* enum head_flag */
};

struct span {
	int b, e;        /* token range */
};

struct rctx {
	Arena *a;
	const struct doc *doc;
	const struct kb *kb;
	Str text;                  /* doc->text */
	const struct token *tok;   /* all tokens of text */
	int ntok;
	int sent;                  /* current DOC_SENT node */
	int b, e;                  /* its tokens */
	struct mention *v;         /* mentions so far */
	ptrdiff_t n, cap;
	ptrdiff_t first;           /* first mention of the current sentence in this pass */
	ptrdiff_t kbf, kbl;        /* the sentence's kb mentions: v[kbf..kbl) */
	void *scratch;             /* the gazetteer's per-sentence buffer, reused */
	ptrdiff_t scratch_cap;     /* its size in bytes */
	struct span *quotes;       /* title-case quoted spans of the document (inner tokens) */
	ptrdiff_t nquotes, capquotes;
};

/* Token helpers (recognize.c). */
Str recognize_tok(const struct rctx *c, int i);
/* Token i is word (ASCII case-insensitive).  Inline, so that the length of
 * a literal word is a constant and most tokens fail on their length alone. */
static inline bool recognize_is(const struct rctx *c, int i, const char *word)
{
	if (i < 0 || i >= c->ntok)
		return false;
	size_t n = strlen(word);
	return c->tok[i].len == (int32_t)n && str_eq_nocase((Str){ c->text.s + c->tok[i].off, (ptrdiff_t)n }, (Str){ word, (ptrdiff_t)n });
}
bool recognize_cap(const struct rctx *c, int i);                      /* a capitalised word */
bool recognize_glued(const struct rctx *c, int i);                    /* no space before token i */
bool recognize_dash(const struct rctx *c, int i);                     /* "-", "–", "—" */
bool recognize_quote(const struct rctx *c, int i);                    /* a quotation mark */
/* A mention over tokens [b, e) (name and alt empty, kb -1). */
struct mention recognize_span(const struct rctx *c, enum mention_type type, int b, int e, unsigned flags);
void recognize_add(struct rctx *c, struct mention m);
/* Index of a mention of this sentence of the given type (0: any) starting
 * at token i, or -1; the longest when several. */
ptrdiff_t recognize_at(const struct rctx *c, int i, int type);
/* A kb mention covering token i in this sentence, or -1. */
ptrdiff_t recognize_kb_cover(const struct rctx *c, int i);
int recognize_tok_at(const struct rctx *c, ptrdiff_t off);            /* token starting at off, or -1 */
int recognize_tok_after(const struct rctx *c, ptrdiff_t off);         /* first token at or after off */

/* Quotations (resolutions.c): pairs of quotation marks in the sentence as
 * inner token ranges; Title Case: two words or more, the first capitalised
 * and three in four of the words of four letters or more. */
int recognize_quote_pairs(const struct rctx *c, struct span *out, int cap);
bool recognize_title_case(const struct rctx *c, struct span s);

/* A set of words, hashed at first use (thread-safe), so that a lookup is one
 * probe instead of a scan of the list.  words is ended by a NULL pointer at
 * base + k * stride (a plain list: stride sizeof(char *)); exact sets
 * compare bytes, the others ASCII case-insensitively (as str_eq_nocase). */
struct wordset {
	const void *base;
	size_t stride;
	bool exact;
	atomic_int ready;
	int maxlen;
	uint64_t shape[16];    /* bits of (length, first and last byte folded): rejects most words */
	uint8_t slot[512];     /* index + 1 of a word, 0 empty */
	uint8_t wlen[255];     /* length of each word (lists of at most 255 words, 255 bytes) */
};
#define WORDSET(list, exact_) { (list), sizeof *(list), (exact_), 0, 0, { 0 }, { 0 }, { 0 } }
/* Index of w in the set's list (the first one equal), or -1. */
int recognize_wordset_probe(struct wordset *s, Str w);
/* The shape filter's bit of a non-empty word. */
static inline unsigned recognize_wordset_shape(Str w)
{
	unsigned f = (unsigned char)w.s[0], l = (unsigned char)w.s[w.len - 1];
	f = f >= 'A' && f <= 'Z' ? f + 32 : f;
	l = l >= 'A' && l <= 'Z' ? l + 32 : l;
	return ((f * 31u + l) * 37u + (unsigned)w.len) & 1023u;
}
static inline int recognize_wordset_find(struct wordset *s, Str w)
{
	if (w.len == 0)
		return -1;
	if (atomic_load_explicit(&s->ready, memory_order_acquire)) {
		unsigned b = recognize_wordset_shape(w);
		if (!((s->shape[b >> 6] >> (b & 63)) & 1))
			return -1;
	}
	return recognize_wordset_probe(s, w);
}
static inline bool recognize_wordset_has(struct wordset *s, Str w) { return recognize_wordset_find(s, w) >= 0; }

/* Lexicons (words.c). */
struct head recognize_head(Str w);
bool recognize_title_word(Str w);        /* "President", "Minister", "Ambassador" ... */
bool recognize_honorific(Str w);         /* "Mr", "Mrs", "Dr" ... */
bool recognize_stop_cap(Str w);          /* capitalised words that start no name ("The", "In") */
bool recognize_month(Str w);
bool recognize_ordinal(Str w);           /* "First", "second", "43rd", "29th" */
bool recognize_connector(Str w);         /* of, for, on, in, to, among, between, against */
bool recognize_article(Str w);           /* the, a, an */

/* The recognizers, in the order the driver runs them. */
void recognize_gazetteer(struct rctx *c);     /* kb names, longest match, nesting */
/* kb surnames: first drop those inside other names, then (final, after the
 * other recognizers) keep those with a title, a full name in the document
 * or one bearer, and that no unknown person of the document shares. */
void recognize_surnames(struct rctx *c, bool final);
void recognize_resolutions(struct rctx *c);
void recognize_persons(struct rctx *c);
void recognize_quotes(struct rctx *c);        /* quoted titles */
void recognize_bodies(struct rctx *c);        /* unknown organisations, initiatives, places by head noun */
void recognize_places(struct rctx *c);        /* "in X", "X-Y railway lines", "X railway station" */
void recognize_local(struct rctx *c);         /* after all sentences: names the document itself taught */

#endif
