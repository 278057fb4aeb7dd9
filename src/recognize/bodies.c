/* bodies.c: organisations, initiatives and places the kb does not know,
 * recognised as capitalised names around a head noun
 *
 * English names are built around a head noun that says what they name:
 * "China-Central Asia Business Council" (a body), "Treaty on a Nuclear-
 * Weapon-Free Zone in Central Asia" (an instrument), "Turkmenbashi
 * International Seaport" (a place).  From each capitalised head noun the name
 * extends left over capitalised words, hyphenated compounds ("E-commerce",
 * "Sci-Tech"), bracketed parts ("China (Xinjiang)-Central Asia"), plural
 * possessives ("Ministers' Meeting") and "and" between capitalised words
 * ("Industry and Investment"), and right over "of/for/on/in/to/among/
 * between [the] Capitalised ..." ("Office on Drugs and Crime").  A leading
 * ordinal or year stays in the name as written and the name without it is
 * its other form ("43rd General Conference" / "General Conference"); a
 * bracketed part likewise ("China-Europe (Asia) Railway Express").
 *
 * Limits that keep names from swallowing their context: "and" right after a
 * head ends the name ("Roundtable and E-commerce ... Mechanism" are two);
 * "in" right after an event's head is where it is held ("Forum in
 * Ashgabat"), and "in" a city ends any name; "of" a single state after an
 * initiative is its owner ("Initiative of China").  A Forum is an initiative
 * when it is an event (an ordinal before it, "held" or "in Place" after it)
 * and an organisation otherwise.  A meeting named only by states ("China-
 * Kazakhstan Meeting") is an event, not a body.
 *
 * A kb name may be a modifier ("C5+1 Business Forum"), and name particles
 * join capitalised words ("Rio de Janeiro Leaders' Declaration").  A name
 * that is a kb name with more words after it is that kb entity's fuller form
 * ("Treaty on ... Cooperation between the People's Republic of China and
 * ..."); a kb body's own name is not extended ("Security Council against
 * ...").  Nothing is recognised here in section headings.
 *
 * Lower-case heads after a capitalised name: "X-Y mechanism" and "X Meeting
 * mechanism" (bodies), "Doha process" (an initiative), "X-Y-Z railway" (an
 * initiative), "X-Y gas pipeline" (a place).  A capitalised head alone after
 * "the"/"this"/"its" ("the Secretariat", "The Conference") refers to a name
 * used nearby; resolve decides which (MENTION_REF).
 */
#include "recognize-int.h"

struct phrase {
	int b, e;        /* tokens */
	int core;        /* first token after a leading ordinal or year */
	int paren_b, paren_e; /* a bracketed part inside, or -1 */
	bool cont;       /* extended right of the head */
};

static Str text_of(const struct rctx *c, int b, int e)
{
	return (Str){ c->text.s + c->tok[b].off, c->tok[e - 1].off + c->tok[e - 1].len - c->tok[b].off };
}

static bool is_year(const struct rctx *c, int i)
{
	if (i < c->b || c->tok[i].kind != TOK_NUM || c->tok[i].len != 4)
		return false;
	Str t = recognize_tok(c, i);
	return (t.s[0] == '1' && t.s[1] == '9') || (t.s[0] == '2' && t.s[1] == '0');
}

static bool is_person_title(Str w)
{
	return recognize_title_word(w) && !str_eq_nocase(w, S("General")) && !str_eq_nocase(w, S("Commissioner"));
}

/* A capitalised word that may be part of a name. */
static bool name_cap(const struct rctx *c, int i)
{
	if (i < c->b || i >= c->e)
		return false;
	if (!recognize_cap(c, i))
		return false;
	Str w = recognize_tok(c, i);
	return !recognize_stop_cap(w) && !is_person_title(w) && !recognize_honorific(w);
}

static bool kb_person_at(const struct rctx *c, int i)
{
	ptrdiff_t k = recognize_kb_cover(c, i);
	return k >= 0 && c->v[k].type == M_PERSON;
}

static bool plural(Str w)
{
	return w.len > 3 && (w.s[w.len - 1] == 's' || w.s[w.len - 1] == 'S') && w.s[w.len - 2] != 's';
}

