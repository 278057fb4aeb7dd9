/* emit-text.c: the record for people in a terminal: outline, entities,
 * events, agreements and the clauses as a table */
#include "record.h"
#include "../base/utf8.h"

/* Append at most n characters of s (one line: line ends become spaces),
 * padded with spaces to n when pad is set; "..." marks a cut. */
static void cols(struct buf *out, Str s, int n, bool pad)
{
	ptrdiff_t off = 0;
	int shown = 0;
	while (off < s.len && shown < n) {
		ptrdiff_t at = off;
		int32_t cp = utf8_next(s, &off);
		if (shown == n - 1 && off < s.len) {
			buf_puts(out, "…");
			shown++;
			break;
		}
		if (cp == '\n' || cp == '\t' || cp == '\r')
			buf_putc(out, ' ');
		else
			buf_put(out, (Str){ s.s + at, off - at });
		shown++;
	}
	if (pad)
		buf_repeat(out, ' ', n - shown);
}

static void date_cell(struct buf *out, struct date a, struct date b)
{
	char x[11], y[11];
	date_iso(a, x);
	date_iso(b, y);
	buf_printf(out, "%s%s%s", x[0] ? x : "-", y[0] ? ".." : "", y);
}

static void codes_cell(struct buf *out, struct codes c)
{
	if (!c.n)
		buf_putc(out, '-');
	for (int i = 0; i < c.n; i++)
		buf_printf(out, "%s%.*s", i ? " " : "", (int)c.v[i].len, c.v[i].s);
}

static void outline(struct buf *out, const struct doc *d)
{
	buf_puts(out, "\nOutline\n");
	for (int i = 1; i < d->nnodes; i++) {
		const struct doc_node *n = &d->nodes[i];
		if (n->type == DOC_SENT)
			continue;
		int depth = 0;
		for (int p = n->parent; p > 0; p = d->nodes[p].parent)
			depth++;
		buf_repeat(out, ' ', 2 + 2 * depth);
		buf_printf(out, "%-9s ", doc_node_type_name(n->type));
		if (n->label.len) {
			cols(out, n->label, 24, false);
			buf_puts(out, ": ");
		}
		cols(out, doc_node_body(d, i), 60, false);
		buf_putc(out, '\n');
	}
}

static void entities(struct buf *out, const struct entities *e)
{
	static const enum entity_type order[] = { ENT_STATE, ENT_PERSON, ENT_ORG, ENT_PLACE, ENT_RESOLUTION, ENT_INITIATIVE };
	buf_printf(out, "\nEntities (%d)\n", e->n);
	for (size_t t = 0; t < sizeof order / sizeof *order; t++) {
		for (int i = 0; i < e->n; i++) {
			const struct entity *x = &e->v[i];
			if (x->type != order[t])
				continue;
			buf_printf(out, "  %-12s %3d  ", entity_type_name(x->type), x->nmentions);
			buf_put(out, x->name);
			if (x->code.len)
				buf_printf(out, " [%.*s]", (int)x->code.len, x->code.s);
			for (int k = 0; k < x->naliases; k++) {
				buf_puts(out, k ? ", " : "  aka ");
				buf_put(out, x->aliases[k]);
			}
			buf_putc(out, '\n');
		}
	}
}

static void events(struct buf *out, const struct extraction *x)
{
	static const char *pod[] = { "", " morning", " afternoon", " evening" };
	if (!x->nevents)
		return;
	buf_printf(out, "\nEvents (%d)\n", x->nevents);
	for (int i = 0; i < x->nevents; i++) {
		const struct event *e = &x->events[i];
		buf_printf(out, "  %-11s ", event_type_name(e->type));
		date_cell(out, e->date, e->end);
		buf_printf(out, "%s  ", pod[e->part_of_day > 0 && e->part_of_day <= 3 ? e->part_of_day : 0]);
		codes_cell(out, e->participants);
		if (e->place.s)
			buf_printf(out, "  @ %.*s", (int)e->place.len, e->place.s);
		buf_puts(out, "\n              ");
		cols(out, e->summary, 90, false);
		buf_putc(out, '\n');
	}
}

