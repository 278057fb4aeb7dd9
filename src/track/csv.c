/* csv.c: an RFC 4180 reader for the assessment import (pure: text in, cells out) */
#include "track.h"

#include <string.h>

/* Record the 1-based line of a failure in d; returns code. */
static int at_line(struct diag *d, int line, int code)
{
	if (d)
		d->line = line;
	return code;
}

/* One field starting at *off; advances past it and its separator.  *end is
 * set at a line end or the end of the text.  RFC 4180 §2.5-2.7: a quoted
 * field may hold commas and line breaks, and a quote inside it is doubled. */
static int field(Arena *a, Str t, ptrdiff_t *off, int *line, Str *out, bool *end, struct diag *d)
{
	ptrdiff_t i = *off;
	*end = false;
	if (i < t.len && t.s[i] == '"') {
		char *buf = anew(a, char, t.len - i + 1);
		ptrdiff_t n = 0;
		int start = *line;
		for (i++;; i++) {
			if (i >= t.len) {
				return at_line(d, start, diag_set(d, ACC_EINVAL, i, "line %d: unterminated quoted field", start));
			}
			if (t.s[i] == '"') {
				if (i + 1 < t.len && t.s[i + 1] == '"') {
					buf[n++] = '"';
					i++;
					continue;
				}
				i++;
				break;
			}
			if (t.s[i] == '\n')
				(*line)++;
			buf[n++] = t.s[i];
		}
		*out = (Str){ buf, n };
		if (i < t.len && t.s[i] != ',' && t.s[i] != '\n' && t.s[i] != '\r') {
			return at_line(d, *line, diag_set(d, ACC_EINVAL, i, "line %d: text after a closing quote", *line));
		}
	} else {
		ptrdiff_t b = i;
		while (i < t.len && t.s[i] != ',' && t.s[i] != '\n' && t.s[i] != '\r') {
			if (t.s[i] == '"') {
				return at_line(d, *line, diag_set(d, ACC_EINVAL, i, "line %d: a quote inside an unquoted field", *line));
			}
			i++;
		}
		*out = (Str){ t.s + b, i - b };
	}
	if (i < t.len && t.s[i] == ',') {
		i++;
	} else {
		*end = true;
		if (i < t.len && t.s[i] == '\r')
			i++;
		if (i < t.len && t.s[i] == '\n')
			i++;
		(*line)++;
	}
	*off = i;
	return ACC_OK;
}

int track_csv_parse(Arena *a, Str text, struct track_csv *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	ptrdiff_t off = 0, cap = 0, lcap = 0;
	int line = 1, rc;
	if (text.len > TRACK_CSV_MAX_BYTES)
		return diag_set(d, ACC_ETOOBIG, -1, "file too big (at most %d bytes)", TRACK_CSV_MAX_BYTES);
	if (text.len >= 3 && !memcmp(text.s, "\xEF\xBB\xBF", 3))
		off = 3; /* a byte-order mark, as spreadsheets write */
	ptrdiff_t ncells = 0;
	int nlines = 0;
	while (off < text.len) {
		int first = line, nf = 0;
		bool end = false;
		/* A blank line is skipped (a trailing one is common). */
		if (text.s[off] == '\n' || text.s[off] == '\r') {
			off += text.s[off] == '\r' && off + 1 < text.len && text.s[off + 1] == '\n' ? 2 : 1;
			line++;
			continue;
		}
		if (out->nrows >= TRACK_CSV_MAX_ROWS + 1)
			return diag_set(d, ACC_ETOOBIG, off, "more than %d rows", TRACK_CSV_MAX_ROWS);
		while (!end) {
			Str f;
			if ((rc = field(a, text, &off, &line, &f, &end, d)))
				return rc;
			if (++nf > TRACK_CSV_MAX_COLS) {
				return at_line(d, first, diag_set(d, ACC_ETOOBIG, off, "line %d: more than %d fields",
								  first, TRACK_CSV_MAX_COLS));
			}
			apush(a, out->cells, ncells, cap, f);
		}
		if (out->nrows == 0)
			out->ncols = nf;
		else if (nf != out->ncols) {
			return at_line(d, first, diag_set(d, ACC_EINVAL, -1, "line %d: %d fields, the header has %d", first, nf,
					out->ncols));
		}
		apush(a, out->lines, nlines, lcap, first);
		out->nrows++;
	}
	if (!out->nrows)
		return diag_set(d, ACC_EEMPTY, -1, "empty file: no header");
	return ACC_OK;
}
