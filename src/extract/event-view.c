/* event-view.c: the per-sentence index of a resolved document and the word helpers the extractors share */
#include "event-int.h"

#include <string.h>

static int parent_of_type(const struct doc *d, int node, enum doc_node_type a, enum doc_node_type b)
{
	for (int p = d->nodes[node].parent; p >= 0; p = d->nodes[p].parent)
		if (d->nodes[p].type == a || d->nodes[p].type == b)
			return p;
	return -1;
}

static int quote_kind(Str w)
{
	if (w.len == 1 && w.s[0] == '"')
		return 3; /* toggles */
	if (w.len == 3 && (unsigned char)w.s[0] == 0xE2 && (unsigned char)w.s[1] == 0x80) {
		if ((unsigned char)w.s[2] == 0x9C)
			return 1; /* “ opens */
		if ((unsigned char)w.s[2] == 0x9D)
			return 2; /* ” closes */
	}
	if (w.len == 2 && (unsigned char)w.s[0] == 0xC2) {
		if ((unsigned char)w.s[1] == 0xAB)
			return 1;
		if ((unsigned char)w.s[1] == 0xBB)
			return 2;
	}
	return 0;
}

static bool quote_step(bool in, int q)
{
	return q == 3 ? !in : q == 1 ? true : q == 2 ? false : in;
}

/* The quote state before each token of [t0, t1] (t1 included): one pass. */
static const bool *quote_states(Arena *a, const struct xview *v, int t0, int t1)
{
	int n = t1 >= t0 ? t1 - t0 + 1 : 1;
	bool *q = anew(a, bool, n);
	bool in = false;
	for (int t = t0; t <= t1; t++) {
		q[t - t0] = in;
		if (t < t1)
			in = quote_step(in, quote_kind(event_tok(v, t)));
	}
	return q;
}

