/* kb-load.c: parse the compiled-in data files into the frozen kb
 *
 * The files (see data/README.md) are read in a fixed order whatever their
 * order in accord_data_files[]: states, the ISO names generated from
 * iso-codes, regions, organisations, initiatives, places, persons, then
 * memberships and offices, which refer to entities by handle.  A handle seen
 * again in a later line (of the same type) adds to the same entity; that is
 * how the ISO names and our own states.tsv meet.  An ISO code that
 * states.tsv does not list is a territory: it becomes a place.
 *
 * Texts are never copied: names, handles and roles are slices of the
 * embedded files, which are static.  Every failure is ACC_EDATA with the
 * file and line in the diag; the unit tests load the real data, so a broken
 * file fails the build's tests rather than a user's run.
 */
#include "kb-int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/token.h"
#include "../base/banned.h"

/* build/gen/data.c (tools/embed.c) */
struct embedded_file {
	const char *name;
	const char *data;
	ptrdiff_t len;
};
extern const struct embedded_file accord_data_files[];

/* The compiled-in files as a kb_file list in the arena. */
const struct kb_file *kb_embedded_files(Arena *a);
const struct kb_file *kb_embedded_files(Arena *a)
{
	int n = 0;
	while (accord_data_files[n].name)
		n++;
	struct kb_file *v = anew(a, struct kb_file, n + 1);
	for (int i = 0; i < n; i++)
		v[i] = (struct kb_file){ accord_data_files[i].name, accord_data_files[i].data, accord_data_files[i].len };
	return v;
}

enum fkind { F_STATES, F_ISO, F_REGIONS, F_ORGS, F_INITS, F_PLACES, F_PERSONS, F_MEMBERS, F_OFFICES, F_NKINDS };

static const struct {
	const char *prefix;
	enum kb_type type;
} fkinds[F_NKINDS] = {
	[F_STATES] = { "states", KB_STATE },
	[F_ISO] = { "iso-states", KB_STATE },
	[F_REGIONS] = { "regions", KB_REGION },
	[F_ORGS] = { "orgs", KB_ORG },
	[F_INITS] = { "initiatives", KB_INITIATIVE },
	[F_PLACES] = { "places", KB_PLACE },
	[F_PERSONS] = { "persons", KB_PERSON },
	[F_MEMBERS] = { "members", 0 },
	[F_OFFICES] = { "offices", 0 },
};

/* A name before indexing. */
struct pname {
	int32_t ent, seq;
	uint8_t form, flags;
	Str text;
	const uint64_t *seqs;  /* generated forms: key after each token, else NULL */
	int ntokens;           /* with seqs */
};

struct ld {
	struct kb *kb;
	Arena *a;
	struct diag *d;
	const char *file;  /* for messages */
	int line;
	int cap_ents;
	struct pname *pn;
	ptrdiff_t npn, cap_pn;
	struct kb_office *off;
	ptrdiff_t noff, cap_off;
	struct kb_membership *mem;
	ptrdiff_t nmem, cap_mem;
};

