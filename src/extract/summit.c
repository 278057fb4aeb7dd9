/* summit.c: the one summit a document is about or was issued by: name, other-language names, ordinal, host, city, venue, dates, participants, chair */
#include "event-int.h"
#include "../base/utf8.h"

#include <string.h>

/* Infobox keys by the attribute they give; keys vary by source. */
static const struct {
	const char *key;
	const char *attr;
} field_keys[] = {
	{ "date", "date" },          { "dates", "date" },          { "held", "date" },
	{ "venue", "venue" },        { "venues", "venue" },
	{ "city", "city" },          { "cities", "city" },         { "location", "city" },
	{ "place", "city" },         { "host city", "city" },
	{ "country", "host" },       { "countries", "host" },      { "host", "host" },
	{ "host country", "host" },  { "host state", "host" },     { "hosts", "host" },
	{ "participants", "participants" }, { "members", "participants" },
	{ "member states", "participants" }, { "participating states", "participants" },
	{ "attendees", "participants" }, { "participating countries", "participants" },
	{ "chair", "chair" },        { "chairperson", "chair" },   { "chairman", "chair" },
	{ "chairwoman", "chair" },   { "chaired by", "chair" },    { "presided by", "chair" },
	{ "other titles", "names" }, { "other names", "names" },   { "native name", "names" },
	{ "names", "names" },        { "local names", "names" },
	{ "summit name", "name" },   { "name", "name" },           { "title", "name" },
	{ "ordinal", "ordinal" },    { "number", "ordinal" },
};

/* Substrings that decide a key not in the table ("Host city" -> city). */
static const struct {
	const char *part;
	const char *attr;
} key_parts[] = {
	{ "venue", "venue" }, { "city", "city" }, { "location", "city" }, { "chair", "chair" },
	{ "particip", "participants" }, { "member", "participants" }, { "date", "date" },
	{ "countr", "host" }, { "host", "host" }, { "title", "names" }, { "name", "names" },
};

const char *summit_field_attr(Str key)
{
	key = str_trim(key);
	for (size_t i = 0; i < sizeof field_keys / sizeof *field_keys; i++)
		if (str_eq_nocase(key, str_c(field_keys[i].key)))
			return field_keys[i].attr;
	for (size_t i = 0; i < sizeof key_parts / sizeof *key_parts; i++) {
		Str p = str_c(key_parts[i].part);
		for (ptrdiff_t k = 0; k + p.len <= key.len; k++)
			if (str_eq_nocase(str_slice(key, k, p.len), p))
				return key_parts[i].attr;
	}
	return NULL;
}

/* Scripts by code-point range, and the language a title in them is taken to be. */
static const struct {
	int32_t lo, hi;
	const char *lang;
} scripts[] = {
	{ 0x0400, 0x052F, "ru" }, { 0x4E00, 0x9FFF, "zh" }, { 0x3400, 0x4DBF, "zh" },
	{ 0x3040, 0x30FF, "ja" }, { 0xAC00, 0xD7AF, "ko" }, { 0x0600, 0x06FF, "ar" },
	{ 0x0590, 0x05FF, "he" }, { 0x0900, 0x097F, "hi" }, { 0x0E00, 0x0E7F, "th" },
	{ 0x0370, 0x03FF, "el" }, { 0x0530, 0x058F, "hy" }, { 0x10A0, 0x10FF, "ka" },
};

Str summit_script_lang(Str s)
{
	ptrdiff_t off = 0;
	const char *kana = NULL, *first = NULL;
	while (off < s.len) {
		int32_t cp = utf8_next(s, &off);
		for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++)
			if (cp >= scripts[i].lo && cp <= scripts[i].hi) {
				if (!strcmp(scripts[i].lang, "ja"))
					kana = "ja";
				else if (!first)
					first = scripts[i].lang;
			}
	}
	if (kana)
		return str_c(kana);
	return first ? str_c(first) : S("");
}

