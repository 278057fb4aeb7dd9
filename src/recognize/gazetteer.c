/* gazetteer.c: kb names in a sentence by longest match over tokens, with the
 * rules of case, context and nesting that make a matched name a mention
 *
 * At every token the longest acceptable kb name starting there is found (and
 * the next longest of another entity, for nesting).  Acceptable means: the
 * words the kb capitalises are capitalised in the text ("china" ware is not
 * China); an acronym matches its case; an ISO code counts only in a list of
 * codes ("CHN, KAZ"); a demonym before "language" is a language, not a
 * state; "US$" is a currency.  Matches are taken left to right without
 * overlap; inside an organisation, initiative or person name another kb
 * name is also a mention when it starts the name ("UN" in "UN General
 * Assembly", "Paris" in "Paris Agreement"; but not a place starting an
 * organisation, "Shanghai" in "Shanghai Cooperation Organization") or
 * follows a dash, bracket, quote or preposition inside it ("Central Asia" in
 * "China-Central Asia Summit", "Asia" in "... Measures in Asia").  Inside a
 * state's or place's own name nothing nests ("China" in "People's Republic of
 * China", "Asia" in "Central Asia").  A demonym after "the" and before
 * "side" makes a side ("the Chinese side").  Surname forms are kept
 * tentatively; recognize_surnames() decides once the document is read.
 */
#include "recognize-int.h"

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
	if (!case_ok(c, i, end, nm))
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

/* Longest acceptable match at i (and the longest shorter one of another
 * entity in *second). */
static struct match longest(const struct rctx *c, int i, int maxtok, struct match *second)
{
	struct match m = { 0, NULL };
	struct match cands[64];
	int ncands = 0;
	uint64_t seq = TOK_SEQ_SEED;
	for (int j = i; j < c->e && j - i < maxtok; j++) {
		seq = tok_key_add(seq, c->tok[j].key);
		const struct kb_name *names;
		bool more = false;
		int n = kb_names(c->kb, seq, &names, &more);
		if (n > 0) {
			const struct kb_name *nm = pick(c, i, j + 1, names, n, -1);
			if (nm && ncands < 64)
				cands[ncands++] = (struct match){ j + 1, nm };
		}
		if (!more)
			break;
	}
	second->end = 0;
	second->nm = NULL;
	if (ncands == 0)
		return m;
	m = cands[ncands - 1];
	for (int k = ncands - 2; k >= 0; k--) {
		if (cands[k].nm->entity != m.nm->entity) {
			*second = cands[k];
			break;
		}
	}
	return m;
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

static bool boundary(const struct rctx *c, int j)
{
	if (recognize_dash(c, j) || recognize_quote(c, j) || recognize_is(c, j, "(") || recognize_is(c, j, "/"))
		return true;
	if (c->tok[j].kind == TOK_WORD && (recognize_connector(recognize_tok(c, j))))
		return true;
	if (recognize_is(c, j, "the") && j > c->b && recognize_connector(recognize_tok(c, j - 1)))
		return true;
	return false;
}

void recognize_gazetteer(struct rctx *c)
{
	int maxtok = kb_max_tokens(c->kb);
	if (maxtok <= 0 || c->e <= c->b)
		return;
	int n = c->e - c->b;
	struct match *best = anew(c->a, struct match, n), *second = anew(c->a, struct match, n);
	for (int i = c->b; i < c->e; i++)
		best[i - c->b] = longest(c, i, maxtok, &second[i - c->b]);
	int i = c->b;
	while (i < c->e) {
		struct match m = best[i - c->b];
		if (!m.nm) {
			i++;
			continue;
		}
		emit(c, i, m, 0);
		const struct kb_entity *o = kb_get(c->kb, m.nm->entity);
		int end = m.end;
		if (o->type == KB_ORG || o->type == KB_INITIATIVE || o->type == KB_PERSON) {
			int j = i + 1;
			struct match p = second[i - c->b];
			if (p.nm) {
				const struct kb_entity *pe = kb_get(c->kb, p.nm->entity);
				bool place = pe->type == KB_PLACE || pe->type == KB_REGION;
				if (!(place && o->type == KB_ORG) && o->type != KB_PERSON) {
					emit(c, i, p, MENTION_NESTED);
					j = p.end;
				}
			}
			while (j < end) {
				struct match q = best[j - c->b];
				if (q.nm && q.end <= end && q.nm->entity != m.nm->entity && boundary(c, j - 1)) {
					emit(c, j, q, MENTION_NESTED);
					j = q.end;
				} else {
					j++;
				}
			}
		}
		i = end;
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

void recognize_surnames(struct rctx *c)
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
		if (chosen < 0 && ncand == 1 && !recognize_stop_cap(recognize_tok(c, i)))
			chosen = m->kb;
		if (chosen < 0)
			m->type = 0; /* dropped by the driver */
		else
			m->kb = chosen;
	}
}
