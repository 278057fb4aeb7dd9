/* agreements.c: instruments signed, adopted or announced: who, when, how many, what kind, titles and fields
 *
 * Signing happenings (event-scan.c) give the date and the parties; the words
 * after the signing verb give the instruments: named ones ("the Astana
 * Declaration of ... and the Treaty on ...": one agreement each, with its
 * title) and counted ones ("24 intergovernmental agreements pertaining to
 * energy, aerospace ..."; "several" -> count unknown; "an agreement" -> 1)
 * with their subject areas.  A declaration or statement is itself an
 * agreement of its signatories, and so is a treaty it says is to be signed.
 */
#include "event-int.h"

#include <string.h>

static const char *const instrument_nouns[] = {
	"agreement", "agreements", "protocol", "protocols", "memorandum", "memoranda", "memorandums",
	"mou", "mous", "treaty", "treaties", "declaration", "declarations", "convention", "conventions",
	"accord", "accords", "contract", "contracts", "deal", "deals", "documents", "charter", "communique",
	"communiqué", "roadmap", NULL
};

/* Words after an instrument that open its list of subject areas, longest first. */
static const char *const field_openers[] = {
	"pertaining to collaboration in", "pertaining to cooperation in", "pertaining to",
	"relating to cooperation in", "relating to", "related to", "in the fields of", "in the field of",
	"in the areas of", "in the area of", "in areas such as", "in fields such as", "in the spheres of",
	"in the sphere of", "concerning", "regarding", "encompassing", "covering", "on cooperation in",
	"on", "in", "about", NULL
};
/* Openers of the list itself that are not areas ("collaboration in energy"). */
static const char *const field_lead[] = { "collaboration in", "cooperation in", "cooperation on",
					  "the fields of", "the areas of", "fields of", "areas of",
					  "such areas as", "such fields as", NULL };
/* Words that end the list. */
static const char *const field_stops[] = { "between", "with", "during", "at", "resulting", "which",
					   "worth", "valued", "totaling", "totalling", "to be", NULL };

/* Pairs joined by "and" that name one area. */
static const char *const compounds[] = { "science and technology", "economy and trade", "trade and economy",
					 "oil and gas", "research and development", "culture and tourism",
					 "trade and investment", "health and medicine", "education and culture",
					 "agriculture and food", "transport and logistics", NULL };

static const char *const vague_counts[] = { "several", "some", "multiple", "various", "numerous", "many",
					    "dozens", "a number of", "a series of", "a range of", NULL };

static Str lower_trim(Arena *a, Str s)
{
	s = str_trim(s);
	while (s.len && (s.s[s.len - 1] == '.' || s.s[s.len - 1] == ',' || s.s[s.len - 1] == ';'))
		s = str_trim(str_slice(s, 0, s.len - 1));
	return event_lower(a, s);
}

static bool starts_word(Str s, const char *w, Str *rest)
{
	ptrdiff_t n = (ptrdiff_t)strlen(w);
	if (s.len < n || !str_eq_nocase(str_slice(s, 0, n), (Str){ w, n }))
		return false;
	if (s.len > n && s.s[n] != ' ')
		return false;
	*rest = str_trim(str_slice(s, n, s.len - n));
	return true;
}

int agreement_split_fields(Arena *a, Str list, Str **items)
{
	ptrdiff_t n = 0, cap = 0;
	*items = NULL;
	list = str_trim(list);
	Str r;
	for (int i = 0; field_lead[i]; i++)
		if (starts_word(list, field_lead[i], &r)) {
			list = r;
			break;
		}
	/* "trade, energy and culture": without a comma before the last "and",
	 * the last "and" parts two items unless they make one fixed compound */
	bool commas = false, oxford = false;
	Str last = list;
	for (ptrdiff_t i = 0; i < list.len; i++)
		if (list.s[i] == ',') {
			commas = true;
			last = str_trim(str_slice(list, i + 1, list.len - i - 1));
		}
	oxford = starts_word(last, "and", &r) || starts_word(last, "as well as", &r);
	ptrdiff_t split = -1;
	if (commas && !oxford) {
		ptrdiff_t at = -1;
		for (ptrdiff_t i = 0; i + 5 <= last.len; i++)
			if (!memcmp(last.s + i, " and ", 5))
				at = i;
		bool fixed = false;
		for (int i = 0; compounds[i] && at >= 0; i++)
			fixed |= str_eq_nocase(last, str_c(compounds[i]));
		if (at >= 0 && !fixed)
			split = (last.s - list.s) + at;
	}
	Str rest = split >= 0 ? str_slice(list, 0, split) : list, part, tail;
	Str after = split >= 0 ? str_trim(str_slice(list, split + 5, list.len - split - 5)) : STR_NULL;
	for (;;) {
		bool more = str_cut(rest, ',', &part, &tail);
		part = str_trim(part);
		if (starts_word(part, "and", &r) || starts_word(part, "as well as", &r) || starts_word(part, "or", &r))
			part = r;
		if (starts_word(part, "the", &r))
			part = r;
		if (starts_word(part, "etc.", &r) || starts_word(part, "etc", &r))
			part = r;
		Str item = lower_trim(a, part);
		if (item.len && !str_eq(item, S("etc")))
			apush(a, *items, n, cap, item);
		if (!more) {
			if (after.s) {
				rest = after;
				after = STR_NULL;
				continue;
			}
			break;
		}
		rest = tail;
	}
	return (int)n;
}