static struct summit_name *add_names(struct xctx *x, struct summit *sm, Str value, ptrdiff_t *cap)
{
	/* split at commas; consecutive parts in one script are one title */
	ptrdiff_t n = sm->nnames;
	Str rest = value, part;
	Str cur = STR_NULL, cur_lang = STR_NULL;
	for (;;) {
		Str tail;
		bool more = str_cut(rest, ',', &part, &tail);
		Str lang = summit_script_lang(part);
		if (cur.s && str_eq(lang, cur_lang)) {
			cur.len = part.s + part.len - cur.s;
		} else {
			if (cur.s && cur_lang.len) {
				struct summit_name nm = { cur_lang, str_trim(cur) };
				apush(x->a, sm->names, n, *cap, nm);
				why_add(x->a, &sm->why, "names", nm.title.s - x->doc->text.s, nm.title.len, "summit.names.script");
			}
			cur = part;
			cur_lang = lang;
		}
		if (!more)
			break;
		rest = tail;
	}
	if (cur.s && cur_lang.len) {
		bool dup = false;
		for (ptrdiff_t i = 0; i < n; i++)
			dup |= str_eq(sm->names[i].lang, cur_lang);
		if (!dup) {
			struct summit_name nm = { cur_lang, str_trim(cur) };
			apush(x->a, sm->names, n, *cap, nm);
			why_add(x->a, &sm->why, "names", nm.title.s - x->doc->text.s, nm.title.len, "summit.names.script");
		}
	}
	sm->nnames = (int)n;
	return sm->names;
}

/* States named in sentence s (codes, names, persons); appends to st. */
static int sent_states(const struct xview *v, int s, struct date on, bool groups, int *st, int n, int cap)
{
	const struct mentions *m = v->x->m;
	for (int i = v->s[s].m0; i < v->s[s].m1 && n < cap; i++) {
		const struct mention *x = &m->v[v->mi[i]];
		if (x->flags & MENTION_NESTED)
			continue;
		if (x->type != M_STATE && x->type != M_PERSON && !(groups && (x->type == M_ORG || x->type == M_PLACE)))
			continue;
		n += event_mention_states(v, x, on, groups, st + n, cap - n);
	}
	return n;
}

static Str text_at(const struct xctx *x, const struct mention *m)
{
	return (Str){ x->doc->text.s + m->off, m->len };
}

/* Parse a participants value written as codes or names without mentions. */
static int parse_codes(const struct xctx *x, Str value, int *st, int n, int cap)
{
	Str rest = value, part, tail;
	for (;;) {
		bool more = str_cut(rest, ',', &part, &tail);
		part = str_trim(part);
		int id = part.len == 3 ? kb_state(x->kb, part) : -1;
		if (id < 0 && part.len)
			id = kb_find(x->kb, KB_STATE, part);
		if (id >= 0 && n < cap)
			st[n++] = id;
		if (!more)
			break;
		rest = tail;
	}
	return n;
}

static const struct mention *sent_first(const struct xview *v, int s, int type)
{
	const struct mentions *m = v->x->m;
	for (int i = v->s[s].m0; i < v->s[s].m1; i++) {
		const struct mention *x = &m->v[v->mi[i]];
		if ((int)x->type == type && !(x->flags & MENTION_NESTED) && (type != M_DATE || date_ok(x->value)))
			return x;
	}
	return NULL;
}

static int place_state(const struct xctx *x, const struct mention *pl)
{
	if (!pl || pl->kb < 0)
		return -1;
	const struct kb_entity *e = kb_get(x->kb, pl->kb);
	return e ? e->state : -1;
}

static void set_host(struct xctx *x, struct summit *sm, int id, ptrdiff_t off, ptrdiff_t len, const char *rule)
{
	const struct kb_entity *e = id >= 0 ? kb_get(x->kb, id) : NULL;
	if (!e || e->type != KB_STATE || sm->host.len)
		return;
	sm->host = e->code;
	why_add(x->a, &sm->why, "host", off, len, rule);
}

