/* diag.c: filling a struct diag */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int diag_set(struct diag *d, int code, ptrdiff_t off, const char *fmt, ...)
{
	if (!d)
		return code;
	d->code = code;
	d->off = off;
	d->line = 0;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof d->msg, fmt, ap);
	va_end(ap);
	return code;
}

void diag_clear(struct diag *d)
{
	if (d) {
		memset(d, 0, sizeof *d);
		d->off = -1;
	}
}

const char *acc_strerror(int code)
{
	switch (code) {
	case ACC_OK: return "success";
	case ACC_EIO: return "input/output error";
	case ACC_ENOENT: return "no such file";
	case ACC_EISDIR: return "is a directory";
	case ACC_EEMPTY: return "empty file";
	case ACC_EUTF8: return "invalid UTF-8";
	case ACC_ENUL: return "NUL byte in text";
	case ACC_EBINARY: return "binary file";
	case ACC_ETOOBIG: return "too large";
	case ACC_ELINE: return "line too long";
	case ACC_EINVAL: return "invalid input";
	case ACC_EDB: return "database error";
	case ACC_ENOTFOUND: return "not found";
	case ACC_EPERM: return "permission denied";
	case ACC_EDATA: return "bad knowledge-base data";
	case ACC_ECONFLICT: return "conflict";
	}
	return "unknown error";
}
