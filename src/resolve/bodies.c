/* bodies.c: one entity per organisation, initiative or place the kb does not
 * know: the same name however written, its acronym, its name without the
 * mechanism's prefix, and the bare head nouns that refer back to it
 *
 * A name's key is its words folded, with every kb name inside it replaced by
 * its kb entity ("UN General Assembly" and "United Nations General Assembly"
 * have one key), punctuation and a leading ordinal or year left out, and a
 * plural head made singular ("Meetings").  Mentions with one key are one
 * entity; so are a name and the same name after a prefix made only of
 * states and regions ("Digital Trade Roundtable" / "China-Central Asia
 * Digital Trade Roundtable"); an acronym joins the name it abbreviates; a
 * bare head ("the Secretariat") joins the nearest name before it with that
 * word (else the nearest after it).
 */
#include "resolve-int.h"

#include <stdlib.h>
#include <string.h>

struct key {
	Str *el;
	int n;
};

static bool body(const struct mention *x)
{
	return (x->flags & MENTION_UNKNOWN) && !(x->flags & MENTION_REF) &&
	       (x->type == M_ORG || x->type == M_INITIATIVE || x->type == M_PLACE);
}

/* First mention starting at or after off. */
static int mention_from(const struct mentions *m, ptrdiff_t off)
{
	int lo = 0, hi = m->n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (m->v[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool in_doc(const struct doc *doc, Str s)
{
	return s.s >= doc->text.s && s.s + s.len <= doc->text.s + doc->text.len;
}

static struct key make_key(Arena *a, const struct doc *doc, const struct mentions *m, int i)
{
	const struct mention *x = &m->v[i];
	ptrdiff_t off = x->off, end = x->off + x->len;
	if (x->alt.len && in_doc(doc, x->alt)) {
		off = x->alt.s - doc->text.s;
		end = off + x->alt.len;
	}
	struct key k = { anew(a, Str, 32), 0 };
	Str text = { doc->text.s, end };
	struct token t;
	ptrdiff_t p = off;
	while (k.n < 32 && tok_next(text, &p, &t)) {
		/* a kb name inside */
		int j = mention_from(m, t.off);
		int hit = -1;
		for (; j < m->n && m->v[j].off == t.off; j++)
			if (m->v[j].kb >= 0 && m->v[j].off + m->v[j].len <= end && j != i &&
			    (hit < 0 || m->v[j].len > m->v[hit].len))
				hit = j;
		if (hit >= 0) {
			k.el[k.n++] = arena_printf(a, "#%d", m->v[hit].kb);
			p = m->v[hit].off + m->v[hit].len;
			continue;
		}
		if (t.kind == TOK_PUNCT)
			continue;
		Str w = tok_fold(a, (Str){ doc->text.s + t.off, t.len });
		if (k.n == 0 && str_eq(w, S("the")))
			continue;
		k.el[k.n++] = w;
	}
	if (k.n > 0) {
		Str *l = &k.el[k.n - 1];
		if (l->len > 3 && l->s[l->len - 1] == 's' && l->s[l->len - 2] != 's' && l->s[0] != '#')
			l->len--;
	}
	return k;
}

/* Hash of the key's elements from d on (places apart from the rest). */
static uint64_t key_hash(struct key k, int d, bool place)
{
	uint64_t h = place ? 0x9e3779b97f4a7c15ull : 0xcbf29ce484222325ull;
	for (int i = d; i < k.n; i++)
		h = (h ^ str_hash(k.el[i])) * 0x100000001b3ull;
	return h;
}

static bool key_eq(struct key x, struct key y)
{
	if (x.n != y.n || x.n == 0)
		return false;
	for (int i = 0; i < x.n; i++)
		if (!str_eq(x.el[i], y.el[i]))
			return false;
	return true;
}

/* y is x after a prefix of states and regions. */
static bool prefixed(const struct kb *kb, struct key x, struct key y)
{
	if (y.n <= x.n || x.n < 2)
		return false;
	int d = y.n - x.n;
	for (int i = 0; i < x.n; i++)
		if (!str_eq(x.el[i], y.el[d + i]))
			return false;
	for (int i = 0; i < d; i++) {
		if (y.el[i].s[0] != '#')
			return false;
		const struct kb_entity *e = kb ? kb_get(kb, (int)strtol(y.el[i].s + 1, NULL, 10)) : NULL;
		if (!e || !(e->type == KB_STATE || e->type == KB_REGION || e->type == KB_PLACE))
			return false;
	}
	return true;
}

static bool same_family(enum mention_type a, enum mention_type b)
{
	if (a == M_PLACE || b == M_PLACE)
		return a == b;
	return true;
}

/* Folded words equal, British and American spellings alike ("Organisation"). */
static bool same_word(Str x, Str y)
{
	if (x.len != y.len)
		return false;
	for (ptrdiff_t i = 0; i < x.len; i++) {
		char a = x.s[i] == 'z' ? 's' : x.s[i], b = y.s[i] == 'z' ? 's' : y.s[i];
		if (a != b)
			return false;
	}
	return true;
}

/* Whether the folded form of mention at (folded once, in cache) has the word w. */
static bool has_word(Arena *a, const struct doc *doc, const struct mentions *m, Str *cache, int at, Str w)
{
	if (!cache[at].s)
		cache[at] = resolve_fold(a, resolve_form(doc, &m->v[at]));
	Str f = cache[at];
	ptrdiff_t i = 0;
	while (i < f.len) {
		ptrdiff_t j = i;
		while (j < f.len && f.s[j] != ' ')
			j++;
		if (same_word((Str){ f.s + i, j - i }, w))
			return true;
		i = j + 1;
	}
	return false;
}

void resolve_bodies(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m, struct groups *g)
{
	struct key *keys = anew(a, struct key, m->n + 1);
	for (int i = 0; i < m->n; i++)
		if (body(&m->v[i]))
			keys[i] = make_key(a, doc, m, i);
	/* equal keys and prefixed keys, through a table of whole keys by hash */
	int cap = 16;
	while (cap < 2 * m->n + 2)
		cap *= 2;
	int *table = anew(a, int, cap);
	for (int i = 0; i < cap; i++)
		table[i] = -1;
	for (int i = 0; i < m->n; i++) {
		if (!body(&m->v[i]) || keys[i].n == 0)
			continue;
		uint64_t h = key_hash(keys[i], 0, m->v[i].type == M_PLACE);
		uint32_t x = (uint32_t)(h ^ (h >> 32)) & (uint32_t)(cap - 1);
		for (;; x = (x + 1) & (uint32_t)(cap - 1)) {
			int j = table[x];
			if (j < 0) {
				table[x] = i;
				break;
			}
			if (same_family(m->v[i].type, m->v[j].type) && key_eq(keys[i], keys[j])) {
				resolve_union(g, j, i);
				break;
			}
		}
	}
	for (int i = 0; i < m->n; i++) {
		if (!body(&m->v[i]) || keys[i].n < 3)
			continue;
		/* the key after a prefix of states and regions */
		for (int d = 1; d <= keys[i].n - 2; d++) {
			if (keys[i].el[d - 1].s[0] != '#')
				break;
			uint64_t h = key_hash(keys[i], d, m->v[i].type == M_PLACE);
			uint32_t x = (uint32_t)(h ^ (h >> 32)) & (uint32_t)(cap - 1);
			for (; table[x] >= 0; x = (x + 1) & (uint32_t)(cap - 1)) {
				int j = table[x];
				if (same_family(m->v[i].type, m->v[j].type) && prefixed(kb, keys[j], keys[i]))
					resolve_union(g, j, i);
			}
		}
	}
	/* acronyms */
	for (int i = 0; i < m->n; i++) {
		const struct mention *x = &m->v[i];
		if (!x->ref_len)
			continue;
		for (int j = mention_from(m, x->ref_off); j < m->n && m->v[j].off == x->ref_off; j++)
			if (m->v[j].len == x->ref_len && j != i) {
				resolve_union(g, j, i);
				break;
			}
	}
	/* bare heads */
	Str *cache = anew(a, Str, m->n + 1);
	for (int i = 0; i < m->n; i++) {
		struct mention *x = &m->v[i];
		if (!(x->flags & MENTION_REF))
			continue;
		Str w = resolve_fold(a, resolve_form(doc, x));
		int hit = -1;
		for (int j = i - 1; j >= 0 && hit < 0; j--) {
			const struct mention *y = &m->v[j];
			if ((y->type == M_ORG || y->type == M_INITIATIVE) && !(y->flags & MENTION_REF) &&
			    has_word(a, doc, m, cache, j, w))
				hit = j;
		}
		for (int j = i + 1; j < m->n && hit < 0; j++) {
			const struct mention *y = &m->v[j];
			if ((y->type == M_ORG || y->type == M_INITIATIVE) && !(y->flags & MENTION_REF) &&
			    has_word(a, doc, m, cache, j, w))
				hit = j;
		}
		if (hit >= 0) {
			x->type = m->v[hit].type;
			resolve_union(g, hit, i);
		}
	}
}
