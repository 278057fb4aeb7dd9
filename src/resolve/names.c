/* names.c: folding names for comparison, and building each entity's name,
 * aliases, code and mention count from its group of mentions
 *
 * An entity's name is the fullest form the document uses: for a state its
 * long name when used, else its common name; for other kb entities the kb
 * name when used, else the longest form used (but the kb name when every
 * form used is in another script); for persons the form with the
 * most words; for the rest the longest form.  Demonyms, codes and acronyms
 * are never the name when another form exists.  Aliases are the other forms
 * used (and the other forms mentions carry, such as a name without its
 * ordinal), distinct after folding.
 */
#include "resolve-int.h"

#include <string.h>

Str resolve_form(const struct doc *doc, const struct mention *m)
{
	if (m->name.len)
		return m->name;
	return (Str){ doc->text.s + m->off, m->len };
}

static bool apostrophe(Str t)
{
	return str_eq(t, S("'")) || str_eq(t, S("\u2019")) || str_eq(t, S("\u2018")) || str_eq(t, S("\u02bc")) ||
	       str_eq(t, S("`"));
}

static bool dash(Str t)
{
	return str_eq(t, S("-")) || str_eq(t, S("\u2013")) || str_eq(t, S("\u2014")) || str_eq(t, S("\u2010")) ||
	       str_eq(t, S("\u2011")) || str_eq(t, S("\u2212"));
}

Str resolve_fold(Arena *a, Str s)
{
	char *out = anew(a, char, s.len * 4 + 8);
	ptrdiff_t n = 0, off = 0;
	struct token t;
	bool space = false;
	while (tok_next(s, &off, &t)) {
		Str w = { s.s + t.off, t.len };
		if (t.kind == TOK_PUNCT && apostrophe(w))
			continue;
		if (t.kind == TOK_PUNCT && dash(w)) {
			space = true;
			continue;
		}
		if (n > 0 && (space || (t.flags & TOK_SPACE)))
			out[n++] = ' ';
		space = false;
		Str f = tok_fold(a, w);
		for (ptrdiff_t i = 0; i < f.len; i++)
			if (f.s[i] != '\'')
				out[n++] = f.s[i];
	}
	Str r = { out, n };
	if (str_starts(r, S("the ")))
		r = str_slice(r, 4, r.len - 4);
	return r;
}

static int words(Str s)
{
	int n = 0;
	ptrdiff_t off = 0;
	struct token t;
	while (tok_next(s, &off, &t))
		n += t.kind == TOK_WORD || t.kind == TOK_CJK;
	return n;
}

static enum entity_type entity_type_of(enum mention_type t)
{
	switch (t) {
	case M_STATE: return ENT_STATE;
	case M_PERSON: return ENT_PERSON;
	case M_ORG: return ENT_ORG;
	case M_PLACE: return ENT_PLACE;
	case M_RESOLUTION: return ENT_RESOLUTION;
	default: return ENT_INITIATIVE;
	}
}

struct form {
	Str s, fold;
	bool weak;   /* a demonym, code, acronym or back-reference */
	bool extra;  /* not a mention's own form (m->alt) */
};

static void add_form(Arena *a, struct form **v, int *n, ptrdiff_t *cap, Str s, bool weak, bool extra)
{
	s = str_trim(s);
	if (!s.len)
		return;
	/* the same text again (most mentions of an entity): its fold is that
	 * form's, and the forms' folds are distinct, so no need to fold it */
	for (int i = 0; i < *n; i++) {
		if (str_eq((*v)[i].s, s)) {
			(*v)[i].weak = (*v)[i].weak && weak;
			(*v)[i].extra = (*v)[i].extra && extra;
			return;
		}
	}
	Str f = resolve_fold(a, s);
	for (int i = 0; i < *n; i++) {
		if (str_eq((*v)[i].fold, f)) {
			(*v)[i].weak = (*v)[i].weak && weak;
			(*v)[i].extra = (*v)[i].extra && extra;
			return;
		}
	}
	ptrdiff_t nn = *n;
	apush(a, *v, nn, *cap, ((struct form){ s, f, weak, extra }));
	*n = (int)nn;
}

