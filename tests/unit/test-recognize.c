/* test-recognize.c: the recognize stage: kb names and nesting, demonyms,
 * sides, codes, persons by title and apposition, bodies and initiatives by
 * head noun, quoted titles, resolutions, places, names the document teaches
 *
 * Sentences are made up for the rules; names the kb cannot know (invented
 * bodies and persons) test the rules for unknown things. */
#include "test.h"
#include "recognize/recognize.h"

#include <stdlib.h>

struct run {
	Arena a;
	struct doc doc;
	struct mentions m;
};

static struct run *rec(const char *text)
{
	struct run *r = calloc(1, sizeof *r);
	arena_init(&r->a, 1 << 16);
	struct diag d;
	diag_clear(&d);
	if (doc_read(&r->a, S("t.txt"), str_c(text), &r->doc, &d))
		return r;
	recognize(&r->a, &r->doc, kb_default(), &r->m);
	return r;
}

static void done(struct run *r)
{
	arena_release(&r->a);
	free(r);
}

/* Mentions of type t (0: any) whose text is exactly s. */
static int count(const struct run *r, enum mention_type t, const char *s)
{
	int n = 0;
	for (int i = 0; i < r->m.n; i++) {
		const struct mention *m = &r->m.v[i];
		if ((t && m->type != t) || !str_eq((Str){ r->doc.text.s + m->off, m->len }, str_c(s)))
			continue;
		n++;
	}
	return n;
}

/* Mentions of type t naming kb entity with canonical name s. */
static int count_kb(const struct run *r, enum mention_type t, const char *s)
{
	int n = 0;
	for (int i = 0; i < r->m.n; i++) {
		const struct mention *m = &r->m.v[i];
		const struct kb_entity *e = m->kb >= 0 ? kb_get(kb_default(), m->kb) : NULL;
		if (m->type == t && e && str_eq(e->name, str_c(s)))
			n++;
	}
	return n;
}

static const struct mention *find(const struct run *r, enum mention_type t, const char *s)
{
	for (int i = 0; i < r->m.n; i++) {
		const struct mention *m = &r->m.v[i];
		if (m->type == t && str_eq((Str){ r->doc.text.s + m->off, m->len }, str_c(s)))
			return m;
	}
	return NULL;
}

TEST(recognize_sorted_and_nested)
{
	struct run *r = rec("The Kazakhstan-Uzbekistan Water Council met in Tashkent.\n");
	for (int i = 1; i < r->m.n; i++)
		EXPECT(r->m.v[i].off >= r->m.v[i - 1].off);
	EXPECT_INT(count(r, M_ORG, "Kazakhstan-Uzbekistan Water Council"), 1);
	const struct mention *k = find(r, M_STATE, "Kazakhstan");
	EXPECT(k && (k->flags & MENTION_NESTED));
	EXPECT_INT(count(r, M_STATE, "Uzbekistan"), 1);
	done(r);
}

TEST(recognize_case_demonym_side_language)
{
	struct run *r = rec("The Kazakh side backs Kazakh and Chinese language courses, and china ware is sold in Almaty.\n");
	const struct mention *s = find(r, M_STATE, "Kazakh side");
	EXPECT(s && (s->flags & MENTION_SIDE));
	EXPECT_INT(count_kb(r, M_STATE, "Kazakhstan"), 2);
	EXPECT_INT(count_kb(r, M_STATE, "China"), 0); /* a language; a common word */
	done(r);
}

TEST(recognize_codes_only_in_lists)
{
	struct run *r = rec("Participants: KAZ, UZB, TJK\n\nThe plan AND the budget were adopted.\n");
	EXPECT_INT(count(r, M_STATE, "KAZ"), 1);
	EXPECT_INT(count(r, M_STATE, "TJK"), 1);
	EXPECT_INT(count(r, M_STATE, "AND"), 0);
	done(r);
}

TEST(recognize_currency_is_not_a_state)
{
	struct run *r = rec("Trade reached US$44 billion.\n");
	EXPECT_INT(count(r, M_STATE, "US"), 0);
	done(r);
}

TEST(recognize_persons_after_titles)
{
	struct run *r = rec("Deputy Prime Minister and Foreign Minister Arman Tulegenov met Ambassador Zhou Kangli and "
			    "Foreign Policy Advisor Berikbol. The Mayor of Almaty, Sarsenbayev, opened the fair.\n");
	EXPECT_INT(count(r, M_PERSON, "Arman Tulegenov"), 1);
	EXPECT_INT(count(r, M_PERSON, "Zhou Kangli"), 1);
	EXPECT_INT(count(r, M_PERSON, "Berikbol"), 1);
	EXPECT_INT(count(r, M_PERSON, "Sarsenbayev"), 1);
	EXPECT_INT(count(r, M_PERSON, "Prime Minister"), 0);
	done(r);
}

