/* diag.h: error codes and the caller-owned detail of a failure */
#ifndef ACCORD_DIAG_H
#define ACCORD_DIAG_H

#include <stddef.h>

/* 0 is success; every failure is a negative code. */
enum acc_err {
	ACC_OK = 0,
	ACC_EIO = -1,       /* read or write failed */
	ACC_ENOENT = -2,    /* no such file */
	ACC_EISDIR = -3,    /* a directory where a file was expected */
	ACC_EEMPTY = -4,    /* empty input */
	ACC_EUTF8 = -5,     /* invalid UTF-8 */
	ACC_ENUL = -6,      /* NUL byte in text */
	ACC_EBINARY = -7,   /* not a text file */
	ACC_ETOOBIG = -8,   /* over a named size limit */
	ACC_ELINE = -9,     /* a line over the line-length limit */
	ACC_EINVAL = -10,   /* malformed input or bad argument */
	ACC_EDB = -11,      /* database failure */
	ACC_ENOTFOUND = -12,/* no such record */
	ACC_EPERM = -13,    /* not allowed */
	ACC_EDATA = -14,    /* knowledge-base data file malformed */
	ACC_ECONFLICT = -15 /* concurrent change or constraint */
};

/* The detail of a failure, owned by the caller (never a global). */
struct diag {
	int code;          /* enum acc_err */
	ptrdiff_t off;     /* byte offset in the input, or -1 */
	int line;          /* 1-based line, or 0 */
	char msg[512];     /* lower case, failure first, no final period */
};

/* Record a failure in d (may be NULL) and return code. */
int diag_set(struct diag *d, int code, ptrdiff_t off, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_clear(struct diag *d);
const char *acc_strerror(int code);

#endif
