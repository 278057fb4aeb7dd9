/* test-events.c: event triggers, dates carried through narrative, places, agreements and their fields, on sentences of our own */
#include "test.h"
#include "extract/event-int.h"

#include <stdlib.h>

/* A document with hand-made mentions (dates, parts of day, places, states),
 * so that the extractors are tested apart from the recognizer. */
struct fx {
	Arena a;
	struct doc doc;
	struct mentions m;
	ptrdiff_t mcap, mn;
	struct entities e;
	struct extraction out;
	struct xctx x;
};

static void fx_init(struct fx *f, const char *path, const char *text)
{
	memset(f, 0, sizeof *f);
	arena_init(&f->a, 1 << 16);
	struct diag d;
	doc_read(&f->a, str_c(path), str_c(text), &f->doc, &d);
	f->m.ntokens = tok_all(&f->a, f->doc.text, &f->m.tokens);
}

static int sent_of(struct fx *f, ptrdiff_t off)
{
	for (int i = 0; i < f->doc.nnodes; i++) {
		const struct doc_node *n = &f->doc.nodes[i];
		if (n->type == DOC_SENT && off >= n->off && off < n->off + n->len)
			return i;
	}
	return -1;
}

/* Add a mention over the nth occurrence (from 0) of needle. */
static struct mention *fx_add(struct fx *f, const char *needle, int nth, enum mention_type type)
{
	Str t = f->doc.text, n = str_c(needle);
	ptrdiff_t from = 0, at = -1;
	for (int k = 0; k <= nth; k++) {
		ptrdiff_t p = str_find(str_slice(t, from, t.len - from), n);
		if (p < 0)
			return NULL;
		at = from + p;
		from = at + 1;
	}
	struct mention m = { 0 };
	m.type = type;
	m.off = at;
	m.len = n.len;
	m.sent = sent_of(f, at);
	m.kb = -1;
	m.entity = -1;
	apush(&f->a, f->m.v, f->mn, f->mcap, m);
	f->m.n = (int)f->mn;
	return &f->m.v[f->mn - 1];
}

static void fx_date(struct fx *f, const char *needle, int nth, int y, int mo, int d, int ey, int em, int ed)
{
	struct mention *m = fx_add(f, needle, nth, M_DATE);
	if (!m)
		return;
	m->value = (struct date){ (int16_t)y, (int8_t)mo, (int8_t)d };
	m->end = (struct date){ (int16_t)ey, (int8_t)em, (int8_t)ed };
}

static void fx_part(struct fx *f, const char *needle, int nth, int part)
{
	struct mention *m = fx_add(f, needle, nth, M_PART_OF_DAY);
	if (m)
		m->part = part;
}

static void fx_kb(struct fx *f, const char *needle, int nth, enum mention_type type, enum kb_type kt, const char *name)
{
	struct mention *m = fx_add(f, needle, nth, type);
	if (m)
		m->kb = kb_find(kb_default(), kt, str_c(name));
}

static int cmp_off(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;
	return x->off < y->off ? -1 : x->off > y->off;
}

static void fx_run(struct fx *f)
{
	qsort(f->m.v, (size_t)f->m.n, sizeof *f->m.v, cmp_off);
	f->x = (struct xctx){ &f->a, &f->doc, kb_default(), &f->m, &f->e };
	memset(&f->out, 0, sizeof f->out);
	extract_docinfo(&f->x, &f->out);
	extract_summit(&f->x, &f->out);
	extract_events(&f->x, &f->out);
	extract_agreements(&f->x, &f->out);
}

static bool has_state(void)
{
	return kb_find(kb_default(), KB_STATE, S("France")) >= 0;
}

static const struct event *find_event(struct fx *f, enum event_type t, int nth)
{
	for (int i = 0; i < f->out.nevents; i++)
		if (f->out.events[i].type == t && nth-- == 0)
			return &f->out.events[i];
	return NULL;
}

