/* gazetteer.c: kb names in a sentence by longest match over tokens, with the
 * rules of case, context and nesting that make a matched name a mention
 *
 * At every token every acceptable kb name starting there is found, longest
 * last.  Acceptable means: the words the kb capitalises are capitalised in
 * the text ("china" ware is not China); KB_NAME_CASE names and acronyms match
 * their case; KB_NAME_WEAK names ("Chad") need a capital and not merely the
 * first place in the sentence; an ISO code counts only in a list of codes
 * ("CHN, KAZ"); a demonym before "language" is a language; "US$" is a
 * currency; no name starts on a lower-case "the".  A body's name made only
 * of states and regions joined by dashes ("China-Central Asia") names the
 * body only before "mechanism" or "format"; elsewhere the states are meant.
 *
 * Matches are taken left to right without overlap.  Inside a body's or an
 * initiative's name another kb name is also a mention when it starts the
 * name ("UN" in "UN General Assembly", "Paris" in "Paris Agreement"; but a
 * city starting a body's name is part of it: "Shanghai Cooperation
 * Organization"), follows the name starting it ("UN" + "Sustainable
 * Development Goals"), or follows a dash, bracket, quote, ordinal, year or
 * number word ("Central Asia" in "China-Central Asia Summit"), "of [the]"
 * ("Charter of the United Nations"), or another preposition or "and" when it
 * is a state, region or place ("... Measures in Asia"; not "Conference on
 * Landlocked Developing Countries").  Inside a place's name nothing nests
 * unless two kb names are joined by a dash ("Central Asia-China gas
 * pipeline"), and a name's first word before "International", "Regional",
 * "National" or "City" is the place it is in ("Termez Regional ... Center").
 * Nothing nests in a state's or person's name.  A demonym after "the" and
 * before "side" makes a side ("the Chinese side"); a person's name printed
 * twice is one mention.  Surname forms are kept tentatively;
 * recognize_surnames() decides once the document is read.
 */
#include "recognize-int.h"

#include <string.h>

struct match {
	int end;                      /* token after the match; 0 for none */
	const struct kb_name *nm;
};

static enum mention_type mention_type_of(enum kb_type t)
{
	switch (t) {
	case KB_STATE: return M_STATE;
	case KB_PERSON: return M_PERSON;
	case KB_ORG: return M_ORG;
	case KB_INITIATIVE: return M_INITIATIVE;
	default: return M_PLACE;
	}
}

static int type_rank(enum kb_type t)
{
	switch (t) {
	case KB_STATE: return 0;
	case KB_REGION: return 1;
	case KB_ORG: return 2;
	case KB_INITIATIVE: return 3;
	case KB_PLACE: return 4;
	default: return 5;
	}
}

static int form_rank(int f)
{
	switch (f) {
	case KB_FORM_NAME: return 0;
	case KB_FORM_LONG: return 1;
	case KB_FORM_ALIAS: return 2;
	case KB_FORM_ZH: case KB_FORM_RU: case KB_FORM_NATIVE: return 3;
	case KB_FORM_ACRONYM: return 4;
	case KB_FORM_DEMONYM: return 5;
	case KB_FORM_CODE: return 6;
	default: return 7;
	}
}

static bool is_code_tok(const struct rctx *c, int i)
{
	return i >= c->b && i < c->e && c->tok[i].kind == TOK_WORD && (c->tok[i].flags & TOK_UPPER) &&
	       c->tok[i].len == 3;
}

/* An ISO code counts in a list of codes or alone in its sentence. */
static bool code_context(const struct rctx *c, int i)
{
	if (c->e - c->b == 1)
		return true;
	if (i - 2 >= c->b && recognize_is(c, i - 1, ",") && is_code_tok(c, i - 2))
		return true;
	if (i + 2 < c->e && recognize_is(c, i + 1, ",") && is_code_tok(c, i + 2))
		return true;
	return false;
}

/* Whether the text tokens [i, end) are cased as the kb writes nm. */
static bool case_ok(const struct rctx *c, int i, int end, const struct kb_name *nm)
{
	if (nm->form == KB_FORM_ACRONYM || nm->form == KB_FORM_CODE) {
		Str t = { c->text.s + c->tok[i].off, c->tok[end - 1].off + c->tok[end - 1].len - c->tok[i].off };
		if (str_eq(t, nm->text))
			return true;
		for (int k = i; k < end; k++)
			if (c->tok[k].kind == TOK_WORD && !(c->tok[k].flags & TOK_UPPER))
				return false;
		return true;
	}
	ptrdiff_t off = 0;
	struct token kt;
	for (int k = i; k < end; k++) {
		if (!tok_next(nm->text, &off, &kt))
			break;
		if (kt.kind == TOK_WORD && (kt.flags & TOK_CAP) && !(c->tok[k].flags & TOK_CAP))
			return false;
	}
	return true;
}

