/* clauses.c: one clause per paragraph of operative text, with actors, modality,
 * commitment, issue areas and targets
 *
 * Which documents: declarations and statements (docinfo's kind), or, when
 * docinfo could not tell, a document whose paragraphs are mostly spoken by
 * "the parties / sides / leaders / we" in the present tense; articles and
 * narrative text get none.  Which paragraphs: every DOC_PARA that reads as
 * text (ends like a sentence), never signatures, the place-and-date line,
 * titles or furniture (the segmenter gives those other node types).
 *
 * "The parties" are the signatories' states (the persons docinfo found,
 * through the kb's offices on the document's date); failing those the
 * summit's participants, the states of the persons in the signature block,
 * or the members of the organisation the document names most.  Groups
 * defined by membership ("the member states of the SCO", "WTO
 * participants") are those signatories that are members on the date.
 */
#include "clause.h"

#include <stdlib.h>
#include <string.h>

#define MAX_STATES 256

struct stateset {
	int v[MAX_STATES];
	int n;
};

static void set_add(struct stateset *s, int id)
{
	if (id < 0)
		return;
	for (int i = 0; i < s->n; i++)
		if (s->v[i] == id)
			return;
	if (s->n < MAX_STATES)
		s->v[s->n++] = id;
}

static bool set_has(const struct stateset *s, int id)
{
	for (int i = 0; i < s->n; i++)
		if (s->v[i] == id)
			return true;
	return false;
}

struct cx {
	struct xctx *x;
	struct extraction *out;
	struct cenv env;
	struct stateset sigs;
	ptrdiff_t cap;            /* capacity of out->clauses */
};

/* ---------------------------------------------------------------- signatories */

static int person_state(const struct cx *c, Str name)
{
	const struct kb *kb = c->x->kb;
	const struct entities *e = c->x->e;
	for (int i = 0; e && i < e->n; i++) {
		const struct entity *en = &e->v[i];
		if (en->type != ENT_PERSON || en->kb < 0)
			continue;
		bool same = str_eq_nocase(en->name, name);
		for (int k = 0; !same && k < en->naliases; k++)
			same = str_eq_nocase(en->aliases[k], name);
		if (same)
			return kb_person_state(kb, en->kb, c->env.date);
	}
	int id = kb_find(kb, KB_PERSON, name);
	return id >= 0 ? kb_person_state(kb, id, c->env.date) : -1;
}

static void find_signatories(struct cx *c)
{
	const struct kb *kb = c->x->kb;
	const struct docinfo *di = &c->out->doc;
	for (int i = 0; i < di->nsignatories; i++)
		set_add(&c->sigs, person_state(c, di->signatories[i]));
	/* the signature block: its persons, and the states of their offices
	 * ("..., President of the Republic of Kazakhstan") */
	const struct doc *d = c->x->doc;
	const struct mentions *m = c->x->m;
	for (int i = 0; m && i < m->n; i++) {
		const struct mention *mn = &m->v[i];
		if (mn->kb < 0 || mn->sent < 0 || mn->sent >= d->nnodes || (mn->flags & MENTION_NESTED))
			continue;
		if (doc_ancestor(d, mn->sent, DOC_SIGNATURE) < 0)
			continue;
		if (mn->type == M_PERSON)
			set_add(&c->sigs, kb_person_state(kb, mn->kb, c->env.date));
		else if (mn->type == M_STATE && kb_get(kb, mn->kb) && kb_get(kb, mn->kb)->type == KB_STATE)
			set_add(&c->sigs, mn->kb);
	}
	if (c->sigs.n)
		return;
	const struct summit *sm = &c->out->summit;
	for (int i = 0; i < sm->participants.n; i++)
		set_add(&c->sigs, kb_state(kb, sm->participants.v[i]));
	if (c->sigs.n)
		return;
	/* the organisation named most often, if the kb knows its members */
	int best = -1, bestn = 0;
	for (int i = 0; m && i < m->n; i++) {
		if (m->v[i].type != M_ORG || m->v[i].kb < 0 || (m->v[i].flags & MENTION_NESTED))
			continue;
		int cnt = 0;
		for (int k = 0; k < m->n; k++)
			cnt += m->v[k].type == M_ORG && m->v[k].kb == m->v[i].kb;
		if (cnt > bestn) {
			int tmp[1];
			if (kb_members(kb, m->v[i].kb, c->env.date, tmp, 0) > 0) {
				best = m->v[i].kb;
				bestn = cnt;
			}
		}
	}
	if (best >= 0) {
		int ids[MAX_STATES];
		int n = kb_members(kb, best, c->env.date, ids, MAX_STATES);
		for (int i = 0; i < n && i < MAX_STATES; i++)
			set_add(&c->sigs, ids[i]);
	}
}