TEST(events_fields_split_keeps_inner_and)
{
	Arena a;
	arena_init(&a, 4096);
	Str *it;
	int n = agreement_split_fields(&a, S("cooperation in fishing, rail and road transport, and Forestry."), &it);
	EXPECT_INT(n, 3);
	if (n == 3) {
		EXPECT_STR(it[0], "fishing");
		EXPECT_STR(it[1], "rail and road transport");
		EXPECT_STR(it[2], "forestry");
	}
	/* without a comma before "and", the last "and" parts items, but not a fixed pair */
	n = agreement_split_fields(&a, S("ports, railways and roads"), &it);
	EXPECT_INT(n, 3);
	n = agreement_split_fields(&a, S("ports, science and technology"), &it);
	EXPECT_INT(n, 2);
	n = agreement_split_fields(&a, S("the joint exploration of the Caspian shelf"), &it);
	EXPECT_INT(n, 1);
	if (n == 1)
		EXPECT_STR(it[0], "joint exploration of the caspian shelf");
	arena_release(&a);
}

TEST(events_summit_script_and_keys)
{
	EXPECT_STR(summit_script_lang(S("Встреча в верхах")), "ru");
	EXPECT_STR(summit_script_lang(S("峰会")), "zh");
	EXPECT_STR(summit_script_lang(S("قمة")), "ar");
	EXPECT_STR(summit_script_lang(S("Summit")), "");
	EXPECT(!strcmp(summit_field_attr(S("Dates")), "date"));
	EXPECT(!strcmp(summit_field_attr(S("Host city")), "city"));
	EXPECT(!strcmp(summit_field_attr(S("Location")), "city"));
	EXPECT(!strcmp(summit_field_attr(S("Host")), "host"));
	EXPECT(!strcmp(summit_field_attr(S("Members")), "participants"));
	EXPECT(!strcmp(summit_field_attr(S("Chairman")), "chair"));
	EXPECT(summit_field_attr(S("Website")) == NULL);
	EXPECT_INT(event_ordinal(S("Third")), 3);
	EXPECT_INT(event_ordinal(S("17th")), 17);
	EXPECT_INT(event_ordinal(S("Trade")), 0);
	EXPECT_INT(event_number(S("twelve")), 12);
}

static const char article[] =
	"= 2031 Lakeside Summit =\n"
	"\n"
	"== Visits ==\n"
	"On March 3, 2031, the Premier of Spain arrived in Porto. The two leaders held talks at the Harbour Hall. "
	"After the talks, Portugal and Spain signed 7 intergovernmental agreements on fishing, rail and road transport, and forestry.\n"
	"\n"
	"On the evening of March 4, the guests attended a banquet. The Portuguese premier met with the Spanish mayor and inked a memorandum "
	"on port logistics.\n"
	"\n"
	"The hosts agreed that the next Lakeside Summit will be hosted in 2033.\n";

TEST(events_article_dates_carry_and_triggers)
{
	struct fx f;
	fx_init(&f, "a.txt", article);
	fx_date(&f, "March 3, 2031", 0, 2031, 3, 3, 0, 0, 0);
	fx_date(&f, "March 4", 0, 2031, 3, 4, 0, 0, 0);
	fx_date(&f, "2033", 0, 2033, 0, 0, 0, 0, 0);
	fx_part(&f, "evening", 0, POD_EVENING);
	fx_kb(&f, "Porto", 0, M_PLACE, KB_PLACE, "Porto");
	fx_kb(&f, "Portugal", 0, M_STATE, KB_STATE, "Portugal");
	fx_kb(&f, "Spain", 0, M_STATE, KB_STATE, "Spain");
	fx_kb(&f, "Spain", 1, M_STATE, KB_STATE, "Spain");
	fx_kb(&f, "Portuguese", 0, M_STATE, KB_STATE, "Portugal");
	fx_kb(&f, "Spanish", 0, M_STATE, KB_STATE, "Spain");
	fx_run(&f);
	EXPECT_INT(f.out.doc.kind, DK_ARTICLE);
	const struct event *e = find_event(&f, EV_ARRIVAL, 0);
	EXPECT(e != NULL);
	if (e) {
		EXPECT_INT(e->date.d, 3);
		EXPECT_STR(e->place, "Porto");
	}
	e = find_event(&f, EV_MEETING, 0);
	EXPECT(e != NULL);
	if (e) /* the running date of the section */
		EXPECT_INT(e->date.d, 3);
	e = find_event(&f, EV_SIGNING, 0);
	EXPECT(e != NULL && e->date.d == 3);
	e = find_event(&f, EV_RECEPTION, 0);
	EXPECT(e != NULL);
	if (e) {
		EXPECT_INT(e->date.d, 4);
		EXPECT_INT(e->part_of_day, POD_EVENING);
	}
	/* the part of day carries to the next sentences of the same day */
	e = find_event(&f, EV_MEETING, 1);
	EXPECT(e != NULL && e->part_of_day == POD_EVENING && e->date.d == 4);
	/* a future summit with its own year keeps it and no carried place */
	e = find_event(&f, EV_SUMMIT, 0);
	EXPECT(e != NULL);
	if (e) {
		EXPECT_INT(e->date.y, 2033);
		EXPECT(e->place.s == NULL);
	}
	/* agreements: counted, with fields; a memorandum counts one */
	EXPECT(f.out.nagreements >= 2);
	if (f.out.nagreements >= 2) {
		const struct agreement *g = &f.out.agreements[0];
		EXPECT_INT(g->count, 7);
		EXPECT_INT(g->nfields, 3);
		if (g->nfields == 3)
			EXPECT_STR(g->fields[1], "rail and road transport");
		g = &f.out.agreements[1];
		EXPECT_INT(g->count, 1);
		EXPECT_INT(g->nfields, 1);
		if (g->nfields == 1)
			EXPECT_STR(g->fields[0], "port logistics");
	}
	arena_release(&f.a);
}

