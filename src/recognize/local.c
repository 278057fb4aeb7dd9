/* local.c: names the document itself introduces, found again wherever they
 * recur: an unknown place or person named once by a pattern ("in Turgundi",
 * "President Zaparov") is the same name elsewhere ("the Turgundi railway
 * station", "Zaparov said"); an unknown person's surname alone refers to
 * them; an acronym defined in brackets after a name ("... on Climate Change
 * (UNFCCC)") or made of a name's initials ("CCP" after "Chinese Communist
 * Party") is that name
 *
 * Runs once after every sentence is recognised.  Matching is by token keys
 * with the words capitalised as in the text; a token already inside a
 * mention is never matched again.
 */
#include "recognize-int.h"

#include <string.h>

struct taught {
	uint64_t key[4];       /* token keys */
	int n;                 /* tokens */
	enum mention_type type;
	unsigned flags;
	ptrdiff_t ref_off, ref_len; /* what an acronym abbreviates */
};

static bool is_date_type(enum mention_type t)
{
	return t == M_DATE || t == M_PART_OF_DAY || t == M_RELDATE;
}

static void teach(struct rctx *c, struct taught **v, ptrdiff_t *n, ptrdiff_t *cap, int b, int e,
		  enum mention_type type, unsigned flags, ptrdiff_t ref_off, ptrdiff_t ref_len)
{
	if (e - b < 1 || e - b > 4)
		return;
	struct taught t = { { 0 }, e - b, type, flags, ref_off, ref_len };
	for (int i = b; i < e; i++)
		t.key[i - b] = c->tok[i].key;
	for (ptrdiff_t k = 0; k < *n; k++)
		if ((*v)[k].n == t.n && !memcmp((*v)[k].key, t.key, sizeof t.key))
			return;
	apush(c->a, *v, *n, *cap, t);
}

/* The initials of a name's capitalised words ("Chinese Communist Party" -> CCP). */
static int initials(const struct rctx *c, const struct mention *m, char *out, int cap)
{
	int n = 0;
	ptrdiff_t off = m->off;
	Str s = { c->text.s, m->off + m->len };
	struct token t;
	while (tok_next(s, &off, &t)) {
		if (t.kind != TOK_WORD || !(t.flags & TOK_CAP))
			continue;
		if (n >= cap)
			return 0;
		out[n++] = c->text.s[t.off];
	}
	return n;
}

