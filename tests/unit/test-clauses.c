/* test-clauses.c: the clause extractor's rules on sentences made up for the purpose */
#include "test.h"
#include "base/arena.h"
#include "extract/clause.h"
#include "doc/doc.h"
#include "kb/kb.h"

static enum modality mod(Arena *a, const char *z)
{
	return clause_modality(a, str_c(z), NULL);
}

TEST(clauses_modality_classes)
{
	Arena a;
	arena_init(&a, 1 << 16);
	EXPECT_INT(mod(&a, "The sides will jointly build a new logistics hub by 2030."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "The member states shall exchange information on a regular basis."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "The leaders agreed to hold the next meeting in Tashkent."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "The ministers decided to set up a working group on water."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "We are determined to eradicate hunger."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "The participants remain committed to an open world economy."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "The two sides are ready to expand flights between their capitals."), MOD_WILLING);
	EXPECT_INT(mod(&a, "The parties stand ready to assist in the reconstruction effort."), MOD_WILLING);
	EXPECT_INT(mod(&a, "We intend to review progress at our next meeting."), MOD_WILLING);
	EXPECT_INT(mod(&a, "The leaders are prepared to consider new proposals."), MOD_WILLING);
	EXPECT_INT(mod(&a, "We endorse the action plan on digital public infrastructure."), MOD_SUPPORT);
	EXPECT_INT(mod(&a, "The sides strongly condemn all acts of piracy."), MOD_SUPPORT);
	EXPECT_INT(mod(&a, "The ministers oppose unilateral sanctions."), MOD_SUPPORT);
	EXPECT_INT(mod(&a, "We call on all states to ratify the convention."), MOD_CALL);
	EXPECT_INT(mod(&a, "The parties call for an immediate ceasefire."), MOD_CALL);
	EXPECT_INT(mod(&a, "We urge donors to honour their pledges."), MOD_CALL);
	EXPECT_INT(mod(&a, "The leaders invite the private sector to take part."), MOD_CALL);
	EXPECT_INT(mod(&a, "We reiterate our support for a two-state solution."), MOD_REAFFIRM);
	EXPECT_INT(mod(&a, "The member states reaffirm the principle of consensus."), MOD_REAFFIRM);
	EXPECT_INT(mod(&a, "The sides welcome the opening of a consulate in Osh."), MOD_WELCOME);
	EXPECT_INT(mod(&a, "We are pleased with the results of the expo."), MOD_WELCOME);
	EXPECT_INT(mod(&a, "The parties speak highly of the work of the business council."), MOD_APPRECIATE);
	EXPECT_INT(mod(&a, "We commend Brazil for its presidency."), MOD_APPRECIATE);
	EXPECT_INT(mod(&a, "The leaders express their gratitude to the host country."), MOD_APPRECIATE);
	EXPECT_INT(mod(&a, "The leaders highly appreciate the hospitality of the hosts."), MOD_APPRECIATE);
	EXPECT_INT(mod(&a, "We note the growing role of emerging markets."), MOD_NOTE);
	EXPECT_INT(mod(&a, "The parties take note of the report of the panel."), MOD_NOTE);
	EXPECT_INT(mod(&a, "The sides stress that dialogue is the only way forward."), MOD_NOTE);
	EXPECT_INT(mod(&a, "We recognize the value of regional trade agreements."), MOD_NOTE);
	EXPECT_INT(mod(&a, "The leaders met in Samarkand and discussed regional issues."), MOD_NOTE);
	EXPECT_INT(mod(&a, "The new bridge is of great importance for the region."), MOD_NOTE);
	EXPECT_INT(mod(&a, "The sides express concern over rising food prices."), MOD_NOTE);
	EXPECT_INT(mod(&a, "It is important that we strengthen the reserve arrangement."), MOD_NOTE);
	EXPECT_INT(mod(&a, "We look forward to the next summit in Brasilia."), MOD_WELCOME);
	EXPECT_INT(mod(&a, "We task our finance ministers to report on the options by the next summit."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "We recognise the central role of the multilateral trading system."), MOD_NOTE);
	EXPECT_INT(mod(&a, "We further reaffirm our resolve to end all forms of malnutrition."), MOD_REAFFIRM);
	EXPECT_INT(mod(&a, "We endeavour to reach agreement before the end of the year."), MOD_WILLING);
	EXPECT_INT(mod(&a, "We reject the use of unilateral coercive measures."), MOD_SUPPORT);
	arena_release(&a);
}

