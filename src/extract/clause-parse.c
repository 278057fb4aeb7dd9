/* clause-parse.c: subjects and predicates of one sentence of operative text
 *
 * The grammar is shallow and table-driven.  A sentence may open with an
 * adverbial ("Based on ...,", "Therefore,", "Facing ...,"): then its
 * subject starts after the comma that precedes the first subject-like
 * phrase.  The main predicate is the first word from the lexicon in verb
 * position after that start (a copula with no predicate adjective counts as
 * "note"; a copula inside a "that"/"which" clause does not count).  After
 * it, at each ", and" / "and" / "," / ";" a new subject with its own
 * predicate opens a coordinated clause (", and the parties welcome ..."),
 * and a predicate with no subject of its own is coordinated with the last
 * subject (", and are willing to ...").  A bare action verb after an
 * infinitive ("to advance X and address Y") or a relative pronoun belongs
 * to that subordinate phrase, not to the subject, and is skipped.
 */
#include "clause.h"

#include <string.h>

static const char *const fronted[] = {
	"on", "in", "at", "for", "with", "within", "under", "based", "against", "given", "guided",
	"to", "therefore", "thus", "furthermore", "moreover", "additionally", "meanwhile", "also",
	"further", "consequently", "accordingly", "hence", "besides", "finally", "lastly", "first",
	"firstly", "second", "secondly", "third", "thirdly", "as", "while", "since", "after",
	"before", "during", "following", "through", "by", "from", "amid", "amidst", "despite",
	"upon", "according", "pursuant", "inspired", "convinced", "mindful", "aware", "deeply",
	"determined", "concerned", "recalling", "here", "together", "now", "today", "if", "when",
	"although", "though", "whereas", "beyond", "regarding", "concerning", "considering",
	"proceeding", "building", "bearing", "acknowledging", "desiring", "stressing", "noting",
	"welcoming", "reaffirming", "having", "being", "in", "accordingly", "overall", NULL
};

static const char *const relativizers[] = { "that", "which", "who", "whom", "whose", "where", "when",
					    "whereby", "if", "whether", "because", "while", "although",
					    "so", NULL };

static const char *const number_words[] = { "two", "three", "four", "five", "six", "seven", "eight",
					    "nine", "ten", "eleven", "twelve", "both", NULL };

static const char *const all_heads[] = { "parties", "sides", "leaders", "participants", "signatories",
					 "ministers", "delegations", "governments", "party", "members",
					 "presidents", NULL };
static const char *const state_heads[] = { "states", "countries", "nations", "economies", NULL };
static const char *const unspec_mods[] = { "relevant", "interested", "some", "other", "certain",
					   "several", "individual", "many", "most", "various", NULL };

static bool punct(const struct csent *s, int i, char c)
{
	return i >= 0 && i < s->n && s->w[i].kind == TOK_PUNCT && s->w[i].s.len == 1 && s->w[i].s.s[0] == c;
}

/* Generic subject phrase whose head is at i: SCOPE_ALL, SCOPE_UNSPECIFIED or 0. */
static int generic_head(const struct csent *s, int i)
{
	if (clause_is(s, i, "we"))
		return SCOPE_ALL;
	if (clause_is(s, i, "heads") && clause_is(s, i + 1, "of") &&
	    (clause_is(s, i + 2, "state") || clause_is(s, i + 2, "government")))
		return SCOPE_ALL;
	bool all = clause_in(s, i, all_heads), st = clause_in(s, i, state_heads);
	bool side = clause_is(s, i, "side");
	if (!all && !st && !side)
		return 0;
	/* modifiers before the head (at most three words back, stopping at punctuation) */
	bool unspec = false, counted = false, member = false, det = false;
	for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
		if (!clause_word(s, k) && !punct(s, k, '-'))
			break;
		if (clause_in(s, k, unspec_mods))
			unspec = true;
		if (clause_in(s, k, number_words) || s->w[k].kind == TOK_NUM || clause_is(s, k, "our") ||
		    clause_is(s, k, "all") || clause_is(s, k, "each"))
			counted = true;
		if (clause_is(s, k, "member") || clause_is(s, k, "participating") || clause_is(s, k, "contracting"))
			member = true;
		if (clause_is(s, k, "the") || clause_is(s, k, "these"))
			det = true;
	}
	if (clause_is(s, i + 1, "concerned"))
		unspec = true;
	if (unspec)
		return all || st ? SCOPE_UNSPECIFIED : 0;
	if (side)
		return counted ? SCOPE_ALL : 0;
	if (all)
		return (clause_is(s, i, "party") && !counted) ? 0 : SCOPE_ALL;
	/* states, countries: "the six countries", "member states", "our countries" */
	if (counted || member)
		return SCOPE_ALL;
	(void)det;
	return 0;
}

