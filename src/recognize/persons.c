/* persons.c: persons the kb does not know, found by their titles: "President
 * Zaparov", "Deputy Prime Minister and Foreign Minister Murat Nurtileu",
 * "Äkim of Astana Jenis Qasymbek", "The President of Kazakhstan, Tokaev,",
 * and by apposition: "Cai Qi, the Director of ...", "Sun Weidong, Secretary-
 * General"
 *
 * A name is one to four capitalised words (hyphenated parts glued to them)
 * that are not titles, head nouns, months or stop words, and where no kb
 * name other than a person's starts.  A name printed twice by mistake ("A B
 * A B") is one mention named "A B".  The name is recorded without its title.
 */
#include "recognize-int.h"

/* Capitalised words of offices and states, never part of a person's name. */
static bool not_name(Str w)
{
	static const char *const l[] = { "Republic", "Kingdom", "Empire", "Emirates", "State", "States",
					  "Government", "Nations", "United", "People", "Peoples", "Indigenous",
					  "Islamic", "Democratic", "Federal", "Federation", "National", "International",
					  "Royal", "Highness", "Majesty", "Foreign", "Affairs", "Prime", "Deputy", "Vice",
					  "Chief", "Executive", "High", "Special", "Permanent", "General", "Assembly",
					  "Council", "Secretary", "Office", "Minister", "Ministry", "Cabinet", "Parliament",
					  "Senate", "House", "Congress", "Court", "Chamber", "Presidency", "Administration",
					  /* verbs of news headlines in title case: "President Meets ..." */
					  "Meets", "Holds", "Visits", "Says", "Calls", "Urges", "Arrives", "Signs", "Opens",
					  "Attends", "Receives", "Welcomes", "Discusses", "Hosts", "Chairs", "Addresses",
					  "Congratulates", "Pays", "Leaves", "Returns", "Talks", "Launches", "Vows",
					  "Pledges", "Stresses", "Praises", "Thanks", "Sends", "Joins", "Backs", "Supports",
					  "Announces", "Agrees", "Invites", "Inaugurates", "Proposes", "Reaffirms", "Notes",
					  NULL };
	static struct wordset set = WORDSET(l, false);
	return recognize_wordset_has(&set, w);
}

/* Whether token i can be part of a person's name. */
static bool name_word(const struct rctx *c, int i)
{
	if (i < c->b || i >= c->e || !recognize_cap(c, i))
		return false;
	Str w = recognize_tok(c, i);
	if (recognize_stop_cap(w) || recognize_title_word(w) || recognize_honorific(w) || recognize_ordinal(w))
		return false;
	if (recognize_head(w).cls != H_NONE || not_name(w))
		return false;
	if (c->tok[i].flags & TOK_UPPER && c->tok[i].len > 1)
		return false;
	ptrdiff_t k = recognize_kb_cover(c, i);
	if (k >= 0 && c->v[k].type != M_PERSON)
		return false;
	return true;
}

/* End of the name starting at token k (k when none): up to maxw words,
 * with glued hyphens joining parts ("Kassym-Jomart"). */
static int name_run(const struct rctx *c, int k, int maxw)
{
	int i = k, words = 0;
	while (words < maxw && name_word(c, i)) {
		i++;
		/* a middle initial: "Dwight D. Eisenhower" */
		if (i + 2 < c->e && c->tok[i].len == 1 && recognize_cap(c, i) && recognize_is(c, i + 1, ".") &&
		    name_word(c, i + 2)) {
			i += 2;
			continue;
		}
		while (i + 1 < c->e && recognize_dash(c, i) && recognize_glued(c, i) && recognize_glued(c, i + 1) &&
		       recognize_cap(c, i + 1))
			i += 2;
		words++;
	}
	return i;
}

static Str text_of(const struct rctx *c, int b, int e)
{
	return (Str){ c->text.s + c->tok[b].off, c->tok[e - 1].off + c->tok[e - 1].len - c->tok[b].off };
}

/* Add a person over [b, e) unless a kb person is there already. */
static void add_person(struct rctx *c, int b, int e)
{
	if (e <= b)
		return;
	for (int i = b; i < e; i++) {
		ptrdiff_t k = recognize_kb_cover(c, i);
		if (k >= 0 && c->v[k].type == M_PERSON && !(c->v[k].flags & MENTION_SURNAME && i > b))
			return;
	}
	if (recognize_at(c, b, M_PERSON) >= 0)
		return;
	struct mention m = recognize_span(c, M_PERSON, b, e, MENTION_UNKNOWN);
	/* "A B A B": one name printed twice */
	int n = e - b;
	if (n % 2 == 0 && n >= 2) {
		int h = n / 2;
		bool same = true;
		for (int i = 0; i < h && same; i++)
			same = str_eq(recognize_tok(c, b + i), recognize_tok(c, b + h + i));
		if (same)
			m.name = text_of(c, b, b + h);
	}
	recognize_add(c, m);
}