static bool plural(const struct xview *v, int t)
{
	Str w = event_tok(v, t);
	return (w.len > 1 && (w.s[w.len - 1] == 's' || w.s[w.len - 1] == 'S')) || event_tok_is(v, t, "memoranda");
}

static bool is_year(Str w)
{
	int y = w.len == 4 ? event_number(w) : -1;
	return y >= 1900 && y <= 2100;
}

struct ctx {
	struct xview *v;
	struct extraction *out;
	ptrdiff_t n, cap;
};

static void add(struct ctx *c, struct agreement g)
{
	struct extraction *out = c->out;
	/* one record per instrument: a title seen again, or the same counted set */
	for (ptrdiff_t i = 0; i < c->n; i++) {
		struct agreement *o = &out->agreements[i];
		if (g.title.s && o->title.s && str_eq(event_fold_name(c->v->x->a, g.title), event_fold_name(c->v->x->a, o->title)))
			return;
		if (!g.title.s && !o->title.s && o->off == g.off && o->count == g.count && o->kind == g.kind)
			return;
	}
	apush(c->v->x->a, out->agreements, c->n, c->cap, g);
	out->nagreements = (int)c->n;
}

static enum agreement_kind kind_by_parties(int n)
{
	return n > 2 ? AK_MULTILATERAL : AK_BILATERAL;
}

/* A capitalised title run starting at t that contains an instrument noun:
 * returns its end token (exclusive), or t when none.  Stops before
 * "and (the) <another instrument title>". */
static int title_run(const struct xview *v, const struct xsent *s, int t, bool *has_inst)
{
	static const char *const conn[] = { "of", "on", "the", "and", "for", "between", "in", "among", "to", NULL };
	*has_inst = false;
	int e = t;
	while (e < s->t1) {
		Str w = event_tok(v, e);
		const struct token *k = &v->x->m->tokens[e];
		if (event_tok_cap(v, e) || k->kind == TOK_NUM) {
			if (event_tok_in(v, e, instrument_nouns))
				*has_inst = true;
			e++;
			continue;
		}
		bool dash = w.len == 1 && (w.s[0] == '-' || w.s[0] == '\'');
		bool udash = w.len == 3 && (unsigned char)w.s[0] == 0xE2;
		bool poss = event_tok_is(v, e, "'s") || event_tok_is(v, e, "s") || str_eq(w, S("\xe2\x80\x99s"));
		if ((dash || udash || poss) && e + 1 < s->t1 && e > t) {
			e++;
			continue;
		}
		if (event_tok_is(v, e, "and") || (w.len == 1 && w.s[0] == ',')) {
			/* a new instrument after "and (the)": stop here */
			int q = e + 1;
			if (event_tok_is(v, q, "and"))
				q++;
			if (event_tok_is(v, q, "the"))
				q++;
			int r = q;
			while (r < s->t1 && event_tok_cap(v, r) && !event_tok_in(v, r, instrument_nouns))
				r++;
			if (*has_inst && r < s->t1 && event_tok_in(v, r, instrument_nouns) && event_tok_cap(v, r) &&
			    event_tok_is(v, e, "and"))
				break;
			if (q < s->t1 && event_tok_cap(v, q)) {
				e = q;
				continue;
			}
			break;
		}
		if (event_tok_in(v, e, conn) && e + 1 < s->t1 &&
		    (event_tok_cap(v, e + 1) || (event_tok_is(v, e + 1, "the") && event_tok_cap(v, e + 2)))) {
			e++;
			continue;
		}
		break;
	}
	/* no trailing connector */
	while (e > t && !event_tok_cap(v, e - 1) && v->x->m->tokens[e - 1].kind != TOK_NUM)
		e--;
	return e;
}

