/* resolve-int.h: what the parts of the resolve stage share (not public) */
#ifndef ACCORD_RESOLVE_INT_H
#define ACCORD_RESOLVE_INT_H

#include "resolve.h"

/* Union-find over mention indices. */
struct groups {
	int *parent;  /* one per mention */
	int n;
};

int resolve_find(struct groups *g, int i);
void resolve_union(struct groups *g, int i, int j);

/* Fold a name as the evaluation compares names: case and diacritics folded,
 * apostrophes dropped, dashes as spaces, one space between words, no
 * leading "the" (names.c).  The result lives in the arena. */
Str resolve_fold(Arena *a, Str s);
/* The text a mention names its entity by: m->name, else its span. */
Str resolve_form(const struct doc *doc, const struct mention *m);

/* Merge spelling variants of persons (persons.c). */
void resolve_persons(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m, struct groups *g);
/* Merge unknown bodies by their names, acronyms, prefixes and back-references
 * (bodies.c). */
void resolve_bodies(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m, struct groups *g);
/* Build the entities from the groups (names.c). */
void resolve_build(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m, struct groups *g,
		   struct entities *out);

#endif
