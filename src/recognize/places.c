/* places.c: places the kb does not know, from the patterns that introduce
 * them: "in X" (and "in Xi'an, X, China"), "X-Y railway line(s)" (both
 * ends), "the X railway station"
 *
 * X is one to three capitalised words where no other mention starts, that
 * are not a month, a stop word or a head noun, and that are not followed by
 * a capitalised word or a number (then X starts a longer name or a date).
 */
#include "recognize-int.h"

static bool covered(const struct rctx *c, int i)
{
	if (recognize_kb_cover(c, i) >= 0)
		return true;
	for (ptrdiff_t k = c->first; k < c->n; k++) {
		const struct mention *m = &c->v[k];
		if (m->type == M_DATE || m->type == M_PART_OF_DAY || m->type == M_RELDATE)
			continue;
		if (m->off <= c->tok[i].off && c->tok[i].off < m->off + m->len)
			return true;
	}
	return false;
}

static bool place_word(const struct rctx *c, int i)
{
	if (i < c->b || i >= c->e || !recognize_cap(c, i) || (c->tok[i].flags & TOK_UPPER))
		return false;
	Str w = recognize_tok(c, i);
	static const char *const no[] = { "God", "Islam", "Article", "Chapter", "Part", "Section", "Annex",
					  "Paragraph", "Resolution", "Government", "Parliament", "English", NULL };
	static struct wordset no_set = WORDSET(no, false);
	if (recognize_wordset_has(&no_set, w))
		return false;
	return !recognize_stop_cap(w) && !recognize_title_word(w) && !recognize_honorific(w) &&
	       recognize_head(w).cls == H_NONE && !recognize_ordinal(w) && !covered(c, i);
}

/* End of a place name starting at k (k when none). */
static int place_run(const struct rctx *c, int k, int maxw)
{
	int i = k;
	while (i - k < maxw && place_word(c, i))
		i++;
	return i;
}

static void add_place(struct rctx *c, int b, int e)
{
	if (e > b)
		recognize_add(c, recognize_span(c, M_PLACE, b, e, MENTION_UNKNOWN));
}

/* What may follow a place after "in": punctuation or a word that starts a
 * new phrase ("in Gao, ...", "in Bonn last year"), not a noun it modifies
 * ("in Arab affairs") or a coordinated modifier ("in South and Central Asia"). */
static bool place_end(const struct rctx *c, int e)
{
	if (c->tok[e].kind == TOK_PUNCT)
		return recognize_is(c, e, ",") || recognize_is(c, e, ".") || recognize_is(c, e, ";") ||
		       recognize_is(c, e, ")") || recognize_is(c, e, ":");
	static const char *const ok[] = { "on", "in", "at", "from", "to", "with", "during", "last", "this", "next",
					  "where", "which", "who", "since", "for", "by", "until", "before", "after",
					  "earlier", "recently", "was", "were", "is", "has", "had", "have", NULL };
	static struct wordset ok_set = WORDSET(ok, false);
	return e >= 0 && e < c->ntok && !(c->tok[e].flags & TOK_CAP) && recognize_wordset_has(&ok_set, recognize_tok(c, e));
}

/* "in X": X ends at punctuation, a lower-case word or the sentence end. */
static void in_x(struct rctx *c)
{
	for (int t = c->b; t + 1 < c->e; t++) {
		if (!recognize_is(c, t, "in") || (c->tok[t].flags & TOK_CAP))
			continue;
		int k = t + 1;
		int e = place_run(c, k, 3);
		if (e > k) {
			if (e < c->e && !place_end(c, e))
				continue;
			add_place(c, k, e);
		} else if (!(recognize_cap(c, k) && covered(c, k))) {
			continue;
		}
		/* "in Xi'an, Shaanxi, China": a place between known ones */
		int p = k;
		while (p < c->e && !recognize_is(c, p, ","))
			p++;
		if (p + 1 < c->e && p - k <= 4) {
			int y = p + 1;
			int ye = place_run(c, y, 2);
			if (ye > y && ye + 1 < c->e && recognize_is(c, ye, ",") && covered(c, ye + 1))
				add_place(c, y, ye);
		}
	}
}

/* "Serkhetabat-Turgundi and Kerki-Imam Nazar railway lines" */
static void railway_lines(struct rctx *c)
{
	for (int r = c->b + 1; r + 1 < c->e; r++) {
		if (!recognize_is(c, r, "railway") && !recognize_is(c, r, "rail"))
			continue;
		if (recognize_is(c, r + 1, "station")) {
			int b = r - 1;
			while (b - 1 >= c->b && r - b < 3 && recognize_cap(c, b - 1) && !recognize_stop_cap(recognize_tok(c, b - 1)))
				b--;
			if (recognize_cap(c, r - 1) && place_word(c, b))
				add_place(c, b, r);
			continue;
		}
		if (!recognize_is(c, r + 1, "line") && !recognize_is(c, r + 1, "lines") && !recognize_is(c, r + 1, "link"))
			continue;
		int k = r;
		for (;;) {
			/* part B ends at k - 1 */
			int bb = k - 1;
			while (bb - 1 >= c->b && k - bb < 3 && recognize_cap(c, bb - 1))
				bb--;
			if (bb >= k || !recognize_cap(c, bb) || !recognize_dash(c, bb - 1))
				break;
			int ae = bb - 1, ab = ae - 1;
			while (ab - 1 >= c->b && ae - ab < 3 && recognize_cap(c, ab - 1) && !recognize_stop_cap(recognize_tok(c, ab - 1)))
				ab--;
			if (ab < c->b || !recognize_cap(c, ab))
				break;
			if (place_word(c, ab))
				add_place(c, ab, ae);
			if (place_word(c, bb))
				add_place(c, bb, k);
			if (ab - 1 >= c->b && (recognize_is(c, ab - 1, "and") || recognize_is(c, ab - 1, ",")))
				k = ab - 1;
			else
				break;
		}
	}
}

void recognize_places(struct rctx *c)
{
	railway_lines(c);
	in_x(c);
}