static Str span(const struct xview *v, int t0, int t1)
{
	const struct mentions *m = v->x->m;
	ptrdiff_t o0 = m->tokens[t0].off, o1 = m->tokens[t1 - 1].off + m->tokens[t1 - 1].len;
	return (Str){ v->x->doc->text.s + o0, o1 - o0 };
}

/* The count of an instrument noun at t from the words before it (from t0). */
static int count_before(const struct xview *v, int t0, int t, int *at, int *kind_hint)
{
	*kind_hint = 0;
	*at = t;
	bool many = plural(v, t);
	for (int k = t - 1; k >= t0 && k >= t - 7; k--) {
		Str w = event_tok(v, k);
		if (event_tok_is(v, k, "sister") || event_tok_is(v, k, "twin"))
			*kind_hint = AK_SISTER_CITY;
		else if (event_tok_is(v, k, "bilateral") && !*kind_hint)
			*kind_hint = AK_BILATERAL;
		else if (event_tok_is(v, k, "multilateral") && !*kind_hint)
			*kind_hint = AK_MULTILATERAL;
		int num = event_number(w);
		if (num >= 0 && !is_year(w)) {
			*at = k;
			if (event_tok_is(v, k - 1, "one") && event_tok_is(v, k, "of"))
				return 1;
			return num;
		}
		if (event_tok_is(v, k, "a") || event_tok_is(v, k, "an")) {
			*at = k;
			if (event_tok_is(v, k + 1, "number") || event_tok_is(v, k + 1, "series") || event_tok_is(v, k + 1, "range"))
				return -1;
			return 1;
		}
		for (int q = 0; vague_counts[q]; q++)
			if (event_match(v, k, t, vague_counts[q])) {
				*at = k;
				return -1;
			}
		if (event_tok_is(v, k, "the") || event_tok_is(v, k, "of") || v->x->m->tokens[k].kind == TOK_PUNCT ||
		    event_tok_cap(v, k))
			break;
	}
	return many ? -1 : 1;
}

/* Fields after the instrument noun at t: returns the count, items in *items. */
static int fields_after(const struct xview *v, const struct xsent *s, int t, int t1, Str **items, int *f0, int *f1)
{
	*items = NULL;
	int k = t + 1;
	int m = 0;
	if (event_match(v, k, t1, "of understanding"))
		k += 2;
	for (int i = 0; field_openers[i]; i++)
		if ((m = event_match(v, k, t1, field_openers[i])))
			break;
	if (!m)
		return 0;
	k += m;
	/* "in Astana", "on June 17": not fields */
	bool in = event_tok_is(v, k - 1, "in");
	if (k >= t1 || event_mention_at(v, s, k, M_PLACE) >= 0 || event_mention_at(v, s, k, M_DATE) >= 0 ||
	    (in && event_tok_cap(v, k)) ||
	    (event_mention_at(v, s, k + 1, M_DATE) >= 0 && event_tok_is(v, k, "the")))
		return 0;
	int e = k;
	while (e < t1) {
		Str w = event_tok(v, e);
		if (w.len == 1 && (w.s[0] == '.' || w.s[0] == ';' || w.s[0] == '(' || w.s[0] == ':'))
			break;
		bool stop = false;
		for (int i = 0; field_stops[i] && !stop; i++)
			stop = event_match(v, e, t1, field_stops[i]) > 0;
		if (stop)
			break;
		if (event_tok_in(v, e, instrument_nouns) && e > k)
			break;
		e++;
	}
	while (e > k && event_tok(v, e - 1).len == 1 && event_tok(v, e - 1).s[0] == ',')
		e--;
	if (e <= k)
		return 0;
	*f0 = k;
	*f1 = e;
	return agreement_split_fields(v->x->a, span(v, k, e), items);
}

/* Instruments that one "a treaty on X" names by its subject: the words after
 * "on"/"of" up to punctuation or "and" make its title. */
static const char *const naming_nouns[] = { "treaty", "convention", "charter", NULL };

/* The end (exclusive) of the lower-case title "treaty on allied relations"
 * at the instrument noun t, or t when the words after it do not name it. */
static int subject_title(const struct xview *v, int t, int t1)
{
	if (!event_tok_in(v, t, naming_nouns) || !(event_tok_is(v, t + 1, "on") || event_tok_is(v, t + 1, "of")))
		return t;
	int e = t + 2;
	while (e < t1 && v->tok[e].kind == TOK_WORD && !event_tok_is(v, e, "and") && !event_tok_in(v, e, instrument_nouns)) {
		bool stop = false;
		for (int i = 0; field_stops[i] && !stop; i++)
			stop = event_match(v, e, t1, field_stops[i]) > 0;
		if (stop)
			break;
		e++;
	}
	return e - (t + 2) >= 1 && e - (t + 2) <= 6 ? e : t;
}

