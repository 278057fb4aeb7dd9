/* quotes.c: quoted titles that name an initiative or a body ("the "Global
 * Initiative to Inspire ..."", cooperation on "Smart Customs, Intelligent
 * Borders, and Shared Connectivity"", the selection of "X Capitals"")
 *
 * A Title Case quotation is one name: its kind comes from the first head
 * noun that ends a run of capitalised words in it ("Initiative" in "Global
 * Initiative to Inspire ..."); without a head noun it names an initiative
 * when a lower-case noun and "on", "of" or "for" introduce it ("cooperation
 * on "X""), and nothing when it is the theme of a named event ("Conference
 * on "X"") or the title of a speech ("entitled "X"").  Resolutions took
 * their quotations already (resolutions.c).  Every Title Case quotation is
 * remembered so that the driver drops unknown names strictly inside it.
 */
#include "recognize-int.h"

static enum mention_type quoted_type(const struct rctx *c, struct span s)
{
	for (int i = s.b; i < s.e; i++) {
		if (!recognize_cap(c, i))
			continue;
		struct head hd = recognize_head(recognize_tok(c, i));
		if (hd.cls == H_NONE)
			continue;
		bool last = i + 1 >= s.e || !recognize_cap(c, i + 1);
		if (!last || ((hd.flags & HF_OF) && !recognize_is(c, i + 1, "of")))
			continue;
		return hd.cls == H_INIT ? M_INITIATIVE : hd.cls == H_PLACE ? M_PLACE : M_ORG;
	}
	return 0;
}

void recognize_quotes(struct rctx *c)
{
	struct span q[32];
	int nq = recognize_quote_pairs(c, q, 32);
	for (int x = 0; x < nq; x++) {
		struct span s = q[x];
		while (s.e > s.b && c->tok[s.e - 1].kind == TOK_PUNCT && !recognize_is(c, s.e - 1, ")"))
			s.e--;
		if (s.e <= s.b || !recognize_title_case(c, s))
			continue;
		apush(c->a, c->quotes, c->nquotes, c->capquotes, s);
		int open = q[x].b - 1, close = q[x].e;
		if (recognize_at(c, s.b, M_RESOLUTION) >= 0)
			continue;
		/* the "X" mechanism: bodies.c */
		if (close + 1 < c->e && (recognize_is(c, close + 1, "mechanism") || recognize_is(c, close + 1, "process")))
			continue;
		/* the theme of a named event, the title of a speech */
		if (open - 2 >= c->b && recognize_is(c, open - 1, "on") && recognize_cap(c, open - 2))
			continue;
		if (open - 1 >= c->b && (recognize_is(c, open - 1, "entitled") || recognize_is(c, open - 1, "titled") ||
					 recognize_is(c, open - 1, "themed")))
			if (!quoted_type(c, s))
				continue;
		enum mention_type t = quoted_type(c, s);
		if (!t) {
			int p = open - 1;
			if (p - 1 < c->b || !(recognize_is(c, p, "on") || recognize_is(c, p, "of") || recognize_is(c, p, "for")))
				continue;
			if (c->tok[p - 1].kind != TOK_WORD || (c->tok[p - 1].flags & TOK_CAP))
				continue;
			t = M_INITIATIVE;
		}
		recognize_add(c, recognize_span(c, t, s.b, s.e, MENTION_UNKNOWN));
	}
}
