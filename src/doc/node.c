/* node.c: reading a document tree: spans, ancestors, names */
#include "doc.h"

ptrdiff_t doc_src_off(const struct doc *doc, ptrdiff_t off)
{
	if (!doc->map)
		return off;
	if (off < 0)
		off = 0;
	if (off > doc->text.len)
		off = doc->text.len;
	return doc->map[off];
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