static bool particle(Str w)
{
	static const char *const l[] = { "de", "da", "do", "dos", "du", "del", "della", "la", "le", "van", "von",
					  "bin", "al", "el", "ul", NULL };
	static struct wordset set = WORDSET(l, true);
	return recognize_wordset_has(&set, w);
}

/* Extend left from the head at h; sets p->b, p->core, p->paren_*. */
static void left(const struct rctx *c, int h, struct phrase *p)
{
	int b = h;
	p->paren_b = p->paren_e = -1;
	for (;;) {
		int k = b - 1;
		if (k < c->b)
			break;
		if (kb_person_at(c, k))
			break;
		/* a kb name as a modifier, whatever its spelling ("C5+1 Business Forum") */
		ptrdiff_t q = recognize_kb_cover(c, k);
		if (q >= 0 && c->v[q].type != M_PERSON &&
		    c->v[q].off + c->v[q].len == c->tok[k].off + c->tok[k].len && c->v[q].off < c->tok[k].off) {
			int qb = recognize_tok_at(c, c->v[q].off);
			if (qb >= c->b && qb < k) {
				b = qb;
				continue;
			}
		}
		/* "Rio de Janeiro", "Bandar Seri Begawan": particles inside a name */
		if (c->tok[k].kind == TOK_WORD && !(c->tok[k].flags & TOK_CAP) && name_cap(c, k - 1) &&
		    recognize_cap(c, b) && particle(recognize_tok(c, k))) {
			b = k;
			continue;
		}
		if (name_cap(c, k)) {
			if (recognize_ordinal(recognize_tok(c, k))) {
				b = k;
				break;
			}
			b = k;
			continue;
		}
		if (c->tok[k].kind == TOK_WORD && (c->tok[k].flags & TOK_UPPER)) {
			b = k;
			continue;
		}
		/* "Industry and Investment" (not after a head: "Roundtable and E-commerce") */
		if (recognize_is(c, k, "and") && name_cap(c, k - 1) &&
		    recognize_head(recognize_tok(c, k - 1)).cls == H_NONE && recognize_cap(c, b)) {
			b = k;
			continue;
		}
		/* "China-Central", "China - Central" */
		if (recognize_dash(c, k) && k - 1 >= c->b &&
		    (name_cap(c, k - 1) || (c->tok[k - 1].flags & TOK_UPPER) || recognize_is(c, k - 1, ")"))) {
			b = k;
			continue;
		}
		/* "E-commerce": a lower-case part glued to a one-letter capital */
		if (c->tok[k].kind == TOK_WORD && !(c->tok[k].flags & TOK_CAP) && recognize_glued(c, k) &&
		    recognize_dash(c, k - 1) && recognize_glued(c, k - 1) && recognize_cap(c, k - 2) &&
		    c->tok[k - 2].len == 1) {
			b = k - 2;
			continue;
		}
		/* "Ministers' Meeting" */
		if ((recognize_is(c, k, "'") || recognize_is(c, k, "\u2019")) && recognize_glued(c, k) &&
		    name_cap(c, k - 1)) {
			Str w = recognize_tok(c, k - 1);
			if (w.len > 1 && (w.s[w.len - 1] == 's' || w.s[w.len - 1] == 'S')) {
				b = k;
				continue;
			}
		}
		/* "China (Xinjiang)-", "China-Europe (Asia) Railway" */
		if (recognize_is(c, k, ")")) {
			int o = k - 1;
			while (o > c->b && o > k - 4 && recognize_cap(c, o))
				o--;
			if (o < k - 1 && recognize_is(c, o, "(") && name_cap(c, o - 1)) {
				p->paren_b = o;
				p->paren_e = k + 1;
				b = o;
				continue;
			}
			break;
		}
		/* a leading year or lower-case ordinal: "2026 World Nomad Games", "the first Climate Forum" */
		if (is_year(c, k) || (c->tok[k].kind == TOK_WORD && recognize_ordinal(recognize_tok(c, k)))) {
			b = k;
			break;
		}
		break;
	}
	/* never start on a dash or "and" */
	while (b < h && (recognize_dash(c, b) || recognize_is(c, b, "and") || recognize_is(c, b, "'") ||
			 recognize_is(c, b, "\u2019")))
		b++;
	p->b = b;
	p->core = b;
	if (b < h && (is_year(c, b) || recognize_ordinal(recognize_tok(c, b))))
		p->core = b + 1;
}