/* Whether any form has an ASCII letter (is written in Latin script). */
static bool latin_forms(const struct form *fv, int nf)
{
	for (int i = 0; i < nf; i++)
		for (ptrdiff_t k = 0; k < fv[i].s.len; k++)
			if ((unsigned)((fv[i].s.s[k] | 32) - 'a') < 26u)
				return true;
	return false;
}

/* Build one entity from the mentions whose root is r. */
static void build_one(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m,
		      const int *next, int r, struct entity *e)
{
	struct form *fv = NULL;
	int nf = 0;
	ptrdiff_t cap = 0;
	int kbid = -1, nment = 0;
	Str code = STR_NULL;
	int votes[8] = { 0 };
	for (int i = r; i >= 0; i = next[i]) {
		const struct mention *x = &m->v[i];
		if (x->entity < 0)
			continue;
		nment++;
		if (x->kb >= 0 && kbid < 0)
			kbid = x->kb;
		if (x->code.len && !code.len)
			code = x->code;
		if (!(x->flags & MENTION_REF) && (unsigned)x->type < 8)
			votes[x->type] += 2 - ((x->flags & MENTION_ACRONYM) != 0);
		bool weak = (x->flags & (MENTION_DEMONYM | MENTION_CODE | MENTION_ACRONYM | MENTION_REF)) != 0;
		add_form(a, &fv, &nf, &cap, resolve_form(doc, x), weak, false);
		if (x->alt.len)
			add_form(a, &fv, &nf, &cap, x->alt, weak, true);
	}
	/* the type most mentions give */
	int best = m->v[r].type;
	for (int t = 1; t < 8; t++)
		if (votes[t] > votes[best])
			best = t;
	e->type = entity_type_of((enum mention_type)best);
	e->kb = kbid;
	e->nmentions = nment;
	e->first = r;
	const struct kb_entity *ke = kbid >= 0 && kb ? kb_get(kb, kbid) : NULL;
	int pick = -1;
	/* the kb names folded once (resolve_fold is pure) */
	Str lf = ke && ke->long_name.len ? resolve_fold(a, ke->long_name) : STR_NULL;
	Str nf0 = ke ? resolve_fold(a, ke->name) : STR_NULL;
	if (ke) {
		for (int i = 0; i < nf && pick < 0; i++)
			if (lf.len && str_eq(fv[i].fold, lf))
				pick = i;
		for (int i = 0; i < nf && pick < 0; i++)
			if (str_eq(fv[i].fold, nf0))
				pick = i;
	}
	if (pick < 0 && ke && e->type == ENT_STATE) {
		/* only demonyms, codes or other scripts used: the common name leads */
		add_form(a, &fv, &nf, &cap, ke->name, false, true);
		pick = nf - 1;
		for (int i = 0; i < nf; i++)
			if (str_eq(fv[i].fold, nf0))
				pick = i;
	}
	if (pick < 0 && ke && ke->name.len && !latin_forms(fv, nf)) {
		/* only Russian or Chinese forms used ("Токаева", "阿斯塔纳"): the kb's
		 * English name leads, as for states, so that the language versions
		 * of one text name their entities alike */
		add_form(a, &fv, &nf, &cap, ke->name, false, true);
		pick = nf - 1;
	}
	if (pick < 0) {
		int bw = -1;
		ptrdiff_t blen = -1;
		for (int i = 0; i < nf; i++) {
			int w = e->type == ENT_PERSON ? words(fv[i].s) : 0;
			int score = (!fv[i].weak) * 2 + (!fv[i].extra || e->type == ENT_INITIATIVE);
			int bscore = pick < 0 ? -1 : (!fv[pick].weak) * 2 + (!fv[pick].extra || e->type == ENT_INITIATIVE);
			if (pick < 0 || score > bscore || (score == bscore && (w > bw || (w == bw && fv[i].s.len > blen)))) {
				pick = i;
				bw = w;
				blen = fv[i].s.len;
			}
		}
	}
	if (ke && e->type == ENT_STATE && pick < 0)
		e->name = ke->name;
	else if (pick >= 0)
		e->name = fv[pick].s;
	/* the kb's own spelling of a form used ("United Nations" for "the United Nations") */
	if (ke && pick >= 0) {
		if (ke->long_name.len && str_eq(fv[pick].fold, lf))
			e->name = ke->long_name;
		else if (str_eq(fv[pick].fold, nf0))
			e->name = ke->name;
	}
	else if (ke)
		e->name = ke->name;
	/* the kb's name is a form too, when the document used another ("UN
	 * Sustainable Development Goals" is "Sustainable Development Goals") */
	if (ke && e->type != ENT_STATE && e->type != ENT_PERSON && pick >= 0)
		add_form(a, &fv, &nf, &cap, ke->name, true, true);
	e->aliases = nf > 1 ? anew(a, Str, nf) : NULL;
	e->naliases = 0;
	for (int i = 0; i < nf; i++)
		if (i != pick)
			e->aliases[e->naliases++] = fv[i].s;
	if (e->type == ENT_STATE && ke)
		e->code = ke->code;
	else if (e->type == ENT_RESOLUTION)
		e->code = code;
	else
		e->code = STR_NULL;
}