static void agreements(struct buf *out, const struct extraction *x)
{
	if (!x->nagreements)
		return;
	buf_printf(out, "\nAgreements (%d)\n", x->nagreements);
	for (int i = 0; i < x->nagreements; i++) {
		const struct agreement *g = &x->agreements[i];
		buf_puts(out, "  ");
		date_cell(out, g->date, DATE_NONE);
		buf_printf(out, "  %-12s ", agreement_kind_name(g->kind));
		if (g->count >= 0)
			buf_printf(out, "x%d ", g->count);
		codes_cell(out, g->parties);
		if (g->title.s) {
			buf_puts(out, "  \"");
			cols(out, g->title, 70, false);
			buf_putc(out, '"');
		}
		for (int k = 0; k < g->nfields; k++) {
			buf_puts(out, k ? ", " : "\n    fields: ");
			buf_put(out, g->fields[k]);
		}
		buf_putc(out, '\n');
	}
}

static void clauses(struct buf *out, const struct extraction *x)
{
	if (!x->nclauses)
		return;
	int ncommit = 0;
	for (int i = 0; i < x->nclauses; i++)
		ncommit += x->clauses[i].commitment;
	buf_printf(out, "\nClauses (%d, %d commitments)\n", x->nclauses, ncommit);
	buf_puts(out, "  SEC   MODALITY    C  ACTORS                   AREAS                      TARGETS      TEXT\n");
	for (int i = 0; i < x->nclauses; i++) {
		const struct clause *c = &x->clauses[i];
		struct buf cell;
		buf_puts(out, "  ");
		cols(out, c->section.s ? c->section : S("-"), 5, true);
		buf_putc(out, ' ');
		cols(out, str_c(modality_name(c->modality)), 11, true);
		buf_puts(out, c->commitment ? " y  " : " -  ");
		buf_init(&cell);
		if (c->scope == SCOPE_ALL)
			buf_puts(&cell, "all: ");
		else if (c->scope == SCOPE_UNSPECIFIED)
			buf_puts(&cell, "unspecified");
		if (c->scope != SCOPE_UNSPECIFIED)
			codes_cell(&cell, c->actors);
		cols(out, buf_str(&cell), 24, true);
		buf_reset(&cell);
		for (int a = 0; a < AREA_COUNT; a++)
			if (c->areas & (1u << a))
				buf_printf(&cell, "%s%s", cell.len ? "," : "", area_name(a));
		buf_putc(out, ' ');
		cols(out, cell.len ? buf_str(&cell) : S("-"), 26, true);
		buf_reset(&cell);
		for (int t = 0; t < c->ntargets; t++) {
			char iso[11];
			date_iso(c->targets[t], iso);
			buf_printf(&cell, "%s%s", t ? "," : "", iso);
		}
		buf_putc(out, ' ');
		cols(out, cell.len ? buf_str(&cell) : S("-"), 12, true);
		buf_release(&cell);
		buf_putc(out, ' ');
		cols(out, c->text, 44, false);
		buf_putc(out, '\n');
	}
}

void emit_text(struct buf *out, const struct rec *r)
{
	const struct docinfo *d = &r->x.doc;
	char date[11];
	date_iso(d->date, date);
	buf_printf(out, "== %.*s\n", (int)r->doc.path.len, r->doc.path.s);
	buf_puts(out, "   title: ");
	buf_put(out, d->title.s ? d->title : S("-"));
	buf_printf(out, "\n   kind: %s   date: %s   place: ", doc_kind_name(d->kind), date[0] ? date : "-");
	buf_put(out, d->place.s ? d->place : S("-"));
	buf_putc(out, '\n');
	for (int i = 0; i < d->nsignatories; i++) {
		buf_puts(out, i ? ", " : "   signatories: ");
		buf_put(out, d->signatories[i]);
	}
	if (d->nsignatories)
		buf_putc(out, '\n');
	const struct summit *s = &r->x.summit;
	if (s->present) {
		buf_puts(out, "   summit: ");
		buf_put(out, s->name);
		if (s->ordinal)
			buf_printf(out, " (no. %d)", s->ordinal);
		buf_puts(out, ", ");
		date_cell(out, s->start, s->end);
		if (s->city.s)
			buf_printf(out, ", %.*s", (int)s->city.len, s->city.s);
		if (s->host.len)
			buf_printf(out, " (host %.*s)", (int)s->host.len, s->host.s);
		buf_puts(out, "; participants ");
		codes_cell(out, s->participants);
		buf_putc(out, '\n');
	}
	outline(out, &r->doc);
	entities(out, &r->e);
	events(out, &r->x);
	agreements(out, &r->x);
	clauses(out, &r->x);
	buf_putc(out, '\n');
}