static void from_infobox(struct xview *v, struct summit *sm, bool *any)
{
	struct xctx *x = v->x;
	const struct doc *d = x->doc;
	ptrdiff_t ncap = 0;
	int st[64], nst = 0;
	for (int i = 0; i < d->nnodes; i++) {
		const struct doc_node *n = &d->nodes[i];
		if (n->type != DOC_FIELD)
			continue;
		const char *attr = summit_field_attr(n->label);
		if (!attr)
			continue;
		Str value = str_trim(doc_node_body(d, i));
		if (!value.len)
			continue;
		*any = true;
		ptrdiff_t voff = value.s - d->text.s;
		int s = -1;
		for (int k = 0; k < v->ns; k++)
			if (v->s[k].parent == i) {
				s = k;
				break;
			}
		if (!strcmp(attr, "name") && !sm->name.s) {
			sm->name = value;
			why_add(x->a, &sm->why, "name", voff, value.len, "summit.name.infobox");
		} else if (!strcmp(attr, "names")) {
			add_names(x, sm, value, &ncap);
		} else if (!strcmp(attr, "city") && !sm->city.s) {
			const struct mention *pl = s >= 0 ? sent_first(v, s, M_PLACE) : NULL;
			sm->city = pl ? text_at(x, pl) : value;
			why_add(x->a, &sm->why, "city", pl ? pl->off : voff, sm->city.len, "summit.city.infobox");
			set_host(x, sm, place_state(x, pl), voff, value.len, "summit.host.city");
		} else if (!strcmp(attr, "venue") && !sm->venue.s) {
			sm->venue = value;
			why_add(x->a, &sm->why, "venue", voff, value.len, "summit.venue.infobox");
		} else if (!strcmp(attr, "chair") && !sm->chair.s) {
			const struct mention *p = s >= 0 ? sent_first(v, s, M_PERSON) : NULL;
			sm->chair = p ? text_at(x, p) : value;
			why_add(x->a, &sm->why, "chair", voff, value.len, "summit.chair.infobox");
		} else if (!strcmp(attr, "host")) {
			int hs[4];
			int k = s >= 0 ? sent_states(v, s, DATE_NONE, false, hs, 0, 4) : 0;
			if (!k)
				k = parse_codes(x, value, hs, 0, 4);
			sm->host = S("");
			if (k)
				set_host(x, sm, hs[0], voff, value.len, "summit.host.infobox");
		} else if (!strcmp(attr, "date") && !date_ok(sm->start)) {
			const struct mention *dt = s >= 0 ? sent_first(v, s, M_DATE) : NULL;
			if (dt) {
				sm->start = dt->value;
				sm->end = dt->end;
				why_add(x->a, &sm->why, "start", dt->off, dt->len, "summit.date.infobox");
			} else {
				struct date p = date_parse(value);
				if (date_ok(p)) {
					sm->start = p;
					why_add(x->a, &sm->why, "start", voff, value.len, "summit.date.infobox");
				}
			}
		} else if (!strcmp(attr, "participants") && !nst) {
			nst = s >= 0 ? sent_states(v, s, sm->start, false, st, 0, 64) : 0;
			nst = parse_codes(x, value, st, nst, 64);
			if (nst)
				why_add(x->a, &sm->why, "participants", voff, value.len, "summit.participants.infobox");
		} else if (!strcmp(attr, "ordinal") && !sm->ordinal) {
			sm->ordinal = event_ordinal(value);
			if (!sm->ordinal)
				sm->ordinal = event_number(value) > 0 ? event_number(value) : 0;
			if (sm->ordinal)
				why_add(x->a, &sm->why, "ordinal", voff, value.len, "summit.ordinal.infobox");
		}
	}
	if (nst)
		sm->participants = codes_from_states(x->a, x->kb, st, nst);
}