__attribute__((format(printf, 2, 3))) static int fail(struct ld *l, const char *fmt, ...)
{
	char buf[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	diag_set(l->d, ACC_EDATA, -1, "%s at %s:%d", buf, l->file, l->line);
	if (l->d)
		l->d->line = l->line;
	return ACC_EDATA;
}

/* ---- handles ---- */

static uint32_t mix32(uint64_t h) { return (uint32_t)(h ^ (h >> 29) ^ (h >> 41)); }

static int find_handle(const struct kb *kb, Str h)
{
	for (uint32_t i = mix32(str_hash(h)) & kb->hmask;; i = (i + 1) & kb->hmask) {
		int id = kb->by_handle[i];
		if (id < 0)
			return -1;
		if (str_eq(kb->handles[id], h))
			return id;
	}
}

static void put_handle(struct kb *kb, Str h, int id)
{
	uint32_t i = mix32(str_hash(h)) & kb->hmask;
	while (kb->by_handle[i] >= 0)
		i = (i + 1) & kb->hmask;
	kb->by_handle[i] = id;
}

/* Entity of handle h with type t, created when new; -1 after a failure. */
static int entity(struct ld *l, Str h, enum kb_type t)
{
	struct kb *kb = l->kb;
	int id = find_handle(kb, h);
	if (id >= 0) {
		if (kb->ents[id].type != t)
			return fail(l, "handle '%.*s' already names a %s", (int)h.len, h.s, kb_type_name(kb->ents[id].type)), -1;
		return id;
	}
	if (kb->nents >= l->cap_ents)
		return fail(l, "too many entities"), -1;
	id = kb->nents++;
	kb->ents[id] = (struct kb_entity){ .id = id, .type = t, .state = -1 };
	kb->handles[id] = h;
	put_handle(kb, h, id);
	return id;
}

/* ---- names ---- */

static void add_name(struct ld *l, int ent, enum kb_form form, Str text)
{
	uint8_t flags = 0;
	for (;;) {
		text = str_trim(text);
		if (text.len && text.s[0] == '^')
			flags |= KB_NAME_CASE;
		else if (text.len && text.s[0] == '~')
			flags |= KB_NAME_WEAK;
		else
			break;
		text = str_slice(text, 1, text.len - 1);
	}
	if (!text.len)
		return;
	struct kb_entity *e = &l->kb->ents[ent];
	bool upper = text.len <= 4;
	for (ptrdiff_t i = 0; i < text.len && upper; i++)
		upper = (text.s[i] >= 'A' && text.s[i] <= 'Z') || (i && (text.s[i] == '+' || (text.s[i] >= '0' && text.s[i] <= '9')));
	if (form == KB_FORM_CODE || ((form == KB_FORM_ACRONYM || form == KB_FORM_ALIAS) && upper))
		flags |= KB_NAME_CASE;
	/* a short Latin surname only as written: "Xi" is not the numeral "XI" */
	if (form == KB_FORM_SURNAME && text.len <= 3 && (unsigned char)text.s[0] < 0x80)
		flags |= KB_NAME_CASE;
	switch (form) {
	case KB_FORM_NAME:
		if (e->name.len) /* an override: the old canonical name stays, as an alias */
			for (ptrdiff_t i = 0; i < l->npn; i++)
				if (l->pn[i].ent == ent && l->pn[i].form == KB_FORM_NAME)
					l->pn[i].form = KB_FORM_ALIAS;
		e->name = text;
		break;
	case KB_FORM_LONG:
		if (!e->long_name.len)
			e->long_name = text;
		break;
	case KB_FORM_ACRONYM:
		if (!e->code.len && e->type != KB_STATE)
			e->code = text;
		break;
	case KB_FORM_RU:
		if (!e->name_ru.len)
			e->name_ru = text;
		break;
	case KB_FORM_ZH:
		if (!e->name_zh.len)
			e->name_zh = text;
		break;
	default:
		break;
	}
	struct pname p = { ent, (int32_t)l->npn, (uint8_t)form, flags, text, NULL, 0 };
	apush(l->a, l->pn, l->npn, l->cap_pn, p);
}

/* The plural of an English demonym ("Afghan" -> "Afghans", "Iraqi" ->
 * "Iraqis"), or an empty Str where English has none or the same form
 * ("Chinese", "Swiss", "Kyrgyz", "Turkish", "Dutch") or the word is not
 * Latin. */
static Str demonym_plural(Arena *a, Str d)
{
	if (d.len < 3 || d.len > 60)
		return STR_NULL;
	char c = d.s[d.len - 1];
	if (c < 'a' || c > 'z' || c == 's' || c == 'x' || c == 'z' || str_ends(d, S("sh")) || str_ends(d, S("ch")) ||
	    str_ends(d, S("ese")))
		return STR_NULL;
	return arena_printf(a, "%.*ss", (int)d.len, d.s);
}

/* A person's surname from a full name: its last word, or its first for a
 * family-name-first order; none for one-word names or CJK. */
static void auto_surname(struct ld *l, int ent, Str name, bool family_first)
{
	struct token t, first = { 0 }, last = { 0 };
	ptrdiff_t off = 0;
	int words = 0;
	while (tok_next(name, &off, &t)) {
		if (t.kind == TOK_CJK)
			return;
		if (t.kind != TOK_WORD)
			continue;
		if (!words++)
			first = t;
		last = t;
	}
	if (words < 2)
		return;
	struct token s = family_first ? first : last;
	add_name(l, ent, KB_FORM_SURNAME, (Str){ name.s + s.off, s.len });
}

/* The Russian case forms (ru-forms.c) of the Russian names and Cyrillic
 * surnames added since name first_pn, under the same form: "Астане",
 * "Токаевым", "Центральной Азии" (family_first: a Chinese name, whose
 * surname does not decline).  Not for organisations and initiatives,
 * whose names decline only in their head words, nor for the "-ru" files,
 * which list forms already. */
static void ru_cases(struct ld *l, int ent, enum kb_type type, ptrdiff_t first_pn, bool family_first)
{
	ptrdiff_t end = l->npn;
	for (ptrdiff_t i = first_pn; i < end; i++) {
		struct pname p = l->pn[i];
		if (p.form != KB_FORM_RU && p.form != KB_FORM_SURNAME)
			continue;
		/* a Chinese surname does not decline in Russian: "Ван", "Дин" (not
		 * "Дина", a woman's name), only the given name ("Си Цзиньпина") */
		if (family_first && p.form == KB_FORM_SURNAME)
			continue;
		struct kb_ru_form forms[24];
		int how = (type == KB_PERSON ? KB_RU_PERSON : 0) | (family_first ? KB_RU_LAST : 0);
		int n = kb_ru_forms(l->a, p.text, how, forms, 24);
		for (int k = 0; k < n; k++) {
			add_name(l, ent, (enum kb_form)p.form, forms[k].text);
			struct pname *q = &l->pn[l->npn - 1];
			q->flags = p.flags;
			q->seqs = forms[k].seqs;
			q->ntokens = forms[k].ntokens;
		}
	}
}

static const struct {
	const char *key;
	enum kb_form form;
} fields[] = {
	{ "name", KB_FORM_NAME }, { "long", KB_FORM_LONG }, { "alias", KB_FORM_ALIAS },
	{ "acronym", KB_FORM_ACRONYM }, { "demonym", KB_FORM_DEMONYM }, { "ru", KB_FORM_RU },
	{ "zh", KB_FORM_ZH }, { "native", KB_FORM_NATIVE }, { "surname", KB_FORM_SURNAME },
};

/* Split s at the first c into *head and *rest; returns false at the end. */
static bool next_part(Str *s, char c, Str *head)
{
	if (s->len < 0 || !s->s)
		return false;
	const char *at = s->len ? memchr(s->s, c, (size_t)s->len) : NULL;
	ptrdiff_t i = at ? at - s->s : s->len;
	*head = (Str){ s->s, i };
	if (i < s->len)
		*s = (Str){ s->s + i + 1, s->len - i - 1 };
	else
		*s = (Str){ NULL, -1 };
	return true;
}

/* One line of an entity file: HANDLE [TAB NAME] {TAB key=value|value}. */
static int entity_line(struct ld *l, enum fkind k, Str line)
{
	Str col, h;
	next_part(&line, '\t', &h);
	h = str_trim(h);
	if (!h.len)
		return fail(l, "missing handle");
	enum kb_type type = fkinds[k].type;
	bool iso = k == F_ISO;
	if (iso && find_handle(l->kb, h) < 0)
		type = KB_PLACE; /* an ISO code states.tsv does not list: a territory */
	int ent = entity(l, h, type);
	if (ent < 0)
		return ACC_EDATA;
	struct kb_entity *e = &l->kb->ents[ent];
	if (type == KB_STATE) {
		if (h.len != 3)
			return fail(l, "bad state code '%.*s'", (int)h.len, h.s);
		if (k == F_STATES && ent && ent == l->kb->nents - 1 && str_cmp(l->kb->handles[ent - 1], h) >= 0)
			return fail(l, "states not in code order at '%.*s'", (int)h.len, h.s);
		e->code = h;
		if (!iso || k == F_STATES)
			add_name(l, ent, KB_FORM_CODE, h);
	}
	ptrdiff_t first_pn = l->npn;
	if (k != F_STATES && !iso) {
		Str name;
		if (!next_part(&line, '\t', &name) || !str_trim(name).len || memchr(name.s, '=', (size_t)name.len))
			return fail(l, "missing the name of '%.*s'", (int)h.len, h.s);
		add_name(l, ent, KB_FORM_NAME, name);
	}
	bool family_first = false, surnames = false;
	while (next_part(&line, '\t', &col)) {
		col = str_trim(col);
		if (!col.len)
			continue;
		Str key, val;
		if (!str_cut(col, '=', &key, &val))
			return fail(l, "field '%.*s' is not key=value", (int)col.len, col.s);
		if (str_eq(key, S("note")))
			continue;
		if (str_eq(key, S("order"))) {
			if (!str_eq(val, S("cn")))
				return fail(l, "bad order '%.*s'", (int)val.len, val.s);
			family_first = true;
			continue;
		}
		if (str_eq(key, S("state"))) {
			int s = find_handle(l->kb, val);
			if (s < 0 || l->kb->ents[s].type != KB_STATE)
				return fail(l, "unknown state '%.*s'", (int)val.len, val.s);
			e->state = s;
			continue;
		}
		size_t f = 0;
		while (f < sizeof fields / sizeof *fields && !str_eq(key, str_c(fields[f].key)))
			f++;
		if (f == sizeof fields / sizeof *fields)
			return fail(l, "unknown field '%.*s'", (int)key.len, key.s);
		enum kb_form form = fields[f].form;
		if (form == KB_FORM_SURNAME)
			surnames = true;
		if (iso && form == KB_FORM_NAME && e->name.len)
			form = KB_FORM_ALIAS; /* our states.tsv chose the name */
		Str v;
		while (next_part(&val, '|', &v)) {
			add_name(l, ent, form, v);
			Str pl = form == KB_FORM_DEMONYM ? demonym_plural(l->a, str_trim(v)) : STR_NULL;
			if (pl.len) /* keeps the singular's markers ("~American" -> "~Americans") */
				add_name(l, ent, form, pl);
		}
	}
	if (type == KB_PERSON && !surnames) {
		ptrdiff_t end = l->npn;
		for (ptrdiff_t i = first_pn; i < end; i++) {
			struct pname p = l->pn[i];
			if (p.form == KB_FORM_NAME || p.form == KB_FORM_ALIAS || p.form == KB_FORM_RU)
				auto_surname(l, ent, p.text, family_first);
		}
	}
	if (type != KB_ORG && type != KB_INITIATIVE && !strstr(l->file, "-ru"))
		ru_cases(l, ent, type, first_pn, family_first);
	return 0;
}

static int parse_date(struct ld *l, Str s, struct date *out)
{
	s = str_trim(s);
	if (!s.len || str_eq(s, S("-"))) {
		*out = DATE_NONE;
		return 0;
	}
	*out = date_parse(s);
	if (!date_ok(*out))
		return fail(l, "bad date '%.*s'", (int)s.len, s.s);
	return 0;
}

static const char *const roles[] = { "", "member", "observer", "partner", "dialogue-partner", "applicant", "associate" };

/* members: ORG TAB ROLE TAB FROM TAB TO TAB CODE CODE ... */
static int member_line(struct ld *l, Str line)
{
	Str org, role, from, to, states, code;
	if (!next_part(&line, '\t', &org) || !next_part(&line, '\t', &role) || !next_part(&line, '\t', &from) ||
	    !next_part(&line, '\t', &to) || !next_part(&line, '\t', &states))
		return fail(l, "a membership needs five columns");
	int o = find_handle(l->kb, str_trim(org));
	if (o < 0)
		return fail(l, "unknown organisation '%.*s'", (int)org.len, org.s);
	int r = 1;
	while (r < (int)(sizeof roles / sizeof *roles) && !str_eq(str_trim(role), str_c(roles[r])))
		r++;
	if (r == (int)(sizeof roles / sizeof *roles))
		return fail(l, "unknown role '%.*s'", (int)role.len, role.s);
	struct kb_membership m = { .org = o, .role = (uint8_t)r };
	if (parse_date(l, from, &m.from) || parse_date(l, to, &m.to))
		return ACC_EDATA;
	int n = 0;
	while (next_part(&states, ' ', &code)) {
		code = str_trim(code);
		if (!code.len)
			continue;
		int s = find_handle(l->kb, code);
		if (s < 0 || l->kb->ents[s].type != KB_STATE)
			return fail(l, "unknown state '%.*s'", (int)code.len, code.s);
		m.state = s;
		apush(l->a, l->mem, l->nmem, l->cap_mem, m);
		n++;
	}
	return n ? 0 : fail(l, "a membership without states");
}

/* offices: PERSON TAB ROLE TAB OF TAB FROM TAB TO */
static int office_line(struct ld *l, Str line)
{
	Str who, role, of, from, to = { 0 };
	if (!next_part(&line, '\t', &who) || !next_part(&line, '\t', &role) || !next_part(&line, '\t', &of) ||
	    !next_part(&line, '\t', &from))
		return fail(l, "an office needs four or five columns");
	next_part(&line, '\t', &to);
	int p = find_handle(l->kb, str_trim(who)), s = find_handle(l->kb, str_trim(of));
	if (p < 0 || l->kb->ents[p].type != KB_PERSON)
		return fail(l, "unknown person '%.*s'", (int)who.len, who.s);
	if (s < 0)
		return fail(l, "unknown state or body '%.*s'", (int)of.len, of.s);
	role = str_trim(role);
	if (!role.len)
		return fail(l, "an office without a role");
	struct kb_office o = { .person = p, .state = s, .role = role };
	if (parse_date(l, from, &o.from) || parse_date(l, to, &o.to))
		return ACC_EDATA;
	apush(l->a, l->off, l->noff, l->cap_off, o);
	return 0;
}

static int load_file(struct ld *l, enum fkind k, const struct kb_file *f)
{
	Str rest = { f->data, f->len }, line;
	l->file = f->name;
	l->line = 0;
	while (next_part(&rest, '\n', &line)) {
		l->line++;
		if (line.len && line.s[line.len - 1] == '\r')
			line.len--;
		if (!str_trim(line).len || line.s[0] == '#')
			continue;
		int rc = k == F_MEMBERS ? member_line(l, line) : k == F_OFFICES ? office_line(l, line) : entity_line(l, k, line);
		if (rc)
			return rc;
	}
	return 0;
}

/* ---- freezing ---- */

static struct kb_slot *slot_for(struct kb *kb, uint64_t key)
{
	if (!key)
		key = 1;
	for (uint32_t i = mix32(key) & kb->mask;; i = (i + 1) & kb->mask) {
		if (kb->slots[i].key == key || !kb->slots[i].key) {
			kb->slots[i].key = key;
			return &kb->slots[i];
		}
	}
}

/*
 * The name index without sorting (a counting sort through the hash table):
 * count the names per key in their slots, give each slot its range of
 * kb.names, then place the names in their ranges in data order.  A second
 * name of the same entity under the same key is merged into the first
 * (the lower form wins; flags add up).  Proper prefixes of every name only
 * set their slot's `more` mark.
 */
static int build_index(struct ld *l)
{
	struct kb *kb = l->kb;
	Arena *a = l->a;
	ptrdiff_t n = l->npn, np = 0, cap_p = 0;
	uint64_t *keys = anew(a, uint64_t, n ? n : 1), *pre = NULL;
	for (ptrdiff_t i = 0; i < n; i++) {
		struct token t;
		ptrdiff_t off = 0;
		uint64_t seq = TOK_SEQ_SEED;
		int nt = 0;
		if (l->pn[i].seqs) { /* a generated form: its keys are known */
			for (; nt < l->pn[i].ntokens; nt++) {
				if (nt)
					apush(a, pre, np, cap_p, seq);
				seq = l->pn[i].seqs[nt];
			}
		}
		while (!l->pn[i].seqs && tok_next(l->pn[i].text, &off, &t)) {
			if (nt)
				apush(a, pre, np, cap_p, seq);
			seq = tok_key_add(seq, t.key);
			nt++;
		}
		if (!nt || nt > 255) {
			l->file = "names";
			l->line = 0;
			return fail(l, "bad name '%.*s'", (int)l->pn[i].text.len, l->pn[i].text.s);
		}
		if (nt > kb->max_tokens)
			kb->max_tokens = nt;
		keys[i] = seq ? seq : 1;
		l->pn[i].seq = nt; /* reuse: the token count */
	}
	uint32_t size = 64;
	while (size < 2u * (uint32_t)(n + np) + 64)
		size *= 2;
	kb->slots = anew(a, struct kb_slot, size);
	kb->mask = size - 1;
	for (ptrdiff_t i = 0; i < n; i++) {
		struct kb_slot *s = slot_for(kb, keys[i]);
		if (s->n == 65535)
			return fail(l, "too many names '%.*s'", (int)l->pn[i].text.len, l->pn[i].text.s);
		s->n++;
	}
	for (ptrdiff_t i = 0; i < np; i++)
		slot_for(kb, pre[i])->more = 1;
	int32_t total = 0;
	for (uint32_t i = 0; i < size; i++) {
		kb->slots[i].first = total;
		total += kb->slots[i].n;
		kb->slots[i].n = 0;
	}
	kb->names = anew(a, struct kb_name, total ? total : 1);
	for (ptrdiff_t i = 0; i < n; i++) {
		struct pname *p = &l->pn[i];
		struct kb_slot *s = slot_for(kb, keys[i]);
		struct kb_name *v = &kb->names[s->first], *dup = NULL;
		for (int k = 0; k < s->n && !dup; k++)
			if (v[k].entity == p->ent)
				dup = &v[k];
		if (dup) {
			dup->flags |= p->flags;
			if (p->form < dup->form) {
				dup->form = p->form;
				dup->text = p->text;
			}
			continue;
		}
		v[s->n++] = (struct kb_name){ p->ent, p->form, (uint8_t)p->seq, p->text, p->flags };
	}
	kb->nnames = total;
	return 0;
}

static uint64_t name_hash(enum kb_type t, Str s)
{
	uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)t;
	for (ptrdiff_t i = 0; i < s.len; i++) {
		unsigned char c = (unsigned char)s.s[i];
		h ^= (c >= 'A' && c <= 'Z') ? c + 32 : c;
		h *= 0x100000001b3ull;
	}
	return h;
}

