/* emit-eval.c: the JSON records: the evaluation record accord.extract/1
 * (../shared/eval/SCHEMA.md) and the full record, which adds spans, the
 * document tree, every mention and the reasons behind each attribute */
#include "record.h"
#include "../base/json.h"
#include "../base/utf8.h"

struct ctx {
	struct json *j;
	const struct rec *r;
	bool full; /* the full record: spans, tree, mentions, reasons */
};

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

static void span(struct ctx *c, ptrdiff_t off, ptrdiff_t len)
{
	if (!c->full)
		return;
	struct json *j = c->j;
	ptrdiff_t so = doc_src_off(&c->r->doc, off);
	json_key(j, "span");
	json_obj(j);
	json_key(j, "off");
	json_int(j, off);
	json_key(j, "len");
	json_int(j, len);
	json_key(j, "src_off");
	json_int(j, so);
	json_key(j, "src_len");
	json_int(j, doc_src_off(&c->r->doc, off + len) - so);
	json_obj_end(j);
}

static void whys(struct ctx *c, const struct whys *w)
{
	if (!c->full)
		return;
	struct json *j = c->j;
	json_key(j, "why");
	json_arr(j);
	for (int i = 0; i < w->n; i++) {
		const struct why *y = &w->v[i];
		json_obj(j);
		json_key(j, "attr");
		json_cstr(j, y->attr);
		json_key(j, "rule");
		json_cstr(j, y->rule);
		json_key(j, "off");
		json_int(j, y->off);
		json_key(j, "len");
		json_int(j, y->len);
		json_key(j, "text");
		json_str(j, (Str){ c->r->doc.text.s + y->off, y->len });
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void document(struct ctx *c)
{
	struct json *j = c->j;
	const struct docinfo *d = &c->r->x.doc;
	json_key(j, "document");
	json_obj(j);
	if (c->full) {
		json_key(j, "path");
		json_str(j, c->r->doc.path);
		json_key(j, "bytes");
		json_int(j, c->r->doc.src.len);
		json_key(j, "lang");
		json_cstr(j, doc_lang_code(c->r->doc.lang));
	}
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
	whys(c, &d->why);
	json_obj_end(j);
}

static void summit(struct ctx *c)
{
	struct json *j = c->j;
	const struct summit *s = &c->r->x.summit;
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
	whys(c, &s->why);
	json_obj_end(j);
}

static void entities(struct ctx *c)
{
	struct json *j = c->j;
	const struct entities *e = &c->r->e;
	json_key(j, "entities");
	json_arr(j);
	for (int i = 0; i < e->n; i++) {
		const struct entity *x = &e->v[i];
		json_obj(j);
		if (c->full) {
			json_key(j, "id");
			json_int(j, i);
		}
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

static void dates(struct ctx *c)
{
	struct json *j = c->j;
	const struct rec *r = c->r;
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
		span(c, m->off, m->len);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void events(struct ctx *c)
{
	static const char *pod[] = { NULL, "morning", "afternoon", "evening" };
	struct json *j = c->j;
	const struct extraction *x = &c->r->x;
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
		span(c, e->off, e->len);
		whys(c, &e->why);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void agreements(struct ctx *c)
{
	struct json *j = c->j;
	const struct extraction *x = &c->r->x;
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
		span(c, g->off, g->len);
		whys(c, &g->why);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void clauses(struct ctx *c)
{
	struct json *j = c->j;
	const struct extraction *x = &c->r->x;
	json_key(j, "clauses");
	json_arr(j);
	for (int i = 0; i < x->nclauses; i++) {
		const struct clause *k = &x->clauses[i];
		json_obj(j);
		json_key(j, "section");
		json_str(j, k->section);
		json_key(j, "text");
		json_str(j, c->full ? k->text : prefix_chars(k->text, 60));
		json_key(j, "actors");
		codes(j, k->actors);
		json_key(j, "actor_scope");
		json_cstr(j, scope_name(k->scope));
		json_key(j, "modality");
		json_cstr(j, modality_name(k->modality));
		json_key(j, "commitment");
		json_bool(j, k->commitment);
		json_key(j, "issue_areas");
		json_arr(j);
		for (int a = 0; a < AREA_COUNT; a++)
			if (k->areas & (1u << a))
				json_cstr(j, area_name(a));
		json_arr_end(j);
		json_key(j, "targets");
		json_arr(j);
		for (int t = 0; t < k->ntargets; t++)
			emit_json_date(j, k->targets[t]);
		json_arr_end(j);
		span(c, k->off, k->len);
		whys(c, &k->why);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void tree(struct ctx *c)
{
	struct json *j = c->j;
	const struct doc *d = &c->r->doc;
	json_key(j, "tree");
	json_arr(j);
	for (int i = 0; i < d->nnodes; i++) {
		const struct doc_node *n = &d->nodes[i];
		json_obj(j);
		json_key(j, "type");
		json_cstr(j, doc_node_type_name(n->type));
		json_key(j, "parent");
		json_int(j, n->parent);
		if (n->label.len) {
			json_key(j, "label");
			json_str(j, n->label);
		}
		span(c, n->off, n->len);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void mentions(struct ctx *c)
{
	struct json *j = c->j;
	const struct rec *r = c->r;
	json_key(j, "mentions");
	json_arr(j);
	for (int i = 0; i < r->m.n; i++) {
		const struct mention *m = &r->m.v[i];
		json_obj(j);
		json_key(j, "type");
		json_cstr(j, mention_type_name(m->type));
		json_key(j, "text");
		json_str(j, (Str){ r->doc.text.s + m->off, m->len });
		json_key(j, "entity");
		if (m->entity >= 0)
			json_int(j, m->entity);
		else
			json_null(j);
		if (m->type == M_DATE || m->type == M_PART_OF_DAY || m->type == M_RELDATE) {
			json_key(j, "value");
			emit_json_date(j, m->value);
		}
		span(c, m->off, m->len);
		json_obj_end(j);
	}
	json_arr_end(j);
}

static void record(struct buf *out, const struct rec *r, bool full)
{
	struct json j;
	json_init(&j, out, true);
	struct ctx c = { &j, r, full };
	json_obj(&j);
	json_key(&j, "schema");
	json_cstr(&j, full ? "accord.record/1" : "accord.extract/1");
	document(&c);
	summit(&c);
	entities(&c);
	dates(&c);
	events(&c);
	agreements(&c);
	clauses(&c);
	if (full) {
		tree(&c);
		mentions(&c);
	}
	json_obj_end(&j);
}

void emit_eval(struct buf *out, const struct rec *r)
{
	record(out, r, false);
}

void emit_json(struct buf *out, const struct rec *r)
{
	record(out, r, true);
}
