/* resolutions.c: resolutions by number ("General Assembly resolution 72/283",
 * "A/RES/78/266", "resolutions 2231 and 2334") and by quoted title ("the
 * resolution on "X"", "the "X" resolution", "resolutions initiated by Y on
 * "X" and the "Z"", and a title "adopted by resolution 72/283")
 *
 * A numbered resolution's span starts at the body named right before the word
 * (a kb organisation or capitalised words: "UN General Assembly Resolution
 * 72/283"); its code is the number as written, its other form "Resolution
 * 72/283".  A title is a resolution when "resolution" follows it or precedes
 * it in the same clause, ending in "on", "entitled" or "titled"; a title
 * followed by "adopted by ... resolution N" takes that number as its code.
 */
#include "recognize-int.h"

static bool is_num(const struct rctx *c, int i)
{
	return i >= c->b && i < c->e && c->tok[i].kind == TOK_NUM;
}

static bool is_resolution_word(const struct rctx *c, int i)
{
	return recognize_is(c, i, "resolution") || recognize_is(c, i, "resolutions");
}

/* The number at token k ("78/266", "2231"): returns the token after it, or k. */
static int number_end(const struct rctx *c, int k)
{
	if (!is_num(c, k))
		return k;
	int e = k + 1;
	while (e + 1 < c->e && recognize_is(c, e, "/") && recognize_glued(c, e) && is_num(c, e + 1) &&
	       recognize_glued(c, e + 1))
		e += 2;
	return e;
}

static Str text_of(const struct rctx *c, int b, int e)
{
	return (Str){ c->text.s + c->tok[b].off, c->tok[e - 1].off + c->tok[e - 1].len - c->tok[b].off };
}

/* Where the body named before the word at r starts ("UN General Assembly"). */
static int body_start(const struct rctx *c, int r)
{
	int b = r;
	while (b - 1 >= c->b && r - (b - 1) <= 6) {
		ptrdiff_t k = recognize_kb_cover(c, b - 1);
		if (k >= 0 && c->v[k].type == M_ORG) {
			int s = recognize_tok_at(c, c->v[k].off);
			if (s < 0 || s >= b)
				break;
			b = s;
			continue;
		}
		if (recognize_cap(c, b - 1) && !recognize_stop_cap(recognize_tok(c, b - 1)) &&
		    !recognize_ordinal(recognize_tok(c, b - 1))) {
			b--;
			continue;
		}
		break;
	}
	return b;
}

static void numbered(struct rctx *c)
{
	for (int r = c->b; r < c->e; r++) {
		int k;
		if (is_resolution_word(c, r)) {
			k = r + 1;
			if (k < c->e && (recognize_is(c, k, "No") || recognize_is(c, k, "no"))) {
				k++;
				if (k < c->e && recognize_is(c, k, "."))
					k++;
			}
		} else if (recognize_is(c, r, "RES") && r + 2 < c->e && recognize_is(c, r + 1, "/") &&
			   recognize_is(c, r - 1, "/")) {
			k = r + 2;
		} else {
			continue;
		}
		bool firstnum = true;
		while (k < c->e) {
			int e = number_end(c, k);
			if (e == k)
				break;
			int b = k;
			if (firstnum && is_resolution_word(c, r))
				b = body_start(c, r);
			else if (firstnum) /* "A/RES/78/266" */
				b = r - 2 >= c->b && recognize_tok(c, r - 2).len == 1 ? r - 2 : r;
			struct mention m = recognize_span(c, M_RESOLUTION, b, e, 0);
			m.code = text_of(c, k, e);
			if (firstnum && is_resolution_word(c, r) && b < r)
				m.alt = text_of(c, r, e);
			recognize_add(c, m);
			firstnum = false;
			/* "resolutions 2231 and 2334", "2231, 2334" */
			if (e + 1 < c->e && (recognize_is(c, e, "and") || recognize_is(c, e, ",")) && is_num(c, e + 1))
				k = e + 1;
			else
				break;
		}
	}
}