/* A kb mention of a city or other place starts at token i. */
static bool city_at(const struct rctx *c, int i)
{
	ptrdiff_t k = recognize_kb_cover(c, i);
	if (k < 0 || c->v[k].off != c->tok[i].off)
		return false;
	const struct kb_entity *e = kb_get(c->kb, c->v[k].kb);
	return e && e->type == KB_PLACE;
}

/* A single kb state or person mention spans exactly [i, end of name). */
static bool owner_at(const struct rctx *c, int i)
{
	ptrdiff_t k = recognize_kb_cover(c, i);
	if (k < 0 || c->v[k].off != c->tok[i].off)
		return false;
	if (c->v[k].type != M_STATE && c->v[k].type != M_PERSON)
		return false;
	int e = recognize_tok_after(c, c->v[k].off + c->v[k].len);
	return !(e < c->e && (recognize_cap(c, e) || recognize_is(c, e, "and")));
}

/* Whether the capitalised words from k lead to a head noun: after "and"
 * that is a second name ("Mission in Afghanistan and the UN Office ..."). */
static bool names_ahead(const struct rctx *c, int k)
{
	for (int i = k; i < c->e && i < k + 8; i++) {
		if (recognize_cap(c, i) && recognize_head(recognize_tok(c, i)).cls != H_NONE)
			return true;
		if (!(recognize_cap(c, i) || (c->tok[i].flags & TOK_UPPER) || recognize_dash(c, i)))
			return false;
	}
	return false;
}

/* Extend right from the head at h: returns the token after the name. */
static int right(const struct rctx *c, int h, struct head hd, bool *cont)
{
	int e = h + 1;
	*cont = false;
	for (;;) {
		if (e >= c->e)
			break;
		Str w = recognize_tok(c, e);
		if (c->tok[e].kind == TOK_WORD && !(c->tok[e].flags & TOK_CAP) && recognize_connector(w)) {
			int k = e + 1;
			if (k < c->e && recognize_article(recognize_tok(c, k)) && !(c->tok[k].flags & TOK_CAP))
				k++;
			if (k >= c->e || !(name_cap(c, k) || (c->tok[k].flags & TOK_UPPER)))
				break;
			if (recognize_month(recognize_tok(c, k)))
				break;
			/* "Soviet Union to Cuba": a destination, not a name */
			if (str_eq_nocase(w, S("to")) && recognize_kb_cover(c, k) >= 0)
				break;
			if (str_eq_nocase(w, S("in"))) {
				if (((hd.flags & HF_EVENT || hd.cls == H_PLACE) && !*cont) || city_at(c, k))
					break;
			}
			if (str_eq_nocase(w, S("of")) && !*cont && hd.cls == H_INIT && owner_at(c, k))
				break;
			/* a kb name after the preposition is taken whole */
			ptrdiff_t q = recognize_kb_cover(c, k);
			if (q >= 0 && c->v[q].off == c->tok[k].off) {
				int qe = recognize_tok_after(c, c->v[q].off + c->v[q].len);
				e = qe > k ? qe : k + 1;
				*cont = true;
				continue;
			}
			e = k + 1;
			*cont = true;
			continue;
		}
		if (!*cont)
			break;
		/* inside the part after a preposition */
		if (name_cap(c, e) || (c->tok[e].kind == TOK_WORD && (c->tok[e].flags & TOK_UPPER))) {
			e++;
			continue;
		}
		if ((recognize_dash(c, e) || recognize_is(c, e, "'s")) && e + 1 < c->e &&
		    (recognize_cap(c, e + 1) || (recognize_glued(c, e + 1) && c->tok[e + 1].kind == TOK_WORD))) {
			e += 2;
			continue;
		}
		if ((recognize_is(c, e, "and") || recognize_is(c, e, "the") || recognize_is(c, e, "a")) && e + 1 < c->e) {
			int k = e + 1;
			if (recognize_is(c, k, "the"))
				k++;
			if (name_cap(c, k) && !(recognize_is(c, e, "and") && k > e + 1 && names_ahead(c, k))) {
				e = k + 1;
				continue;
			}
			break;
		}
		/* an instrument's list: "on Climate Change, Mountains and Glaciers" */
		if ((hd.flags & HF_LEGAL) && recognize_is(c, e, ",") && e + 1 < c->e) {
			int k = e + 1;
			if (recognize_is(c, k, "and"))
				k++;
			if (name_cap(c, k)) {
				e = k + 1;
				continue;
			}
			break;
		}
		break;
	}
	return e;
}

