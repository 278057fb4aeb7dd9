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

/* Russian and Chinese (doc.lang): the same rules with their own words.
 * English text never takes these paths, so its output stays as it was.
 * Russian inflects ("декларации", "Стороны"), so words are compared folded
 * (tok_fold: lower case, "ё" -> "е", "й" -> "и") and kind words are stems.
 * Memoranda, agreements and action plans have no kind of their own in the
 * record (SCHEMA.md): as in English, the operative/narrative rules decide. */
static const struct {
	const char *word;
	enum doc_kind kind;
	const char *rule;
} intl_kind_words[] = {
	{ "совместное заявление", DK_STATEMENT, "doc.kind.statement" },
	{ "совместное коммюнике", DK_STATEMENT, "doc.kind.statement" },
	{ "коммюнике", DK_STATEMENT, "doc.kind.statement" },
	{ "декларац", DK_DECLARATION, "doc.kind.declaration" },
	{ "заявлени", DK_STATEMENT, "doc.kind.statement" },
	{ "联合声明", DK_STATEMENT, "doc.kind.statement" },
	{ "联合公报", DK_STATEMENT, "doc.kind.statement" },
	{ "公报", DK_STATEMENT, "doc.kind.statement" },
	{ "宣言", DK_DECLARATION, "doc.kind.declaration" },
	{ "声明", DK_STATEMENT, "doc.kind.statement" },
};

static int intl_kind_of(Arena *a, Str s)
{
	Str f = tok_fold(a, s);
	for (size_t i = 0; i < sizeof intl_kind_words / sizeof *intl_kind_words; i++)
		if (str_find(f, str_c(intl_kind_words[i].word)) >= 0)
			return (int)i;
	return -1;
}

/* Openers of operative paragraphs ("Стороны ...", "双方..."), folded. */
static const char *const intl_openers[] = { "стороны", "все стороны", "обе стороны", "соответствующие стороны",
					    "лидеры", "главы государств", "участники", "государства-члены",
					    "双方", "各方", "三方", "六方", "有关各方", "与会各方", "领导人",
					    "元首们", "各国元首", "成员国", NULL };

static bool intl_opens_operative(Arena *a, Str body)
{
	Str f = tok_fold(a, str_slice(body, 0, body.len < 64 ? body.len : 64));
	for (int i = 0; intl_openers[i]; i++)
		if (str_starts(f, str_c(intl_openers[i])))
			return true;
	return false;
}

/* Narrative verbs (as narrative_words): Russian words folded, compared by
 * token key; Chinese words found as substrings. */
static const char *const ru_narrative[] = { "был", "была", "было", "были", "состоялся", "состоялась",
					    "состоялись", "провел", "провели", "прибыл", "прибыла", "посетил",
					    "подписали", "подписал", "заявил", "отметил", "принял", "приняли", NULL };
static const char *const zh_narrative[] = { "会见", "举行", "抵达", "出席", "签署", "表示", "发生", NULL };

#define N_RU_NARRATIVE (sizeof ru_narrative / sizeof *ru_narrative - 1)

/* keys: the tok_key() of each ru_narrative word (computed once a document). */
static bool intl_narrative(enum doc_lang lang, Str body, const uint64_t *keys)
{
	if (lang == DOC_LANG_ZH) {
		for (int i = 0; zh_narrative[i]; i++)
			if (str_find(body, str_c(zh_narrative[i])) >= 0)
				return true;
		return false;
	}
	int nk = (int)N_RU_NARRATIVE;
	ptrdiff_t off = 0;
	struct token t;
	while (tok_next(body, &off, &t))
		if (t.kind == TOK_WORD && t.len <= 24)
			for (int i = 0; i < nk; i++)
				if (t.key == keys[i])
					return true;
	return false;
}