static bool accept(const struct rctx *c, int i, int end, const struct kb_name *nm)
{
	if (c->tok[i].kind == TOK_PUNCT)
		return false;
	Str t = { c->text.s + c->tok[i].off, c->tok[end - 1].off + c->tok[end - 1].len - c->tok[i].off };
	if ((nm->flags & KB_NAME_CASE) && !str_eq(t, nm->text))
		return false;
	if (!case_ok(c, i, end, nm))
		return false;
	/* "Chad", "Turkey": capitalised and not merely first in the sentence */
	if ((nm->flags & KB_NAME_WEAK) && (!(c->tok[i].flags & TOK_CAP) || (i == c->b && end < c->e)))
		return false;
	if (nm->form == KB_FORM_CODE && !code_context(c, i))
		return false;
	/* "Chinese language": a language, not a state */
	if (nm->form == KB_FORM_DEMONYM && end < c->e &&
	    (recognize_is(c, end, "language") || recognize_is(c, end, "languages") ||
	     recognize_is(c, end, "script")))
		return false;
	/* "US$44": a currency */
	if (end < c->e && recognize_glued(c, end) && recognize_is(c, end, "$"))
		return false;
	return true;
}

/* The best acceptable name among the n entries of one key. */
static const struct kb_name *pick(const struct rctx *c, int i, int end, const struct kb_name *names, int n,
				  int not_entity)
{
	const struct kb_name *best = NULL;
	int brank = 1 << 20;
	for (int k = 0; k < n; k++) {
		const struct kb_name *nm = &names[k];
		if (nm->entity == not_entity || !accept(c, i, end, nm))
			continue;
		const struct kb_entity *e = kb_get(c->kb, nm->entity);
		if (!e)
			continue;
		int r = type_rank(e->type) * 16 + form_rank(nm->form);
		if (r < brank) {
			brank = r;
			best = nm;
		}
	}
	return best;
}

#define MAXC 8

/* Every acceptable match at a token, shortest first. */
struct cands {
	struct match v[MAXC];
	int n;
};

static void cands_at(const struct rctx *c, int i, int maxtok, struct cands *out)
{
	out->n = 0;
	uint64_t seq = TOK_SEQ_SEED;
	/* a kb name never starts on a lower-case "the" ("the United Nations") */
	if (recognize_is(c, i, "the") && !(c->tok[i].flags & TOK_CAP))
		return;
	for (int j = i; j < c->e && j - i < maxtok; j++) {
		seq = tok_key_add(seq, c->tok[j].key);
		const struct kb_name *names;
		bool more = false;
		int n = kb_names(c->kb, seq, &names, &more);
		if (n > 0) {
			const struct kb_name *nm = pick(c, i, j + 1, names, n, -1);
			if (nm) {
				if (out->n == MAXC) {
					memmove(out->v, out->v + 1, sizeof out->v[0] * (MAXC - 1));
					out->n--;
				}
				out->v[out->n++] = (struct match){ j + 1, nm };
			}
		}
		if (!more)
			break;
	}
}

static bool area_entity(const struct rctx *c, int id)
{
	const struct kb_entity *e = kb_get(c->kb, id);
	return e && (e->type == KB_STATE || e->type == KB_REGION || e->type == KB_PLACE);
}

/* A body's name made only of states and regions joined by dashes ("China-
 * Central Asia") names the body only before "mechanism" or "format";
 * elsewhere it is the states themselves ("China-Central Asia cooperation"). */
