/* kb.c: opening the knowledge base and looking things up in it
 *
 * Dates of offices and memberships are periods [from, to): a holder or
 * member on `from`, no longer on `to` when `to` is a day; a `to` of year or
 * month precision is inclusive (it ended some time in it).  A query date at
 * year or month precision matches a period that overlaps it; when several
 * offices match, the one that began last wins.
 */
#include "kb-int.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../base/token.h"
#include "../base/banned.h"

int kb_open(struct kb **out, struct diag *d)
{
	return kb_open_files(out, NULL, d);
}

int kb_open_files(struct kb **out, const struct kb_file *files, struct diag *d)
{
	Arena a;
	arena_init(&a, 1 << 20);
	struct kb *kb = anew(&a, struct kb, 1);
	kb->a = a;
	int rc = kb_load(kb, files ? files : kb_embedded_files(&kb->a), d);
	if (rc) {
		Arena tmp = kb->a;
		arena_release(&tmp);
		*out = NULL;
		return rc;
	}
	*out = kb;
	return 0;
}

void kb_free(struct kb *kb)
{
	if (kb) {
		Arena tmp = kb->a;
		arena_release(&tmp);
	}
}

/* The process-wide kb: opened once, whichever thread asks first. */
static struct kb *default_kb;

static void open_default(void)
{
	struct diag d;
	diag_clear(&d);
	if (kb_open(&default_kb, &d)) {
		fprintf(stderr, "accord: cannot load the knowledge base: %s\n", d.msg);
		abort();
	}
}

const struct kb *kb_default(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, open_default);
	return default_kb;
}

int kb_count(const struct kb *kb) { return kb->nents; }

const struct kb_entity *kb_get(const struct kb *kb, int id)
{
	return id >= 0 && id < kb->nents ? &kb->ents[id] : NULL;
}

int kb_handle(const struct kb *kb, Str h)
{
	if (!kb->nents)
		return -1;
	uint64_t x = str_hash(h);
	for (uint32_t i = (uint32_t)(x ^ (x >> 29) ^ (x >> 41)) & kb->hmask;; i = (i + 1) & kb->hmask) {
		int id = kb->by_handle[i];
		if (id < 0)
			return -1;
		if (str_eq(kb->handles[id], h))
			return id;
	}
}

Str kb_handle_of(const struct kb *kb, int id)
{
	return id >= 0 && id < kb->nents ? kb->handles[id] : STR_NULL;
}

