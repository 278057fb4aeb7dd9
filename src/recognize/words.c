/* words.c: the recognizers' word lists: head nouns of names, titles, stop words
 *
 * These are English grammar, not facts about any mechanism: a head noun says
 * what kind of thing a capitalised name is ("... Council" is a body, "...
 * Treaty" an instrument), a title says that a name follows.  Lookups are
 * ASCII case-insensitive on the token text; the callers check capitalisation.
 */
#include "recognize-int.h"

#include <string.h>

struct headword {
	const char *w;
	ptrdiff_t len;
	enum head_class cls;
	unsigned flags;
};

/* A word and its length, so that lookups need no strlen. */
#define W(lit) lit, (ptrdiff_t)sizeof(lit) - 1

static const struct headword heads[] = {
	/* bodies */
	{ W("Organization"), H_ORG, 0 }, { W("Organisation"), H_ORG, 0 }, { W("Council"), H_ORG, 0 },
	{ W("Center"), H_ORG, 0 }, { W("Centre"), H_ORG, 0 }, { W("Committee"), H_ORG, 0 },
	{ W("Commission"), H_ORG, 0 }, { W("Agency"), H_ORG, 0 }, { W("Corporation"), H_ORG, 0 },
	{ W("Company"), H_ORG, 0 }, { W("Bank"), H_ORG, 0 }, { W("Fund"), H_ORG, 0 },
	{ W("Institute"), H_ORG, 0 }, { W("Institutes"), H_ORG, 0 }, { W("Workshops"), H_ORG, 0 },
	{ W("Secretariat"), H_ORG, HF_SUBUNIT }, { W("Mechanism"), H_ORG, 0 }, { W("Group"), H_ORG, 0 },
	{ W("Roundtable"), H_ORG, 0 }, { W("Office"), H_ORG, HF_SUBUNIT }, { W("Alliance"), H_ORG, 0 },
	{ W("Partnership"), H_ORG, 0 }, { W("Platform"), H_ORG, 0 }, { W("Ministry"), H_ORG, 0 },
	{ W("Party"), H_ORG, 0 }, { W("Force"), H_ORG, 0 }, { W("Forces"), H_ORG, 0 },
	{ W("Meeting"), H_ORG, HF_EVENT }, { W("Meetings"), H_ORG, HF_EVENT }, { W("University"), H_ORG, 0 },
	{ W("Association"), H_ORG, 0 }, { W("Union"), H_ORG, 0 }, { W("Assembly"), H_ORG, 0 },
	{ W("Mission"), H_ORG, 0 }, { W("Authority"), H_ORG, 0 }, { W("Bureau"), H_ORG, 0 },
	{ W("Federation"), H_ORG, 0 }, { W("Foundation"), H_ORG, 0 }, { W("Academy"), H_ORG, 0 },
	{ W("Society"), H_ORG, 0 }, { W("Chamber"), H_ORG, 0 }, { W("Coalition"), H_ORG, 0 },
	{ W("Consortium"), H_ORG, 0 }, { W("Directorate"), H_ORG, 0 }, { W("Department"), H_ORG, 0 },
	{ W("Court"), H_ORG, 0 }, { W("Tribunal"), H_ORG, 0 }, { W("Parliament"), H_ORG, 0 },
	{ W("Network"), H_ORG, 0 }, { W("Board"), H_ORG, 0 }, { W("Commissioner"), H_ORG, 0 },
	{ W("Programme"), H_INIT, 0 }, { W("Program"), H_INIT, 0 },
	{ W("Forum"), H_FORUM, HF_EVENT },
	/* initiatives, instruments, event series */
	{ W("Initiative"), H_INIT, 0 }, { W("Initiatives"), H_INIT, 0 }, { W("Treaty"), H_INIT, HF_LEGAL },
	{ W("Agreement"), H_INIT, HF_LEGAL }, { W("Convention"), H_INIT, HF_LEGAL },
	{ W("Declaration"), H_INIT, HF_LEGAL }, { W("Charter"), H_INIT, HF_LEGAL }, { W("Pact"), H_INIT, HF_LEGAL },
	{ W("Protocol"), H_INIT, HF_LEGAL }, { W("Accord"), H_INIT, HF_LEGAL }, { W("Accords"), H_INIT, HF_LEGAL },
	{ W("Games"), H_INIT, HF_EVENT }, { W("Summit"), H_INIT, HF_EVENT }, { W("Conference"), H_INIT, HF_EVENT },
	{ W("Festival"), H_INIT, HF_EVENT }, { W("Expo"), H_INIT, HF_EVENT }, { W("Exhibition"), H_INIT, HF_EVENT },
	{ W("Olympics"), H_INIT, HF_EVENT }, { W("Process"), H_INIT, 0 }, { W("Year"), H_INIT, HF_OF | HF_NOBARE },
	{ W("Decade"), H_INIT, HF_OF | HF_NOBARE }, { W("Day"), H_INIT, HF_OF | HF_NOBARE },
	{ W("Strategy"), H_INIT, 0 }, { W("Framework"), H_INIT, 0 }, { W("Express"), H_INIT, 0 },
	{ W("Agenda"), H_INIT, 0 }, { W("Goals"), H_INIT, 0 }, { W("Dialogue"), H_INIT, HF_EVENT },
	{ W("Plan"), H_INIT, 0 }, { W("Roadmap"), H_INIT, 0 }, { W("Corridor"), H_INIT, 0 },
	/* places */
	{ W("Seaport"), H_PLACE, 0 }, { W("Port"), H_PLACE, 0 }, { W("Airport"), H_PLACE, 0 },
	{ W("Residence"), H_PLACE, 0 }, { W("Palace"), H_PLACE, HF_OF | HF_NOBARE }, { W("Square"), H_PLACE, 0 },
	{ W("Hall"), H_PLACE, 0 }, { W("Province"), H_PLACE, 0 }, { W("Oblast"), H_PLACE, 0 },
	{ W("Region"), H_PLACE, HF_NOBARE },
};