int clause_generic_subject(const struct csent *s, int beg, int end, int *at, bool *they)
{
	int best = 0;
	if (they)
		*they = false;
	static const char *const preps[] = { "of", "for", "to", "in", "on", "with", "by", "from", "at",
					     "about", "into", "between", "among", "that", "which", NULL };
	bool inner = false; /* inside a prepositional phrase or a clause: not the head */
	for (int i = beg; i < end; i++) {
		if (they && (clause_is(s, i, "they") || clause_is(s, i, "them")))
			*they = true;
		if (clause_in(s, i, preps) && !(clause_is(s, i, "of") && clause_is(s, i - 1, "heads")))
			inner = true;
		if (s->w[i].kind == TOK_PUNCT && s->w[i].s.len == 1 && s->w[i].s.s[0] == ',')
			inner = false;
		if (clause_is(s, i, "and"))
			inner = false;
		if (inner)
			continue;
		int g = generic_head(s, i);
		if (g == SCOPE_ALL) {
			if (at)
				*at = i;
			return SCOPE_ALL;
		}
		if (g && !best) {
			best = g;
			if (at)
				*at = i;
		}
	}
	return best;
}

static bool mention_starts(const struct cenv *env, ptrdiff_t off, ptrdiff_t *end)
{
	if (!env || !env->m)
		return false;
	for (int k = 0; k < env->m->n; k++) {
		const struct mention *m = &env->m->v[k];
		if (m->off > off)
			break;
		if (m->off == off && (m->type == M_STATE || m->type == M_PERSON || m->type == M_ORG ||
				      m->type == M_PLACE)) {
			*end = m->off + m->len;
			return true;
		}
	}
	return false;
}

int clause_subject_start(const struct csent *s, int i, const struct cenv *env)
{
	if (i >= s->n)
		return 0;
	if (clause_is(s, i, "we") || clause_is(s, i, "they"))
		return 1;
	/* a generic head within the next five words, with only modifiers before it */
	for (int k = i; k < s->n && k < i + 6; k++) {
		if (generic_head(s, k)) {
			int e = k + 1;
			if (clause_is(s, k, "heads"))
				e = k + 3;
			if (clause_is(s, e, "concerned"))
				e++;
			return e - i;
		}
		if (!clause_word(s, k) && !punct(s, k, '-'))
			break;
		/* modifiers may be lower case; a verb-like word ends the search */
		struct cpred p;
		if (clause_pred_at(s, k, i, &p))
			break;
	}
	/* a state, person, region or organisation mention (after "the") */
	int j = clause_is(s, i, "the") ? i + 1 : i;
	ptrdiff_t end;
	if (j < s->n && mention_starts(env, s->w[j].off, &end)) {
		int e = j;
		while (e < s->n && s->w[e].off < end)
			e++;
		while (e < s->n && (clause_in(s, e, state_heads) || clause_is(s, e, "side") ||
				    clause_is(s, e, "sides") || clause_is(s, e, "government") ||
				    clause_is(s, e, "participants") || clause_is(s, e, "member")))
			e++;
		return e - i;
	}
	/* capitalised words ending in a group head ("World Trade Organization participants") */
	int e = j;
	while (e < s->n && clause_word(s, e) && (s->w[e].flags & TOK_CAP))
		e++;
	if (e > j && (clause_is(s, e, "participants") || clause_is(s, e, "members") ||
		      (clause_is(s, e, "member") && clause_in(s, e + 1, state_heads))))
		return e + (clause_is(s, e, "member") ? 2 : 1) - i;
	return 0;
}

