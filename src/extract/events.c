/* events.c: PLACEHOLDER (finds nothing yet) */
#include "extract.h"

void extract_events(struct xctx *x, struct extraction *out)
{
}