static bool composite(const struct rctx *c, const struct cands *cs, int i, struct match m)
{
	const struct kb_entity *e = kb_get(c->kb, m.nm->entity);
	if (!e || (e->type != KB_ORG && e->type != KB_INITIATIVE))
		return false;
	int p = i, parts = 0;
	while (p < m.end) {
		const struct cands *at = &cs[p - c->b];
		int best = -1;
		for (int k = 0; k < at->n; k++)
			if (at->v[k].end <= m.end && area_entity(c, at->v[k].nm->entity) &&
			    !(p == i && at->v[k].end == m.end))
				best = at->v[k].end;
		if (best < 0)
			return false;
		parts++;
		p = best;
		if (p == m.end)
			break;
		if (!recognize_dash(c, p))
			return false;
		while (p < m.end && recognize_dash(c, p))
			p++;
	}
	if (parts < 2)
		return false;
	int k = m.end;
	if (k < c->e && recognize_quote(c, k))
		k++;
	return !(k < c->e && (recognize_is(c, k, "mechanism") || recognize_is(c, k, "format")));
}
static void emit(struct rctx *c, int i, struct match m, unsigned extra)
{
	const struct kb_entity *e = kb_get(c->kb, m.nm->entity);
	unsigned flags = extra;
	switch (m.nm->form) {
	case KB_FORM_DEMONYM: flags |= MENTION_DEMONYM; break;
	case KB_FORM_ACRONYM: flags |= MENTION_ACRONYM; break;
	case KB_FORM_CODE: flags |= MENTION_CODE; break;
	case KB_FORM_SURNAME: flags |= MENTION_SURNAME; break;
	default: break;
	}
	int end = m.end;
	Str name = STR_NULL;
	/* "the Chinese side" */
	if ((flags & MENTION_DEMONYM) && e->type == KB_STATE && end < c->e && recognize_is(c, end, "side") &&
	    i > c->b && recognize_is(c, i - 1, "the")) {
		name = recognize_tok(c, i);
		name.len = c->tok[end - 1].off + c->tok[end - 1].len - c->tok[i].off;
		end++;
		flags |= MENTION_SIDE;
	}
	/* "BRICS+": the expanded format keeps its plus */
	if ((flags & MENTION_ACRONYM) && end < c->e && recognize_glued(c, end) && recognize_is(c, end, "+") &&
	    !(end + 1 < c->e && recognize_glued(c, end + 1) && c->tok[end + 1].kind != TOK_PUNCT))
		end++;
	struct mention mn = recognize_span(c, mention_type_of(e->type), i, end, flags);
	mn.kb = m.nm->entity;
	mn.name = name;
	recognize_add(c, mn);
}

static bool number_word(Str w)
{
	static const char *const l[] = { "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", NULL };
	static struct wordset set = WORDSET(l, false);
	return recognize_wordset_has(&set, w);
}

/* Whether a nested name may start after token j: after a dash, bracket,
 * quote, slash, ordinal or year any name may ("Second China-Central Asia
 * Summit"), after "of [the]" too ("Charter of the United Nations"); after
 * other prepositions only a state, region or place ("Measures in Asia"),
 * not a body ("Conference on Landlocked Developing Countries"). */
static bool boundary(const struct rctx *c, int j, int id)
{
	if (recognize_dash(c, j) || recognize_quote(c, j) || recognize_is(c, j, "(") || recognize_is(c, j, "/"))
		return true;
	Str w = recognize_tok(c, j);
	if (c->tok[j].kind == TOK_NUM || (c->tok[j].kind == TOK_WORD && (recognize_ordinal(w) || number_word(w))))
		return true;
	if (str_eq_nocase(w, S("the")) && j > c->b) {
		j--;
		w = recognize_tok(c, j);
	}
	if (c->tok[j].kind == TOK_WORD && str_eq_nocase(w, S("and")))
		return area_entity(c, id);
	if (c->tok[j].kind != TOK_WORD || !recognize_connector(w))
		return false;
	return str_eq_nocase(w, S("of")) || area_entity(c, id);
}

/* The longest candidate below index lim ending at or before end, of an
 * entity other than not; -1 for none. */
static int longest_within(const struct cands *at, int end, int lim, int not)
{
	for (int k = (lim < at->n ? lim : at->n) - 1; k >= 0; k--)
		if (at->v[k].end <= end && at->v[k].nm->entity != not)
			return k;
	return -1;
}

static bool local_descriptor(const struct rctx *c, int i)
{
	return recognize_is(c, i, "International") || recognize_is(c, i, "Regional") ||
	       recognize_is(c, i, "National") || recognize_is(c, i, "City") || recognize_is(c, i, "Municipal");
}

/* Whether the name of candidate k at i starts with two kb names joined by
 * a dash. */
static bool joined(const struct rctx *c, const struct cands *cs, int i, int k)
{
	struct match m = cs[i - c->b].v[k];
	int p = longest_within(&cs[i - c->b], m.end, k, m.nm->entity);
	if (p < 0)
		return false;
	int j = cs[i - c->b].v[p].end;
	if (!recognize_dash(c, j))
		return false;
	while (j < m.end && recognize_dash(c, j))
		j++;
	return j < m.end && longest_within(&cs[j - c->b], m.end, cs[j - c->b].n, m.nm->entity) >= 0;
}

