/* api.c: the public interface (include/accord.h) over the pipeline */
#include "accord.h"
#include "record.h"
#include "../base/os.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int finish(int rc, struct diag *d, struct buf *b, char **out, size_t *out_len, char *err, size_t err_len)
{
	if (!rc && b->err)
		rc = diag_set(d, ACC_EIO, -1, "out of memory writing the record");
	if (rc) {
		if (err && err_len)
			snprintf(err, err_len, "%s", d->msg[0] ? d->msg : acc_strerror(rc));
		buf_release(b);
		*out = NULL;
		if (out_len)
			*out_len = 0;
		return rc;
	}
	if (!b->p)
		buf_puts(b, "");
	*out = b->p;
	if (out_len)
		*out_len = (size_t)b->len;
	return 0;
}

static void emit(struct buf *b, const struct rec *r, enum accord_format f)
{
	switch (f) {
	case ACCORD_FORMAT_JSON: emit_json(b, r); break;
	case ACCORD_FORMAT_TEXT: emit_text(b, r); break;
	case ACCORD_FORMAT_EXPLAIN: emit_explain(b, r); break;
	default: emit_eval(b, r); break;
	}
}

int accord_extract(const char *name, const char *bytes, size_t len, enum accord_format format,
		   char **out, size_t *out_len, char *err, size_t err_len)
{
	struct diag d;
	diag_clear(&d);
	struct buf b;
	buf_init(&b);
	Arena a;
	arena_init(&a, 1 << 20);
	struct rec r;
	int rc;
	if ((ptrdiff_t)len > DOC_MAX_BYTES) {
		rc = diag_set(&d, ACC_ETOOBIG, -1, "document too large (%zu bytes)", len);
		goto out;
	}
	rc = rec_extract(&a, kb_default(), str_c(name ? name : "-"), (Str){ bytes, (ptrdiff_t)len }, REC_FULL, &r, &d);
	if (!rc)
		emit(&b, &r, format);
out:
	arena_release(&a);
	return finish(rc, &d, &b, out, out_len, err, err_len);
}

int accord_extract_file(const char *path, enum accord_format format, char **out, size_t *out_len,
			char *err, size_t err_len)
{
	struct diag d;
	diag_clear(&d);
	struct buf b;
	buf_init(&b);
	Arena a;
	arena_init(&a, 1 << 20);
	struct rec r;
	int rc = rec_extract_file(&a, kb_default(), path, REC_FULL, &r, &d);
	if (!rc)
		emit(&b, &r, format);
	arena_release(&a);
	return finish(rc, &d, &b, out, out_len, err, err_len);
}

const char *accord_version(void)
{
	return ACCORD_VERSION;
}
