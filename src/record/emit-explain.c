/* emit-explain.c: for each fact, the words that decided each attribute and
 * the rule that read them (accord extract --explain) */
#include "record.h"

static void reasons(struct buf *out, const struct rec *r, const struct whys *w)
{
	for (int i = 0; i < w->n; i++) {
		const struct why *y = &w->v[i];
		buf_printf(out, "    %-12s %-32s ", y->attr, y->rule ? y->rule : "?");
		if (y->len > 0) {
			ptrdiff_t so = doc_src_off(&r->doc, y->off);
			buf_printf(out, "@%td+%td \"", so, doc_src_off(&r->doc, y->off + y->len) - so);
			Str t = { r->doc.text.s + y->off, y->len > 120 ? 120 : y->len };
			for (ptrdiff_t k = 0; k < t.len; k++)
				buf_putc(out, t.s[k] == '\n' ? ' ' : t.s[k]);
			buf_puts(out, y->len > 120 ? "...\"\n" : "\"\n");
		} else {
			buf_puts(out, "(context or default)\n");
		}
	}
}

/* One line naming the fact: "  event 3 @1042: first words..." */
static void head(struct buf *out, const struct rec *r, const char *what, int i, Str section, ptrdiff_t off,
		 ptrdiff_t len)
{
	Str t = { r->doc.text.s + off, len > 70 ? 70 : len };
	buf_printf(out, "  %s %d", what, i + 1);
	if (section.s)
		buf_printf(out, " (section %.*s)", (int)section.len, section.s);
	buf_printf(out, " @%td: ", doc_src_off(&r->doc, off));
	for (ptrdiff_t k = 0; k < t.len; k++)
		buf_putc(out, t.s[k] == '\n' ? ' ' : t.s[k]);
	buf_puts(out, len > 70 ? "...\n" : "\n");
}

void emit_explain(struct buf *out, const struct rec *r)
{
	buf_printf(out, "\nWhy (%.*s)\n", (int)r->doc.path.len, r->doc.path.s);
	if (r->x.doc.why.n) {
		buf_puts(out, "  document\n");
		reasons(out, r, &r->x.doc.why);
	}
	if (r->x.summit.present && r->x.summit.why.n) {
		buf_puts(out, "  summit\n");
		reasons(out, r, &r->x.summit.why);
	}
	for (int i = 0; i < r->x.nevents; i++) {
		const struct event *e = &r->x.events[i];
		head(out, r, "event", i, STR_NULL, e->off, e->len);
		reasons(out, r, &e->why);
	}
	for (int i = 0; i < r->x.nagreements; i++) {
		const struct agreement *g = &r->x.agreements[i];
		head(out, r, "agreement", i, STR_NULL, g->off, g->len);
		reasons(out, r, &g->why);
	}
	for (int i = 0; i < r->x.nclauses; i++) {
		const struct clause *c = &r->x.clauses[i];
		head(out, r, "clause", i, c->section, c->off, c->len);
		reasons(out, r, &c->why);
	}
}
