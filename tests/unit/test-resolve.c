/* test-resolve.c: the resolve stage: one entity per thing (kb ids, spelling
 * variants and surnames, ordinals, prefixes, acronyms, back-references,
 * resolutions by number), names and aliases, mention counts, the document date */
#include "test.h"
#include "resolve/resolve.h"

#include <stdlib.h>

struct run {
	Arena a;
	struct doc doc;
	struct mentions m;
	struct entities e;
};

static struct run *res(const char *text)
{
	struct run *r = calloc(1, sizeof *r);
	arena_init(&r->a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	if (doc_read(&r->a, S("t.txt"), str_c(text), &r->doc, &d))
		return r;
	recognize(&r->a, &r->doc, kb_default(), &r->m);
	resolve(&r->a, &r->doc, kb_default(), &r->m, DATE_NONE, &r->e);
	return r;
}

static void done(struct run *r)
{
	arena_release(&r->a);
	free(r);
}

static const struct entity *ent(const struct run *r, enum entity_type t, const char *name)
{
	for (int i = 0; i < r->e.n; i++)
		if (r->e.v[i].type == t && str_eq(r->e.v[i].name, str_c(name)))
			return &r->e.v[i];
	return NULL;
}

static bool has_alias(const struct entity *e, const char *a)
{
	for (int i = 0; e && i < e->naliases; i++)
		if (str_eq(e->aliases[i], str_c(a)))
			return true;
	return false;
}

static int ntype(const struct run *r, enum entity_type t)
{
	int n = 0;
	for (int i = 0; i < r->e.n; i++)
		n += r->e.v[i].type == t;
	return n;
}

TEST(resolve_states_names_aliases_codes)
{
	struct run *r = res("Participants: KAZ, UZB\n\nThe Republic of Kazakhstan and Kazakhstan's Kazakh partners met "
			    "the Uzbek side.\n");
	const struct entity *k = ent(r, ENT_STATE, "Republic of Kazakhstan");
	EXPECT(k && str_eq(k->code, S("KAZ")));
	EXPECT(has_alias(k, "Kazakhstan") && has_alias(k, "Kazakh") && has_alias(k, "KAZ"));
	EXPECT(k && k->nmentions == 4);
	const struct entity *u = NULL;
	for (int i = 0; i < r->e.n; i++)
		if (r->e.v[i].type == ENT_STATE && str_eq(r->e.v[i].code, S("UZB")))
			u = &r->e.v[i];
	EXPECT(u && u->nmentions == 2 && has_alias(u, "Uzbek"));
	done(r);
}

TEST(resolve_person_spellings_and_surnames)
{
	struct run *r = res("Minister Arman Zhaparbekov met Ambassador Lin Haoran. Later Minister Japarbekov and "
			    "Lin spoke; Zhaparbekov left.\n");
	const struct entity *p = ent(r, ENT_PERSON, "Arman Zhaparbekov");
	EXPECT(p && p->nmentions == 3 && has_alias(p, "Japarbekov"));
	const struct entity *l = ent(r, ENT_PERSON, "Lin Haoran");
	EXPECT(l && l->nmentions == 2);
	EXPECT_INT(ntype(r, ENT_PERSON), 2);
	done(r);
}

TEST(resolve_series_ordinals_one_entity)
{
	struct run *r = res("The First Steppe Water Summit was held in 2023 and the Second Steppe Water Summit in "
			    "2025; the third Steppe Water Summit follows.\n");
	EXPECT_INT(ntype(r, ENT_INITIATIVE), 1);
	const struct entity *e = r->e.n ? &r->e.v[0] : NULL;
	for (int i = 0; i < r->e.n; i++)
		if (r->e.v[i].type == ENT_INITIATIVE)
			e = &r->e.v[i];
	EXPECT(e && e->nmentions == 3);
	EXPECT(e && (has_alias(e, "Steppe Water Summit") || str_eq(e->name, S("Steppe Water Summit"))));
	done(r);
}

TEST(resolve_prefixless_and_acronym)
{
	struct run *r = res("They tap the Kazakhstan-Uzbekistan Green Energy Roundtable. The Green Energy Roundtable "
			    "met. The Steppe Water Partnership Council (SWPC) met, and SWPC grew.\n");
	const struct entity *g = ent(r, ENT_ORG, "Kazakhstan-Uzbekistan Green Energy Roundtable");
	EXPECT(g && g->nmentions == 2 && has_alias(g, "Green Energy Roundtable"));
	const struct entity *s = ent(r, ENT_ORG, "Steppe Water Partnership Council");
	EXPECT(s && s->nmentions == 3 && has_alias(s, "SWPC"));
	done(r);
}

TEST(resolve_bare_head_joins_nearest)
{
	struct run *r = res("They note the Aral Digital Initiative and the Steppe Treaty on Rivers. They act within "
			    "the framework of the Treaty and of the Initiative.\n");
	const struct entity *t = ent(r, ENT_INITIATIVE, "Steppe Treaty on Rivers");
	EXPECT(t && t->nmentions == 2 && has_alias(t, "Treaty"));
	const struct entity *i = ent(r, ENT_INITIATIVE, "Aral Digital Initiative");
	EXPECT(i && i->nmentions == 2 && has_alias(i, "Initiative"));
	done(r);
}

TEST(resolve_bare_head_without_antecedent_is_dropped)
{
	struct run *r = res("They thank the Secretariat.\n");
	EXPECT_INT(ntype(r, ENT_ORG), 0);
	done(r);
}

TEST(resolve_resolutions_by_code_and_title)
{
	struct run *r = res("They recall General Assembly resolution 72/283, and Resolution 72/283 again, and the "
			    "resolution on \"Mountain Peoples and Their Valleys\".\n");
	EXPECT_INT(ntype(r, ENT_RESOLUTION), 2);
	for (int i = 0; i < r->e.n; i++) {
		const struct entity *e = &r->e.v[i];
		if (e->type != ENT_RESOLUTION)
			continue;
		if (e->code.len)
			EXPECT(str_eq(e->code, S("72/283")) && e->nmentions == 2);
		else
			EXPECT(str_eq(e->name, S("Mountain Peoples and Their Valleys")));
	}
	done(r);
}

TEST(resolve_doc_date_from_resolve_dates)
{
	struct run *r = res("Astana, June 17, 2025\n");
	EXPECT(r->e.doc_date.y == 0 || r->e.doc_date.y == 2025);
	done(r);
}

TEST(resolve_every_mention_has_its_entity)
{
	struct run *r = res("President Zhou Kangli of the Republic of Kazakhstan opened the Steppe Water Council.\n");
	for (int i = 0; i < r->m.n; i++) {
		const struct mention *m = &r->m.v[i];
		if (m->type == M_DATE || m->type == M_PART_OF_DAY || m->type == M_RELDATE)
			continue;
		EXPECT(m->entity >= 0 && m->entity < r->e.n);
	}
	done(r);
}

TEST(resolve_bare_head_any_spelling)
{
	struct run *r = res("The Steppe Cooperation Organisation met. The Organization grew.\n");
	const struct entity *o = ent(r, ENT_ORG, "Steppe Cooperation Organisation");
	EXPECT(o && o->nmentions == 2 && has_alias(o, "Organization"));
	done(r);
}