static bool is_fronted(const struct csent *s, int i)
{
	if (!clause_word(s, i))
		return false;
	if (clause_in(s, i, fronted))
		return true;
	if (clause_ends(s, i, "ing"))
		return true;
	/* "Based on", "Guided by", "Convinced that": an -ed word before a lower-case word */
	if (clause_ends(s, i, "ed") && i + 1 < s->n && !(s->w[i + 1].flags & TOK_CAP))
		return true;
	return false;
}

/* Where the main clause starts: after a fronted adverbial, if any. */
static int main_start(const struct csent *s, const struct cenv *env)
{
	int i = 0;
	while (i < s->n && s->w[i].kind == TOK_PUNCT)
		i++;
	if (!is_fronted(s, i))
		return i;
	/* an adverbial with no comma ("In 2026 the parties will ...") */
	int first = -1, cap = -1;
	for (int k = i + 1; k < s->n; k++) {
		if (!punct(s, k, ','))
			continue;
		int j = k + 1;
		if (first < 0)
			first = j;
		if (clause_subject_start(s, j, env) > 0)
			return j;
		if (cap < 0 && clause_word(s, j) && (s->w[j].flags & TOK_CAP))
			cap = j;
		struct cpred p;
		/* a comma followed straight by the verb: "..., will ..." ends the search */
		if (clause_pred_at(s, j, j, &p) && !(p.flags & PF_COPULA))
			break;
	}
	if (cap >= 0)
		return cap;
	if (first >= 0)
		return first;
	return i;
}

static void that_will(const struct csent *s, const struct cenv *env, struct cpred *p)
{
	int j = p->end;
	while (j < s->n && clause_adverb(s, j))
		j++;
	if (!clause_is(s, j, "that"))
		return;
	int n = clause_subject_start(s, j + 1, env);
	if (n <= 0)
		return;
	int k = j + 1 + n;
	while (k < s->n && clause_adverb(s, k))
		k++;
	struct cpred q;
	if (clause_pred_at(s, k, j + 1, &q) &&
	    ((q.flags & PF_MODAL) || q.mod == MOD_WILLING || (q.mod == MOD_COMMIT && !(q.flags & PF_ACT))))
		p->flags |= PF_THAT_WILL;
}

/* reaffirm + (their) (firm) determination / commitment to act / participation */
static void pledge(const struct csent *s, struct cpred *p)
{
	static const char *const resolve_nouns[] = { "determination", "resolve", "readiness", "willingness",
						     "intention", "participation", "engagement", "involvement",
						     NULL };
	int j = p->end;
	for (int n = 0; n < 4 && j < s->n && !clause_in(s, j, resolve_nouns) && !clause_is(s, j, "commitment") &&
			 !clause_is(s, j, "commitments");
	     n++, j++)
		if (!clause_word(s, j))
			return;
	if (clause_in(s, j, resolve_nouns)) {
		p->flags |= PF_PLEDGE;
		return;
	}
	if (!clause_is(s, j, "commitment") && !clause_is(s, j, "commitments"))
		return;
	if (!clause_is(s, j + 1, "to"))
		return;
	int k = j + 2;
	while (k < s->n && clause_adverb(s, k))
		k++;
	if (clause_action_verb(s, k) || clause_gerund(s, k) || clause_is(s, k, "joint") ||
	    clause_is(s, k, "common") || clause_is(s, k, "collective") || clause_is(s, k, "work") ||
	    clause_is(s, k, "further"))
		p->flags |= PF_PLEDGE;
}

static void add_pred(struct csubj *sj, struct cpred p)
{
	if (sj->np < CLAUSE_MAX_PREDS)
		sj->p[sj->np++] = p;
}