static bool named(enum mention_type t)
{
	return t == M_STATE || t == M_PERSON || t == M_ORG || t == M_PLACE || t == M_RESOLUTION ||
	       t == M_INITIATIVE;
}

void resolve_build(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m, struct groups *g,
		   struct entities *out)
{
	/* which mentions name something: a back-reference that found nothing does not */
	int *size = anew(a, int, m->n + 1);
	for (int i = 0; i < m->n; i++)
		size[resolve_find(g, i)]++;
	for (int i = 0; i < m->n; i++) {
		const struct mention *x = &m->v[i];
		m->v[i].entity = -1;
		if (!named(x->type))
			continue;
		if ((x->flags & MENTION_REF) && size[resolve_find(g, i)] == 1)
			continue;
		m->v[i].entity = 0; /* provisional: numbered below */
	}
	int *index = anew(a, int, m->n + 1);
	struct entity *v = NULL;
	ptrdiff_t n = 0, cap = 0;
	for (int i = 0; i < m->n; i++) {
		index[i] = -1;
		if (m->v[i].entity < 0)
			continue;
		int r = resolve_find(g, i);
		if (r == i || index[r] < 0) {
			/* the root may be a dropped reference: the group's first live mention leads */
			struct entity e = { 0 };
			index[r] = (int)n;
			apush(a, v, n, cap, e);
		}
	}
	for (int i = 0; i < m->n; i++) {
		if (m->v[i].entity < 0)
			continue;
		m->v[i].entity = index[resolve_find(g, i)];
	}
	/* each group's mentions in order: next[i] links them from the root */
	int *next = anew(a, int, m->n + 1), *last = anew(a, int, m->n + 1);
	for (int i = 0; i < m->n; i++) {
		next[i] = -1;
		last[i] = -1;
	}
	for (int i = 0; i < m->n; i++) {
		int r = resolve_find(g, i);
		if (r != i) {
			int l = last[r] >= 0 ? last[r] : r;
			next[l] = i;
			last[r] = i;
		}
	}
	/* build each from its first live mention */
	for (int i = 0; i < m->n; i++) {
		if (m->v[i].entity < 0)
			continue;
		struct entity *e = &v[m->v[i].entity];
		if (e->nmentions)
			continue;
		build_one(a, doc, kb, m, next, resolve_find(g, i), e);
		e->first = i;
	}
	out->v = v;
	out->n = (int)n;
}