TEST(recognize_persons_by_apposition_and_doubled)
{
	struct run *r = rec("The forum was opened by Dana Ormanova Dana Ormanova, Deputy Minister of Energy, "
			    "and by Lin Haoran, the Director of the Planning Office.\n");
	const struct mention *d = find(r, M_PERSON, "Dana Ormanova Dana Ormanova");
	EXPECT(d && str_eq(d->name, S("Dana Ormanova")));
	EXPECT_INT(count(r, M_PERSON, "Lin Haoran"), 1);
	done(r);
}

TEST(recognize_surname_after_full_name)
{
	struct run *r = rec("Minister Arman Tulegenov spoke. Later Tulegenov left.\n");
	const struct mention *m = find(r, M_PERSON, "Tulegenov");
	EXPECT(m && (m->flags & MENTION_SURNAME));
	done(r);
}

TEST(recognize_bodies_by_head)
{
	struct run *r = rec("The parties support the Steppe Digital Trade Roundtable and E-road Cooperation Dialogue "
			    "Mechanism, the Office of the Steppe Water Commission and the Secretariat of the Aral "
			    "Basin Council.\n");
	EXPECT_INT(count(r, M_ORG, "Steppe Digital Trade Roundtable"), 1);
	EXPECT_INT(count(r, M_ORG, "E-road Cooperation Dialogue Mechanism"), 1);
	EXPECT_INT(count(r, M_ORG, "Office of the Steppe Water Commission"), 1);
	EXPECT_INT(count(r, M_ORG, "Steppe Water Commission"), 1);
	EXPECT_INT(count(r, M_ORG, "Secretariat of the Aral Basin Council"), 1);
	EXPECT_INT(count(r, M_ORG, "Aral Basin Council"), 1);
	done(r);
}

TEST(recognize_initiatives_ordinals_and_instruments)
{
	struct run *r = rec("They welcome the Third Aral Sea Ecology Conference, the 2027 Steppe Horse Games and the "
			    "Treaty on Water, Soil and Air between Nations.\n");
	const struct mention *m = find(r, M_INITIATIVE, "Third Aral Sea Ecology Conference");
	EXPECT(m && str_eq(m->alt, S("Aral Sea Ecology Conference")));
	m = find(r, M_INITIATIVE, "2027 Steppe Horse Games");
	EXPECT(m && str_eq(m->alt, S("Steppe Horse Games")));
	EXPECT_INT(count(r, M_INITIATIVE, "Treaty on Water, Soil and Air between Nations"), 1);
	done(r);
}

TEST(recognize_forum_event_or_body)
{
	struct run *r = rec("They praise the first Steppe Dialogue Forum held in Almaty. The Steppe Industry "
			    "Cooperation Forum plays a role.\n");
	EXPECT_INT(count(r, M_INITIATIVE, "first Steppe Dialogue Forum"), 1);
	EXPECT_INT(count(r, M_ORG, "Steppe Industry Cooperation Forum"), 1);
	done(r);
}

TEST(recognize_event_place_not_in_name)
{
	struct run *r = rec("They welcome the Steppe Peace Forum in Ashgabat and the Steppe Relief Mission in "
			    "Afghanistan.\n");
	EXPECT_INT(count(r, M_INITIATIVE, "Steppe Peace Forum"), 1);
	EXPECT_INT(count(r, M_ORG, "Steppe Relief Mission in Afghanistan"), 1);
	done(r);
}

TEST(recognize_bare_head_refers)
{
	struct run *r = rec("The parties support the Aral Digital Initiative. They take note of the Initiative.\n");
	const struct mention *m = find(r, M_INITIATIVE, "Initiative");
	EXPECT(m && (m->flags & MENTION_REF));
	done(r);
}

TEST(recognize_lower_case_heads)
{
	struct run *r = rec("The UN-led Astana process, the Kazakhstan-Uzbekistan mechanism and the "
			    "Kazakhstan-Kyrgyzstan-Uzbekistan railway advance.\n");
	EXPECT_INT(count(r, M_INITIATIVE, "Astana process"), 1);
	EXPECT_INT(count(r, M_ORG, "Kazakhstan-Uzbekistan mechanism"), 1);
	EXPECT_INT(count(r, M_INITIATIVE, "Kazakhstan-Kyrgyzstan-Uzbekistan railway"), 1);
	done(r);
}

