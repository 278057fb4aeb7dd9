/* docinfo.c: the document's own fields: title, kind, date, place and signatories */
#include "event-int.h"

#include <string.h>

static Str node_body(const struct doc *d, int i)
{
	return str_trim(doc_node_body(d, i));
}

static bool is_letter(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Whether s contains word w (w lower case; ASCII case-insensitive, at word
 * boundaries).  Only positions whose byte is w's first letter in either case
 * are compared: paragraphs are long and the words many. */
static bool has_word(Str s, const char *w)
{
	ptrdiff_t n = (ptrdiff_t)strlen(w);
	unsigned char c0 = (unsigned char)w[0];
	for (ptrdiff_t i = 0; i + n <= s.len; i++) {
		unsigned char c = (unsigned char)s.s[i];
		if (c != c0 && !(c >= 'A' && c <= 'Z' && c + 32 == c0))
			continue;
		if (i > 0 && is_letter((unsigned char)s.s[i - 1]))
			continue;
		if (!str_eq_nocase((Str){ s.s + i, n }, (Str){ w, n }))
			continue;
		if (i + n < s.len && is_letter((unsigned char)s.s[i + n]))
			continue;
		return true;
	}
	return false;
}

/* Whether s contains any of the one-word, lower-case words (as has_word):
 * one pass over the runs of ASCII letters, whatever the number of words. */
static bool has_any_word(Str s, const char *const *words)
{
	for (ptrdiff_t i = 0; i < s.len;) {
		if (!is_letter((unsigned char)s.s[i])) {
			i++;
			continue;
		}
		ptrdiff_t e = i;
		while (e < s.len && is_letter((unsigned char)s.s[e]))
			e++;
		Str run = { s.s + i, e - i };
		int c0 = s.s[i] | 32;
		for (int k = 0; words[k] && run.len <= 16; k++)
			if (words[k][0] == c0 && str_eq_nocase(run, str_c(words[k])))
				return true;
		i = e;
	}
	return false;
}

static ptrdiff_t word_off(Str s, const char *w)
{
	ptrdiff_t n = (ptrdiff_t)strlen(w);
	for (ptrdiff_t i = 0; i + n <= s.len; i++)
		if (str_eq_nocase(str_slice(s, i, n), (Str){ w, n }))
			return i;
	return -1;
}

/* The kind words of a title or an opening line, in order of precedence. */
static const struct {
	const char *word;
	enum doc_kind kind;
	const char *rule;
} kind_words[] = {
	{ "joint statement", DK_STATEMENT, "doc.kind.statement" },
	{ "joint communique", DK_STATEMENT, "doc.kind.statement" },
	{ "communiqué", DK_STATEMENT, "doc.kind.statement" },
	{ "communique", DK_STATEMENT, "doc.kind.statement" },
	{ "declaration", DK_DECLARATION, "doc.kind.declaration" },
	{ "statement", DK_STATEMENT, "doc.kind.statement" },
};

static int kind_of(Str s, ptrdiff_t *at)
{
	for (size_t i = 0; i < sizeof kind_words / sizeof *kind_words; i++)
		if (has_word(s, kind_words[i].word)) {
			*at = word_off(s, kind_words[i].word);
			return (int)i;
		}
	return -1;
}

/* Paragraphs that open like operative text ("The parties ...", "Both sides ..."). */
static const char *const operative_openers[] = { "the parties", "all parties", "the sides", "both sides",
						 "the leaders", "the heads of state", "the participants",
						 "relevant parties", "the member states", NULL };

static bool opens_operative(Str body)
{
	for (int i = 0; operative_openers[i]; i++) {
		ptrdiff_t n = (ptrdiff_t)strlen(operative_openers[i]);
		if (body.len > n && str_eq_nocase(str_slice(body, 0, n), (Str){ operative_openers[i], n }))
			return true;
	}
	return false;
}

static const char *const narrative_words[] = { "was", "were", "met", "held", "arrived", "attended",
					       "signed", "said", "took", "occurred", NULL };

static void set_kind(struct xctx *x, struct docinfo *di)
{
	const struct doc *d = x->doc;
	ptrdiff_t at;
	if (di->title.s) {
		int k = kind_of(di->title, &at);
		if (k >= 0) {
			di->kind = kind_words[k].kind;
			why_add(x->a, &di->why, "kind", (di->title.s - d->text.s) + at,
				(ptrdiff_t)strlen(kind_words[k].word), kind_words[k].rule);
			return;
		}
	}
	bool infobox = false, sig = false;
	int operative = 0, paras = 0, narrative = 0, lines = 0;
	for (int i = 0; i < d->nnodes; i++) {
		const struct doc_node *n = &d->nodes[i];
		if (n->type == DOC_INFOBOX)
			infobox = true;
		if (n->type == DOC_SIGNATURE)
			sig = true;
		if (n->type != DOC_PARA)
			continue;
		Str b = node_body(d, i);
		paras++;
		if (opens_operative(b))
			operative++;
		if (has_any_word(b, narrative_words))
			narrative++;
		/* "Declaration" / "Joint Statement" named in the first lines */
		if (lines++ < 2 && !di->kind && !di->title.s) {
			int k = kind_of(str_slice(b, 0, b.len < 100 ? b.len : 100), &at);
			if (k >= 0) {
				/* a capitalised kind word only: "declared" does not count */
				ptrdiff_t o = (b.s - d->text.s) + at;
				if (d->text.s[o] >= 'A' && d->text.s[o] <= 'Z') {
					di->kind = kind_words[k].kind;
					why_add(x->a, &di->why, "kind", o, (ptrdiff_t)strlen(kind_words[k].word),
						"doc.kind.opening");
				}
			}
		}
	}
	if (di->kind)
		return;
	if (!infobox && operative >= 3 && (sig || operative * 3 >= paras)) {
		di->kind = DK_DECLARATION;
		why_add(x->a, &di->why, "kind", 0, 0, sig ? "doc.kind.operative+signatures" : "doc.kind.operative");
		return;
	}
	if (infobox || (di->title.s && narrative > 0) || (narrative > 0 && narrative * 2 >= paras)) {
		di->kind = DK_ARTICLE;
		why_add(x->a, &di->why, "kind", 0, 0, infobox ? "doc.kind.article.infobox" : "doc.kind.article.narrative");
		return;
	}
	di->kind = DK_OTHER;
	why_add(x->a, &di->why, "kind", 0, 0, "doc.kind.other");
}

/* First date mention (resolved) in sentences [s0, s1) of the view. */
static const struct mention *first_date(const struct xview *v, int s0, int s1)
{
	const struct mentions *m = v->x->m;
	for (int s = s0; s < s1; s++)
		for (int i = v->s[s].m0; i < v->s[s].m1; i++) {
			const struct mention *x = &m->v[v->mi[i]];
			if (x->type == M_DATE && date_ok(x->value))
				return x;
		}
	return NULL;
}

static const struct mention *first_of(const struct xview *v, int s, int type)
{
	const struct mentions *m = v->x->m;
	for (int i = v->s[s].m0; i < v->s[s].m1; i++) {
		const struct mention *x = &m->v[v->mi[i]];
		if ((int)x->type == type && !(x->flags & MENTION_NESTED))
			return x;
	}
	return NULL;
}

/* Words that precede a date stated as the document's own publication date. */
static const char *const published_words[] = { "published", "posted", "updated", "released",
						"issued", "dated", "publication", NULL };

static void set_date_place(struct xview *v, struct docinfo *di)
{
	struct xctx *x = v->x;
	const struct doc *d = x->doc;
	Str text = d->text;
	/* the place-and-date line */
	for (int s = 0; s < v->ns; s++) {
		if (d->nodes[v->s[s].parent].type != DOC_PLACEDATE)
			continue;
		const struct mention *dt = first_date(v, s, s + 1);
		if (dt && !date_ok(di->date)) {
			di->date = dt->value;
			why_add(x->a, &di->why, "date", dt->off, dt->len, "doc.date.placedate");
		}
		if (!di->place.s) {
			const struct mention *pl = first_of(v, s, M_PLACE);
			if (pl) {
				di->place = (Str){ text.s + pl->off, pl->len };
				why_add(x->a, &di->why, "place", pl->off, pl->len, "doc.place.placedate");
			} else {
				Str line = (Str){ text.s + v->s[s].off, v->s[s].len };
				Str head, tail;
				if (str_cut(line, ',', &head, &tail)) {
					head = str_trim(head);
					bool digits = false;
					for (ptrdiff_t k = 0; k < head.len; k++)
						digits |= head.s[k] >= '0' && head.s[k] <= '9';
					if (head.len && !digits) {
						di->place = head;
						why_add(x->a, &di->why, "place", head.s - text.s, head.len,
							"doc.place.placedate.head");
					}
				}
			}
		}
	}
	/* articles: only a stated publication date */
	if (!date_ok(di->date) && (di->kind == DK_ARTICLE || di->kind == DK_OTHER)) {
		for (int s = 0; s < v->ns && !date_ok(di->date); s++) {
			const struct xsent *xs = &v->s[s];
			int ty = d->nodes[xs->parent].type;
			Str probe = ty == DOC_FIELD ? d->nodes[xs->parent].label : (Str){ text.s + xs->off, xs->len };
			bool pub = false;
			for (int k = 0; published_words[k] && !pub; k++) {
				ptrdiff_t n = (ptrdiff_t)strlen(published_words[k]);
				Str head = str_slice(probe, 0, probe.len < n + 6 ? probe.len : n + 6);
				pub = has_word(head, published_words[k]);
			}
			const struct mention *dt = pub ? first_date(v, s, s + 1) : NULL;
			if (dt) {
				di->date = dt->value;
				why_add(x->a, &di->why, "date", dt->off, dt->len, "doc.date.published");
			}
		}
	}
	/* a news dateline states the publication date: "ASTANA, June 16 (Xinhua) --" */
	if (!date_ok(di->date) && (di->kind == DK_ARTICLE || di->kind == DK_OTHER)) {
		for (int s = 0; s < v->ns; s++) {
			const struct xsent *xs = &v->s[s];
			int ty = d->nodes[xs->parent].type;
			if (ty != DOC_PARA)
				continue;
			const struct mention *dt = first_date(v, s, s + 1);
			int t = xs->t0;
			bool upper = t < xs->t1 && (x->m->tokens[t].flags & TOK_UPPER);
			int td = dt ? event_tok_at(v, dt->off) : -1;
			int te = dt ? event_tok_at(v, dt->off + dt->len) : -1;
			bool mark = false;
			for (int k = te; dt && k < xs->t1 && k < te + 6; k++) {
				Str w = event_tok(v, k);
				mark |= (w.len == 1 && (w.s[0] == '(' || w.s[0] == '-')) || (w.len == 3 && (unsigned char)w.s[0] == 0xE2);
			}
			if (upper && dt && td - t <= 5 && mark) {
				di->date = dt->value;
				why_add(x->a, &di->why, "date", dt->off, dt->len, "doc.date.dateline");
			}
			break;
		}
	}
	if (di->kind != DK_DECLARATION && di->kind != DK_STATEMENT)
		return;
	/* declarations and statements: the opening sentence's date and city */
	int first = -1;
	for (int s = 0; s < v->ns; s++) {
		int ty = d->nodes[v->s[s].parent].type;
		if (ty == DOC_PARA || ty == DOC_ITEM) {
			first = s;
			break;
		}
	}
	if (first < 0)
		return;
	if (!date_ok(di->date)) {
		const struct mention *dt = first_date(v, first, first + 1);
		if (dt) {
			di->date = dt->value;
			why_add(x->a, &di->why, "date", dt->off, dt->len, "doc.date.opening");
		}
	}
	if (!di->place.s) {
		const struct xsent *xs = &v->s[first];
		for (int t = xs->t0 + 1; t < xs->t1; t++) {
			if (!event_tok_is(v, t - 1, "in"))
				continue;
			int mi = event_mention_at(v, xs, t, M_PLACE);
			if (mi >= 0) {
				const struct mention *pl = &x->m->v[mi];
				di->place = (Str){ text.s + pl->off, pl->len };
				why_add(x->a, &di->why, "place", pl->off, pl->len, "doc.place.opening");
				break;
			}
		}
	}
}

/* Titles that may precede a name on a signature line. */
static const char *const name_titles[] = { "H.E.", "HE", "Mr.", "Mr", "Mrs.", "Ms.", "Dr.", "President",
					   "Prime Minister", "Chairman", "General Secretary", "King",
					   "Emir", "Sheikh", "Premier", "Chancellor", NULL };

static Str strip_titles(Str s)
{
	bool again = true;
	while (again) {
		again = false;
		for (int i = 0; name_titles[i]; i++) {
			ptrdiff_t n = (ptrdiff_t)strlen(name_titles[i]);
			if (s.len > n + 1 && str_eq_nocase(str_slice(s, 0, n), (Str){ name_titles[i], n }) &&
			    s.s[n] == ' ') {
				s = str_trim(str_slice(s, n, s.len - n));
				again = true;
			}
		}
	}
	return s;
}

static void set_signatories(struct xview *v, struct docinfo *di)
{
	struct xctx *x = v->x;
	const struct doc *d = x->doc;
	ptrdiff_t cap = 0, n = 0;
	for (int i = 0; i < d->nnodes; i++) {
		if (d->nodes[i].type != DOC_SIGNATURE)
			continue;
		Str name = STR_NULL;
		const char *rule = "doc.signatory.person";
		ptrdiff_t off = 0;
		for (int s = 0; s < v->ns && !name.s; s++) {
			if (v->s[s].parent != i)
				continue;
			const struct mention *p = first_of(v, s, M_PERSON);
			if (p) {
				name = (Str){ d->text.s + p->off, p->len };
				off = p->off;
			}
		}
		if (!name.s) {
			Str body = node_body(d, i), head, tail;
			str_cut(body, ',', &head, &tail);
			name = strip_titles(str_trim(head));
			off = name.s - d->text.s;
			rule = "doc.signatory.line";
		}
		if (!name.len)
			continue;
		apush(x->a, di->signatories, n, cap, name);
		why_add(x->a, &di->why, "signatories", off, name.len, rule);
	}
	di->nsignatories = (int)n;
}

void extract_docinfo(struct xctx *x, struct extraction *out)
{
	struct docinfo *di = &out->doc;
	const struct doc *d = x->doc;
	struct xview v;
	event_view(x, &v);
	for (int i = 0; i < d->nnodes; i++)
		if (d->nodes[i].type == DOC_TITLE) {
			Str t = node_body(d, i);
			if (t.len) {
				di->title = t;
				why_add(x->a, &di->why, "title", t.s - d->text.s, t.len, "doc.title");
			}
			break;
		}
	set_kind(x, di);
	set_date_place(&v, di);
	set_signatories(&v, di);
}
