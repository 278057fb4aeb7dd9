/* emit-text.c: the record for people in a terminal: outline, entities, clauses */
#include "record.h"

void emit_text(struct buf *out, const struct rec *r)
{
	buf_printf(out, "%.*s\n", (int)r->doc.path.len, r->doc.path.s);
	for (int i = 0; i < r->e.n; i++) {
		const struct entity *e = &r->e.v[i];
		buf_printf(out, "  %-12s %.*s (%d)\n", entity_type_name(e->type), (int)e->name.len, e->name.s, e->nmentions);
	}
}

void emit_json(struct buf *out, const struct rec *r)
{
	emit_eval(out, r);
}

void emit_explain(struct buf *out, const struct rec *r)
{
}