static void from_signing(struct ctx *c, const struct happening *h)
{
	struct xview *v = c->v;
	struct xctx *x = v->x;
	const struct xsent *s = &v->s[h->sent];
	struct codes parties = codes_from_states(x->a, x->kb, h->states, h->nstates);
	int t1 = h->scope1 > h->tend ? h->scope1 : s->t1;
	for (int t = h->tend; t < t1; t++) {
		bool quoted = event_in_quotes(v, s, t + 1) && !event_in_quotes(v, s, t);
		int tstart = quoted ? t + 1 : t;
		if (event_tok_cap(v, tstart)) {
			bool inst;
			int e = title_run(v, s, tstart, &inst);
			if (inst && e > tstart) {
				struct agreement g = { 0 };
				g.date = h->date;
				g.parties = parties;
				g.count = 1;
				g.kind = kind_by_parties(parties.n);
				g.title = span(v, tstart, e);
				g.off = g.title.s - x->doc->text.s;
				g.len = g.title.len;
				why_add(x->a, &g.why, "title", g.off, g.len, "agreement.title.named");
				why_add(x->a, &g.why, "count", g.off, g.len, "agreement.count.named");
				why_add(x->a, &g.why, "kind", 0, 0, "agreement.kind.parties");
				why_add(x->a, &g.why, "date", h->date_off, h->date_len, h->date_rule);
				why_add(x->a, &g.why, "parties", 0, 0, h->who_rule ? h->who_rule : "agreement.parties.event");
				add(c, g);
				t = e - 1;
				continue;
			}
		}
		if (!event_tok_in(v, t, instrument_nouns) || event_tok_cap(v, t))
			continue;
		int at, hint;
		int count = count_before(v, h->tend, t, &at, &hint);
		struct agreement g = { 0 };
		g.date = h->date;
		g.parties = parties;
		g.count = count;
		g.kind = hint ? (enum agreement_kind)hint : kind_by_parties(parties.n);
		g.off = x->m->tokens[at].off;
		g.len = x->m->tokens[t].off + x->m->tokens[t].len - g.off;
		int f0 = 0, f1 = 0;
		int te = count == 1 && !plural(v, t) ? subject_title(v, t, t1) : t;
		if (te > t) {
			/* "a treaty on allied relations": named by its subject, no fields */
			g.title = span(v, t, te);
			why_add(x->a, &g.why, "title", g.title.s - x->doc->text.s, g.title.len, "agreement.title.subject");
			f1 = te;
		} else {
			g.nfields = fields_after(v, s, t, t1, &g.fields, &f0, &f1);
		}
		why_add(x->a, &g.why, "count", g.off, g.len, count >= 0 ? "agreement.count" : "agreement.count.unknown");
		why_add(x->a, &g.why, "kind", g.off, g.len, hint == AK_SISTER_CITY ? "agreement.kind.sister-city" :
							    hint ? "agreement.kind.stated" : "agreement.kind.parties");
		why_add(x->a, &g.why, "date", h->date_off, h->date_len, h->date_rule);
		why_add(x->a, &g.why, "parties", 0, 0, h->who_rule ? h->who_rule : "agreement.parties.event");
		if (g.nfields) {
			ptrdiff_t o0 = x->m->tokens[f0].off;
			why_add(x->a, &g.why, "fields", o0, x->m->tokens[f1 - 1].off + x->m->tokens[f1 - 1].len - o0,
				"agreement.fields.list");
		}
		add(c, g);
		if (f1 > t)
			t = f1 - 1;
	}
}

/* The signatories' states (declarations), else the summit's participants. */
static struct codes signatory_states(struct ctx *c)
{
	struct xctx *x = c->v->x;
	const struct docinfo *di = &c->out->doc;
	int st[64], n = 0;
	for (int i = 0; i < di->nsignatories && n < 64; i++) {
		int id = kb_find(x->kb, KB_PERSON, di->signatories[i]);
		int s = id >= 0 ? kb_person_state(x->kb, id, di->date) : -1;
		if (s < 0 && id >= 0)
			s = kb_person_state(x->kb, id, DATE_NONE);
		if (s >= 0)
			st[n++] = s;
	}
	/* signature lines name persons the kb may know under another spelling: their mentions */
	if (n < di->nsignatories) {
		const struct doc *d = x->doc;
		for (int si = 0; si < c->v->ns; si++) {
			const struct xsent *s = &c->v->s[si];
			if (d->nodes[s->parent].type != DOC_SIGNATURE)
				continue;
			for (int i = s->m0; i < s->m1 && n < 64; i++) {
				const struct mention *m = &x->m->v[c->v->mi[i]];
				if (m->flags & MENTION_NESTED)
					continue;
				n += event_mention_states(c->v, m, di->date, false, st + n, 64 - n);
			}
		}
	}
	struct codes k = codes_from_states(x->a, x->kb, st, n);
	if (!k.n)
		k = c->out->summit.participants;
	return k;
}