TEST(clauses_modality_adverbs_fronted_coordination_negation)
{
	Arena a;
	arena_init(&a, 1 << 16);
	/* adverbs before the verb */
	EXPECT_INT(mod(&a, "The sides firmly support each other's efforts."), MOD_SUPPORT);
	EXPECT_INT(mod(&a, "The ministers unanimously believe that reform is overdue."), MOD_NOTE);
	/* fronted adverbials, with nouns that look like verbs inside them */
	EXPECT_INT(mod(&a, "With the support of the host, the parties will open a joint centre."), MOD_COMMIT);
	EXPECT_INT(mod(&a, "In view of the call for action, we welcome the new fund."), MOD_WELCOME);
	EXPECT_INT(mod(&a, "Therefore, the sides call on creditors to show flexibility."), MOD_CALL);
	EXPECT_INT(mod(&a, "Guided by the spirit of the charter, the leaders reaffirm their unity."), MOD_REAFFIRM);
	EXPECT_INT(mod(&a, "Recognizing the risks, the ministers are ready to act."), MOD_WILLING);
	/* coordinated verbs: the first decides */
	EXPECT_INT(mod(&a, "We recognize the challenge, reaffirm our resolve and commit to act."), MOD_NOTE);
	EXPECT_INT(mod(&a, "The parties reaffirm that they will hold regular consultations."), MOD_REAFFIRM);
	/* a first clause with another subject: its copula decides */
	EXPECT_INT(mod(&a, "The new port is vital for the region, and the parties welcome its opening."), MOD_NOTE);
	/* negation keeps the class and is marked */
	bool neg = false;
	EXPECT_INT(clause_modality(&a, S("The sides do not support the proposed tariffs."), &neg), MOD_SUPPORT);
	EXPECT(neg);
	neg = false;
	EXPECT_INT(clause_modality(&a, S("We will not allow our territory to be used against others."), &neg), MOD_COMMIT);
	EXPECT(neg);
	/* "political will" is a noun */
	EXPECT_INT(mod(&a, "Noting the political will of all members, the parties welcome the plan."), MOD_WELCOME);
	arena_release(&a);
}

TEST(clauses_subjects)
{
	Arena a;
	arena_init(&a, 1 << 16);
	EXPECT_INT(clause_scope(&a, S("The parties will meet again.")), SCOPE_ALL);
	EXPECT_INT(clause_scope(&a, S("All sides agree to keep the channel open.")), SCOPE_ALL);
	EXPECT_INT(clause_scope(&a, S("The two countries will deepen cooperation.")), SCOPE_ALL);
	EXPECT_INT(clause_scope(&a, S("We welcome the report.")), SCOPE_ALL);
	EXPECT_INT(clause_scope(&a, S("The Heads of State note the progress made.")), SCOPE_ALL);
	EXPECT_INT(clause_scope(&a, S("The member states support the plan.")), SCOPE_ALL);
	EXPECT_INT(clause_scope(&a, S("Interested parties will continue consultations.")), SCOPE_UNSPECIFIED);
	EXPECT_INT(clause_scope(&a, S("Some parties are willing to share data.")), SCOPE_UNSPECIFIED);
	EXPECT_INT(clause_scope(&a, S("The parties concerned will report back.")), SCOPE_UNSPECIFIED);
	/* a generic word inside a prepositional phrase is not the subject */
	EXPECT_INT(clause_scope(&a, S("The spirit should be a foundation for member states to build on.")), 0);
	EXPECT_INT(clause_scope(&a, S("The railway is important to the parties.")), 0);
	arena_release(&a);
}