/* ---------------------------------------------------------------- operative text */

/* Whether the paragraph body reads as text: enough words, ends like a sentence. */
static bool para_text(Str body)
{
	ptrdiff_t e = body.len;
	while (e > 0 && (body.s[e - 1] == ' ' || body.s[e - 1] == '"' || body.s[e - 1] == ')' ||
			 body.s[e - 1] == '\'' || body.s[e - 1] == '\n'))
		e--;
	/* closing typographic quote (U+201D) or guillemet (U+00BB) */
	while (e >= 3 && (unsigned char)body.s[e - 3] == 0xe2 && (unsigned char)body.s[e - 2] == 0x80 &&
	       ((unsigned char)body.s[e - 1] == 0x9d || (unsigned char)body.s[e - 1] == 0x99))
		e -= 3;
	while (e >= 2 && (unsigned char)body.s[e - 2] == 0xc2 && (unsigned char)body.s[e - 1] == 0xbb)
		e -= 2;
	if (e <= 0)
		return false;
	char last = body.s[e - 1];
	if (last != '.' && last != ';' && last != ':' && last != '!' && last != '?')
		return false;
	int words = 0;
	for (ptrdiff_t i = 0; i < e; i++)
		if (body.s[i] == ' ' && i + 1 < e && body.s[i + 1] != ' ')
			words++;
	return words >= 4;
}

/* A leading "IV. " when the segmenter gave no parts: the numeral's length. */
static int roman_prefix(Str body)
{
	int i = 0;
	while (i < body.len && i < 8 && strchr("IVXLC", body.s[i]))
		i++;
	if (i == 0 || i + 1 >= body.len || body.s[i] != '.' || body.s[i + 1] != ' ')
		return 0;
	return i;
}

/* Whether the document is operative text (see the essay at the top). */
static bool operative(struct cx *c)
{
	enum doc_kind k = c->out->doc.kind;
	if (k == DK_DECLARATION || k == DK_STATEMENT)
		return true;
	if (k == DK_ARTICLE)
		return false;
	const struct doc *d = c->x->doc;
	Arena *a = c->x->a;
	int paras = 0, spoken = 0, spoken_past = 0, parts = 0, infobox = 0, first_person = 0, signature = 0;
	struct arena_mark mark = arena_save(a);
	for (int i = 0; i < d->nnodes; i++) {
		const struct doc_node *n = &d->nodes[i];
		parts += n->type == DOC_PART;
		infobox += n->type == DOC_INFOBOX;
		signature += n->type == DOC_SIGNATURE;
		if (n->type != DOC_PARA)
			continue;
		Str body = doc_node_body(d, i);
		if (!para_text(body))
			continue;
		paras++;
		struct csent w, *sv;
		clause_words(a, d->text, n->body_off, n->body_len, &w);
		if (clause_sentences(a, &w, &sv) < 1)
			continue;
		struct cparse p;
		clause_parse(&sv[0], &c->env, &p);
		if (!p.s[0].np)
			continue;
		const struct cpred *pr = &p.s[0].p[0];
		int at;
		bool they;
		int g = clause_generic_subject(&sv[0], p.s[0].beg, p.s[0].end, &at, &they);
		if (g && !(pr->flags & (PF_PAST | PF_NARRATIVE)))
			spoken++;
		else if (g && !(pr->flags & PF_NARRATIVE))
			spoken_past++; /* "the sides agreed": a joint statement, or a report of one */
		/* a speech: "I", "my" (a declaration speaks only in the plural) */
		for (int t = 0; t < w.n; t++)
			first_person += clause_is(&w, t, "my") || (clause_is(&w, t, "i") && w.w[t].s.s[0] == 'I');
	}
	arena_restore(a, mark);
	if (infobox && spoken < 5)
		return false;
	if (first_person >= 3)
		return false;
	/* past tense counts where the document has the form of an instrument */
	if (parts >= 2 || signature)
		spoken += spoken_past;
	return spoken >= 2 && spoken * 3 >= paras;
}