static bool same(Str w, const char *z, ptrdiff_t len)
{
	return w.len == len && ((w.s[0] ^ z[0]) & ~32) == 0 && str_eq_nocase(w, (Str){ z, len });
}

struct head recognize_head(Str w)
{
	if (w.len < 3)
		return (struct head){ H_NONE, 0 };
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (same(w, heads[i].w, heads[i].len))
			return (struct head){ heads[i].cls, heads[i].flags };
	return (struct head){ H_NONE, 0 };
}

static bool in_list(Str w, const char *const *list)
{
	if (w.len == 0)
		return false;
	for (; *list; list++) {
		const char *z = *list;
		if (((w.s[0] ^ z[0]) & ~32) != 0)
			continue;
		if (str_eq_nocase(w, str_c(z)))
			return true;
	}
	return false;
}

bool recognize_title_word(Str w)
{
	static const char *const l[] = { "President", "Minister", "Secretary", "General", "Ambassador",
					 "Chairman", "Chairwoman", "Chairperson", "Director", "Advisor",
					 "Adviser", "Äkim", "Akim", "Hokim", "Mayor", "Governor", "Premier",
					 "Chancellor", "Councilor", "Councillor", "Envoy", "Representative",
					 "Speaker", "Senator", "King", "Queen", "Emir", "Sultan", "Prince",
					 "Sheikh", "Vice-President", "Aide", "Spokesperson", "Spokesman",
					 "Commissioner", "Director-General", "Secretary-General", NULL };
	return in_list(w, l);
}

bool recognize_honorific(Str w)
{
	static const char *const l[] = { "Mr", "Mrs", "Ms", "Dr", "Madam", "Sir", "Excellency", "Professor", "Prof",
					 "Pope", "Judge", "Justice", NULL };
	return in_list(w, l);
}

bool recognize_stop_cap(Str w)
{
	static const char *const l[] = {
		"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "Our", "His", "Her",
		"In", "On", "At", "For", "With", "By", "From", "To", "As", "And", "But", "Or", "Both",
		"All", "Each", "Every", "Other", "Such", "Further", "Furthermore", "Moreover", "Therefore",
		"Thus", "However", "Besides", "Subsequent", "After", "Before", "During", "Under", "Over",
		"Since", "Against", "Between", "Among", "Within", "Of", "It", "They", "We", "He", "She",
		"I", "You", "There", "Here", "When", "While", "Where", "If", "Also", "Relevant", "Heads",
		"Head", "Ladies", "Gentlemen", "Excellencies", "Today", "Yesterday", "Tomorrow",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"Phone", "Mobile", "Infobox", "See", NULL };
	return in_list(w, l) || recognize_month(w);
}

bool recognize_month(Str w)
{
	static const char *const l[] = { "January", "February", "March", "April", "May", "June", "July",
					 "August", "September", "October", "November", "December",
					 "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
					 "Oct", "Nov", "Dec", NULL };
	return in_list(w, l);
}

bool recognize_ordinal(Str w)
{
	static const char *const l[] = { "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
					 "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", NULL };
	if (in_list(w, l))
		return true;
	/* "1st", "43rd", "29th" */
	ptrdiff_t i = 0;
	while (i < w.len && w.s[i] >= '0' && w.s[i] <= '9')
		i++;
	if (i == 0 || w.len - i != 2)
		return false;
	Str suf = { w.s + i, 2 };
	return str_eq_nocase(suf, S("st")) || str_eq_nocase(suf, S("nd")) || str_eq_nocase(suf, S("rd")) ||
	       str_eq_nocase(suf, S("th"));
}

bool recognize_connector(Str w)
{
	static const char *const l[] = { "of", "for", "on", "in", "to", "among", "between", "against", NULL };
	return in_list(w, l);
}

bool recognize_article(Str w)
{
	return str_eq_nocase(w, S("the")) || str_eq_nocase(w, S("a")) || str_eq_nocase(w, S("an"));
}