int kb_find_canonical(const struct kb *kb, enum kb_type t, Str name)
{
	for (uint32_t i = mix32(name_hash(t, name)) & kb->hmask;; i = (i + 1) & kb->hmask) {
		int id = kb->by_name[i];
		if (id < 0)
			return -1;
		if (kb->ents[id].type == t && str_eq_nocase(kb->ents[id].name, name))
			return id;
	}
}

static int cmp_office(const void *x, const void *y)
{
	const struct kb_office *a = x, *b = y;
	if (a->person != b->person)
		return a->person < b->person ? -1 : 1;
	int c = date_cmp(a->from, b->from);
	return c ? c : str_cmp(a->role, b->role);
}

/* States come first, in code order (the loader checks states.tsv is
 * sorted), so their ids sort as their codes do. */
static int cmp_mship(const void *x, const void *y)
{
	const struct kb_membership *a = x, *b = y;
	if (a->org != b->org)
		return a->org < b->org ? -1 : 1;
	if (a->state != b->state)
		return a->state < b->state ? -1 : 1;
	return date_cmp(a->from, b->from);
}

static int *starts(Arena *a, int nents, const void *recs, ptrdiff_t n, size_t size, size_t field)
{
	int *st = anew(a, int, nents + 1);
	for (ptrdiff_t i = 0; i < n; i++) {
		int id;
		memcpy(&id, (const char *)recs + (size_t)i * size + field, sizeof id);
		st[id + 1]++;
	}
	for (int i = 0; i < nents; i++)
		st[i + 1] += st[i];
	return st;
}

