/* str.h: the string slice used everywhere (pointer + length, not NUL-terminated) */
#ifndef ACCORD_STR_H
#define ACCORD_STR_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct {
	const char *s;
	ptrdiff_t len;
} Str;

#define S(lit) ((Str){ (lit), (ptrdiff_t)sizeof(lit) - 1 })
#define STR_NULL ((Str){ 0, 0 })

Str str_c(const char *z);                       /* from a NUL-terminated string (NULL -> empty) */
Str str_slice(Str s, ptrdiff_t off, ptrdiff_t len);
bool str_eq(Str a, Str b);
bool str_eq_nocase(Str a, Str b);               /* ASCII case only */
bool str_starts(Str s, Str prefix);
bool str_ends(Str s, Str suffix);
ptrdiff_t str_find(Str hay, Str needle);        /* offset or -1 */
Str str_trim(Str s);                            /* ASCII white space */
int str_cmp(Str a, Str b);                      /* memcmp order, shorter first */
uint64_t str_hash(Str s);                       /* FNV-1a 64 */
bool str_cut(Str s, char sep, Str *head, Str *tail); /* split at first sep */

#endif
