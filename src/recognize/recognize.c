/* recognize.c: PLACEHOLDER (finds nothing); the recognize stage replaces it */
#include "recognize.h"

#include <string.h>

void recognize(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *out)
{
	memset(out, 0, sizeof *out);
	out->ntokens = tok_all(a, doc->text, &out->tokens);
}

const char *mention_type_name(enum mention_type t)
{
	static const char *names[] = { "?", "state", "person", "organization", "place", "resolution",
				       "initiative", "date", "part_of_day", "reldate", "title" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

void mention_push(Arena *a, struct mention **v, ptrdiff_t *n, ptrdiff_t *cap, struct mention m)
{
	apush(a, *v, *n, *cap, m);
}