TEST(clauses_commitment)
{
	Arena a;
	arena_init(&a, 1 << 16);
	/* future action of their own */
	EXPECT(clause_commitment(&a, S("The sides will build two new border crossings.")));
	EXPECT(clause_commitment(&a, S("We agree to double the scholarship quota.")));
	EXPECT(clause_commitment(&a, S("The parties are ready to expand direct flights.")));
	EXPECT(clause_commitment(&a, S("The members support launching a joint fund for start-ups.")));
	EXPECT(clause_commitment(&a, S("The sides support the establishment of a regional seed bank.")));
	EXPECT(clause_commitment(&a, S("The leaders reaffirm their determination to fight corruption.")));
	EXPECT(clause_commitment(&a, S("We reaffirm our commitment to working with all partners on debt.")));
	EXPECT(clause_commitment(&a, S("We reaffirm that we will keep markets open.")));
	EXPECT(clause_commitment(&a, S("We task our sherpas to prepare a roadmap.")));
	/* a note sentence that goes on to a pledge */
	EXPECT(clause_commitment(&a, S("The parties note the role of small firms, and are willing to ease their access to credit.")));
	EXPECT(clause_commitment(&a, S("The sides welcome the new corridor. They will coordinate tariffs along it.")));
	EXPECT(clause_commitment(&a, S("The parties support the plan of the host, and jointly develop training courses.")));
	/* not a commitment */
	EXPECT(!clause_commitment(&a, S("The sides welcome the opening of a consulate in Osh.")));
	EXPECT(!clause_commitment(&a, S("We commend Brazil for its presidency.")));
	EXPECT(!clause_commitment(&a, S("The parties note the need to reduce emissions.")));
	EXPECT(!clause_commitment(&a, S("The leaders strongly condemn the attack.")));
	EXPECT(!clause_commitment(&a, S("The sides support each other in defending their sovereignty and territorial integrity.")));
	EXPECT(!clause_commitment(&a, S("We reaffirm our commitment to the principles of the charter.")));
	EXPECT(!clause_commitment(&a, S("We call on the international community to step up aid.")));
	EXPECT(!clause_commitment(&a, S("The leaders met in Astana and reviewed the progress of cooperation.")));
	EXPECT(!clause_commitment(&a, S("We welcome the proposal of the host to set up a fund and expand its capital.")));
	EXPECT(!clause_commitment(&a, S("The new fund will serve the region well.")));
	EXPECT(!clause_commitment(&a, S("The sides welcome the summit, which will promote trade.")));
	arena_release(&a);
}

TEST(clauses_areas)
{
	Arena a;
	arena_init(&a, 1 << 16);
	uint32_t x = clause_areas(&a, S("The sides will build a gas pipeline and a solar plant."));
	EXPECT(x & (1u << AREA_ENERGY));
	EXPECT(!(x & (1u << AREA_SECURITY)));
	x = clause_areas(&a, S("We will step up the fight against terrorism, drug trafficking and cybercrime."));
	EXPECT_INT(x, 1u << AREA_SECURITY);
	x = clause_areas(&a, S("The parties will strengthen food security and irrigation."));
	EXPECT(x & (1u << AREA_AGRICULTURE));
	EXPECT(!(x & (1u << AREA_SECURITY)));
	x = clause_areas(&a, S("We welcome the General Assembly resolution on mountain ecosystems."));
	EXPECT(x & (1u << AREA_MULTILATERAL));
	EXPECT(x & (1u << AREA_ENVIRONMENT));
	x = clause_areas(&a, S("The leaders support university exchanges and youth festivals."));
	EXPECT(x & (1u << AREA_EDUCATION));
	EXPECT(x & (1u << AREA_CULTURE_PEOPLE));
	x = clause_areas(&a, S("The parties welcome the accession of a new member to the WTO and will cut tariffs."));
	EXPECT(x & (1u << AREA_TRADE));
	x = clause_areas(&a, S("The parties will help the people of Afghanistan rebuild."));
	EXPECT(x & (1u << AREA_REGIONAL));
	/* "important" is not "import" */
	x = clause_areas(&a, S("The parties note the important role of the new railway."));
	EXPECT_INT(x, 1u << AREA_TRANSPORT);
	/* no topic: the mechanism's own cooperation */
	x = clause_areas(&a, S("The parties looked back on their cooperation with satisfaction."));
	EXPECT_INT(x, 1u << AREA_MECHANISM);
	arena_release(&a);
}

TEST(clauses_sentences)
{
	Arena a;
	arena_init(&a, 1 << 16);
	Str t = S("The sides met on 5 May. They agreed on No. 7 of the plan. It ends here.");
	struct csent w, *sv;
	clause_words(&a, t, 0, t.len, &w);
	EXPECT_INT(clause_sentences(&a, &w, &sv), 3);
	arena_release(&a);
}

/* A mention of kb entity id over the first occurrence of what in text. */
static void add_mention(Arena *a, struct mentions *m, ptrdiff_t *cap, Str text, const char *what,
			enum mention_type type, int kb, unsigned flags)
{
	ptrdiff_t off = str_find(text, str_c(what));
	if (off < 0 || kb < 0)
		return;
	struct mention x = { 0 };
	x.type = type;
	x.flags = flags;
	x.off = off;
	x.len = (ptrdiff_t)strlen(what);
	x.sent = -1;
	x.kb = kb;
	x.entity = -1;
	ptrdiff_t n = m->n;
	mention_push(a, &m->v, &n, cap, x);
	m->n = (int)n;
}

