/* recognize.c: the recognize stage's driver: runs every recognizer over each
 * sentence, then sorts the mentions, drops duplicates and marks nesting
 *
 * Order matters: kb names first (everything else avoids or builds on them),
 * then resolutions, persons, quoted titles, bodies by head noun, places, and
 * dates; after all sentences, kb surnames are confirmed against the whole
 * document and the names the document itself introduced (an unknown place,
 * a defined acronym, an unknown person's surname) are found again elsewhere.
 */
#include "recognize-int.h"
#include "../base/utf8.h"

#include <stdlib.h>
#include <string.h>

Str recognize_tok(const struct rctx *c, int i)
{
	return (Str){ c->text.s + c->tok[i].off, c->tok[i].len };
}

bool recognize_cap(const struct rctx *c, int i)
{
	return i >= 0 && i < c->ntok && c->tok[i].kind == TOK_WORD && (c->tok[i].flags & TOK_CAP);
}

bool recognize_glued(const struct rctx *c, int i)
{
	return i > 0 && i < c->ntok && !(c->tok[i].flags & TOK_SPACE);
}

bool recognize_dash(const struct rctx *c, int i)
{
	if (i < 0 || i >= c->ntok || c->tok[i].kind != TOK_PUNCT)
		return false;
	Str t = recognize_tok(c, i);
	if (t.s[0] != '-' && (unsigned char)t.s[0] != 0xe2)
		return false; /* the first byte of every dash below */
	return str_eq(t, S("-")) || str_eq(t, S("\u2013")) || str_eq(t, S("\u2014")) ||
	       str_eq(t, S("\u2010")) || str_eq(t, S("\u2011"));
}

bool recognize_quote(const struct rctx *c, int i)
{
	if (i < 0 || i >= c->ntok || c->tok[i].kind != TOK_PUNCT)
		return false;
	Str t = recognize_tok(c, i);
	if (t.s[0] != '"' && (unsigned char)t.s[0] != 0xc2 && (unsigned char)t.s[0] != 0xe2)
		return false; /* the first byte of every quotation mark below */
	return str_eq(t, S("\"")) || str_eq(t, S("\u201c")) || str_eq(t, S("\u201d")) ||
	       str_eq(t, S("\u00ab")) || str_eq(t, S("\u00bb")) || str_eq(t, S("\u201e"));
}

struct mention recognize_span(const struct rctx *c, enum mention_type type, int b, int e, unsigned flags)
{
	struct mention m = { 0 };
	m.type = type;
	m.flags = flags;
	m.off = c->tok[b].off;
	m.len = c->tok[e - 1].off + c->tok[e - 1].len - m.off;
	m.sent = c->sent;
	m.kb = -1;
	m.entity = -1;
	return m;
}

void recognize_add(struct rctx *c, struct mention m)
{
	mention_push(c->a, &c->v, &c->n, &c->cap, m);
}

ptrdiff_t recognize_at(const struct rctx *c, int i, int type)
{
	ptrdiff_t best = -1;
	for (ptrdiff_t k = c->kbf; k < c->n; k++) {
		if (k == c->kbl && k < c->first)
			k = c->first;
		if (k >= c->n)
			break;
		const struct mention *m = &c->v[k];
		if (!m->type || m->off != c->tok[i].off || (type && (int)m->type != type))
			continue;
		if (m->type == M_DATE || m->type == M_PART_OF_DAY || m->type == M_RELDATE)
			continue;
		if (best < 0 || m->len > c->v[best].len)
			best = k;
	}
	return best;
}

ptrdiff_t recognize_kb_cover(const struct rctx *c, int i)
{
	for (ptrdiff_t k = c->kbf; k < c->kbl; k++) {
		const struct mention *m = &c->v[k];
		if (m->kb >= 0 && m->type && m->off <= c->tok[i].off && c->tok[i].off < m->off + m->len)
			return k;
	}
	return -1;
}

