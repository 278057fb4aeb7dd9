/* extract.c: running the extractors, and what they share */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

void extract(struct xctx *x, struct extraction *out)
{
	memset(out, 0, sizeof *out);
	extract_docinfo(x, out);
	extract_summit(x, out);
	extract_events(x, out);
	extract_agreements(x, out);
	extract_clauses(x, out);
}

void why_add(Arena *a, struct whys *w, const char *attr, ptrdiff_t off, ptrdiff_t len, const char *rule)
{
	struct why y = { attr, off, len, rule };
	ptrdiff_t n = w->n;
	apush(a, w->v, n, w->cap, y);
	w->n = (int)n;
}

static int cmp_str(const void *a, const void *b)
{
	return str_cmp(*(const Str *)a, *(const Str *)b);
}

struct codes codes_from_states(Arena *a, const struct kb *kb, const int *states, int n)
{
	struct codes c = { anew(a, Str, n > 0 ? n : 1), 0 };
	for (int i = 0; i < n; i++) {
		const struct kb_entity *e = kb_get(kb, states[i]);
		if (!e || e->type != KB_STATE || !e->code.len)
			continue;
		c.v[c.n++] = e->code;
	}
	qsort(c.v, (size_t)c.n, sizeof *c.v, cmp_str);
	int k = 0;
	for (int i = 0; i < c.n; i++)
		if (k == 0 || !str_eq(c.v[k - 1], c.v[i]))
			c.v[k++] = c.v[i];
	c.n = k;
	return c;
}

bool codes_has(struct codes c, Str code)
{
	for (int i = 0; i < c.n; i++)
		if (str_eq(c.v[i], code))
			return true;
	return false;
}

const char *event_type_name(enum event_type t)
{
	static const char *names[] = { "?", "arrival", "meeting", "summit", "signing", "address",
				       "ceremony", "reception", "conference", "appointment" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

const char *agreement_kind_name(enum agreement_kind k)
{
	static const char *names[] = { "?", "bilateral", "multilateral", "sister-city" };
	return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

const char *modality_name(enum modality m)
{
	static const char *names[] = { "?", "commit", "willing", "support", "call",
				       "reaffirm", "welcome", "appreciate", "note" };
	return (unsigned)m < sizeof names / sizeof *names ? names[m] : "?";
}

const char *scope_name(enum actor_scope s)
{
	static const char *names[] = { "?", "all", "named", "unspecified" };
	return (unsigned)s < sizeof names / sizeof *names ? names[s] : "?";
}

const char *doc_kind_name(enum doc_kind k)
{
	static const char *names[] = { "other", "article", "declaration", "statement" };
	return (unsigned)k < sizeof names / sizeof *names ? names[k] : "other";
}

static const char *area_names[AREA_COUNT] = {
	"political", "multilateral", "mechanism", "finance", "trade", "investment",
	"transport", "energy", "minerals", "agriculture", "science_tech", "environment",
	"culture_people", "education", "health", "development", "security", "regional"
};

const char *area_name(enum issue_area a)
{
	return (unsigned)a < AREA_COUNT ? area_names[a] : "?";
}

int area_parse(Str name)
{
	for (int i = 0; i < AREA_COUNT; i++)
		if (str_eq(name, str_c(area_names[i])))
			return i;
	return -1;
}