TEST(clauses_actors_and_targets)
{
	Arena a;
	arena_init(&a, 1 << 16);
	const struct kb *kb = kb_default();
	Str src = S("The parties will build a new railway line.\n"
		    "The Kazakh side and the Chinese side agree to open a consulate in 2026.\n"
		    "Relevant parties will continue consultations on visas.\n"
		    "The sides welcome the festival held in May 2025 and the games planned for 2025-2027.\n");
	struct doc d;
	struct diag dg;
	EXPECT_INT(doc_read(&a, S("t.txt"), src, &d, &dg), 0);
	struct mentions m = { 0 };
	ptrdiff_t cap = 0;
	add_mention(&a, &m, &cap, d.text, "Kazakh side", M_STATE, kb_state(kb, S("KAZ")), MENTION_SIDE);
	add_mention(&a, &m, &cap, d.text, "Chinese side", M_STATE, kb_state(kb, S("CHN")), MENTION_SIDE);
	struct mention dt = { .type = M_DATE, .sent = -1, .kb = -1, .entity = -1 };
	ptrdiff_t off = str_find(d.text, S("2026"));
	dt.off = off, dt.len = 4, dt.value = (struct date){ 2026, 0, 0 };
	ptrdiff_t n = m.n;
	mention_push(&a, &m.v, &n, &cap, dt);
	dt.off = str_find(d.text, S("May 2025")), dt.len = 8, dt.value = (struct date){ 2025, 5, 0 };
	mention_push(&a, &m.v, &n, &cap, dt);
	dt.off = str_find(d.text, S("2025-2027")), dt.len = 9, dt.value = (struct date){ 2025, 0, 0 };
	dt.end = (struct date){ 2027, 0, 0 };
	mention_push(&a, &m.v, &n, &cap, dt);
	m.n = (int)n;
	struct entities e = { 0 };
	struct xctx x = { &a, &d, kb, &m, &e };
	struct extraction out = { 0 };
	out.doc.kind = DK_STATEMENT;
	out.doc.date = (struct date){ 2025, 6, 17 };
	int ids[3] = { kb_state(kb, S("CHN")), kb_state(kb, S("KAZ")), kb_state(kb, S("KGZ")) };
	out.summit.participants = codes_from_states(&a, kb, ids, 3);
	extract_clauses(&x, &out);
	EXPECT_INT(out.nclauses, 4);
	if (out.nclauses == 4 && ids[0] >= 0 && ids[1] >= 0) {
		EXPECT_INT(out.clauses[0].scope, SCOPE_ALL);
		EXPECT_INT(out.clauses[0].actors.n, 3);
		EXPECT_INT(out.clauses[1].scope, SCOPE_NAMED);
		EXPECT_INT(out.clauses[1].actors.n, 2);
		EXPECT(codes_has(out.clauses[1].actors, S("KAZ")) && codes_has(out.clauses[1].actors, S("CHN")));
		EXPECT_INT(out.clauses[1].modality, MOD_COMMIT);
		EXPECT(out.clauses[1].commitment);
		EXPECT_INT(out.clauses[1].ntargets, 1);
		EXPECT_INT(out.clauses[2].scope, SCOPE_UNSPECIFIED);
		EXPECT_INT(out.clauses[2].actors.n, 0);
		EXPECT(out.clauses[2].commitment);
		/* May 2025 is before the document's date; the range gives 2025 and 2027 */
		EXPECT_INT(out.clauses[3].ntargets, 2);
		if (out.clauses[3].ntargets == 2) {
			EXPECT_INT(out.clauses[3].targets[0].y, 2025);
			EXPECT_INT(out.clauses[3].targets[1].y, 2027);
		}
		EXPECT(!out.clauses[3].commitment);
	}
	arena_release(&a);
}

TEST(clauses_past_tense_statements)
{
	Arena a;
	arena_init(&a, 1 << 16);
	EXPECT_INT(mod(&a, "The Ministers affirmed their commitment to the rule of law."), MOD_REAFFIRM);
	EXPECT_INT(mod(&a, "The sides expressed their readiness to resume talks."), MOD_WILLING);
	EXPECT_INT(mod(&a, "The delegations exchanged views on regional issues."), MOD_NOTE);
	EXPECT(clause_commitment(&a, S("The sides agreed to set up a joint commission.")));
	EXPECT(clause_commitment(&a, S("Both sides expressed their willingness to cooperate on water.")));
	EXPECT(!clause_commitment(&a, S("The Ministers reaffirmed their support for the independence of all states.")));
	EXPECT(!clause_commitment(&a, S("The delegations discussed the situation in the region.")));
	arena_release(&a);
}

