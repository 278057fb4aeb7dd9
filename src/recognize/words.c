/* words.c: the recognizers' word lists: head nouns of names, titles, stop words
 *
 * These are English grammar, not facts about any mechanism: a head noun says
 * what kind of thing a capitalised name is ("... Council" is a body, "...
 * Treaty" an instrument), a title says that a name follows.  Lookups are
 * ASCII case-insensitive on the token text; the callers check capitalisation.
 */
#include "recognize-int.h"

#include <pthread.h>
#include <stdlib.h>
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
	{ NULL, 0, 0, 0 }
};

/* ---- word sets ---- */

#define WS_MASK (sizeof ((struct wordset *)0)->slot - 1)

static int ws_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static uint32_t ws_hash(Str w, bool exact)
{
	uint32_t h = 2166136261u;
	for (ptrdiff_t i = 0; i < w.len; i++) {
		unsigned char c = (unsigned char)w.s[i];
		h = (h ^ (exact ? c : (unsigned)ws_lower(c))) * 16777619u;
	}
	return h ^ (h >> 15);
}

static const char *ws_word(const struct wordset *s, size_t k)
{
	return *(const char *const *)((const char *)s->base + k * s->stride);
}

static bool ws_eq(const struct wordset *s, Str w, Str z)
{
	return s->exact ? str_eq(w, z) : str_eq_nocase(w, z);
}

static pthread_mutex_t ws_lock = PTHREAD_MUTEX_INITIALIZER;

static void ws_build(struct wordset *s)
{
	pthread_mutex_lock(&ws_lock);
	if (!atomic_load_explicit(&s->ready, memory_order_relaxed)) {
		for (size_t k = 0; ws_word(s, k); k++) {
			const char *z = ws_word(s, k);
			Str zs = { z, (ptrdiff_t)strlen(z) };
			if (k >= sizeof s->wlen || zs.len > 255)
				abort(); /* a list too long for the set: a programming error */
			if (zs.len > s->maxlen)
				s->maxlen = (int)zs.len;
			s->wlen[k] = (uint8_t)zs.len;
			if (zs.len) {
				unsigned b = recognize_wordset_shape(zs);
				s->shape[b >> 6] |= 1ull << (b & 63);
			}
			for (uint32_t i = ws_hash(zs, s->exact) & WS_MASK;; i = (i + 1) & WS_MASK) {
				if (!s->slot[i]) {
					s->slot[i] = (uint8_t)(k + 1);
					break;
				}
				if (ws_eq(s, zs, str_c(ws_word(s, s->slot[i] - 1u))))
					break; /* a repeated word: the first one stays */
			}
		}
		atomic_store_explicit(&s->ready, 1, memory_order_release);
	}
	pthread_mutex_unlock(&ws_lock);
}

int recognize_wordset_probe(struct wordset *s, Str w)
{
	if (!atomic_load_explicit(&s->ready, memory_order_acquire))
		ws_build(s);
	if (w.len == 0 || w.len > s->maxlen)
		return -1;
	for (uint32_t i = ws_hash(w, s->exact) & WS_MASK; s->slot[i]; i = (i + 1) & WS_MASK) {
		const char *z = ws_word(s, s->slot[i] - 1u);
		if (s->wlen[s->slot[i] - 1u] == w.len && ws_eq(s, w, (Str){ z, w.len }))
			return s->slot[i] - 1;
	}
	return -1;
}

static struct wordset head_set = WORDSET(heads, false);

struct head recognize_head(Str w)
{
	if (w.len < 3)
		return (struct head){ H_NONE, 0 };
	int k = recognize_wordset_find(&head_set, w);
	if (k >= 0)
		return (struct head){ heads[k].cls, heads[k].flags };
	return (struct head){ H_NONE, 0 };
}

#define in_list(w, l) (recognize_wordset_find(&l##_set, (w)) >= 0)

bool recognize_title_word(Str w)
{
	static const char *const l[] = { "President", "Minister", "Secretary", "General", "Ambassador",
					 "Chairman", "Chairwoman", "Chairperson", "Director", "Advisor",
					 "Adviser", "Äkim", "Akim", "Hokim", "Mayor", "Governor", "Premier",
					 "Chancellor", "Councilor", "Councillor", "Envoy", "Representative",
					 "Speaker", "Senator", "King", "Queen", "Emir", "Sultan", "Prince",
					 "Sheikh", "Vice-President", "Aide", "Spokesperson", "Spokesman",
					 "Commissioner", "Director-General", "Secretary-General", NULL };
	static struct wordset l_set = WORDSET(l, false);
	return in_list(w, l);
}

bool recognize_honorific(Str w)
{
	static const char *const l[] = { "Mr", "Mrs", "Ms", "Dr", "Madam", "Sir", "Excellency", "Professor", "Prof",
					 "Pope", "Judge", "Justice", NULL };
	static struct wordset l_set = WORDSET(l, false);
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
	static struct wordset l_set = WORDSET(l, false);
	return in_list(w, l) || recognize_month(w);
}

bool recognize_month(Str w)
{
	static const char *const l[] = { "January", "February", "March", "April", "May", "June", "July",
					 "August", "September", "October", "November", "December",
					 "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
					 "Oct", "Nov", "Dec", NULL };
	static struct wordset l_set = WORDSET(l, false);
	return in_list(w, l);
}

bool recognize_ordinal(Str w)
{
	static const char *const l[] = { "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
					 "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", NULL };
	static struct wordset l_set = WORDSET(l, false);
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
	static struct wordset l_set = WORDSET(l, false);
	return in_list(w, l);
}

bool recognize_article(Str w)
{
	return str_eq_nocase(w, S("the")) || str_eq_nocase(w, S("a")) || str_eq_nocase(w, S("an"));
}
