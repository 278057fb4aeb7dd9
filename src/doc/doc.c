/* doc.c: PLACEHOLDER minimal reader (one paragraph and sentence per line); the doc stage replaces it */
#include "doc.h"
#include "../base/os.h"
#include "../base/utf8.h"

#include <string.h>

static int add(Arena *a, struct doc *doc, ptrdiff_t *cap, struct doc_node n)
{
	ptrdiff_t cnt = doc->nnodes;
	apush(a, doc->nodes, cnt, *cap, n);
	doc->nnodes = (int)cnt;
	return doc->nnodes - 1;
}

int doc_read(Arena *a, Str path, Str src, struct doc *doc, struct diag *d)
{
	memset(doc, 0, sizeof *doc);
	doc->path = arena_str(a, path);
	doc->src = src;
	doc->text = src;
	ptrdiff_t bad = utf8_invalid(src);
	if (bad >= 0)
		return diag_set(d, ACC_EUTF8, bad, "invalid UTF-8 at byte %td", bad);
	ptrdiff_t cap = 0;
	add(a, doc, &cap, (struct doc_node){ DOC_ROOT, -1, 0, 0, src.len, 0, src.len, STR_NULL });
	ptrdiff_t off = 0;
	while (off < src.len) {
		const char *nl = memchr(src.s + off, '\n', (size_t)(src.len - off));
		ptrdiff_t end = nl ? nl - src.s : src.len;
		Str line = str_trim((Str){ src.s + off, end - off });
		if (line.len) {
			ptrdiff_t lo = line.s - src.s;
			int p = add(a, doc, &cap, (struct doc_node){ DOC_PARA, 0, 0, lo, line.len, lo, line.len, STR_NULL });
			add(a, doc, &cap, (struct doc_node){ DOC_SENT, p, 0, lo, line.len, lo, line.len, STR_NULL });
		}
		off = end + 1;
	}
	return ACC_OK;
}

int doc_load(Arena *a, const char *path, struct doc *doc, struct diag *d)
{
	Str src;
	int rc = os_read_file(a, path, DOC_MAX_BYTES, &src, d);
	return rc ? rc : doc_read(a, str_c(path), src, doc, d);
}

ptrdiff_t doc_src_off(const struct doc *doc, ptrdiff_t off)
{
	return doc->map ? doc->map[off] : off;
}

Str doc_node_text(const struct doc *doc, int i)
{
	return (Str){ doc->text.s + doc->nodes[i].off, doc->nodes[i].len };
}

Str doc_node_body(const struct doc *doc, int i)
{
	return (Str){ doc->text.s + doc->nodes[i].body_off, doc->nodes[i].body_len };
}

int doc_ancestor(const struct doc *doc, int i, enum doc_node_type t)
{
	for (i = doc->nodes[i].parent; i >= 0; i = doc->nodes[i].parent)
		if (doc->nodes[i].type == t)
			return i;
	return -1;
}

const char *doc_node_type_name(enum doc_node_type t)
{
	static const char *names[] = { "root", "title", "infobox", "field", "section", "part",
				       "para", "item", "signature", "placedate", "sent" };
	return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}