static bool summit_word(const struct xview *v, int t)
{
	return event_tok_is(v, t, "summit");
}

/* The series key of a summit name: without leading "the", years and ordinals, and the final "Summit". */
static Str series_of(Arena *a, Str name)
{
	Str f = event_fold_name(a, name);
	for (;;) {
		Str head, tail;
		if (!str_cut(f, ' ', &head, &tail))
			break;
		bool year = head.len == 4 && head.s[0] >= '1' && head.s[0] <= '2';
		if (year || event_ordinal(head) || str_eq(head, S("the"))) {
			f = tail;
			continue;
		}
		break;
	}
	if (str_ends(f, S(" summit")))
		f.len -= 7;
	return str_trim(f);
}

/* The ordinal of the summit from the text: "<ordinal> <series> Summit" in a
 * sentence that names no other year than the summit's. */
static void find_ordinal(struct xview *v, struct summit *sm)
{
	struct xctx *x = v->x;
	const struct doc *d = x->doc;
	if (sm->ordinal || !sm->name.s)
		return;
	Str series = series_of(x->a, sm->name);
	if (!series.len)
		return;
	int direct = 0;
	{
		/* the name itself may carry it ("Second X Summit") */
		Str head, tail;
		Str nm = str_trim(sm->name);
		if (str_cut(nm, ' ', &head, &tail))
			direct = event_ordinal(head) ? event_ordinal(head) : event_roman(head);
		if (direct) {
			sm->ordinal = direct;
			why_add(x->a, &sm->why, "ordinal", head.s - d->text.s, head.len, "summit.ordinal.name");
			return;
		}
	}
	int year = sm->start.y;
	/* "The 2023 X Summit was the first summit ..." */
	Str full = event_fold_name(x->a, sm->name);
	for (int s = 0; s < v->ns; s++) {
		const struct xsent *xs = &v->s[s];
		int ty = d->nodes[xs->parent].type;
		if (ty != DOC_PARA)
			continue;
		Str st = event_fold_name(x->a, (Str){ d->text.s + xs->off, xs->len });
		bool about = str_starts(st, full) || (str_starts(st, S("the ")) && str_starts(str_slice(st, 4, st.len - 4), full));
		if (!about)
			continue;
		for (int t = xs->t0; t + 3 < xs->t1; t++)
			if ((event_tok_is(v, t, "was") || event_tok_is(v, t, "is")) && event_tok_is(v, t + 1, "the") &&
			    event_ordinal(event_tok(v, t + 2)) && (summit_word(v, t + 3) || event_tok_is(v, t + 3, "meeting"))) {
				sm->ordinal = event_ordinal(event_tok(v, t + 2));
				why_add(x->a, &sm->why, "ordinal", x->m->tokens[t + 2].off, x->m->tokens[t + 2].len,
					"summit.ordinal.was-the");
				return;
			}
		break;
	}
	for (int s = 0; s < v->ns; s++) {
		const struct xsent *xs = &v->s[s];
		int ty = d->nodes[xs->parent].type;
		if (ty != DOC_PARA && ty != DOC_ITEM)
			continue;
		for (int t = xs->t0; t < xs->t1; t++) {
			if (!summit_word(v, t))
				continue;
			int b = event_name_start(v, xs->t0, t);
			if (b >= t)
				continue;
			int ord = event_ordinal(event_tok(v, b)) ? event_ordinal(event_tok(v, b)) : event_roman(event_tok(v, b));
			if (!ord)
				continue;
			ptrdiff_t o0 = x->m->tokens[b].off, o1 = x->m->tokens[t].off + x->m->tokens[t].len;
			Str nm = (Str){ d->text.s + o0, o1 - o0 };
			if (!str_eq(series_of(x->a, nm), series))
				continue;
			/* a sentence naming another year speaks of another summit */
			bool other = false;
			for (int i = xs->m0; i < xs->m1; i++) {
				const struct mention *m = &x->m->v[v->mi[i]];
				if (m->type == M_DATE && date_ok(m->value) && year && m->value.y != year)
					other = true;
			}
			if (other)
				continue;
			sm->ordinal = ord;
			why_add(x->a, &sm->why, "ordinal", o0, x->m->tokens[b].len, "summit.ordinal.text");
			return;
		}
	}
}

