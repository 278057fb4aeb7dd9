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
	enum head_class cls;
	unsigned flags;
};

static const struct headword heads[] = {
	/* bodies */
	{ "Organization", H_ORG, 0 }, { "Organisation", H_ORG, 0 }, { "Council", H_ORG, 0 },
	{ "Center", H_ORG, 0 }, { "Centre", H_ORG, 0 }, { "Committee", H_ORG, 0 },
	{ "Commission", H_ORG, 0 }, { "Agency", H_ORG, 0 }, { "Corporation", H_ORG, 0 },
	{ "Company", H_ORG, 0 }, { "Bank", H_ORG, 0 }, { "Fund", H_ORG, 0 },
	{ "Institute", H_ORG, 0 }, { "Institutes", H_ORG, 0 }, { "Workshops", H_ORG, 0 },
	{ "Secretariat", H_ORG, HF_SUBUNIT }, { "Mechanism", H_ORG, 0 }, { "Group", H_ORG, 0 },
	{ "Roundtable", H_ORG, 0 }, { "Office", H_ORG, HF_SUBUNIT }, { "Alliance", H_ORG, 0 },
	{ "Partnership", H_ORG, 0 }, { "Platform", H_ORG, 0 }, { "Ministry", H_ORG, 0 },
	{ "Party", H_ORG, 0 }, { "Force", H_ORG, 0 }, { "Forces", H_ORG, 0 },
	{ "Meeting", H_ORG, HF_EVENT }, { "Meetings", H_ORG, HF_EVENT }, { "University", H_ORG, 0 },
	{ "Association", H_ORG, 0 }, { "Union", H_ORG, 0 }, { "Assembly", H_ORG, 0 },
	{ "Mission", H_ORG, 0 }, { "Authority", H_ORG, 0 }, { "Bureau", H_ORG, 0 },
	{ "Federation", H_ORG, 0 }, { "Foundation", H_ORG, 0 }, { "Academy", H_ORG, 0 },
	{ "Society", H_ORG, 0 }, { "Chamber", H_ORG, 0 }, { "Coalition", H_ORG, 0 },
	{ "Consortium", H_ORG, 0 }, { "Directorate", H_ORG, 0 }, { "Department", H_ORG, 0 },
	{ "Court", H_ORG, 0 }, { "Tribunal", H_ORG, 0 }, { "Parliament", H_ORG, 0 },
	{ "Network", H_ORG, 0 }, { "Board", H_ORG, 0 }, { "Commissioner", H_ORG, 0 },
	{ "Programme", H_INIT, 0 }, { "Program", H_INIT, 0 },
	{ "Forum", H_FORUM, HF_EVENT },
	/* initiatives, instruments, event series */
	{ "Initiative", H_INIT, 0 }, { "Initiatives", H_INIT, 0 }, { "Treaty", H_INIT, HF_LEGAL },
	{ "Agreement", H_INIT, HF_LEGAL }, { "Convention", H_INIT, HF_LEGAL },
	{ "Declaration", H_INIT, HF_LEGAL }, { "Charter", H_INIT, HF_LEGAL }, { "Pact", H_INIT, HF_LEGAL },
	{ "Protocol", H_INIT, HF_LEGAL }, { "Accord", H_INIT, HF_LEGAL }, { "Accords", H_INIT, HF_LEGAL },
	{ "Games", H_INIT, HF_EVENT }, { "Summit", H_INIT, HF_EVENT }, { "Conference", H_INIT, HF_EVENT },
	{ "Festival", H_INIT, HF_EVENT }, { "Expo", H_INIT, HF_EVENT }, { "Exhibition", H_INIT, HF_EVENT },
	{ "Olympics", H_INIT, HF_EVENT }, { "Process", H_INIT, 0 }, { "Year", H_INIT, HF_OF | HF_NOBARE },
	{ "Decade", H_INIT, HF_OF | HF_NOBARE }, { "Day", H_INIT, HF_OF | HF_NOBARE },
	{ "Strategy", H_INIT, 0 }, { "Framework", H_INIT, 0 }, { "Express", H_INIT, 0 },
	{ "Agenda", H_INIT, 0 }, { "Goals", H_INIT, 0 }, { "Dialogue", H_INIT, HF_EVENT },
	{ "Plan", H_INIT, 0 }, { "Roadmap", H_INIT, 0 }, { "Corridor", H_INIT, 0 },
	/* places */
	{ "Seaport", H_PLACE, 0 }, { "Port", H_PLACE, 0 }, { "Airport", H_PLACE, 0 },
	{ "Residence", H_PLACE, 0 }, { "Palace", H_PLACE, HF_OF | HF_NOBARE }, { "Square", H_PLACE, 0 },
	{ "Hall", H_PLACE, 0 }, { "Province", H_PLACE, 0 }, { "Oblast", H_PLACE, 0 },
	{ "Region", H_PLACE, HF_NOBARE },
};

struct head recognize_head(Str w)
{
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (str_eq_nocase(w, str_c(heads[i].w)))
			return (struct head){ heads[i].cls, heads[i].flags };
	return (struct head){ H_NONE, 0 };
}

static bool in_list(Str w, const char *const *list)
{
	for (; *list; list++)
		if (str_eq_nocase(w, str_c(*list)))
			return true;
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
	static const char *const l[] = { "Mr", "Mrs", "Ms", "Dr", "Madam", "Sir", "Excellency", NULL };
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
