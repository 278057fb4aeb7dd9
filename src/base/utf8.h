/* utf8.h: decoding and validating UTF-8 */
#ifndef ACCORD_UTF8_H
#define ACCORD_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include "str.h"

/* Offset of the first byte that is not valid UTF-8 (overlongs, surrogates
 * and code points above U+10FFFF are invalid), or -1 when all is valid. */
ptrdiff_t utf8_invalid(Str s);
/* Decode one code point at s.s[*off], advancing *off; returns -1 (and
 * advances by one byte) on a malformed sequence. */
int32_t utf8_next(Str s, ptrdiff_t *off);
/* Encode cp into out (4 bytes at least); returns the length. */
int utf8_encode(int32_t cp, char *out);

#endif
