/* lines.c: split the text into lines and type each by the markup of its format */
#include "doc-int.h"

#include <string.h>

/* Contract: appends l to ls, merging it into a blank line just before it;
 * past DOC_MAX_NODES lines, drops it and sets ls->full. */
void doc_line_push(Arena *a, struct doc_lines *ls, struct doc_line l)
{
	if (l.kind == LN_BLANK && ls->n && ls->v[ls->n - 1].kind == LN_BLANK)
		return;
	if (ls->n >= DOC_MAX_NODES) {
		ls->full = true;
		return;
	}
	ptrdiff_t n = ls->n;
	apush(a, ls->v, n, ls->cap, l);
	ls->n = (int)n;
}

/* "= X =", "== X ==" ...: returns the number of '=' (the smaller side), 0 if
 * not a heading; *body is the text inside. */
static int wiki_heading(Str t, Str *body)
{
	int lo = 0, hi = 0;
	while (lo < t.len && t.s[lo] == '=')
		lo++;
	while (hi < t.len - lo && t.s[t.len - 1 - hi] == '=')
		hi++;
	if (!lo || !hi || lo > 6 || lo + hi >= t.len)
		return 0;
	*body = str_trim((Str){ t.s + lo, t.len - lo - hi });
	return body->len ? (lo < hi ? lo : hi) : 0;
}

/* "# X", "## X" ...: the number of '#', 0 if not a heading. */
static int md_heading(Str t, Str *body)
{
	int n = 0;
	while (n < t.len && t.s[n] == '#')
		n++;
	if (!n || n > 6 || n >= t.len || t.s[n] != ' ')
		return 0;
	Str b = str_trim((Str){ t.s + n, t.len - n });
	while (b.len && b.s[b.len - 1] == '#') /* optional closing hashes */
		b.len--;
	*body = str_trim(b);
	return body->len ? n : 0;
}

/* A list bullet: "- ", "* ", "+ ", "• ", "· "; returns its length with the
 * spaces after it, 0 if none. */
static int bullet(Str t)
{
	if (t.len >= 2 && (t.s[0] == '-' || t.s[0] == '*' || t.s[0] == '+') && t.s[1] == ' ')
		return 2;
	if (t.len >= 4 && !memcmp(t.s, "\xe2\x80\xa2 ", 4)) /* U+2022 */
		return 4;
	if (t.len >= 3 && !memcmp(t.s, "\xc2\xb7 ", 3)) /* U+00B7 */
		return 3;
	return 0;
}

/* An infobox field "Key: Value" (after the bullet): a short key without a
 * sentence end.  Returns the offset of ':' in t, or -1. */
static ptrdiff_t field_colon(Str t)
{
	for (ptrdiff_t i = 0; i < t.len && i < 48; i++) {
		char c = t.s[i];
		if (c == ':')
			return i > 0 && (i + 1 == t.len || t.s[i + 1] == ' ') ? i : -1;
		if (c == '.' || c == ',' || c == ';')
			return -1;
	}
	return -1;
}

/* Contract: appends one doc_line per line of doc->text to out (blank lines
 * included), typed by doc->format; everything lives in a. */
void doc_lines_split(Arena *a, const struct doc *doc, struct doc_lines *out)
{
	Str text = doc->text;
	enum doc_format fmt = doc->format;
	bool in_infobox = false;
	int item_indent[8];
	int nitem = 0;
	ptrdiff_t off = 0;
	while (off < text.len) {
		/* a run of blank lines in one step */
		ptrdiff_t p = off, last_nl = -1;
		while (p < text.len && (text.s[p] == '\n' || text.s[p] == ' ')) {
			if (text.s[p] == '\n')
				last_nl = p;
			p++;
		}
		if (last_nl >= 0) {
			doc_line_push(a, out, (struct doc_line){ (int32_t)off, 0, (int32_t)off, 0, 0, 0, 0, LN_BLANK, 0 });
			in_infobox = false;
			nitem = 0;
			off = last_nl + 1;
			continue;
		}
		const char *nl = memchr(text.s + off, '\n', (size_t)(text.len - off));
		ptrdiff_t end = nl ? nl - text.s : text.len;
		ptrdiff_t b = off, e = end;
		while (b < e && text.s[b] == ' ')
			b++;
		while (e > b && text.s[e - 1] == ' ')
			e--;
		struct doc_line l = { b, e - b, b, e - b, 0, 0, (int)(b - off), LN_TEXT, 0 };
		Str t = { text.s + b, e - b };
		Str body;
		int n, k;
		if (!t.len) {
			l.kind = LN_BLANK;
			in_infobox = false;
			nitem = 0;
		} else if (fmt == DOC_FMT_WIKI && (n = wiki_heading(t, &body))) {
			l.kind = n == 1 ? LN_TITLE : LN_SECTION;
			l.level = (uint8_t)(n == 1 ? 0 : n - 1);
			l.body_off = body.s - text.s, l.body_len = body.len;
			in_infobox = false;
		} else if (fmt == DOC_FMT_MARKDOWN && (n = md_heading(t, &body))) {
			l.kind = n == 1 ? LN_TITLE : LN_SECTION;
			l.level = (uint8_t)(n == 1 ? 0 : n - 1);
			l.body_off = body.s - text.s, l.body_len = body.len;
		} else if (fmt != DOC_FMT_HTML && t.len == 7 && str_eq_nocase(t, S("Infobox"))) {
			l.kind = LN_INFOBOX;
			in_infobox = true;
		} else if ((k = bullet(t))) {
			Str rest = str_trim((Str){ t.s + k, t.len - k });
			ptrdiff_t colon = in_infobox ? field_colon(rest) : -1;
			l.body_off = rest.s - text.s, l.body_len = rest.len;
			if (colon > 0) {
				l.kind = LN_FIELD;
				l.key_off = l.body_off, l.key_len = colon;
				Str v = str_trim((Str){ rest.s + colon + 1, rest.len - colon - 1 });
				l.body_off = v.s - text.s, l.body_len = v.len;
			} else {
				in_infobox = false;
				l.kind = LN_ITEM;
				/* nesting by indentation: a deeper indent opens a level */
				while (nitem > 0 && item_indent[nitem - 1] > l.indent)
					nitem--;
				if (nitem == 0 || item_indent[nitem - 1] < l.indent) {
					if (nitem < 8)
						item_indent[nitem++] = l.indent;
				}
				l.level = (uint8_t)(nitem ? nitem : 1);
			}
		} else {
			in_infobox = false;
			nitem = 0;
		}
		doc_line_push(a, out, l);
		off = end + 1;
	}
}
