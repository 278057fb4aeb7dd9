/* test-pipeline.c: the whole pipeline on short documents of our own, as a
 * user of accord extract sees it */
#include "test.h"
#include "record/record.h"

static const struct clause *clause_starting(const struct rec *r, const char *prefix)
{
	for (int i = 0; i < r->x.nclauses; i++)
		if (str_starts(r->x.clauses[i].text, str_c(prefix)))
			return &r->x.clauses[i];
	return NULL;
}

TEST(pipeline_negated_predicate_binds_its_named_subject)
{
	Arena a;
	arena_init(&a, 1 << 16);
	Str src = S("Joint Statement of the Leaders of Norway, Chile and Kenya\n\n"
		    "1. We will set up a joint fund for ocean research by 2027.\n"
		    "2. Chile does not support the proposal on deep-sea mining.\n"
		    "3. Norway and Kenya will exchange experts on geothermal energy.\n\n"
		    "Jonas Gahr Store, Prime Minister of Norway\n"
		    "Gabriel Boric, President of Chile\n"
		    "William Ruto, President of Kenya\n"
		    "Oslo, 3 March 2026\n");
	struct rec r;
	struct diag d;
	EXPECT_INT(rec_extract(&a, kb_default(), S("t.txt"), src, REC_FULL, &r, &d), 0);
	const struct clause *c1 = clause_starting(&r, "We will"), *c2 = clause_starting(&r, "Chile does"),
			    *c3 = clause_starting(&r, "Norway and");
	EXPECT(c1 && c2 && c3);
	if (c1 && c2 && c3) {
		EXPECT_INT(c1->scope, SCOPE_ALL);
		EXPECT_INT(c1->actors.n, 3);
		EXPECT(c1->commitment);
		EXPECT_INT(c2->actors.n, 1);
		EXPECT(codes_has(c2->actors, S("CHL")));
		EXPECT_INT(c2->scope, SCOPE_NAMED);
		EXPECT(!c2->commitment);
		EXPECT_INT(c3->actors.n, 2);
		EXPECT(codes_has(c3->actors, S("NOR")) && codes_has(c3->actors, S("KEN")));
	}
	arena_release(&a);
}

TEST(pipeline_signing_formula_is_no_clause)
{
	Arena a;
	arena_init(&a, 1 << 16);
	Str src = S("Declaration of the Leaders of the Andean Region\n\n"
		    "The member states will hold their next meeting in Lima in 2027.\n"
		    "Done at Quito on 9 October 2026 in two originals, in the Spanish and English languages.\n");
	struct rec r;
	struct diag d;
	EXPECT_INT(rec_extract(&a, kb_default(), S("t.txt"), src, REC_FULL, &r, &d), 0);
	EXPECT_INT(r.x.nclauses, 1);
	EXPECT(clause_starting(&r, "Done at") == NULL);
	EXPECT_STR(r.x.doc.place, "Quito");
	EXPECT_INT(r.x.doc.date.y, 2026);
	EXPECT_INT(r.x.doc.date.m, 10);
	arena_release(&a);
}

TEST(pipeline_weekday_after_a_dateline_lies_before_it)
{
	Arena a;
	arena_init(&a, 1 << 16);
	/* 12 March 2026 is a Thursday: "on Tuesday" is the 10th, not the 17th */
	Str src = S("Ministers Meet in Lima\n\n"
		    "LIMA, 12 March 2026 — The foreign minister of Chile arrived in Lima on Tuesday for talks.\n");
	struct rec r;
	struct diag d;
	EXPECT_INT(rec_extract(&a, kb_default(), S("t.txt"), src, REC_FULL, &r, &d), 0);
	int found = 0;
	for (int i = 0; i < r.m.n; i++)
		if (r.m.v[i].type == M_RELDATE && str_eq((Str){ r.doc.text.s + r.m.v[i].off, r.m.v[i].len }, S("Tuesday"))) {
			found++;
			EXPECT_INT(r.m.v[i].value.d, 10);
			EXPECT_INT(r.m.v[i].value.m, 3);
		}
	EXPECT_INT(found, 1);
	arena_release(&a);
}

TEST(pipeline_headline_verb_is_no_person)
{
	Arena a;
	arena_init(&a, 1 << 16);
	Str src = S("Chilean President Meets Peruvian Counterpart in Lima\n\n"
		    "On 2 May 2026, President Gabriel Boric held talks in Lima.\n");
	struct rec r;
	struct diag d;
	EXPECT_INT(rec_extract(&a, kb_default(), S("t.txt"), src, REC_FULL, &r, &d), 0);
	for (int i = 0; i < r.e.n; i++)
		if (r.e.v[i].type == ENT_PERSON)
			EXPECT(!str_eq(r.e.v[i].name, S("Meets")));
	arena_release(&a);
}
