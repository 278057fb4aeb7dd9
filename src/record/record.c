/* record.c: the pipeline for one document */
#include "record.h"
#include "../base/os.h"

#include <string.h>

int rec_extract(Arena *a, const struct kb *kb, Str path, Str src, enum rec_depth depth,
		struct rec *r, struct diag *d)
{
	memset(r, 0, sizeof *r);
	int rc = doc_read(a, path, src, &r->doc, d);
	if (rc)
		return rc;
	recognize(a, &r->doc, kb, &r->m);
	resolve(a, &r->doc, kb, &r->m, DATE_NONE, &r->e);
	struct xctx x = { a, &r->doc, kb, &r->m, &r->e };
	if (depth == REC_FULL) {
		extract(&x, &r->x);
	} else {
		extract_docinfo(&x, &r->x);
		extract_summit(&x, &r->x);
	}
	return ACC_OK;
}

int rec_extract_file(Arena *a, const struct kb *kb, const char *path, enum rec_depth depth,
		     struct rec *r, struct diag *d)
{
	memset(r, 0, sizeof *r);
	Str src;
	int rc = os_read_file(a, path, DOC_MAX_BYTES, &src, d);
	if (rc)
		return rc;
	return rec_extract(a, kb, str_c(path), src, depth, r, d);
}