int recognize_quote_pairs(const struct rctx *c, struct span *out, int cap)
{
	int n = 0, open = -1;
	for (int i = c->b; i < c->e && n < cap; i++) {
		if (!recognize_quote(c, i))
			continue;
		Str q = recognize_tok(c, i);
		bool closing = str_eq(q, S("\u201d")) || str_eq(q, S("\u00bb"));
		bool opening = str_eq(q, S("\u201c")) || str_eq(q, S("\u00ab")) || str_eq(q, S("\u201e"));
		if (open < 0 && !closing) {
			open = i;
		} else if (open >= 0 && !opening) {
			if (i > open + 1)
				out[n++] = (struct span){ open + 1, i };
			open = -1;
		} else if (opening) {
			open = i;
		}
	}
	return n;
}

bool recognize_title_case(const struct rctx *c, struct span s)
{
	int words = 0, longw = 0, caps = 0;
	for (int i = s.b; i < s.e; i++) {
		if (c->tok[i].kind != TOK_WORD)
			continue;
		words++;
		if (c->tok[i].len >= 4) {
			longw++;
			caps += (c->tok[i].flags & TOK_CAP) != 0;
		}
	}
	int first = s.b;
	while (first < s.e && c->tok[first].kind == TOK_PUNCT)
		first++;
	if (first >= s.e || !(c->tok[first].flags & TOK_CAP) || words < 2)
		return false;
	return caps * 4 >= longw * 3;
}

/* The inner span without trailing punctuation. */
static struct span trim(const struct rctx *c, struct span s)
{
	while (s.e > s.b && c->tok[s.e - 1].kind == TOK_PUNCT && !recognize_is(c, s.e - 1, ")") &&
	       !recognize_is(c, s.e - 1, "+"))
		s.e--;
	return s;
}

static void titled(struct rctx *c)
{
	struct span q[32];
	int nq = recognize_quote_pairs(c, q, 32);
	bool prev_res = false;
	int prev_end = -1;
	for (int x = 0; x < nq; x++) {
		struct span s = trim(c, q[x]);
		if (s.e <= s.b || !recognize_title_case(c, s)) {
			prev_res = false;
			continue;
		}
		int open = q[x].b - 1, close = q[x].e;
		bool res = false;
		Str code = STR_NULL;
		/* "the "X" resolution" */
		int k = close + 1;
		if (k < c->e && is_resolution_word(c, k))
			res = true;
		/* "... resolution ... on "X"" */
		int p = open - 1;
		if (p >= c->b && recognize_is(c, p, "the"))
			p--;
		if (!res && p >= c->b && (recognize_is(c, p, "on") || recognize_is(c, p, "entitled") ||
					  recognize_is(c, p, "titled"))) {
			for (int i = p - 1; i >= c->b && i >= p - 16; i--) {
				if (recognize_is(c, i, ";") || recognize_quote(c, i))
					break;
				if (is_resolution_word(c, i)) {
					res = true;
					break;
				}
			}
		}
		/* "resolutions on "X" and the "Y"" */
		if (!res && prev_res && prev_end >= 0 && open - prev_end <= 3) {
			bool and = false;
			for (int i = prev_end + 1; i < open; i++)
				and = and || recognize_is(c, i, "and");
			res = and;
		}
		/* ""X" adopted by UN General Assembly Resolution 72/283" */
		for (int i = close + 1; i < c->e && i <= close + 10; i++) {
			if (recognize_is(c, i, ";") || recognize_quote(c, i))
				break;
			if (is_resolution_word(c, i) && i + 1 < c->e && is_num(c, i + 1) &&
			    (recognize_is(c, close + 1, "adopted") || recognize_is(c, close + 2, "adopted"))) {
				code = text_of(c, i + 1, number_end(c, i + 1));
				res = true;
				break;
			}
		}
		prev_res = res;
		prev_end = close;
		if (!res)
			continue;
		struct mention m = recognize_span(c, M_RESOLUTION, s.b, s.e, MENTION_UNKNOWN);
		m.code = code;
		/* "... Reforestation (2027–2036)": also without the years */
		if (recognize_is(c, s.e - 1, ")")) {
			int o = s.e - 1;
			while (o > s.b && !recognize_is(c, o, "("))
				o--;
			if (o > s.b + 1)
				m.alt = text_of(c, s.b, o);
		}
		recognize_add(c, m);
	}
}

void recognize_resolutions(struct rctx *c)
{
	numbered(c);
	titled(c);
}
