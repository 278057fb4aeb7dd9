/* resolve.h: mentions -> entities; partial and relative dates -> dates
 *
 * resolve() groups the mentions of one document into entities (one per
 * real-world thing: kb entries by id, unknown persons and bodies by their
 * name, spelling variants merged), sets each mention's entity index, and
 * completes dates: a date without a year takes it from the context (the
 * document's date, the nearest dated sentence before it), relative dates
 * and parts of day are resolved against the nearest date before them.
 */
#ifndef ACCORD_RESOLVE_H
#define ACCORD_RESOLVE_H

#include "../recognize/recognize.h"

enum entity_type { ENT_STATE = 1, ENT_PERSON, ENT_ORG, ENT_PLACE, ENT_RESOLUTION, ENT_INITIATIVE };

struct entity {
	enum entity_type type;
	Str name;         /* the fullest form used in the document */
	Str *aliases;     /* the other forms used, distinct after folding */
	int naliases;
	Str code;         /* ISO alpha-3 for states, number for resolutions, else empty */
	int kb;           /* kb entity id, or -1 */
	int nmentions;
	int first;        /* index of its first mention */
};

struct entities {
	struct entity *v;
	int n;
	struct date doc_date; /* the document's reference date used for partial dates */
};

/* Group mentions into entities and complete their dates (mentions are
 * updated in place).  doc_date: the document's date if known (else unset:
 * resolve infers one from the first full date). */
void resolve(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m,
	     struct date doc_date, struct entities *out);

/* The date resolver (dates.c), called by resolve(): infers the document's
 * reference date when doc_date is unset (returns it), then completes every
 * M_DATE, M_PART_OF_DAY and M_RELDATE mention in place (years from context,
 * relative dates against the nearest date before them). */
struct date resolve_dates(const struct doc *doc, struct mentions *m, struct date doc_date);

const char *entity_type_name(enum entity_type t);

#endif