/* Emit candidate k at i and the names nested in it. */
static void take(struct rctx *c, const struct cands *cs, int i, int k, unsigned flags)
{
	struct match m = cs[i - c->b].v[k];
	emit(c, i, m, flags);
	const struct kb_entity *o = kb_get(c->kb, m.nm->entity);
	/* "Turkmenbashi International Seaport", "Termez Regional ... Center": the place it is in */
	if (o->type != KB_STATE && o->type != KB_PERSON && i + 1 < m.end && local_descriptor(c, i + 1)) {
		int p = longest_within(&cs[i - c->b], i + 1, k, m.nm->entity);
		if (p >= 0 && area_entity(c, cs[i - c->b].v[p].nm->entity))
			emit(c, i, cs[i - c->b].v[p], MENTION_NESTED);
		else if (p < 0 && recognize_cap(c, i) && !recognize_stop_cap(recognize_tok(c, i)))
			recognize_add(c, recognize_span(c, M_PLACE, i, i + 1, MENTION_UNKNOWN | MENTION_NESTED));
	}
	/* places nest only when joined by dashes ("Central Asia–China gas
	 * pipeline"), not "Asia" in "Asia-Pacific" or "Central Asia" */
	if (o->type == KB_PLACE && !joined(c, cs, i, k))
		return;
	if (o->type != KB_ORG && o->type != KB_INITIATIVE && o->type != KB_PLACE)
		return;
	int j = i + 1;
	/* a shorter name at the start: "UN" in "UN General Assembly" */
	int p = longest_within(&cs[i - c->b], m.end, k, m.nm->entity);
	if (p >= 0) {
		const struct kb_entity *pe = kb_get(c->kb, cs[i - c->b].v[p].nm->entity);
		int after_p = -1;
		/* a city starting a body's name is part of it ("Shanghai Cooperation
		 * Organization"); a state or region is not ("Central Asia ... Office") */
		if (!(pe->type == KB_PLACE && o->type == KB_ORG)) {
			take(c, cs, i, p, MENTION_NESTED);
			j = after_p = cs[i - c->b].v[p].end;
		}
		p = after_p;
	}
	int after = p; /* "UN" + "Sustainable Development Goals" */
	while (j < m.end) {
		const struct cands *at = &cs[j - c->b];
		int q = longest_within(at, m.end, at->n, m.nm->entity);
		if (q >= 0 && (j == after || boundary(c, j - 1, at->v[q].nm->entity))) {
			take(c, cs, j, q, MENTION_NESTED);
			j = at->v[q].end;
		} else {
			j++;
		}
	}
}

void recognize_gazetteer(struct rctx *c)
{
	int maxtok = kb_max_tokens(c->kb);
	if (maxtok <= 0 || c->e <= c->b)
		return;
	int n = c->e - c->b;
	ptrdiff_t need = (ptrdiff_t)sizeof(struct cands) * n;
	if (need > c->scratch_cap) {
		c->scratch_cap = need * 2;
		c->scratch = arena_alloc(c->a, c->scratch_cap, _Alignof(struct cands), 1);
	}
	struct cands *cs = c->scratch;
	for (int i = c->b; i < c->e; i++)
		cands_at(c, i, maxtok, &cs[i - c->b]);
	for (int i = c->b; i < c->e; i++) {
		struct cands *at = &cs[i - c->b];
		int k = 0;
		for (int x = 0; x < at->n; x++)
			if (!composite(c, cs, i, at->v[x]))
				at->v[k++] = at->v[x];
		at->n = k;
	}
	int i = c->b;
	while (i < c->e) {
		const struct cands *at = &cs[i - c->b];
		if (!at->n) {
			i++;
			continue;
		}
		take(c, cs, i, at->n - 1, 0);
		i = at->v[at->n - 1].end;
		/* a person's name printed twice ("A B A B") is one mention */
		struct mention *last = &c->v[c->n - 1];
		if (last->type == M_PERSON && i < c->e && cs[i - c->b].n) {
			const struct match *nx = &cs[i - c->b].v[cs[i - c->b].n - 1];
			Str a = { c->text.s + last->off, last->len };
			Str b = { c->text.s + c->tok[i].off, c->tok[nx->end - 1].off + c->tok[nx->end - 1].len - c->tok[i].off };
			if (nx->nm->entity == last->kb && str_eq(a, b)) {
				last->name = a;
				last->len = b.s + b.len - a.s;
				i = nx->end;
			}
		}
	}
}
/* Whether token i is preceded by a title ("President Tokayev", "Kyrgyz
 * President Zaparov", "Mr. Xi"). */
