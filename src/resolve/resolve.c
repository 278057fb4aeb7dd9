/* resolve.c: the resolve stage's driver: dates first, then mentions grouped
 * into entities (kb entries by id, resolutions by number, the rest by the
 * rules of persons.c and bodies.c), then each entity named (names.c) */
#include "resolve-int.h"

#include <string.h>

int resolve_find(struct groups *g, int i)
{
	while (g->parent[i] != i) {
		g->parent[i] = g->parent[g->parent[i]];
		i = g->parent[i];
	}
	return i;
}

/* The root is always the earlier mention, so a group's root is its first. */
void resolve_union(struct groups *g, int i, int j)
{
	int a = resolve_find(g, i), b = resolve_find(g, j);
	if (a == b)
		return;
	if (a < b)
		g->parent[b] = a;
	else
		g->parent[a] = b;
}

static bool named(enum mention_type t)
{
	return t == M_STATE || t == M_PERSON || t == M_ORG || t == M_PLACE || t == M_RESOLUTION ||
	       t == M_INITIATIVE;
}

void resolve(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m,
	     struct date doc_date, struct entities *out)
{
	memset(out, 0, sizeof *out);
	out->doc_date = resolve_dates(doc, m, doc_date);
	struct groups g = { anew(a, int, m->n + 1), m->n };
	for (int i = 0; i < m->n; i++) {
		g.parent[i] = i;
		m->v[i].entity = -1;
	}
	/* kb entities by id, resolutions by number */
	int nkb = kb ? kb_count(kb) : 0;
	int *first_kb = nkb > 0 ? anew(a, int, nkb) : NULL;
	for (int i = 0; i < nkb; i++)
		first_kb[i] = -1;
	int *res = anew(a, int, m->n + 1), nres = 0; /* resolutions so far */
	Str *resfold = anew(a, Str, m->n + 1);
	for (int i = 0; i < m->n; i++) {
		const struct mention *x = &m->v[i];
		if (!named(x->type))
			continue;
		if (x->kb >= 0 && x->kb < nkb) {
			if (first_kb[x->kb] < 0)
				first_kb[x->kb] = i;
			else
				resolve_union(&g, first_kb[x->kb], i);
		}
		if (x->type == M_RESOLUTION) {
			Str fx = x->code.len ? STR_NULL : resolve_fold(a, resolve_form(doc, x));
			for (int r = 0; r < nres; r++) {
				const struct mention *y = &m->v[res[r]];
				if ((x->code.len && str_eq(x->code, y->code)) ||
				    (!x->code.len && !y->code.len && str_eq(fx, resfold[r]))) {
					resolve_union(&g, res[r], i);
					break;
				}
			}
			res[nres] = i;
			resfold[nres++] = fx;
		}
	}
	resolve_persons(a, doc, kb, m, &g);
	resolve_bodies(a, doc, kb, m, &g);
	resolve_build(a, doc, kb, m, &g, out);
}

const char *entity_type_name(enum entity_type t)
{
	static const char *names[] = { "?", "state", "person", "organization", "place", "resolution", "initiative" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}
