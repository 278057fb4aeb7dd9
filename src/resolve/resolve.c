/* resolve.c: PLACEHOLDER (no entities); the resolve stage replaces it */
#include "resolve.h"

#include <string.h>

void resolve(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m,
	     struct date doc_date, struct entities *out)
{
	memset(out, 0, sizeof *out);
	out->doc_date = doc_date;
	for (int i = 0; i < m->n; i++)
		m->v[i].entity = -1;
}

const char *entity_type_name(enum entity_type t)
{
	static const char *names[] = { "?", "state", "person", "organization", "place", "resolution", "initiative" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}
