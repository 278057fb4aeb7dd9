/* recognize.h: finding mentions in a document's sentences
 *
 * recognize() scans every sentence node of a doc (furniture is never inside
 * one) and returns mentions in text order: states and their demonyms and
 * "sides", persons (kb persons in any spelling, unknown persons after a
 * title), organisations, places, UN resolutions, named initiatives, dates,
 * date ranges, parts of day and relative dates.  Mentions may nest: a
 * state inside an organisation's name ("China" in "China-Central Asia
 * Business Council") is its own mention with MENTION_NESTED set.
 * Date values here are as written (a missing year stays 0); resolve fills
 * them in against the document.
 */
#ifndef ACCORD_RECOGNIZE_H
#define ACCORD_RECOGNIZE_H

#include "../base/arena.h"
#include "../base/date.h"
#include "../base/token.h"
#include "../doc/doc.h"
#include "../kb/kb.h"

enum mention_type {
	M_STATE = 1,
	M_PERSON,
	M_ORG,
	M_PLACE,
	M_RESOLUTION,
	M_INITIATIVE,
	M_DATE,        /* a date or date range (value, end) */
	M_PART_OF_DAY, /* "morning", "in the evening": value in part */
	M_RELDATE,     /* "later that day", "the next day", "yesterday": offset in rel_days */
	M_TITLE        /* a person's title or office ("President", "Foreign Minister") */
};

enum mention_flag {
	MENTION_NESTED = 1,   /* inside a longer mention */
	MENTION_DEMONYM = 2,  /* a demonym or adjective ("Kazakh") */
	MENTION_SIDE = 4,     /* "the Chinese side" */
	MENTION_ACRONYM = 8,  /* an acronym ("SCO") */
	MENTION_UNKNOWN = 16, /* not in the kb (entity built from the text) */
	MENTION_CODE = 32,    /* an ISO code written as text ("KAZ") */
	MENTION_REF = 64,     /* a bare head noun referring to a named thing ("the Secretariat") */
	MENTION_SURNAME = 128 /* a person's surname alone ("Tokayev") */
};

enum part_of_day { POD_NONE, POD_MORNING, POD_AFTERNOON, POD_EVENING };

struct mention {
	enum mention_type type;
	unsigned flags;        /* enum mention_flag */
	ptrdiff_t off, len;    /* span in doc.text */
	int sent;              /* DOC_SENT node index */
	int kb;                /* kb entity id, or -1 */
	Str code;              /* resolution number ("78/266"), else empty */
	struct date value, end;/* M_DATE: start and end (end unset for one date) */
	int part;              /* M_PART_OF_DAY: enum part_of_day */
	int rel_days;          /* M_RELDATE: day offset from the reference date */
	int entity;            /* filled by resolve: index in the entities array, or -1 */
	Str name;              /* the form this mention names its entity by, when not the span
				  text ("Chinese" for "the Chinese side"); empty: the span text */
	Str alt;               /* another form of the same name ("General Conference" for
				  "43rd General Conference"), or empty */
	ptrdiff_t ref_off, ref_len; /* the mention this one abbreviates ("UNFCCC" after its full
				  name), len 0 for none */
};

struct mentions {
	struct mention *v;
	int n;
	struct token *tokens;  /* the document's tokens, in text order */
	int ntokens;
};

/* Find all mentions in doc.  Everything is allocated in the arena. */
void recognize(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *out);

/* The date recognizer (dates.c), called by recognize(): appends M_DATE,
 * M_PART_OF_DAY and M_RELDATE mentions for the text span [off, off+len) of
 * sentence node sent.  Values as written (missing year = 0). */
void recognize_dates(Arena *a, const struct doc *doc, const struct token *tok, int ntok, int sent,
		     struct mention **v, ptrdiff_t *n, ptrdiff_t *cap);
/* Add one mention to an arena array (keeps v, n, cap in step). */
void mention_push(Arena *a, struct mention **v, ptrdiff_t *n, ptrdiff_t *cap, struct mention m);

const char *mention_type_name(enum mention_type t);

#endif