/* ---------------------------------------------------------------- actors */

struct contrib {
	bool all, unspec, they, restricted;
	struct stateset states;
};

static bool head_follows(const struct csent *s, ptrdiff_t mend, int subj_end)
{
	static const char *const heads[] = { "side", "sides", "government", "governments", "delegation",
					     "delegations", "countries", "states", "nations", "leadership",
					     "authorities", "president", "leader", "leaders", NULL };
	static const char *const after[] = { "and", "as", "together", "along", "jointly", "also", "&",
					     ",", "(", ")", "both", "all", "each",
					     /* an auxiliary before the predicate: "X does not support" */
					     "do", "does", "did", "not", "cannot", "can", "may", "would", NULL };
	int e = 0;
	while (e < s->n && s->w[e].off < mend)
		e++;
	while (e < subj_end && clause_in(s, e, heads))
		e++;
	if (e >= subj_end)
		return true;
	if (s->w[e].kind == TOK_PUNCT && s->w[e].s.len == 1 && strchr(",()&;", s->w[e].s.s[0]))
		return true;
	return clause_in(s, e, after) || clause_adverb(s, e);
}

/* A mention after a preposition other than "of" is not the subject's head
 * ("The situation in Afghanistan remains ..."). */
static bool after_preposition(const struct csent *s, ptrdiff_t moff, int beg)
{
	static const char *const preps[] = { "in", "on", "at", "from", "to", "for", "with", "about", "into",
					     "between", "among", "against", "within", "across", "over",
					     "toward", "towards", "around", "near", "by", "through", NULL };
	int i = 0;
	while (i < s->n && s->w[i].off < moff)
		i++;
	int k = i - 1;
	if (clause_is(s, k, "the"))
		k--;
	return k >= beg && clause_in(s, k, preps);
}

/* A region binds its members only as a group of states ("Central Asian
 * countries", "the Central Asian side"), not as a place. */
static bool region_group(const struct csent *s, const struct mention *m)
{
	static const char *const heads[] = { "countries", "states", "nations", "side", "sides", "leaders",
					     "governments", "republics", "partners", NULL };
	int e = 0;
	while (e < s->n && s->w[e].off < m->off + m->len)
		e++;
	return clause_in(s, e - 1, heads) || clause_in(s, e, heads);
}

static const char *const group_words[] = { "members", "member", "participants", "participating",
					   "parties", "states", "countries", "signatories", NULL };

/* A membership-defined group around org mention m in the subject. */
static bool membership_group(const struct csent *s, const struct mention *m)
{
	int i = 0;
	while (i < s->n && s->w[i].off < m->off)
		i++;
	int e = i;
	while (e < s->n && s->w[e].off < m->off + m->len)
		e++;
	if (clause_is(s, e, "participants") || clause_is(s, e, "members") || clause_is(s, e, "member") ||
	    clause_is(s, e, "participating"))
		return true;
	int k = i - 1;
	if (clause_is(s, k, "the"))
		k--;
	if (!clause_is(s, k, "of"))
		return false;
	return clause_in(s, k - 1, group_words);
}