TEST(clauses_membership_and_regions)
{
	Arena a;
	arena_init(&a, 1 << 16);
	const struct kb *kb = kb_default();
	int sco = kb_find(kb, KB_ORG, S("Shanghai Cooperation Organisation"));
	int ca = kb_find(kb, KB_REGION, S("Central Asia"));
	EXPECT(sco >= 0 && ca >= 0);
	Str src = S("The member states of the Shanghai Cooperation Organisation support the holding of a youth forum.\n"
		    "Central Asian countries and the Chinese side will expand rail freight.\n"
		    "The parties welcome the new fund.\n"
		    "The Presidents of Kazakhstan and China agreed to meet in Urumqi.\n"
		    "The situation in Central Asia is calm and stable on the whole.\n");
	struct doc d;
	struct diag dg;
	EXPECT_INT(doc_read(&a, S("t.txt"), src, &d, &dg), 0);
	struct mentions m = { 0 };
	ptrdiff_t cap = 0;
	add_mention(&a, &m, &cap, d.text, "Shanghai Cooperation Organisation", M_ORG, sco, 0);
	add_mention(&a, &m, &cap, d.text, "Central Asian countries", M_PLACE, ca, MENTION_DEMONYM);
	add_mention(&a, &m, &cap, d.text, "Chinese side", M_STATE, kb_state(kb, S("CHN")), MENTION_SIDE);
	add_mention(&a, &m, &cap, d.text, "Kazakhstan", M_STATE, kb_state(kb, S("KAZ")), 0);
	add_mention(&a, &m, &cap, d.text, "China agreed", M_STATE, kb_state(kb, S("CHN")), 0);
	if (m.n)
		m.v[m.n - 1].len = 5; /* "China" before "agreed" */
	ptrdiff_t place = str_find(d.text, S("in Central Asia is"));
	if (place >= 0 && ca >= 0) {
		struct mention r = { .type = M_PLACE, .off = place + 3, .len = 12, .sent = -1, .kb = ca, .entity = -1 };
		ptrdiff_t nm = m.n;
		mention_push(&a, &m.v, &nm, &cap, r);
		m.n = (int)nm;
	}
	struct entities e = { 0 };
	struct xctx x = { &a, &d, kb, &m, &e };
	struct extraction out = { 0 };
	out.doc.kind = DK_DECLARATION;
	out.doc.date = (struct date){ 2025, 6, 17 };
	const char *codes[] = { "CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB" };
	int ids[6];
	for (int i = 0; i < 6; i++)
		ids[i] = kb_state(kb, str_c(codes[i]));
	out.summit.participants = codes_from_states(&a, kb, ids, 6);
	extract_clauses(&x, &out);
	EXPECT_INT(out.nclauses, 5);
	if (out.nclauses == 5) {
		/* a region as a place, after a preposition, binds nobody: the default, all */
		EXPECT_INT(out.clauses[4].scope, SCOPE_ALL);
		EXPECT_INT(out.clauses[4].actors.n, 6);
		EXPECT_INT(out.clauses[4].modality, MOD_NOTE);
	}
	if (out.nclauses == 5) {
		/* the leaders of two of the six: named */
		EXPECT_INT(out.clauses[3].scope, SCOPE_NAMED);
		EXPECT_INT(out.clauses[3].actors.n, 2);
	}
	if (out.nclauses == 5 && sco >= 0) {
		/* Turkmenistan is not an SCO member: a strict subset, named */
		EXPECT_INT(out.clauses[0].scope, SCOPE_NAMED);
		EXPECT(!codes_has(out.clauses[0].actors, S("TKM")));
		EXPECT(codes_has(out.clauses[0].actors, S("CHN")));
	}
	if (out.nclauses == 5 && ca >= 0) {
		/* the region's five and China: every signatory */
		EXPECT_INT(out.clauses[1].scope, SCOPE_ALL);
		EXPECT_INT(out.clauses[1].actors.n, 6);
	}
	if (out.nclauses == 5)
		EXPECT_INT(out.clauses[2].actors.n, 6);
	arena_release(&a);
}