static bool titled(const struct rctx *c, int i)
{
	int k = i - 1;
	if (k >= 0 && recognize_is(c, k, "."))
		k--;
	if (k < 0)
		return false;
	Str w = recognize_tok(c, k);
	return recognize_title_word(w) || recognize_honorific(w);
}

/* Whether token i is inside some other kb mention (a state before a
 * surname: "Kyrgyz President Zaparov" is titled, "Tajik Rahmon" is not a name). */
static bool name_free(const struct rctx *c, int i)
{
	for (ptrdiff_t k = 0; k < c->n; k++) {
		const struct mention *m = &c->v[k];
		if (m->type && m->type != M_PERSON && m->off <= c->tok[i].off && c->tok[i].off < m->off + m->len)
			return true;
	}
	return false;
}

/* Whether an unknown person's name in the document has the word at token i
 * as its first or last word ("Lin" after "Lin Haoran"). */
static bool unknown_person_word(const struct rctx *c, int i)
{
	for (ptrdiff_t k = 0; k < c->n; k++) {
		const struct mention *m = &c->v[k];
		if (m->type != M_PERSON || m->kb >= 0 || m->len <= c->tok[i].len)
			continue;
		int b = recognize_tok_at(c, m->off), e = recognize_tok_after(c, m->off + m->len);
		if (b >= 0 && e > b && (c->tok[b].key == c->tok[i].key || c->tok[e - 1].key == c->tok[i].key))
			return true;
	}
	return false;
}

void recognize_surnames(struct rctx *c, bool final)
{
	/* persons named in full somewhere */
	int *full = NULL;
	ptrdiff_t nfull = 0, capfull = 0;
	for (ptrdiff_t k = 0; k < c->n; k++)
		if (c->v[k].type == M_PERSON && c->v[k].kb >= 0 && !(c->v[k].flags & MENTION_SURNAME))
			apush(c->a, full, nfull, capfull, c->v[k].kb);
	for (ptrdiff_t k = 0; k < c->n; k++) {
		struct mention *m = &c->v[k];
		if (m->type != M_PERSON || !(m->flags & MENTION_SURNAME))
			continue;
		int i = recognize_tok_at(c, m->off);
		if (i < 0)
			continue;
		/* part of another full name ("Lin Haoran" is not "Lin") */
		int j0 = recognize_tok_after(c, m->off + m->len);
		if ((j0 < c->ntok && recognize_cap(c, j0) && (c->tok[j0].flags & TOK_SPACE) &&
		     !(c->tok[j0].flags & TOK_NEWLINE) && !recognize_stop_cap(recognize_tok(c, j0)) &&
		     !recognize_title_word(recognize_tok(c, j0))) ||
		    (i > 0 && recognize_cap(c, i - 1) && !(c->tok[i].flags & TOK_NEWLINE) &&
		     !recognize_stop_cap(recognize_tok(c, i - 1)) && !titled(c, i) && !name_free(c, i - 1))) {
			m->type = 0;
			continue;
		}
		if (!final)
			continue;
		/* every person with this surname */
		uint64_t seq = TOK_SEQ_SEED;
		int j = i;
		while (j < c->ntok && c->tok[j].off < m->off + m->len)
			seq = tok_key_add(seq, c->tok[j++].key);
		const struct kb_name *names;
		bool more;
		int n = kb_names(c->kb, seq, &names, &more);
		int chosen = -1, ncand = 0, current = -1;
		for (int q = 0; q < n; q++) {
			if (names[q].form != KB_FORM_SURNAME)
				continue;
			ncand++;
			for (ptrdiff_t f = 0; f < nfull; f++)
				if (full[f] == names[q].entity)
					chosen = names[q].entity;
			const struct kb_office *of;
			int no = kb_offices(c->kb, names[q].entity, &of);
			for (int x = 0; x < no; x++)
				if (!date_ok(of[x].to) && current < 0)
					current = names[q].entity;
		}
		if (chosen < 0 && titled(c, i))
			chosen = current >= 0 ? current : m->kb;
		if (chosen < 0 && ncand == 1 && !recognize_stop_cap(recognize_tok(c, i)) && !unknown_person_word(c, i))
			chosen = m->kb;
		if (chosen < 0)
			m->type = 0; /* dropped by the driver */
		else
			m->kb = chosen;
	}
}