int kb_load(struct kb *kb, const struct kb_file *files, struct diag *d)
{
	struct ld l = { .kb = kb, .a = &kb->a, .d = d, .file = "", .line = 0 };
	int lines = 0;
	for (const struct kb_file *f = files; f->name; f++) {
		const char *p = f->data, *end = f->data + f->len;
		for (; p < end && (p = memchr(p, '\n', (size_t)(end - p))); p++)
			lines++;
		lines++; /* a last line without its newline */
	}
	l.cap_ents = lines + 16;
	kb->ents = anew(l.a, struct kb_entity, l.cap_ents);
	kb->handles = anew(l.a, Str, l.cap_ents);
	uint32_t hsize = 64;
	while (hsize < 2u * (uint32_t)l.cap_ents)
		hsize *= 2;
	kb->hmask = hsize - 1;
	kb->by_handle = anew(l.a, int32_t, hsize);
	memset(kb->by_handle, 0xff, hsize * sizeof(int32_t));
	/* kind by kind; within a kind "states.tsv" before "states-ru.tsv" */
	for (int pass = 0; pass < 2 * F_NKINDS; pass++) {
		int k = pass / 2;
		for (const struct kb_file *f = files; f->name; f++) {
			Str fn = str_c(f->name);
			if (!str_ends(fn, S(".tsv")))
				continue;
			int kk = -1; /* "orgs.tsv", "orgs-un.tsv" ... */
			for (int j = 0; j < F_NKINDS && kk < 0; j++) {
				Str p = str_c(fkinds[j].prefix);
				if (str_starts(fn, p) && (fn.len == p.len + 4 || fn.s[p.len] == '-'))
					kk = j;
			}
			if (kk < 0) {
				l.file = f->name;
				return fail(&l, "unknown kind of data file");
			}
			if (kk != k || (pass % 2 == 0) != (fn.len == (ptrdiff_t)strlen(fkinds[k].prefix) + 4))
				continue;
			int rc = load_file(&l, (enum fkind)k, f);
			if (rc)
				return rc;
		}
	}
	for (int i = 0; i < kb->nents; i++)
		if (!kb->ents[i].name.len) {
			l.file = "data";
			return fail(&l, "'%.*s' has no name", (int)kb->handles[i].len, kb->handles[i].s);
		}
	int rc = build_index(&l);
	if (rc)
		return rc;
	kb->by_name = anew(l.a, int32_t, hsize);
	memset(kb->by_name, 0xff, hsize * sizeof(int32_t));
	for (int i = 0; i < kb->nents; i++) {
		uint32_t j = mix32(name_hash(kb->ents[i].type, kb->ents[i].name)) & kb->hmask;
		bool dup = false;
		for (; kb->by_name[j] >= 0; j = (j + 1) & kb->hmask) {
			const struct kb_entity *o = &kb->ents[kb->by_name[j]];
			dup |= o->type == kb->ents[i].type && str_eq_nocase(o->name, kb->ents[i].name);
		}
		if (!dup) /* the first entity with a canonical name wins */
			kb->by_name[j] = i;
	}
	if (l.noff) /* qsort's array may not be NULL, even when empty */
		qsort(l.off, (size_t)l.noff, sizeof *l.off, cmp_office);
	kb->offices = l.off;
	kb->noffices = (int)l.noff;
	kb->off_start = starts(l.a, kb->nents, l.off, l.noff, sizeof *l.off, offsetof(struct kb_office, person));
	if (l.nmem)
		qsort(l.mem, (size_t)l.nmem, sizeof *l.mem, cmp_mship);
	kb->mships = l.mem;
	kb->nmships = (int)l.nmem;
	kb->mem_start = starts(l.a, kb->nents, l.mem, l.nmem, sizeof *l.mem, offsetof(struct kb_membership, org));
	return 0;
}