static const char decl[] =
	"On May 2, 2030, the leaders of Freedonia and Sylvania jointly held the Third Lakeside Summit in Porto.\n"
	"The parties welcome the Ocean Forum held in Vigo on April 1, 2029, and the Lakeside Ministers' Meetings "
	"held in Braga on June 3, 2029, and in Faro on July 4, 2029.\n"
	"The parties support Sylvania in hosting the Youth Festival in August 2030 and the Fourth Lakeside Summit in 2032.\n"
	"The parties welcome the resolution adopted on the matter, and welcome the forum organized by the secretariat.\n"
	"The parties consider it necessary to sign the \"Treaty on Lake Waters\" and call on others to sign the Convention on Boats.\n"
	"The parties express gratitude to Freedonia for hosting the Third Lakeside Summit.\n"
	"Ada Brook, President of Freedonia\n"
	"Ben Stone, President of Sylvania\n"
	"Porto, May 2, 2030\n";

TEST(events_declaration_references)
{
	struct fx f;
	fx_init(&f, "d.txt", decl);
	fx_date(&f, "May 2, 2030", 0, 2030, 5, 2, 0, 0, 0);
	fx_date(&f, "April 1, 2029", 0, 2029, 4, 1, 0, 0, 0);
	fx_date(&f, "June 3, 2029", 0, 2029, 6, 3, 0, 0, 0);
	fx_date(&f, "July 4, 2029", 0, 2029, 7, 4, 0, 0, 0);
	fx_date(&f, "August 2030", 0, 2030, 8, 0, 0, 0, 0);
	fx_date(&f, "2032", 0, 2032, 0, 0, 0, 0, 0);
	fx_date(&f, "May 2, 2030", 1, 2030, 5, 2, 0, 0, 0);
	fx_kb(&f, "Porto", 0, M_PLACE, KB_PLACE, "Porto");
	fx_kb(&f, "Vigo", 0, M_PLACE, KB_PLACE, "Vigo");
	fx_kb(&f, "Braga", 0, M_PLACE, KB_PLACE, "Braga");
	fx_kb(&f, "Faro", 0, M_PLACE, KB_PLACE, "Faro");
	fx_kb(&f, "Porto", 1, M_PLACE, KB_PLACE, "Porto");
	fx_run(&f);
	EXPECT_INT(f.out.doc.kind, DK_DECLARATION);
	EXPECT_INT(f.out.doc.date.d, 2);
	EXPECT_STR(f.out.doc.place, "Porto");
	EXPECT_INT(f.out.doc.nsignatories, 2);
	if (f.out.doc.nsignatories == 2)
		EXPECT_STR(f.out.doc.signatories[1], "Ben Stone");
	EXPECT(f.out.summit.present);
	EXPECT_STR(f.out.summit.name, "Third Lakeside Summit");
	EXPECT_INT(f.out.summit.ordinal, 3);
	EXPECT_STR(f.out.summit.city, "Porto");
	/* the summit itself, the forum, two ministers' meetings, the festival and the next summit */
	EXPECT_INT(f.out.nevents, 6);
	const struct event *e = find_event(&f, EV_MEETING, 1);
	EXPECT(e != NULL);
	if (e) {
		EXPECT_STR(e->place, "Faro");
		EXPECT_INT(e->date.m, 7);
	}
	e = find_event(&f, EV_CONFERENCE, 1);
	EXPECT(e != NULL && e->date.m == 8 && e->date.d == 0);
	e = find_event(&f, EV_SUMMIT, 1);
	EXPECT(e != NULL && e->date.y == 2032);
	/* itself and the treaty to be signed, not the convention others are called to sign */
	EXPECT_INT(f.out.nagreements, 2);
	if (f.out.nagreements == 2) {
		EXPECT(f.out.agreements[0].title.s == NULL);
		EXPECT_STR(f.out.agreements[1].title, "Treaty on Lake Waters");
	}
	arena_release(&f.a);
}