/* Declarations and statements: the opening sentence names the summit. */
static void from_opening(struct xview *v, const struct extraction *out, struct summit *sm, bool *any)
{
	struct xctx *x = v->x;
	const struct doc *d = x->doc;
	for (int s = 0; s < v->ns; s++) {
		const struct xsent *xs = &v->s[s];
		int ty = d->nodes[xs->parent].type;
		bool title = ty == DOC_TITLE;
		if (ty != DOC_PARA && ty != DOC_ITEM && !title)
			continue;
		int t;
		for (t = xs->t0; t < xs->t1 && !summit_word(v, t); t++)
			;
		bool unnamed = false;
		if (t >= xs->t1 && !title && (out->doc.kind == DK_DECLARATION || out->doc.kind == DK_STATEMENT) &&
		    sent_first(v, s, M_DATE)) {
			/* "The Council of Heads of State ... held its meeting in Astana on July 4": a summit without the word */
			static const char *const gather[] = { "held", "met", "convened", "gathered", NULL };
			for (t = xs->t0; t < xs->t1 && !event_tok_in(v, t, gather); t++)
				;
			unnamed = t < xs->t1;
			if (unnamed) {
				*any = true;
				why_add(x->a, &sm->why, "present", x->m->tokens[t].off, x->m->tokens[t].len, "summit.opening.meeting");
			}
		}
		if (t >= xs->t1) {
			if (!title)
				break; /* only the first paragraph sentence */
			continue;
		}
		int b = unnamed ? t : event_name_start(v, xs->t0, t);
		ptrdiff_t o0 = x->m->tokens[b].off, o1 = x->m->tokens[t].off + x->m->tokens[t].len;
		if (!sm->name.s && b < t) {
			sm->name = (Str){ d->text.s + o0, o1 - o0 };
			why_add(x->a, &sm->why, "name", o0, o1 - o0, title ? "summit.name.title" : "summit.name.opening");
			*any = true;
		}
		if (title)
			continue;
		if (!date_ok(sm->start)) {
			const struct mention *dt = sent_first(v, s, M_DATE);
			if (dt) {
				sm->start = dt->value;
				sm->end = dt->end;
				why_add(x->a, &sm->why, "start", dt->off, dt->len, "summit.date.opening");
			}
		}
		if (!sm->city.s) {
			/* "in City" after the summit's name, else before it */
			for (int k0 = t + 1, pass = 0; pass < 2; pass++, k0 = xs->t0 + 1)
			for (int k = k0; k < xs->t1 && !sm->city.s; k++) {
				if (!event_tok_is(v, k - 1, "in"))
					continue;
				int mi = event_mention_at(v, xs, k, M_PLACE);
				if (mi < 0)
					continue;
				const struct mention *pl = &x->m->v[mi];
				sm->city = text_at(x, pl);
				why_add(x->a, &sm->why, "city", pl->off, pl->len, "summit.city.opening");
				set_host(x, sm, place_state(x, pl), pl->off, pl->len, "summit.host.city");
			}
		}
		if (!sm->participants.n) {
			int st[64];
			int n = sent_states(v, s, sm->start, false, st, 0, 64);
			if (n < 2) /* "We, the Leaders of BRICS": the members */
				n = sent_states(v, s, sm->start, true, st, 0, 64);
			if (n >= 2) {
				sm->participants = codes_from_states(x->a, x->kb, st, n);
				why_add(x->a, &sm->why, "participants", xs->off, xs->len, "summit.participants.opening");
			}
		}
		break;
	}
}