static void subject_actors(struct cx *c, const struct csent *s, const struct csubj *sj, struct contrib *out)
{
	/* no memset: the state array is large and only its first n count */
	out->all = out->unspec = out->they = out->restricted = false;
	out->states.n = 0;
	int at = -1; /* set only for a generic subject */
	int g = clause_generic_subject(s, sj->beg, sj->end, &at, &out->they);
	if (sj->end <= sj->beg)
		return;
	const struct kb *kb = c->x->kb;
	const struct mentions *m = c->x->m;
	ptrdiff_t beg = s->w[sj->beg].off, end = s->w[sj->end - 1].off + s->w[sj->end - 1].s.len;
	for (int k = 0; m && k < m->n; k++) {
		const struct mention *mn = &m->v[k];
		if (mn->off < beg || mn->off >= end || (mn->flags & MENTION_NESTED))
			continue;
		const struct kb_entity *e = mn->kb >= 0 ? kb_get(kb, mn->kb) : NULL;
		if (mn->type != M_ORG && after_preposition(s, mn->off, sj->beg))
			continue;
		if (mn->type == M_PERSON && mn->kb >= 0) {
			set_add(&out->states, kb_person_state(kb, mn->kb, c->env.date));
		} else if (e && e->type == KB_REGION) {
			if (!region_group(s, mn) || !head_follows(s, mn->off + mn->len, sj->end))
				continue;
			int ids[MAX_STATES];
			int n = kb_members(kb, mn->kb, c->env.date, ids, MAX_STATES);
			for (int i = 0; i < n && i < MAX_STATES; i++)
				set_add(&out->states, ids[i]);
		} else if (mn->type == M_STATE && e && e->type == KB_STATE) {
			if (head_follows(s, mn->off + mn->len, sj->end))
				set_add(&out->states, mn->kb);
		} else if (mn->type == M_ORG && mn->kb >= 0 && membership_group(s, mn)) {
			int ids[MAX_STATES];
			int n = kb_members(kb, mn->kb, c->env.date, ids, MAX_STATES);
			if (n <= 0)
				continue;
			out->restricted = true;
			for (int i = 0; i < n && i < MAX_STATES; i++)
				if (!c->sigs.n || set_has(&c->sigs, ids[i]))
					set_add(&out->states, ids[i]);
		}
	}
	if (out->restricted)
		return;
	/* "the Presidents of Kazakhstan and Uzbekistan": the states named, not all */
	int of = at + 1;
	if (clause_is(s, at, "heads"))
		of = at + 3;
	if (g == SCOPE_ALL && out->states.n && clause_is(s, of, "of"))
		return;
	if (g == SCOPE_ALL)
		out->all = true;
	else if (g == SCOPE_UNSPECIFIED && !out->states.n)
		out->unspec = true;
}

/* ---------------------------------------------------------------- targets */

static int cmp_date(const void *a, const void *b)
{
	return date_cmp(*(const struct date *)a, *(const struct date *)b);
}

static bool date_same(struct date a, struct date b)
{
	return a.y == b.y && a.m == b.m && a.d == b.d;
}

static void targets(struct cx *c, struct clause *k)
{
	const struct mentions *m = c->x->m;
	struct date on = c->env.date;
	struct date buf[64];
	int n = 0;
	for (int i = 0; m && i < m->n; i++) {
		const struct mention *mn = &m->v[i];
		if (mn->type != M_DATE || mn->off < k->off || mn->off >= k->off + k->len)
			continue;
		struct date ds[2] = { mn->value, mn->end };
		for (int j = 0; j < 2; j++) {
			if (!date_ok(ds[j]) || n >= 64)
				continue;
			if (date_ok(on) && date_cmp(date_last_day(ds[j]), on) < 0)
				continue;
			buf[n++] = ds[j];
			why_add(c->x->a, &k->why, "targets", mn->off, mn->len, "targets.on-or-after-document-date");
		}
	}
	qsort(buf, (size_t)n, sizeof *buf, cmp_date);
	k->targets = anew(c->x->a, struct date, n > 0 ? n : 1);
	for (int i = 0; i < n; i++)
		if (!k->ntargets || !date_same(k->targets[k->ntargets - 1], buf[i]))
			k->targets[k->ntargets++] = buf[i];
}

/* ---------------------------------------------------------------- one paragraph */

static const char *commit_rule(const struct cpred *p)
{
	if (p->flags & PF_THAT_WILL)
		return "commitment.pledge-in-complement";
	switch (p->mod) {
	case MOD_WILLING:
		return "commitment.willing";
	case MOD_SUPPORT:
		return "commitment.support-own-action";
	case MOD_REAFFIRM:
		return "commitment.reaffirm-pledge";
	default:
		return (p->flags & PF_ACTION) ? "commitment.action-verb" : "commitment.future-own-action";
	}
}