/* Skip what follows "of" after a title: "of the Chinese Communist Party",
 * "of Astana", "of Foreign Affairs"; returns the token after it. */
static int skip_of(const struct rctx *c, int k)
{
	if (k < c->e && recognize_is(c, k, "the"))
		k++;
	int start = k;
	(void)start;
	while (k < c->e) {
		ptrdiff_t m = recognize_at(c, k, 0);
		if (m >= 0 && c->v[m].type != M_PERSON) {
			k = recognize_tok_after(c, c->v[m].off + c->v[m].len);
			continue;
		}
		/* a body ending in a head noun: "Chinese Communist Party" */
		int h = k;
		while (h < c->e && h < k + 6 && (recognize_cap(c, h) || recognize_is(c, h, "and")) &&
		       recognize_head(recognize_tok(c, h)).cls == H_NONE)
			h++;
		if (h < c->e && h < k + 6 && recognize_cap(c, h) && recognize_head(recognize_tok(c, h)).cls != H_NONE) {
			k = h + 1;
			continue;
		}
		/* department words: "Foreign Affairs", "Defence" */
		static const char *const dept[] = { "Foreign", "Affairs", "Defence", "Defense", "Finance",
						    "Economy", "Trade", "Justice", "Health", "Education",
						    "Energy", "Agriculture", "Transport", "Culture", "Interior",
						    "Industry", "Commerce", "Investment", "Development", "State",
						    "Security", "Emergency", "Labour", "Labor", "Science", NULL };
		static struct wordset dept_set = WORDSET(dept, false);
		bool d = k >= 0 && k < c->ntok && recognize_wordset_has(&dept_set, recognize_tok(c, k));
		if (d || (recognize_is(c, k, "and") && recognize_cap(c, k + 1) && k > start)) {
			k++;
			continue;
		}
		break;
	}
	/* "of the Senate, Ormanov,": a short office name before the comma */
	int q = k;
	while (q < c->e && q < k + 4 && recognize_cap(c, q))
		q++;
	if (q > k && q < c->e && recognize_is(c, q, ","))
		k = q;
	return k;
}

static void after_titles(struct rctx *c)
{
	for (int t = c->b; t < c->e; t++) {
		Str w = recognize_tok(c, t);
		if (!recognize_title_word(w) && !recognize_honorific(w))
			continue;
		int k = t + 1;
		if (k < c->e && recognize_is(c, k, "."))
			k++;
		bool comma = false;
		if (k < c->e && recognize_is(c, k, "of")) {
			k = skip_of(c, k + 1);
			if (k < c->e && recognize_is(c, k, ",")) {
				k++;
				comma = true;
			}
		}
		int e = name_run(c, k, 4);
		if (e == k)
			continue;
		/* ", Tokaev," needs its closing comma (or the sentence end) */
		if (comma && e < c->e && !recognize_is(c, e, ",") && !recognize_is(c, e, "."))
			continue;
		add_person(c, k, e);
	}
}

/* "NAME, [the] TITLE ...": a name set off before a title. */
static void appositions(struct rctx *c)
{
	for (int p = c->b + 1; p < c->e; p++) {
		if (!recognize_is(c, p, ","))
			continue;
		int k = p + 1;
		if (k < c->e && recognize_is(c, k, "the"))
			k++;
		bool title = false;
		for (int x = k; x < c->e && x < k + 3 && recognize_cap(c, x); x++)
			if (recognize_title_word(recognize_tok(c, x))) {
				title = true;
				break;
			}
		if (!title)
			continue;
		/* the name: capitalised words right before the comma */
		int b = p;
		while (b - 1 >= c->b && p - (b - 1) <= 8) {
			if (name_word(c, b - 1)) {
				b--;
			} else if (recognize_dash(c, b - 1) && recognize_glued(c, b - 1) && recognize_glued(c, b) &&
				   name_word(c, b - 2)) {
				b -= 2;
			} else {
				break;
			}
		}
		if (p - b < 2)
			continue;
		if (b - 1 >= c->b && (recognize_cap(c, b - 1) && !recognize_stop_cap(recognize_tok(c, b - 1))))
			continue;
		add_person(c, b, p);
	}
}

void recognize_persons(struct rctx *c)
{
	after_titles(c);
	appositions(c);
}
