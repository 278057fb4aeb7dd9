/* agreements.c: PLACEHOLDER (finds nothing yet) */
#include "extract.h"

void extract_agreements(struct xctx *x, struct extraction *out)
{
}