/* Whether every word before the head is a kb state or place ("China-Kazakhstan"). */
static bool only_kb_states(const struct rctx *c, int b, int h)
{
	for (int i = b; i < h; i++) {
		if (c->tok[i].kind != TOK_WORD)
			continue;
		ptrdiff_t k = recognize_kb_cover(c, i);
		if (k < 0 || (c->v[k].type != M_STATE && c->v[k].type != M_PLACE))
			return false;
	}
	return true;
}

/* The core without its bracketed part: "China-Europe Railway Express". */
static Str without_paren(const struct rctx *c, struct phrase *p)
{
	Str a = text_of(c, p->core, p->paren_b);
	Str b = text_of(c, p->paren_e, p->e);
	bool space = c->tok[p->paren_e].flags & TOK_SPACE;
	return arena_printf(c->a, "%.*s%s%.*s", (int)a.len, a.s, space ? " " : "", (int)b.len, b.s);
}

static bool forum_event(const struct rctx *c, struct phrase *p)
{
	if (p->core > p->b)
		return true;
	int e = p->e;
	if (e < c->e && recognize_is(c, e, "held"))
		return true;
	if (e + 1 < c->e && (recognize_is(c, e, "to") || recognize_is(c, e, "will")) && recognize_is(c, e + 1, "be"))
		return true;
	if (e + 1 < c->e && recognize_is(c, e, "in") && (recognize_cap(c, e + 1) || is_year(c, e + 1)) &&
	    !recognize_month(recognize_tok(c, e + 1)))
		return true;
	return false;
}

static void emit_phrase(struct rctx *c, struct phrase *p, enum mention_type type, int h)
{
	struct mention m = recognize_span(c, type, p->b, p->e, MENTION_UNKNOWN);
	if (p->paren_b > p->core && p->paren_e < p->e)
		m.alt = without_paren(c, p);
	else if (p->core > p->b)
		m.alt = text_of(c, p->core, p->e);
	recognize_add(c, m);
	/* "Termez Regional ...", "Aktau International Trade Port": the first word is a place */
	int f = p->core;
	if ((type == M_ORG || type == M_PLACE) && f + 1 < h && name_cap(c, f) && recognize_kb_cover(c, f) < 0 &&
	    (recognize_is(c, f + 1, "International") || recognize_is(c, f + 1, "Regional") ||
	     recognize_is(c, f + 1, "National") || recognize_is(c, f + 1, "City"))) {
		recognize_add(c, recognize_span(c, M_PLACE, f, f + 1, MENTION_UNKNOWN | MENTION_NESTED));
	}
}

static enum mention_type type_of(enum head_class cls)
{
	return cls == H_ORG ? M_ORG : cls == H_PLACE ? M_PLACE : M_INITIATIVE;
}

/* Whether [b, e) is exactly a kb mention's span. */
static bool kb_span(const struct rctx *c, int b, int e)
{
	ptrdiff_t off = c->tok[b].off, end = c->tok[e - 1].off + c->tok[e - 1].len;
	for (ptrdiff_t k = c->kbf; k < c->kbl; k++)
		if (c->v[k].type && c->v[k].off == off && c->v[k].off + c->v[k].len == end)
			return true;
	return false;
}