static void paragraph(struct cx *c, int node, Str section, ptrdiff_t off, ptrdiff_t len)
{
	Arena *a = c->x->a;
	const struct doc *d = c->x->doc;
	struct clause k = { 0 };
	k.section = section;
	k.node = node;
	k.text = (Str){ d->text.s + off, len };
	k.off = off;
	k.len = len;

	struct csent para, *sv;
	clause_words(a, d->text, off, len, &para);
	int ns = clause_sentences(a, &para, &sv);

	bool all = false, unspec = false, any_subject = false;
	struct stateset u;
	u.n = 0;
	ptrdiff_t aoff = off, alen = 0;
	const char *arule = "actors.default-parties";
	bool modal_set = false;
	ptrdiff_t subj_off = 0, subj_len = 0;
	bool committed = false;
	for (int si = 0; si < ns; si++) {
		struct cparse p;
		clause_parse(&sv[si], &c->env, &p);
		for (int j = 0; j < p.n; j++) {
			const struct csubj *sj = &p.s[j];
			struct contrib ct;
			subject_actors(c, &sv[si], sj, &ct);
			if (si == 0 && j == 0 && !modal_set) {
				modal_set = true;
				/* the subject names who speaks: not a topic */
				if (sj->end > sj->beg &&
				    (ct.all || ct.unspec || ct.they || ct.restricted || ct.states.n)) {
					subj_off = sv[si].w[sj->beg].off;
					subj_len = sv[si].w[sj->end - 1].off + sv[si].w[sj->end - 1].s.len - subj_off;
				}
				if (sj->np) {
					const struct cpred *pr = &sj->p[0];
					k.modality = pr->mod;
					ptrdiff_t po = sv[si].w[pr->w].off;
					ptrdiff_t pe = sv[si].w[pr->end - 1].off + sv[si].w[pr->end - 1].s.len;
					why_add(a, &k.why, "modality", po, pe - po, pr->rule);
					if (pr->flags & PF_NEG)
						why_add(a, &k.why, "modality", po, pe - po, "modality.negated");
				} else {
					k.modality = MOD_NOTE;
					why_add(a, &k.why, "modality", sv[si].off, 0, "modality.note.default");
				}
			}
			bool actor = ct.all || ct.unspec || ct.they || ct.states.n || sj->end <= sj->beg;
			if (ct.all || ct.unspec || ct.states.n) {
				any_subject = true;
				int e = sj->end;
				while (e > sj->beg + 1 && clause_adverb(&sv[si], e - 1))
					e--;
				if (e > sj->beg && !alen) {
					aoff = sv[si].w[sj->beg].off;
					alen = sv[si].w[e - 1].off + sv[si].w[e - 1].s.len - aoff;
				}
			}
			all |= ct.all;
			unspec |= ct.unspec;
			for (int i = 0; i < ct.states.n; i++)
				set_add(&u, ct.states.v[i]);
			if (ct.restricted)
				arule = "actors.membership";
			if (!actor || committed)
				continue;
			for (int q = 0; q < sj->np; q++)
				if (clause_pred_commits(&sv[si], &sj->p[q], &c->env)) {
					committed = true;
					const struct cpred *pr = &sj->p[q];
					ptrdiff_t po = sv[si].w[pr->w].off;
					ptrdiff_t pe = sv[si].w[pr->end - 1].off + sv[si].w[pr->end - 1].s.len;
					why_add(a, &k.why, "commitment", po, pe - po, commit_rule(pr));
					break;
				}
		}
	}
	if (!modal_set) {
		k.modality = MOD_NOTE;
		why_add(a, &k.why, "modality", off, 0, "modality.note.default");
	}
	k.commitment = committed;
	if (!committed)
		why_add(a, &k.why, "commitment", off, 0, "commitment.none");

	/* actors and their scope */
	struct stateset act;
	act.n = 0;
	if (all || (!any_subject && !unspec)) {
		for (int i = 0; i < c->sigs.n; i++)
			set_add(&act, c->sigs.v[i]);
		for (int i = 0; i < u.n; i++)
			set_add(&act, u.v[i]);
		k.scope = SCOPE_ALL;
		if (all && strcmp(arule, "actors.membership") != 0)
			arule = "actors.parties";
	} else if (u.n) {
		act = u;
		bool covers = c->sigs.n > 0;
		for (int i = 0; i < c->sigs.n; i++)
			covers &= set_has(&u, c->sigs.v[i]);
		k.scope = covers ? SCOPE_ALL : SCOPE_NAMED;
		if (strcmp(arule, "actors.membership") != 0)
			arule = covers ? "actors.named-all" : "actors.named";
	} else {
		k.scope = SCOPE_UNSPECIFIED;
		arule = "actors.unspecified";
	}
	k.actors = codes_from_states(a, c->x->kb, act.v, act.n);
	why_add(a, &k.why, "actors", aoff, alen, arule);

	k.areas = clause_areas_of(a, &para, &c->env, subj_off, subj_len, &k.why);
	targets(c, &k);

	struct clause *v = c->out->clauses;
	ptrdiff_t n = c->out->nclauses;
	apush(a, v, n, c->cap, k);
	c->out->clauses = v;
	c->out->nclauses = (int)n;
}

