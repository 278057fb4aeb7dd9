/* arena.c: region allocator */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	struct arena_block *prev;
	ptrdiff_t size;
	_Alignas(16) char data[];
};

void arena_init(Arena *a, ptrdiff_t block)
{
	memset(a, 0, sizeof *a);
	a->block = block > 0 ? block : 1 << 16;
}

void arena_release(Arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *p = b->prev;
		free(b);
		b = p;
	}
	a->head = NULL;
	a->beg = a->end = NULL;
	a->used = 0;
}

static void oom(ptrdiff_t n)
{
	fprintf(stderr, "accord: out of memory (asked for %td bytes)\n", n);
	abort();
}

void *arena_alloc(Arena *a, ptrdiff_t size, ptrdiff_t align, ptrdiff_t count)
{
	if (count < 0 || size <= 0 || (count && size > PTRDIFF_MAX / count))
		oom(PTRDIFF_MAX);
	ptrdiff_t total = size * count;
	if (a->beg) {
		ptrdiff_t pad = -(uintptr_t)a->beg & (uintptr_t)(align - 1);
		if (total <= a->end - a->beg - pad) {
			char *p = a->beg + pad;
			a->beg = p + total;
			return memset(p, 0, (size_t)total);
		}
	}
	ptrdiff_t want = total + align;
	ptrdiff_t bsize = want > a->block ? want : a->block;
	if (!a->block)
		a->block = 1 << 16;
	if (a->block < (1 << 24))
		a->block *= 2; /* fewer, larger blocks as a document grows */
	struct arena_block *b = malloc(sizeof *b + (size_t)bsize);
	if (!b)
		oom(bsize);
	b->prev = a->head;
	b->size = bsize;
	a->head = b;
	a->used += bsize;
	a->beg = b->data;
	a->end = b->data + bsize;
	ptrdiff_t pad = -(uintptr_t)a->beg & (uintptr_t)(align - 1);
	char *p = a->beg + pad;
	a->beg = p + total;
	return memset(p, 0, (size_t)total);
}

struct arena_mark arena_save(Arena *a)
{
	return (struct arena_mark){ a->head, a->beg, a->end };
}

void arena_restore(Arena *a, struct arena_mark m)
{
	while (a->head && a->head != m.head) {
		struct arena_block *p = a->head->prev;
		a->used -= a->head->size;
		free(a->head);
		a->head = p;
	}
	a->beg = m.beg;
	a->end = m.end;
}

void *arena_grow(Arena *a, void *data, ptrdiff_t *cap, ptrdiff_t need, ptrdiff_t size, ptrdiff_t align)
{
	ptrdiff_t ncap = *cap ? *cap : 8;
	while (ncap < need)
		ncap *= 2;
	char *p = arena_alloc(a, size, align, ncap);
	if (*cap)
		memcpy(p, data, (size_t)(*cap * size));
	*cap = ncap;
	return p;
}

Str arena_str(Arena *a, Str s)
{
	char *p = arena_alloc(a, 1, 1, s.len + 1);
	if (s.len)
		memcpy(p, s.s, (size_t)s.len);
	return (Str){ p, s.len };
}

char *arena_cstr(Arena *a, Str s)
{
	return (char *)arena_str(a, s).s;
}

Str arena_vprintf(Arena *a, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return STR_NULL;
	char *p = arena_alloc(a, 1, 1, n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return (Str){ p, n };
}

Str arena_printf(Arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	Str s = arena_vprintf(a, fmt, ap);
	va_end(ap);
	return s;
}
