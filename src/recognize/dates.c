/* dates.c: PLACEHOLDER date recognizer (finds nothing yet) */
#include "recognize.h"

void recognize_dates(Arena *a, const struct doc *doc, const struct token *tok, int ntok, int sent,
		     struct mention **v, ptrdiff_t *n, ptrdiff_t *cap)
{
}