static const char *const sign_words[] = { "sign", "signed", "signing", "conclude", "concluded", "conclusion", NULL };
static const char *const others_words[] = { "call", "calls", "urge", "urges", "invite", "invites",
					    "encourage", "encourages", "community", NULL };

static void from_declaration(struct ctx *c)
{
	struct xview *v = c->v;
	struct xctx *x = v->x;
	const struct docinfo *di = &c->out->doc;
	if (di->kind != DK_DECLARATION && di->kind != DK_STATEMENT)
		return;
	struct codes parties = signatory_states(c);
	struct agreement self = { 0 };
	self.date = di->date;
	self.parties = parties;
	self.count = 1;
	self.kind = kind_by_parties(parties.n);
	self.title = di->title;
	self.off = di->title.s ? di->title.s - x->doc->text.s : 0;
	self.len = di->title.len;
	why_add(x->a, &self.why, "title", self.off, self.len, "agreement.self.document");
	why_add(x->a, &self.why, "parties", 0, 0, "agreement.parties.signatories");
	why_add(x->a, &self.why, "date", 0, 0, "agreement.self.date.document");
	why_add(x->a, &self.why, "count", 0, 0, "agreement.self.count");
	why_add(x->a, &self.why, "kind", 0, 0, "agreement.kind.parties");
	apush(x->a, c->out->agreements, c->n, c->cap, self);
	c->out->nagreements = (int)c->n;
	/* a treaty the document says is signed or to be signed by the parties */
	const struct doc *d = x->doc;
	for (int si = 0; si < v->ns; si++) {
		const struct xsent *s = &v->s[si];
		int pty = d->nodes[s->parent].type;
		if (pty != DOC_PARA && pty != DOC_ITEM)
			continue;
		bool others = false; /* a word of others before t: one pass, not one per signing word */
		for (int t = s->t0; t < s->t1; others |= event_tok_in(v, t, others_words), t++) {
			if (!event_tok_in(v, t, sign_words))
				continue;
			if (others)
				continue;
			for (int k = t + 1; k < s->t1 && k <= t + 6; k++) {
				bool quoted = event_in_quotes(v, s, k + 1) && !event_in_quotes(v, s, k);
				int ts = quoted ? k + 1 : k;
				if (!event_tok_cap(v, ts))
					continue;
				bool inst;
				int e;
				if (quoted) {
					e = ts;
					inst = false;
					while (e < s->t1 && event_in_quotes(v, s, e + 1)) {
						inst |= event_tok_in(v, e, instrument_nouns) && event_tok_cap(v, e);
						e++;
					}
				} else {
					e = title_run(v, s, ts, &inst);
				}
				if (!inst || e <= ts)
					break;
				struct agreement g = { 0 };
				g.date = di->date;
				g.parties = parties;
				g.count = 1;
				g.kind = kind_by_parties(parties.n);
				g.title = span(v, ts, e);
				g.off = g.title.s - d->text.s;
				g.len = g.title.len;
				why_add(x->a, &g.why, "title", g.off, g.len, "agreement.declaration.treaty");
				why_add(x->a, &g.why, "date", 0, 0, "agreement.date.document");
				why_add(x->a, &g.why, "parties", 0, 0, "agreement.parties.signatories");
				why_add(x->a, &g.why, "count", g.off, g.len, "agreement.count.named");
				why_add(x->a, &g.why, "kind", 0, 0, "agreement.kind.parties");
				add(c, g);
				break;
			}
		}
	}
}

void extract_agreements(struct xctx *x, struct extraction *out)
{
	struct xview v;
	event_view(x, &v);
	event_view_quotes(&v);
	struct ctx c = { &v, out, 0, 0 };
	out->agreements = NULL;
	out->nagreements = 0;
	from_declaration(&c);
	struct happenings h;
	event_analyze(&v, out, &h);
	for (int i = 0; i < h.n; i++)
		if (h.v[i].type == EV_SIGNING)
			from_signing(&c, &h.v[i]);
}