int event_tok_at(const struct xview *v, ptrdiff_t off)
{
	const struct mentions *m = v->x->m;
	int lo = 0, hi = m->ntokens;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (m->tokens[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void event_view(struct xctx *x, struct xview *v)
{
	const struct doc *d = x->doc;
	memset(v, 0, sizeof *v);
	v->x = x;
	v->tok = x->m->tokens;
	v->ntok = x->m->ntokens;
	v->text = d->text.s;
	int ns = 0;
	for (int i = 0; i < d->nnodes; i++)
		ns += d->nodes[i].type == DOC_SENT;
	v->s = anew(x->a, struct xsent, ns + 1);
	int *of_node = anew(x->a, int, d->nnodes + 1);
	for (int i = 0; i < d->nnodes; i++) {
		of_node[i] = -1;
		const struct doc_node *n = &d->nodes[i];
		if (n->type != DOC_SENT)
			continue;
		struct xsent *s = &v->s[v->ns];
		of_node[i] = v->ns++;
		s->node = i;
		s->parent = n->parent;
		s->section = parent_of_type(d, i, DOC_SECTION, DOC_SECTION);
		s->para = parent_of_type(d, i, DOC_PARA, DOC_ITEM);
		s->off = n->off;
		s->len = n->len;
		s->t0 = event_tok_at(v, n->off);
		s->t1 = event_tok_at(v, n->off + n->len);
	}
	/* group mentions by sentence (counting sort keeps text order) */
	const struct mentions *m = x->m;
	int *cnt = anew(x->a, int, v->ns + 1);
	for (int i = 0; i < m->n; i++) {
		int sn = m->v[i].sent;
		if (sn >= 0 && sn < d->nnodes && of_node[sn] >= 0)
			cnt[of_node[sn]]++;
	}
	int acc = 0;
	for (int i = 0; i < v->ns; i++) {
		v->s[i].m0 = v->s[i].m1 = acc;
		acc += cnt[i];
	}
	v->mi = anew(x->a, int, acc + 1);
	for (int i = 0; i < m->n; i++) {
		int sn = m->v[i].sent;
		if (sn >= 0 && sn < d->nnodes && of_node[sn] >= 0)
			v->mi[v->s[of_node[sn]].m1++] = i;
	}
	/* what lets event_mention_at search a window instead of the sentence */
	for (int i = 0; i < v->ns; i++) {
		struct xsent *s = &v->s[i];
		s->mlen = 0;
		for (int k = s->m0; k < s->m1; k++) {
			const struct mention *p = &m->v[v->mi[k]];
			if (k > s->m0 && p->off < m->v[v->mi[k - 1]].off) {
				s->mlen = -1;
				break;
			}
			if (p->len > s->mlen)
				s->mlen = (int32_t)p->len;
		}
	}
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

bool event_tok_in(const struct xview *v, int t, const char *const *words)
{
	for (; *words; words++)
		if (event_tok_is(v, t, *words))
			return true;
	return false;
}

int event_match(const struct xview *v, int t, int t1, const char *phrase)
{
	/* word by word in place: the token against the phrase's next word (a word
	 * is at most 47 bytes, as the phrases are) */
	int n = 0;
	const char *p = phrase;
	while (*p) {
		if (t + n >= t1 || t + n < 0 || t + n >= v->ntok)
			return 0;
		const char *s = v->text + v->tok[t + n].off;
		ptrdiff_t len = v->tok[t + n].len, i = 0;
		for (; i < len; i++) {
			int c = lower((unsigned char)s[i]);
			if (c != (int)p[i] || !c || p[i] == ' ')
				return 0;
		}
		if (p[i] && p[i] != ' ')
			return 0;
		p += i;
		while (*p == ' ')
			p++;
		n++;
	}
	return n;
}

bool event_tok_cap(const struct xview *v, int t)
{
	const struct mentions *m = v->x->m;
	if (t < 0 || t >= m->ntokens)
		return false;
	const struct token *k = &m->tokens[t];
	if (k->kind == TOK_CJK)
		return true;
	if (k->kind == TOK_NUM)
		return false;
	return k->kind == TOK_WORD && (k->flags & (TOK_CAP | TOK_UPPER));
}

int event_mention_at(const struct xview *v, const struct xsent *s, int t, int type)
{
	const struct mentions *m = v->x->m;
	if (t < 0 || t >= m->ntokens)
		return -1;
	ptrdiff_t off = m->tokens[t].off;
	int i = s->m0;
	if (s->mlen >= 0) {
		/* offsets in order: a mention covering off starts after off - mlen,
		 * so the first one is in that window (binary search for its start) */
		int lo = s->m0, hi = s->m1;
		while (lo < hi) {
			int mid = lo + (hi - lo) / 2;
			if (m->v[v->mi[mid]].off <= off - s->mlen)
				lo = mid + 1;
			else
				hi = mid;
		}
		i = lo;
	}
	for (; i < s->m1; i++) {
		const struct mention *x = &m->v[v->mi[i]];
		if (s->mlen >= 0 && x->off > off)
			break;
		if ((type && (int)x->type != type) || (x->flags & MENTION_NESTED))
			continue;
		if (off >= x->off && off < x->off + x->len)
			return v->mi[i];
	}
	return -1;
}

Str event_lower(Arena *a, Str s)
{
	char *p = anew(a, char, s.len + 1);
	for (ptrdiff_t i = 0; i < s.len; i++)
		p[i] = (char)lower((unsigned char)s.s[i]);
	return (Str){ p, s.len };
}

static const char *const ordinals[] = { "first", "second", "third", "fourth", "fifth", "sixth",
					"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
					"thirteenth", "fourteenth", "fifteenth", "sixteenth",
					"seventeenth", "eighteenth", "nineteenth", "twentieth", NULL };
static const char *const numbers[] = { "zero", "one", "two", "three", "four", "five", "six",
				       "seven", "eight", "nine", "ten", "eleven", "twelve",
				       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
				       "eighteen", "nineteen", "twenty", NULL };

static bool eq_nocase(Str s, const char *w)
{
	return str_eq_nocase(s, str_c(w));
}

/* II..XXXIX as a number, 0 otherwise (a lone "I" is a pronoun, not a number). */
static int roman(Str w)
{
	static const struct { const char *r; int v; } digits[] = {
		{ "XXX", 30 }, { "XX", 20 }, { "X", 10 }, { "IX", 9 }, { "V", 5 }, { "IV", 4 }, { "I", 1 }
	};
	if (w.len < 2 || w.len > 7)
		return 0;
	int n = 0;
	ptrdiff_t k = 0;
	size_t i = 0;
	while (k < w.len && i < sizeof digits / sizeof *digits) {
		Str d = str_c(digits[i].r);
		if (k + d.len <= w.len && !memcmp(w.s + k, d.s, (size_t)d.len)) {
			n += digits[i].v;
			k += d.len;
			if (digits[i].v < 10 && digits[i].v != 1)
				i++;
		} else {
			i++;
		}
	}
	return k == w.len ? n : 0;
}

int event_roman(Str w)
{
	return roman(w);
}

int event_ordinal(Str w)
{
	for (int i = 0; ordinals[i]; i++)
		if (eq_nocase(w, ordinals[i]))
			return i + 1;
	/* "2nd", "17th" */
	int n = 0, k = 0;
	while (k < w.len && w.s[k] >= '0' && w.s[k] <= '9' && k < 4)
		n = n * 10 + (w.s[k++] - '0');
	if (k == 0 || w.len - k != 2)
		return 0;
	Str suf = str_slice(w, k, 2);
	if (eq_nocase(suf, "st") || eq_nocase(suf, "nd") || eq_nocase(suf, "rd") || eq_nocase(suf, "th"))
		return n;
	return 0;
}

int event_number(Str w)
{
	for (int i = 0; numbers[i]; i++)
		if (eq_nocase(w, numbers[i]))
			return i;
	if (w.len == 0 || w.len > 6)
		return -1;
	int n = 0;
	for (ptrdiff_t k = 0; k < w.len; k++) {
		if (w.s[k] == ',')
			continue;
		if (w.s[k] < '0' || w.s[k] > '9')
			return -1;
		n = n * 10 + (w.s[k] - '0');
	}
	return n;
}

int event_mention_states(const struct xview *v, const struct mention *m, struct date on,
			 bool groups, int *out, int cap)
{
	const struct kb *kb = v->x->kb;
	if (m->kb < 0)
		return 0;
	const struct kb_entity *e = kb_get(kb, m->kb);
	if (!e)
		return 0;
	if (e->type == KB_STATE) {
		if (cap < 1)
			return 0;
		out[0] = m->kb;
		return 1;
	}
	if (e->type == KB_PERSON) {
		int st = kb_person_state(kb, m->kb, on);
		if (st < 0 && date_ok(on))
			st = kb_person_state(kb, m->kb, DATE_NONE);
		if (st < 0 || cap < 1)
			return 0;
		out[0] = st;
		return 1;
	}
	if (groups && (e->type == KB_REGION || e->type == KB_ORG)) {
		int n = kb_members(kb, m->kb, on, out, cap);
		return n < cap ? n : cap;
	}
	return 0;
}

Str event_fold_name(Arena *a, Str s)
{
	char *p = anew(a, char, s.len + 1);
	ptrdiff_t n = 0;
	for (ptrdiff_t i = 0; i < s.len;) {
		unsigned char c = (unsigned char)s.s[i];
		/* U+2010..U+2015 dashes (E2 80 90..95) -> '-' */
		if (c == 0xE2 && i + 2 < s.len && (unsigned char)s.s[i + 1] == 0x80 &&
		    (unsigned char)s.s[i + 2] >= 0x90 && (unsigned char)s.s[i + 2] <= 0x95) {
			p[n++] = '-';
			i += 3;
			continue;
		}
		/* typographic quotes U+2018..U+201F are dropped, like ASCII quotes */
		if (c == 0xE2 && i + 2 < s.len && (unsigned char)s.s[i + 1] == 0x80 &&
		    (unsigned char)s.s[i + 2] >= 0x98 && (unsigned char)s.s[i + 2] <= 0x9F) {
			i += 3;
			continue;
		}
		if (c == '"' || c == '\'') {
			i++;
			continue;
		}
		if (c == ' ' && n > 0 && p[n - 1] == ' ') {
			i++;
			continue;
		}
		p[n++] = (char)lower(c);
		i++;
	}
	while (n > 0 && p[n - 1] == ' ')
		n--;
	return (Str){ p, n };
}

static bool is_dash(Str w)
{
	return w.len == 1 ? w.s[0] == '-' : (w.len == 3 && (unsigned char)w.s[0] == 0xE2 && (unsigned char)w.s[1] == 0x80 &&
					     (unsigned char)w.s[2] >= 0x90 && (unsigned char)w.s[2] <= 0x95);
}

static bool is_apos(Str w)
{
	return (w.len == 1 && w.s[0] == '\'') || (w.len == 3 && (unsigned char)w.s[0] == 0xE2 &&
						  (unsigned char)w.s[1] == 0x80 && (unsigned char)w.s[2] == 0x99);
}

int event_name_start(const struct xview *v, int t0, int t)
{
	static const char *const conn[] = { "of", "on", "and", "for", NULL };
	int b = t;
	while (b - 1 >= t0) {
		int p = b - 1;
		Str w = event_tok(v, p);
		const struct token *k = &v->x->m->tokens[p];
		if (event_tok_cap(v, p) || k->kind == TOK_NUM || event_ordinal(w) || is_dash(w) ||
		    event_tok_is(v, p, "s") || event_tok_is(v, p, "'s") || str_eq(w, S("\xe2\x80\x99s")) || is_apos(w) || (w.len == 1 && w.s[0] == '+') ||
		    (event_tok_in(v, p, conn) && event_tok_cap(v, p + 1) && p - 1 >= t0 && event_tok_cap(v, p - 1))) {
			b = p;
			continue;
		}
		break;
	}
	/* no leading punctuation or connector */
	while (b < t && !event_tok_cap(v, b) && v->x->m->tokens[b].kind != TOK_NUM && !event_ordinal(event_tok(v, b)))
		b++;
	return b;
}

void event_view_quotes(struct xview *v)
{
	for (int i = 0; i < v->ns; i++)
		v->s[i].inq = quote_states(v->x->a, v, v->s[i].t0, v->s[i].t1);
}

bool event_in_quotes(const struct xview *v, const struct xsent *s, int t)
{
	if (s->inq && t >= s->t0 && t <= s->t1)
		return s->inq[t - s->t0];
	bool in = false;
	for (int k = s->t0; k < t; k++)
		in = quote_step(in, quote_kind(event_tok(v, k)));
	return in;
}