TEST(events_named_instruments_split)
{
	struct fx f;
	fx_init(&f, "n.txt",
		"= Lakeside visit =\n\nOn May 5, 2030, the two presidents signed the Porto Declaration on Lakes and the Treaty on "
		"Friendship, Trade, and Fishing between Freedonia and Sylvania.\n");
	fx_date(&f, "May 5, 2030", 0, 2030, 5, 5, 0, 0, 0);
	fx_run(&f);
	EXPECT_INT(f.out.nagreements, 2);
	if (f.out.nagreements == 2) {
		EXPECT_STR(f.out.agreements[0].title, "Porto Declaration on Lakes");
		EXPECT_STR(f.out.agreements[1].title, "Treaty on Friendship, Trade, and Fishing between Freedonia and Sylvania");
	}
	EXPECT_INT(f.out.nevents, 1);
	(void)has_state;
	arena_release(&f.a);
}

TEST(events_talks_adopted_and_venues)
{
	struct fx f;
	fx_init(&f, "b.txt",
		"= XIV Lakeside Summit =\n\n"
		"On June 2, 2031, the Portuguese premier held bilateral talks with the Spanish mayor at the Harbour Hall in Porto. "
		"They signed 2 memoranda of understanding on ferries and fishing. "
		"The Portuguese and Spanish leaders adopted the Porto Declaration.\n");
	fx_date(&f, "June 2, 2031", 0, 2031, 6, 2, 0, 0, 0);
	fx_kb(&f, "Harbour Hall", 0, M_PLACE, KB_PLACE, "Harbour Hall");
	fx_kb(&f, "Porto", 0, M_PLACE, KB_PLACE, "Porto");
	fx_kb(&f, "Portuguese", 0, M_STATE, KB_STATE, "Portugal");
	fx_kb(&f, "Spanish", 0, M_STATE, KB_STATE, "Spain");
	fx_kb(&f, "Portuguese", 1, M_STATE, KB_STATE, "Portugal");
	fx_kb(&f, "Spanish", 1, M_STATE, KB_STATE, "Spain");
	fx_run(&f);
	EXPECT_INT(f.out.summit.ordinal, 14);
	const struct event *e = find_event(&f, EV_MEETING, 0);
	EXPECT(e != NULL);
	if (e) /* the venue is not the city; the city follows "in" */
		EXPECT(e->place.s == NULL || str_eq(e->place, S("Porto")));
	EXPECT(find_event(&f, EV_SIGNING, 0) != NULL);
	EXPECT_INT(f.out.nagreements, 2);
	if (f.out.nagreements == 2) {
		EXPECT_INT(f.out.agreements[0].count, 2);
		EXPECT_INT(f.out.agreements[0].nfields, 1); /* "x and y" without commas is one item */
		EXPECT_STR(f.out.agreements[1].title, "Porto Declaration");
	}
	arena_release(&f.a);
}

TEST(events_roman_and_ordinals)
{
	EXPECT_INT(event_roman(S("XV")), 15);
	EXPECT_INT(event_roman(S("XXIV")), 24);
	EXPECT_INT(event_roman(S("I")), 0);
	EXPECT_INT(event_roman(S("XI'AN")), 0);
	EXPECT_INT(event_roman(S("Mix")), 0);
}

/* A visit told without names: "the presidents", "the delegations exchanged
 * N agreements", "his guest" and a treaty named by its subject. */
