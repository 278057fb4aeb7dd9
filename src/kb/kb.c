/* kb.c: PLACEHOLDER empty knowledge base; the kb stage replaces it */
#include "kb.h"

#include <stdio.h>
#include <stdlib.h>

struct kb {
	int n;
};

int kb_open(struct kb **kb, struct diag *d)
{
	*kb = calloc(1, sizeof **kb);
	return *kb ? ACC_OK : diag_set(d, ACC_EDATA, -1, "out of memory");
}

void kb_free(struct kb *kb) { free(kb); }

const struct kb *kb_default(void)
{
	static struct kb *kb;
	if (!kb) {
		struct diag d;
		if (kb_open(&kb, &d)) {
			fprintf(stderr, "accord: cannot load the knowledge base: %s\n", d.msg);
			abort();
		}
	}
	return kb;
}

int kb_count(const struct kb *kb) { return kb->n; }
const struct kb_entity *kb_get(const struct kb *kb, int id) { return NULL; }
int kb_state(const struct kb *kb, Str code) { return -1; }
int kb_find(const struct kb *kb, enum kb_type type, Str name) { return -1; }
int kb_names(const struct kb *kb, uint64_t key, const struct kb_name **out, bool *more)
{
	*out = NULL;
	*more = false;
	return 0;
}
int kb_max_tokens(const struct kb *kb) { return 0; }
int kb_offices(const struct kb *kb, int person, const struct kb_office **out)
{
	*out = NULL;
	return 0;
}
int kb_person_state(const struct kb *kb, int person, struct date on) { return -1; }
int kb_office_holder(const struct kb *kb, int state, Str role, struct date on) { return -1; }
int kb_members(const struct kb *kb, int org, struct date on, int *out, int cap) { return 0; }
bool kb_is_member(const struct kb *kb, int org, int state, struct date on) { return false; }

const char *kb_type_name(enum kb_type t)
{
	static const char *names[] = { "?", "state", "person", "organization", "place", "initiative", "region" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}