/* "at the Palace of X", "X chaired the meeting", "hosted by X" in the text. */
static void from_text(struct xview *v, struct summit *sm)
{
	struct xctx *x = v->x;
	const struct doc *d = x->doc;
	static const char *const venue_heads[] = { "palace", "hall", "centre", "center", "residence",
						   "house", "hotel", "stadium", "pavilion", NULL };
	for (int s = 0; s < v->ns; s++) {
		const struct xsent *xs = &v->s[s];
		int ty = d->nodes[xs->parent].type;
		if (ty != DOC_PARA && ty != DOC_ITEM)
			continue;
		bool about = false;
		for (int t = xs->t0; t < xs->t1; t++)
			about |= summit_word(v, t);
		for (int t = xs->t0; t < xs->t1; t++) {
			if (!sm->chair.s && (event_tok_is(v, t, "chaired") || event_tok_is(v, t, "presided"))) {
				/* the nearest person before the verb */
				for (int i = xs->m1 - 1; i >= xs->m0; i--) {
					const struct mention *m = &x->m->v[v->mi[i]];
					if (m->type == M_PERSON && m->off < x->m->tokens[t].off) {
						sm->chair = text_at(x, m);
						why_add(x->a, &sm->why, "chair", m->off, m->len, "summit.chair.chaired");
						break;
					}
				}
			}
			if (!sm->venue.s && about && event_tok_is(v, t, "at") && event_tok_is(v, t + 1, "the") &&
			    event_tok_cap(v, t + 2)) {
				int e = t + 2;
				bool head = false;
				while (e < xs->t1 && (event_tok_cap(v, e) || (event_tok_is(v, e, "of") && event_tok_cap(v, e + 1)))) {
					head |= event_tok_in(v, e, venue_heads);
					e++;
				}
				if (head) {
					ptrdiff_t o0 = x->m->tokens[t + 2].off;
					ptrdiff_t o1 = x->m->tokens[e - 1].off + x->m->tokens[e - 1].len;
					sm->venue = (Str){ d->text.s + o0, o1 - o0 };
					why_add(x->a, &sm->why, "venue", o0, o1 - o0, "summit.venue.at-the");
				}
			}
		}
	}
}

/* Words of a title that name a meeting ("Council of Heads of State", "Leaders'
 * Meeting"), and the kind words a declaration's title wraps its name in. */
static const char *const meeting_words[] = { "summit", "meeting", "council", "conference", "leaders",
					     "heads", "forum", "assembly", NULL };
static const char *const title_kinds[] = { "joint statement", "joint communique", "joint communiqué",
					   "communiqué", "communique", "declaration", "statement", NULL };
static const char *const title_links[] = { "of the", "of", "by the", "by", "from the", NULL };

static bool names_meeting(Str s)
{
	Str rest = s, w, tail;
	while (rest.len) {
		bool more = str_cut(rest, ' ', &w, &tail);
		while (w.len && (w.s[w.len - 1] == '\'' || w.s[w.len - 1] == ',' || w.s[w.len - 1] == 's'))
			w.len--;
		for (int i = 0; meeting_words[i]; i++) {
			Str m = str_c(meeting_words[i]);
			if (m.s[m.len - 1] == 's')
				m.len--;
			if (str_eq_nocase(w, m))
				return true;
		}
		if (!more)
			break;
		rest = tail;
	}
	return false;
}

/* The meeting a declaration's title names around its kind word: "Declaration
 * of the Council of Heads of State of X" -> "Council of Heads of State of X";
 * "G20 Leaders' Communiqué (draft)" -> "G20 Leaders".  Empty when none. */
