/* table.c: query results as rows of cells, printed as a text table, JSON or CSV */
#include "store.h"
#include "../base/json.h"
#include "../base/utf8.h"

#include <utf8proc.h>

#include <stdlib.h>
#include <string.h>

int store_table_fill(Arena *a, sqlite3 *db, sqlite3_stmt *s, struct store_table *t, struct diag *d)
{
	if (!t->cols) {
		t->ncols = sqlite3_column_count(s);
		t->cols = anew(a, Str, t->ncols + 1);
		for (int i = 0; i < t->ncols; i++)
			t->cols[i] = arena_str(a, str_c(sqlite3_column_name(s, i)));
	}
	int st;
	while ((st = sqlite3_step(s)) == SQLITE_ROW) {
		for (int i = 0; i < t->ncols; i++) {
			struct store_cell c = { STR_NULL, sqlite3_column_type(s, i) };
			if (c.type != SQLITE_NULL) {
				const char *p = (const char *)sqlite3_column_text(s, i);
				c.s = arena_str(a, (Str){ p ? p : "", sqlite3_column_bytes(s, i) });
			}
			ptrdiff_t n = (ptrdiff_t)t->nrows * t->ncols + i;
			apush(a, t->cells, n, t->cap, c);
		}
		t->nrows++;
	}
	if (st != SQLITE_DONE)
		return store_err(db, d, "cannot read");
	return ACC_OK;
}

int store_table_col(const struct store_table *t, const char *name)
{
	for (int i = 0; i < t->ncols; i++)
		if (str_eq(t->cols[i], str_c(name)))
			return i;
	return -1;
}

/* One row as a JSON object into j: numbers as numbers, NULL as null. */
static void row_json(struct json *j, const struct store_table *t, int r)
{
	json_obj(j);
	for (int c = 0; c < t->ncols; c++) {
		const struct store_cell *x = store_cell(t, r, c);
		char key[64];
		snprintf(key, sizeof key, "%.*s", (int)t->cols[c].len, t->cols[c].s);
		json_key(j, key);
		if (x->type == SQLITE_INTEGER)
			json_int(j, strtoll(x->s.s, NULL, 10));
		else if (x->type == SQLITE_FLOAT)
			json_num(j, strtod(x->s.s, NULL));
		else
			json_str(j, x->s);
	}
	json_obj_end(j);
}

void store_table_json(struct buf *out, const struct store_table *t)
{
	struct json j;
	json_init(&j, out, true);
	json_arr(&j);
	for (int r = 0; r < t->nrows; r++)
		row_json(&j, t, r);
	json_arr_end(&j);
	buf_putc(out, '\n');
}

void store_table_json_row(struct buf *out, const struct store_table *t, int row)
{
	struct json j;
	json_init(&j, out, true);
	if (row < 0 || row >= t->nrows)
		json_null(&j);
	else
		row_json(&j, t, row);
}

void store_table_csv(struct buf *out, const struct store_table *t)
{
	for (int c = 0; c < t->ncols; c++)
		emit_csv_field(out, t->cols[c], c == 0);
	emit_csv_end(out);
	for (int r = 0; r < t->nrows; r++) {
		for (int c = 0; c < t->ncols; c++)
			emit_csv_field(out, store_cell(t, r, c)->s, c == 0);
		emit_csv_end(out);
	}
}

/* Terminal columns of one code point: two for the wide (Chinese)
 * characters, none for combining marks; a control character (line ends,
 * tabs) is shown as one space. */
static int cols_of(int32_t cp)
{
	if (cp < 0x20)
		return 1;
	int w = utf8proc_charwidth(cp);
	return w < 0 ? 1 : w;
}

/* Terminal columns s takes. */
static int width(Str s)
{
	int n = 0;
	ptrdiff_t off = 0;
	while (off < s.len)
		n += cols_of(utf8_next(s, &off));
	return n;
}

/* Append s cut to w columns (the last one "…" when cut), white space
 * flattened, padded with spaces to w when pad. */
static void cell(struct buf *out, Str s, int w, bool pad)
{
	int n = width(s), shown = 0;
	int keep = n > w ? w - 1 : n;
	ptrdiff_t off = 0;
	while (off < s.len) {
		ptrdiff_t at = off;
		int cw = cols_of(utf8_next(s, &off));
		if (shown + cw > keep)
			break;
		char c = s.s[at];
		if (c == '\n' || c == '\r' || c == '\t')
			buf_putc(out, ' ');
		else
			buf_put(out, (Str){ s.s + at, off - at });
		shown += cw;
	}
	if (n > w) {
		buf_puts(out, "…");
		shown++;
	}
	if (pad)
		buf_repeat(out, ' ', w - shown);
}

void store_table_text(struct buf *out, const struct store_table *t, int maxw)
{
	if (!t->ncols)
		return;
	int w[t->ncols];
	for (int c = 0; c < t->ncols; c++) {
		w[c] = width(t->cols[c]);
		for (int r = 0; r < t->nrows; r++) {
			int n = width(store_cell(t, r, c)->s);
			if (n > w[c])
				w[c] = n;
		}
		if (w[c] > maxw)
			w[c] = maxw;
		if (w[c] < 1)
			w[c] = 1;
	}
	for (int c = 0; c < t->ncols; c++) {
		cell(out, t->cols[c], w[c], c + 1 < t->ncols);
		buf_puts(out, c + 1 < t->ncols ? "  " : "\n");
	}
	for (int c = 0; c < t->ncols; c++) {
		buf_repeat(out, '-', w[c]);
		buf_puts(out, c + 1 < t->ncols ? "  " : "\n");
	}
	for (int r = 0; r < t->nrows; r++)
		for (int c = 0; c < t->ncols; c++) {
			cell(out, store_cell(t, r, c)->s, w[c], c + 1 < t->ncols);
			buf_puts(out, c + 1 < t->ncols ? "  " : "\n");
		}
}
