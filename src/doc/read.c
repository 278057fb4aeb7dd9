/* read.c: doc_read() and doc_load(): check, normalise, type the lines and segment one document */
#include "doc-int.h"
#include "../base/os.h"

#include <string.h>

static bool ends_with_nocase(Str s, const char *suffix)
{
	ptrdiff_t n = (ptrdiff_t)strlen(suffix);
	return s.len >= n && str_eq_nocase((Str){ s.s + s.len - n, n }, (Str){ suffix, n });
}

/* The format from the file name, else from the first 64 KiB of the text. */
static enum doc_format sniff(Str path, Str text)
{
	if (ends_with_nocase(path, ".html") || ends_with_nocase(path, ".htm") || ends_with_nocase(path, ".xhtml"))
		return DOC_FMT_HTML;
	if (ends_with_nocase(path, ".md") || ends_with_nocase(path, ".markdown"))
		return DOC_FMT_MARKDOWN;
	Str head = { text.s, text.len < 65536 ? text.len : 65536 };
	if (str_starts(head, S("\xef\xbb\xbf"))) /* a byte-order mark */
		head = (Str){ head.s + 3, head.len - 3 };
	Str t = str_trim(head);
	if (t.len > 5 && t.s[0] == '<') {
		Str lead = { t.s, t.len < 512 ? t.len : 512 };
		if (str_find(lead, S("<html")) >= 0 || str_find(lead, S("<HTML")) >= 0 ||
		    str_find(lead, S("<!DOCTYPE")) >= 0 || str_find(lead, S("<!doctype")) >= 0 ||
		    str_find(lead, S("<body")) >= 0 || str_find(lead, S("<p>")) >= 0 || str_find(lead, S("<div")) >= 0)
			return DOC_FMT_HTML;
	}
	/* wiki: "= Title =" first, or "== Section ==" lines; Markdown: "# " headings */
	int wiki = 0, md = 0;
	ptrdiff_t off = 0;
	for (int lines = 0; off < head.len && lines < 400; lines++) {
		const char *nl = memchr(head.s + off, '\n', (size_t)(head.len - off));
		ptrdiff_t end = nl ? nl - head.s : head.len;
		Str l = str_trim((Str){ head.s + off, end - off });
		if (l.len >= 5 && l.s[0] == '=' && l.s[l.len - 1] == '=')
			wiki++;
		else if (l.len >= 3 && l.s[0] == '#' && (l.s[1] == ' ' || (l.s[1] == '#' && l.len > 3)))
			md++;
		off = end + 1;
	}
	if (wiki)
		return DOC_FMT_WIKI;
	if (md)
		return DOC_FMT_MARKDOWN;
	return DOC_FMT_TEXT;
}

/* Nothing but spaces and line ends. */
static bool blank(Str t)
{
	for (ptrdiff_t i = 0; i < t.len; i++)
		if (t.s[i] != ' ' && t.s[i] != '\n')
			return false;
	return true;
}

int doc_read(Arena *a, Str path, Str src, struct doc *doc, struct diag *d)
{
	memset(doc, 0, sizeof *doc);
	doc->path = arena_str(a, path);
	doc->src = src;
	doc->text = src;
	if (src.len <= 0)
		return diag_set(d, ACC_EEMPTY, -1, "empty file");
	int rc = doc_check(src, d);
	if (rc)
		return rc;
	struct doc_lines ls = { 0 };
	doc->format = sniff(path, src);
	if (doc->format == DOC_FMT_HTML) {
		rc = doc_html(a, doc, &ls, d);
		if (rc)
			return rc;
	} else {
		doc_normalize(a, doc);
	}
	if (blank(doc->text))
		return diag_set(d, ACC_EEMPTY, -1, "empty file");
	if (doc->format != DOC_FMT_HTML)
		doc_lines_split(a, doc, &ls);
	doc->lang = doc_lang_detect(doc->text);
	if (ls.full)
		return diag_set(d, ACC_ETOOBIG, -1, "more than %d lines", DOC_MAX_NODES);
	doc_furniture(a, doc, &ls);
	doc_closing(doc, &ls);
	return doc_segment(a, doc, &ls, d);
}

int doc_load(Arena *a, const char *path, struct doc *doc, struct diag *d)
{
	Str src;
	int rc = os_read_file(a, path, DOC_MAX_BYTES, &src, d);
	if (rc) {
		memset(doc, 0, sizeof *doc);
		return rc;
	}
	return doc_read(a, str_c(path), src, doc, d);
}