TEST(events_visit_anaphora_and_exchanged)
{
	if (!has_state())
		return;
	struct fx f;
	fx_init(&f, "v.txt",
		"= Lakeside visit =\n\n"
		"The Spanish President arrived in Porto on May 1, 2031 at the invitation of the Portuguese President.\n\n"
		"On May 2, the two leaders held talks.\n\n"
		"Following the talks, the presidents signed a treaty on river fishing, and the delegations exchanged "
		"6 agreements on energy, transport and tourism.\n\n"
		"In the evening, the Portuguese President hosted a dinner in honour of his guest.\n");
	fx_date(&f, "May 1, 2031", 0, 2031, 5, 1, 0, 0, 0);
	fx_date(&f, "May 2", 0, 2031, 5, 2, 0, 0, 0);
	fx_part(&f, "evening", 0, POD_EVENING);
	fx_kb(&f, "Porto", 0, M_PLACE, KB_PLACE, "Porto");
	fx_kb(&f, "Spanish", 0, M_STATE, KB_STATE, "Spain");
	fx_kb(&f, "Portuguese", 0, M_STATE, KB_STATE, "Portugal");
	fx_kb(&f, "Portuguese", 1, M_STATE, KB_STATE, "Portugal");
	fx_run(&f);
	EXPECT_INT(f.out.doc.kind, DK_ARTICLE);
	/* "the presidents signed": the states of the meeting before, its date carried */
	const struct event *e = find_event(&f, EV_SIGNING, 0);
	EXPECT(e != NULL);
	if (e) {
		EXPECT_INT(e->date.d, 2);
		EXPECT_INT(e->participants.n, 2);
	}
	/* one treaty named by its subject, and "exchanged 6 agreements" with fields */
	EXPECT_INT(f.out.nagreements, 2);
	if (f.out.nagreements == 2) {
		const struct agreement *g = &f.out.agreements[0];
		EXPECT_STR(g->title, "treaty on river fishing");
		EXPECT_INT(g->count, 1);
		EXPECT_INT(g->nfields, 0);
		EXPECT_INT(g->kind, AK_BILATERAL);
		EXPECT_INT(g->parties.n, 2);
		g = &f.out.agreements[1];
		EXPECT(g->title.s == NULL);
		EXPECT_INT(g->count, 6);
		EXPECT_INT(g->nfields, 3);
		if (g->nfields == 3)
			EXPECT_STR(g->fields[2], "tourism");
		EXPECT_INT(g->parties.n, 2);
	}
	/* "in honour of his guest": the visitor's state too */
	e = find_event(&f, EV_RECEPTION, 0);
	EXPECT(e != NULL);
	if (e) {
		EXPECT(codes_has(e->participants, S("ESP")));
		EXPECT(codes_has(e->participants, S("PRT")));
	}
	arena_release(&f.a);
}

/* A summit that opens without the word "Summit" takes the meeting its title names. */
TEST(events_summit_named_by_title)
{
	struct fx f;
	fx_init(&f, "c.txt",
		"Declaration of the Council of Heads of State of the Lakeside Organisation\n\n"
		"The Council of Heads of State of the Lakeside Organisation held its regular meeting in Porto on May 2, 2030.\n\n"
		"The member states note the growing role of regional organisations.\n\n"
		"The member states support cooperation on water.\n\n"
		"The member states welcome the decision to hold the next meeting of the Council of Heads of State in Faro in 2031.\n");
	fx_date(&f, "May 2, 2030", 0, 2030, 5, 2, 0, 0, 0);
	fx_date(&f, "2031", 0, 2031, 0, 0, 0, 0, 0);
	fx_kb(&f, "Porto", 0, M_PLACE, KB_PLACE, "Porto");
	fx_run(&f);
	EXPECT(f.out.summit.present);
	EXPECT_STR(f.out.summit.name, "Council of Heads of State of the Lakeside Organisation");
	/* "the next meeting of the Council of Heads of State" is the next summit */
	const struct event *e = find_event(&f, EV_SUMMIT, 1);
	EXPECT(e != NULL && e->date.y == 2031);
	arena_release(&f.a);

	fx_init(&f, "g.txt",
		"Lakeside Leaders' Communiqué (draft)\n\n"
		"We, the Leaders of the Lakeside Group, met in Porto on May 2, 2030 to address common challenges.\n\n"
		"We will cooperate on water.\n");
	fx_date(&f, "May 2, 2030", 0, 2030, 5, 2, 0, 0, 0);
	fx_kb(&f, "Porto", 0, M_PLACE, KB_PLACE, "Porto");
	fx_run(&f);
	EXPECT(f.out.summit.present);
	EXPECT_STR(f.out.summit.name, "Lakeside Leaders");
	arena_release(&f.a);
}
