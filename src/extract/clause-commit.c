/* clause-commit.c: whether a predicate undertakes future action of the actors' own
 *
 * The G7 and G20 Research Groups count as a commitment a statement in which
 * the members pledge a future action of their own.  Read off one predicate:
 *   - will / shall / agree / decide / are committed or determined to, and
 *     action verbs taken directly ("jointly implement"): yes, except acts
 *     done in the document itself (adopt, sign, launch) and narrative past;
 *   - are willing / ready / prepared to, intend to: yes;
 *   - support / endorse + an action as object (a gerund, "the establishment
 *     of", "cooperation in", "the holding of"): yes, unless the object is a
 *     political position (sovereignty, development paths, reunification) or
 *     a third state's condition ("support building X into a peaceful
 *     country", X not a signatory); condemn, oppose, defend: a stance, no;
 *   - reaffirm + determination / commitment to act, participation, or
 *     "... that they will": yes; reaffirming a principle or importance: no;
 *   - note, welcome, appreciate, call: no, unless "... that they will".
 */
#include "clause.h"

static bool punct(const struct csent *s, int i, char c)
{
	return i >= 0 && i < s->n && s->w[i].kind == TOK_PUNCT && s->w[i].s.len == 1 && s->w[i].s.s[0] == c;
}

/* A state mention in [off, end) that is not one of the signatories. */
static bool third_state(const struct cenv *env, ptrdiff_t off, ptrdiff_t end)
{
	if (!env || !env->m || !env->kb || env->sigs.n == 0)
		return false;
	for (int k = 0; k < env->m->n; k++) {
		const struct mention *m = &env->m->v[k];
		if (m->off >= end)
			break;
		if (m->off < off || m->type != M_STATE || (m->flags & MENTION_NESTED) || m->kb < 0)
			continue;
		const struct kb_entity *e = kb_get(env->kb, m->kb);
		if (e && e->type == KB_STATE && e->code.len && !codes_has(env->sigs, e->code))
			return true;
	}
	return false;
}

static bool object_is_action(const struct csent *s, const struct cpred *p, const struct cenv *env)
{
	int beg = p->end, end = p->end;
	bool action = false;
	for (int i = p->end; i < s->n && i < p->end + 12; i++) {
		if (punct(s, i, ';') || punct(s, i, '.'))
			break;
		if (punct(s, i, ',') && (clause_is(s, i + 1, "and") || clause_is(s, i + 1, "but")))
			break;
		end = i + 1;
		if (clause_stance_word(s, i))
			return false;
		if (clause_action_noun(s, i) || clause_gerund(s, i))
			action = true;
	}
	if (!action || end <= beg)
		return false;
	ptrdiff_t off = s->w[beg].off, eoff = s->w[end - 1].off + s->w[end - 1].s.len;
	return !third_state(env, off, eoff);
}

bool clause_pred_commits(const struct csent *s, const struct cpred *p, const struct cenv *env)
{
	if (p->flags & (PF_NARRATIVE | PF_ACT | PF_COPULA))
		return false;
	if (p->flags & PF_THAT_WILL)
		return true;
	switch (p->mod) {
	case MOD_COMMIT:
		/* "declare" pledges only with a content clause ("declare that ... will") */
		if (clause_is(s, p->w, "declare") || clause_is(s, p->w, "declares") || clause_is(s, p->w, "declared"))
			return clause_is(s, p->end, "that");
		return true;
	case MOD_WILLING:
		return true;
	case MOD_SUPPORT:
		if (p->flags & (PF_STANCE | PF_NEG))
			return false;
		return object_is_action(s, p, env);
	case MOD_REAFFIRM:
		return (p->flags & PF_PLEDGE) != 0;
	default:
		return false;
	}
}