static void headed(struct rctx *c, int h)
{
	Str w = recognize_tok(c, h);
	struct head hd = recognize_head(w);
	if (hd.cls == H_NONE || !recognize_cap(c, h) || (c->tok[h].flags & TOK_UPPER))
		return;
	if (str_eq_nocase(w, S("Commissioner")) && !recognize_is(c, h - 1, "High"))
		return;
	if ((hd.flags & HF_OF) && !recognize_is(c, h + 1, "of"))
		return;
	/* not the last word of the name ("Dialogue Mechanism"): but a body
	 * before a sub-unit is a name too ("Commission Office") */
	bool subunit = false;
	if (h + 1 < c->e && recognize_cap(c, h + 1) && !recognize_stop_cap(recognize_tok(c, h + 1))) {
		struct head nx = recognize_head(recognize_tok(c, h + 1));
		if (hd.cls == H_ORG && (nx.flags & HF_SUBUNIT))
			subunit = true;
		else
			return;
	}
	struct phrase p;
	left(c, h, &p);
	if (subunit) {
		p.e = h + 1;
		if (p.core < h)
			emit_phrase(c, &p, M_ORG, h);
		return;
	}
	/* a kb body's own name ends where the kb's does ("Security Council
	 * against ...", "General Assembly on ..."): the kb knows its full names */
	ptrdiff_t own = recognize_kb_cover(c, h);
	if (own >= 0 && c->v[own].type == M_ORG &&
	    c->v[own].off + c->v[own].len == c->tok[h].off + c->tok[h].len) {
		p.e = h + 1;
		p.cont = false;
	} else {
		p.e = right(c, h, hd, &p.cont);
	}
	/* "Friends of the Group for ..." */
	if (p.cont && p.b == h && h - 3 >= c->b && recognize_is(c, h - 1, "the") && recognize_is(c, h - 2, "of") &&
	    name_cap(c, h - 3) && recognize_kb_cover(c, h - 3) < 0 && plural(recognize_tok(c, h - 3)))
		p.b = p.core = h - 3;
	/* "X Ministers' Meeting mechanism" */
	bool mech = false;
	if ((str_eq_nocase(w, S("Meeting")) || str_eq_nocase(w, S("Meetings"))) && p.e == h + 1 &&
	    recognize_is(c, h + 1, "mechanism") && !recognize_cap(c, h + 1)) {
		p.e = h + 2;
		mech = true;
	}
	if (p.core == h && p.e == h + 1) {
		/* a head alone: "the Secretariat" refers to a name nearby */
		if (!(hd.flags & HF_NOBARE) && h - 1 >= c->b && p.b == h &&
		    (recognize_is(c, h - 1, "the") || recognize_is(c, h - 1, "this") || recognize_is(c, h - 1, "its"))) {
			struct mention m = recognize_span(c, type_of(hd.cls == H_FORUM ? H_ORG : hd.cls), h, h + 1,
							  MENTION_UNKNOWN | MENTION_REF);
			recognize_add(c, m);
		}
		return;
	}
	if (p.core == h && !p.cont)
		return;
	if (hd.flags & HF_EVENT && hd.cls == H_ORG && !p.cont && only_kb_states(c, p.core, h))
		return;
	/* the kb's own name with an ordinal ("77th United Nations General Assembly") */
	if (kb_span(c, p.core, p.e) || (p.core > p.b && kb_span(c, p.core, p.e)))
		return;
	/* the kb's name with more words after it: the fuller form of that name
	 * ("Treaty on ... Cooperation" + " between the People's Republic ...") */
	ptrdiff_t shorter = -1;
	for (ptrdiff_t k = c->kbf; k < c->kbl; k++) {
		const struct mention *q = &c->v[k];
		if (q->type && (q->type == M_ORG || q->type == M_INITIATIVE) && !(q->flags & MENTION_NESTED) &&
		    (q->off == c->tok[p.b].off || q->off == c->tok[p.core].off) && q->off + q->len > c->tok[h].off &&
		    q->off + q->len < c->tok[p.e - 1].off + c->tok[p.e - 1].len)
			shorter = k;
	}
	enum mention_type type = type_of(hd.cls);
	if (shorter >= 0) {
		struct mention m = recognize_span(c, c->v[shorter].type, p.b, p.e, MENTION_UNKNOWN);
		m.kb = c->v[shorter].kb;
		m.alt = (Str){ c->text.s + c->v[shorter].off, c->v[shorter].len };
		c->v[shorter].type = 0;
		recognize_add(c, m);
		return;
	}
	if (hd.cls == H_FORUM)
		type = forum_event(c, &p) ? M_INITIATIVE : M_ORG;
	if (mech) {
		struct mention m = recognize_span(c, M_ORG, p.b, p.e, MENTION_UNKNOWN);
		m.alt = text_of(c, p.core, h + 1);
		recognize_add(c, m);
		return;
	}
	emit_phrase(c, &p, type, h);
}

