/* persons.c: one entity per person: spelling variants and surnames merged
 *
 * Names are compared by a spelling skeleton of each word, which erases the
 * usual differences between transliterations of the same name: "zh", "dzh"
 * and a leading "z" -> "j", "kh" -> "h", "y" -> "i", "ou" -> "u", an "i"
 * between vowels dropped, doubled letters single ("Tokayev" ~ "Tokaev",
 * "Berdymukhammedov" ~ "Berdimuhamedov", "Zhaparov" ~ "Japarov").  Two names
 * of several words are one person when their first and last words agree; a
 * single word (a surname after a title, or alone) joins the one person of
 * the document whose first or last word it matches, when there is exactly
 * one; kb persons take part through their kb name as well.
 */
#include "resolve-int.h"

#include <string.h>

static bool vowel(char ch)
{
	return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* The spelling skeleton of one word. */
static Str skeleton(Arena *a, Str w)
{
	Str f = tok_fold(a, w);
	char *t = anew(a, char, f.len + 1);
	ptrdiff_t n = 0;
	for (ptrdiff_t i = 0; i < f.len; i++) {
		char ch = f.s[i];
		char nx = i + 1 < f.len ? f.s[i + 1] : 0;
		if (ch == '\'' || ch == '-')
			continue;
		if (ch == 'd' && nx == 'z' && i + 2 < f.len && f.s[i + 2] == 'h') {
			t[n++] = 'j';
			i += 2;
		} else if (ch == 'z' && nx == 'h') {
			t[n++] = 'j';
			i++;
		} else if (ch == 'z' && i == 0) {
			t[n++] = 'j';
		} else if (ch == 'k' && nx == 'h') {
			t[n++] = 'h';
			i++;
		} else if (ch == 'o' && nx == 'u') {
			t[n++] = 'u';
			i++;
		} else if (ch == 'y') {
			t[n++] = 'i';
		} else {
			t[n++] = ch;
		}
	}
	/* an "i" between vowels goes; doubled letters become one */
	ptrdiff_t k = 0;
	for (ptrdiff_t i = 0; i < n; i++) {
		if (t[i] == 'i' && k > 0 && vowel(t[k - 1]) && i + 1 < n && vowel(t[i + 1]))
			continue;
		if (k > 0 && t[k - 1] == t[i])
			continue;
		t[k++] = t[i];
	}
	return (Str){ t, k };
}

struct pname {
	Str w[6];
	int n;
};

static struct pname split(Arena *a, Str s)
{
	struct pname p = { { { 0 } }, 0 };
	ptrdiff_t off = 0;
	struct token t;
	while (tok_next(s, &off, &t) && p.n < 6)
		if (t.kind == TOK_WORD || t.kind == TOK_CJK) {
			/* hyphenated parts are one word: "Kassym-Jomart" */
			Str w = { s.s + t.off, t.len };
			if (p.n > 0 && !(t.flags & TOK_SPACE) && t.off > 0 && s.s[t.off - 1] == '-') {
				p.w[p.n - 1].len = t.off + t.len - (p.w[p.n - 1].s - s.s);
				continue;
			}
			p.w[p.n++] = w;
		}
	for (int i = 0; i < p.n; i++)
		p.w[i] = skeleton(a, p.w[i]);
	return p;
}

static bool same_person(struct pname x, struct pname y)
{
	if (x.n < 2 || y.n < 2)
		return false;
	return str_eq(x.w[0], y.w[0]) && str_eq(x.w[x.n - 1], y.w[y.n - 1]);
}

static bool has_word(struct pname full, Str w)
{
	return full.n >= 2 && (str_eq(full.w[0], w) || str_eq(full.w[full.n - 1], w));
}

void resolve_persons(Arena *a, const struct doc *doc, const struct kb *kb, struct mentions *m, struct groups *g)
{
	int n = 0;
	int *idx = anew(a, int, m->n + 1);
	struct pname *pn = anew(a, struct pname, m->n + 1), *kn = anew(a, struct pname, m->n + 1);
	for (int i = 0; i < m->n; i++) {
		if (m->v[i].type != M_PERSON)
			continue;
		idx[n] = i;
		pn[n] = split(a, resolve_form(doc, &m->v[i]));
		kn[n].n = 0;
		if (m->v[i].kb >= 0 && kb) {
			const struct kb_entity *e = kb_get(kb, m->v[i].kb);
			if (e)
				kn[n] = split(a, e->name);
		}
		n++;
	}
	/* full names */
	for (int x = 0; x < n; x++)
		for (int y = 0; y < x; y++)
			if (same_person(pn[x], pn[y]) || same_person(pn[x], kn[y]) || same_person(kn[x], pn[y]))
				resolve_union(g, idx[y], idx[x]);
	/* single words: the one person they can be */
	for (int x = 0; x < n; x++) {
		if (pn[x].n != 1 || m->v[idx[x]].kb >= 0)
			continue;
		int found = -1;
		bool many = false;
		for (int y = 0; y < n && !many; y++) {
			if (y == x)
				continue;
			bool hit = has_word(pn[y], pn[x].w[0]) || has_word(kn[y], pn[x].w[0]) ||
				   (pn[y].n == 1 && str_eq(pn[y].w[0], pn[x].w[0]));
			if (!hit)
				continue;
			int r = resolve_find(g, idx[y]);
			if (found >= 0 && found != r && (pn[y].n > 1 || kn[y].n > 1))
				many = true;
			else if (found < 0 || pn[y].n > 1)
				found = r;
		}
		if (found >= 0 && !many)
			resolve_union(g, found, idx[x]);
	}
}