int kb_state(const struct kb *kb, Str code)
{
	char up[3];
	if (code.len != 3)
		return -1;
	for (int i = 0; i < 3; i++) {
		char c = code.s[i];
		up[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
	}
	int id = kb_handle(kb, (Str){ up, 3 });
	return id >= 0 && kb->ents[id].type == KB_STATE ? id : -1;
}

static uint64_t seq_key(Str s, int *nt)
{
	struct token t;
	ptrdiff_t off = 0;
	uint64_t seq = TOK_SEQ_SEED;
	*nt = 0;
	while (tok_next(s, &off, &t)) {
		seq = tok_key_add(seq, t.key);
		++*nt;
	}
	return seq ? seq : 1;
}

/* The canonical name first; failing that, a unique entity of that type with
 * a full name form (name, long, alias, acronym, Russian, Chinese, native)
 * of exactly these tokens, so "Kassym-Jomart Tokaev" finds Tokayev. */
int kb_find(const struct kb *kb, enum kb_type type, Str name)
{
	if (!kb->nents)
		return -1;
	int id = kb_find_canonical(kb, type, name);
	if (id >= 0)
		return id;
	int nt;
	uint64_t key = seq_key(name, &nt);
	if (!nt)
		return -1;
	const struct kb_name *v;
	bool more;
	int n = kb_names(kb, key, &v, &more);
	for (int i = 0; i < n; i++) {
		if (kb->ents[v[i].entity].type != type || v[i].form == KB_FORM_SURNAME || v[i].form == KB_FORM_DEMONYM ||
		    v[i].form == KB_FORM_CODE)
			continue;
		if (id >= 0 && id != v[i].entity)
			return -1; /* ambiguous */
		id = v[i].entity;
	}
	return id;
}

int kb_names(const struct kb *kb, uint64_t key, const struct kb_name **out, bool *more)
{
	*out = NULL;
	*more = false;
	if (!kb->slots)
		return 0;
	if (!key)
		key = 1;
	for (uint32_t i = (uint32_t)(key ^ (key >> 29) ^ (key >> 41)) & kb->mask;; i = (i + 1) & kb->mask) {
		const struct kb_slot *s = &kb->slots[i];
		if (!s->key)
			return 0;
		if (s->key == key) {
			*more = s->more;
			if (s->n)
				*out = &kb->names[s->first];
			return s->n;
		}
	}
}

int kb_max_tokens(const struct kb *kb) { return kb->max_tokens; }

/* Whether the period [from, to) covers on (see the top of this file);
 * an unset on matches any period. */
static bool covers(struct date from, struct date to, struct date on)
{
	if (!date_ok(on))
		return true;
	struct date q1 = date_first_day(on), q2 = date_last_day(on);
	if (date_ok(from) && date_cmp(q2, date_first_day(from)) < 0)
		return false;
	if (date_ok(to)) {
		if (to.d ? date_cmp(q1, to) >= 0 : date_cmp(q1, date_last_day(to)) > 0)
			return false;
	}
	return true;
}

int kb_offices(const struct kb *kb, int person, const struct kb_office **out)
{
	*out = NULL;
	if (person < 0 || person >= kb->nents || !kb->off_start)
		return 0;
	int a = kb->off_start[person], b = kb->off_start[person + 1];
	if (b > a)
		*out = &kb->offices[a];
	return b - a;
}

/* Among several matches the office that began last wins; with no date,
 * an open office beats a closed one. */
static bool better(const struct kb_office *o, const struct kb_office *best, struct date on)
{
	if (!best)
		return true;
	if (!date_ok(on) && date_ok(o->to) != date_ok(best->to))
		return !date_ok(o->to);
	return date_cmp(o->from, best->from) > 0;
}

int kb_person_state(const struct kb *kb, int person, struct date on)
{
	const struct kb_office *v, *best = NULL;
	int n = kb_offices(kb, person, &v);
	for (int i = 0; i < n; i++) {
		if (kb->ents[v[i].state].type != KB_STATE || !covers(v[i].from, v[i].to, on))
			continue;
		if (better(&v[i], best, on))
			best = &v[i];
	}
	if (best)
		return best->state;
	if (person >= 0 && person < kb->nents && (!date_ok(on) || !n))
		return kb->ents[person].state;
	return -1;
}

int kb_office_holder(const struct kb *kb, int state, Str role, struct date on)
{
	const struct kb_office *best = NULL;
	for (int i = 0; i < kb->noffices; i++) {
		const struct kb_office *o = &kb->offices[i];
		if (o->state != state || !str_eq(o->role, role) || !covers(o->from, o->to, on))
			continue;
		if (!date_ok(on) && date_ok(o->to))
			continue; /* no date: the present holder */
		if (better(o, best, on))
			best = o;
	}
	return best ? best->person : -1;
}

int kb_memberships(const struct kb *kb, int org, const struct kb_membership **out)
{
	*out = NULL;
	if (org < 0 || org >= kb->nents || !kb->mem_start)
		return 0;
	int a = kb->mem_start[org], b = kb->mem_start[org + 1];
	if (b > a)
		*out = &kb->mships[a];
	return b - a;
}

int kb_member_role(const struct kb *kb, int org, int state, struct date on)
{
	const struct kb_membership *v;
	int n = kb_memberships(kb, org, &v), role = 0;
	for (int i = 0; i < n; i++) /* in date order: the latest match wins */
		if (v[i].state == state && covers(v[i].from, v[i].to, on))
			role = v[i].role;
	return role;
}

bool kb_is_member(const struct kb *kb, int org, int state, struct date on)
{
	const struct kb_membership *v;
	int n = kb_memberships(kb, org, &v);
	for (int i = 0; i < n; i++)
		if (v[i].state == state && v[i].role == KB_ROLE_MEMBER && covers(v[i].from, v[i].to, on))
			return true;
	return false;
}

int kb_members(const struct kb *kb, int org, struct date on, int *out, int cap)
{
	const struct kb_membership *v;
	int n = kb_memberships(kb, org, &v), total = 0, last = -1;
	for (int i = 0; i < n; i++) {
		if (v[i].role != KB_ROLE_MEMBER || v[i].state == last || !covers(v[i].from, v[i].to, on))
			continue;
		last = v[i].state; /* records are sorted by state: skip repeats */
		if (total < cap)
			out[total] = v[i].state;
		total++;
	}
	return total;
}

const char *kb_type_name(enum kb_type t)
{
	static const char *names[] = { "?", "state", "person", "organization", "place", "initiative", "region" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

const char *kb_role_name(enum kb_role r)
{
	static const char *names[] = { "?", "member", "observer", "partner", "dialogue-partner", "applicant", "associate" };
	return (unsigned)r < sizeof names / sizeof *names ? names[r] : "?";
}
