/* emit-eval.c: the evaluation record, accord.extract/1 (../shared/eval/SCHEMA.md) */
#include "record.h"
#include "../base/json.h"
#include "../base/utf8.h"

void emit_json_date(struct json *j, struct date d)
{
	char iso[11];
	if (!date_iso(d, iso))
		json_null(j);
	else
		json_cstr(j, iso);
}

static void codes(struct json *j, struct codes c)
{
	json_arr(j);
	for (int i = 0; i < c.n; i++)
		json_str(j, c.v[i]);
	json_arr_end(j);
}

/* The first n characters (code points) of s. */
static Str prefix_chars(Str s, int n)
{
	ptrdiff_t off = 0;
	for (int i = 0; i < n && off < s.len; i++)
		utf8_next(s, &off);
	return (Str){ s.s, off };
}

static void document(struct json *j, const struct docinfo *d)
{
	json_key(j, "document");
	json_obj(j);
	json_key(j, "title");
	json_str(j, d->title);
	json_key(j, "kind");
	json_cstr(j, doc_kind_name(d->kind));
	json_key(j, "date");
	emit_json_date(j, d->date);
	json_key(j, "place");
	json_str(j, d->place);
	json_key(j, "signatories");
	json_arr(j);
	for (int i = 0; i < d->nsignatories; i++)
		json_str(j, d->signatories[i]);
	json_arr_end(j);
	json_obj_end(j);
}

static void summit(struct json *j, const struct summit *s)
{
	json_key(j, "summit");
	if (!s->present) {
		json_null(j);
		return;
	}
	json_obj(j);
	json_key(j, "name");
	json_str(j, s->name);
	json_key(j, "names");
	json_obj(j);
	for (int i = 0; i < s->nnames; i++) {
		char lang[16];
		int n = s->names[i].lang.len < 15 ? (int)s->names[i].lang.len : 15;
		for (int k = 0; k < n; k++)
			lang[k] = s->names[i].lang.s[k];
		lang[n] = 0;
		json_key(j, lang);
		json_str(j, s->names[i].title);
	}
	json_obj_end(j);
	json_key(j, "ordinal");
	if (s->ordinal > 0)
		json_int(j, s->ordinal);
	else
		json_null(j);
	json_key(j, "host");
	json_str(j, s->host.len ? s->host : STR_NULL);
	json_key(j, "city");
	json_str(j, s->city);
	json_key(j, "venue");
	json_str(j, s->venue);
	json_key(j, "start");
	emit_json_date(j, s->start);
	json_key(j, "end");
	emit_json_date(j, s->end);
	json_key(j, "participants");
	codes(j, s->participants);
	json_key(j, "chair");
	json_str(j, s->chair);
	json_obj_end(j);
}

static void entities(struct json *j, const struct entities *e)
{
	json_key(j, "entities");
	json_arr(j);
	for (int i = 0; i < e->n; i++) {
		const struct entity *x = &e->v[i];
		json_obj(j);
		json_key(j, "type");
		json_cstr(j, entity_type_name(x->type));
		json_key(j, "name");
		json_str(j, x->name);
		json_key(j, "aliases");
		json_arr(j);
		for (int k = 0; k < x->naliases; k++)
			json_str(j, x->aliases[k]);
		json_arr_end(j);
		json_key(j, "code");
		json_str(j, x->code.len ? x->code : STR_NULL);
		json_key(j, "mentions");
		json_int(j, x->nmentions);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void dates(struct json *j, const struct rec *r)
{
	json_key(j, "dates");
	json_arr(j);
	for (int i = 0; i < r->m.n; i++) {
		const struct mention *m = &r->m.v[i];
		if (m->type != M_DATE || !date_ok(m->value))
			continue;
		json_obj(j);
		json_key(j, "text");
		json_str(j, (Str){ r->doc.text.s + m->off, m->len });
		json_key(j, "value");
		emit_json_date(j, m->value);
		json_key(j, "end");
		emit_json_date(j, m->end);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void events(struct json *j, const struct extraction *x)
{
	static const char *pod[] = { NULL, "morning", "afternoon", "evening" };
	json_key(j, "events");
	json_arr(j);
	for (int i = 0; i < x->nevents; i++) {
		const struct event *e = &x->events[i];
		json_obj(j);
		json_key(j, "type");
		json_cstr(j, event_type_name(e->type));
		json_key(j, "date");
		emit_json_date(j, e->date);
		json_key(j, "end");
		emit_json_date(j, e->end);
		json_key(j, "part_of_day");
		json_cstr(j, e->part_of_day > 0 && e->part_of_day <= 3 ? pod[e->part_of_day] : NULL);
		json_key(j, "participants");
		codes(j, e->participants);
		json_key(j, "place");
		json_str(j, e->place);
		json_key(j, "summary");
		json_str(j, e->summary);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void agreements(struct json *j, const struct extraction *x)
{
	json_key(j, "agreements");
	json_arr(j);
	for (int i = 0; i < x->nagreements; i++) {
		const struct agreement *g = &x->agreements[i];
		json_obj(j);
		json_key(j, "date");
		emit_json_date(j, g->date);
		json_key(j, "parties");
		codes(j, g->parties);
		json_key(j, "count");
		if (g->count >= 0)
			json_int(j, g->count);
		else
			json_null(j);
		json_key(j, "kind");
		json_cstr(j, agreement_kind_name(g->kind));
		json_key(j, "title");
		json_str(j, g->title);
		json_key(j, "fields");
		json_arr(j);
		for (int k = 0; k < g->nfields; k++)
			json_str(j, g->fields[k]);
		json_arr_end(j);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void clauses(struct json *j, const struct extraction *x)
{
	json_key(j, "clauses");
	json_arr(j);
	for (int i = 0; i < x->nclauses; i++) {
		const struct clause *c = &x->clauses[i];
		json_obj(j);
		json_key(j, "section");
		json_str(j, c->section);
		json_key(j, "text");
		json_str(j, prefix_chars(c->text, 60));
		json_key(j, "actors");
		codes(j, c->actors);
		json_key(j, "actor_scope");
		json_cstr(j, scope_name(c->scope));
		json_key(j, "modality");
		json_cstr(j, modality_name(c->modality));
		json_key(j, "commitment");
		json_bool(j, c->commitment);
		json_key(j, "issue_areas");
		json_arr(j);
		for (int a = 0; a < AREA_COUNT; a++)
			if (c->areas & (1u << a))
				json_cstr(j, area_name(a));
		json_arr_end(j);
		json_key(j, "targets");
		json_arr(j);
		for (int k = 0; k < c->ntargets; k++)
			emit_json_date(j, c->targets[k]);
		json_arr_end(j);
		json_obj_end(j);
	}
	json_arr_end(j);
}

void emit_eval(struct buf *out, const struct rec *r)
{
	struct json j;
	json_init(&j, out, true);
	json_obj(&j);
	json_key(&j, "schema");
	json_cstr(&j, "accord.extract/1");
	document(&j, &r->x.doc);
	summit(&j, &r->x.summit);
	entities(&j, &r->e);
	dates(&j, r);
	events(&j, &r->x);
	agreements(&j, &r->x);
	clauses(&j, &r->x);
	json_obj_end(&j);
}
