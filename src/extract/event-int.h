/* event-int.h: what docinfo, summit, events and agreements share (not for other stages)
 *
 * A view indexes a resolved document by sentence: each sentence's container
 * node, section, token range and mentions.  event_analyze() (event-scan.c)
 * finds the trigger words of every narrative sentence and resolves each
 * happening's type, date, part of day, participants and place; events.c
 * turns happenings into deduplicated events, agreements.c reads the signing
 * ones.  Everything is allocated in the context's arena.
 */
#ifndef ACCORD_EVENT_INT_H
#define ACCORD_EVENT_INT_H

#include "extract.h"

struct xsent {
	int node;            /* DOC_SENT node */
	int parent;          /* its container (PARA, ITEM, TITLE, FIELD, SECTION ...) */
	int section;         /* nearest DOC_SECTION ancestor, or -1 */
	int para;            /* nearest PARA or ITEM ancestor, or -1 */
	ptrdiff_t off, len;  /* in doc.text */
	int t0, t1;          /* token range [t0, t1) */
	int m0, m1;          /* range in view.mi */
	const bool *inq;     /* inq[t - t0], t in [t0, t1]: token t is inside double quotes
			      * (event_view_quotes), or NULL: counted on each call */
	int32_t mlen;        /* the longest mention's length in bytes, or -1: offsets not in order */
};

struct xview {
	struct xctx *x;
	struct xsent *s;
	int ns;
	int *mi;             /* mention indices grouped by sentence, in text order */
	const struct token *tok; /* x->m->tokens */
	int ntok;
	const char *text;    /* x->doc->text.s */
};

void event_view(struct xctx *x, struct xview *v);
/* Precompute every sentence's quote states (for event_in_quotes; the view of
 * an extractor that asks about quotes often). */
void event_view_quotes(struct xview *v);

/* Token helpers (t indexes x->m->tokens); hot, hence inline. */
static inline Str event_tok(const struct xview *v, int t)
{
	if (t < 0 || t >= v->ntok)
		return (Str){ "", 0 };
	return (Str){ v->text + v->tok[t].off, v->tok[t].len };
}

/* Whether token t is the lower-case ASCII word w, in any case.  No strlen:
 * most tokens differ from w in their first byte. */
static inline bool event_tok_is(const struct xview *v, int t, const char *w)
{
	if (t < 0 || t >= v->ntok)
		return !*w;
	const char *s = v->text + v->tok[t].off;
	ptrdiff_t n = v->tok[t].len, i = 0;
	for (; i < n; i++) {
		int c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		/* stops at w's NUL; a byte of w past ASCII never matches (as before:
		 * w is meant to be lower-case ASCII) */
		if (c != (int)w[i] || !c)
			return false;
	}
	return !w[i];
}

bool event_tok_in(const struct xview *v, int t, const char *const *words);
/* Tokens matched by the space-separated phrase at t (before t1), or 0. */
int event_match(const struct xview *v, int t, int t1, const char *phrase);
bool event_tok_cap(const struct xview *v, int t);
int event_tok_at(const struct xview *v, ptrdiff_t off); /* first token at or after off */

/* The mention covering token t of the sentence (not nested), or -1. */
int event_mention_at(const struct xview *v, const struct xsent *s, int t, int type);

/* The first token of the name that ends at token t ("the [Second China-Central
 * Asia] Summit"): back over capitalised words, ordinals, numbers, dashes and
 * name connectors, not before t0. */
int event_name_start(const struct xview *v, int t0, int t);
/* Whether token t is inside double quotes within sentence s (quotes before
 * t counted from s->t0; looked up for t in [t0, t1] after event_view_quotes). */
bool event_in_quotes(const struct xview *v, const struct xsent *s, int t);

/* Lower-case ASCII copy. */
Str event_lower(Arena *a, Str s);
/* 1..n for "first", "Second", "3rd", "17th"; 0 otherwise. */
int event_ordinal(Str w);
/* A Roman numeral II..XXXIX ("XV BRICS Summit"), 0 otherwise. */
int event_roman(Str w);
/* The number a word stands for ("24", "twelve"), or -1. */
int event_number(Str w);

/* The state ids a mention stands for (a state, a person's state on date,
 * a region's or organisation's members when allowed); returns the count. */
int event_mention_states(const struct xview *v, const struct mention *m, struct date on,
			 bool groups, int *out, int cap);

/* Fold for name comparison: lower case, dashes to '-', quotes dropped. */
Str event_fold_name(Arena *a, Str s);

struct happening {
	enum event_type type;
	int sent;                 /* index in view.s */
	int t, tend;              /* trigger tokens [t, tend) */
	int name0;                /* first token of the event's name (nouns), else t */
	int scope0, scope1;       /* tokens the happening's details come from */
	struct date date, end;
	int part_of_day;
	int *states;              /* kb state ids */
	int nstates;
	Str place;                /* .s == NULL when none */
	ptrdiff_t place_off;
	const char *rule;         /* trigger rule */
	const char *date_rule, *part_rule, *place_rule;
	ptrdiff_t date_off, date_len;
	const char *who_rule;
	Str name;                 /* an event noun's name as written ("Ocean Forum"), else empty */
	int para;                 /* the paragraph node, or -1 */
};

struct happenings {
	struct happening *v;
	int n;
	ptrdiff_t cap;
};

/* Every happening of the document, in text order (not deduplicated).
 * out->doc and out->summit must be filled already. */
void event_analyze(struct xview *v, const struct extraction *out, struct happenings *h);

/* Split a list of subject areas ("energy, aerospace, and customs") into
 * lower-case items; returns the count, items in *items (arena). */
int agreement_split_fields(Arena *a, Str list, Str **items);
/* The language tag of a title by its script ("ru", "zh", ...), or empty. */
Str summit_script_lang(Str s);
/* Map an infobox key to the summit attribute it gives ("date", "city",
 * "venue", "host", "participants", "chair", "names", "name"), or NULL. */
const char *summit_field_attr(Str key);

#endif