/* Lower-case heads after a capitalised or quoted name. */
static void lower_head(struct rctx *c, int h)
{
	Str w = recognize_tok(c, h);
	if ((c->tok[h].flags & TOK_CAP) || w.len < 7 || w.len > 9)
		return; /* the heads below have 7 to 9 letters */
	bool mech = str_eq(w, S("mechanism")), proc = str_eq(w, S("process")), rail = str_eq(w, S("railway")),
	     pipe = str_eq(w, S("pipeline"));
	if (!mech && !proc && !rail && !pipe)
		return;
	int end = h;   /* last token before the head */
	if (pipe && end - 1 >= c->b && (recognize_is(c, end - 1, "gas") || recognize_is(c, end - 1, "oil")))
		end--;
	int k = end - 1;
	if (k < c->b)
		return;
	/* the "China–Central Asia" mechanism */
	if (recognize_quote(c, k)) {
		int o = k - 1;
		while (o >= c->b && !recognize_quote(c, o) && k - o < 12)
			o--;
		if (o < c->b || !recognize_quote(c, o) || o + 1 >= k || !recognize_cap(c, o + 1))
			return;
		if (!mech && !proc)
			return;
		/* the kb knows the name inside: that mention stands */
		ptrdiff_t kq = recognize_kb_cover(c, o + 1);
		if (kq >= 0 && c->v[kq].off == c->tok[o + 1].off &&
		    c->v[kq].off + c->v[kq].len == c->tok[k - 1].off + c->tok[k - 1].len &&
		    (c->v[kq].type == M_ORG || c->v[kq].type == M_INITIATIVE))
			return;
		struct mention m = recognize_span(c, mech ? M_ORG : M_INITIATIVE, o, h + 1, MENTION_UNKNOWN);
		Str in = text_of(c, o + 1, k);
		m.name = arena_printf(c->a, "%.*s %.*s", (int)in.len, in.s, (int)w.len, w.s);
		m.alt = in;
		recognize_add(c, m);
		return;
	}
	if (!name_cap(c, k) && !(c->tok[k].flags & TOK_UPPER))
		return;
	struct phrase p;
	left(c, end, &p);
	if (p.b >= end)
		return;
	int dashes = 0, words = 0;
	for (int i = p.b; i < end; i++) {
		dashes += recognize_dash(c, i);
		words += c->tok[i].kind == TOK_WORD;
	}
	if (recognize_is(c, end - 1, "Meeting") || recognize_is(c, end - 1, "Meetings"))
		return; /* the Meeting's own name takes "mechanism" */
	enum mention_type type;
	if (mech) {
		if (dashes == 0)
			return;
		type = M_ORG;
	} else if (proc) {
		/* not a state's own process ("the Afghan process") */
		if (only_kb_states(c, p.b, end)) {
			ptrdiff_t q = recognize_kb_cover(c, p.b);
			if (q >= 0 && c->v[q].type == M_STATE)
				return;
		}
		type = M_INITIATIVE;
	} else if (rail) {
		/* "X-Y railway line(s)" and "X railway station" are places (places.c) */
		if (dashes < 2 || recognize_is(c, h + 1, "line") || recognize_is(c, h + 1, "lines") ||
		    recognize_is(c, h + 1, "station"))
			return;
		type = M_INITIATIVE;
	} else {
		if (dashes == 0)
			return;
		type = M_PLACE;
	}
	(void)words;
	struct mention m = recognize_span(c, type, p.b, h + 1, MENTION_UNKNOWN);
	recognize_add(c, m);
}

void recognize_bodies(struct rctx *c)
{
	/* a section heading names a part of the text, not a body ("Multilateral Meetings") */
	int parent = c->doc->nodes[c->sent].parent;
	if (parent >= 0 && c->doc->nodes[parent].type == DOC_SECTION)
		return;
	if (recognize_is(c, c->b, "=") || recognize_is(c, c->b, "#")) /* heading markup left in the text */
		return;
	for (int h = c->b; h < c->e; h++) {
		if (c->tok[h].kind != TOK_WORD)
			continue;
		headed(c, h);
		lower_head(c, h);
	}
}
