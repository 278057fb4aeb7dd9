/* emit-csv.c: CSV as RFC 4180 says: fields, rows, and a record's clauses as a table */
#include "record.h"

void emit_csv_field(struct buf *out, Str s, bool first)
{
	if (!first)
		buf_putc(out, ',');
	bool quote = false;
	for (ptrdiff_t i = 0; i < s.len && !quote; i++)
		quote = s.s[i] == ',' || s.s[i] == '"' || s.s[i] == '\r' || s.s[i] == '\n';
	if (!quote) {
		buf_put(out, s);
		return;
	}
	/* RFC 4180 §2.6-2.7: such a field is quoted, a quote inside it doubled. */
	buf_putc(out, '"');
	ptrdiff_t from = 0;
	for (ptrdiff_t i = 0; i < s.len; i++)
		if (s.s[i] == '"') {
			buf_put(out, (Str){ s.s + from, i + 1 - from });
			buf_putc(out, '"');
			from = i + 1;
		}
	buf_put(out, (Str){ s.s + from, s.len - from });
	buf_putc(out, '"');
}

void emit_csv_end(struct buf *out)
{
	buf_puts(out, "\r\n"); /* RFC 4180 §2.1: CRLF ends every record */
}

static void codes(struct buf *out, struct codes c)
{
	struct buf b;
	buf_init(&b);
	for (int i = 0; i < c.n; i++) {
		if (i)
			buf_putc(&b, ' ');
		buf_put(&b, c.v[i]);
	}
	emit_csv_field(out, buf_str(&b), false);
	buf_release(&b);
}

void emit_csv(struct buf *out, const struct rec *r)
{
	static const char *const head[] = { "document", "section", "modality", "commitment", "actors",
					    "actor_scope", "issue_areas", "targets", "off", "len", "src_off",
					    "src_len", "text" };
	for (size_t i = 0; i < sizeof head / sizeof *head; i++)
		emit_csv_field(out, str_c(head[i]), i == 0);
	emit_csv_end(out);
	for (int i = 0; i < r->x.nclauses; i++) {
		const struct clause *c = &r->x.clauses[i];
		struct buf b;
		buf_init(&b);
		emit_csv_field(out, r->doc.path, true);
		emit_csv_field(out, c->section, false);
		emit_csv_field(out, str_c(modality_name(c->modality)), false);
		emit_csv_field(out, c->commitment ? S("yes") : S("no"), false);
		codes(out, c->actors);
		emit_csv_field(out, str_c(scope_name(c->scope)), false);
		for (int a = 0; a < AREA_COUNT; a++)
			if (c->areas & (1u << a)) {
				if (b.len)
					buf_putc(&b, ' ');
				buf_puts(&b, area_name(a));
			}
		emit_csv_field(out, buf_str(&b), false);
		buf_reset(&b);
		for (int t = 0; t < c->ntargets; t++) {
			char iso[11];
			if (b.len)
				buf_putc(&b, ' ');
			buf_put(&b, (Str){ iso, date_iso(c->targets[t], iso) });
		}
		emit_csv_field(out, buf_str(&b), false);
		ptrdiff_t so = doc_src_off(&r->doc, c->off);
		buf_printf(out, ",%td,%td,%td,%td", c->off, c->len, so, doc_src_off(&r->doc, c->off + c->len) - so);
		emit_csv_field(out, c->text, false);
		emit_csv_end(out);
		buf_release(&b);
	}
}
