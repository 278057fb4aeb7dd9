/* summit.c: PLACEHOLDER (finds nothing yet) */
#include "extract.h"

void extract_summit(struct xctx *x, struct extraction *out)
{
}