void recognize_local(struct rctx *c)
{
	if (c->ntok == 0)
		return;
	bool *cov = anew(c->a, bool, c->ntok);
	for (ptrdiff_t k = 0; k < c->n; k++) {
		const struct mention *m = &c->v[k];
		if (!m->type || is_date_type(m->type))
			continue;
		int i = recognize_tok_at(c, m->off);
		for (; i >= 0 && i < c->ntok && c->tok[i].off < m->off + m->len; i++)
			cov[i] = true;
	}
	struct taught *tv = NULL;
	ptrdiff_t tn = 0, tcap = 0;
	ptrdiff_t nbefore = c->n;
	for (ptrdiff_t k = 0; k < nbefore; k++) {
		struct mention m = c->v[k];
		if (!m.type || is_date_type(m.type))
			continue;
		int b = recognize_tok_at(c, m.off);
		if (b < 0)
			continue;
		int e = b;
		while (e < c->ntok && c->tok[e].off < m.off + m.len)
			e++;
		if ((m.flags & MENTION_UNKNOWN) && !(m.flags & MENTION_REF) && !m.name.len) {
			if (m.type == M_PLACE)
				teach(c, &tv, &tn, &tcap, b, e, M_PLACE, MENTION_UNKNOWN, 0, 0);
			if (m.type == M_PERSON) {
				teach(c, &tv, &tn, &tcap, b, e, M_PERSON, MENTION_UNKNOWN, 0, 0);
				if (e - b >= 2 && c->tok[e - 1].len >= 3)
					teach(c, &tv, &tn, &tcap, e - 1, e, M_PERSON, MENTION_UNKNOWN | MENTION_SURNAME, 0, 0);
				/* a short first word of two may be a family name first ("Lin Haoran") */
				if (e - b == 2 && c->tok[b].len <= 4 && c->tok[b].len >= 2)
					teach(c, &tv, &tn, &tcap, b, b + 1, M_PERSON, MENTION_UNKNOWN | MENTION_SURNAME, 0, 0);
			}
		}
		/* "Full Name (ACR)" */
		if ((m.type == M_ORG || m.type == M_INITIATIVE) && e + 2 < c->ntok &&
		    !strncmp(c->text.s + c->tok[e].off, "(", 1) && c->tok[e + 1].kind == TOK_WORD &&
		    (c->tok[e + 1].flags & TOK_UPPER) && !strncmp(c->text.s + c->tok[e + 2].off, ")", 1) &&
		    !cov[e + 1]) {
			struct mention a = m;
			a.off = c->tok[e + 1].off;
			a.len = c->tok[e + 1].len;
			a.flags = MENTION_UNKNOWN | MENTION_ACRONYM;
			a.kb = -1;
			a.name = a.alt = STR_NULL;
			a.ref_off = m.off;
			a.ref_len = m.len;
			recognize_add(c, a);
			cov[e + 1] = true;
			teach(c, &tv, &tn, &tcap, e + 1, e + 2, m.type, MENTION_UNKNOWN | MENTION_ACRONYM, m.off, m.len);
		}
	}
	/* acronyms made of a name's initials: the names' initials first */
	struct ini {
		char s[8];
		int n;
		ptrdiff_t k;
	} *iv = NULL;
	ptrdiff_t ni = 0, capi = 0;
	for (ptrdiff_t k = 0; k < nbefore; k++) {
		const struct mention *m = &c->v[k];
		if (m->type != M_ORG && m->type != M_INITIATIVE)
			continue;
		struct ini x = { { 0 }, 0, k };
		x.n = initials(c, m, x.s, 8);
		if (x.n >= 3)
			apush(c->a, iv, ni, capi, x);
	}
	for (int i = 0; i < c->ntok && ni; i++) {
		const struct token *t = &c->tok[i];
		if (cov[i] || t->kind != TOK_WORD || !(t->flags & TOK_UPPER) || t->len < 3 || t->len > 8)
			continue;
		Str w = recognize_tok(c, i);
		for (ptrdiff_t q = 0; q < ni; q++) {
			if (iv[q].n != w.len || memcmp(iv[q].s, w.s, (size_t)w.len))
				continue;
			const struct mention *m = &c->v[iv[q].k];
			teach(c, &tv, &tn, &tcap, i, i + 1, m->type, MENTION_UNKNOWN | MENTION_ACRONYM, m->off, m->len);
			break;
		}
	}
	if (tn == 0)
		return;
	/* taught names by their first token's key: head[slot] -> chain in nx */
	int hcap = 16;
	while (hcap < 2 * tn)
		hcap *= 2;
	int *head = anew(c->a, int, hcap), *nx = anew(c->a, int, tn);
	for (int x = 0; x < hcap; x++)
		head[x] = -1;
	for (ptrdiff_t k = tn - 1; k >= 0; k--) {
		uint32_t x = (uint32_t)(tv[k].key[0] ^ (tv[k].key[0] >> 32)) & (uint32_t)(hcap - 1);
		nx[k] = head[x];
		head[x] = (int)k;
	}
	/* find them again */
	for (int s = 0; s < c->doc->nnodes; s++) {
		const struct doc_node *nd = &c->doc->nodes[s];
		if (nd->type != DOC_SENT)
			continue;
		int i = recognize_tok_at(c, nd->off);
		if (i < 0)
			continue;
		for (; i < c->ntok && c->tok[i].off < nd->off + nd->len; i++) {
			if (cov[i] || c->tok[i].kind != TOK_WORD || !(c->tok[i].flags & TOK_CAP))
				continue;
			uint64_t k0 = c->tok[i].key;
			for (int k = head[(uint32_t)(k0 ^ (k0 >> 32)) & (uint32_t)(hcap - 1)]; k >= 0; k = nx[k]) {
				const struct taught *t = &tv[k];
				int j = 0;
				while (j < t->n && i + j < c->ntok && !cov[i + j] && c->tok[i + j].key == t->key[j] &&
				       c->tok[i + j].off < nd->off + nd->len)
					j++;
				if (j < t->n)
					continue;
				/* not the start of a longer capitalised name */
				if (i + j < c->ntok && c->tok[i + j].off < nd->off + nd->len && recognize_cap(c, i + j) &&
				    (c->tok[i + j].flags & TOK_SPACE))
					continue;
				struct mention m = { 0 };
				m.type = t->type;
				m.flags = t->flags;
				m.off = c->tok[i].off;
				m.len = c->tok[i + j - 1].off + c->tok[i + j - 1].len - m.off;
				m.sent = s;
				m.kb = -1;
				m.entity = -1;
				m.ref_off = t->ref_off;
				m.ref_len = t->ref_len;
				recognize_add(c, m);
				for (int x = 0; x < j; x++)
					cov[i + x] = true;
				break;
			}
		}
	}
}