void extract_clauses(struct xctx *x, struct extraction *out)
{
	struct cx c = { 0 };
	c.x = x;
	c.out = out;
	c.env.kb = x->kb;
	c.env.m = x->m;
	c.env.date = date_ok(out->doc.date) ? out->doc.date : (x->e ? x->e->doc_date : DATE_NONE);
	find_signatories(&c);
	c.env.sigs = codes_from_states(x->a, x->kb, c.sigs.v, c.sigs.n);
	if (!operative(&c))
		return;
	c.env.nterms = clause_area_terms(x->a, &c.env.terms);
	const struct doc *d = x->doc;
	bool parts = false;
	for (int i = 0; i < d->nnodes; i++)
		parts |= d->nodes[i].type == DOC_PART;
	Str section = STR_NULL;
	for (int i = 0; i < d->nnodes; i++) {
		const struct doc_node *n = &d->nodes[i];
		if (n->type != DOC_PARA)
			continue;
		Str body = doc_node_body(d, i);
		if (!para_text(body))
			continue;
		ptrdiff_t off = n->body_off, len = n->body_len;
		if (parts) {
			/* the outermost numbered part holding the paragraph */
			section = STR_NULL;
			for (int p = n->parent; p >= 0; p = d->nodes[p].parent)
				if (d->nodes[p].type == DOC_PART)
					section = d->nodes[p].label;
		} else {
			int r = roman_prefix(body);
			if (r) {
				section = (Str){ body.s, r };
				off += r + 2;
				len -= r + 2;
			}
		}
		paragraph(&c, i, section, off, len);
	}
}

/* ---------------------------------------------------------------- test seams */

enum modality clause_modality(Arena *a, Str sentence, bool *negated)
{
	struct csent w, *sv;
	clause_words(a, sentence, 0, sentence.len, &w);
	if (clause_sentences(a, &w, &sv) < 1)
		return MOD_NOTE;
	struct cparse p;
	clause_parse(&sv[0], NULL, &p);
	if (negated)
		*negated = p.s[0].np && (p.s[0].p[0].flags & PF_NEG);
	return p.s[0].np ? p.s[0].p[0].mod : MOD_NOTE;
}

bool clause_commitment(Arena *a, Str paragraph)
{
	struct csent w, *sv;
	clause_words(a, paragraph, 0, paragraph.len, &w);
	int ns = clause_sentences(a, &w, &sv);
	for (int si = 0; si < ns; si++) {
		struct cparse p;
		clause_parse(&sv[si], NULL, &p);
		for (int j = 0; j < p.n; j++) {
			const struct csubj *sj = &p.s[j];
			bool they = false;
			int g = clause_generic_subject(&sv[si], sj->beg, sj->end, NULL, &they);
			if (!g && !they && sj->end > sj->beg)
				continue;
			for (int q = 0; q < sj->np; q++)
				if (clause_pred_commits(&sv[si], &sj->p[q], NULL))
					return true;
		}
	}
	return false;
}

uint32_t clause_areas(Arena *a, Str paragraph)
{
	struct csent w;
	clause_words(a, paragraph, 0, paragraph.len, &w);
	return clause_areas_of(a, &w, NULL, 0, 0, NULL);
}

int clause_scope(Arena *a, Str sentence)
{
	struct csent w, *sv;
	clause_words(a, sentence, 0, sentence.len, &w);
	if (clause_sentences(a, &w, &sv) < 1)
		return 0;
	struct cparse p;
	clause_parse(&sv[0], NULL, &p);
	return clause_generic_subject(&sv[0], p.s[0].beg, p.s[0].end, NULL, NULL);
}