static void set_kind(struct xctx *x, struct docinfo *di)
{
	const struct doc *d = x->doc;
	bool intl = d->lang != DOC_LANG_EN;
	uint64_t ru_keys[N_RU_NARRATIVE];
	for (size_t i = 0; intl && i < N_RU_NARRATIVE; i++)
		ru_keys[i] = tok_key(str_c(ru_narrative[i]));
	ptrdiff_t at;
	if (di->title.s && intl) {
		int k = intl_kind_of(x->a, di->title);
		if (k >= 0) {
			di->kind = intl_kind_words[k].kind;
			why_add(x->a, &di->why, "kind", di->title.s - d->text.s, di->title.len, intl_kind_words[k].rule);
			return;
		}
	} else if (di->title.s) {
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
		if (intl) {
			operative += intl_opens_operative(x->a, b);
			narrative += intl_narrative(d->lang, b, ru_keys);
			if (lines++ < 2 && !di->kind && !di->title.s) {
				int k = intl_kind_of(x->a, str_slice(b, 0, b.len < 200 ? b.len : 200));
				if (k >= 0) {
					di->kind = intl_kind_words[k].kind;
					why_add(x->a, &di->why, "kind", b.s - d->text.s, b.len, "doc.kind.opening");
				}
			}
			continue;
		}
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

/* The document's place as a mention names it: in Russian or Chinese text,
 * the kb's (English) name of a known place ("Астане", "阿斯塔纳" ->
 * "Astana"), so that the language versions of one text agree; else the
 * words as written. */
static Str place_name(const struct xctx *x, const struct mention *pl)
{
	if (x->doc->lang != DOC_LANG_EN && pl->kb >= 0 && x->kb) {
		const struct kb_entity *e = kb_get(x->kb, pl->kb);
		if (e && e->name.len)
			return e->name;
	}
	return (Str){ x->doc->text.s + pl->off, pl->len };
}

/* Whether token t introduces a place in the opening sentence: "in" (and,
 * in Russian, "в", "во", "городе", "г."; in Chinese, 在, 于). */
static bool place_prep(const struct xview *v, int t)
{
	if (event_tok_is(v, t, "in"))
		return true;
	enum doc_lang lang = v->x->doc->lang;
	if (lang == DOC_LANG_EN || t < 0 || t >= v->ntok)
		return false;
	static const char *const preps[] = { "в", "во", "городе", "г", "在", "于" };
	Str w = event_tok(v, t);
	if (str_eq(w, S(".")) && lang == DOC_LANG_RU && t > 0) /* "в г. Астане" */
		w = event_tok(v, t - 1);
	if (w.len > 12)
		return false;
	Str f = tok_fold(v->x->a, w);
	for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
		if (str_eq(f, str_c(preps[i])))
			return true;
	return false;
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
				di->place = place_name(x, pl);
				why_add(x->a, &di->why, "place", pl->off, pl->len, "doc.place.placedate");
			} else {
				Str line = (Str){ text.s + v->s[s].off, v->s[s].len };
				if (d->lang == DOC_LANG_RU && str_starts(line, S("г. "))) /* "г. Астана, ..." */
					line = str_slice(line, 4, -1);
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
			/* Chinese: "新华社阿斯塔纳2025年6月16日电" (the agency, the city, the date, 电) */
			bool zh = d->lang == DOC_LANG_ZH && dt && td - t <= 12 && str_eq(event_tok(v, te), S("电"));
			if ((upper && dt && td - t <= 5 && mark) || zh) {
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
			if (!place_prep(v, t - 1))
				continue;
			int mi = event_mention_at(v, xs, t, M_PLACE);
			if (mi >= 0) {
				const struct mention *pl = &x->m->v[mi];
				di->place = place_name(x, pl);
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
		ptrdiff_t off = 0, len = 0;
		for (int s = 0; s < v->ns && !name.s; s++) {
			if (v->s[s].parent != i)
				continue;
			const struct mention *p = first_of(v, s, M_PERSON);
			if (p) {
				name = (Str){ d->text.s + p->off, p->len };
				off = p->off, len = p->len;
				/* Russian, Chinese: the kb's name, as for places */
				const struct kb_entity *e = d->lang != DOC_LANG_EN && p->kb >= 0 && x->kb
								    ? kb_get(x->kb, p->kb) : NULL;
				if (e && e->name.len)
					name = e->name;
			}
		}
		if (!name.s) {
			Str body = node_body(d, i), head, tail;
			str_cut(body, ',', &head, &tail);
			name = strip_titles(str_trim(head));
			off = name.s - d->text.s, len = name.len;
			rule = "doc.signatory.line";
		}
		if (!name.len)
			continue;
		apush(x->a, di->signatories, n, cap, name);
		why_add(x->a, &di->why, "signatories", off, len, rule);
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