TEST(recognize_quoted_titles)
{
	struct run *r = rec("They deepen cooperation on \"Clean Rivers, Green Valleys and Shared Water\". The "
			    "Conference on \"Water for All Peoples Goals\" met. He gave a speech entitled "
			    "\"Building Our Common Home\".\n");
	EXPECT_INT(count(r, M_INITIATIVE, "Clean Rivers, Green Valleys and Shared Water"), 1);
	EXPECT_INT(count(r, 0, "Water for All Peoples Goals"), 0);
	EXPECT_INT(count(r, 0, "Building Our Common Home"), 0);
	done(r);
}

TEST(recognize_resolutions_by_number_and_title)
{
	struct run *r = rec("They recall General Assembly resolution 72/283 and A/RES/78/266. They welcome the "
			    "resolution initiated by Kyrgyzstan on \"Mountain Peoples and Their Valleys\" and the "
			    "\"Steppe Herders Day\" resolution, and resolutions on \"Alpha Beta Gamma\" and the "
			    "\"Delta Epsilon Zeta\".\n");
	const struct mention *m = find(r, M_RESOLUTION, "General Assembly resolution 72/283");
	EXPECT(m && str_eq(m->code, S("72/283")));
	m = find(r, M_RESOLUTION, "A/RES/78/266");
	EXPECT(m && str_eq(m->code, S("78/266")));
	EXPECT_INT(count(r, M_RESOLUTION, "Mountain Peoples and Their Valleys"), 1);
	EXPECT_INT(count(r, M_RESOLUTION, "Steppe Herders Day"), 1);
	EXPECT_INT(count(r, M_RESOLUTION, "Alpha Beta Gamma"), 1);
	EXPECT_INT(count(r, M_RESOLUTION, "Delta Epsilon Zeta"), 1);
	done(r);
}

TEST(recognize_title_adopted_by_numbered_resolution)
{
	struct run *r = rec("They note the initiative on \"Peace and Water for the Steppe\" adopted by UN General "
			    "Assembly Resolution 75/101.\n");
	const struct mention *m = find(r, M_RESOLUTION, "Peace and Water for the Steppe");
	EXPECT(m && str_eq(m->code, S("75/101")));
	done(r);
}

TEST(recognize_places_by_pattern)
{
	struct run *r = rec("They hail the Kolbaso-Tormen and Ustrad-Bel Hama railway lines and the dry port at the "
			    "Tormen railway station. Talks were held in Ozerkino, and the Zhanter International "
			    "Seaport grew.\n");
	EXPECT_INT(count(r, M_PLACE, "Kolbaso"), 1);
	EXPECT_INT(count(r, M_PLACE, "Tormen"), 2);
	EXPECT_INT(count(r, M_PLACE, "Bel Hama"), 1);
	EXPECT_INT(count(r, M_PLACE, "Ozerkino"), 1);
	EXPECT_INT(count(r, M_PLACE, "Zhanter International Seaport"), 1);
	EXPECT_INT(count(r, M_PLACE, "Zhanter"), 1);
	done(r);
}

TEST(recognize_in_x_needs_a_phrase_end)
{
	struct run *r = rec("We end interference in Ruritanian affairs.\n");
	EXPECT_INT(count(r, M_PLACE, "Ruritanian"), 0);
	done(r);
}

TEST(recognize_acronym_defined_and_reused)
{
	struct run *r = rec("The Steppe Water Partnership Council (SWPC) met. SWPC members agreed, and the Great "
			    "Herders Party said the GHP agrees.\n");
	EXPECT_INT(count(r, M_ORG, "SWPC"), 2);
	const struct mention *m = find(r, M_ORG, "GHP");
	EXPECT(m && m->ref_len > 0);
	done(r);
}

TEST(recognize_name_particles_and_kb_modifiers)
{
	struct run *r = rec("They adopted the Rio de Janeiro Leaders' Declaration and met at the Kazakhstan Steppe "
			    "Business Forum.\n");
	EXPECT_INT(count(r, M_INITIATIVE, "Rio de Janeiro Leaders' Declaration"), 1);
	EXPECT_INT(count(r, M_ORG, "Kazakhstan Steppe Business Forum"), 1);
	done(r);
}

TEST(recognize_middle_initial_and_office_words)
{
	struct run *r = rec("President Dwight D. Eisenhower spoke; the President of the Senate, Ormanov, replied.\n");
	EXPECT_INT(count(r, M_PERSON, "Dwight D. Eisenhower"), 1);
	EXPECT_INT(count(r, M_PERSON, "Senate"), 0);
	EXPECT_INT(count(r, M_PERSON, "Ormanov"), 1);
	done(r);
}

TEST(recognize_no_body_in_heading_markup)
{
	struct run *r = rec("=== Multilateral Meetings ===\n");
	EXPECT_INT(count(r, M_ORG, "Multilateral Meetings"), 0);
	done(r);
}
