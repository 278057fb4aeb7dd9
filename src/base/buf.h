/* buf.h: a growable byte buffer with a sticky error bit, for output text */
#ifndef ACCORD_BUF_H
#define ACCORD_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "str.h"

struct buf {
	char *p;        /* malloc'd, NUL-terminated when len > 0 */
	ptrdiff_t len;  /* bytes used */
	ptrdiff_t cap;  /* bytes allocated */
	ptrdiff_t max;  /* limit on len, 0 for none; exceeding it sets err */
	bool err;       /* sticky: an append failed (out of memory or over max) */
};

void buf_init(struct buf *b);
void buf_release(struct buf *b);
void buf_reset(struct buf *b);            /* len = 0, keeps memory, clears err */
void buf_put(struct buf *b, Str s);
void buf_puts(struct buf *b, const char *z);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_repeat(struct buf *b, char c, ptrdiff_t n);
Str buf_str(const struct buf *b);
/* Write the buffer to f; returns 0 or ACC_EIO (also when err was set). */
int buf_flush(struct buf *b, FILE *f);

#endif
