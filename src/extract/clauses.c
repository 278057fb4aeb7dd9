/* clauses.c: PLACEHOLDER (finds nothing yet) */
#include "extract.h"

void extract_clauses(struct xctx *x, struct extraction *out)
{
}