static Str title_meeting(Str title)
{
	for (int i = 0; title_kinds[i]; i++) {
		Str k = str_c(title_kinds[i]);
		for (ptrdiff_t at = 0; at + k.len <= title.len; at++) {
			if (!str_eq_nocase(str_slice(title, at, k.len), k))
				continue;
			Str after = str_trim(str_slice(title, at + k.len, title.len - at - k.len)), r;
			for (int j = 0; title_links[j]; j++) {
				Str l = str_c(title_links[j]);
				if (after.len > l.len && str_eq_nocase(str_slice(after, 0, l.len), l) && after.s[l.len] == ' ') {
					r = str_trim(str_slice(after, l.len, after.len - l.len));
					if (names_meeting(r))
						return r;
					break;
				}
			}
			Str before = str_trim(str_slice(title, 0, at));
			while (before.len && (before.s[before.len - 1] == '\'' || before.s[before.len - 1] == ','))
				before.len--;
			if (before.len && names_meeting(before))
				return before;
			return STR_NULL;
		}
	}
	return STR_NULL;
}

void extract_summit(struct xctx *x, struct extraction *out)
{
	struct summit *sm = &out->summit;
	const struct doc *d = x->doc;
	struct xview v;
	event_view(x, &v);
	bool any = false;
	from_infobox(&v, sm, &any);
	const struct docinfo *di = &out->doc;
	if (di->title.s && (di->kind == DK_ARTICLE || di->kind == DK_OTHER)) {
		/* an article about one summit is named by its title */
		bool summit = false;
		Str t = di->title;
		for (ptrdiff_t k = 0; k + 6 <= t.len; k++)
			summit |= str_eq_nocase(str_slice(t, k, 6), S("summit"));
		if (summit || any) {
			sm->name = t;
			why_add(x->a, &sm->why, "name", t.s - d->text.s, t.len, "summit.name.title");
			any = true;
		}
	}
	if (di->kind == DK_DECLARATION || di->kind == DK_STATEMENT || !any)
		from_opening(&v, out, sm, &any);
	if (!any) {
		memset(sm, 0, sizeof *sm);
		return;
	}
	sm->present = true;
	if (!sm->name.s && di->title.s) {
		/* a summit opened without its name: the meeting its title names */
		Str nm = title_meeting(di->title);
		if (nm.len) {
			sm->name = nm;
			why_add(x->a, &sm->why, "name", nm.s - d->text.s, nm.len, "summit.name.title-meeting");
		}
	}
	if (!sm->city.s && di->place.s && (di->kind == DK_DECLARATION || di->kind == DK_STATEMENT)) {
		sm->city = di->place;
		why_add(x->a, &sm->why, "city", di->place.s - d->text.s, di->place.len, "summit.city.document");
	}
	if (!date_ok(sm->start) && date_ok(di->date) && (di->kind == DK_DECLARATION || di->kind == DK_STATEMENT)) {
		sm->start = di->date;
		why_add(x->a, &sm->why, "start", 0, 0, "summit.date.document");
	}
	if (!sm->host.len && sm->city.s) {
		int id = kb_find(x->kb, KB_PLACE, sm->city);
		const struct kb_entity *e = id >= 0 ? kb_get(x->kb, id) : NULL;
		if (e && e->state >= 0)
			set_host(x, sm, e->state, sm->city.s - d->text.s, sm->city.len, "summit.host.city");
	}
	if (!sm->participants.n && di->nsignatories) {
		/* the signatories' states */
		int st[64], n = 0;
		for (int k = 0; k < di->nsignatories && n < 64; k++) {
			int id = kb_find(x->kb, KB_PERSON, di->signatories[k]);
			int s = id >= 0 ? kb_person_state(x->kb, id, di->date) : -1;
			if (s >= 0)
				st[n++] = s;
		}
		if (n) {
			sm->participants = codes_from_states(x->a, x->kb, st, n);
			why_add(x->a, &sm->why, "participants", 0, 0, "summit.participants.signatories");
		}
	}
	from_text(&v, sm);
	find_ordinal(&v, sm);
}
