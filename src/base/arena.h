/* arena.h: region allocation by lifetime (one per process, document, request)
 *
 * An Arena hands out zeroed memory from blocks it owns and frees them all at
 * once in arena_release().  Allocation never returns NULL: when malloc fails
 * the process prints a one-line message and aborts (the arena's out-of-memory
 * policy), so ordinary code does not check.  arena_save() / arena_restore()
 * give scratch lifetimes inside a longer one: everything allocated after the
 * mark is released by the restore.
 */
#ifndef ACCORD_ARENA_H
#define ACCORD_ARENA_H

#include <stddef.h>
#include <stdarg.h>
#include "str.h"

struct arena_block;

typedef struct {
	struct arena_block *head; /* newest block; each links to the previous */
	char *beg, *end;          /* free space in head */
	ptrdiff_t block;          /* minimum size of a new block, bytes */
	ptrdiff_t used;           /* bytes of all blocks, for statistics */
} Arena;

struct arena_mark {
	struct arena_block *head;
	char *beg, *end;
};

void arena_init(Arena *a, ptrdiff_t block);
void arena_release(Arena *a);
void *arena_alloc(Arena *a, ptrdiff_t size, ptrdiff_t align, ptrdiff_t count);
struct arena_mark arena_save(Arena *a);
void arena_restore(Arena *a, struct arena_mark m);

/* Grow an array living in the arena to hold at least need elements: copies
 * into a new region when full (the old one is left in the arena). */
void *arena_grow(Arena *a, void *data, ptrdiff_t *cap, ptrdiff_t need, ptrdiff_t size, ptrdiff_t align);

Str arena_str(Arena *a, Str s);            /* copy, NUL-terminated after len */
char *arena_cstr(Arena *a, Str s);         /* copy as a C string */
Str arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Str arena_vprintf(Arena *a, const char *fmt, va_list ap);

#define anew(a, T, n) ((T *)arena_alloc((a), (ptrdiff_t)sizeof(T), (ptrdiff_t)_Alignof(T), (n)))
/* Append v to the arena array (p, n, cap): p and cap are updated when full. */
#define apush(a, p, n, cap, v)                                                              \
	do {                                                                                \
		if ((n) >= (cap))                                                           \
			(p) = arena_grow((a), (p), &(cap), (n) + 1, (ptrdiff_t)sizeof(*(p)), \
					 (ptrdiff_t)_Alignof(__typeof__(*(p))));             \
		(p)[(n)++] = (v);                                                   \
	} while (0)

#endif