/* The first predicate at or after from (and before the end), or -1. */
static int find_pred(const struct csent *s, int from, int limit, struct cpred *out)
{
	bool rel = false, inf = false;
	unsigned neg = 0;
	for (int i = from; i < limit; i++) {
		if (clause_is(s, i, "to") && clause_word(s, i + 1) && !(s->w[i + 1].flags & TOK_CAP) &&
		    !clause_is(s, i + 1, "the") && !clause_is(s, i + 1, "a") && !clause_is(s, i + 1, "an"))
			inf = true;
		if (clause_is(s, i, "not") || clause_is(s, i, "never")) {
			neg = PF_NEG;
			continue;
		}
		if (clause_in(s, i, relativizers) && i > from)
			rel = true;
		struct cpred p;
		if (!clause_pred_at(s, i, from, &p))
			continue;
		if (i > from && clause_in(s, i - 1, relativizers))
			continue;
		if ((p.flags & PF_COPULA) && rel)
			continue;
		if ((p.flags & PF_ACTION) && (rel || inf))
			continue;
		p.flags |= neg;
		*out = p;
		return i;
	}
	return -1;
}

void clause_parse(const struct csent *s, const struct cenv *env, struct cparse *out)
{
	memset(out, 0, sizeof *out);
	int s0 = main_start(s, env);
	struct cpred p;
	int v = find_pred(s, s0, s->n, &p);
	struct csubj *cur = &out->s[out->n++];
	cur->beg = s0;
	cur->end = v < 0 ? s0 : v;
	if (v < 0)
		return;
	that_will(s, env, &p);
	if (p.mod == MOD_REAFFIRM)
		pledge(s, &p);
	add_pred(cur, p);
	bool blocked = false;
	for (int i = p.end; i < s->n; i++) {
		if (clause_is(s, i, "to") && clause_word(s, i + 1) && !(s->w[i + 1].flags & TOK_CAP) &&
		    !clause_is(s, i + 1, "the") && !clause_is(s, i + 1, "a") && !clause_is(s, i + 1, "an"))
			blocked = true;
		if (clause_in(s, i, relativizers))
			blocked = true;
		bool comma = punct(s, i, ',') || punct(s, i, ';');
		bool conj = clause_is(s, i, "and") || clause_is(s, i, "but") || clause_is(s, i, "while") ||
			    clause_is(s, i, "whereas");
		if (!comma && !conj)
			continue;
		int k = i + 1;
		if (comma && (clause_is(s, k, "and") || clause_is(s, k, "but") || clause_is(s, k, "while") ||
			      clause_is(s, k, "whereas")))
			k++;
		/* a new subject with a predicate of its own */
		int sl = clause_subject_start(s, k, env);
		if (sl > 0 && out->n < CLAUSE_MAX_SUBJ) {
			int j = k + sl;
			while (j < s->n && clause_adverb(s, j))
				j++;
			struct cpred q;
			bool found = clause_pred_at(s, j, k, &q);
			bool weak = found && (q.flags & PF_COPULA) && !clause_is(s, k, "they") &&
				    !clause_generic_subject(s, k, j, NULL, NULL);
			if (found && !weak) {
				cur = &out->s[out->n++];
				cur->beg = k;
				cur->end = j;
				that_will(s, env, &q);
				if (q.mod == MOD_REAFFIRM)
					pledge(s, &q);
				add_pred(cur, q);
				blocked = false;
				i = q.end - 1;
				continue;
			}
		}
		/* a predicate coordinated with the current subject */
		int j = k;
		unsigned neg = 0;
		while (j < s->n && (clause_adverb(s, j) || clause_is(s, j, "not"))) {
			if (clause_is(s, j, "not"))
				neg = PF_NEG;
			j++;
		}
		struct cpred q;
		if (!clause_pred_at(s, j, k, &q))
			continue;
		if (q.flags & (PF_COPULA | PF_NARRATIVE))
			continue;
		if ((q.flags & PF_ACTION) && blocked)
			continue;
		if ((q.flags & PF_ACTION) && !conj && !clause_is(s, k - 1, "and") && j == k) {
			/* ", expand cooperation": a bare verb after a comma only in a series of actions */
			bool after_action = false;
			for (int x = 0; x < cur->np; x++)
				if (cur->p[x].mod == MOD_SUPPORT || cur->p[x].mod == MOD_COMMIT ||
				    cur->p[x].mod == MOD_WILLING)
					after_action = true;
			if (!after_action)
				continue;
		}
		q.flags |= PF_COORD | neg;
		that_will(s, env, &q);
		if (q.mod == MOD_REAFFIRM)
			pledge(s, &q);
		add_pred(cur, q);
		blocked = false;
		i = q.end - 1;
	}
}