int recognize_tok_at(const struct rctx *c, ptrdiff_t off)
{
	int lo = 0, hi = c->ntok;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (c->tok[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->ntok && c->tok[lo].off == off ? lo : -1;
}

int recognize_tok_after(const struct rctx *c, ptrdiff_t off)
{
	int lo = 0, hi = c->ntok;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (c->tok[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool is_date_type(enum mention_type t)
{
	return t == M_DATE || t == M_PART_OF_DAY || t == M_RELDATE;
}

/* Text order; a longer mention before the ones it contains. */
static int cmp_mention(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	if (a->len != b->len)
		return a->len > b->len ? -1 : 1;
	if (a->type != b->type)
		return (int)a->type - (int)b->type;
	return (a->kb >= 0) - (b->kb >= 0) ? ((a->kb >= 0) ? -1 : 1) : 0;
}

static bool inside(const struct mention *in, const struct mention *out)
{
	return in->off >= out->off && in->off + in->len <= out->off + out->len && in->len < out->len;
}

static bool unknown_name(const struct mention *m)
{
	return (m->flags & MENTION_UNKNOWN) && !(m->flags & MENTION_ACRONYM) &&
	       (m->type == M_ORG || m->type == M_INITIATIVE || m->type == M_PLACE);
}

/* Whether text[b, e) holds only spaces and quotation marks. */
static bool only_quotes(Str text, ptrdiff_t b, ptrdiff_t e)
{
	if (e - b > 8)
		return false;
	Str t = { text.s + b, e - b };
	ptrdiff_t off = 0;
	while (off < t.len) {
		int32_t cp = utf8_next(t, &off);
		if (cp == ' ' || cp == '"' || cp == 0x201c || cp == 0x201d || cp == 0xab || cp == 0xbb)
			continue;
		return false;
	}
	return true;
}

/* Whether unknown name v[i] lies inside a kb body's name whose words before
 * it hold no head noun: then its head is the kb name's head ("Group" in
 * "Friends of the Group for ..."), not a name of its own (unlike "United
 * Nations ... Commission" in "Digital Solutions Center of the ..."). */
static bool inside_kb_name(const struct rctx *c, const struct mention *v, ptrdiff_t n, ptrdiff_t i)
{
	for (ptrdiff_t k = i - 1; k >= 0 && k >= i - 16; k--) {
		const struct mention *o = &v[k];
		if (o->kb < 0 || (o->type != M_ORG && o->type != M_INITIATIVE) || !inside(&v[i], o))
			continue;
		bool head = false;
		for (int t = recognize_tok_after(c, o->off); t < c->ntok && c->tok[t].off < v[i].off; t++)
			head = head || (recognize_cap(c, t) && recognize_head(recognize_tok(c, t)).cls != H_NONE);
		if (!head)
			return true;
	}
	(void)n;
	return false;
}

/* Drop what another mention makes wrong: an unknown body with the span of a
 * kb name (the kb knows it), an unknown body strictly inside a quoted title
 * (a title names one thing), the same span twice; then sort and mark nesting. */
static void finish(struct rctx *c, struct mentions *out)
{
	struct mention *v = c->v;
	ptrdiff_t n = c->n;
	if (n > 1)
		qsort(v, (size_t)n, sizeof *v, cmp_mention);
	bool *drop = anew(c->a, bool, n + 1);
	for (ptrdiff_t i = 0; i < n; i++) {
		const struct mention *m = &v[i];
		if (!m->type)
			drop[i] = true;
		if (!m->type || is_date_type(m->type))
			continue;
		for (ptrdiff_t k = i + 1; k < n && v[k].off == m->off; k++) {
			if (v[k].len != m->len || is_date_type(v[k].type) || drop[k])
				continue;
			/* same span: a resolution's title is the resolution; else keep
			 * the kb mention, else the first */
			if (m->type == M_RESOLUTION && v[k].type != M_RESOLUTION)
				drop[k] = true;
			else if (v[k].type == M_RESOLUTION && m->type != M_RESOLUTION)
				drop[i] = true;
			else if (m->kb < 0 && v[k].kb >= 0 && !drop[i])
				drop[i] = true;
			else
				drop[k] = true;
		}
		/* the kb's name for what a resolution's title declares is the title */
		if (m->type == M_RESOLUTION && (m->flags & MENTION_UNKNOWN)) {
			for (ptrdiff_t k = i + 1; k < n && v[k].off < m->off + m->len; k++)
				if (v[k].kb >= 0 && (v[k].type == M_INITIATIVE || v[k].type == M_ORG) && v[k].off == m->off &&
				    v[k].len * 2 >= m->len)
					drop[k] = true;
		}
		if (unknown_name(m) && inside_kb_name(c, v, n, i))
			drop[i] = true;
		if (unknown_name(m)) {
			for (ptrdiff_t q = 0; q < c->nquotes; q++) {
				ptrdiff_t qb = c->tok[c->quotes[q].b].off;
				const struct token *te = &c->tok[c->quotes[q].e - 1];
				ptrdiff_t qe = te->off + te->len;
				if (m->off >= qb && m->off + m->len <= qe && m->len < qe - qb)
					drop[i] = true;
			}
		}
	}
	ptrdiff_t k = 0;
	for (ptrdiff_t i = 0; i < n; i++)
		if (!drop[i])
			v[k++] = v[i];
	n = k;
	/* one name written twice in a row, or a nickname in quotes before the
	 * name ("Bishkek+25" Second Global Mountain Summit): one mention */
	ptrdiff_t prev = -1;
	k = 0;
	for (ptrdiff_t i = 0; i < n; i++) {
		struct mention *m = &v[i];
		if (!is_date_type(m->type) && m->kb >= 0 && prev >= 0 && v[prev].kb == m->kb &&
		    v[prev].type == m->type && m->off >= v[prev].off + v[prev].len &&
		    only_quotes(c->text, v[prev].off + v[prev].len, m->off)) {
			v[prev].len = m->off + m->len - v[prev].off;
			if (!v[prev].name.len)
				v[prev].name = (Str){ c->text.s + m->off, m->len };
			continue;
		}
		if (!is_date_type(m->type) && (prev < 0 || m->off >= v[prev].off + v[prev].len))
			prev = k;
		v[k++] = *m;
	}
	n = k;
	for (ptrdiff_t i = 0; i < n; i++) {
		if (is_date_type(v[i].type))
			continue;
		for (ptrdiff_t j = i - 1; j >= 0 && j >= i - 64; j--) {
			if (!is_date_type(v[j].type) && inside(&v[i], &v[j])) {
				v[i].flags |= MENTION_NESTED;
				break;
			}
		}
	}
	out->v = v;
	out->n = (int)n;
}

void recognize(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *out)
{
	memset(out, 0, sizeof *out);
	out->ntokens = tok_all(a, doc->text, &out->tokens);
	struct rctx c = { 0 };
	c.a = a;
	c.doc = doc;
	c.kb = kb;
	c.text = doc->text;
	c.tok = out->tokens;
	c.ntok = out->ntokens;
	int *sb = anew(a, int, doc->nnodes + 1), *se = anew(a, int, doc->nnodes + 1);
	ptrdiff_t *kbf = anew(a, ptrdiff_t, doc->nnodes + 1), *kbl = anew(a, ptrdiff_t, doc->nnodes + 1);
	for (int s = 0; s < doc->nnodes; s++) {
		const struct doc_node *nd = &doc->nodes[s];
		if (nd->type != DOC_SENT)
			continue;
		sb[s] = recognize_tok_after(&c, nd->off);
		se[s] = recognize_tok_after(&c, nd->off + nd->len);
	}
	/* kb names first, over the whole document: surnames need it all */
	for (int s = 0; s < doc->nnodes; s++) {
		if (doc->nodes[s].type != DOC_SENT)
			continue;
		c.sent = s;
		c.b = sb[s];
		c.e = se[s];
		c.first = c.kbf = c.n;
		c.kbl = c.n;
		kbf[s] = c.n;
		recognize_gazetteer(&c);
		kbl[s] = c.n;
	}
	recognize_surnames(&c, false);
	for (int s = 0; s < doc->nnodes; s++) {
		if (doc->nodes[s].type != DOC_SENT)
			continue;
		c.sent = s;
		c.b = sb[s];
		c.e = se[s];
		c.first = c.n;
		c.kbf = kbf[s];
		c.kbl = kbl[s];
		if (c.e <= c.b)
			continue;
		recognize_resolutions(&c);
		recognize_persons(&c);
		recognize_quotes(&c);
		recognize_bodies(&c);
		recognize_places(&c);
		recognize_dates(a, doc, c.tok + c.b, c.e - c.b, s, &c.v, &c.n, &c.cap);
	}
	recognize_surnames(&c, true);
	recognize_local(&c);
	finish(&c, out);
}

const char *mention_type_name(enum mention_type t)
{
	static const char *names[] = { "?", "state", "person", "organization", "place", "resolution",
				       "initiative", "date", "part_of_day", "reldate", "title" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

void mention_push(Arena *a, struct mention **v, ptrdiff_t *n, ptrdiff_t *cap, struct mention m)
{
	apush(a, *v, *n, *cap, m);
}
